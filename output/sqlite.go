package output

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"modernc.org/sqlite" // also registers the "sqlite" database/sql driver
	sqlite3 "modernc.org/sqlite/lib"
)

// SQLite is a Sink that writes records into a SQLite database file
// (created when missing, migrated to the current schema on open). See
// docs/databases.md for the schema and sql_sink.go for the write protocol.
//
// The database runs in WAL mode, so analysts can query it while a run
// writes; a second writer waits for the lock (busy timeout) instead of
// failing.
type SQLite struct {
	sink *dbSink
}

// Write buffers r with the rest of its document and writes whole documents
// in batches of transactions. It is idempotent by record id (see Sink). A
// record is accepted once Write returns nil; if a batch write fails because
// ctx is done, the records stay buffered and Close writes them.
func (s *SQLite) Write(ctx context.Context, r Record) error { return s.sink.Write(ctx, r) }

// Close writes everything Write accepted, in the last transaction, and
// closes the database. After a cancelled run, call it with a context that
// is not done so the accepted records are kept.
func (s *SQLite) Close(ctx context.Context) error { return s.sink.Close(ctx) }

// abandon closes the database without writing what is buffered, as a
// killed process would (tests).
func (s *SQLite) abandon() error { return s.sink.abandon() }

// sqliteBusyTimeout is how long a statement waits for another process's
// write lock before failing.
const sqliteBusyTimeout = 30 * time.Second

// sqliteTimeFormat stores timestamps as RFC 3339 UTC with a fixed width,
// so that they sort as text.
const sqliteTimeFormat = "2006-01-02T15:04:05.000000Z"

// OpenSQLite opens (creating if needed) the SQLite database at path and
// applies pending schema migrations.
func OpenSQLite(ctx context.Context, path string, opts ...DBOption) (*SQLite, error) {
	o := defaultDBOptions()
	for _, opt := range opts {
		opt(&o)
	}
	st, err := openSQLiteStore(ctx, path)
	if err != nil {
		return nil, err
	}
	return &SQLite{sink: newDBSink(st, o)}, nil
}

// sqliteDSN is the driver's name for path with the connection settings:
// WAL, foreign keys (the cascades delete child rows), a busy timeout, and
// BEGIN IMMEDIATE so a transaction takes the write lock up front rather
// than failing to upgrade it later.
func sqliteDSN(path string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23").Replace(path)
	return "file:" + esc + "?_txlock=immediate" +
		fmt.Sprintf("&_pragma=busy_timeout(%d)", sqliteBusyTimeout.Milliseconds()) +
		"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)"
}

type sqliteStore struct {
	db   *sql.DB
	path string
	ids  *idCache
}

func openSQLiteStore(ctx context.Context, path string) (*sqliteStore, error) {
	if path == "" {
		return nil, errors.New("sqlite: no database file given")
	}
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	// One connection: the sink writes sequentially, and the per-connection
	// pragmas then hold for every statement.
	db.SetMaxOpenConns(1)
	st := &sqliteStore{db: db, path: path, ids: newIDCache()}
	if err := st.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return st, nil
}

// transient reports a database still locked by another writer after the
// busy timeout.
func (s *sqliteStore) transient(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return true
	}
	return false
}

func (s *sqliteStore) close() error {
	// Refresh the query planner's statistics where the load changed them
	// enough to matter, as SQLite recommends before closing; analysts'
	// joins depend on them.
	_, oerr := s.db.Exec("PRAGMA optimize")
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("sqlite %s: close: %w", s.path, err)
	}
	if oerr != nil {
		return fmt.Errorf("sqlite %s: optimize: %w", s.path, oerr)
	}
	return nil
}

