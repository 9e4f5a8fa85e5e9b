package output

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/agenda"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
)

// backend is a database under test: open returns a sink on the same
// database each time; db queries it.
type backend struct {
	name string
	open func(t testing.TB, opts ...DBOption) dbSinkT
	db   *sql.DB
	// openErr opens a sink on the database and returns only the error.
	openErr func() error
	// reset deletes every row but the schema's.
	reset func(t testing.TB)
	// childEnv tells a helper process how to open the same database.
	childEnv []string
	// refuseTitle installs a trigger that makes the database refuse any
	// record with the given title.
	refuseTitle func(t testing.TB, title string)
}

// dbSinkT is what both database sinks are.
type dbSinkT interface {
	Sink
	abandon() error
}

// backends returns the databases to test: SQLite always, PostgreSQL when
// COMMUNIQUE_TEST_POSTGRES names one.
func backends(t *testing.T) []*backend {
	bs := []*backend{sqliteBackend(t)}
	if pg := postgresBackend(t); pg != nil {
		bs = append(bs, pg)
	} else {
		t.Run("postgres", func(t *testing.T) { t.Skip(postgresEnv + " not set: skipping PostgreSQL integration tests") })
	}
	return bs
}

// resetTables deletes every row of the schema, children first.
func resetTables(t testing.TB, db *sql.DB) {
	t.Helper()
	for _, table := range []string{"event_mentions", "event_parties", "event_chairs", "record_events", "events",
		"event_series", "person_mentions", "agency_mentions", "place_mentions", "date_mentions",
		"record_people", "record_agencies", "record_places", "record_dates", "agenda_items", "records",
		"errors", "people", "agencies", "places", "dates"} {
		if _, err := db.Exec("DELETE FROM " + table); err != nil {
			t.Fatalf("reset %s: %v", table, err)
		}
	}
}

// testClock is a clock that tests move forward between runs.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func newTestClock() *testClock {
	return &testClock{t: time.Date(2026, 11, 22, 3, 0, 0, 0, time.UTC)}
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// load writes recs through a fresh sink and closes it.
func load(t testing.TB, b *backend, recs []Record, opts ...DBOption) {
	t.Helper()
	ctx := context.Background()
	s := b.open(t, opts...)
	for _, r := range recs {
		if err := s.Write(ctx, r); err != nil {
			t.Fatalf("write %s: %v", r.ID, err)
		}
	}
	if err := s.Close(ctx); err != nil {
		t.Fatalf("close: %v", err)
	}
}

// tables are every table of the schema, for snapshots.
var tables = []string{"records", "people", "agencies", "places", "dates", "record_people", "record_agencies",
	"record_places", "record_dates", "person_mentions", "agency_mentions", "place_mentions", "date_mentions",
	"agenda_items", "errors", "schema_migrations", "event_series", "events", "record_events", "event_chairs",
	"event_parties", "event_mentions"}

// snapshot returns every row of every table as sorted text lines.
func snapshot(t testing.TB, db *sql.DB) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range tables {
		out[table] = queryLines(t, db, "SELECT * FROM "+table)
		slices.Sort(out[table])
	}
	return out
}

// queryLines runs q and returns each row as its columns joined by " | ".
func queryLines(t testing.TB, db *sql.DB, q string, args ...any) []string {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatalf("query %q: %v", q, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatalf("scan %q: %v", q, err)
		}
		fields := make([]string, len(vals))
		for i, v := range vals {
			fields[i] = sqlText(v)
		}
		out = append(out, strings.Join(fields, " | "))
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("query %q: %v", q, err)
	}
	return out
}

// sqlText formats a scanned value the same way for both databases.
func sqlText(v any) string {
	switch v := v.(type) {
	case nil:
		return "NULL"
	case []byte:
		return string(v)
	case time.Time:
		if v.Hour() == 0 && v.Minute() == 0 && v.Second() == 0 && v.Nanosecond() == 0 {
			return v.Format("2006-01-02")
		}
		return v.UTC().Format(time.RFC3339Nano)
	case bool:
		if v {
			return "1"
		}
		return "0"
	default:
		return fmt.Sprint(v)
	}
}

func count(t testing.TB, db *sql.DB, table string) int {
	t.Helper()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatalf("count %s: %v", table, err)
	}
	return n
}

// logicalDump is the database's content without surrogate ids and
// timestamps: two databases loaded with the same records in any number of
// runs must have equal dumps.
func logicalDump(t testing.TB, db *sql.DB) map[string][]string {
	t.Helper()
	qs := map[string]string{
		"records": `SELECT id, source_identity, segment, title, published, published_start, published_end, raw_sha256 FROM records`,
		"people":  `SELECT r.record_id, r.ord, p.name, p.country, r.title, a.name FROM record_people r JOIN people p ON p.id = r.person_id LEFT JOIN agencies a ON a.id = r.affiliation_id`,
		"agencies": `SELECT r.record_id, r.ord, a.name, a.country, a.acronym, a.kind, pa.name FROM record_agencies r JOIN agencies a ON a.id = r.agency_id
			LEFT JOIN agencies pa ON pa.id = a.parent_id`,
		"places": `SELECT r.record_id, r.ord, p.name, p.country, p.kind FROM record_places r JOIN places p ON p.id = r.place_id`,
		"dates":  `SELECT r.record_id, r.ord, d.value, d.start_date, d.end_date, r.role FROM record_dates r JOIN dates d ON d.id = r.date_id`,
		"agenda": `SELECT record_id, idx, label, title, level, parent_idx, start_char, end_char FROM agenda_items`,
		"pm":     `SELECT record_id, ord, idx, start_char, end_char, text FROM person_mentions`,
		"am":     `SELECT record_id, ord, idx, start_char, end_char, text FROM agency_mentions`,
		"lm":     `SELECT record_id, ord, idx, start_char, end_char, text FROM place_mentions`,
		"dm":     `SELECT record_id, ord, idx, start_char, end_char, text FROM date_mentions`,
		"errors": `SELECT source_identity, record_id, message, raw_sha256 FROM errors`,
	}
	return sortedQueries(t, db, qs)
}

