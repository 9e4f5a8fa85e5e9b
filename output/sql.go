package output

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/entity"
)

// This file holds the relational mapping of record schema v1 that the
// database sinks share (see migrations/ for the tables): turning a Record
// into rows, canonical entity keys, and the id cache. sql_sink.go groups
// records into documents and batches; the dialect files (sqlite.go,
// postgres.go) say how a batch reaches their database.

// maxCachedEntities bounds the per-sink cache of canonical entity ids.
const maxCachedEntities = 200_000

// relRecord is one successful record ready for a database: its strings
// made storable and its raw JSON and hash computed.
type relRecord struct {
	Record
	raw     []byte
	rawHash string
	// publishedStart and publishedEnd bound Published as ISO dates; empty
	// when Published is absent or not a date.
	publishedStart, publishedEnd string
}

// relFailure is a failed document's row in errors.
type relFailure struct {
	Record
	raw     []byte
	rawHash string
}

// relDoc is one document's records as they go into the database.
type relDoc struct {
	identity string
	// complete says the document's records are all here (the next document
	// started), so stored records of its source missing from recs are stale.
	complete bool
	recs     []*relRecord
	failure  *relFailure
}

// sha256 returns the document's content hash as its records state it.
func (d *relDoc) sha256() string {
	if len(d.recs) == 0 {
		return ""
	}
	return d.recs[0].Source.SHA256
}

// segments returns the segments of the document's records.
func (d *relDoc) segments() []int32 {
	segs := make([]int32, len(d.recs))
	for i, r := range d.recs {
		segs[i] = int32(r.Segment)
	}
	return segs
}

// ids returns the ids of the document's records.
func (d *relDoc) ids() []string {
	ids := make([]string, len(d.recs))
	for i, r := range d.recs {
		ids[i] = r.ID
	}
	return ids
}

// add puts r into the document, replacing an earlier record with its id.
func (d *relDoc) add(r Record) error {
	if r.Error != "" {
		raw, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("encode record %s: %w", r.ID, err)
		}
		// The latest word on a document wins: pipelines emit either its
		// records or its failure, never both.
		d.recs, d.failure = nil, &relFailure{Record: r, raw: raw, rawHash: hashBytes(raw)}
		return nil
	}
	rr, err := newRelRecord(r)
	if err != nil {
		return err
	}
	d.failure = nil
	for i, old := range d.recs {
		if old.ID == rr.ID {
			d.recs[i] = rr
			return nil
		}
	}
	d.recs = append(d.recs, rr)
	return nil
}

func newRelRecord(r Record) (*relRecord, error) {
	r = storableRecord(r)
	raw, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("encode record %s: %w", r.ID, err)
	}
	rr := &relRecord{Record: r, raw: raw, rawHash: hashBytes(raw)}
	if r.Published != nil {
		rr.publishedStart, rr.publishedEnd = dateBounds(*r.Published)
	}
	return rr, nil
}

func hashBytes(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// dateBounds returns the first and last day of an ISO date, month or year
// (2017-10-02, 2017-10, 2017), or empty strings for anything else.
func dateBounds(v string) (start, end string) {
	for _, layout := range []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if len(v) != len(layout.layout) {
			continue
		}
		t, err := time.Parse(layout.layout, v)
		if err != nil {
			continue
		}
		return t.Format("2006-01-02"), layout.next(t).Format("2006-01-02")
	}
	return "", ""
}

// isoDate returns s when it is a valid YYYY-MM-DD date, else "".
func isoDate(s string) string {
	if len(s) != len("2006-01-02") {
		return ""
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return ""
	}
	return s
}

