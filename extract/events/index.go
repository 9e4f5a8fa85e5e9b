package events

import "sort"

// spanIndex finds which entity, if any, covers a byte range. Spans are
// kept sorted by start; entities rarely overlap, and when they do the
// first one found wins.
type spanIndex struct {
	spans []Span
	owner []int
}

func newSpanIndex(spansOf func(i int) []Span, n int) spanIndex {
	var ix spanIndex
	type pair struct {
		sp Span
		o  int
	}
	var ps []pair
	for i := 0; i < n; i++ {
		for _, sp := range spansOf(i) {
			if sp.End > sp.Start {
				ps = append(ps, pair{sp, i})
			}
		}
	}
	sort.SliceStable(ps, func(a, b int) bool { return ps[a].sp.Start < ps[b].sp.Start })
	for _, p := range ps {
		ix.spans = append(ix.spans, p.sp)
		ix.owner = append(ix.owner, p.o)
	}
	return ix
}

// at returns the index of the span overlapping [start, end), or -1.
func (ix spanIndex) at(start, end int) int {
	i := sort.Search(len(ix.spans), func(i int) bool { return ix.spans[i].Start >= end })
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if ix.spans[j].End > start {
			return j
		}
	}
	return -1
}

// within returns the indexes of the spans inside [start, end), in order.
func (ix spanIndex) within(start, end int) []int {
	var out []int
	i := sort.Search(len(ix.spans), func(i int) bool { return ix.spans[i].Start >= start })
	for ; i < len(ix.spans) && ix.spans[i].Start < end; i++ {
		if ix.spans[i].End <= end {
			out = append(out, i)
		}
	}
	return out
}
