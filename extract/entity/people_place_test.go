package entity

import "testing"

// TestPlacesAndCredits checks, in three wordings each, that a whole
// populated place of two words or more and a span ending in a settlement's
// head word are no people without a cue, that a cue still takes a person
// whose name is also a place's, and that a photo credit's label is a
// contact label.
func TestPlacesAndCredits(t *testing.T) {
	f := finderForTest(t)
	cases := []struct {
		name, text, want string // want: the person taken, "" for none
	}{
		{"populated place/after of", "The jeans cluster of Novi Pazar has grown from 17 to 135 members.", ""},
		{"populated place/after from", "Visitors from Charlotte Amalie arrived by ferry.", ""},
		{"populated place/coordinated", "Delegates travelled from Novi Sad and Baia Mare.", ""},
		{"populated place/honorific wins", "We thank Mr. Warner Robins for his service.", "Warner Robins"},
		{"populated place/speech verb wins", "\"It works,\" said Warner Robins.", "Warner Robins"},
		{"settlement head/city", "In Tanga City, the waste bank opened last year.", ""},
		{"settlement head/town and village", "Buyers came from Michael Town and Ruth Village.", ""},
		{"settlement head/township", "The project covers Jackson Township and Marion Township.", ""},
		{"settlement head/municipality", "Farmers of Sherman Municipality met the buyers.", ""},
		{"photo credit/line", "The minister visits the site.\nPhoto: Okonkwo Adebayo\n", "Okonkwo Adebayo"},
		{"photo credit/after caption", "Leaders at the summit. Photo: Halvard Nkemelu", "Halvard Nkemelu"},
		{"photo credit/image credit", "Image credit: Tavita Leaupepe\nThe plan was approved.", "Tavita Leaupepe"},
	}
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
