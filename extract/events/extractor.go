package events

import (
	"context"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
)

// Name returns "events".
func (f *Finder) Name() string { return "events" }

// Extract returns a's events as a Part. It reads the dates.Part and
// entity.Part in found (NewInput), so it runs after those extractors, and
// never fails.
func (f *Finder) Extract(_ context.Context, a *corpus.Article, found *extract.Result) (extract.Part, error) {
	in := NewInput(a.Text, found)
	in.Title = a.Title
	return Part{Events: f.Find(in)}, nil
}

// NewInput gives the event rules the article's text and the entities
// already extracted from it (the dates.Part and entity.Part of found), in
// this package's own types.
func NewInput(text string, found *extract.Result) *Input {
	ds, en := extract.Get[dates.Part](found), extract.Get[entity.Part](found)
	in := &Input{Text: text, Published: ds.Published}
	spans := func(ms []extract.Mention) []Span {
		out := make([]Span, len(ms))
		for i, m := range ms {
			out[i] = Span{Start: m.Start, End: m.End}
		}
		return out
	}
	for _, d := range ds.Dates {
		in.Dates = append(in.Dates, Date{Value: d.Value, Start: d.Start, End: d.End, Relative: d.Relative, Spans: spans(d.Mentions)})
	}
	for _, p := range en.People {
		in.People = append(in.People, Person{ID: p.ID, Name: p.Name, Spans: spans(p.Mentions)})
	}
	for _, a := range en.Agencies {
		in.Agencies = append(in.Agencies, Agency{ID: a.ID, Name: a.Name, Country: a.Country, Spans: spans(a.Mentions)})
	}
	for _, p := range en.Places {
		in.Places = append(in.Places, Place{Name: p.Name, Kind: p.Kind, Country: p.Country, Spans: spans(p.Mentions)})
	}
	return in
}
