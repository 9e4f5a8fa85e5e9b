package entity

import (
	"testing"

	"github.com/communique/communique/extract/entity/lexicon"
)

// TestCandInitialsThreeBodies: three or more bodies found by name that
// share their initials make the initials ambiguous (-1) and the scan goes
// on; a third body used to index the candidates with that -1 and panic.
func TestCandInitialsThreeBodies(t *testing.T) {
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The Ministry of Trade and Industry, the Ministry of Transport and Infrastructure and the Ministry of Tourism and Immigration met.",
		"Officials of the Bureau of Labor Statistics spoke; the Bureau of Land Services and the Bureau of Legal Standards replied.",
		"Speakers: Central Bureau of Statistics; Central Board of Secondary Schools; Central Bank of Seychelles; Central Broadcasting Service.",
	} {
		t.Run(text[:24], func(t *testing.T) {
			s := &agencyScan{f: f, text: text, toks: lexicon.Tokenize(text), nonAgencyAcr: map[string]bool{}}
			s.keys, s.covered = make([][]string, len(s.toks)), make([]int, len(s.toks))
			s.findAgencies()
			byKey := s.candInitials()
			n := 0
			for _, c := range s.cands {
				if !c.acronymMention && c.aliasOf < 0 {
					n++
				}
			}
			if n < 3 {
				t.Fatalf("found %d bodies by name, want at least 3 (the test needs them)", n)
			}
			for key, ci := range byKey {
				if ci >= len(s.cands) {
					t.Errorf("initials %q: index %d out of the %d candidates", key, ci, len(s.cands))
				}
			}
		})
	}
}