// migrate applies pending migrations, each in its own transaction together
// with its schema_migrations row.
func (s *sqliteStore) migrate(ctx context.Context) error {
	all, err := migrations("sqlite")
	if err != nil {
		return err
	}
	const ddl = `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	) STRICT`
	if _, err := s.db.ExecContext(ctx, ddl); err != nil {
		return fmt.Errorf("sqlite %s: create schema_migrations: %w", s.path, err)
	}
	for {
		done, err := s.migrateOne(ctx, all)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
}

// migrateOne applies the first pending migration; done reports that there
// was none. The applied versions are read inside the write transaction, so
// two processes opening a new database apply each migration once.
func (s *sqliteStore) migrateOne(ctx context.Context, all []migration) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("sqlite %s: migrate: %w", s.path, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	applied, err := queryInts(ctx, tx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return false, fmt.Errorf("sqlite %s: read schema_migrations: %w", s.path, err)
	}
	todo, err := pendingMigrations(all, applied)
	if err != nil {
		return false, fmt.Errorf("sqlite %s: %w", s.path, err)
	}
	if len(todo) == 0 {
		return true, tx.Rollback()
	}
	m := todo[0]
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return false, fmt.Errorf("sqlite %s: migration %04d_%s: %w", s.path, m.version, m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, time.Now().UTC().Format(sqliteTimeFormat)); err != nil {
		return false, fmt.Errorf("sqlite %s: record migration %d: %w", s.path, m.version, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("sqlite %s: commit migration %d: %w", s.path, m.version, err)
	}
	return false, nil
}

func queryInts(ctx context.Context, tx *sql.Tx, query string) ([]int, error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// Statements of a SQLite batch.
const (
	sqliteRecordHash = `SELECT raw_sha256 FROM records WHERE id = ?`

	sqliteUpsertRecord = `INSERT INTO records (id, source_identity, source_uri, source_path, source_sha256,
		content_type, source_size, fetched_at, segment, title, published, published_start, published_end,
		language, text, schema_version, raw, raw_sha256, created_at, updated_at)
	VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19)
	ON CONFLICT (id) DO UPDATE SET source_identity = excluded.source_identity,
		source_uri = excluded.source_uri, source_path = excluded.source_path,
		source_sha256 = excluded.source_sha256, content_type = excluded.content_type,
		source_size = excluded.source_size, fetched_at = excluded.fetched_at,
		segment = excluded.segment, title = excluded.title, published = excluded.published,
		published_start = excluded.published_start, published_end = excluded.published_end,
		language = excluded.language, text = excluded.text, schema_version = excluded.schema_version,
		raw = excluded.raw, raw_sha256 = excluded.raw_sha256, updated_at = excluded.updated_at
	WHERE records.raw_sha256 <> excluded.raw_sha256`

	// sqliteDeleteStale deletes records of a source (?1) that its new
	// version (ids ?2, a JSON array) no longer has: all of them when the
	// document is complete (?3), else those of other bytes (sha256 ?4) and
	// those at a segment it has (?5) under another id (ids of an older
	// release of this program).
	sqliteDeleteStale = `DELETE FROM records WHERE source_identity = ?1
		AND id NOT IN (SELECT value FROM json_each(?2))
		AND (?3 OR source_sha256 IS NOT ?4 OR segment IN (SELECT value FROM json_each(?5)))`

	sqliteDeleteError = `DELETE FROM errors WHERE source_identity = ?`

	sqliteUpsertError = `INSERT INTO errors (source_identity, record_id, source_uri, source_path,
		source_sha256, content_type, message, raw, raw_sha256, created_at, updated_at)
	VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
	ON CONFLICT (source_identity) DO UPDATE SET record_id = excluded.record_id,
		source_uri = excluded.source_uri, source_path = excluded.source_path,
		source_sha256 = excluded.source_sha256, content_type = excluded.content_type,
		message = excluded.message, raw = excluded.raw, raw_sha256 = excluded.raw_sha256,
		updated_at = excluded.updated_at
	WHERE errors.raw_sha256 <> excluded.raw_sha256`

	sqliteInsertPerson  = `INSERT INTO people (name, country) VALUES (?, ?) ON CONFLICT DO NOTHING`
	sqliteSelectPerson  = `SELECT id FROM people WHERE name = ? AND country = ?`
	sqliteInsertAgency  = `INSERT INTO agencies (name, country) VALUES (?, ?) ON CONFLICT DO NOTHING`
	sqliteSelectAgency  = `SELECT id FROM agencies WHERE name = ? AND country = ?`
	sqliteInsertPlace   = `INSERT INTO places (name, country) VALUES (?, ?) ON CONFLICT DO NOTHING`
	sqliteSelectPlace   = `SELECT id FROM places WHERE name = ? AND country = ?`
	sqliteInsertDate    = `INSERT INTO dates (value, start_date, end_date) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`
	sqliteSelectDate    = `SELECT id FROM dates WHERE value = ?`
	sqliteFillAgency    = `UPDATE agencies SET acronym = iif(acronym = '', ?1, acronym), kind = iif(kind = '', ?2, kind) WHERE id = ?3 AND ((acronym = '' AND ?1 <> '') OR (kind = '' AND ?2 <> ''))`
	sqliteFillParent    = `UPDATE agencies SET parent_id = ?1 WHERE id = ?2 AND parent_id IS NULL`
	sqliteFillPlaceKind = `UPDATE places SET kind = ?1 WHERE id = ?2 AND kind = '' AND ?1 <> ''`
)

// sqliteBatch is one transaction's prepared statements.
type sqliteBatch struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func (b *sqliteBatch) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := b.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (b *sqliteBatch) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := b.stmts[query]; ok {
		return st, nil
	}
	st, err := b.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	b.stmts[query] = st
	return st, nil
}

func (b *sqliteBatch) close() {
	for _, st := range b.stmts {
		st.Close()
	}
}

// writeBatch writes docs in one transaction; see sql_sink.go for the protocol.
func (s *sqliteStore) writeBatch(ctx context.Context, docs []*relDoc, now time.Time) (err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite %s: begin: %w", s.path, err)
	}
	b := &sqliteBatch{tx: tx, stmts: map[string]*sql.Stmt{}}
	defer func() {
		b.close()
		if err != nil {
			tx.Rollback()
			s.ids.rollback()
		}
	}()
	if err := s.writeDocs(ctx, b, docs, now.UTC().Format(sqliteTimeFormat)); err != nil {
		return fmt.Errorf("sqlite %s: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite %s: commit: %w", s.path, err)
	}
	s.ids.commit()
	return nil
}

func (s *sqliteStore) writeDocs(ctx context.Context, b *sqliteBatch, docs []*relDoc, ts string) error {
	var changed []*relRecord
	hash, err := b.stmt(ctx, sqliteRecordHash)
	if err != nil {
		return err
	}
	stored := map[string]bool{}
	seen := map[string]int{} // id -> index in changed: a source given twice is written once, the last
	for _, d := range docs {
		for _, r := range d.recs {
			if i, dup := seen[r.ID]; dup {
				changed[i] = r
				continue
			}
			var old string
			err := hash.QueryRowContext(ctx, r.ID).Scan(&old)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("read record %s: %w", r.ID, err)
			}
			stored[r.ID] = err == nil
			if old != r.rawHash {
				seen[r.ID] = len(changed)
				changed = append(changed, r)
			}
		}
	}
	if err := s.resolveEntities(ctx, b, collectEntities(changed)); err != nil {
		return err
	}
	for _, d := range docs {
		if err := s.writeDocFrame(ctx, b, d, ts); err != nil {
			return err
		}
	}
	for _, r := range changed {
		if err := s.writeRecord(ctx, b, r, ts, stored[r.ID]); err != nil {
			return fmt.Errorf("write record %s: %w", r.ID, err)
		}
		if err := resolveEvents(ctx, sqliteEventConn{b}, r); err != nil {
			return fmt.Errorf("events of record %s: %w", r.ID, err)
		}
	}
	insert := func(ctx context.Context, t *childTable, rows [][]any) error { return insertRows(ctx, b, t, rows) }
	return writeChildRows(ctx, insert, changed, s.ids, jsonArray)
}

