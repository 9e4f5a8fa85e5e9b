package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// promoCueScoreEach is promoCueScore as promoScore computed it before:
// one search of low for each cue.
func promoCueScoreEach(low string) int {
	s := 0
	for _, cue := range strongPromoCues {
		if strings.Contains(low, cue) {
			s += 2
		}
	}
	for _, cue := range weakPromoCues {
		if strings.Contains(low, cue) {
			s++
		}
	}
	return s
}

func TestPromoCueScoreSame(t *testing.T) {
	if n := len(strongPromoCues) + len(weakPromoCues); n > 64 {
		t.Fatalf("%d promotional cues: promoCueScore's set holds 64", n)
	}
	lines := []string{
		"", "subscribe", "subscribe to our newsletter for exclusive offers", "sign in or sign up: free trial, 20% off",
		"© 2024 all rights reserved. privacy policy | terms of use", "call 1800 123 456 or email info@agency.gov",
		"the minister met officials in the capital on monday.", "subscriptionsubscriber", "s", "faq faq faq",
		"learn more and find out more about the licence and license", "back to top", "@", "©",
	}
	r := rand.New(rand.NewPCG(5, 6))
	var pieces []string
	pieces = append(pieces, strongPromoCues...)
	pieces = append(pieces, weakPromoCues...)
	pieces = append(pieces, " ", "the ", "su", "sig", "log", "tri", "x", "ff", "©2", "%")
	for range 3000 {
		var sb strings.Builder
		for range r.IntN(8) {
			p := pieces[r.IntN(len(pieces))]
			if r.IntN(3) == 0 && len(p) > 1 {
				p = p[:1+r.IntN(len(p)-1)] // a cue cut short
			}
			sb.WriteString(p)
		}
		lines = append(lines, sb.String())
	}
	for _, l := range lines {
		if got, want := promoCueScore(l), promoCueScoreEach(l); got != want {
			t.Errorf("promoCueScore(%q) = %d, want %d", l, got, want)
		}
	}
}
