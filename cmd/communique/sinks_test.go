package main

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // "pgx" driver for reading the database back
	_ "modernc.org/sqlite"             // "sqlite" driver for reading the database back
)

// sinkCorpora are the folders the database tests load through the real
// pipeline: the repository's sample, and the shared dev corpus beside the
// repository when it is there.
func sinkCorpora(t *testing.T) []string {
	dirs := []string{"testdata/sample"}
	if _, err := os.Stat(filepath.Join(repoRoot, "../shared/corpus/dev")); err == nil {
		dirs = append(dirs, "../shared/corpus/dev")
	}
	return dirs
}

// jsonlByID splits JSON Lines output into its records' raw JSON by id.
func jsonlByID(t *testing.T, out string) (ok, failed map[string]map[string]any) {
	t.Helper()
	ok, failed = map[string]map[string]any{}, map[string]map[string]any{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("JSON Lines output: %v: %.200s", err, line)
		}
		id, _ := m["id"].(string)
		if _, isErr := m["error"]; isErr {
			failed[id] = m
		} else {
			ok[id] = m
		}
	}
	return ok, failed
}

// storedByID reads the raw JSON of every record (or error) row by id.
func storedByID(t *testing.T, db *sql.DB, q string) map[string]map[string]any {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("query %q: %v", q, err)
	}
	defer rows.Close()
	out := map[string]map[string]any{}
	for rows.Next() {
		var id, raw string
		if err := rows.Scan(&id, &raw); err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(raw), &m); err != nil {
			t.Fatalf("record %s: raw JSON: %v", id, err)
		}
		out[id] = m
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func stamps(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query(`SELECT id, raw_sha256, CAST(updated_at AS text) FROM records ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id, h, u string
		if err := rows.Scan(&id, &h, &u); err != nil {
			t.Fatal(err)
		}
		out = append(out, id+" "+h+" "+u)
	}
	return out
}

// dbTarget is a database the command writes to: the flags that name it
// and a connection to read it back.
type dbTarget struct {
	name  string
	flags []string
	db    *sql.DB
}

func sqliteTarget(t *testing.T) dbTarget {
	path := filepath.Join(t.TempDir(), "records.db")
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return dbTarget{name: "sqlite", flags: []string{"--sqlite", path}, db: db}
}

// postgresTarget returns a fresh schema in COMMUNIQUE_TEST_POSTGRES, or
// false when it is not set.
func postgresTarget(t *testing.T) (dbTarget, bool) {
	base := os.Getenv("COMMUNIQUE_TEST_POSTGRES")
	if base == "" {
		t.Log("COMMUNIQUE_TEST_POSTGRES not set: skipping PostgreSQL integration tests")
		return dbTarget{}, false
	}
	u, err := url.Parse(base)
	if err != nil || u.Scheme == "" {
		t.Fatal("COMMUNIQUE_TEST_POSTGRES: the command tests need a postgres:// URL")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	schema := "cmdtest_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE") })
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	db, err := sql.Open("pgx", u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return dbTarget{name: "postgres", flags: []string{"--postgres", u.String()}, db: db}, true
}

// TestRunIntoDatabases runs the real pipeline into SQLite (and PostgreSQL
// when configured), alone and together with a JSON Lines file: the
// databases hold exactly the records of the JSON Lines output, stdout stays
// empty, and a second run changes nothing.
func TestRunIntoDatabases(t *testing.T) {
	for _, corpus := range sinkCorpora(t) {
		t.Run(filepath.Base(corpus), func(t *testing.T) {
			base := runBinary(t, "", "run", corpus)
			wantOK, wantFailed := jsonlByID(t, base.stdout)
			if len(wantOK) == 0 {
				t.Fatalf("run %s: no records; stderr: %s", corpus, base.stderr)
			}
			targets := []dbTarget{sqliteTarget(t)}
			if pg, ok := postgresTarget(t); ok {
				targets = append(targets, pg)
			}
			jsonl := filepath.Join(t.TempDir(), "records.jsonl")
			args := []string{"run", "-o", jsonl}
			for _, tg := range targets {
				args = append(args, tg.flags...)
			}
			args = append(args, corpus)
			for pass := 1; pass <= 2; pass++ {
				var before map[string][]string
				if pass == 2 {
					before = map[string][]string{}
					for _, tg := range targets {
						before[tg.name] = stamps(t, tg.db)
					}
				}
				res := runBinary(t, "", args...)
				if res.code != base.code {
					t.Fatalf("pass %d: exit %d, want %d like the JSON Lines run; stderr: %s", pass, res.code, base.code, res.stderr)
				}
				if res.stdout != "" {
					t.Errorf("pass %d: stdout has %d bytes, want none when sinks are named", pass, len(res.stdout))
				}
				file, err := os.ReadFile(jsonl)
				if err != nil {
					t.Fatal(err)
				}
				if gotOK, _ := jsonlByID(t, string(file)); !reflect.DeepEqual(gotOK, wantOK) {
					t.Errorf("pass %d: -o file differs from stdout output", pass)
				}
				for _, tg := range targets {
					gotOK := storedByID(t, tg.db, `SELECT id, CAST(raw AS text) FROM records`)
					gotFailed := storedByID(t, tg.db, `SELECT record_id, CAST(raw AS text) FROM errors`)
					if !reflect.DeepEqual(gotOK, wantOK) {
						t.Errorf("%s pass %d: records %v, want the JSON Lines records %v", tg.name, pass, sortedIDs(gotOK), sortedIDs(wantOK))
					}
					if !reflect.DeepEqual(gotFailed, wantFailed) {
						t.Errorf("%s pass %d: errors %v, want the failed documents %v", tg.name, pass, sortedIDs(gotFailed), sortedIDs(wantFailed))
					}
					if pass == 2 && !slices.Equal(stamps(t, tg.db), before[tg.name]) {
						t.Errorf("%s: second run over the same input changed records", tg.name)
					}
				}
			}
		})
	}
}

func sortedIDs(m map[string]map[string]any) []string {
	var ids []string
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// TestRunDatabaseErrors checks that a database that cannot be opened stops
// the run before any document is read (exit 2: a configuration error) with
// a message that names the problem, not the DSN's password, and leaves no
// JSON Lines file behind.
func TestRunDatabaseErrors(t *testing.T) {
	const secret = "hunter2-Secret"
	cases := []struct{ name, dsn, want string }{
		{"nobody listening", "postgres://alice:" + secret + "@127.0.0.1:1/db?sslmode=disable&connect_timeout=5", "postgres: connect to alice@127.0.0.1:1/db"},
		{"not a DSN", "postgres://alice:" + secret + "@127.0.0.1:port/db", "postgres: invalid DSN"},
	}
	if base := os.Getenv("COMMUNIQUE_TEST_POSTGRES"); base != "" {
		if u, err := url.Parse(base); err == nil && u.User != nil {
			u.User = url.UserPassword(u.User.Username(), secret)
			cases = append(cases, struct{ name, dsn, want string }{"wrong password", u.String(),
				`postgres: authentication failed for user "` + u.User.Username() + `"`})
		}
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			jsonl := filepath.Join(t.TempDir(), "out.jsonl")
			res := runBinary(t, "", "run", "-o", jsonl, "--postgres", tc.dsn, "testdata/sample")
			if res.code != 2 {
				t.Errorf("exit %d, want 2", res.code)
			}
			if strings.Contains(res.stderr, "learning repeated lines") {
				t.Errorf("the run read documents before failing: %q", res.stderr)
			}
			if !strings.Contains(res.stderr, tc.want) {
				t.Errorf("stderr %q, want it to contain %q", res.stderr, tc.want)
			}
			if strings.Contains(res.stderr, secret) || strings.Contains(res.stdout, secret) {
				t.Errorf("output echoes the password: %q", res.stderr)
			}
			if _, err := os.Stat(jsonl); !os.IsNotExist(err) {
				t.Errorf("JSON Lines file left behind (stat: %v)", err)
			}
		})
	}
}

// TestCrawlIntoDatabases crawls a loopback site into the databases: the
// first pass stores every release, a pass with a changed page replaces
// only that page's record.
func TestCrawlIntoDatabases(t *testing.T) {
	srv, _, setBudget := releaseSite(t)
	targets := []dbTarget{sqliteTarget(t)}
	if pg, ok := postgresTarget(t); ok {
		targets = append(targets, pg)
	}
	var flags []string
	for _, tg := range targets {
		flags = append(flags, tg.flags...)
	}
	state := filepath.Join(t.TempDir(), "state")
	crawl := func(pass int) {
		t.Helper()
		var stdout, stderr strings.Builder
		if err := run(t.Context(), crawlArgs(srv, state, flags...), nil, &stdout, &stderr); err != nil {
			t.Fatalf("crawl pass %d: %v\n%s", pass, err, stderr.String())
		}
		if stdout.Len() != 0 {
			t.Errorf("crawl pass %d: stdout has %d bytes, want none when sinks are named", pass, stdout.Len())
		}
	}
	crawl(1)
	first := map[string][]string{}
	for _, tg := range targets {
		got := storedByID(t, tg.db, `SELECT id, CAST(raw AS text) FROM records`)
		if len(got) != 3 {
			t.Errorf("%s: %d records after the first crawl, want 3", tg.name, len(got))
		}
		for id, r := range got {
			if src, _ := r["source"].(map[string]any); src["fetched_at"] == nil {
				t.Errorf("%s: record %s has no fetched_at", tg.name, id)
			}
		}
		first[tg.name] = stamps(t, tg.db)
	}
	setBudget("The Treasury corrected the budget statement on 5 March 2024.")
	crawl(2)
	for _, tg := range targets {
		after := stamps(t, tg.db)
		if len(after) != 3 {
			t.Fatalf("%s: %d records after the second crawl, want 3", tg.name, len(after))
		}
		changed := 0
		for i := range after {
			if after[i] != first[tg.name][i] {
				changed++
			}
		}
		if changed != 1 {
			t.Errorf("%s: %d records changed by a crawl that changed one page, want 1", tg.name, changed)
		}
		var text string
		if err := tg.db.QueryRow(`SELECT text FROM records WHERE source_uri = $1`, srv.URL+"/releases/budget/").Scan(&text); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(text, "corrected") {
			t.Errorf("%s: budget release text %q, want the corrected page", tg.name, text)
		}
	}
}

// TestRunModifiedDocumentIntoDatabases edits one file of a folder between
// two runs: only that file's records change in the databases.
func TestRunModifiedDocumentIntoDatabases(t *testing.T) {
	dir := t.TempDir()
	entries, err := os.ReadDir(filepath.Join(repoRoot, "testdata/sample"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(repoRoot, "testdata/sample", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		writeFiles(t, dir, map[string][]byte{e.Name(): b})
	}
	targets := []dbTarget{sqliteTarget(t)}
	if pg, ok := postgresTarget(t); ok {
		targets = append(targets, pg)
	}
	args := []string{"run"}
	for _, tg := range targets {
		args = append(args, tg.flags...)
	}
	args = append(args, dir)
	runBinary(t, "", args...)
	before := map[string][]string{}
	for _, tg := range targets {
		before[tg.name] = stamps(t, tg.db)
	}
	edited := filepath.Join(dir, "us-iraq-loan-guarantee.txt")
	f, err := os.OpenFile(edited, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("\nThe agreement was amended on 2 May 2024 by the Ministry of Finance.\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	runBinary(t, "", args...)
	for _, tg := range targets {
		var editedIDs []string
		rows, err := tg.db.Query(`SELECT id FROM records WHERE source_path = $1`, edited)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			editedIDs = append(editedIDs, id)
		}
		rows.Close()
		if len(editedIDs) == 0 {
			t.Fatalf("%s: no record of %s", tg.name, edited)
		}
		after := stamps(t, tg.db)
		if len(after) != len(before[tg.name]) {
			t.Fatalf("%s: %d records after the edit, want %d", tg.name, len(after), len(before[tg.name]))
		}
		for i := range after {
			id, _, _ := strings.Cut(after[i], " ")
			wantChanged := slices.Contains(editedIDs, id)
			if changed := after[i] != before[tg.name][i]; changed != wantChanged {
				t.Errorf("%s: record %s changed=%v, want %v (only the edited file's records change)", tg.name, id, changed, wantChanged)
			}
		}
	}
}