// sqliteEventConn runs the event writer's queries in a SQLite batch.
type sqliteEventConn struct{ b *sqliteBatch }

func (c sqliteEventConn) exec(ctx context.Context, q string, args ...any) error {
	_, err := c.b.exec(ctx, strings.ReplaceAll(q, "{date}", "?"), args...)
	return err
}

func (c sqliteEventConn) queryRow(ctx context.Context, q string, args []any, dest ...any) (bool, error) {
	err := c.b.tx.QueryRowContext(ctx, strings.ReplaceAll(q, "{date}", "?"), args...).Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

func (c sqliteEventConn) query(ctx context.Context, q string, args []any, each func(scan func(...any) error) error) error {
	rows, err := c.b.tx.QueryContext(ctx, strings.ReplaceAll(q, "{date}", "?"), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}

// sqliteRowsPerInsert is how many rows one multi-row INSERT carries: far
// below SQLite's limit on bound parameters, large enough that the
// per-statement cost is spread thin.
const sqliteRowsPerInsert = 64

// insertRows inserts rows into t with multi-row INSERTs.
func insertRows(ctx context.Context, b *sqliteBatch, t *childTable, rows [][]any) error {
	for len(rows) > 0 {
		n := min(len(rows), sqliteRowsPerInsert)
		args := make([]any, 0, n*len(t.cols))
		for _, row := range rows[:n] {
			args = append(args, row...)
		}
		if _, err := b.exec(ctx, insertRowsSQL(t, n), args...); err != nil {
			return fmt.Errorf("insert %s: %w", t.name, err)
		}
		rows = rows[n:]
	}
	return nil
}

// insertRowsSQL is the INSERT of n rows into t.
func insertRowsSQL(t *childTable, n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(t.cols)), ", ") + ")"
	return "INSERT INTO " + t.name + " (" + strings.Join(t.cols, ", ") + ") VALUES " +
		strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}

