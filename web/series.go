package web

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// The series pages read the events tables (output migration 0002_events):
// event_series, events, record_events and event_chairs. They exist only in
// databases written by a communique that extracts events; Store.HasEvents
// says so, and without them there are no series pages.

// Series is a recurring meeting: a dialogue, a commission, a summit.
type Series struct {
	ID     int64  `json:"id"`
	Name   string `json:"name"`
	Rounds int    `json:"rounds"`
	First  string `json:"first"`
	Last   string `json:"last"`
}

// Round is one meeting of a series.
type Round struct {
	ID      int64    `json:"id"`
	Name    string   `json:"name"`
	Ordinal int      `json:"ordinal"`
	Dates   string   `json:"dates"`
	Start   string   `json:"start"`
	End     string   `json:"end"`
	Place   string   `json:"place"`
	Country string   `json:"country"`
	Chairs  []Count  `json:"chairs"`
	Sources []string `json:"releases"`
}

// errNoEvents is the error of a series query on a database without the
// events tables.
var errNoEvents = fmt.Errorf("no events tables: %w", ErrNotFound)

// SeriesList returns the series, those with most rounds first.
func (s *Store) SeriesList(ctx context.Context, page, size int) ([]Series, int, error) {
	if !s.events {
		return nil, 0, errNoEvents
	}
	var total int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM event_series").Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count series: %w", err)
	}
	limit, offset := pageBounds(page, size)
	query := `SELECT s.id, s.name, count(e.id) AS n, COALESCE(` + s.day("min(e.start_date)") + `, ''), COALESCE(` + s.day("max(e.start_date)") + `, '')
		FROM event_series s LEFT JOIN events e ON e.series_id = s.id
		GROUP BY s.id, s.name ORDER BY n DESC, s.name LIMIT ? OFFSET ?`
	var out []Series
	err := s.query(ctx, func(rows rowScanner) error {
		var x Series
		if err := rows.Scan(&x.ID, &x.Name, &x.Rounds, &x.First, &x.Last); err != nil {
			return err
		}
		out = append(out, x)
		return nil
	}, query, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("list series: %w", err)
	}
	return out, total, nil
}

// SeriesRounds returns a series and its rounds in date order, each with
// its chairs and the releases that name it.
func (s *Store) SeriesRounds(ctx context.Context, id int64) (Series, []Round, error) {
	if !s.events {
		return Series{}, nil, errNoEvents
	}
	x := Series{ID: id}
	err := s.db.QueryRowContext(ctx, s.q("SELECT name FROM event_series WHERE id = ?"), id).Scan(&x.Name)
	if errors.Is(err, sql.ErrNoRows) {
		return x, nil, ErrNotFound
	}
	if err != nil {
		return x, nil, fmt.Errorf("read series %d: %w", id, err)
	}
	var rounds []Round
	byID := map[int64]int{}
	err = s.query(ctx, func(rows rowScanner) error {
		var r Round
		if err := rows.Scan(&r.ID, &r.Name, &r.Ordinal, &r.Dates, &r.Start, &r.End, &r.Place, &r.Country); err != nil {
			return err
		}
		byID[r.ID] = len(rounds)
		rounds = append(rounds, r)
		return nil
	}, `SELECT e.id, e.name, COALESCE(e.ordinal, 0), COALESCE(e.dates, ''), COALESCE(`+s.day("e.start_date")+`, ''),
		COALESCE(`+s.day("e.end_date")+`, ''), COALESCE(e.place, ''), COALESCE(e.country, '')
		FROM events e WHERE e.series_id = ? ORDER BY (e.start_date IS NULL), e.start_date, e.ordinal, e.id`, id)
	if err != nil {
		return x, nil, fmt.Errorf("rounds of series %d: %w", id, err)
	}
	err = s.query(ctx, func(rows rowScanner) error {
		var ev int64
		var c Count
		if err := rows.Scan(&ev, &c.ID, &c.Name, &c.Country); err != nil {
			return err
		}
		if i, ok := byID[ev]; ok {
			rounds[i].Chairs = append(rounds[i].Chairs, c)
		}
		return nil
	}, `SELECT DISTINCT re.event_id, p.id, p.name, p.country
		FROM record_events re JOIN event_chairs c ON c.record_id = re.record_id AND c.ord = re.ord
		JOIN people p ON p.id = c.person_id
		WHERE re.series_id = ? AND re.event_id IS NOT NULL ORDER BY p.name`, id)
	if err != nil {
		return x, nil, fmt.Errorf("chairs of series %d: %w", id, err)
	}
	err = s.query(ctx, func(rows rowScanner) error {
		var ev int64
		var rec string
		if err := rows.Scan(&ev, &rec); err != nil {
			return err
		}
		if i, ok := byID[ev]; ok {
			rounds[i].Sources = append(rounds[i].Sources, rec)
		}
		return nil
	}, `SELECT DISTINCT event_id, record_id FROM record_events WHERE series_id = ? AND event_id IS NOT NULL ORDER BY record_id`, id)
	if err != nil {
		return x, nil, fmt.Errorf("releases of series %d: %w", id, err)
	}
	x.Rounds = len(rounds)
	if len(rounds) > 0 {
		x.First, x.Last = rounds[0].Start, rounds[len(rounds)-1].Start
	}
	return x, rounds, nil
}

// SeriesReleases filters releases by series: the releases naming it.
func (s *Store) SeriesReleases(ctx context.Context, id int64, page, size int) (Releases, error) {
	if !s.events {
		return Releases{}, errNoEvents
	}
	return s.releasesWhere(ctx, " WHERE r.id IN (SELECT record_id FROM record_events WHERE series_id = ?)", []any{id}, true, page, size)
}
