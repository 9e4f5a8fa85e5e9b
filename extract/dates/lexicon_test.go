package dates

import (
	"strings"
	"testing"
)

// TestLexiconFile checks the embedded lexicon as New reads it: entries
// from several kinds of line, and the header comments left out.
func TestLexiconFile(t *testing.T) {
	idx, kws := buildLexicon()
	tests := []struct {
		word string
		ok   func(keyword) bool
	}{
		{"january", func(k keyword) bool { return k.has(kfMonth) && k.month == 1 && !k.has(kfMonthAbbr) }},
		{"sept", func(k keyword) bool { return k.has(kfMonth) && k.month == 9 && k.has(kfMonthAbbr) }},
		{"last", func(k keyword) bool { return k.has(kfRelDir) && k.dir == -1 && k.has(kfPast) }},
		{"reiwa", func(k keyword) bool { return k.has(kfEra) && k.era == 2018 }},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			i, ok := idx[tt.word]
			if !ok {
				t.Fatalf("%q not in the lexicon", tt.word)
			}
			if !tt.ok(kws[i]) {
				t.Errorf("%q has the wrong flags: %+v", tt.word, kws[i])
			}
		})
	}
	for w := range idx {
		if strings.HasPrefix(w, "#") {
			t.Errorf("comment read as a word: %q", w)
		}
	}
}

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
