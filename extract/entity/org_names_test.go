package entity

import (
	"testing"

	"github.com/communique/communique/extract/entity/lexicon"
)

// TestOrgWrittenSpelling covers listed bodies the article spells the other
// way (British or American): the article's spelling names the body.
func TestOrgWrittenSpelling(t *testing.T) {
	tests := []agencyCase{
		{"defence ministry", "He joined the Ministry of Defence in 2001.", []string{"Ministry of Defence (MOD)"}},
		{"organisation of the UN system", "The World Health Organisation issued a warning.", []string{"World Health Organisation (WHO)"}},
		{"labour organisation", "a report of the International Labour Organisation found", []string{"International Labour Organisation (ILO)"}},
		{"listed spelling stays", "the World Health Organization said", []string{"World Health Organization (WHO)"}},
	}
	runAgencyCases(t, tests)
}

func TestSpellingVariants(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"defence", "Ministry of Defence", "Ministry of Defense", true},
		{"centre and case", "National Cyber Security Centre", "national cyber security center", true},
		{"programme", "United Nations Development Programme", "United Nations Development Program", true},
		{"other word", "Ministry of Defence", "Ministry of Finance", false},
		{"other length", "Ministry of Defence", "Ministry of National Defense", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lexicon.SpellingVariants(tt.a, tt.b); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOrgAcronymOfListedWords covers a name whose bracketed acronym is
// spelt with the comma-separated words before its head ("Diversity,
// Equity and Inclusion Committee (DEIC)"), and lists the acronym does not
// reach.
func TestOrgAcronymOfListedWords(t *testing.T) {
	tests := []agencyCase{
		{"committee with an oxford comma", "The Fairness, Access, and Inclusion Committee (FAIC) met on Tuesday.",
			[]string{"Fairness, Access, and Inclusion Committee (FAIC)"}},
		{"agency without an oxford comma", "funding from the Research, Innovation and Skills Agency (RISA) grew",
			[]string{"Research, Innovation and Skills Agency (RISA)"}},
		{"department of three fields", "Staff of the Sport, Arts and Culture Department (SACD) left.",
			[]string{"Sport, Arts and Culture Department (SACD)"}},
		{"acronym of the head's own words", "Sport, music and the Lakeview Arts Council (LAC) were discussed.",
			[]string{"Lakeview Arts Council (LAC)"}},
	}
	runAgencyCases(t, tests)
}
