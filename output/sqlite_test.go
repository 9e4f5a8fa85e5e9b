package output

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func sqliteBackend(t *testing.T) *backend {
	t.Helper()
	path := filepath.Join(t.TempDir(), "records.db")
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	b := &backend{name: "sqlite", db: db, childEnv: []string{"COMMUNIQUE_KILL_SQLITE=" + path}}
	b.open = func(t testing.TB, opts ...DBOption) dbSinkT {
		t.Helper()
		s, err := OpenSQLite(context.Background(), path, opts...)
		if err != nil {
			t.Fatalf("open sqlite: %v", err)
		}
		return s
	}
	b.openErr = func() error {
		s, err := OpenSQLite(context.Background(), path)
		if err == nil {
			s.Close(context.Background())
		}
		return err
	}
	b.reset = func(t testing.TB) {
		b.open(t).Close(context.Background())
		resetTables(t, db)
	}
	b.refuseTitle = func(t testing.TB, title string) {
		b.open(t).Close(context.Background())
		q := `CREATE TRIGGER refuse BEFORE INSERT ON records WHEN NEW.title = '` + strings.ReplaceAll(title, "'", "''") + `'
			BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func TestSQLiteDSN(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"plain.db", "with space.db", "what?.db", "hash#1.db", "per%cent.db"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			s, err := OpenSQLite(context.Background(), path)
			if err != nil {
				t.Fatalf("open %q: %v", path, err)
			}
			if err := s.Close(context.Background()); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(path); err != nil {
				t.Errorf("database not at %q: %v", path, err)
			}
		})
	}
}

func TestSQLiteSettings(t *testing.T) {
	b := sqliteBackend(t)
	b.open(t).Close(context.Background())
	for _, tc := range []struct{ pragma, want string }{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", fmt.Sprint(sqliteBusyTimeout.Milliseconds())},
	} {
		t.Run(tc.pragma, func(t *testing.T) {
			got := queryLines(t, b.db, "PRAGMA "+tc.pragma)
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSQLiteOpenErrors(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "not.db")
	if err := os.WriteFile(notDB, []byte("this is not a database, just text that is long enough to fill a header"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, path, want string }{
		{"empty path", "", "no database file"},
		{"missing directory", filepath.Join(dir, "no", "such", "dir", "x.db"), "sqlite " + filepath.Join(dir, "no")},
		{"not a database", notDB, "not a database"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := OpenSQLite(context.Background(), tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// TestKillHelperProcess is not a test: TestDBKilledProcess runs the test
// binary again with it to load records until it is killed.
func TestKillHelperProcess(t *testing.T) {
	var s Sink
	var err error
	switch {
	case os.Getenv("COMMUNIQUE_KILL_SQLITE") != "":
		s, err = OpenSQLite(context.Background(), os.Getenv("COMMUNIQUE_KILL_SQLITE"), WithBatchSize(killBatch))
	case os.Getenv("COMMUNIQUE_KILL_POSTGRES") != "":
		s, err = OpenPostgres(context.Background(), os.Getenv("COMMUNIQUE_KILL_POSTGRES"), WithBatchSize(killBatch))
	default:
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	for _, r := range recordsOf(generatedDocs(killDocs)) {
		if err := s.Write(context.Background(), r); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
	}
	s.Close(context.Background())
	os.Exit(0)
}

const (
	killDocs  = 800
	killBatch = 64
)

// TestDBKilledProcess kills a loading process (SIGKILL, most likely inside
// a transaction) and checks that the database is consistent, holds whole
// documents only, and that a restarted run ends complete.
func TestDBKilledProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("short: skipping the killed-process test")
	}
	docs := generatedDocs(killDocs)
	recs := recordsOf(docs)
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			b.open(t).Close(context.Background()) // schema, so we can poll
			cmd := exec.Command(os.Args[0], "-test.run=^TestKillHelperProcess$")
			cmd.Env = append(os.Environ(), b.childEnv...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(60 * time.Second)
			for count(t, b.db, "records") < killBatch/2 && time.Now().Before(deadline) {
				time.Sleep(2 * time.Millisecond)
			}
			cmd.Process.Signal(syscall.SIGKILL)
			err := cmd.Wait()
			if err == nil {
				t.Fatalf("helper finished before it was killed; stderr: %s", stderr.String())
			}
			if !strings.Contains(err.Error(), "killed") {
				t.Fatalf("helper failed on its own: %v; stderr: %s", err, stderr.String())
			}
			stored := count(t, b.db, "records")
			t.Logf("killed after %d of %d records were committed", stored, len(recs))
			checkConsistent(t, b.db)
			checkWholeDocuments(t, b.db, docSizes(docs))

			load(t, b, recs, WithBatchSize(killBatch))
			checkConsistent(t, b.db)
			got := logicalDump(t, b.db)
			b.reset(t)
			load(t, b, recs, WithBatchSize(killBatch))
			diffDumps(t, "restarted after kill vs clean run", got, logicalDump(t, b.db))
		})
	}
}

// benchmarkSink reports how many records per second go into a sink: a
// corpus of distinct documents, loaded into an empty database.
func benchmarkSink(b *testing.B, open func(b *testing.B) Sink, reset func(b *testing.B)) {
	recs := recordsOf(generatedDocs(500))
	var bytes int64
	for _, r := range recs {
		bytes += int64(len(r.Text))
	}
	b.SetBytes(bytes)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		reset(b)
		s := open(b)
		b.StartTimer()
		for _, r := range recs {
			if err := s.Write(context.Background(), r); err != nil {
				b.Fatal(err)
			}
		}
		if err := s.Close(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(recs)*b.N)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkSQLiteSink(b *testing.B) {
	dir := b.TempDir()
	n := 0
	var path string
	benchmarkSink(b,
		func(b *testing.B) Sink {
			s, err := OpenSQLite(context.Background(), path)
			if err != nil {
				b.Fatal(err)
			}
			return s
		},
		func(b *testing.B) {
			n++
			path = filepath.Join(dir, fmt.Sprintf("bench%d.db", n))
			s, err := OpenSQLite(context.Background(), path) // migrate outside the timer
			if err != nil {
				b.Fatal(err)
			}
			s.Close(context.Background())
		})
}
