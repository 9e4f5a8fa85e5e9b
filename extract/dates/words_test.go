package dates

import (
	"strings"
	"testing"
)

// TestWordLists checks the word lists as New reads them: every list and
// set filled, lists in the files' order, comments left out.
func TestWordLists(t *testing.T) {
	w, err := loadWordLists()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ok   bool
	}{
		{"meta keys most specific first", len(w.metaDateKeys) > 1 && w.metaDateKeys[0] == "article:published_time"},
		{"labels in order", len(w.pubLabels) > 1 && w.pubLabels[0] == "posted" && w.pubLabels[1] == "posted on"},
		{"sign-off words", len(w.signOffWords) > 0 && len(w.signOffNotNames) > 0 && len(w.notReleaseWords) > 0},
		{"day-first countries", w.dmyCountries["uk"] && w.dmyCountries["sg"] && !w.dmyCountries["us"]},
		{"day-first languages", w.dmyLanguages["fr"] && !w.dmyLanguages["en"]},
		{"closing verbs and whole labels", w.closingVerbs["signed"] && w.wholeLabels["dated"]},
		{"release number lines", len(w.releaseNouns) > 0 && w.numberMarkers["nr."] && w.dateConnectors["vom"]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.ok {
				t.Errorf("%+v", w)
			}
		})
	}
	for _, l := range [][]string{w.metaDateKeys, w.notReleaseWords, w.pubLabels, w.signOffNotNames, w.signOffWords} {
		for _, s := range l {
			if strings.HasPrefix(s, "#") || s != strings.TrimSpace(s) {
				t.Errorf("entry %q", s)
			}
		}
	}
}
