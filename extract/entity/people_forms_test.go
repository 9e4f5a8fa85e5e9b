package entity

import (
	"strings"
	"testing"
)

// TestPeopleForms covers names written in forms without the usual cues:
// family names in capitals, family name first, names without a title or
// verb, handles, lists of people, words broken at a line end, and what
// must not be read as a person.
func TestPeopleForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// family name in capitals after the given name
		{"honorific, given name, capitals", "attended by Mr. Kenji NAKAMURA and others", []string{"Kenji NAKAMURA"}},
		{"given name and capitals without honorific", "The report by Anna KOWALCZYK was adopted.", []string{"Anna KOWALCZYK"}},
		{"two in one sentence", "Ms Olga PETRENKO and Mr. Hiroshi TANAKA signed.", []string{"Olga PETRENKO", "Hiroshi TANAKA"}},
		{"a heading in capitals is no name", "Anna REPORTS ON TRADE\nThe text follows.", nil},
		{"two family names in capitals", "Press contacts:\nAna Maria ALVAREZ ORTEGA (+32 2 29 12345)", []string{"Ana Maria ALVAREZ ORTEGA"}},
		{"compound family name after honorific", "Ms Lucia GARCIA LOPEZ spoke.", []string{"Lucia GARCIA LOPEZ"}},
		{"hyphenated family name in capitals", "Ms. Maria Teresa DELA CRUZ-RAMOS, Undersecretary, spoke", []string{"Maria Teresa DELA CRUZ-RAMOS"}},
		{"acronym in capitals after a given name", "Quincy WWII Veteran Honored", nil},
		{"capitals without a vowel", "Grace NTT Docomo deal", nil},
		{"heading words in capitals stop the name", "Anna SMITH REPORTS ON TRADE", nil},
		// press-contact label alone on the line above
		{"contacts label above", "Contacts\nJean-Luc Martin\nSpokesperson", []string{"Jean-Luc Martin"}},
		{"media contact label above", "Media contact:\nJean-Luc Martin, +33 1 23", []string{"Jean-Luc Martin"}},
		{"enquiries label above", "Enquiries\nRosa-Maria Delacroix\nPress Officer", []string{"Rosa-Maria Delacroix"}},
		// family name in capitals first
		{"capitals first then given name and comma", "NAKAMURA Kenji, Director of the division, spoke.", []string{"NAKAMURA Kenji"}},
		{"capitals first at the end of a sentence", "The session was chaired by TANAKA Hiroshi.", []string{"TANAKA Hiroshi"}},
		{"capitals first in a list", "Delegates: SATO Kenji; KIMURA Hiroshi.", []string{"SATO Kenji", "KIMURA Hiroshi"}},
		// family name first, no cue
		{"three syllables", "Goh Wei Hou and Burhan Ismail met at noon.", []string{"Goh Wei Hou", "Burhan Ismail"}},
		{"three syllables in a list", "The team was Tan Kah Seng, Lim Boon Heng and others.", []string{"Tan Kah Seng", "Lim Boon Heng"}},
		{"three syllables after a preposition", "a talk with Lee Hsien Ming on housing", []string{"Lee Hsien Ming"}},
		// given name that is also a word, before a name
		{"given word and surname", "Grace Okonjo opened the fair.", []string{"Grace Okonjo"}},
		{"given word and given name", "They met John Kerry in Paris.", []string{"John Kerry"}},
		{"given word and surname in a clause", "as Will Nakamura put it", []string{"Will Nakamura"}},
		// handles
		{"colon handle", "Follow Jane Doe: @janedoe and Tom Baker: @tbaker", []string{"Jane Doe", "Tom Baker"}},
		{"bracketed handle", "Tom Baker (@tbaker) posted it.", []string{"Tom Baker"}},
		{"dash handle", "Contributors\nRosa Baker - @rbaker", []string{"Rosa Baker"}},
		// lists of people
		{"and after a known person", "talks between Maria Okafor and Tom Baker went well", []string{"Maria Okafor", "Tom Baker"}},
		{"same surname, two people", "John Smith and Mary Smith attended.", []string{"John Smith", "Mary Smith"}},
		{"comma list", "Hiroshi Tanaka, Tom Baker and Rosa Mills spoke.", []string{"Hiroshi Tanaka", "Tom Baker", "Rosa Mills"}},
		// signature blocks side by side (PDF tables) and column gaps
		{"two signatures side by side", "For the Government of A:          For the Government of B:\nDonald J. Trump                 Takaichi Sanae\nPresident                       Prime Minister",
			[]string{"Donald J. Trump", "Takaichi Sanae"}},
		{"tab between two names", "Signed by Jane Roe\tTom Baker and others", []string{"Jane Roe"}},
		{"name over a title line", "Sincerely,\nMarcus Lindqvist\nDirector General\n", []string{"Marcus Lindqvist"}},
		{"name over a modified title line", "Regards\nMarcus Lindqvist\nSenior Advisor\n", []string{"Marcus Lindqvist"}},
		{"indented wrapped prose stays one name", "In the long hall of the palace, the closing statement was read out by Prime Minister Marcus\n    Lindqvist at noon.", []string{"Marcus Lindqvist"}},
		// after "the"
		{"a leader's surname before regime stays", "We call for an end to the Asad regime's attacks.", []string{"Asad"}},
		{"a hotel after the is no person", "The dinner is at the Hyatt Regency Lakeview tonight.", nil},
		// one person in two forms
		{"diminutive and full given name", "Joe Halvorsen arrived. Joseph R. Halvorsen Jr. signed.", []string{"Joseph R. Halvorsen Jr."}},
		{"short form that begins the full one", "Judge Fredrick Okafor ruled. Judge Fred Okafor said so.", []string{"Fredrick Okafor"}},
		{"particle capitalized at a sentence start", "Ursula von der Leyen met Charles Michel. Von der Leyen said.", []string{"Ursula von der Leyen", "Charles Michel"}},
		{"two people who share a surname stay two", "John Smith and Jane Smith attended.", []string{"John Smith", "Jane Smith"}},
		// a title word as a middle name
		{"dean between given name and surname", "Gabriel Dean Halvorsen, 45, of Lakeview, pleaded not guilty.", []string{"Gabriel Dean Halvorsen"}},
		{"marshal as a middle name", "Thanks to Anna Marshal Kowalski for the photos.", []string{"Anna Marshal Kowalski"}},
		{"judge as a middle name", "The report was written by Robert Judge Okafor.", []string{"Robert Judge Okafor"}},
		// a given name before headline or menu words
		{"headline with two common words", "FOR RELEASE: Former Lakeview Official Charged in Harbour Scheme", nil},
		{"headline ending in a report", "Senator Calls for Release of Stanford Harbour Fund Receiver Report", nil},
		{"menu line of a school", "Open Saturday\nTheodora Kestrelson Alternative Education\n", nil},
		{"a name with one common-word surname stays", "The talks with Julie Bishop ended.", []string{"Julie Bishop"}},
		// broken across a line end
		{"hyphen at a line end", "signed by Dr. Hans Mül-\nler and Prof. Ingrid Svensson.", []string{"Hans Müller", "Ingrid Svensson"}},
		{"soft hyphen", "signed by Dr. Maximi\u00adlian Weber today", []string{"Maximilian Weber"}},
		{"hyphen before a capital stays", "led by Dr. Anne Lloyd-\nGeorge of the board", []string{"Anne Lloyd-George"}},
		// not people
		{"briefing room", "Reporters gathered in the James S. Brady Press Briefing Room.", nil},
		{"memorial hall and prize", "at the Hiroshi Tanaka Memorial Hall, and the Rosa Mills Prize went to a school", nil},
		{"street", "offices on John Kerry Street", nil},
		{"family name before two words is a phrase", "Please Do Your Part now.", nil},
	}
	f := finderForTest(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			people, _, _ := f.find(tt.text)
			var got []string
			for _, p := range people {
				got = append(got, p.Name)
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
