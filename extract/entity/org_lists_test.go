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

// TestOrgAcronymOfNamedBody covers a standalone acronym that a listed body
// of another name shares with a body the article names in full: the
// article's body wins; a listed body named in full keeps its acronym.
func TestOrgAcronymOfNamedBody(t *testing.T) {
	tests := []agencyCase{
		{"city council", "The Lakeview City Council met on Monday. Critics said LCC was told what to do.",
			[]string{"Lakeview City Council (LCC)"}},
		{"council sharing a listed acronym", "The Nelson Regional Council said so. Treasury asked NRC to sell assets.",
			[]string{"Nelson Regional Council (NRC)"}},
		{"commission sharing a listed acronym", "The Ruritania Development Authority spoke. Later the RDA agreed, as did the Federal Communications Commission and FCC staff.",
			[]string{"Federal Communications Commission (FCC)", "Ruritania Development Authority (RDA)"}},
		{"environment council sharing a listed acronym", "the Seychelles Environment Council and its partners; SEC staff later toured the reef.",
			[]string{"Seychelles Environment Council (SEC)"}},
		{"coastal commission sharing a listed acronym", "The Otago Coastal Commission ruled on Friday. OCC officials declined to comment.",
			[]string{"Otago Coastal Commission (OCC)"}},
		{"listed body without a named rival", "Staff of the NRC inspected the plant.", []string{"Nuclear Regulatory Commission (NRC)"}},
	}
	runAgencyCases(t, tests)
}

// TestOrgClassNounLists covers names listed after a noun of organizations
// and a cue, with a comma before the cue and common words as names.
func TestOrgClassNounLists(t *testing.T) {
	tests := []agencyCase{
		{"comma before including", "The council's companies, including Vector, Contoso and Fabrikam, stay public.",
			[]string{"Contoso", "Fabrikam", "Vector"}},
		{"comma before such as", "Several retailers, such as Northwind and Tailspin, joined.", []string{"Northwind", "Tailspin"}},
		{"common word first after such as", "Companies such as Umbrella, Initech and Hooli signed.", []string{"Hooli", "Initech", "Umbrella"}},
		{"a comma before are is a clause", "The companies, are Contoso's rivals, said so.", nil},
	}
	runAgencyCases(t, tests)
}

// TestOrgOneWordWithKnown covers a one-word name listed between two known
// bodies, and topic lists that stay topics.
func TestOrgOneWordWithKnown(t *testing.T) {
	tests := []agencyCase{
		{"treasury between two bodies", "work with the Earthquake Recovery Authority, Treasury and the Department of Internal Affairs",
			[]string{"Department of Internal Affairs", "Earthquake Recovery Authority", "Treasury"}},
		{"one-word body between listed bodies", "Officials of the Reserve Bank of Australia, Treasury and the Australian Taxation Office agreed.",
			[]string{"Australian Taxation Office (ATO)", "Reserve Bank of Australia (RBA)", "Treasury"}},
		{"two one-word bodies", "the Ministry of Finance, Customs, Immigration and the Harbour Pilots Association",
			[]string{"Customs", "Harbour Pilots Association", "Immigration", "Ministry of Finance"}},
		{"topics with one known body stay topics", "Commerce, Science and the Ministry of Finance were discussed.", []string{"Ministry of Finance"}},
	}
	runAgencyCases(t, tests)
}

// TestListWithBracketedPlaces: a list of partners each followed by its
// country or city in brackets is still one list, so its unknown items
// beside known bodies are bodies; a list of places alone is not.
func TestListWithBracketedPlaces(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"countries after each item", "The partners are Kestrel University (Norway), Fjordvik Analytics (Iceland) and Zentrix (Estonia).",
			[]string{"Fjordvik Analytics", "Kestrel University", "Zentrix"}},
		{"the before a country", "a consortium of the Harbour Authority (Malta), Quillpoint (the Netherlands) and Brightwater Labs (Ireland)",
			[]string{"Brightwater Labs", "Harbour Authority", "Quillpoint"}},
		{"cities after each item", "with Meridian College (Oslo), Nordvik Robotics (Stockholm), Saltmarsh (Helsinki) and others",
			[]string{"Meridian College", "Nordvik Robotics", "Saltmarsh"}},
		{"places alone are no bodies", "visits to Oslo (Norway), Bergen (Norway) and Reykjavik (Iceland) followed", nil},
	})
}