// writeDocFrame writes what belongs to the document rather than to one of
// its records: the stale-record cleanup and its errors row.
func (s *sqliteStore) writeDocFrame(ctx context.Context, b *sqliteBatch, d *relDoc, ts string) error {
	if len(d.recs) > 0 {
		if d.identity == "" { // no URI or path: nothing to tell its records from others'
			return nil
		}
		ids, err := json.Marshal(d.ids())
		if err != nil {
			return err
		}
		segs, err := json.Marshal(d.segments())
		if err != nil {
			return err
		}
		if _, err := b.exec(ctx, sqliteDeleteStale, d.identity, string(ids), d.complete, nullIfEmpty(d.sha256()), string(segs)); err != nil {
			return fmt.Errorf("delete stale records of %s: %w", d.identity, err)
		}
		if _, err := b.exec(ctx, sqliteDeleteError, d.identity); err != nil {
			return fmt.Errorf("clear error of %s: %w", d.identity, err)
		}
		return nil
	}
	if f := d.failure; f != nil {
		src := f.Source
		_, err := b.exec(ctx, sqliteUpsertError, d.identity, f.ID, nullIfEmpty(storable(src.URI)), nullIfEmpty(storable(src.Path)),
			nullIfEmpty(src.SHA256), nullIfEmpty(storable(src.ContentType)), storable(f.Error), string(f.raw), f.rawHash, ts)
		if err != nil {
			return fmt.Errorf("write error of %s: %w", d.identity, err)
		}
	}
	return nil
}

// writeRecord upserts r and deletes its old child rows when it was stored.
func (s *sqliteStore) writeRecord(ctx context.Context, b *sqliteBatch, r *relRecord, ts string, stored bool) error {
	var fetched any
	if r.Source.FetchedAt != nil {
		fetched = r.Source.FetchedAt.UTC().Format(sqliteTimeFormat)
	}
	var published any
	if r.Published != nil {
		published = *r.Published
	}
	_, err := b.exec(ctx, sqliteUpsertRecord, r.ID, r.Source.Identity(), nullIfEmpty(r.Source.URI), nullIfEmpty(r.Source.Path),
		nullIfEmpty(r.Source.SHA256), nullIfEmpty(r.Source.ContentType), r.Source.Size, fetched, r.Segment, r.Title,
		published, nullIfEmpty(r.publishedStart), nullIfEmpty(r.publishedEnd), r.Language, r.Text, r.Schema,
		string(r.raw), r.rawHash, ts)
	if err != nil {
		return err
	}
	if !stored {
		return nil
	}
	for _, t := range childTables {
		if !t.owned {
			continue
		}
		if _, err := b.exec(ctx, "DELETE FROM "+t.name+" WHERE record_id = ?", r.ID); err != nil {
			return fmt.Errorf("delete old %s: %w", t.name, err)
		}
	}
	return nil
}