// sortedQueries runs every query of qs and returns its sorted lines under
// its name.
func sortedQueries(t testing.TB, db *sql.DB, qs map[string]string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for name, q := range qs {
		out[name] = queryLines(t, db, q)
		slices.Sort(out[name])
	}
	return out
}

func diffDumps(t testing.TB, what string, got, want map[string][]string) {
	t.Helper()
	for name := range want {
		if !slices.Equal(got[name], want[name]) {
			t.Errorf("%s: table %s differs:\ngot  %d rows %q\nwant %d rows %q", what, name, len(got[name]), head(got[name]), len(want[name]), head(want[name]))
		}
	}
}

func head(ss []string) []string {
	if len(ss) > 4 {
		return ss[:4]
	}
	return ss
}

// checkConsistent verifies that every stored record's child rows are
// exactly what its raw JSON says: no record is half-written.
func checkConsistent(t testing.TB, db *sql.DB) {
	t.Helper()
	type counts struct{ people, agencies, places, dates, agenda, mentions int }
	stored := map[string]*counts{}
	for _, line := range queryLines(t, db, "SELECT id, raw FROM records") {
		id, raw, _ := strings.Cut(line, " | ")
		var r Record
		if err := json.Unmarshal([]byte(raw), &r); err != nil {
			t.Fatalf("record %s: raw JSON: %v", id, err)
		}
		if r.ID != id {
			t.Errorf("record %s: raw JSON has id %s", id, r.ID)
		}
		c := &counts{people: len(r.People), agencies: len(r.Agencies), places: len(r.Places), dates: len(r.Dates), agenda: len(r.Agenda)}
		for _, p := range r.People {
			c.mentions += len(p.Mentions)
		}
		for _, a := range r.Agencies {
			c.mentions += len(a.Mentions)
		}
		for _, p := range r.Places {
			c.mentions += len(p.Mentions)
		}
		for _, d := range r.Dates {
			c.mentions += len(d.Mentions)
		}
		stored[id] = c
	}
	got := map[string]*counts{}
	for id := range stored {
		got[id] = &counts{}
	}
	add := func(q string, field func(*counts) *int) {
		for _, line := range queryLines(t, db, q) {
			id, n, _ := strings.Cut(line, " | ")
			c, ok := got[id]
			if !ok {
				t.Errorf("%s: rows of record %s that is not stored", q, id)
				continue
			}
			var v int
			fmt.Sscan(n, &v)
			*field(c) += v
		}
	}
	add("SELECT record_id, count(*) FROM record_people GROUP BY record_id", func(c *counts) *int { return &c.people })
	add("SELECT record_id, count(*) FROM record_agencies GROUP BY record_id", func(c *counts) *int { return &c.agencies })
	add("SELECT record_id, count(*) FROM record_places GROUP BY record_id", func(c *counts) *int { return &c.places })
	add("SELECT record_id, count(*) FROM record_dates GROUP BY record_id", func(c *counts) *int { return &c.dates })
	add("SELECT record_id, count(*) FROM agenda_items GROUP BY record_id", func(c *counts) *int { return &c.agenda })
	for _, m := range []string{"person_mentions", "agency_mentions", "place_mentions", "date_mentions"} {
		add("SELECT record_id, count(*) FROM "+m+" GROUP BY record_id", func(c *counts) *int { return &c.mentions })
	}
	for id, want := range stored {
		if *got[id] != *want {
			t.Errorf("record %s: child rows %+v, raw JSON says %+v", id, *got[id], *want)
		}
	}
}

// checkWholeDocuments verifies that each source has all its records or
// none: want maps a source identity to its number of records.
func checkWholeDocuments(t testing.TB, db *sql.DB, want map[string]int) {
	t.Helper()
	for _, line := range queryLines(t, db, "SELECT source_identity, count(*) FROM records GROUP BY source_identity") {
		id, n, _ := strings.Cut(line, " | ")
		if fmt.Sprint(want[id]) != n {
			t.Errorf("source %s: %s records stored, want %d or none", id, n, want[id])
		}
	}
}

func docSizes(docs []fixtureDoc) map[string]int {
	m := map[string]int{}
	for _, d := range docs {
		if d.err == "" {
			m[d.src.Identity()] = len(d.articles)
		}
	}
	return m
}

