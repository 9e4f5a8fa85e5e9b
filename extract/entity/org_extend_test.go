package entity

import "testing"

// TestLeftRules runs three wordings for every rule of leftRules, each a body
// whose name only that rule makes whole.
func TestLeftRules(t *testing.T) {
	cases := map[string][]agencyCase{
		"and between name words": {
			{"and between two words", "the Harbour Electronics and Semiconductor Association met", []string{"Harbour Electronics and Semiconductor Association"}},
			{"ampersand between two words", "the Coastal Food & Beverage Federation said", []string{"Coastal Food & Beverage Federation"}},
			{"and after a place begins no name", "Kenya and Harbour Pilots Association", []string{"Harbour Pilots Association"}},
			{"a place after and begins another name", "a deal between Zentrix and Norway Airlines", []string{"Norway Airlines"}},
			{"a demonym after and", "Halvorsen Mills and Swedish Pilots Association signed", []string{"Swedish Pilots Association"}},
		},
		"pair of countries": {
			{"bilateral business council", "the U.S.-India Business Council met", []string{"U.S.-India Business Council"}},
			{"bilateral chamber", "the Japan-Korea Economic Chamber said", []string{"Japan-Korea Economic Chamber"}},
			{"pair before a modified head alone", "the U.S.-Japan Alliance grew", nil},
		},
		"place of several words": {
			{"three-word country", "the Royal Papua New Guinea Constabulary said", []string{"Royal Papua New Guinea Constabulary"}},
			{"two-word country", "the Sri Lanka Ports Authority said", []string{"Sri Lanka Ports Authority"}},
			{"formal name of a state", "the Kingdom of Tonga Armed Forces said", []string{"Kingdom of Tonga Armed Forces"}},
		},
		"weak modifier of a two-word country": {
			{"new zealand", "the New Zealand Harbour Agency said", []string{"New Zealand Harbour Agency"}},
			{"new zealand before a demonym-free word", "the New Zealand Pilots Board met", []string{"New Zealand Pilots Board"}},
			{"new alone begins no name", "a New Harbour Agency was set up", []string{"Harbour Agency"}},
		},
		"possessive inside the name": {
			{"plural possessive", "the Harbour Girls' School won", []string{"Harbour Girls' School"}},
			{"possessive of a plural noun", "the Coastal Women's Hospital opened", []string{"Coastal Women's Hospital"}},
			{"possessive of a title", "the Attorney-General's Chambers said", []string{"Attorney-General's Chambers"}},
		},
	}
	for _, r := range leftRules {
		cs, ok := cases[r.name]
		if !ok || len(cs) < 3 {
			t.Errorf("left rule %q has fewer than three cases", r.name)
			continue
		}
		t.Run(r.name, func(t *testing.T) { runAgencyCases(t, cs) })
	}
}
