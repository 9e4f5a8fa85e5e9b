package entity

import "testing"

// TestPeopleInLists covers people named in lists and court releases with
// no title: a list of defendants one a line with their ages, an age after
// the name that ends a sentence, and names that are descriptions or
// places in the same kind of text.
func TestPeopleInLists(t *testing.T) {
	tests := []peopleCase{
		{"defendants one a line with their ages", "The defendants charged are listed below:\nDorita Vankemp, 33\nJolisa Ferrant, 21\nKaelan Brisco, 19\n",
			[]wantPerson{{"Dorita Vankemp", "", ""}, {"Jolisa Ferrant", "", ""}, {"Kaelan Brisco", "", ""}}},
		{"arrested list after a label", "Arrested:\nMarlo Quenneville, 45\nTesha Dunmore, 28",
			[]wantPerson{{"Marlo Quenneville", "", ""}, {"Tesha Dunmore", "", ""}}},
		{"age ends the sentence", "The victim was identified as Marlo Quennevilles, 45.",
			[]wantPerson{{"Marlo Quennevilles", "", ""}}},
		{"a town before Man is no person", "Katy Man Sentenced to Life for Shooting 3, Killing Wife", nil},
		{"a two-word demonym is no person", "The Sri Lankan delegation met Costa Ricans and New Zealanders.", nil},
		{"places after a cue word are no people", "The new bus runs between Tsuen Wan and Kwun Tong, and was welcomed by Sham Shui Po Residents Association.", nil},
		{"a body after a cue word is no person", "The delegation met with Tata Consultancy Services and was hosted by Kenya Power.", nil},
		{"a road after the crash is no person", "Fatal Crash During Police Chase on Eldridge Parkway at Katy Freeway", nil},
	}
	runPeopleCases(t, tests)
}

// TestRareGivenNames covers given names only the US birth records list
// (given_names_ssa.txt): a name when a surname follows, and a surname
// still when one of them ends a name.
func TestRareGivenNames(t *testing.T) {
	tests := []peopleCase{
		{"rare given name before a surname", "Investigators spoke with Latrice Vankemp on Monday.",
			[]wantPerson{{"Latrice Vankemp", "", ""}}},
		{"rare given name in a complaint", "In the report, you allowed one Declan Morrow to make false claims.",
			[]wantPerson{{"Declan Morrow", "", ""}}},
		{"rare given names of two leaders", "The meeting of Jair Quintela and Luiz Barbosa ended early.",
			[]wantPerson{{"Jair Quintela", "", ""}, {"Luiz Barbosa", "", ""}}},
		{"a rare given name that ends a name is a surname", "Copy to E.G. Jamieson.\nCopy to W.J. Williams.",
			[]wantPerson{{"E.G. Jamieson", "", ""}, {"W.J. Williams", "", ""}}},
	}
	runPeopleCases(t, tests)
}

// TestEnglishNameBeforeFamilyFirst covers Hong Kong's written form of a
// name: an English given name that is also a word before a family name and
// a hyphenated given name.
func TestEnglishNameBeforeFamilyFirst(t *testing.T) {
	tests := []peopleCase{
		{"word given name after Dr", "The Government announced that Dr Starry Lee Wai-king has resigned.",
			[]wantPerson{{"Starry Lee Wai-king", "", ""}}},
		{"word given name after Mr", "The award went to Mr Honest Chan Tai-man yesterday.",
			[]wantPerson{{"Honest Chan Tai-man", "", ""}}},
		{"word given name after Ms", "Welcome remarks by Ms Joy Ho Ka-yan opened it.",
			[]wantPerson{{"Joy Ho Ka-yan", "", ""}}},
		{"a word before the name with no honorific is trimmed", "Welcome Lee Wai-king to the team.",
			[]wantPerson{{"Lee Wai-king", "", ""}}},
	}
	runPeopleCases(t, tests)
}

// TestPluralTitleForms covers plural titles before lists of names written
// as a post-nominal's plural ("MPs") or set off by a comma, with each name
// followed by its country.
func TestPluralTitleForms(t *testing.T) {
	tests := []peopleCase{
		{"MPs before two names", "MPs Sue Moroney and Keith Locke attended.",
			[]wantPerson{{"Sue Moroney", "", ""}, {"Keith Locke", "", ""}}},
		{"MEPs before two unknown names", "MEPs Halvard Tavaki and Ona Leaupepe spoke.",
			[]wantPerson{{"Halvard Tavaki", "", ""}, {"Ona Leaupepe", "", ""}}},
		{"comma after the title and a country after each name", "Their respective Foreign Ministers, Gbehzohngar Findley of Liberia and Mamadi Toure of Guinea, signed it.",
			[]wantPerson{{"Gbehzohngar Findley", "", ""}, {"Mamadi Toure", "", ""}}},
		{"comma after the title in prose", "the two Trade Ministers, Okonkwo Adebayo and Tavita Leaupepe, agreed",
			[]wantPerson{{"Okonkwo Adebayo", "", ""}, {"Tavita Leaupepe", "", ""}}},
		{"an address after a firm's plural head is no person", "Halvorsen Solicitors, Mill Lane, Harbourton", nil},
		{"a firm after a preposition is no plural title", "met in the offices of Kestrel Solicitors, Pier Road, Harbourton, Lakeshire", nil},
	}
	runPeopleCases(t, tests)
}
