package entity

import "testing"

// TestOrgNationalArmsAndLists covers a listed company's national arm
// ("ExxonMobil Guyana"), the country after "of" that makes a body's
// country before a demonym in its name, and list items a legal form's dot
// or a slash used to cut.
func TestOrgNationalArmsAndLists(t *testing.T) {
	tests := []agencyCase{
		{"company and country ends the name", "Sponsored by ExxonMobil Guyana and local firms.", []string{"ExxonMobil Guyana"}},
		{"company and a two-word country", "Suppliers met Siemens New Zealand on Monday.", []string{"Siemens New Zealand"}},
		{"company and country, not a city", "Officials of Microsoft Singapore met Deloitte Tokyo staff.",
			[]string{"Deloitte", "Microsoft Singapore"}},
		{"demonym opens a university of another country", "The American University of Mongolia (AUM) opened. The AUM chairman spoke.",
			[]string{"American University of Mongolia (AUM)"}},
		{"the same name wrapped over a line", "founder of the American\n  University of Harbourland (AUH), and later the American University of Harbourland (AUH) grew.",
			[]string{"American University of Harbourland (AUH)"}},
		{"dot of a legal form before the list comma", "Sessions with Halliburton, Stena Drilling Ltd., and NABI-KCL.",
			[]string{"Halliburton", "NABI-KCL", "Stena Drilling Ltd"}},
		{"dot of Inc. before a comma", "Partners were Contoso Inc., Fabrikam and Northwind.",
			[]string{"Contoso Inc", "Fabrikam", "Northwind"}},
		{"slash joins partners' names in a list", "Talks with ExxonMobil, Harbour Deepwater Offshore/SBM, Saipem and Halliburton.",
			[]string{"ExxonMobil", "Halliburton", "Harbour Deepwater Offshore/SBM", "Saipem"}},
		{"slash in a short list item", "Talks with Chevron, Northwind Marine/KRX, Saipem and Halliburton.",
			[]string{"Chevron", "Halliburton", "Northwind Marine/KRX", "Saipem"}},
	}
	runAgencyCases(t, tests)
}

// TestOrgWrittenWordOrder covers a listed body written with its head moved
// across "of": the article's form names it.
func TestOrgWrittenWordOrder(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"university of a city", "She will study at the University of Oxford next year.", []string{"University of Oxford"}},
		{"university of a city in a list", "Scholars went to the University of Cambridge and the University of Oxford.",
			[]string{"University of Cambridge", "University of Oxford"}},
		{"listed order stays", "He studied at Oxford University.", []string{"Oxford University"}},
		{"another order of topics keeps the listed name", "the Ministry of Industry and Trade (MTI) of Singapore said", []string{"Ministry of Trade and Industry (MTI)"}},
	})
}

// TestOrgOtherCountryAfter covers a listed body's name followed by "of"
// and another country: that country's own body, not the listed one.
func TestOrgOtherCountryAfter(t *testing.T) {
	f := finderForTest(t)
	tests := []struct{ name, text, want, country string }{
		{"ministry of a country", "The Ministry of Defence of Mongolia held an exercise.", "Ministry of Defence of Mongolia", "MN"},
		{"ministry of the republic of a country", "Press Service of the Ministry of Foreign Affairs of the Republic of Kazakhstan", "Ministry of Foreign Affairs of the Republic of Kazakhstan", "KZ"},
		{"ministry of a two-word country", "officials of the Ministry of Defence of Sri Lanka met", "Ministry of Defence of Sri Lanka", "LK"},
		{"a country with its own listed body keeps it", "officials of the Ministry of Defence of New Zealand met", "Ministry of Defence", "NZ"},
		{"listed country's own form is named as written", "The Ministry of Foreign Affairs of Japan said.", "Ministry of Foreign Affairs of Japan", "JP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ag, _ := f.find(tt.text)
			if len(ag) != 1 || ag[0].Name != tt.want || ag[0].Country != tt.country {
				t.Errorf("got %+v, want %q of %s", ag, tt.want, tt.country)
			}
		})
	}
}
