package entity

import "testing"

// TestTitleOfPlaceBeforeName covers a title whose "of" complement is a
// place or body the gazetteer lacks, written right before the holder's
// name: the complement ends where the name begins.
func TestTitleOfPlaceBeforeName(t *testing.T) {
	tests := []peopleCase{
		{"mayor of a city the gazetteer lacks", "The minister met with Mayor of Zelvorad Andriy Kovalenko on Monday.",
			[]wantPerson{{"Andriy Kovalenko", "Mayor of Zelvorad", ""}}},
		{"speaker of a parliament with its article", "Talks continued with the Speaker of the Volstrat Ilmar Tasuja, who hosted the dinner.",
			[]wantPerson{{"Ilmar Tasuja", "Speaker of the Volstrat", ""}}},
		{"governor of a province, given name known", "Governor of Pemberu Gwendolyn Ramires also joined the call.",
			[]wantPerson{{"Gwendolyn Ramires", "Governor of Pemberu", ""}}},
		{"a two-word place before a known given name", "It was opened by Mayor of Nova Zelvor Dragana Milic and local leaders.",
			[]wantPerson{{"Dragana Milic", "Mayor of Nova Zelvor", ""}}},
		{"a foreign body's name running on is no person", "He was named Vice-Chancellor of Te Rau Aronui o Tamaki.", nil},
		{"a body after the title with no name is no person", "She is now Director of Kestrel Analytics.", nil},
	}
	runPeopleCases(t, tests)
}

// TestListCompletion covers lists of people of which only some items are
// recognised on their own: every item joined to a person by a comma or
// "and" is a person, however far along the list.
func TestListCompletion(t *testing.T) {
	tests := []peopleCase{
		{"the last item of a delegation list", "The delegation included Maria Chen, Zorvan Kelitu and Ambrit Osokwe.",
			[]wantPerson{{"Maria Chen", "", ""}, {"Zorvan Kelitu", "", ""}, {"Ambrit Osokwe", "", ""}}},
		{"four items after a verb of inclusion", "Members are Peter Novak, Teluva Mbenga, Zorvan Kelitu and Ambrit Osokwe.",
			[]wantPerson{{"Peter Novak", "", ""}, {"Teluva Mbenga", "", ""}, {"Zorvan Kelitu", "", ""}, {"Ambrit Osokwe", "", ""}}},
		{"the known name last", "Zorvan Kelitu, Ambrit Osokwe and Sarah Lindqvist signed the letter.",
			[]wantPerson{{"Zorvan Kelitu", "", ""}, {"Ambrit Osokwe", "", ""}, {"Sarah Lindqvist", "", ""}}},
		{"a known given name inside an unknown item", "She spoke on the panel with Maria Chen and Zorvan Kofi Osokwe.",
			[]wantPerson{{"Maria Chen", "", ""}, {"Zorvan Kofi Osokwe", "", ""}}},
		{"a street in the list is no person", "Maria Chen, Zorvan Kelitu and Oliver Tambo Drive were named in the plan.",
			[]wantPerson{{"Maria Chen", "", ""}, {"Zorvan Kelitu", "", ""}}},
		{"a building after the list is no person", "Maria Chen and Zorvan Kelitu toured Nelson Mandela House.",
			[]wantPerson{{"Maria Chen", "", ""}, {"Zorvan Kelitu", "", ""}}},
	}
	runPeopleCases(t, tests)
}

// TestSentenceAdverbBeforeName covers an adverb or connective opening a
// sentence right before a name ("Later", "Meanwhile", "Afterwards"): it is
// not part of the name.
func TestSentenceAdverbBeforeName(t *testing.T) {
	tests := []peopleCase{
		{"later, then a pair of names", "The session opened at nine. Later Zorvan Kelitu and Maria Chen joined the talks.",
			[]wantPerson{{"Zorvan Kelitu", "", ""}, {"Maria Chen", "", ""}}},
		{"meanwhile, a known given name", "Meanwhile Dragana Milic met local leaders in the north.",
			[]wantPerson{{"Dragana Milic", "", ""}}},
		{"afterwards at a line start", "The vote passed.\nAfterwards Oluwaseun Adeyemi addressed the press.",
			[]wantPerson{{"Oluwaseun Adeyemi", "", ""}}},
		{"an adverb before a company is no person", "Later Kestrel Analytics announced its results.", nil},
	}
	runPeopleCases(t, tests)
}