func TestDBLoad(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			load(t, b, recordsOf(fixtureDocs()))
			for _, tc := range []struct {
				table string
				want  int
			}{
				{"records", 4}, {"errors", 1}, {"people", 9}, {"agencies", 9}, {"places", 4}, {"dates", 7},
				{"record_people", 9}, {"record_agencies", 13}, {"record_places", 5}, {"record_dates", 7},
				{"agenda_items", 6}, {"schema_migrations", len(mustMigrations(t, b.name))},
			} {
				if got := count(t, b.db, tc.table); got != tc.want {
					t.Errorf("count(%s): got %d, want %d", tc.table, got, tc.want)
				}
			}
			checkConsistent(t, b.db)
			for _, tc := range []struct {
				name, query string
				want        []string
			}{
				{"one MIC across releases", `SELECT name, acronym, kind FROM agencies WHERE country = 'JP' AND acronym = 'MIC'`,
					[]string{"Ministry of Internal Affairs and Communications | MIC | government"}},
				{"parent agency", `SELECT a.acronym, p.name FROM agencies a JOIN agencies p ON p.id = a.parent_id`,
					[]string{"DG CONNECT | European Commission"}},
				{"affiliation as stated", `SELECT p.name, rp.title, a.name FROM record_people rp JOIN people p ON p.id = rp.person_id
					JOIN agencies a ON a.id = rp.affiliation_id WHERE p.name = 'Philip Verveer'`,
					[]string{"Philip Verveer | Ambassador | U.S. Department of State"}},
				{"published month bounds", `SELECT DISTINCT published, published_start, published_end FROM records WHERE published = '2017-10'`,
					[]string{"2017-10 | 2017-10-01 | 2017-10-31"}},
				{"no published date", `SELECT count(*) FROM records WHERE published IS NULL AND published_start IS NULL`, []string{"1"}},
				{"error row", `SELECT source_path, message FROM errors`, []string{"corpus/005_broken.pdf | decode pdf: unexpected end of file"}},
				{"aliases kept", `SELECT DISTINCT ra.aliases FROM record_agencies ra JOIN agencies a ON a.id = ra.agency_id WHERE a.name = 'U.S. Department of State'`,
					[]string{map[string]string{"sqlite": `["State Department"]`, "postgres": `{"State Department"}`}[b.name]}},
				{"agenda outline", `SELECT label, level, parent_idx FROM agenda_items ai JOIN records r ON r.id = ai.record_id WHERE r.segment = 0 AND r.title LIKE 'Outcome%' ORDER BY idx`,
					[]string{"1. | 1 | NULL", "(1) | 2 | 0", "(2) | 2 | 0", "2. | 1 | NULL"}},
				{"raw JSON is the record", `SELECT count(*) FROM records WHERE raw_sha256 = ''`, []string{"0"}},
			} {
				t.Run(tc.name, func(t *testing.T) {
					if got := queryLines(t, b.db, tc.query); !slices.Equal(got, tc.want) {
						t.Errorf("got %q, want %q", got, tc.want)
					}
				})
			}
			// Every span's text is the text at its character offsets.
			for _, m := range []string{"person_mentions", "agency_mentions", "place_mentions", "date_mentions"} {
				q := `SELECT m.text, substr(r.text, m.start_char + 1, m.end_char - m.start_char) FROM ` + m + ` m JOIN records r ON r.id = m.record_id`
				for _, line := range queryLines(t, b.db, q) {
					span, at, _ := strings.Cut(line, " | ")
					if span != at {
						t.Errorf("%s: span %q, text at its offsets %q", m, span, at)
					}
				}
			}
		})
	}
}

func TestDBRerunChangesNothing(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			clock := newTestClock()
			load(t, b, recordsOf(fixtureDocs()), withClock(clock.now))
			first := snapshot(t, b.db)
			for _, batch := range []int{1, 3, 1000} {
				clock.advance(time.Hour)
				load(t, b, recordsOf(fixtureDocs()), withClock(clock.now), WithBatchSize(batch))
				diffDumps(t, fmt.Sprintf("second run, batch %d", batch), snapshot(t, b.db), first)
			}
		})
	}
}

// modifiedDocs is the fixture corpus after an edit: the newsletter lost its
// second article and its first changed; the broken PDF now decodes; the
// news item now fails.
func modifiedDocs() []fixtureDoc {
	docs := fixtureDocs()
	nl := &docs[1]
	nl.src.SHA256 = strings.Repeat("e", 64)
	nl.articles = nl.articles[:1]
	nl.articles[0].title += " (corrected)"
	nlEntities := extract.Get[entity.Part](&nl.articles[0].res)
	nlEntities.People = nlEntities.People[:1]
	nl.articles[0].res.Set(nlEntities)
	docs[3].err = ""
	docs[3].articles = []fixtureArticle{{title: "Recovered release", text: "The MIC published a report.",
		res: fixtureDocs()[2].articles[0].res}}
	docs[3].articles[0].res = deepCopy(docs[3].articles[0].res)
	recovered := &docs[3].articles[0].res
	d := extract.Get[dates.Part](recovered)
	d.Dates = nil
	recovered.Set(d)
	recovered.Set(entity.Part{Agencies: []entity.Agency{mic("The MIC published a report.", "a1", "MIC")}})
	docs[2].articles, docs[2].err = nil, "read: permission denied"
	return docs
}

