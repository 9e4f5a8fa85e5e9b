package entity

import "testing"

// TestPlacesAndCredits checks, in three wordings each, that a whole
// populated place of two words or more and a span ending in a settlement's
// head word are no people without a cue, that a cue still takes a person
// whose name is also a place's, and that a photo credit's label is a
// contact label.
func TestPlacesAndCredits(t *testing.T) {
	f := finderForTest(t)
	cases := []spanCase{
		{"populated place/after of", "The jeans cluster of Novi Pazar has grown from 17 to 135 members.", ""},
		{"populated place/after from", "Visitors from Charlotte Amalie arrived by ferry.", ""},
		{"populated place/coordinated", "Delegates travelled from Novi Sad and Baia Mare.", ""},
		{"populated place/honorific wins", "We thank Mr. Warner Robins for his service.", "Warner Robins"},
		{"populated place/speech verb wins", "\"It works,\" said Warner Robins.", "Warner Robins"},
		{"settlement head/city", "In Tanga City, the waste bank opened last year.", ""},
		{"settlement head/town and village", "Buyers came from Michael Town and Ruth Village.", ""},
		{"settlement head/township", "The project covers Jackson Township and Marion Township.", ""},
		{"settlement head/municipality", "Farmers of Sherman Municipality met the buyers.", ""},
		{"transport head/line", "Ridership on Elizabeth Line rose in May.", ""},
		{"transport head/tunnel", "Works on Stanley Tunnel resume next week.", ""},
		{"transport head/canal and railway", "Barges on Victoria Canal and trains on Albert Railway stopped.", ""},
		{"photo credit/line", "The minister visits the site.\nPhoto: Okonkwo Adebayo\n", "Okonkwo Adebayo"},
		{"photo credit/after caption", "Leaders at the summit. Photo: Halvard Nkemelu", "Halvard Nkemelu"},
		{"photo credit/label after a name", "Seedlings planted by Linda Nkemelu Photos: the group", "Linda Nkemelu"},
		{"photo credit/label is no name", "Seedlings planted by Maria Leaupepe Photo: the group", "Maria Leaupepe"},
		{"photo credit/image label", "Farmers at the market with Colin Leaupepe Image: the ministry", "Colin Leaupepe"},
		{"street/place", "Darrell Place and Lincoln Place were resurfaced.", ""},
		{"street/place in a heading", "Working bee Sunday 16 March Lincoln Place", ""},
		{"street/place and given name", "Residents of Edith Place met the council.", ""},
		{"photo credit/image credit", "Image credit: Tavita Leaupepe\nThe plan was approved.", "Tavita Leaupepe"},
	}
	runSpanCases(t, f, cases)
}

// TestSideBySideAndNicknames checks, in three wordings each, that a given
// name and a family name twice over on one line are two people, that two
// given names in a row or an Arabic name link keep one name, and that
// dotted initials in quotation marks are a nickname inside a name.
func TestSideBySideAndNicknames(t *testing.T) {
	f := finderForTest(t)
	runSpanCases(t, f, []spanCase{
		{"side by side/contacts", "Contacts:\nPaul Tavaki Linda Nkemelu\n", "Linda Nkemelu"},
		{"side by side/first of two", "Contacts:\nPaul Tavaki Linda Nkemelu\n", "Paul Tavaki"},
		{"side by side/three in a row", "Committee: Susan Leaupepe Karen Mensah Colin Adebayo", "Karen Mensah"},
		{"side by side/given surname", "Contact: Maria Leaupepe Linda Oates\nVenue: the hall", "Maria Leaupepe"},
		{"one name/two given names", "\"We agree,\" said José Luis Rodríguez Zapatero.", "José Luis Rodríguez Zapatero"},
		{"one name/Arabic link", "\"We agree,\" said Ismael Ould Cheikh Ahmed.", "Ismael Ould Cheikh Ahmed"},
		{"nickname/initials in curly quotes", "said Col. John \u201cJ.D.\u201d Halvorsen, the spokesperson.", "John Halvorsen"},
		{"nickname/initials in single quotes", "Mary 'M.J.' Okafor said the plan works.", "Mary Okafor"},
		{"nickname/initials after a title", "Ambassador Robert \"R.T.\" Nkemelu arrived on Monday.", "Robert Nkemelu"},
	})
}

// TestRelativeWho checks that ", who" after two to four name words that
// no other rule takes makes them a person, in three wordings, and that a
// common English word among them keeps a company out.
func TestRelativeWho(t *testing.T) {
	f := finderForTest(t)
	runSpanCases(t, f, []spanCase{
		{"who/subject", "Zuwena Mwakyusa, who directs the office, briefed reporters.", "Zuwena Mwakyusa"},
		{"who/object", "Tributes were paid to Mwenda Kiprotich, who died on Monday.", "Mwenda Kiprotich"},
		{"whom/object", "The prize went to Oyelaran Bamidele, whom the jury praised.", "Oyelaran Bamidele"},
		{"who/company", "Kestrel Logistics, who won the tender, starts in May.", ""},
	})
}

// TestNameBeforeNounOfThings checks that a name right before a noun of
// holders, passengers or goods names the honour, ship or brand, in three
// wordings, and that a verb after a name does not.
func TestNameBeforeNounOfThings(t *testing.T) {
	f := finderForTest(t)
	runSpanCases(t, f, []spanCase{
		{"holders", "Victoria Cross recipients were honoured at the palace.", ""},
		{"passengers", "All Ruby Princess passengers were tested on arrival.", ""},
		{"goods", "Customs seized counterfeit Marco Bellini handbags.", ""},
		{"verb after the name", "Marco Bellini presented the collection.", "Marco Bellini"},
	})
}

// spanCase is a text and a person findPeople must take from it ("" for
// none).
type spanCase struct {
	name, text, want string
}

// runSpanCases runs findPeople on each case's text and checks its want.
func runSpanCases(t *testing.T, f *Finder, cases []spanCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := scanForTest(f, c.text).findPeople()
			if c.want == "" {
				if len(got) != 0 {
					t.Fatalf("got %q by %q, want no person", got[0].name, got[0].rule)
				}
				return
			}
			for _, pc := range got {
				if pc.name == c.want {
					return
				}
			}
			var names []string
			for _, pc := range got {
				names = append(names, pc.name+" ("+pc.rule+")")
			}
			t.Errorf("got %q, want %q", names, c.want)
		})
	}
}