// storable returns s with every byte a database text column rejects
// replaced by U+FFFD: NUL (PostgreSQL text and jsonb refuse it) and each
// byte of invalid UTF-8. One character becomes one character, so the
// record's character offsets stay right.
func storable(s string) string {
	if utf8.ValidString(s) && !strings.ContainsRune(s, 0) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == 0 || (r == utf8.RuneError && n == 1) {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// storableRecord returns a copy of r whose strings are all storable; r's
// slices are not modified.
func storableRecord(r Record) Record {
	r.Title = storable(r.Title)
	r.Text = storable(r.Text)
	r.Language = storable(r.Language)
	if r.Published != nil {
		p := storable(*r.Published)
		r.Published = &p
	}
	r.Source.URI = storable(r.Source.URI)
	r.Source.Path = storable(r.Source.Path)
	r.Source.ContentType = storable(r.Source.ContentType)
	mentions := func(ms []extract.Mention) []extract.Mention {
		out := slices.Clone(ms)
		for i := range out {
			out[i].Text = storable(out[i].Text)
		}
		return out
	}
	r.Dates = slices.Clone(r.Dates)
	for i := range r.Dates {
		d := &r.Dates[i]
		d.Text, d.Value, d.Start, d.End, d.Role = storable(d.Text), storable(d.Value), storable(d.Start), storable(d.End), storable(d.Role)
		d.Mentions = mentions(d.Mentions)
	}
	r.People = slices.Clone(r.People)
	for i := range r.People {
		p := &r.People[i]
		p.ID, p.Name, p.Title, p.Affiliation, p.Country = storable(p.ID), storable(p.Name), storable(p.Title), storable(p.Affiliation), storable(p.Country)
		p.Mentions = mentions(p.Mentions)
	}
	r.Agencies = slices.Clone(r.Agencies)
	for i := range r.Agencies {
		a := &r.Agencies[i]
		a.ID, a.Name, a.Acronym, a.Country, a.Kind, a.Parent = storable(a.ID), storable(a.Name), storable(a.Acronym), storable(a.Country), storable(a.Kind), storable(a.Parent)
		a.Aliases = slices.Clone(a.Aliases)
		for j := range a.Aliases {
			a.Aliases[j] = storable(a.Aliases[j])
		}
		a.Mentions = mentions(a.Mentions)
	}
	r.Places = slices.Clone(r.Places)
	for i := range r.Places {
		p := &r.Places[i]
		p.Name, p.Kind, p.Country = storable(p.Name), storable(p.Kind), storable(p.Country)
		p.Mentions = mentions(p.Mentions)
	}
	r.Agenda = slices.Clone(r.Agenda)
	for i := range r.Agenda {
		a := &r.Agenda[i]
		a.Label, a.Title, a.Text = storable(a.Label), storable(a.Title), storable(a.Text)
	}
	r.Events = storableEvents(r.Events)
	return r
}

// entityKey identifies a canonical person, agency or place: its name and
// country ("" when unknown). Dates are keyed by value alone (Name).
type entityKey struct {
	Name, Country string
}

// agencyAttrs are the attributes of a canonical agency that the first
// record stating them fills in.
type agencyAttrs struct {
	Acronym, Kind string
	// Parent is the canonical key of the parent agency, when stated.
	Parent *entityKey
}

// dateAttrs are the bounds of a canonical date value.
type dateAttrs struct {
	Start, End string // ISO dates or ""
}

// entitySet is every canonical entity a batch of records refers to, each
// once, in sorted order (so concurrent writers lock rows in one order).
type entitySet struct {
	people   []entityKey
	places   []entityKey
	agencies []entityKey
	agency   map[entityKey]agencyAttrs
	place    map[entityKey]string // kind
	dates    []string
	date     map[string]dateAttrs
}

func collectEntities(recs []*relRecord) entitySet {
	s := entitySet{
		agency: map[entityKey]agencyAttrs{},
		place:  map[entityKey]string{},
		date:   map[string]dateAttrs{},
	}
	people := map[entityKey]bool{}
	for _, r := range recs {
		for _, p := range r.People {
			people[personKey(p.Name, p.Country)] = true
		}
		byLocal := agencyKeysByLocalID(r.Agencies)
		for _, a := range r.Agencies {
			k := entityKey{a.Name, a.Country}
			attrs := s.agency[k]
			if attrs.Acronym == "" {
				attrs.Acronym = a.Acronym
			}
			if attrs.Kind == "" {
				attrs.Kind = a.Kind
			}
			if parent, ok := byLocal[a.Parent]; ok && attrs.Parent == nil && parent != k {
				attrs.Parent = &parent
			}
			s.agency[k] = attrs
		}
		for _, p := range r.Places {
			k := entityKey{p.Name, p.Country}
			if kind, ok := s.place[k]; !ok || kind == "" {
				s.place[k] = p.Kind
			}
		}
		for _, d := range r.Dates {
			if _, ok := s.date[d.Value]; !ok {
				s.date[d.Value] = dateAttrs{Start: isoDate(d.Start), End: isoDate(d.End)}
			}
		}
	}
	s.people = sortedKeys(people)
	s.agencies = sortedKeys(s.agency)
	s.places = sortedKeys(s.place)
	s.dates = make([]string, 0, len(s.date))
	for v := range s.date {
		s.dates = append(s.dates, v)
	}
	slices.Sort(s.dates)
	return s
}

func personKey(name, country string) entityKey { return entityKey{name, country} }

// agencyKeysByLocalID maps a record's agency ids (a1, a2) to canonical keys.
func agencyKeysByLocalID(as []entity.Agency) map[string]entityKey {
	m := make(map[string]entityKey, len(as))
	for _, a := range as {
		if a.ID != "" {
			if _, dup := m[a.ID]; !dup {
				m[a.ID] = entityKey{a.Name, a.Country}
			}
		}
	}
	return m
}

func sortedKeys[V any](m map[entityKey]V) []entityKey {
	keys := make([]entityKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b entityKey) int {
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.Country, b.Country)
	})
	return keys
}

