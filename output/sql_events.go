package output

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// This file resolves a record's events[] to the canonical rows of
// migration 0002 (event_series, events), shared by both dialects through
// eventConn; the links (record_events and the tables hanging off it) are
// child tables (sql_tables.go). One event mentioned in several releases is
// one events row with one record_events link per mention (see sameEvent).

// eventConn is the little a dialect offers the event writer, inside the
// batch's transaction. Queries use ? for parameters and {date} for a
// parameter stored in a date column; the dialect rewrites both.
type eventConn interface {
	exec(ctx context.Context, q string, args ...any) error
	// queryRow scans the first row of q into dest and reports whether
	// there was one.
	queryRow(ctx context.Context, q string, args []any, dest ...any) (bool, error)
	// query calls each with a scan function for every row of q.
	query(ctx context.Context, q string, args []any, each func(scan func(dest ...any) error) error) error
}

// storedEvent is an events row as the matcher reads it.
type storedEvent struct {
	id         int64
	ordinal    *int64
	start, end *string
	dates      *string
}

const (
	sqlInsertSeries = `INSERT INTO event_series (key, name) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`
	sqlSelectSeries = `SELECT id FROM event_series WHERE key = ?`
	sqlSeriesEvents = `SELECT id, ordinal, CAST(start_date AS TEXT), CAST(end_date AS TEXT), dates FROM events WHERE series_id = ? ORDER BY id`
	sqlLooseEvent   = `SELECT id FROM events WHERE series_id IS NULL AND lower(name) = lower(?) AND dates = ? ORDER BY id`
	sqlInsertEvent  = `INSERT INTO events (series_id, name, ordinal, dates, start_date, end_date, place, country)
		VALUES (?, ?, ?, ?, {date}, {date}, ?, ?) RETURNING id`
	// sqlFillEvent fills what an earlier mention left unknown and narrows
	// the dates to a more precise value the new mention states.
	sqlFillEvent = `UPDATE events SET ordinal = COALESCE(ordinal, ?), place = COALESCE(place, ?), country = COALESCE(country, ?),
		dates = CASE WHEN ? THEN ? ELSE dates END,
		start_date = CASE WHEN ? THEN {date} ELSE start_date END,
		end_date = CASE WHEN ? THEN {date} ELSE end_date END
		WHERE id = ?`
)

// eventRef is the canonical rows one of a record's events refers to:
// its series and its event (each an int64 id, or nil).
type eventRef struct {
	series, event any
}

// resolveEvents finds or creates the series and event rows of r's events
// and sets r.eventRefs; the record_events table description writes the
// links. Events are resolved in record order, so a later record of the
// batch finds the events an earlier one created.
func resolveEvents(ctx context.Context, c eventConn, r *relRecord) error {
	r.eventRefs = make([]eventRef, len(r.Events))
	for ord, e := range r.Events {
		var ref eventRef
		if e.SeriesKey != "" {
			id, err := seriesRow(ctx, c, e)
			if err != nil {
				return err
			}
			ref.series = id
		}
		if e.Dates != "" || e.Ordinal > 0 || ref.series == nil {
			id, err := eventRow(ctx, c, ref.series, e)
			if err != nil {
				return err
			}
			ref.event = id
		}
		r.eventRefs[ord] = ref
	}
	return nil
}

// seriesRow returns the id of e's series, creating it on first sight.
func seriesRow(ctx context.Context, c eventConn, e Event) (int64, error) {
	if err := c.exec(ctx, sqlInsertSeries, e.SeriesKey, e.Series); err != nil {
		return 0, fmt.Errorf("series %q: %w", e.SeriesKey, err)
	}
	var id int64
	if _, err := c.queryRow(ctx, sqlSelectSeries, []any{e.SeriesKey}, &id); err != nil {
		return 0, fmt.Errorf("series %q: %w", e.SeriesKey, err)
	}
	return id, nil
}

// eventRow returns the id of the stored event e is a mention of, filling
// in what it adds, or of a new event.
func eventRow(ctx context.Context, c eventConn, seriesID any, e Event) (int64, error) {
	var match int64
	var narrow bool
	if seriesID != nil {
		err := c.query(ctx, sqlSeriesEvents, []any{seriesID}, func(scan func(...any) error) error {
			var s storedEvent
			if err := scan(&s.id, &s.ordinal, &s.start, &s.end, &s.dates); err != nil {
				return err
			}
			if match == 0 && sameEvent(s, e) {
				match = s.id
				// a more precise date than a stored month, season or year
				// replaces it; a stored day or range stays
				narrow = s.dates != nil && len(*s.dates) < len("2006-01-02") && s.start != nil && s.end != nil && e.Start != "" && *s.start <= e.Start && e.End <= *s.end &&
					(*s.start != e.Start || *s.end != e.End)
			}
			return nil
		})
		if err != nil {
			return 0, fmt.Errorf("events of series %q: %w", e.SeriesKey, err)
		}
	} else if _, err := c.queryRow(ctx, sqlLooseEvent, []any{e.Name, e.Dates}, &match); err != nil {
		return 0, fmt.Errorf("event %q: %w", e.Name, err)
	}
	if match == 0 {
		var id int64
		_, err := c.queryRow(ctx, sqlInsertEvent, []any{seriesID, e.Name, nullIfZero(e.Ordinal), nullIfEmpty(e.Dates),
			nullIfEmpty(e.Start), nullIfEmpty(e.End), nullIfEmpty(e.Place), nullIfEmpty(e.Country)}, &id)
		if err != nil {
			return 0, fmt.Errorf("insert event %q: %w", e.Name, err)
		}
		return id, nil
	}
	err := c.exec(ctx, sqlFillEvent, nullIfZero(e.Ordinal), nullIfEmpty(e.Place), nullIfEmpty(e.Country),
		narrow, e.Dates, narrow, nullIfEmpty(e.Start), narrow, nullIfEmpty(e.End), match)
	if err != nil {
		return 0, fmt.Errorf("update event %q: %w", e.Name, err)
	}
	return match, nil
}

// sameEvent reports whether a stored event of e's series is the event e
// mentions: the same ordinal when both state one (different ordinals are
// different rounds), else dates one of which contains the other (a month
// contains its days, a range its days).
func sameEvent(s storedEvent, e Event) bool {
	if s.ordinal != nil && e.Ordinal > 0 {
		return *s.ordinal == int64(e.Ordinal)
	}
	if s.start == nil || s.end == nil || e.Start == "" || e.End == "" {
		return false
	}
	contains := func(aStart, aEnd, bStart, bEnd string) bool { return aStart <= bStart && bEnd <= aEnd }
	return contains(*s.start, *s.end, e.Start, e.End) || contains(e.Start, e.End, *s.start, *s.end)
}

// nullIfZero maps 0 to SQL NULL.
func nullIfZero(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// numberParams rewrites ? parameters as $1, $2 ... (PostgreSQL) and
// {date} as a date-typed parameter.
func numberParams(q string) string {
	q = strings.ReplaceAll(q, "{date}", "?::date")
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
