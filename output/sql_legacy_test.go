package output

import (
	"database/sql"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"testing"
	"time"
)

// Databases written before output owned its wire types and wrote child
// tables from table descriptions must keep working: they are opened,
// migrated forward (when newer migrations exist) and written to by this
// code.
//
// testdata/legacy/v3.sqlite.sql is `sqlite3 FILE .dump` of the database
// that `communique run --sqlite FILE` of that release (commit d67b7b2)
// wrote for five documents of testdata/unseen/docs (w10, w18, w35, w38)
// and a broken PDF: six records, one error, events with chairs, hosts
// and participants, agenda items, agency parents. Its schema is migration
// 0003, applied by the runner of sql_migrate.go.

// legacyVersion is the schema version of the legacy fixture.
const legacyVersion = 3

// legacySQLite returns a SQLite backend whose database is the legacy
// fixture, as that release left it.
func legacySQLite(t *testing.T) *backend {
	t.Helper()
	dump, err := os.ReadFile("testdata/legacy/v3.sqlite.sql")
	if err != nil {
		t.Fatal(err)
	}
	b := sqliteBackend(t)
	if _, err := b.db.Exec(string(dump)); err != nil {
		t.Fatalf("load legacy dump: %v", err)
	}
	return b
}

// storedRecords returns the records a database holds (records.raw and
// errors.raw), in the order a run writes them: by source, then segment.
func storedRecords(t *testing.T, db *sql.DB) []Record {
	t.Helper()
	rows, err := db.Query(`SELECT source_identity, segment, raw FROM records
		UNION ALL SELECT source_identity, -1, raw FROM errors ORDER BY 1, 2`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var recs []Record
	for rows.Next() {
		var id, raw string
		var seg int
		if err := rows.Scan(&id, &seg, &raw); err != nil {
			t.Fatal(err)
		}
		var r Record
		if err := json.Unmarshal([]byte(raw), &r); err != nil {
			t.Fatalf("record of %s: %v", id, err)
		}
		recs = append(recs, r)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

// eventDump is the event tables without surrogate ids, as logicalDump.
func eventDump(t testing.TB, db *sql.DB) map[string][]string {
	t.Helper()
	qs := map[string]string{
		"record_events": `SELECT re.record_id, re.ord, re.name, re.ordinal, re.dates, re.place, re.country, s.key, s.name,
			e.name, e.ordinal, e.dates, e.start_date, e.end_date, e.place, e.country
			FROM record_events re LEFT JOIN event_series s ON s.id = re.series_id LEFT JOIN events e ON e.id = re.event_id`,
		"event_chairs":   `SELECT c.record_id, c.ord, p.name, p.country FROM event_chairs c JOIN people p ON p.id = c.person_id`,
		"event_parties":  `SELECT x.record_id, x.ord, x.idx, x.role, a.name, x.country FROM event_parties x LEFT JOIN agencies a ON a.id = x.agency_id`,
		"event_mentions": `SELECT record_id, ord, idx, start_char, end_char, text FROM event_mentions`,
		"agenda_text":    `SELECT record_id, idx, text, inline FROM agenda_items`,
		"date_text":      `SELECT record_id, ord, text, relative FROM record_dates`,
	}
	return sortedQueries(t, db, qs)
}

// timestampRE matches the timestamps a sink writes (created_at,
// updated_at, applied_at), which differ between two loads.
var timestampRE = regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z`)

// maskTimestamps returns a snapshot with its timestamps replaced.
func maskTimestamps(s map[string][]string) map[string][]string {
	out := map[string][]string{}
	for table, lines := range s {
		for _, l := range lines {
			out[table] = append(out[table], timestampRE.ReplaceAllString(l, "TS"))
		}
		slices.Sort(out[table])
	}
	return out
}

// sqliteSchema is the database's schema: every object's SQL.
func sqliteSchema(t testing.TB, db *sql.DB) []string {
	t.Helper()
	return queryLines(t, db, `SELECT type, name, sql FROM sqlite_schema ORDER BY type, name`)
}

// changedLegacyRecord returns recs with the first record that names
// events changed as a new extraction would: its last person and last event
// gone, an agency alias added.
func changedLegacyRecord(t *testing.T, recs []Record) []Record {
	t.Helper()
	out := slices.Clone(recs)
	for i, r := range out {
		if len(r.Events) < 2 || len(r.People) < 2 || len(r.Agencies) == 0 {
			continue
		}
		r.People = slices.Clone(r.People[:len(r.People)-1])
		r.Events = slices.Clone(r.Events[:len(r.Events)-1])
		r.Agencies = slices.Clone(r.Agencies)
		r.Agencies[0].Aliases = append(slices.Clone(r.Agencies[0].Aliases), "Legacy Test Alias")
		out[i] = r
		return out
	}
	t.Fatal("no legacy record with two events, two people and an agency")
	return nil
}

func TestDBLegacySQLiteDatabase(t *testing.T) {
	legacy := legacySQLite(t)
	recs := storedRecords(t, legacy.db)
	if len(recs) != 7 {
		t.Fatalf("legacy records: got %d, want 7 (6 records, 1 error)", len(recs))
	}
	all := mustMigrations(t, "sqlite")
	schema := sqliteSchema(t, legacy.db)
	migrated := queryLines(t, legacy.db, `SELECT version, name, applied_at FROM schema_migrations ORDER BY version`)
	if len(migrated) != legacyVersion {
		t.Fatalf("legacy schema_migrations: %q", migrated)
	}
	before := snapshot(t, legacy.db)

	// Opening it and writing the same records again changes nothing, not
	// even updated_at: the new code stores what the old code stored.
	load(t, legacy, recs, withClock(newTestClock().now))
	after := snapshot(t, legacy.db)
	gotMigrated := queryLines(t, legacy.db, `SELECT version, name, applied_at FROM schema_migrations ORDER BY version`)
	if len(gotMigrated) != len(all) || !slices.Equal(gotMigrated[:legacyVersion], migrated) {
		t.Errorf("schema_migrations after open: got %q, want the legacy rows %q and one per newer migration (%d in all)", gotMigrated, migrated, len(all))
	}
	delete(after, "schema_migrations")
	delete(before, "schema_migrations")
	diffDumps(t, "legacy database rewritten", after, before)
	if len(all) == legacyVersion {
		if got := sqliteSchema(t, legacy.db); !slices.Equal(got, schema) {
			t.Errorf("schema changed on open without a new migration:\ngot  %q\nwant %q", head(got), head(schema))
		}
	}

	// A fresh database loaded by this code has the same rows, surrogate
	// ids included (the same records in the same order), timestamps apart.
	fresh := sqliteBackend(t)
	load(t, fresh, recs)
	diffDumps(t, "fresh database", maskTimestamps(snapshot(t, fresh.db)), maskTimestamps(snapshot(t, legacy.db)))

	// A changed record replaces its child rows in the legacy database as in
	// the fresh one.
	changed := changedLegacyRecord(t, recs)
	load(t, legacy, changed)
	load(t, fresh, changed)
	checkConsistent(t, legacy.db)
	diffDumps(t, "changed record", maskTimestamps(snapshot(t, legacy.db)), maskTimestamps(snapshot(t, fresh.db)))
	if got := queryLines(t, legacy.db, `SELECT count(*) FROM record_agencies WHERE aliases LIKE '%Legacy Test Alias%'`); !slices.Equal(got, []string{"1"}) {
		t.Errorf("changed agency rows with the new alias: got %q, want 1", got)
	}
}

// legacyPostgresSchema builds the schema the legacy release's runner left
// in a PostgreSQL database: its schema_migrations table and migrations up
// to legacyVersion, each recorded as that runner recorded it.
func legacyPostgresSchema(t *testing.T, db *sql.DB) {
	t.Helper()
	const ddl = `CREATE TABLE schema_migrations (
		version    integer PRIMARY KEY,
		name       text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now()
	)`
	if _, err := db.Exec(ddl); err != nil {
		t.Fatal(err)
	}
	for _, m := range mustMigrations(t, "postgres") {
		if m.version > legacyVersion {
			break
		}
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatalf("migration %d: %v", m.version, err)
		}
		applied := time.Date(2026, 11, 1, 0, 0, m.version, 0, time.UTC)
		if _, err := db.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`, m.version, m.name, applied); err != nil {
			t.Fatal(err)
		}
	}
}

