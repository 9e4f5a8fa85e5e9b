package output

import (
	"context"
	"fmt"
)

// This file describes the child tables of the relational schema: the
// tables whose rows belong to one record (its people, agencies, places,
// dates, agenda, events and their mentions). Each is a childTable: a name,
// its columns, and a function from a record to its rows. writeChildRows is
// the one writer of them all; a dialect only says how many rows go into
// one table at once (SQLite: multi-row INSERT, PostgreSQL: COPY).
//
// A new list field of the record is one childTable in childTables and one
// migration per dialect that creates the table.

// childTable describes a table of rows that belong to one record.
type childTable struct {
	name string
	cols []string
	// owned says the rows reference records (id) directly: a replaced
	// record's rows are deleted by record_id. Rows of the other tables
	// hang off an owned table's rows and go with them by cascade.
	owned bool
	// rows returns the record's rows, one value per column.
	rows func(c *rowContext) ([][]any, error)
}

// childTables in insertion order: a table comes after the tables its
// rows reference.
var childTables = []childTable{
	{name: "record_people", owned: true, cols: []string{"record_id", "ord", "person_id", "local_id", "title", "affiliation_id"}, rows: peopleRows},
	{name: "record_agencies", owned: true, cols: []string{"record_id", "ord", "agency_id", "local_id", "acronym", "aliases", "kind", "parent_id"}, rows: agencyRows},
	{name: "record_places", owned: true, cols: []string{"record_id", "ord", "place_id"}, rows: placeRows},
	{name: "record_dates", owned: true, cols: []string{"record_id", "ord", "date_id", "text", "role", "relative"}, rows: dateRows},
	{name: "agenda_items", owned: true, cols: []string{"record_id", "idx", "label", "title", "text", "level", "parent_idx", "inline", "start_char", "end_char"}, rows: agendaRows},
	{name: "record_events", owned: true, cols: []string{"record_id", "ord", "event_id", "series_id", "name", "ordinal", "dates", "place", "country"}, rows: eventRows},
	mentionTable("person_mentions", func(r *relRecord) []Person { return r.People }, func(p Person) []Mention { return p.Mentions }),
	mentionTable("agency_mentions", func(r *relRecord) []Agency { return r.Agencies }, func(a Agency) []Mention { return a.Mentions }),
	mentionTable("place_mentions", func(r *relRecord) []Place { return r.Places }, func(p Place) []Mention { return p.Mentions }),
	mentionTable("date_mentions", func(r *relRecord) []Date { return r.Dates }, func(d Date) []Mention { return d.Mentions }),
	{name: "event_chairs", cols: []string{"record_id", "ord", "person_id"}, rows: eventChairRows},
	{name: "event_parties", cols: []string{"record_id", "ord", "idx", "role", "agency_id", "country"}, rows: eventPartyRows},
	mentionTable("event_mentions", func(r *relRecord) []Event { return r.Events }, func(e Event) []Mention { return e.Mentions }),
}

// rowContext is a record with what its rows refer to: the canonical ids
// resolved for the batch and the dialect's encoding of a string list.
type rowContext struct {
	r   *relRecord
	ids *idCache
	// agencies maps the record's agency ids (a1, a2) to canonical keys.
	agencies map[string]entityKey
	// list encodes a string list for the dialect (text[] or JSON text).
	list func([]string) any
}

func newRowContext(r *relRecord, ids *idCache, list func([]string) any) *rowContext {
	return &rowContext{r: r, ids: ids, agencies: agencyKeysByLocalID(r.Agencies), list: list}
}

// agencyID is the canonical id of the record's agency local (a1), or nil
// when local names none of its agencies.
func (c *rowContext) agencyID(local string) (any, error) {
	k, ok := c.agencies[local]
	if !ok {
		return nil, nil // unknown or no reference
	}
	v, ok := c.ids.agency(k)
	if !ok {
		return nil, fmt.Errorf("no id for agency %q", k.Name)
	}
	return v, nil
}

// rowInserter is a dialect's way of inserting many rows into one table
// inside the batch's transaction.
type rowInserter func(ctx context.Context, t *childTable, rows [][]any) error

// writeChildRows writes the child rows of recs, table by table, with
// canonical ids from ids. The records' events must be resolved
// (resolveEvents) and the rows of replaced records deleted.
func writeChildRows(ctx context.Context, insert rowInserter, recs []*relRecord, ids *idCache, list func([]string) any) error {
	cs := make([]*rowContext, len(recs))
	for i, r := range recs {
		cs[i] = newRowContext(r, ids, list)
	}
	for i := range childTables {
		t := &childTables[i]
		var rows [][]any
		for _, c := range cs {
			rs, err := t.rows(c)
			if err != nil {
				return fmt.Errorf("record %s: %s: %w", c.r.ID, t.name, err)
			}
			rows = append(rows, rs...)
		}
		if len(rows) == 0 {
			continue
		}
		if err := insert(ctx, t, rows); err != nil {
			return err
		}
	}
	return nil
}

