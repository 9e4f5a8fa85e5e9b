package entity

import "testing"

// TestHonorificChains: a chain of honorifics ("The Rt Hon Dame", "Rt.
// Hon.") stays out of the name and makes no person of its own.
func TestHonorificChains(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{"rt hon dame", "The Governor-General, the Rt Hon Dame Ada Marlowe, opened it.", []wantPerson{{"Ada Marlowe", "", ""}}},
		{"rt hon before a name with a possessive", "It was part of Prime Minister Rt Hon Tobias Wren’s visit.", []wantPerson{{"Tobias Wren", "", ""}}},
		{"dotted rt hon", "The Rt. Hon. Nora Halvorsen spoke first.", []wantPerson{{"Nora Halvorsen", "", ""}}},
		{"hon sir", "Hon Sir Peter Lang welcomed them.", []wantPerson{{"Peter Lang", "", ""}}},
	})
}

// TestPlacesNamedLikePeople: with no other evidence, a name after a
// preposition of place is a place, and a name ending in House a building.
func TestPlacesNamedLikePeople(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{"born in", "She was born and raised in Glen Harlow, a small town.", nil},
		{"near", "The plant near Grace Morton closed.", nil},
		{"at a house", "The talks were held at Marlow House in June.", nil},
		{"a house as subject", "Carlton House hosted the reception.", nil},
		{"a person after in with a title", "The prize went in the end to Dr Glen Harlow.", []wantPerson{{"Glen Harlow", "", ""}}},
		{"a person with a speech verb", "In Oslo, Grace Morton said the plant would close.", []wantPerson{{"Grace Morton", "", ""}}},
	})
}

// TestPairedNames: two names joined by a hyphen before a noun ("the
// Biden-Harris administration") are no person; a double surname is.
func TestPairedNames(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{"administration", "The Halvorsen-Okafor administration backed the plan.", nil},
		{"summit", "Officials prepared the Wendt-Tanaka summit.", nil},
		{"government", "Under the Marlowe-Reyes government, trade grew.", nil},
		{"double surname with a given name", "President José Ramos-Horta said it would help.", []wantPerson{{"José Ramos-Horta", "President", ""}}},
	})
}

// TestCoordinatedForeignNames: a name of words no English lexicon knows,
// joined to an accepted person's name, is a person too.
func TestCoordinatedForeignNames(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{"and after a person", "Talks between Ana Ferreira and Tomasz Wójcik ended.", []wantPerson{{"Ana Ferreira", "", ""}, {"Tomasz Wójcik", "", ""}}},
		{"before a person", "Awards went to Kwabena Asante and Maria Lopez.", []wantPerson{{"Kwabena Asante", "", ""}, {"Maria Lopez", "", ""}}},
		{"comma list", "Present were John Carter, Oyelaran Adebisi and Mary Hale.",
			[]wantPerson{{"John Carter", "", ""}, {"Oyelaran Adebisi", "", ""}, {"Mary Hale", "", ""}}},
		{"a place after and", "Talks between Ana Ferreira and Baton Rouge officials ended.", []wantPerson{{"Ana Ferreira", "", ""}}},
	})
}
