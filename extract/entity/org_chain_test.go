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
		// the school of a body and the body itself are two bodies
		{"business school and its university", "The University of Lakeview Business School said so. The University of Lakeview is ranked first.",
			[]string{"University of Lakeview", "University of Lakeview Business School"}},
		{"school of law and its university", "the University of Ridgeway School of Law and the University of Ridgeway signed",
			[]string{"University of Ridgeway", "University of Ridgeway School of Law"}},
		{"institute and its association", "the Harbour Pilots Association Research Institute and the Harbour Pilots Association",
			[]string{"Harbour Pilots Association", "Harbour Pilots Association Research Institute"}},
		{"a second body after and stays apart", "the Department of Parks and the Public Works Department", []string{"Department of Parks", "Public Works Department"}},
	}
	runAgencyCases(t, tests)
}

// TestOrgLocalBodies covers a city (and a local word) written before a
// listed national body's name: the city's or state's own body.
func TestOrgLocalBodies(t *testing.T) {
	tests := []agencyCase{
		{"state revenue service", "The Lagos State Internal Revenue Service raised its targets.", []string{"Lagos State Internal Revenue Service"}},
		{"city ministry", "officials of the Nairobi City Ministry of Health said", []string{"Nairobi City Ministry of Health"}},
		{"city body without a local word", "the Toronto Environmental Protection Agency and its partners", []string{"Toronto Environmental Protection Agency"}},
		{"a country before the name is no local place", "The Singapore Ministry of Health said so.", []string{"Ministry of Health (MOH)"}},
		{"a city after a comma is no part of the name", "In Mumbai, the Internal Revenue Service said.", []string{"Internal Revenue Service (IRS)"}},
	}
	runAgencyCases(t, tests)
}

// TestOrgNameEdges covers the article of a country before a name and a
// title word among the topics of a committee's name.
func TestOrgNameEdges(t *testing.T) {
	tests := []agencyCase{
		{"the before a country of the name", "the Netherlands Enterprise Agency and partners", []string{"Netherlands Enterprise Agency"}},
		{"the before another country", "a grant of the Philippines Harbour Authority", []string{"Philippines Harbour Authority"}},
		{"title word among topics", "The Committee on Civil Liberties, Justice and Home Affairs (LIBE) voted.",
			[]string{"Committee on Civil Liberties, Justice and Home Affairs (LIBE)"}},
		{"another title word among topics", "the Committee on Trade, Commerce and Industry met", []string{"Committee on Trade, Commerce and Industry"}},
		{"a second title after a comma stays a title", "President of the Harbour Pilots Association, and Deputy Chairman of the Lakeview Board",
			[]string{"Harbour Pilots Association", "Lakeview Board"}},
		{"a title after and before a comma stays a title", "Secretary, Department of Harbours & Chairman, Lakeview Board, spoke.",
			[]string{"Department of Harbours", "Lakeview Board"}},
	}
	runAgencyCases(t, tests)
}

// TestOrgRegionalBodies covers a continent or region before a listed
// national body's name, and the short form in brackets after it.
func TestOrgRegionalBodies(t *testing.T) {
	tests := []agencyCase{
		{"continent before a national body", "The Africa Centres for Disease Control and Prevention (Africa CDC) said so. Africa CDC added more.",
			[]string{"Africa Centres for Disease Control and Prevention"}},
		{"region before a national body", "experts of the Caribbean Environmental Protection Agency met", []string{"Caribbean Environmental Protection Agency"}},
		{"continent before another national body", "The Europe Federal Trade Commission is no real body.", []string{"Europe Federal Trade Commission"}},
		{"the national body alone keeps its acronym", "The CDC said so.", []string{"Centers for Disease Control and Prevention (CDC)"}},
	}
	runAgencyCases(t, tests)
}
