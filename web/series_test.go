package web

import (
	"database/sql"
	"strconv"
	"strings"
	"testing"
)

// eventsDDL is the part of the events tables (output migration
// 0002_events) the series pages read; IF NOT EXISTS so that the test
// also runs where the sink creates them.
const eventsDDL = `
CREATE TABLE IF NOT EXISTS event_series (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, series_id INTEGER, name TEXT NOT NULL, ordinal INTEGER,
	dates TEXT, start_date TEXT, end_date TEXT, place TEXT, country TEXT);
CREATE TABLE IF NOT EXISTS record_events (record_id TEXT NOT NULL, ord INTEGER NOT NULL, event_id INTEGER, series_id INTEGER,
	name TEXT NOT NULL, ordinal INTEGER, dates TEXT, place TEXT, country TEXT, PRIMARY KEY (record_id, ord));
CREATE TABLE IF NOT EXISTS event_chairs (record_id TEXT NOT NULL, ord INTEGER NOT NULL, person_id INTEGER NOT NULL,
	PRIMARY KEY (record_id, ord, person_id));`

// withEvents adds the events tables to the database at path with one
// series of two rounds, each named by a release, the second chaired by a
// person.
func withEvents(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var rec1, rec3 string
	var grace int64
	for _, q := range []struct {
		query string
		into  any
	}{
		{"SELECT id FROM records WHERE title = 'Ministers discuss fisheries'", &rec1},
		{"SELECT id FROM records WHERE title = 'Statement on rivers'", &rec3},
		{"SELECT id FROM people WHERE name = 'Grace Hopper'", &grace},
	} {
		if err := db.QueryRow(q.query).Scan(q.into); err != nil {
			t.Fatal(err)
		}
	}
	for _, stmt := range append(strings.Split(eventsDDL, ";\n"),
		`DELETE FROM event_chairs; DELETE FROM record_events; DELETE FROM events; DELETE FROM event_series`,
		`INSERT INTO event_series (id, key, name) VALUES (7, 'fisheries dialogue', 'Fisheries Dialogue <b>')`,
		`INSERT INTO events VALUES (70, 7, 'First Fisheries Dialogue', 1, '2021-03-03', '2021-03-03', '2021-03-03', 'Lyon', 'FR'),
			(71, 7, 'Second Fisheries Dialogue', 2, '2023-01-14', '2023-01-14', '2023-01-14', 'Tokyo', 'JP')`,
		`INSERT INTO record_events VALUES ('`+rec1+`', 0, 70, 7, 'First Fisheries Dialogue', 1, '2021-03-03', 'Lyon', 'FR'),
			('`+rec3+`', 0, 71, 7, 'Second Fisheries Dialogue', 2, '2023-01-14', 'Tokyo', 'JP')`,
		`INSERT INTO event_chairs VALUES ('`+rec3+`', 0, `+strconv.FormatInt(grace, 10)+`)`,
	) {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
}

func TestSeriesPages(t *testing.T) {
	path := smallDB(t)
	withEvents(t, path)
	store, ts := newTestServer(t, path)
	if !store.HasEvents() {
		t.Fatal("events tables not found")
	}
	code, body := get(t, ts, "/")
	if code != 200 || !strings.Contains(body, `href="/series">Meetings</a>`) {
		t.Errorf("no Meetings link in the navigation")
	}
	code, body = get(t, ts, "/series")
	if code != 200 || !strings.Contains(body, `<a href="/series/7">Fisheries Dialogue &lt;b&gt;</a>`) || !strings.Contains(body, "2021-03-03") {
		t.Errorf("series list: %d %.2000s", code, body)
	}
	code, body = get(t, ts, "/series/7")
	if code != 200 {
		t.Fatalf("series page: %d", code)
	}
	first, second := strings.Index(body, "First Fisheries Dialogue"), strings.Index(body, "Second Fisheries Dialogue")
	if first < 0 || second < first {
		t.Errorf("rounds not in date order")
	}
	for _, want := range []string{"Tokyo (JP)", ">Grace Hopper</a>", "<circle", "Ministers discuss fisheries", "Statement on rivers"} {
		if !strings.Contains(body, want) {
			t.Errorf("series page lacks %q", want)
		}
	}
	if code, _ := get(t, ts, "/series/8"); code != 404 {
		t.Errorf("unknown series: %d", code)
	}
	code, body = get(t, ts, "/api/series?format=csv")
	if code != 200 || !strings.Contains(body, "7,Fisheries Dialogue <b>,2,2021-03-03,2023-01-14") {
		t.Errorf("series csv: %s", body)
	}
}
