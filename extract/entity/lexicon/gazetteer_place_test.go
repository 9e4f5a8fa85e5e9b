package lexicon

import "testing"

// TestPlaceCountry checks the country of whole place names: a city in
// capitals, a two-word city, a country, and names the gazetteer does not
// hold (a made-up place, a city with more words after it).
func TestPlaceCountry(t *testing.T) {
	g, err := LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, want string
		ok         bool
	}{
		{"BRUSSELS", "BE", true},
		{"New Delhi", "IN", true},
		{"Japan", "JP", true},
		{"Atlantis Harbour", "", false},
		{"Brussels Airport Terminal", "", false},
		{"", "", false},
	} {
		got, ok := g.PlaceCountry(tc.name)
		if got != tc.want || ok != tc.ok {
			t.Errorf("PlaceCountry(%q) = %q, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}