func TestDBModifiedDocument(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			clock := newTestClock()
			load(t, b, recordsOf(fixtureDocs()), withClock(clock.now))
			before := snapshot(t, b.db)
			clock.advance(time.Hour)
			docs := modifiedDocs()
			load(t, b, recordsOf(docs), withClock(clock.now))
			checkConsistent(t, b.db)
			after := snapshot(t, b.db)

			ids := func(d fixtureDoc, segs ...int) []string {
				var out []string
				for _, s := range segs {
					out = append(out, RecordID(d.src.Identity(), s))
				}
				return out
			}
			fx := fixtureDocs()
			// Untouched: the dialogue; kept though it now fails: the news item.
			for _, id := range append(ids(fx[0], 0), ids(fx[2], 0)...) {
				for _, table := range []string{"records", "record_people", "record_agencies", "agenda_items", "person_mentions"} {
					if got, want := rowsWith(after[table], id), rowsWith(before[table], id); !slices.Equal(got, want) {
						t.Errorf("%s rows of unchanged record %s changed:\ngot  %q\nwant %q", table, id, got, want)
					}
				}
			}
			for _, tc := range []struct {
				name, query string
				want        []string
			}{
				{"dropped article deleted", `SELECT count(*) FROM records WHERE id = '` + ids(fx[1], 1)[0] + `'`, []string{"0"}},
				{"its children deleted", `SELECT count(*) FROM record_people WHERE record_id = '` + ids(fx[1], 1)[0] + `'`, []string{"0"}},
				{"changed article replaced", `SELECT title, source_sha256 FROM records WHERE id = '` + ids(fx[1], 0)[0] + `'`,
					[]string{titleASEAN + " (corrected) | " + strings.Repeat("e", 64)}},
				{"its people replaced", `SELECT p.name FROM record_people rp JOIN people p ON p.id = rp.person_id WHERE rp.record_id = '` + ids(fx[1], 0)[0] + `'`,
					[]string{"Ryozo Hayashi"}},
				{"created_at kept, updated_at moved", `SELECT count(*) FROM records WHERE id = '` + ids(fx[1], 0)[0] + `' AND created_at < updated_at`, []string{"1"}},
				{"unchanged record not touched", `SELECT count(*) FROM records WHERE created_at = updated_at`, []string{"3"}},
				{"errors now", `SELECT source_path, message FROM errors`, []string{"corpus/003_talks.txt | read: permission denied"}},
				{"recovered document stored", `SELECT title FROM records WHERE source_path = 'corpus/005_broken.pdf'`, []string{"Recovered release"}},
			} {
				t.Run(tc.name, func(t *testing.T) {
					if got := queryLines(t, b.db, tc.query); !slices.Equal(got, tc.want) {
						t.Errorf("got %q, want %q", got, tc.want)
					}
				})
			}
			// And once more: the modified corpus is now stable.
			clock.advance(time.Hour)
			load(t, b, recordsOf(docs), withClock(clock.now))
			diffDumps(t, "rerun of modified corpus", snapshot(t, b.db), after)
		})
	}
}

// rowsWith returns the lines that contain id.
func rowsWith(lines []string, id string) []string {
	var out []string
	for _, l := range lines {
		if strings.Contains(l, id) {
			out = append(out, l)
		}
	}
	return out
}

// TestDBLastDocument checks the stale-record rule for the last document of
// a run, which may have been cut off: records of other bytes go, records
// of the same bytes stay until a run shows the document complete.
func TestDBLastDocument(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			fx := fixtureDocs()
			nl := fx[1]
			load(t, b, recordsOf([]fixtureDoc{fx[0], nl}))
			seg1 := RecordID(nl.src.Identity(), 1)

			cut := nl
			cut.articles = nl.articles[:1] // same bytes, run cut off after segment 0
			load(t, b, recordsOf([]fixtureDoc{fx[0], cut}))
			if got := queryLines(t, b.db, `SELECT count(*) FROM records WHERE id = $1`, seg1); !slices.Equal(got, []string{"1"}) {
				t.Errorf("same bytes, last document: segment 1 rows %q, want it kept", got)
			}
			changed := cut
			changed.src.SHA256 = strings.Repeat("f", 64)
			load(t, b, recordsOf([]fixtureDoc{fx[0], changed}))
			if got := queryLines(t, b.db, `SELECT count(*) FROM records WHERE id = $1`, seg1); !slices.Equal(got, []string{"0"}) {
				t.Errorf("new bytes, last document: segment 1 rows %q, want it deleted", got)
			}
			checkConsistent(t, b.db)
		})
	}
}

func TestDBInterruptedRun(t *testing.T) {
	docs := generatedDocs(40)
	recs := recordsOf(docs)
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			for _, tc := range []struct {
				name    string
				stopAt  int
				cleanly bool // Close after the cancellation, or abandon like a killed process
			}{
				{"cancelled mid-document then closed", 22, true},
				{"killed without close", 23, false},
				{"killed at once", 1, false},
			} {
				t.Run(tc.name, func(t *testing.T) {
					b.reset(t)
					ctx, cancel := context.WithCancel(context.Background())
					s := b.open(t, WithBatchSize(4))
					var err error
					for i, r := range recs {
						if i == tc.stopAt {
							cancel()
						}
						if err = s.Write(ctx, r); err != nil {
							break
						}
					}
					cancel()
					if !errors.Is(err, context.Canceled) {
						t.Errorf("write after cancel: got %v, want context.Canceled", err)
					}
					if tc.cleanly {
						if err := s.Close(context.Background()); err != nil {
							t.Fatalf("close after cancel: %v", err)
						}
					} else if err := s.abandon(); err != nil {
						t.Fatalf("abandon: %v", err)
					}
					checkConsistent(t, b.db)
					stored := count(t, b.db, "records") + count(t, b.db, "errors")
					if tc.cleanly {
						// Close keeps every accepted record, even the first
						// records of a document cut off by the cancellation.
						if stored != tc.stopAt {
							t.Errorf("after a cancelled run closed cleanly: %d records and errors stored, want every accepted one (%d)", stored, tc.stopAt)
						}
					} else {
						checkWholeDocuments(t, b.db, docSizes(docs))
					}
					if stored >= len(recs) {
						t.Errorf("interrupted run stored everything (%d); the test interrupted nothing", stored)
					}
					load(t, b, recs, WithBatchSize(4))
					checkConsistent(t, b.db)
					got := logicalDump(t, b.db)
					b.reset(t)
					load(t, b, recs)
					diffDumps(t, "restarted run vs clean run", got, logicalDump(t, b.db))
				})
			}
		})
	}
}