// entityIDs maps canonical entities to their row ids.
type entityIDs struct {
	people, agencies, places map[entityKey]int64
	dates                    map[string]int64
}

func newEntityIDs() *entityIDs {
	return &entityIDs{
		people:   map[entityKey]int64{},
		agencies: map[entityKey]int64{},
		places:   map[entityKey]int64{},
		dates:    map[string]int64{},
	}
}

// idCache remembers canonical entity ids across batches. Ids written in a
// transaction become visible to later batches only when it commits.
type idCache struct {
	done, tx *entityIDs
}

func newIDCache() *idCache { return &idCache{done: newEntityIDs(), tx: newEntityIDs()} }

func (c *idCache) person(k entityKey) (int64, bool) { return cacheGet(c.done.people, c.tx.people, k) }
func (c *idCache) agency(k entityKey) (int64, bool) {
	return cacheGet(c.done.agencies, c.tx.agencies, k)
}
func (c *idCache) place(k entityKey) (int64, bool) { return cacheGet(c.done.places, c.tx.places, k) }
func (c *idCache) date(v string) (int64, bool)     { return cacheGet(c.done.dates, c.tx.dates, v) }

func cacheGet[K comparable](done, tx map[K]int64, k K) (int64, bool) {
	if id, ok := tx[k]; ok {
		return id, true
	}
	id, ok := done[k]
	return id, ok
}

// commit makes the ids of the committed transaction visible.
func (c *idCache) commit() {
	n := len(c.done.people) + len(c.done.agencies) + len(c.done.places) + len(c.done.dates)
	if n > maxCachedEntities {
		c.done = newEntityIDs()
	}
	for k, v := range c.tx.people {
		c.done.people[k] = v
	}
	for k, v := range c.tx.agencies {
		c.done.agencies[k] = v
	}
	for k, v := range c.tx.places {
		c.done.places[k] = v
	}
	for k, v := range c.tx.dates {
		c.done.dates[k] = v
	}
	c.tx = newEntityIDs()
}

// rollback forgets the ids of a transaction that did not commit.
func (c *idCache) rollback() { c.tx = newEntityIDs() }

// childTable is a table of rows that belong to one record. Tables are
// listed parents first; every one is keyed by record_id.
type childTable struct {
	name string
	cols []string
}