// mentionTable is the table of the mentions of one list field; a row's
// ord is the index of the fact in the list, idx that of the mention.
func mentionTable[T any](name string, list func(*relRecord) []T, mentions func(T) []Mention) childTable {
	return childTable{name: name, cols: []string{"record_id", "ord", "idx", "start_char", "end_char", "text"},
		rows: func(c *rowContext) ([][]any, error) {
			var rows [][]any
			for ord, v := range list(c.r) {
				for i, m := range mentions(v) {
					rows = append(rows, []any{c.r.ID, ord, i, m.Start, m.End, m.Text})
				}
			}
			return rows, nil
		}}
}

func peopleRows(c *rowContext) ([][]any, error) {
	var rows [][]any
	for ord, p := range c.r.People {
		pid, ok := c.ids.person(personKey(p.Name, p.Country))
		if !ok {
			return nil, fmt.Errorf("no id for person %q", p.Name)
		}
		aff, err := c.agencyID(p.Affiliation)
		if err != nil {
			return nil, err
		}
		rows = append(rows, []any{c.r.ID, ord, pid, p.ID, p.Title, aff})
	}
	return rows, nil
}

func agencyRows(c *rowContext) ([][]any, error) {
	var rows [][]any
	for ord, a := range c.r.Agencies {
		aid, ok := c.ids.agency(entityKey{a.Name, a.Country})
		if !ok {
			return nil, fmt.Errorf("no id for agency %q", a.Name)
		}
		parent, err := c.agencyID(a.Parent)
		if err != nil {
			return nil, err
		}
		rows = append(rows, []any{c.r.ID, ord, aid, a.ID, a.Acronym, c.list(nonNil(a.Aliases)), a.Kind, parent})
	}
	return rows, nil
}

func placeRows(c *rowContext) ([][]any, error) {
	var rows [][]any
	for ord, p := range c.r.Places {
		pid, ok := c.ids.place(entityKey{p.Name, p.Country})
		if !ok {
			return nil, fmt.Errorf("no id for place %q", p.Name)
		}
		rows = append(rows, []any{c.r.ID, ord, pid})
	}
	return rows, nil
}

func dateRows(c *rowContext) ([][]any, error) {
	var rows [][]any
	for ord, d := range c.r.Dates {
		did, ok := c.ids.date(d.Value)
		if !ok {
			return nil, fmt.Errorf("no id for date %q", d.Value)
		}
		rows = append(rows, []any{c.r.ID, ord, did, d.Text, d.Role, d.Relative})
	}
	return rows, nil
}

func agendaRows(c *rowContext) ([][]any, error) {
	var rows [][]any
	for idx, a := range c.r.Agenda {
		var parent any
		if a.Parent != nil {
			parent = *a.Parent
		}
		rows = append(rows, []any{c.r.ID, idx, a.Label, a.Title, a.Text, a.Level, parent, a.Inline, a.Start, a.End})
	}
	return rows, nil
}

func eventRows(c *rowContext) ([][]any, error) {
	if len(c.r.eventRefs) != len(c.r.Events) {
		return nil, fmt.Errorf("events not resolved")
	}
	var rows [][]any
	for ord, e := range c.r.Events {
		ref := c.r.eventRefs[ord]
		rows = append(rows, []any{c.r.ID, ord, ref.event, ref.series, e.Name, nullIfZero(e.Ordinal),
			nullIfEmpty(e.Dates), nullIfEmpty(e.Place), nullIfEmpty(e.Country)})
	}
	return rows, nil
}

// eventChairRows links each event to the canonical people who chaired it,
// each once; a chair that names no person of the record is left out.
func eventChairRows(c *rowContext) ([][]any, error) {
	people := map[string]int64{}
	for _, p := range c.r.People {
		if id, ok := c.ids.person(personKey(p.Name, p.Country)); ok && p.ID != "" {
			people[p.ID] = id
		}
	}
	var rows [][]any
	for ord, e := range c.r.Events {
		seen := map[int64]bool{}
		for _, local := range e.Chairs {
			if pid, ok := people[local]; ok && !seen[pid] {
				seen[pid] = true
				rows = append(rows, []any{c.r.ID, ord, pid})
			}
		}
	}
	return rows, nil
}

// eventPartyRows lists each event's hosts, then its participants: an
// agency of the record by its canonical id, anything else as a country.
func eventPartyRows(c *rowContext) ([][]any, error) {
	var rows [][]any
	for ord, e := range c.r.Events {
		idx := 0
		for _, role := range []struct {
			name    string
			parties []string
		}{{"host", e.Hosts}, {"participant", e.Participants}} {
			for _, p := range role.parties {
				var agency any
				country := ""
				if k, ok := c.agencies[p]; ok {
					if id, ok := c.ids.agency(k); ok {
						agency = id
					}
				}
				if agency == nil {
					country = p
				}
				rows = append(rows, []any{c.r.ID, ord, idx, role.name, agency, country})
				idx++
			}
		}
	}
	return rows, nil
}

// nonNil returns s, or an empty slice when s is nil.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