// jsonArray encodes a string list as a JSON array (SQLite has no arrays).
func jsonArray(ss []string) any {
	b, err := json.Marshal(ss)
	if err != nil { // cannot happen for strings
		return "[]"
	}
	return string(b)
}

// resolveEntities finds or creates the canonical rows of es and caches
// their ids; it fills acronym, kind and parent where still empty.
func (s *sqliteStore) resolveEntities(ctx context.Context, b *sqliteBatch, es entitySet) error {
	for _, k := range es.people {
		if _, ok := s.ids.person(k); ok {
			continue
		}
		id, err := s.findOrCreate(ctx, b, sqliteInsertPerson, sqliteSelectPerson, k.Name, k.Country)
		if err != nil {
			return fmt.Errorf("person %q: %w", k.Name, err)
		}
		s.ids.tx.people[k] = id
	}
	for _, k := range es.places {
		id, ok := s.ids.place(k)
		if !ok {
			var err error
			if id, err = s.findOrCreate(ctx, b, sqliteInsertPlace, sqliteSelectPlace, k.Name, k.Country); err != nil {
				return fmt.Errorf("place %q: %w", k.Name, err)
			}
			s.ids.tx.places[k] = id
		}
		if kind := es.place[k]; kind != "" {
			if _, err := b.exec(ctx, sqliteFillPlaceKind, kind, id); err != nil {
				return fmt.Errorf("place %q: %w", k.Name, err)
			}
		}
	}
	for _, k := range es.agencies {
		id, ok := s.ids.agency(k)
		if !ok {
			var err error
			if id, err = s.findOrCreate(ctx, b, sqliteInsertAgency, sqliteSelectAgency, k.Name, k.Country); err != nil {
				return fmt.Errorf("agency %q: %w", k.Name, err)
			}
			s.ids.tx.agencies[k] = id
		}
		if a := es.agency[k]; a.Acronym != "" || a.Kind != "" {
			if _, err := b.exec(ctx, sqliteFillAgency, a.Acronym, a.Kind, id); err != nil {
				return fmt.Errorf("agency %q: %w", k.Name, err)
			}
		}
	}
	for _, k := range es.agencies {
		if p := es.agency[k].Parent; p != nil {
			id, _ := s.ids.agency(k)
			pid, _ := s.ids.agency(*p)
			if _, err := b.exec(ctx, sqliteFillParent, pid, id); err != nil {
				return fmt.Errorf("agency %q: parent: %w", k.Name, err)
			}
		}
	}
	for _, v := range es.dates {
		if _, ok := s.ids.date(v); ok {
			continue
		}
		a := es.date[v]
		if _, err := b.exec(ctx, sqliteInsertDate, v, nullIfEmpty(a.Start), nullIfEmpty(a.End)); err != nil {
			return fmt.Errorf("date %q: %w", v, err)
		}
		st, err := b.stmt(ctx, sqliteSelectDate)
		if err != nil {
			return err
		}
		var id int64
		if err := st.QueryRowContext(ctx, v).Scan(&id); err != nil {
			return fmt.Errorf("date %q: %w", v, err)
		}
		s.ids.tx.dates[v] = id
	}
	return nil
}

func (s *sqliteStore) findOrCreate(ctx context.Context, b *sqliteBatch, insert, sel string, args ...any) (int64, error) {
	if _, err := b.exec(ctx, insert, args...); err != nil {
		return 0, err
	}
	st, err := b.stmt(ctx, sel)
	if err != nil {
		return 0, err
	}
	var id int64
	if err := st.QueryRowContext(ctx, args...).Scan(&id); err != nil {
		return 0, err
	}
	return id, nil
}
