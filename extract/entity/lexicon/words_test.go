package lexicon

import (
	"reflect"
	"strings"
	"testing"
)

// TestWordListsLoaded checks that every set of wordLists is read from its
// file, is not empty and holds entries as written (no stray spaces, no
// comment lines).
func TestWordListsLoaded(t *testing.T) {
	w, err := LoadWordLists()
	if err != nil {
		t.Fatal(err)
	}
	v := reflect.ValueOf(*w)
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		t.Run(name, func(t *testing.T) {
			set := v.Field(i)
			if set.Len() == 0 {
				t.Fatalf("%s is empty", name)
			}
			for _, k := range set.MapKeys() {
				if s := k.String(); s != strings.TrimSpace(s) || strings.HasPrefix(s, "#") {
					t.Errorf("%s holds %q", name, s)
				}
			}
		})
	}
}

// TestWordListsSamples spot-checks three sets against words their rules
// are documented with, and a word deliberately left out.
func TestWordListsSamples(t *testing.T) {
	w, err := LoadWordLists()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		set  map[string]bool
		word string
		want bool
	}{
		{"speech verb", w.SpeechVerbs, "said", true},
		{"headline verb", w.HeadlineVerbs, "Announces", true},
		{"org tail", w.OrgTailWords, "School", true},
		{"left out of corporate titles", w.CorporateTitles, "Managing", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.set[tt.word]; got != tt.want {
				t.Errorf("%q: got %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
