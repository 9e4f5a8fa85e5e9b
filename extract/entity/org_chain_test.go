package entity

import "testing"

// TestOrgChains covers names that go on past a listed body or a first head
// ("University of ... Business School", "Union of ... Association") and
// the units and boards that stay apart.
func TestOrgChains(t *testing.T) {
	tests := []agencyCase{
		// a listed body's name opens another body's
		{"institute of a listed bank", "Fellows of the Asian Development Bank Institute wrote the paper.",
			[]string{"Asian Development Bank Institute"}},
		{"school of a listed university with its of-phrase", "a lecturer at the University of Oxford School of Geography said",
			[]string{"University of Oxford School of Geography"}},
		{"centre of a listed programme after a word", "experts from the UNDP Harbour Centre joined", []string{"UNDP Harbour Centre"}},
		{"proper word before a listed name and a head after it", "cadets of the Ruritania National Defence University graduated",
			[]string{"Ruritania National Defence University"}},
		{"board of a listed body stays apart", "The ADB Board approved the loan.", []string{"ADB Board"}},
		{"unit of a listed ministry stays a unit", "Ministry of Finance Tax Bureau officials met.", []string{"Ministry of Finance", "Tax Bureau"}},
		// a second head right after an of-phrase of name words
		{"union of students association", "The Ruritania Union of Students Association (RUSA) said.",
			[]string{"Ruritania Union of Students Association (RUSA)"}},
		{"federation of an association", "the Federation of Harbour Pilots Association and others", []string{"Federation of Harbour Pilots Association"}},
		{"school after an of-phrase with its own of-phrase", "the University of Lakeview School of Medicine and the Lakeview Pilots Association",
			[]string{"Lakeview Pilots Association", "University of Lakeview School of Medicine"}},
		{"a second body after and stays apart", "the Department of Parks and the Public Works Department", []string{"Department of Parks", "Public Works Department"}},
	}
	runAgencyCases(t, tests)
}
