package entity

import "testing"

// TestReversedNames covers one person written in both orders within an
// article (family name first and given name first), and two people whose
// given names are each other's surnames.
func TestReversedNames(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{"title and family name first, then given name first", "Prime Minister Kishida Fumio arrived. Fumio Kishida said it went well. Kishida left.",
			[]wantPerson{{"Kishida Fumio", "Prime Minister", ""}}},
		{"capitals first, then title case reversed", "Mr. Taro YAMADA spoke. Yamada Taro, Director, added more.",
			[]wantPerson{{"Taro YAMADA", "Director", ""}}},
		{"honorific, family name first, then a possessive", "Ms. Kamikawa Yoko met Yoko Kamikawa's aides.",
			[]wantPerson{{"Kamikawa Yoko", "", ""}}},
		{"two given names are two people", "Mr John Thomas and Mr Thomas John met.",
			[]wantPerson{{"John Thomas", "", ""}, {"Thomas John", "", ""}}},
	})
}
