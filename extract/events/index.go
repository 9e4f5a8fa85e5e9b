package events

import (
	"slices"
	"sort"
)

// spanIndex finds which entity, if any, covers a byte range. Spans are
// kept sorted by start; entities rarely overlap, and when they do the
// first one found wins.
type spanIndex struct {
	spans []Span
	owner []int
}

func newSpanIndex(spansOf func(i int) []Span, n int) spanIndex {
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
	slices.SortStableFunc(ps, func(a, b pair) int { return a.sp.Start - b.sp.Start })
	ix := spanIndex{spans: make([]Span, len(ps)), owner: make([]int, len(ps))}
	for i, p := range ps {
		ix.spans[i], ix.owner[i] = p.sp, p.o
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
