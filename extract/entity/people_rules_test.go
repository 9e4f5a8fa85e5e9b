package entity

import "testing"

// TestPeopleClassRules covers each rule of classRules in three wordings,
// with negative cases.
func TestPeopleClassRules(t *testing.T) {
	tests := []peopleCase{
		// syllable of a family-name-first name
		{"family name and one word syllable after a title", "Party General Secretary To Hai welcomed the guests.",
			[]wantPerson{{"To Hai", "General Secretary", ""}}},
		{"middle name and a last syllable that opens sentences", "Nguyen Van An, Chairman of the board, spoke first.",
			[]wantPerson{{"Nguyen Van An", "Chairman of the board", ""}}},
		{"three syllables in running text", "Talks between Dao Thi Lan and Ana Ruiz began.",
			[]wantPerson{{"Dao Thi Lan", "", ""}, {"Ana Ruiz", "", ""}}},
		{"a family name before a phrase", "Do Not Disturb signs were posted.", nil},
		{"two words without a title", "To Lam Harbour they sailed.", nil},
		// place word as the surname after an honorific and a given name
		{"place surname before an appositive", "Students will accompany Professor Elisabeth Holland, Director of the Centre.",
			[]wantPerson{{"Elisabeth Holland", "Director", ""}}},
		{"place surname before a speech verb", "Mr Kevin Jordan said the plan was sound.",
			[]wantPerson{{"Kevin Jordan", "", ""}}},
		{"place surname at the end of a sentence", "The prize went to Dr Helen Chad.",
			[]wantPerson{{"Helen Chad", "", ""}}},
		{"a place that starts a body's name is no surname", "Dr Amy Singapore Office staff left.", nil},
		// compound given name
		{"compound given name before a surname", "The award went to Anne-Marie Okafor last year.",
			[]wantPerson{{"Anne-Marie Okafor", "", ""}}},
		{"compound given name after a verb", "Officials met Hans-Peter Brunnhuber on Monday.",
			[]wantPerson{{"Hans-Peter Brunnhuber", "", ""}}},
		{"compound given name with an accent", "The panel, chaired by Marie-Hélène Tremblay, agreed.",
			[]wantPerson{{"Marie-Hélène Tremblay", "", ""}}},
		// dotted initials and a surname that is a place
		{"initials in a footnote", "3 R.A. Butler.\n4 Sir J.M. Keynes, economist.",
			[]wantPerson{{"R.A. Butler", "", ""}, {"J.M. Keynes", "economist", ""}}},
		{"initials after an honorific", "Present: Mr. A.B. Whitcombe and Dr. C.D. Farrow.",
			[]wantPerson{{"A.B. Whitcombe", "", ""}, {"C.D. Farrow", "", ""}}},
		{"initials and a surname that is a country", "Copies went to Mr. K.L. Chad and Mr. P.Q. Jordan.",
			[]wantPerson{{"K.L. Chad", "", ""}, {"P.Q. Jordan", "", ""}}},
		{"initials and a city before the surname", "14 Dr V.K. Wellington Koo, Chinese Ambassador to France.",
			[]wantPerson{{"V.K. Wellington Koo", "Chinese Ambassador to France", "CN"}}},
		{"dotted country acronym is no initials", "The U.S. Navy and the U.K. Treasury agreed.", nil},
		// hyphenated surname after a given name
		{"double-barrelled surname with a word part", "The report was written by Robert A. Mendel-Park and others.",
			[]wantPerson{{"Robert A. Mendel-Park", "", ""}}},
		{"double-barrelled surname with a country part", "He met Valeria Chile-Ortúzar in Lima.",
			[]wantPerson{{"Valeria Chile-Ortúzar", "", ""}}},
		{"double-barrelled surname after a title", "Deputy Minister Daniel Grant-Kowalczyk opened it.",
			[]wantPerson{{"Daniel Grant-Kowalczyk", "Deputy Minister", ""}}},
		{"compound of places after a given name is no surname", "After Grace Korea-Japan talks resumed; Mark Canada-France trade grew.", nil},
		// surname in capitals ending a name in capitals
		{"witness list in capitals", "Witnesses:\n- MR. PAUL J. WINTERBOTTOM, Partner, Acme LLP\n- DR. SARAH KLINE, Director",
			[]wantPerson{{"Paul J. Winterbottom", "Partner, Acme LLP", ""}, {"Sarah Kline", "Director", ""}}},
		{"honorable and a hyphenated surname in capitals", "- THE HONORABLE MARIA T. DIAZ-OKAFOR, Administrator",
			[]wantPerson{{"Maria T. Diaz-Okafor", "Administrator", ""}}},
		{"speaker label in capitals", "MS. LAURA BRENNAN: Thank you all for coming.",
			[]wantPerson{{"Laura Brennan", "", ""}}},
		// hyphenated given name after a family name in capitals
		{"contact line with a family name in capitals", "Contact: Director KIM Hye-won, International Cooperation Division",
			[]wantPerson{{"KIM Hye-won", "Director", ""}}},
		{"minister with a family name in capitals", "Minister CHOI Ji-hoon opened the forum.",
			[]wantPerson{{"CHOI Ji-hoon", "Minister", ""}}},
		{"honorific and a family name in capitals", "It was signed by Ms. LEE Min-jung yesterday.",
			[]wantPerson{{"LEE Min-jung", "", ""}}},
		// plural title before coordinated names
		{"presidents and two surnames", "Presidents Okonjo and Halvorsen agreed.",
			[]wantPerson{{"Okonjo", "", ""}, {"Halvorsen", "", ""}}},
		{"prime ministers and a list", "Prime Ministers Tavaki, Leaupepe and Nkemelu met.",
			[]wantPerson{{"Tavaki", "", ""}, {"Leaupepe", "", ""}, {"Nkemelu", "", ""}}},
		{"secretaries and full names", "Foreign Secretaries Maria Lindqvist and Jonas Berg spoke.",
			[]wantPerson{{"Maria Lindqvist", "", ""}, {"Jonas Berg", "", ""}}},
		{"a plural common word is no title", "Farmers Okonjo Street market opened.", nil},
		// particles
		{"binte between given and father's names", "The fellows include Siti Aisyah binte Rahmat and others.",
			[]wantPerson{{"Siti Aisyah binte Rahmat", "", ""}}},
		{"bin in a list", "Guests: Mohd Faizal bin Yusof, Nurul Huda binti Osman.",
			[]wantPerson{{"Mohd Faizal bin Yusof", "", ""}, {"Nurul Huda binti Osman", "", ""}}},
		{"bte abbreviated", "The award went to Nur Hidayah bte Salleh.",
			[]wantPerson{{"Nur Hidayah bte Salleh", "", ""}}},
	}
	runPeopleCases(t, tests)
}