// pgColumns is the schema's tables and columns with their types.
func pgColumns(t testing.TB, db *sql.DB) []string {
	t.Helper()
	return queryLines(t, db, `SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '')
		FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`)
}

func TestDBLegacyPostgresDatabase(t *testing.T) {
	pg := postgresBackend(t)
	if pg == nil {
		t.Skip(postgresEnv + " not set: skipping PostgreSQL integration tests")
	}
	legacy := legacySQLite(t)
	recs := storedRecords(t, legacy.db)
	legacyPostgresSchema(t, pg.db)
	columns := pgColumns(t, pg.db)
	migrated := queryLines(t, pg.db, `SELECT version, name, applied_at FROM schema_migrations ORDER BY version`)

	load(t, pg, recs)
	all := mustMigrations(t, "postgres")
	got := queryLines(t, pg.db, `SELECT version, name, applied_at FROM schema_migrations ORDER BY version`)
	if len(got) != len(all) || !slices.Equal(got[:legacyVersion], migrated) {
		t.Errorf("schema_migrations after open: got %q, want the legacy rows %q and one per newer migration (%d in all)", got, migrated, len(all))
	}
	if len(all) == legacyVersion {
		if got := pgColumns(t, pg.db); !slices.Equal(got, columns) {
			t.Errorf("columns changed on open without a new migration")
		}
	}
	// What this code writes into the legacy schema is what the legacy
	// release wrote into SQLite (the dialects store the same rows).
	diffDumps(t, "postgres vs legacy sqlite", logicalDump(t, pg.db), logicalDump(t, legacy.db))
	diffDumps(t, "postgres vs legacy sqlite events", eventDump(t, pg.db), eventDump(t, legacy.db))
	checkConsistent(t, pg.db)

	before := snapshot(t, pg.db)
	load(t, pg, recs)
	diffDumps(t, "rerun", snapshot(t, pg.db), before)
	load(t, pg, changedLegacyRecord(t, recs))
	checkConsistent(t, pg.db)
	if got := queryLines(t, pg.db, `SELECT count(*) FROM record_agencies WHERE 'Legacy Test Alias' = ANY(aliases)`); !slices.Equal(got, []string{"1"}) {
		t.Errorf("changed agency rows with the new alias: got %q, want 1", got)
	}
}
