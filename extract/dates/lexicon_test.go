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
