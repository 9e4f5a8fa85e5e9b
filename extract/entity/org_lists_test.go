package entity

import "testing"

// TestOrgSemicolonLists covers lists of bodies separated by semicolons and
// items with a bracketed acronym, and the clauses a semicolon also joins.
func TestOrgSemicolonLists(t *testing.T) {
	tests := []agencyCase{
		{"member list with acronyms", "Members are: Harbour Pilots Association (HPA); Lakeview Action Group (LAG); Finsec; Unite; Port Workers Union.",
			[]string{"Finsec", "Harbour Pilots Association (HPA)", "Lakeview Action Group (LAG)", "Port Workers Union", "Unite"}},
		{"semicolons before a closing and", "Funding came from the Coastal Harbour Trust; Northwind; and the Lakeview Rowing Club.",
			[]string{"Coastal Harbour Trust", "Lakeview Rowing Club", "Northwind"}},
		{"comma list with a bracketed acronym", "Partners are the Ridgeway Teachers Association (RTA), Contoso, Fabrikam and the Lakeview Nurses Union.",
			[]string{"Contoso", "Fabrikam", "Lakeview Nurses Union", "Ridgeway Teachers Association (RTA)"}},
		{"a new clause after a semicolon", "Pupils of Rivermead School and Hollins School joined; Tanaka Hiroshi led the visit.",
			[]string{"Hollins School", "Rivermead School"}},
		{"a title and a name after a semicolon", "She met the Harbour Pilots Trust and the Lakeview Board; SMS Koh toured the plant.",
			[]string{"Harbour Pilots Trust", "Lakeview Board"}},
	}
	runAgencyCases(t, tests)
}
