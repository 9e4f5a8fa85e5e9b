package web

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// ErrNotFound is the error of a page whose release or entity does not exist.
var ErrNotFound = errors.New("not found")

// Page sizes: the default, and the most a request may ask for.
const (
	DefaultPageSize = 25
	MaxPageSize     = 200
)

// Filter selects releases. Zero fields do not filter.
type Filter struct {
	// From and To bound the publication date (YYYY-MM-DD, inclusive).
	From, To string
	// Agency, Person and Place keep releases that name that entity.
	Agency, Person, Place int64
	// Country keeps releases naming a person, agency or place of that ISO
	// code.
	Country string
	// Query is a full-text search over titles and texts (words, all
	// required).
	Query string
	// Oldest sorts oldest first (entity pages), else newest first.
	Oldest bool
	// Page is 1-based; Size is clamped to [1, MaxPageSize].
	Page, Size int
}

// Release is one row of a list of releases.
type Release struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Source    string `json:"source"`
	People    int    `json:"people"`
	Agencies  int    `json:"agencies"`
	Places    int    `json:"places"`
}

// Count is an entity with the number of releases it appears in.
type Count struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Country  string `json:"country"`
	Releases int    `json:"releases"`
}

// Month is a number of releases in one month (YYYY-MM).
type Month struct {
	Month    string `json:"month"`
	Releases int    `json:"releases"`
}

// entityKind is where one kind of entity lives in the schema.
type entityKind struct {
	table, link, col string
}

// entityKinds are the kinds with pages, by the name in their URLs.
var entityKinds = map[string]entityKind{
	"person": {table: "people", link: "record_people", col: "person_id"},
	"agency": {table: "agencies", link: "record_agencies", col: "agency_id"},
	"place":  {table: "places", link: "record_places", col: "place_id"},
}

// pageBounds returns the LIMIT and OFFSET of a 1-based page.
func pageBounds(page, size int) (limit, offset int) {
	size = min(max(size, 1), MaxPageSize)
	page = max(page, 1)
	return size, (page - 1) * size
}

