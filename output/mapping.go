package output

import (
	"slices"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/agenda"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/extract/events"
)

// This file is the one place where extractors' result types become the
// record's wire types (wire.go): NewRecord and one small function per
// result type. No other file of package output imports an extractor, so
// a new extractor or a moved result type changes this file only. Every
// function turns byte offsets into character offsets and copies what it
// takes, so the caller's result is left as it was and can be mapped again.

// NewRecord builds the record of article a from its extraction result.
// Slices are never nil, so every list field is an array in JSON.
func NewRecord(a corpus.Article, res extract.Result) Record {
	c := newOffsetConverter(a.Text)
	d := extract.Get[dates.Part](&res)
	en := extract.Get[entity.Part](&res)
	r := Record{
		Schema:   SchemaVersion,
		ID:       RecordID(a.Source.Identity(), a.Segment),
		Source:   a.Source,
		Segment:  a.Segment,
		Title:    a.Title,
		Language: res.Language,
		Text:     a.Text,
		Dates:    mapAll(d.Dates, c, wireDate),
		People:   mapAll(en.People, c, wirePerson),
		Agencies: mapAll(en.Agencies, c, wireAgency),
		Places:   mapAll(en.Places, c, wirePlace),
		Agenda:   mapAll(extract.Get[agenda.Part](&res).Items, c, wireAgendaItem),
		Events:   mapAll(extract.Get[events.Part](&res).Events, c, wireEvent),
	}
	if d.Published != "" {
		p := d.Published
		r.Published = &p
	}
	return r
}

// mapAll maps every element of in with f; the result is never nil.
func mapAll[S, W any](in []S, c offsetConverter, f func(S, offsetConverter) W) []W {
	out := make([]W, len(in))
	for i, v := range in {
		out[i] = f(v, c)
	}
	return out
}

func wireMention(m extract.Mention, c offsetConverter) Mention {
	return Mention{Text: m.Text, Start: c.rune(m.Start), End: c.rune(m.End)}
}

func wireDate(d dates.Date, c offsetConverter) Date {
	return Date{Text: d.Text, Value: d.Value, Start: d.Start, End: d.End, Role: d.Role, Relative: d.Relative,
		Mentions: mapAll(d.Mentions, c, wireMention)}
}

func wirePerson(p entity.Person, c offsetConverter) Person {
	return Person{ID: p.ID, Name: p.Name, Title: p.Title, Affiliation: p.Affiliation, Country: p.Country,
		Mentions: mapAll(p.Mentions, c, wireMention)}
}

func wireAgency(a entity.Agency, c offsetConverter) Agency {
	return Agency{ID: a.ID, Name: a.Name, Acronym: a.Acronym, Aliases: slices.Clone(a.Aliases), Country: a.Country,
		Kind: a.Kind, Parent: a.Parent, Mentions: mapAll(a.Mentions, c, wireMention)}
}

func wirePlace(p entity.Place, c offsetConverter) Place {
	return Place{Name: p.Name, Kind: p.Kind, Country: p.Country, Mentions: mapAll(p.Mentions, c, wireMention)}
}

func wireAgendaItem(a agenda.AgendaItem, c offsetConverter) AgendaItem {
	item := AgendaItem{Label: a.Label, Title: a.Title, Text: a.Text, Level: a.Level, Inline: a.Inline,
		Start: c.rune(a.Start), End: c.rune(a.End)}
	if a.Parent != nil {
		p := *a.Parent
		item.Parent = &p
	}
	return item
}

func wireEvent(e events.Event, c offsetConverter) Event {
	// Chairs, hosts and participants keep nil as nil: their JSON is null
	// then, as it always was.
	return Event{Name: e.Name, Series: e.Series, SeriesKey: e.SeriesKey, Ordinal: e.Ordinal, Dates: e.Dates,
		Start: e.Start, End: e.End, Place: e.Place, Country: e.Country, Chairs: slices.Clone(e.Chairs),
		Hosts: slices.Clone(e.Hosts), Participants: slices.Clone(e.Participants),
		Mentions: mapAll(e.Mentions, c, wireEventMention)}
}

func wireEventMention(m events.Mention, c offsetConverter) Mention {
	return Mention{Text: m.Text, Start: c.rune(m.Start), End: c.rune(m.End)}
}
