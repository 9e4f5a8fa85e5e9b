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
		{"a road after the crash is no person", "Fatal Crash During Police Chase on Eldridge Parkway at Katy Freeway", nil},
	}
	runPeopleCases(t, tests)
}
