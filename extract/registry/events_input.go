package registry

import (
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/extract/events"
)

// eventsInput hands the event finder the article's text and the entities
// already extracted from it, in the event finder's own types.
func eventsInput(text string, d dates.Part, e entity.Part) *events.Input {
	in := &events.Input{Text: text, Published: d.Published}
	spans := func(ms []extract.Mention) []events.Span {
		out := make([]events.Span, len(ms))
		for i, m := range ms {
			out[i] = events.Span{Start: m.Start, End: m.End}
		}
		return out
	}
	for _, d := range d.Dates {
		in.Dates = append(in.Dates, events.Date{Value: d.Value, Start: d.Start, End: d.End, Relative: d.Relative, Spans: spans(d.Mentions)})
	}
	for _, p := range e.People {
		in.People = append(in.People, events.Person{ID: p.ID, Name: p.Name, Spans: spans(p.Mentions)})
	}
	for _, a := range e.Agencies {
		in.Agencies = append(in.Agencies, events.Agency{ID: a.ID, Name: a.Name, Country: a.Country, Spans: spans(a.Mentions)})
	}
	for _, p := range e.Places {
		in.Places = append(in.Places, events.Place{Name: p.Name, Kind: p.Kind, Country: p.Country, Spans: spans(p.Mentions)})
	}
	return in
}
