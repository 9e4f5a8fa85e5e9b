package present

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/communique/communique/output"
)

// Event is a record's events[] entry, as far as it is displayed.
type Event struct {
	Name         string           `json:"name"`
	Series       string           `json:"series"`
	Ordinal      int              `json:"ordinal"`
	Dates        string           `json:"dates"`
	Place        string           `json:"place"`
	Country      string           `json:"country"`
	Chairs       []string         `json:"chairs"`
	Hosts        []string         `json:"hosts"`
	Participants []string         `json:"participants"`
	Mentions     []output.Mention `json:"mentions"`
}

// Record is a record as displayed: the record's fields and its events
// (absent from records written before events were extracted).
type Record struct {
	output.Record
	Events []Event `json:"events"`
}

// Decode reads a record from its JSON form (a records.jsonl line, or the
// raw column of the database).
func Decode(raw []byte) (Record, error) {
	var r Record
	if err := json.Unmarshal(raw, &r); err != nil {
		return Record{}, fmt.Errorf("decode record: %w", err)
	}
	return r, nil
}

// FromRecord is the display form of r.
func FromRecord(r output.Record) (Record, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return Record{}, fmt.Errorf("encode record: %w", err)
	}
	return Decode(b)
}

// PublishedValue is the record's release date value, or "".
func (r Record) PublishedValue() string {
	if r.Published == nil {
		return ""
	}
	return *r.Published
}

// SourceName is where the record came from: its URI, else its path.
func (r Record) SourceName() string {
	if r.Source.URI != "" {
		return r.Source.URI
	}
	return r.Source.Path
}

// Spans are every mention of the record, for Segments.
func (r Record) Spans() []Span {
	var ss []Span
	add := func(k Kind, i int, ms []output.Mention) {
		for _, m := range ms {
			ss = append(ss, Span{Start: m.Start, End: m.End, Kind: k, Index: i})
		}
	}
	for i, p := range r.People {
		add(KindPerson, i, p.Mentions)
	}
	for i, a := range r.Agencies {
		add(KindAgency, i, a.Mentions)
	}
	for i, p := range r.Places {
		add(KindPlace, i, p.Mentions)
	}
	for i, d := range r.Dates {
		add(KindDate, i, d.Mentions)
	}
	for i, e := range r.Events {
		add(KindEvent, i, e.Mentions)
	}
	return ss
}

// Item is one line of a list: Name, then Details; Level is its depth in
// an outline (agenda), 1 elsewhere; Index its position in the record list.
type Item struct {
	Kind     Kind
	Index    int
	Name     string
	Details  []string
	Level    int
	Mentions int
}

// Section is one list of the record, titled.
type Section struct {
	Title string
	Kind  Kind // "" for the agenda
	Items []Item
}

// Sections are the record's lists in reading order: people, agencies,
// places, dates, agenda, events; empty lists are left out.
func (r Record) Sections() []Section {
	agencyName := map[string]string{}
	for _, a := range r.Agencies {
		agencyName[a.ID] = a.Name
	}
	personName := map[string]string{}
	for _, p := range r.People {
		personName[p.ID] = p.Name
	}
	var out []Section
	add := func(title string, k Kind, items []Item) {
		if len(items) > 0 {
			out = append(out, Section{Title: title, Kind: k, Items: items})
		}
	}
	var items []Item
	for i, p := range r.People {
		items = append(items, Item{Kind: KindPerson, Index: i, Name: p.Name, Level: 1, Mentions: len(p.Mentions),
			Details: nonEmpty(p.Title, agencyName[p.Affiliation], p.Country)})
	}
	add("People", KindPerson, items)

	items = nil
	for i, a := range r.Agencies {
		name := a.Name
		if a.Acronym != "" && a.Acronym != a.Name {
			name += " (" + a.Acronym + ")"
		}
		var parent string
		if p := agencyName[a.Parent]; p != "" {
			parent = "part of " + p
		}
		var aliases string
		if len(a.Aliases) > 0 {
			aliases = "also " + strings.Join(a.Aliases, ", ")
		}
		items = append(items, Item{Kind: KindAgency, Index: i, Name: name, Level: 1, Mentions: len(a.Mentions),
			Details: nonEmpty(a.Kind, a.Country, parent, aliases)})
	}
	add("Agencies", KindAgency, items)

	items = nil
	for i, p := range r.Places {
		items = append(items, Item{Kind: KindPlace, Index: i, Name: p.Name, Level: 1, Mentions: len(p.Mentions),
			Details: nonEmpty(p.Kind, p.Country)})
	}
	add("Places", KindPlace, items)

	items = nil
	for i, d := range r.Dates {
		var rel string
		if d.Relative {
			rel = "relative"
		}
		items = append(items, Item{Kind: KindDate, Index: i, Name: d.Text, Level: 1, Mentions: len(d.Mentions),
			Details: nonEmpty(arrow(d.Value), d.Role, rel)})
	}
	add("Dates", KindDate, items)

	items = nil
	for i, a := range r.Agenda {
		if a.Inline {
			continue // an enumeration inside a sentence, not the outline
		}
		items = append(items, Item{Index: i, Name: strings.TrimSpace(a.Label + " " + a.Title), Level: max(a.Level, 1)})
	}
	add("Agenda", "", items)

	items = nil
	for i, e := range r.Events {
		name := e.Name
		var ord string
		if e.Ordinal > 0 {
			ord = "round " + strconv.Itoa(e.Ordinal)
		}
		var series string
		if e.Series != "" && e.Series != e.Name {
			series = "series " + e.Series
		}
		items = append(items, Item{Kind: KindEvent, Index: i, Name: name, Level: 1, Mentions: len(e.Mentions),
			Details: nonEmpty(series, ord, e.Dates, place(e.Place, e.Country),
				people("chaired by ", e.Chairs, personName), people("hosts ", e.Hosts, agencyName),
				people("participants ", e.Participants, agencyName))})
	}
	add("Events", KindEvent, items)
	return out
}

// place is "Tokyo (JP)", "Tokyo" or "JP".
func place(name, country string) string {
	switch {
	case name != "" && country != "":
		return name + " (" + country + ")"
	case name != "":
		return name
	}
	return country
}

// people is prefix and the names of ids (an id without a name is shown as
// itself: a country code), or "" when ids is empty.
func people(prefix string, ids []string, names map[string]string) string {
	if len(ids) == 0 {
		return ""
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if n := names[id]; n != "" {
			out[i] = n
		}
	}
	return prefix + strings.Join(out, ", ")
}

// arrow is "→ v", or "" for an empty v.
func arrow(v string) string {
	if v == "" {
		return ""
	}
	return "→ " + v
}

// nonEmpty drops the empty strings of ss.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