// TestInternationalGivenNames covers given names of the international list
// (given_names_intl.txt) before a family name with no other evidence, and
// places and venues that start with such a name.
func TestInternationalGivenNames(t *testing.T) {
	tests := []peopleCase{
		{"Ukrainian, romanized", "Mykola Hrytsenko opened the regional forum.",
			[]wantPerson{{"Mykola Hrytsenko", "", ""}}},
		{"Yoruba and Serbian", "The report was written by Oluwaseun Adeyemi with Dragana Milic.",
			[]wantPerson{{"Oluwaseun Adeyemi", "", ""}, {"Dragana Milic", "", ""}}},
		{"Georgian, romanized", "Irakli Beridze chaired the second panel.",
			[]wantPerson{{"Irakli Beridze", "", ""}}},
		{"towns with a place adjective are no people", "Flooding closed roads in Vega Alta and Vega Baja overnight.", nil},
	}
	runPeopleCases(t, tests)
}

// TestRegionAfterArticle covers one name word after "the" with an
// appositive title after it: a region, not a person.
func TestRegionAfterArticle(t *testing.T) {
	tests := []peopleCase{
		{"a region before the title of the next subject", "To deepen ties within the Caribbean, the Vice President proposed a meeting.", nil},
		{"a desert region", "Security across the Sahel, the Minister said, remains fragile.", nil},
		{"a sea", "Ships crossed the Adriatic, the Navy said.", nil},
		{"a leader's context still counts", "Sanctions on the Lukashenka regime were extended.",
			[]wantPerson{{"Lukashenka", "", ""}}},
	}
	runPeopleCases(t, tests)
}

// TestHyphenatedFamilyNameShortened covers a double family name shortened
// to one part after the first mention: one person.
func TestHyphenatedFamilyNameShortened(t *testing.T) {
	tests := []peopleCase{
		{"first part after a title", "She met President Vjelsa Ormani-Sadrell. President Ormani thanked her.",
			[]wantPerson{{"Vjelsa Ormani-Sadrell", "President", ""}}},
		{"second part after an honorific", "Ana Lopez-Mena chaired it. Ms Mena closed the session.",
			[]wantPerson{{"Ana Lopez-Mena", "", ""}}},
		{"a hyphenated given name is not split", "Minister Jeon Dong-hyun spoke. Minister Dong did not.",
			[]wantPerson{{"Jeon Dong-hyun", "Minister", ""}, {"Dong", "Minister", ""}}},
	}
	runPeopleCases(t, tests)
}

// TestPlaceWordBeforeName covers venues, streets and settlements written
// as a place word before a person's name: no person.
func TestPlaceWordBeforeName(t *testing.T) {
	tests := []peopleCase{
		{"a hotel named after a person", "Dinner was held at Hotel Victoria Alba on Friday.", nil},
		{"a Spanish avenue", "The march went down Avenida Juan Pablo Duarte to the square.", nil},
		{"a Malay street", "The office moved to Jalan Ahmad Rashid last year.", nil},
		{"a camp", "The talks at Camp Dragana Milic ended.", nil},
		{"a street of one family name after a person of that name", "Minister Ona Sandu spoke. The office on Strada Sandu opened.",
			[]wantPerson{{"Ona Sandu", "Minister", ""}}},
		{"a Romanian street after a person of that name", "Minister Ona Sandu spoke. The office on Strada Mihai Sandu opened.",
			[]wantPerson{{"Ona Sandu", "Minister", ""}}},
		{"a title still makes a person", "The award went to Mayor Dragana Milic at the hotel.",
			[]wantPerson{{"Dragana Milic", "Mayor", ""}}},
	}
	runPeopleCases(t, tests)
}