// Child tables in insertion order; deleting a record's rows from the first
// five removes the mention rows by cascade.
var childTables = [...]childTable{
	{"record_people", []string{"record_id", "ord", "person_id", "local_id", "title", "affiliation_id"}},
	{"record_agencies", []string{"record_id", "ord", "agency_id", "local_id", "acronym", "aliases", "kind", "parent_id"}},
	{"record_places", []string{"record_id", "ord", "place_id"}},
	{"record_dates", []string{"record_id", "ord", "date_id", "text", "role", "relative"}},
	{"agenda_items", []string{"record_id", "idx", "label", "title", "text", "level", "parent_idx", "inline", "start_char", "end_char"}},
	{"person_mentions", mentionCols},
	{"agency_mentions", mentionCols},
	{"place_mentions", mentionCols},
	{"date_mentions", mentionCols},
}

// ownedTables are the child tables that reference records directly.
const ownedTables = 5

var mentionCols = []string{"record_id", "ord", "idx", "start_char", "end_char", "text"}

// childRows are a record's rows per child table, in childTables order.
type childRows [len(childTables)][][]any

// rowsOf returns r's child rows with canonical ids from ids. aliases
// encodes an agency's alias list for the dialect (text[] or JSON).
func rowsOf(r *relRecord, ids *idCache, aliases func([]string) any) (childRows, error) {
	var rows childRows
	id := r.ID
	mentionRows := func(table, ord int, ms []extract.Mention) {
		for i, m := range ms {
			rows[table] = append(rows[table], []any{id, ord, i, m.Start, m.End, m.Text})
		}
	}
	localAgency := agencyKeysByLocalID(r.Agencies)
	agencyID := func(local string) (any, error) {
		k, ok := localAgency[local]
		if !ok {
			return nil, nil // unknown or no reference
		}
		v, ok := ids.agency(k)
		if !ok {
			return nil, fmt.Errorf("no id for agency %q", k.Name)
		}
		return v, nil
	}
	for ord, p := range r.People {
		pid, ok := ids.person(personKey(p.Name, p.Country))
		if !ok {
			return rows, fmt.Errorf("no id for person %q", p.Name)
		}
		aff, err := agencyID(p.Affiliation)
		if err != nil {
			return rows, err
		}
		rows[0] = append(rows[0], []any{id, ord, pid, p.ID, p.Title, aff})
		mentionRows(5, ord, p.Mentions)
	}
	for ord, a := range r.Agencies {
		aid, ok := ids.agency(entityKey{a.Name, a.Country})
		if !ok {
			return rows, fmt.Errorf("no id for agency %q", a.Name)
		}
		parent, err := agencyID(a.Parent)
		if err != nil {
			return rows, err
		}
		rows[1] = append(rows[1], []any{id, ord, aid, a.ID, a.Acronym, aliases(nonNil(a.Aliases)), a.Kind, parent})
		mentionRows(6, ord, a.Mentions)
	}
	for ord, p := range r.Places {
		pid, ok := ids.place(entityKey{p.Name, p.Country})
		if !ok {
			return rows, fmt.Errorf("no id for place %q", p.Name)
		}
		rows[2] = append(rows[2], []any{id, ord, pid})
		mentionRows(7, ord, p.Mentions)
	}
	for ord, d := range r.Dates {
		did, ok := ids.date(d.Value)
		if !ok {
			return rows, fmt.Errorf("no id for date %q", d.Value)
		}
		rows[3] = append(rows[3], []any{id, ord, did, d.Text, d.Role, d.Relative})
		mentionRows(8, ord, d.Mentions)
	}
	for idx, a := range r.Agenda {
		var parent any
		if a.Parent != nil {
			parent = *a.Parent
		}
		rows[4] = append(rows[4], []any{id, idx, a.Label, a.Title, a.Text, a.Level, parent, a.Inline, a.Start, a.End})
	}
	return rows, nil
}

// nullIfEmpty maps "" to SQL NULL.
func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
