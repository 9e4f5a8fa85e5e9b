package web

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// Dialects of Store.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// Store answers the pages' queries from a database loaded by the SQL sinks
// (schema in output/migrations). It only reads: SQLite is opened
// read-only, PostgreSQL sessions are read-only transactions. It is safe
// for concurrent use.
type Store struct {
	db      *sql.DB
	dialect string
	// fullText: the records' full-text index exists (migration
	// 0003_fulltext); without it search falls back to substring matching.
	fullText bool
	// events: the events tables exist (meeting series pages).
	events bool

	countsMu    sync.Mutex
	countsCache map[string]countsEntry // by entity kind
}

// countsEntry is one kind's entities with their release counts, as of at.
type countsEntry struct {
	at     time.Time
	counts []Count
}

// countsTTL is how long entity counts are kept.
const countsTTL = time.Minute

// OpenSQLite opens the SQLite database at path read-only.
func OpenSQLite(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("sqlite: no database file given")
	}
	esc := strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23").Replace(path)
	// Reads go through a memory map and a 64 MB page cache per connection:
	// without them every page costs a read system call.
	dsn := "file:" + esc + "?mode=ro&_pragma=query_only(1)&_pragma=busy_timeout(5000)" +
		"&_pragma=mmap_size(1073741824)&_pragma=cache_size(-65536)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	return newStore(ctx, db, SQLite, path)
}

// OpenPostgres opens the PostgreSQL database at dsn with read-only
// sessions.
func OpenPostgres(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, errors.New("postgres: cannot parse the DSN")
	}
	cfg.RuntimeParams["default_transaction_read_only"] = "on"
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(8)
	return newStore(ctx, db, Postgres, cfg.Host+"/"+cfg.Database)
}

func newStore(ctx context.Context, db *sql.DB, dialect, name string) (*Store, error) {
	s := &Store{db: db, dialect: dialect}
	var err error
	if s.events, err = s.tableExists(ctx, "event_series"); err == nil {
		s.fullText, err = s.fullTextExists(ctx)
	}
	if err == nil {
		var ok bool
		if ok, err = s.tableExists(ctx, "records"); err == nil && !ok {
			err = errors.New("no records table: not a communique database (load one with communique run --sqlite/--postgres)")
		}
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("%s %s: %w", dialect, name, err)
	}
	return s, nil
}

// Close releases the database.
func (s *Store) Close() error { return s.db.Close() }

// HasEvents reports whether the database has the events tables.
func (s *Store) HasEvents() bool { return s.events }

func (s *Store) tableExists(ctx context.Context, name string) (bool, error) {
	q := `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`
	if s.dialect == Postgres {
		q = `SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?`
	}
	var n int
	if err := s.db.QueryRowContext(ctx, s.q(q), name).Scan(&n); err != nil {
		return false, fmt.Errorf("look for table %s: %w", name, err)
	}
	return n > 0, nil
}

func (s *Store) fullTextExists(ctx context.Context) (bool, error) {
	if s.dialect == SQLite {
		return s.tableExists(ctx, "records_fts")
	}
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'records_fulltext'`).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("look for the full-text index: %w", err)
	}
	return n > 0, nil
}

// q rewrites ? placeholders as $1, $2, ... for PostgreSQL. The queries of
// this file have no ? inside literals.
func (s *Store) q(query string) string {
	if s.dialect != Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, c := range query {
		if c == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// month is the SQL expression of a record's publication month, YYYY-MM.
func (s *Store) month() string {
	if s.dialect == Postgres {
		return "to_char(r.published_start, 'YYYY-MM')"
	}
	return "substr(r.published_start, 1, 7)"
}

// day is the SQL text of a date column, YYYY-MM-DD or NULL.
func (s *Store) day(col string) string {
	return "CAST(" + col + " AS TEXT)"
}

// rowScanner is the current row of a query.
type rowScanner interface{ Scan(dest ...any) error }

// query runs a query and calls scan for each row.
func (s *Store) query(ctx context.Context, scan func(rowScanner) error, query string, args ...any) error {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