// TestDBRefusedDocument checks that a document the database refuses becomes
// its error row and the rest of its batch is written.
func TestDBRefusedDocument(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			b.refuseTitle(t, titleTalks)
			load(t, b, recordsOf(fixtureDocs()), WithBatchSize(100))
			checkConsistent(t, b.db)
			if got, want := count(t, b.db, "records"), 3; got != want {
				t.Errorf("records: got %d, want %d", got, want)
			}
			got := queryLines(t, b.db, `SELECT source_path, message FROM errors ORDER BY source_path`)
			if len(got) != 2 || !strings.HasPrefix(got[0], "corpus/003_talks.txt | database refused the document: ") || !strings.Contains(got[0], "refused by test") {
				t.Errorf("errors: got %q, want the refused document's row first", got)
			}
		})
	}
}

// exampleQueries reads the example SQL from docs/databases.md: each block
// follows an <!-- example: NAME --> line.
func exampleQueries(t *testing.T) map[string]string {
	t.Helper()
	doc, err := os.ReadFile("../docs/databases.md")
	if err != nil {
		t.Fatalf("read docs: %v", err)
	}
	re := regexp.MustCompile("(?s)<!-- example: ([a-z0-9-]+) -->\\s*```sql\\n(.*?)```")
	out := map[string]string{}
	for _, m := range re.FindAllStringSubmatch(string(doc), -1) {
		out[m[1]] = strings.TrimSuffix(strings.TrimSpace(m[2]), ";")
	}
	return out
}

func TestDBExampleQueries(t *testing.T) {
	queries := exampleQueries(t)
	want := map[string][]string{
		"mic-releases": {
			"2014-04-04 | " + titleTalks,
			"2017-10 | " + titleASEAN,
			"2017-10 | " + titleEU,
			"NULL | " + titleDialogue,
		},
		"japanese-delegation": {
			"Koichi Endo | Government Chief Information Officer | NULL",
			"Shun Sakurai | Director General of the Global ICT Strategy Bureau | Ministry of Internal Affairs and Communications",
		},
		"october-2017": {
			titleEU + " | 2017-10-02/2017-10-03",
			titleEU + " | 2017-10-04",
			titleASEAN + " | 2017-10-10/2017-10-11",
		},
		"agenda": {
			"0 | 1. | Major achievements of the Fourth Director General-Level Meeting | 1 | NULL",
			"1 | (1) | Cloud computing service | 2 | 0",
			"2 | (2) | Cyber security | 2 | 0",
			"3 | 2. | Future plans | 1 | NULL",
		},
		"person-spans": {"Philip Verveer | 473 | 487 | Philip Verveer"},
		"top-agencies": {
			"Ministry of Internal Affairs and Communications | MIC | NULL | 4",
			"U.S. Department of State |  | NULL | 2",
			"Cyber Security Agency of Singapore | CSA | NULL | 1",
		},
		"errors": {"file:///corpus/005_broken.pdf | decode pdf: unexpected end of file"},
	}
	for name := range want {
		if _, ok := queries[name]; !ok {
			t.Errorf("docs/databases.md has no example %q", name)
		}
	}
	for name := range queries {
		if _, ok := want[name]; !ok {
			t.Errorf("example %q in docs/databases.md has no expected rows here", name)
		}
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			load(t, b, recordsOf(fixtureDocs()))
			for name, q := range queries {
				t.Run(name, func(t *testing.T) {
					got := queryLines(t, b.db, q)
					// MIC's releases sort NULL first in SQLite, last in PostgreSQL.
					if name == "mic-releases" {
						slices.Sort(got)
					}
					if !slices.Equal(got, want[name]) {
						t.Errorf("got %q, want %q", got, want[name])
					}
				})
			}
		})
	}
}

func TestDBMigrationsOnce(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			for range 3 {
				s := b.open(t)
				if err := s.Close(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
			all, err := migrations(b.name)
			if err != nil {
				t.Fatal(err)
			}
			if got := count(t, b.db, "schema_migrations"); got != len(all) {
				t.Errorf("schema_migrations rows: got %d, want %d", got, len(all))
			}
			if _, err := b.db.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', '2099-01-01T00:00:00Z')`); err != nil {
				t.Fatal(err)
			}
			err = b.openErr()
			if err == nil || !strings.Contains(err.Error(), "newer than this program") {
				t.Errorf("open a database from the future: got %v, want a 'newer than this program' error", err)
			}
		})
	}
}

func TestMigrationsMatchAcrossDialects(t *testing.T) {
	sq, err := migrations("sqlite")
	if err != nil {
		t.Fatal(err)
	}
	pg, err := migrations("postgres")
	if err != nil {
		t.Fatal(err)
	}
	if len(sq) == 0 || len(sq) != len(pg) {
		t.Fatalf("got %d sqlite and %d postgres migrations, want the same nonzero number", len(sq), len(pg))
	}
	tableRE := regexp.MustCompile(`CREATE TABLE (\w+)`)
	for i := range sq {
		if sq[i].version != pg[i].version || sq[i].name != pg[i].name {
			t.Errorf("migration %d: sqlite %04d_%s, postgres %04d_%s", i, sq[i].version, sq[i].name, pg[i].version, pg[i].name)
		}
		if a, b := tableRE.FindAllString(sq[i].sql, -1), tableRE.FindAllString(pg[i].sql, -1); !slices.Equal(a, b) {
			t.Errorf("migration %d: sqlite tables %q, postgres tables %q", sq[i].version, a, b)
		}
	}
}

