package grammar

import (
	"strings"
	"testing"
)

// TestLexiconFile checks the embedded lexicon as NewLexicon reads it: entries
// from several kinds of line, and the header comments left out.
func TestLexiconFile(t *testing.T) {
	idx, kws := buildLexicon()
	tests := []struct {
		word string
		ok   func(keyword) bool
	}{
		{"january", func(k keyword) bool { return k.Has(KfMonth) && k.Month == 1 && !k.Has(kfMonthAbbr) }},
		{"sept", func(k keyword) bool { return k.Has(KfMonth) && k.Month == 9 && k.Has(kfMonthAbbr) }},
		{"last", func(k keyword) bool { return k.Has(kfRelDir) && k.dir == -1 && k.Has(KfPast) }},
		{"reiwa", func(k keyword) bool { return k.Has(kfEra) && k.era == 2018 }},
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
