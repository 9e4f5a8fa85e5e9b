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
			{"a place after and begins another name", "a deal between Zentrix and Norway Airlines", []string{"Norway Airlines", "Zentrix"}},
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
			{"demonym of two words", "the Sri Lankan Harbour Commission said", []string{"Sri Lankan Harbour Commission"}},
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
			{"possessive of a qualified title", "the Harbour County District Attorney's Office said", []string{"Harbour County District Attorney's Office"}},
			{"two possessives of one title", "the Lakeview County State’s Attorney’s Office filed", []string{"Lakeview County State’s Attorney’s Office"}},
			{"possessive of a country's officer", "the U.S. Attorney's Office and the County Sheriff's Office", []string{"County Sheriff's Office", "U.S. Attorney's Office"}},
			{"possessive of a bare title stays out", "The Sheriff's Office and the Mayor's Office replied.", nil},
		},
		"possessive of a saint or a monarch": {
			{"saint with a dot", "staff of St. Brendan's Harbour Hospital said", []string{"St. Brendan's Harbour Hospital"}},
			{"saint without a dot", "the St Aidan’s Island Marine Laboratory opened", []string{"St Aidan’s Island Marine Laboratory"}},
			{"a monarch's college", "graduates of King's College and Queen's University", []string{"King's College", "Queen's University"}},
			{"no head noun, no body", "the King's Speech on Saint Andrew's Day", nil},
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