func TestPendingMigrations(t *testing.T) {
	all := []migration{{version: 1, name: "init"}, {version: 2, name: "more"}}
	for _, tc := range []struct {
		name    string
		applied []int
		want    []int
		wantErr bool
	}{
		{"fresh", nil, []int{1, 2}, false},
		{"half", []int{1}, []int{2}, false},
		{"done", []int{2, 1}, nil, false},
		{"newer database", []int{1, 2, 3}, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			todo, err := pendingMigrations(all, tc.applied)
			if (err != nil) != tc.wantErr {
				t.Fatalf("got error %v, want error %v", err, tc.wantErr)
			}
			var got []int
			for _, m := range todo {
				got = append(got, m.version)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestDateBounds(t *testing.T) {
	for _, tc := range []struct{ in, start, end string }{
		{"2017-10-02", "2017-10-02", "2017-10-02"},
		{"2017-10", "2017-10-01", "2017-10-31"},
		{"2016-02", "2016-02-01", "2016-02-29"},
		{"2017", "2017-01-01", "2017-12-31"},
		{"2017-13", "", ""},
		{"2017-W15", "", ""},
		{"", "", ""},
		{"17-10-02", "", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			start, end := dateBounds(tc.in)
			if start != tc.start || end != tc.end {
				t.Errorf("got %q..%q, want %q..%q", start, end, tc.start, tc.end)
			}
		})
	}
}

func TestStorable(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"ascii", "MIC", "MIC"},
		{"unicode", "Japan’s “MIC”", "Japan’s “MIC”"},
		{"nul", "a\x00b", "a\uFFFDb"},
		{"invalid bytes one each", "a\xff\xfeb", "a\uFFFD\uFFFDb"},
		{"truncated rune", "日\xe6\x97", "日\uFFFD\uFFFD"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := storable(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzStorable checks that storable text is valid UTF-8 without NUL and
// has as many characters as the input, so offsets stay right.
func FuzzStorable(f *testing.F) {
	for _, s := range []string{"", "MIC", "a\x00b", "\xff", "日本\xe6\x97", "\u2019"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := storable(s)
		if !utf8.ValidString(got) || strings.ContainsRune(got, 0) {
			t.Fatalf("storable(%q) = %q: not storable", s, got)
		}
		if a, b := utf8.RuneCountInString(s), utf8.RuneCountInString(got); a != b {
			t.Fatalf("storable(%q) = %q: %d characters, want %d", s, got, b, a)
		}
	})
}

// FuzzDateBounds checks that any published value yields either no bounds
// or two valid ISO dates in order.
func FuzzDateBounds(f *testing.F) {
	for _, s := range []string{"2017-10-02", "2017-10", "2017", "2017-02-30", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		start, end := dateBounds(s)
		if start == "" && end == "" {
			return
		}
		if isoDate(start) == "" || isoDate(end) == "" || end < start {
			t.Fatalf("dateBounds(%q) = %q..%q", s, start, end)
		}
	})
}

// TestDBConcurrentWriters loads one corpus through two sinks at once, one
// in reverse document order, as two runs sharing a database would: both
// succeed (lock waits, deadlocks retried) and the result equals one load.
func TestDBConcurrentWriters(t *testing.T) {
	docs := generatedDocs(60)
	reversed := slices.Clone(docs)
	slices.Reverse(reversed)
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			b.reset(t)
			var wg sync.WaitGroup
			errs := make([]error, 2)
			for i, order := range [][]fixtureDoc{docs, reversed} {
				s := b.open(t, WithBatchSize(8))
				wg.Add(1)
				go func() {
					defer wg.Done()
					for _, r := range recordsOf(order) {
						if err := s.Write(context.Background(), r); err != nil {
							errs[i] = err
							s.Close(context.Background())
							return
						}
					}
					errs[i] = s.Close(context.Background())
				}()
			}
			wg.Wait()
			for i, err := range errs {
				if err != nil {
					t.Errorf("writer %d: %v", i, err)
				}
			}
			checkConsistent(t, b.db)
			if got := count(t, b.db, "errors"); got != len(docs)/4 {
				t.Errorf("errors: got %d rows, want %d (only the failed fixture documents)", got, len(docs)/4)
			}
			got := logicalDump(t, b.db)
			b.reset(t)
			load(t, b, recordsOf(docs))
			diffDumps(t, "two concurrent writers vs one", got, logicalDump(t, b.db))
		})
	}
}

// fakeStore records what a dbSink asks of its database and fails on cue.
type fakeStore struct {
	batches   [][]string // identities per committed batch
	failures  int        // transient failures left before writes succeed
	refuse    string     // identity whose records the database refuses
	attempted int
}

var errTransient = errors.New("deadlock detected")

func (f *fakeStore) writeBatch(_ context.Context, docs []*relDoc, _ time.Time) error {
	f.attempted++
	if f.failures > 0 {
		f.failures--
		return errTransient
	}
	var ids []string
	for _, d := range docs {
		if d.identity == f.refuse && len(d.recs) > 0 {
			return errors.New("value too long")
		}
		ids = append(ids, d.identity)
		if d.failure != nil {
			ids[len(ids)-1] += " (error: " + d.failure.Error + ")"
		}
	}
	f.batches = append(f.batches, ids)
	return nil
}

func (f *fakeStore) transient(err error) bool { return errors.Is(err, errTransient) }
func (f *fakeStore) close() error             { return nil }