// TestSharedFamilyName covers a second person with the family name of a
// person already found: a namesake or relative is a person of their own.
func TestSharedFamilyName(t *testing.T) {
	tests := []peopleCase{
		{"a message from a relative", "Minister Ona Leaupepe spoke. A message from Tavita Leaupepe was read.",
			[]wantPerson{{"Ona Leaupepe", "Minister", ""}, {"Tavita Leaupepe", "", ""}}},
		{"a namesake earlier in the text", "The song by Zorvan Osokwe opened it. Later Dr Ambrit Osokwe spoke.",
			[]wantPerson{{"Zorvan Osokwe", "", ""}, {"Ambrit Osokwe", "", ""}}},
		{"two with one family name in a caption", "Ambassador Teluva Mbenga and her son Ikem Mbenga at the reception.",
			[]wantPerson{{"Teluva Mbenga", "Ambassador", ""}, {"Ikem Mbenga", "", ""}}},
		{"a place that shares the word is no person", "Governor Ilmar Tasuja visited Tasuja. The bridge at Upper Tasuja opened.",
			[]wantPerson{{"Ilmar Tasuja", "Governor", ""}}},
	}
	runPeopleCases(t, tests)
}

// TestForeignTitles covers personal titles of other languages in quoted
// passages: a title, not part of a name or a second person.
func TestForeignTitles(t *testing.T) {
	tests := []peopleCase{
		{"Spanish secretary in a quoted thanks", "Secretary Antony Blinken spoke. Gracias, Secretario Blinken, por la entrevista.",
			[]wantPerson{{"Antony Blinken", "Secretary", ""}}},
		{"French president", "Le Président Ilmar Tasuja a ouvert la séance.",
			[]wantPerson{{"Ilmar Tasuja", "Président", ""}}},
		{"Indonesian minister", "Menteri Retno Marsudi membuka pertemuan.",
			[]wantPerson{{"Retno Marsudi", "Menteri", ""}}},
	}
	runPeopleCases(t, tests)
}

// TestLegislatorBrackets covers legislators named with their political
// group and country or party and state in brackets, and bodies that
// carry a bracket of the same shape.
func TestLegislatorBrackets(t *testing.T) {
	tests := []peopleCase{
		{"two shadow rapporteurs", "Shadow rapporteurs Ambrit Osokwe (S&D, RO) and Teluva Mbenga (Renew, FI) welcomed the vote.",
			[]wantPerson{{"Ambrit Osokwe", "", ""}, {"Teluva Mbenga", "", ""}}},
		{"a group of two words", "During the debate, Oskari Vaino (The Left, ES) raised concerns.",
			[]wantPerson{{"Oskari Vaino", "", ""}}},
		{"a congressman and his state", "The bill by Zorvan Kelitu (R-Texas) passed the House.",
			[]wantPerson{{"Zorvan Kelitu", "", ""}}},
		{"a company with a bracket of that shape is no person", "Shares of Kestrel Analytics (KA, US) rose.", nil},
	}
	runPeopleCases(t, tests)
}

// TestFamilyNameEndings covers names of name words the lexicon lacks whose
// last word ends like a family name of Eastern Europe, the Baltic states,
// the Caucasus, Greece, Turkey or Central Asia, and words with such an
// ending that are no names.
func TestFamilyNameEndings(t *testing.T) {
	tests := []peopleCase{
		{"Lithuanian", "The prize went to Ulvida Paulauskiene last year.", []wantPerson{{"Ulvida Paulauskiene", "", ""}}},
		{"Georgian", "Tamazo Tsereteli-shvili and Nodaro Beridze wrote the report.",
			[]wantPerson{{"Tamazo Tsereteli-shvili", "", ""}, {"Nodaro Beridze", "", ""}}},
		{"Romanian and Greek", "It was signed by Vasilo Dumitrescu with Kostaki Papadopoulos.",
			[]wantPerson{{"Vasilo Dumitrescu", "", ""}, {"Kostaki Papadopoulos", "", ""}}},
		{"a place after a preposition of place is no person", "The plant near Zorvo Petrovska was rebuilt in Gorna Oryahovska.", nil},
	}
	runPeopleCases(t, tests)
}
