package present

import (
	"cmp"
	"slices"
)

// Kind is the kind of a mention: which list its entity belongs to.
type Kind string

// The kinds of mention, in the order a legend lists them.
const (
	KindPerson Kind = "person"
	KindAgency Kind = "agency"
	KindPlace  Kind = "place"
	KindDate   Kind = "date"
	KindEvent  Kind = "event"
)

// Kinds are every kind, in legend order.
var Kinds = []Kind{KindPerson, KindAgency, KindPlace, KindDate, KindEvent}

// Span is a mention to mark: Start and End are character (code point)
// offsets into the text, as in records; Index is the entity's position in
// its record list (people[Index], ...).
type Span struct {
	Start, End int
	Kind       Kind
	Index      int
}

// Segment is a run of text; Kind is empty for unmarked text.
type Segment struct {
	Text  string
	Kind  Kind
	Index int
}

// Segments cuts text into unmarked runs and marked mentions. Spans out of
// range are clipped, empty ones dropped; where spans overlap the one that
// starts first wins (the longer at equal starts) and the others are left
// unmarked, so every character appears exactly once, in order.
func Segments(text string, spans []Span) []Segment {
	runes := []rune(text)
	n := len(runes)
	ss := make([]Span, 0, len(spans))
	for _, s := range spans {
		s.Start, s.End = max(s.Start, 0), min(s.End, n)
		if s.Start < s.End {
			ss = append(ss, s)
		}
	}
	slices.SortStableFunc(ss, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	var out []Segment
	pos := 0
	for _, s := range ss {
		if s.Start < pos {
			continue // overlaps a span already marked
		}
		if s.Start > pos {
			out = append(out, Segment{Text: string(runes[pos:s.Start])})
		}
		out = append(out, Segment{Text: string(runes[s.Start:s.End]), Kind: s.Kind, Index: s.Index})
		pos = s.End
	}
	if pos < n {
		out = append(out, Segment{Text: string(runes[pos:])})
	}
	return out
}