func TestDBSinkBatching(t *testing.T) {
	recs := recordsOf(fixtureDocs())
	ident := func(i int) string { return fixtureDocs()[i].src.Identity() }
	for _, tc := range []struct {
		name      string
		store     fakeStore
		batchSize int
		want      [][]string
		attempts  int
	}{
		{"one batch", fakeStore{}, 100,
			[][]string{{ident(0), ident(1), ident(2), ident(3) + " (error: decode pdf: unexpected end of file)"}}, 1},
		{"documents never split", fakeStore{}, 2,
			[][]string{{ident(0), ident(1)}, {ident(2), ident(3) + " (error: decode pdf: unexpected end of file)"}}, 2},
		{"transient failures retried", fakeStore{failures: 2}, 100,
			[][]string{{ident(0), ident(1), ident(2), ident(3) + " (error: decode pdf: unexpected end of file)"}}, 3},
		{"refused document isolated", fakeStore{refuse: ident(1)}, 100,
			[][]string{{ident(0)}, {ident(1) + " (error: database refused the document: value too long)"}, {ident(2)},
				{ident(3) + " (error: decode pdf: unexpected end of file)"}}, 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := defaultDBOptions()
			o.batchSize = tc.batchSize
			s := newDBSink(&tc.store, o)
			for _, r := range recs {
				if err := s.Write(context.Background(), r); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Close(context.Background()); err != nil {
				t.Fatal(err)
			}
			if !slices.EqualFunc(tc.store.batches, tc.want, slices.Equal) {
				t.Errorf("batches: got %q, want %q", tc.store.batches, tc.want)
			}
			if tc.store.attempted != tc.attempts {
				t.Errorf("write attempts: got %d, want %d", tc.store.attempted, tc.attempts)
			}
		})
	}
}

func TestDBSinkPersistentTransientFailure(t *testing.T) {
	st := &fakeStore{failures: 1000}
	s := newDBSink(st, defaultDBOptions())
	for _, r := range recordsOf(fixtureDocs()) {
		if err := s.Write(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	err := s.Close(context.Background())
	if !errors.Is(err, errTransient) {
		t.Errorf("close: got %v, want the transient error after %d retries", err, maxBatchRetries)
	}
	if st.attempted != maxBatchRetries+1 {
		t.Errorf("attempts: got %d, want %d", st.attempted, maxBatchRetries+1)
	}
	if len(st.batches) != 0 {
		t.Errorf("batches written: %q, want none (never turned into error rows)", st.batches)
	}
}

// TestDBUnstorableText writes a record whose text has a NUL byte and
// invalid UTF-8 (PostgreSQL refuses both): it is stored with U+FFFD in
// their place and its spans still point at their words.
func TestDBUnstorableText(t *testing.T) {
	text := "Bad\x00bytes \xff\xfe from a PDF: the MIC met the FCC."
	art := corpusArticle("corpus/broken-text.pdf", text)
	res := extract.NewResult("en",
		entity.Part{Agencies: []entity.Agency{
			{ID: "a1", Name: "Federal Communications Commission", Acronym: "FCC", Country: "US", Mentions: spans(text, "FCC")},
		}},
	)
	rec := NewRecord(art, res)
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			load(t, b, []Record{rec})
			checkConsistent(t, b.db)
			got := queryLines(t, b.db, `SELECT r.text, substr(r.text, m.start_char + 1, m.end_char - m.start_char) FROM agency_mentions m JOIN records r ON r.id = m.record_id`)
			want := []string{"Bad\uFFFDbytes \uFFFD\uFFFD from a PDF: the MIC met the FCC. | FCC"}
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

// childRowsOf returns the rows the child table writer would insert for
// rr, by table name, with its events resolved to no rows.
func childRowsOf(rr *relRecord, ids *idCache) (map[string][][]any, error) {
	rr.eventRefs = make([]eventRef, len(rr.Events))
	got := map[string][][]any{}
	insert := func(_ context.Context, t *childTable, rows [][]any) error {
		got[t.name] = append(got[t.name], rows...)
		return nil
	}
	err := writeChildRows(context.Background(), insert, []*relRecord{rr}, ids, jsonArray)
	return got, err
}

// FuzzRowsOf maps records with arbitrary strings and references (unknown
// or repeated local ids, self-parents) to rows: it never fails, and every
// entity and span gets exactly one row.
func FuzzRowsOf(f *testing.F) {
	f.Add("The MIC met the FCC.", "MIC", "a1", "a1", "p1", "2017-10")
	f.Add("x\x00y\xff", "", "", "a9", "", "2017-13")
	f.Add("", "A", "a1", "a2", "a1", "")
	f.Fuzz(func(t *testing.T, text, name, id, ref, pid, published string) {
		res := extract.NewResult("",
			dates.Part{Published: published, Dates: []dates.Date{{Value: published, Start: published, End: published, Mentions: spans(text, published)}}},
			entity.Part{People: []entity.Person{{ID: pid, Name: name, Affiliation: ref, Mentions: spans(text, name)}}, Agencies: []entity.Agency{
				{ID: id, Name: name, Parent: ref, Mentions: spans(text, name)},
				{ID: ref, Name: name + "2", Parent: id, Country: "JP"},
				{ID: id, Name: name, Country: "JP"},
			}, Places: []entity.Place{{Name: name}}},
			agenda.Part{Items: []agenda.AgendaItem{{Label: name, Parent: intp(0)}}},
		)
		rec := NewRecord(corpusArticle("f.txt", text), res)
		rr, err := newRelRecord(rec)
		if err != nil {
			t.Fatal(err)
		}
		cache := newIDCache()
		es := collectEntities([]*relRecord{rr})
		for i, k := range es.people {
			cache.tx.people[k] = int64(i + 1)
		}
		for i, k := range es.agencies {
			cache.tx.agencies[k] = int64(i + 1)
		}
		for i, k := range es.places {
			cache.tx.places[k] = int64(i + 1)
		}
		for i, v := range es.dates {
			cache.tx.dates[v] = int64(i + 1)
		}
		rows, err := childRowsOf(rr, cache)
		if err != nil {
			t.Fatalf("child rows: %v", err)
		}
		wantMentions := 0
		for _, p := range rr.People {
			wantMentions += len(p.Mentions)
		}
		for _, a := range rr.Agencies {
			wantMentions += len(a.Mentions)
		}
		for _, d := range rr.Dates {
			wantMentions += len(d.Mentions)
		}
		gotMentions := len(rows["person_mentions"]) + len(rows["agency_mentions"]) + len(rows["place_mentions"]) + len(rows["date_mentions"])
		n := func(table string) int { return len(rows[table]) }
		if n("record_people") != 1 || n("record_agencies") != 3 || n("record_places") != 1 || n("record_dates") != 1 || n("agenda_items") != 1 || gotMentions != wantMentions {
			t.Fatalf("rows per table %d %d %d %d %d, mentions %d (want 1 3 1 1 1, %d)",
				n("record_people"), n("record_agencies"), n("record_places"), n("record_dates"), n("agenda_items"), gotMentions, wantMentions)
		}
		for _, t2 := range childTables {
			for _, row := range rows[t2.name] {
				if len(row) != len(t2.cols) {
					t.Fatalf("%s: row has %d values for %d columns", t2.name, len(row), len(t2.cols))
				}
			}
		}
		for _, s := range []string{rr.Text, rr.Title} {
			if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
				t.Fatalf("unstorable text %q", s)
			}
		}
	})
}

// TestDBRecordsOfAnOlderRelease checks that records stored under other ids
// for the same source and segment (written by a release that computed ids
// differently) are replaced, not refused, also for the last document.
func TestDBRecordsOfAnOlderRelease(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			docs := fixtureDocs()[:2] // the newsletter is last
			recs := recordsOf(docs)
			var older []Record
			for _, r := range recs {
				r.ID = "old-" + r.ID
				older = append(older, r)
			}
			load(t, b, older)
			load(t, b, recs)
			checkConsistent(t, b.db)
			got := queryLines(t, b.db, `SELECT count(*) FROM records WHERE id LIKE 'old-%'`)
			if !slices.Equal(got, []string{"0"}) || count(t, b.db, "records") != len(recs) || count(t, b.db, "errors") != 0 {
				t.Errorf("old-id records left: %q; records %d, want %d; errors %d, want 0",
					got, count(t, b.db, "records"), len(recs), count(t, b.db, "errors"))
			}
		})
	}
}

