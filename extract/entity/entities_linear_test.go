//go:build !race

package entity

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/internal/extracttest"
)

// TestEntityFinderLinear: people and bodies on one long line cost about
// the same per byte at 64 KB and at 2 MB. A person's look-back to the line
// start and the affiliation search over every body were quadratic (4x the
// text took 13x the time; at 32x it would cost 32x per byte); what is left
// grows with the heap the garbage collector scans (up to 2.6x per byte
// measured), so the bound is 4x. It measures CPU time, and is left out of
// the race build, whose overhead is not linear.
func TestEntityFinderLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, unit := range []string{
		"Minister John Smith met Ambassador Mary Jones of the Ministry of Foreign Affairs in Tokyo. ",
		"Korea delegation: Director Kim Min-jun of the Ministry of Science and ICT, and Dr. Lee Ji-won, Korea Institute of Science. ",
		"Said Jane Roe, Chief Executive of Contoso Holdings, with Professor Tan Wei Ming of the National University of Singapore; ",
	} {
		t.Run(unit[:20], func(t *testing.T) {
			perByte := func(n int) float64 {
				text := strings.Repeat(unit, n/len(unit))
				start := extracttest.CPUTime(t)
				f.Find(&corpus.Article{Text: text})
				return float64(extracttest.CPUTime(t)-start) / float64(len(text))
			}
			perByte(64 << 10) // warm up
			small, large := perByte(64<<10), perByte(2<<20)
			if large > 4*small {
				t.Errorf("2 MB costs %.1fx per byte what 64 KB does (%.0f vs %.0f ns/byte): superlinear", large/small, large, small)
			}
		})
	}
}
