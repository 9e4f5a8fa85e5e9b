package extract

import (
	"reflect"
	"slices"
)

// Mention is one occurrence of an entity in an article's text. Start and End
// are byte offsets into corpus.Article.Text while extracting; the record
// builder in package output turns them into character (code point) offsets
// into the record's text.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Part is one extractor's contribution to a Result: a value of a type the
// extractor's own package owns (dates.Part, entity.Part, ...). A Result
// holds at most one Part of each type.
type Part any

// Result is everything extracted from one article: its language and one
// Part per extractor, in the order the extractors ran. Read a part with
// Get. A Result is a value: Set on a copy does not change the original.
type Result struct {
	// Language is a BCP 47 primary language subtag (DetectLanguage).
	Language string
	parts    []Part
}

// NewResult returns a Result with the given language and parts.
func NewResult(language string, parts ...Part) Result {
	r := Result{Language: language}
	for _, p := range parts {
		r.Set(p)
	}
	return r
}

// Set stores p, replacing the part of the same type if r has one. A nil p
// is ignored.
func (r *Result) Set(p Part) {
	if p == nil {
		return
	}
	parts := slices.Clone(r.parts)
	for i, q := range parts {
		if sameType(q, p) {
			parts[i] = p
			r.parts = parts
			return
		}
	}
	r.parts = append(parts, p)
}

// Parts returns r's parts in the order they were set.
func (r *Result) Parts() []Part { return slices.Clone(r.parts) }

// Get returns r's part of type T, or T's zero value when r has none (the
// extractor did not run, or r is the zero Result).
func Get[T any](r *Result) T {
	for _, p := range r.parts {
		if t, ok := p.(T); ok {
			return t
		}
	}
	var zero T
	return zero
}

func sameType(a, b Part) bool { return reflect.TypeOf(a) == reflect.TypeOf(b) }