// TestDBSourceTwiceInOneBatch gives one document twice in a run (the same
// file named twice on the command line): it is stored once.
func TestDBSourceTwiceInOneBatch(t *testing.T) {
	fx := fixtureDocs()
	recs := recordsOf([]fixtureDoc{fx[1], fx[0], fx[1]})
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			load(t, b, recs, WithBatchSize(100))
			checkConsistent(t, b.db)
			if got := count(t, b.db, "records"); got != 3 {
				t.Errorf("records: got %d, want 3", got)
			}
			if got := count(t, b.db, "errors"); got != 0 {
				t.Errorf("errors: got %d, want 0: %q", got, queryLines(t, b.db, "SELECT message FROM errors"))
			}
		})
	}
}

// mustMigrations returns the migrations of the backend's dialect, so that
// counts follow new migration files.
func mustMigrations(t testing.TB, dialect string) []migration {
	t.Helper()
	ms, err := migrations(dialect)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// TestStorableRecord: every string of a record, in every list field, is
// made storable in a copy; the caller's record is left as it was.
func TestStorableRecord(t *testing.T) {
	const bad, good = "a\x00b\xff", "a\uFFFDb\uFFFD"
	tests := []struct {
		name string
		set  func(r *Record)
		get  func(r Record) string
	}{
		{"title", func(r *Record) { r.Title = bad }, func(r Record) string { return r.Title }},
		{"published", func(r *Record) { p := bad; r.Published = &p }, func(r Record) string { return *r.Published }},
		{"person mention", func(r *Record) { r.People = []Person{{Mentions: []Mention{{Text: bad}}}} }, func(r Record) string { return r.People[0].Mentions[0].Text }},
		{"agency alias", func(r *Record) { r.Agencies = []Agency{{Aliases: []string{"ok", bad}}} }, func(r Record) string { return r.Agencies[0].Aliases[1] }},
		{"date role", func(r *Record) { r.Dates = []Date{{Role: bad}} }, func(r Record) string { return r.Dates[0].Role }},
		{"agenda title", func(r *Record) { r.Agenda = []AgendaItem{{Title: bad, Parent: intp(0)}} }, func(r Record) string { return r.Agenda[0].Title }},
		{"event chair", func(r *Record) { r.Events = []Event{{Chairs: []string{bad}}} }, func(r Record) string { return r.Events[0].Chairs[0] }},
		{"event mention", func(r *Record) { r.Events = []Event{{Mentions: []Mention{{Text: bad}}}} }, func(r Record) string { return r.Events[0].Mentions[0].Text }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Record
			tt.set(&r)
			s := storableRecord(r)
			if got := tt.get(s); got != good {
				t.Errorf("storable copy: got %q, want %q", got, good)
			}
			if got := tt.get(r); got != bad {
				t.Errorf("caller's record changed to %q", got)
			}
			if (s.Dates == nil) != (r.Dates == nil) || (s.Events == nil) != (r.Events == nil) {
				t.Errorf("nil lists not kept nil")
			}
		})
	}
}
