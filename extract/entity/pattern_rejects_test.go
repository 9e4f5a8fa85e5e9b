package entity

import "testing"

// TestPatternRejects: each of patternAt's rejection rules, in three
// wordings, leaves the phrase without a body (or only the real body in
// it).
func TestPatternRejects(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		// a head with a generic complement
		{"board of directors", "The Board of Directors met on Monday.", nil},
		{"centre of excellence", "They will open a Centre of Excellence next year.", nil},
		{"board of trustees", "A Board of Trustees will review it.", nil},
		// an occasion named after a body's head noun
		{"numbered forum", "Delegates attended the 5th Ruritanian Digital Forum in May.", nil},
		{"forum with a year", "She spoke at Forum 2024 in the capital.", nil},
		{"programme", "They joined the Information Society programme last year.", nil},
		// generic modifiers only
		{"federal agency", "A Federal Agency will handle the claims.", nil},
		{"senate committee", "The Senate Committee will hold a vote.", nil},
		{"national council", "Each National Council reported.", nil},
		// a thing named after a body
		{"rankings", "It is among the top 500 in the QS World University Rankings.", nil},
		{"awards", "The Lakeview Harbour Council Awards went to two teams.", nil},
		{"games", "Athletes at the Ridgeway College Games won medals.", nil},
		{"a plural of people keeps the body", "Harbour Academy Graduates met.", []string{"Harbour Academy"}},
		// a country alone before a government head
		{"country department", "The U.S. Department said nothing more.", nil},
		{"demonym ministry", "A Japanese Ministry spokesperson declined to comment.", nil},
		{"country office", "The Kenya Office will open soon.", nil},
	})
}
