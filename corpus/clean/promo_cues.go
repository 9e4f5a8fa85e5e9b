package clean

import "strings"

// promoCue is one phrase of strongPromoCues or weakPromoCues with its
// weight in promoScore and its bit in the set of cues found.
type promoCue struct {
	text   string
	weight int
	bit    uint64
}

// promoCuesByFirst lists the cues by their first byte, so that one pass
// over a paragraph finds them all: promoScore searched the paragraph once
// for each of its 50 cues (4% of a text run, issue 21). The cues are at
// most 64 (TestPromoCueScoreSame).
var promoCuesByFirst = func() (t [256][]promoCue) {
	n := 0
	add := func(cues []string, weight int) {
		for _, c := range cues {
			if c != "" && n < 64 {
				t[c[0]] = append(t[c[0]], promoCue{text: c, weight: weight, bit: 1 << n})
			}
			n++
		}
	}
	add(strongPromoCues, 2)
	add(weakPromoCues, 1)
	return t
}()

// promoCueScore is the weight of the cues low contains: 2 for each of
// strongPromoCues, 1 for each of weakPromoCues, each counted once.
func promoCueScore(low string) int {
	var seen uint64
	s := 0
	for i := 0; i < len(low); i++ {
		for _, c := range promoCuesByFirst[low[i]] {
			if seen&c.bit != 0 || len(low)-i < len(c.text) {
				continue
			}
			if len(c.text) > 1 && low[i+1] != c.text[1] || !strings.HasPrefix(low[i:], c.text) {
				continue
			}
			seen |= c.bit
			s += c.weight
		}
	}
	return s
}