// where is the WHERE clause of f over records r, with its arguments.
func (s *Store) where(f Filter) (string, []any) {
	var conds []string
	var args []any
	// With a filter by entity, country or words, the releases are found
	// through it; a unary + keeps SQLite from scanning the date index
	// instead (a date range usually spans many more releases).
	dateCol := "r."
	if f.Agency != 0 || f.Person != 0 || f.Place != 0 || f.Country != "" || strings.TrimSpace(f.Query) != "" {
		dateCol = "+r."
	}
	if f.From != "" {
		conds = append(conds, dateCol+"published_end >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, dateCol+"published_start <= ?")
		args = append(args, f.To)
	}
	for _, e := range []struct {
		id   int64
		kind string
	}{{f.Agency, "agency"}, {f.Person, "person"}, {f.Place, "place"}} {
		if e.id != 0 {
			k := entityKinds[e.kind]
			conds = append(conds, "r.id IN (SELECT record_id FROM "+k.link+" WHERE "+k.col+" = ?)")
			args = append(args, e.id)
		}
	}
	if f.Country != "" {
		// One IN list, built once per statement from the entities of the
		// country through their indexes; the releases are then read by id.
		var in []string
		for _, kind := range []string{"person", "agency", "place"} {
			k := entityKinds[kind]
			in = append(in, "SELECT record_id FROM "+k.link+" WHERE "+k.col+" IN (SELECT id FROM "+k.table+" WHERE country = ?)")
			args = append(args, strings.ToUpper(f.Country))
		}
		conds = append(conds, "r.id IN ("+strings.Join(in, " UNION ALL ")+")")
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		switch {
		case s.fullText && s.dialect == SQLite:
			conds = append(conds, "r.rowid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)")
			args = append(args, ftsQuery(q))
		case s.fullText:
			conds = append(conds, "to_tsvector('english', r.title || ' ' || r.text) @@ websearch_to_tsquery('english', ?)")
			args = append(args, q)
		default:
			conds = append(conds, "(r.title LIKE ? OR r.text LIKE ?)")
			args = append(args, "%"+q+"%", "%"+q+"%")
		}
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// ftsQuery turns what a person typed into an FTS5 query that cannot be a
// syntax error: every word a quoted string, all required.
func ftsQuery(q string) string {
	words := strings.Fields(q)
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return strings.Join(words, " ")
}

// countCap is where counts of filtered releases stop: a total of
// countCap means "countCap or more".
const countCap = 1000

// Releases returns a page of the releases f selects, and how many it
// selects in all, up to countCap when f filters.
func (s *Store) Releases(ctx context.Context, f Filter) (Releases, error) {
	where, args := s.where(f)
	return s.releasesWhere(ctx, where, args, f.Oldest, f.Page, f.Size)
}

// Releases is a page of releases and how many there are in all; AtLeast
// marks a count that stopped at countCap.
type Releases struct {
	Items   []Release `json:"items"`
	Total   int       `json:"total"`
	AtLeast bool      `json:"total_at_least,omitempty"`
}

// releasesWhere is Releases for a WHERE clause over records r.
func (s *Store) releasesWhere(ctx context.Context, where string, args []any, oldest bool, page, size int) (Releases, error) {
	// SQLite sorts NULL first ascending and last descending, PostgreSQL the
	// reverse: NULLS LAST says it for both (undated releases at the end).
	order := " ORDER BY r.published_start DESC NULLS LAST, r.id"
	if oldest {
		order = " ORDER BY r.published_start NULLS LAST, r.id"
	}
	limit, offset := pageBounds(page, size)
	// The page's ids first (with how many match: a filtered list sorts
	// every match anyway, so the window count is free), then its columns
	// and counts, computed for the rows shown only.
	// Unfiltered, the date index gives the page without reading the rest,
	// and a count of the table is cheap: no window then.
	window := "count(*) OVER ()"
	if where == "" {
		window = "-1"
	}
	query := `SELECT r.id, r.title, COALESCE(r.published, ''), COALESCE(r.source_uri, r.source_path, ''),
		(SELECT count(*) FROM record_people x WHERE x.record_id = r.id),
		(SELECT count(*) FROM record_agencies x WHERE x.record_id = r.id),
		(SELECT count(*) FROM record_places x WHERE x.record_id = r.id), p.total
		FROM (SELECT r.id, r.published_start, ` + window + ` AS total FROM records r` + where + order + ` LIMIT ? OFFSET ?) p
		JOIN records r ON r.id = p.id` + order
	var out []Release
	total := -1
	err := s.query(ctx, func(rows rowScanner) error {
		var r Release
		if err := rows.Scan(&r.ID, &r.Title, &r.Published, &r.Source, &r.People, &r.Agencies, &r.Places, &total); err != nil {
			return err
		}
		out = append(out, r)
		return nil
	}, query, append(slices.Clip(args), limit, offset)...)
	if err != nil {
		return Releases{}, fmt.Errorf("list releases: %w", err)
	}
	if total >= 0 {
		return Releases{Items: out, Total: total}, nil
	}
	// Unfiltered, or a page past the end: count alone, stopping at
	// countCap when filtered (a broad filter would cost more than the page).
	count, countArgs := "SELECT count(*) FROM records r", args
	if where != "" {
		count = "SELECT count(*) FROM (SELECT 1 FROM records r" + where + " LIMIT ?) c"
		countArgs = append(slices.Clip(args), countCap)
	}
	if err := s.db.QueryRowContext(ctx, s.q(count), countArgs...).Scan(&total); err != nil {
		return Releases{}, fmt.Errorf("count releases: %w", err)
	}
	return Releases{Items: out, Total: total, AtLeast: where != "" && total >= countCap}, nil
}

// ReleaseDetail is one release: its record in JSON, and the database ids
// of its entities by their position in the record's lists.
type ReleaseDetail struct {
	Raw       []byte
	People    map[int]int64
	Agencies  map[int]int64
	Places    map[int]int64
	EventSets map[int]int64 // events[ord] -> series id
}

// Release returns the release with the given record id.
func (s *Store) Release(ctx context.Context, id string) (ReleaseDetail, error) {
	d := ReleaseDetail{People: map[int]int64{}, Agencies: map[int]int64{}, Places: map[int]int64{}, EventSets: map[int]int64{}}
	err := s.db.QueryRowContext(ctx, s.q("SELECT CAST(raw AS TEXT) FROM records WHERE id = ?"), id).Scan(&d.Raw)
	if errors.Is(err, sql.ErrNoRows) {
		return d, ErrNotFound
	}
	if err != nil {
		return d, fmt.Errorf("read release %s: %w", id, err)
	}
	links := []struct {
		table, col string
		into       map[int]int64
	}{
		{"record_people", "person_id", d.People},
		{"record_agencies", "agency_id", d.Agencies},
		{"record_places", "place_id", d.Places},
	}
	if s.events {
		links = append(links, struct {
			table, col string
			into       map[int]int64
		}{"record_events", "series_id", d.EventSets})
	}
	for _, l := range links {
		err := s.query(ctx, func(rows rowScanner) error {
			var ord int
			var id sql.NullInt64
			if err := rows.Scan(&ord, &id); err != nil {
				return err
			}
			if id.Valid {
				l.into[ord] = id.Int64
			}
			return nil
		}, "SELECT ord, "+l.col+" FROM "+l.table+" WHERE record_id = ?", id)
		if err != nil {
			return d, fmt.Errorf("read %s of %s: %w", l.table, id, err)
		}
	}
	return d, nil
}

// Entity is a person, agency or place.
type Entity struct {
	Kind    string   `json:"kind"`
	ID      int64    `json:"id"`
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Details []string `json:"details"`
	// Parent is an agency's parent agency, when known.
	Parent *Count `json:"parent,omitempty"`
}

// Entity returns the entity of kind ("person", "agency", "place") and id.
func (s *Store) Entity(ctx context.Context, kind string, id int64) (Entity, error) {
	k, ok := entityKinds[kind]
	if !ok {
		return Entity{}, ErrNotFound
	}
	e := Entity{Kind: kind, ID: id}
	err := s.db.QueryRowContext(ctx, s.q("SELECT name, country FROM "+k.table+" WHERE id = ?"), id).Scan(&e.Name, &e.Country)
	if errors.Is(err, sql.ErrNoRows) {
		return e, ErrNotFound
	}
	if err != nil {
		return e, fmt.Errorf("read %s %d: %w", kind, id, err)
	}
	var details string
	switch kind {
	case "person": // the titles the releases give, most frequent first
		details = `SELECT title FROM record_people WHERE person_id = ? AND title <> '' GROUP BY title ORDER BY count(*) DESC, title LIMIT 5`
	case "agency":
		details = `SELECT acronym FROM agencies WHERE id = ? AND acronym <> '' UNION ALL SELECT kind FROM agencies WHERE id = ? AND kind <> ''`
	case "place":
		details = `SELECT kind FROM places WHERE id = ? AND kind <> ''`
	}
	args := []any{id}
	if kind == "agency" {
		args = append(args, id)
	}
	err = s.query(ctx, func(rows rowScanner) error {
		var d string
		if err := rows.Scan(&d); err != nil {
			return err
		}
		e.Details = append(e.Details, d)
		return nil
	}, details, args...)
	if err == nil && kind == "agency" {
		var p Count
		perr := s.db.QueryRowContext(ctx, s.q(`SELECT p.id, p.name, p.country FROM agencies a JOIN agencies p ON p.id = a.parent_id WHERE a.id = ?`), id).
			Scan(&p.ID, &p.Name, &p.Country)
		switch {
		case perr == nil:
			e.Parent = &p
		case !errors.Is(perr, sql.ErrNoRows):
			err = perr
		}
	}
	if err != nil {
		return e, fmt.Errorf("read %s %d: %w", kind, id, err)
	}
	return e, nil
}

// CoOccurring returns the entities of kind other named most often in the
// releases that name entity (kind, id), up to limit, the entity itself
// left out.
func (s *Store) CoOccurring(ctx context.Context, kind string, id int64, other string, limit int) ([]Count, error) {
	k, o := entityKinds[kind], entityKinds[other]
	query := `SELECT e.id, e.name, e.country, count(DISTINCT l.record_id) AS n
		FROM ` + o.link + ` l JOIN ` + o.table + ` e ON e.id = l.` + o.col + `
		WHERE l.record_id IN (SELECT record_id FROM ` + k.link + ` WHERE ` + k.col + ` = ?)`
	args := []any{id}
	if kind == other {
		query += " AND e.id <> ?"
		args = append(args, id)
	}
	query += " GROUP BY e.id, e.name, e.country ORDER BY n DESC, e.name LIMIT ?"
	out, err := s.counts(ctx, query, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("%s with %s %d: %w", o.table, kind, id, err)
	}
	return out, nil
}

func (s *Store) counts(ctx context.Context, query string, args ...any) ([]Count, error) {
	var out []Count
	err := s.query(ctx, func(rows rowScanner) error {
		var c Count
		if err := rows.Scan(&c.ID, &c.Name, &c.Country, &c.Releases); err != nil {
			return err
		}
		out = append(out, c)
		return nil
	}, query, args...)
	return out, err
}

// Monthly returns the number of dated releases naming the entity per
// month, in month order (months without releases left out).
func (s *Store) Monthly(ctx context.Context, kind string, id int64) ([]Month, error) {
	k := entityKinds[kind]
	query := `SELECT ` + s.month() + ` AS m, count(*) FROM records r
		WHERE r.published_start IS NOT NULL AND r.id IN (SELECT record_id FROM ` + k.link + ` WHERE ` + k.col + ` = ?)
		GROUP BY m ORDER BY m`
	var out []Month
	err := s.query(ctx, func(rows rowScanner) error {
		var m Month
		if err := rows.Scan(&m.Month, &m.Releases); err != nil {
			return err
		}
		out = append(out, m)
		return nil
	}, query, id)
	if err != nil {
		return nil, fmt.Errorf("releases per month of %s %d: %w", kind, id, err)
	}
	return out, nil
}

// Entities returns a page of the entities of kind whose name contains
// match (any when empty, case-insensitive), most named first, and how many
// match in all.
func (s *Store) Entities(ctx context.Context, kind, match string, page, size int) ([]Count, int, error) {
	all, err := s.entityCounts(ctx, kind)
	if err != nil {
		return nil, 0, err
	}
	if match = strings.ToLower(strings.TrimSpace(match)); match != "" {
		var keep []Count
		for _, c := range all {
			if strings.Contains(strings.ToLower(c.Name), match) {
				keep = append(keep, c)
			}
		}
		all = keep
	}
	limit, offset := pageBounds(page, size)
	if offset >= len(all) {
		return nil, len(all), nil
	}
	return all[offset:min(offset+limit, len(all))], len(all), nil
}

// entityCounts returns every entity of kind with its number of releases,
// most named first. Counting them all costs more than a page, so the
// result is kept for a minute (the database only grows by loads).
func (s *Store) entityCounts(ctx context.Context, kind string) ([]Count, error) {
	k, ok := entityKinds[kind]
	if !ok {
		return nil, ErrNotFound
	}
	s.countsMu.Lock()
	defer s.countsMu.Unlock()
	if c, ok := s.countsCache[kind]; ok && time.Since(c.at) < countsTTL {
		return c.counts, nil
	}
	out, err := s.counts(ctx, `SELECT e.id, e.name, e.country, COALESCE(c.n, 0) AS n
		FROM `+k.table+` e LEFT JOIN (SELECT `+k.col+` AS id, count(DISTINCT record_id) AS n FROM `+k.link+` GROUP BY `+k.col+`) c ON c.id = e.id
		ORDER BY n DESC, e.name, e.id`)
	if err != nil {
		return nil, fmt.Errorf("count %s: %w", k.table, err)
	}
	if out == nil {
		out = []Count{}
	}
	if s.countsCache == nil {
		s.countsCache = map[string]countsEntry{}
	}
	s.countsCache[kind] = countsEntry{at: time.Now(), counts: out}
	return out, nil
}

// FilterAgencies are the agencies the releases filter offers: the
// filterAgencies most named.
func (s *Store) FilterAgencies(ctx context.Context) ([]Count, error) {
	all, err := s.entityCounts(ctx, "agency")
	if err != nil {
		return nil, fmt.Errorf("agencies for the filter: %w", err)
	}
	n := 0
	for n < len(all) && n < filterAgencies && all[n].Releases > 0 {
		n++
	}
	return all[:n], nil
}

// filterAgencies is how many agencies the releases filter offers.
const filterAgencies = 150
