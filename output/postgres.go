package output

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Postgres is a Sink that writes records into a PostgreSQL database,
// creating and migrating its schema on open. See docs/databases.md for the
// schema and sql_sink.go for the write protocol.
//
// A batch is one transaction: canonical entities are upserted with
// multi-row statements over arrays, records with one multi-row upsert, and
// child rows are copied in with COPY.
//
// The DSN's password never appears in an error: messages name the server
// as user@host:port/database.
type Postgres struct {
	sink *dbSink
}

// Write buffers r with the rest of its document and writes whole documents
// in batches of transactions. It is idempotent by record id (see Sink). A
// record is accepted once Write returns nil; if a batch write fails because
// ctx is done, the records stay buffered and Close writes them.
func (s *Postgres) Write(ctx context.Context, r Record) error { return s.sink.Write(ctx, r) }

// Close writes everything Write accepted, in the last transaction, and
// closes the database. After a cancelled run, call it with a context that
// is not done so the accepted records are kept.
func (s *Postgres) Close(ctx context.Context) error { return s.sink.Close(ctx) }

// abandon closes the database without writing what is buffered, as a
// killed process would (tests).
func (s *Postgres) abandon() error { return s.sink.abandon() }

// pgConnectTimeout bounds a connection attempt when the DSN sets no
// connect_timeout.
const pgConnectTimeout = 15 * time.Second

// pgMigrationLock is the advisory lock key that serializes schema
// migrations between processes opening the same database ("comq" in ASCII).
const pgMigrationLock = 0x636f6d71

// OpenPostgres connects to the database named by dsn (a postgres:// URL or
// key=value pairs, as libpq takes) and applies pending schema migrations.
func OpenPostgres(ctx context.Context, dsn string, opts ...DBOption) (*Postgres, error) {
	o := defaultDBOptions()
	for _, opt := range opts {
		opt(&o)
	}
	st, err := openPGStore(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return &Postgres{sink: newDBSink(st, o)}, nil
}

type pgStore struct {
	pool *pgxpool.Pool
	// where names the server without secrets: user@host:port/database.
	where string
	// secret is the password, scrubbed from any message that might echo it.
	secret string
	ids    *idCache
}

func openPGStore(ctx context.Context, dsn string) (*pgStore, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, parseDSNError(dsn, err)
	}
	cc := cfg.ConnConfig
	s := &pgStore{
		where:  fmt.Sprintf("%s@%s/%s", cc.User, net.JoinHostPort(cc.Host, strconv.Itoa(int(cc.Port))), cc.Database),
		secret: cc.Password,
		ids:    newIDCache(),
	}
	// One connection writes; a second serves the migration check. More
	// would only hold server slots.
	cfg.MaxConns = 2
	if _, ok := cc.RuntimeParams["application_name"]; !ok {
		// So that a DBA sees who holds a connection (pg_stat_activity).
		cc.RuntimeParams["application_name"] = "communique"
	}
	if cc.ConnectTimeout == 0 {
		// Without one, a server behind a firewall that drops packets holds
		// the run for the operating system's TCP timeout (minutes).
		cc.ConnectTimeout = pgConnectTimeout
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, s.connectError(err)
	}
	s.pool = pool
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, s.connectError(err)
	}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// parseDSNError says why dsn is not a DSN without repeating it: pgx's own
// message quotes the connection string.
func parseDSNError(dsn string, err error) error {
	reason := ""
	var pe *pgconn.ParseConfigError
	if errors.As(err, &pe) {
		msg := pe.Error()
		if i := strings.LastIndex(msg, "`: "); i >= 0 {
			reason = msg[i+len("`: "):]
		}
		var ue *url.Error
		if inner := errors.Unwrap(pe); errors.As(inner, &ue) {
			reason = strings.Replace(reason, inner.Error(), ue.Err.Error(), 1)
		}
	}
	if reason == "" || strings.Contains(reason, dsn) || leaksPassword(reason, dsn) {
		reason = "not a postgres:// URL or key=value list"
	}
	return &redactedError{msg: "postgres: invalid DSN: " + reason, err: err}
}

// leaksPassword reports whether msg contains the password of dsn, as far
// as it can be found in an unparsable DSN.
func leaksPassword(msg, dsn string) bool {
	if u, err := url.Parse(dsn); err == nil && u.User != nil {
		if pw, ok := u.User.Password(); ok && pw != "" && strings.Contains(msg, pw) {
			return true
		}
	}
	for _, f := range strings.Fields(dsn) {
		if pw, ok := strings.CutPrefix(f, "password="); ok && pw != "" && strings.Contains(msg, pw) {
			return true
		}
	}
	return false
}

// redactedError is an error whose message was written not to contain the
// DSN or its password; Unwrap gives the driver's error for errors.Is/As.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// connectError turns a failed connection into a message that says what
// went wrong and where, without the DSN.
func (s *pgStore) connectError(err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case "28P01", "28000": // invalid_password, invalid_authorization_specification
			user, _, _ := strings.Cut(s.where, "@")
			return &redactedError{msg: fmt.Sprintf("postgres: authentication failed for user %q (%s)", user, s.where), err: err}
		default:
			return &redactedError{msg: s.scrub(fmt.Sprintf("postgres: connect to %s: %s (SQLSTATE %s)", s.where, pgErr.Message, pgErr.Code)), err: err}
		}
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) {
		return &redactedError{msg: s.scrub(fmt.Sprintf("postgres: connect to %s: %v", s.where, opErr.Err)), err: err}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("postgres: connect to %s: %w", s.where, err)
	}
	msg := err.Error()
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) && ce.Unwrap() != nil {
		msg = ce.Unwrap().Error()
	}
	// One line per attempt (TLS, then plain; several hosts): keep one line.
	msg = strings.Join(strings.Fields(strings.ReplaceAll(msg, "\n", " ; ")), " ")
	return &redactedError{msg: s.scrub(fmt.Sprintf("postgres: connect to %s: %s", s.where, msg)), err: err}
}

// scrub removes the password from msg, should a driver message quote it.
func (s *pgStore) scrub(msg string) string {
	if s.secret == "" {
		return msg
	}
	return strings.ReplaceAll(msg, s.secret, "xxxxx")
}

// fail wraps err from an operation on the database.
func (s *pgStore) fail(what string, err error) error {
	return &redactedError{msg: s.scrub(fmt.Sprintf("postgres %s: %s: %v", s.where, what, err)), err: err}
}

// transient reports deadlocks, serialization failures and unique
// violations, which a retry of the whole transaction resolves: a unique
// violation is another writer (a second queue worker given the same
// document) having inserted the same rows since the transaction looked.
func (s *pgStore) transient(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == "40P01" || pgErr.Code == "40001" || pgErr.Code == "23505")
}

func (s *pgStore) close() error {
	s.pool.Close()
	return nil
}

// migrate applies pending migrations, each in its own transaction with its
// schema_migrations row, under an advisory lock so that two processes
// opening one database apply each migration once.
func (s *pgStore) migrate(ctx context.Context) error {
	all, err := migrations("postgres")
	if err != nil {
		return err
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

func (s *pgStore) migrateOne(ctx context.Context, all []migration) (done bool, err error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return false, s.fail("migrate", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback(context.WithoutCancel(ctx))
		}
	}()
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(pgMigrationLock)); err != nil {
		return false, s.fail("migrate: lock", err)
	}
	const ddl = `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    integer PRIMARY KEY,
		name       text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now()
	)`
	if _, err := tx.Exec(ctx, ddl); err != nil {
		return false, s.fail("create schema_migrations", err)
	}
	rows, err := tx.Query(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return false, s.fail("read schema_migrations", err)
	}
	applied, err := pgx.CollectRows(rows, pgx.RowTo[int])
	if err != nil {
		return false, s.fail("read schema_migrations", err)
	}
	todo, err := pendingMigrations(all, applied)
	if err != nil {
		return false, fmt.Errorf("postgres %s: %w", s.where, err)
	}
	if len(todo) == 0 {
		return true, tx.Commit(ctx)
	}
	m := todo[0]
	if _, err := tx.Exec(ctx, m.sql); err != nil {
		return false, s.fail(fmt.Sprintf("migration %04d_%s", m.version, m.name), err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.version, m.name); err != nil {
		return false, s.fail("record migration", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return false, s.fail("commit migration", err)
	}
	return false, nil
}

// Statements of a PostgreSQL batch. Arrays go in as text[] and are cast on
// the server, which keeps the Go side free of per-type encoders.
const (
	pgRecordHashes = `SELECT id, raw_sha256 FROM records WHERE id = ANY($1::text[])`

	pgUpsertRecords = `INSERT INTO records (id, source_identity, source_uri, source_path, source_sha256,
		content_type, source_size, fetched_at, segment, title, published, published_start, published_end,
		language, text, schema_version, raw, raw_sha256, created_at, updated_at)
	SELECT v.id, v.identity, v.uri, v.path, v.sha, v.ctype, v.size, v.fetched::timestamptz, v.segment,
		v.title, v.published, v.pstart::date, v.pend::date, v.language, v.text, v.schema, v.raw::jsonb,
		v.hash, $19::timestamptz, $19::timestamptz
	FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[],
		$8::text[], $9::integer[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
		$15::text[], $16::text[], $17::text[], $18::text[])
		AS v(id, identity, uri, path, sha, ctype, size, fetched, segment, title, published, pstart, pend,
		language, text, schema, raw, hash)
	ON CONFLICT (id) DO UPDATE SET source_identity = excluded.source_identity,
		source_uri = excluded.source_uri, source_path = excluded.source_path,
		source_sha256 = excluded.source_sha256, content_type = excluded.content_type,
		source_size = excluded.source_size, fetched_at = excluded.fetched_at,
		segment = excluded.segment, title = excluded.title, published = excluded.published,
		published_start = excluded.published_start, published_end = excluded.published_end,
		language = excluded.language, text = excluded.text, schema_version = excluded.schema_version,
		raw = excluded.raw, raw_sha256 = excluded.raw_sha256, updated_at = excluded.updated_at
	WHERE records.raw_sha256 <> excluded.raw_sha256`

	// pgDeleteStale: see sqliteDeleteStale.
	pgDeleteStale = `DELETE FROM records WHERE source_identity = $1 AND id <> ALL($2::text[])
		AND ($3::boolean OR source_sha256 IS DISTINCT FROM $4::text OR segment = ANY($5::integer[]))`

	pgDeleteError = `DELETE FROM errors WHERE source_identity = $1`

	pgUpsertError = `INSERT INTO errors (source_identity, record_id, source_uri, source_path,
		source_sha256, content_type, message, raw, raw_sha256, created_at, updated_at)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10::timestamptz, $10::timestamptz)
	ON CONFLICT (source_identity) DO UPDATE SET record_id = excluded.record_id,
		source_uri = excluded.source_uri, source_path = excluded.source_path,
		source_sha256 = excluded.source_sha256, content_type = excluded.content_type,
		message = excluded.message, raw = excluded.raw, raw_sha256 = excluded.raw_sha256,
		updated_at = excluded.updated_at
	WHERE errors.raw_sha256 <> excluded.raw_sha256`

	pgInsertKeys = `INSERT INTO %s (name, country) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`
	pgSelectKeys = `SELECT t.id, t.name, t.country FROM %s t
		JOIN unnest($1::text[], $2::text[]) AS k(name, country) ON t.name = k.name AND t.country = k.country`

	pgFillAgencies = `UPDATE agencies a SET acronym = CASE WHEN a.acronym = '' THEN v.acronym ELSE a.acronym END,
		kind = CASE WHEN a.kind = '' THEN v.kind ELSE a.kind END
	FROM unnest($1::bigint[], $2::text[], $3::text[]) AS v(id, acronym, kind)
	WHERE a.id = v.id AND ((a.acronym = '' AND v.acronym <> '') OR (a.kind = '' AND v.kind <> ''))`
	pgFillParents = `UPDATE agencies a SET parent_id = v.parent
	FROM unnest($1::bigint[], $2::bigint[]) AS v(id, parent) WHERE a.id = v.id AND a.parent_id IS NULL`
	pgFillPlaces = `UPDATE places p SET kind = v.kind FROM unnest($1::bigint[], $2::text[]) AS v(id, kind)
	WHERE p.id = v.id AND p.kind = '' AND v.kind <> ''`

	pgInsertDates = `INSERT INTO dates (value, start_date, end_date)
	SELECT v, s::date, e::date FROM unnest($1::text[], $2::text[], $3::text[]) AS t(v, s, e)
	ON CONFLICT (value) DO NOTHING`
	pgSelectDates = `SELECT id, value FROM dates WHERE value = ANY($1::text[])`
)

// writeBatch writes docs in one transaction; see sql_sink.go for the protocol.
func (s *pgStore) writeBatch(ctx context.Context, docs []*relDoc, now time.Time) (err error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return s.fail("begin", err)
	}
	defer func() {
		if err != nil {
			// Rollback must run even when ctx is done, or the connection
			// goes back to the pool inside a failed transaction.
			tx.Rollback(context.WithoutCancel(ctx))
			s.ids.rollback()
		}
	}()
	changed, replaced, err := s.changedRecords(ctx, tx, docs)
	if err != nil {
		return err
	}
	if err := s.resolveEntities(ctx, tx, collectEntities(changed)); err != nil {
		return err
	}
	if err := s.writeDocFrames(ctx, tx, docs, now); err != nil {
		return err
	}
	if err := s.writeRecords(ctx, tx, changed, replaced, now); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return s.fail("commit", err)
	}
	s.ids.commit()
	return nil
}

// changedRecords returns the records of docs whose stored raw JSON differs
// (or that are not stored), each id once (the last wins), and the ids of
// those among them that are stored (their child rows must go).
func (s *pgStore) changedRecords(ctx context.Context, tx pgx.Tx, docs []*relDoc) (changed []*relRecord, replaced []string, err error) {
	latest := map[string]*relRecord{}
	var ids []string
	for _, d := range docs {
		for _, r := range d.recs {
			if _, seen := latest[r.ID]; !seen {
				ids = append(ids, r.ID)
			}
			latest[r.ID] = r
		}
	}
	if len(ids) == 0 {
		return nil, nil, nil
	}
	rows, err := tx.Query(ctx, pgRecordHashes, ids)
	if err != nil {
		return nil, nil, s.fail("read records", err)
	}
	stored := map[string]string{}
	var id, hash string
	if _, err := pgx.ForEachRow(rows, []any{&id, &hash}, func() error {
		stored[id] = hash
		return nil
	}); err != nil {
		return nil, nil, s.fail("read records", err)
	}
	for _, id := range ids {
		if r := latest[id]; stored[id] != r.rawHash {
			changed = append(changed, r)
			if _, ok := stored[id]; ok {
				replaced = append(replaced, id)
			}
		}
	}
	return changed, replaced, nil
}

// resolveEntities finds or creates the canonical rows of es and caches
// their ids; it fills acronym, kind and parent where still empty.
func (s *pgStore) resolveEntities(ctx context.Context, tx pgx.Tx, es entitySet) error {
	if err := s.resolveKeys(ctx, tx, "people", es.people, s.ids.person, s.ids.tx.people); err != nil {
		return err
	}
	if err := s.resolveKeys(ctx, tx, "agencies", es.agencies, s.ids.agency, s.ids.tx.agencies); err != nil {
		return err
	}
	if err := s.resolveKeys(ctx, tx, "places", es.places, s.ids.place, s.ids.tx.places); err != nil {
		return err
	}
	var aIDs, pIDs, parents, plIDs []int64
	var acronyms, kinds, placeKinds []string
	for _, k := range es.agencies {
		id, _ := s.ids.agency(k)
		a := es.agency[k]
		if a.Acronym != "" || a.Kind != "" {
			aIDs, acronyms, kinds = append(aIDs, id), append(acronyms, a.Acronym), append(kinds, a.Kind)
		}
		if a.Parent != nil {
			pid, _ := s.ids.agency(*a.Parent)
			pIDs, parents = append(pIDs, id), append(parents, pid)
		}
	}
	for _, k := range es.places {
		if kind := es.place[k]; kind != "" {
			id, _ := s.ids.place(k)
			plIDs, placeKinds = append(plIDs, id), append(placeKinds, kind)
		}
	}
	if len(aIDs) > 0 {
		if _, err := tx.Exec(ctx, pgFillAgencies, aIDs, acronyms, kinds); err != nil {
			return s.fail("fill agencies", err)
		}
	}
	if len(pIDs) > 0 {
		if _, err := tx.Exec(ctx, pgFillParents, pIDs, parents); err != nil {
			return s.fail("fill agency parents", err)
		}
	}
	if len(plIDs) > 0 {
		if _, err := tx.Exec(ctx, pgFillPlaces, plIDs, placeKinds); err != nil {
			return s.fail("fill places", err)
		}
	}
	return s.resolveDates(ctx, tx, es)
}

// resolveKeys finds or creates the rows of table for the keys not cached.
func (s *pgStore) resolveKeys(ctx context.Context, tx pgx.Tx, table string, keys []entityKey,
	cached func(entityKey) (int64, bool), into map[entityKey]int64) error {
	var names, countries []string
	for _, k := range keys {
		if _, ok := cached(k); !ok {
			names, countries = append(names, k.Name), append(countries, k.Country)
		}
	}
	if len(names) == 0 {
		return nil
	}
	if _, err := tx.Exec(ctx, fmt.Sprintf(pgInsertKeys, table), names, countries); err != nil {
		return s.fail("insert "+table, err)
	}
	rows, err := tx.Query(ctx, fmt.Sprintf(pgSelectKeys, table), names, countries)
	if err != nil {
		return s.fail("read "+table, err)
	}
	var id int64
	var k entityKey
	if _, err := pgx.ForEachRow(rows, []any{&id, &k.Name, &k.Country}, func() error {
		into[k] = id
		return nil
	}); err != nil {
		return s.fail("read "+table, err)
	}
	for i, name := range names {
		if _, ok := into[entityKey{name, countries[i]}]; !ok { // every key was inserted or existed
			return s.fail("read "+table, fmt.Errorf("no row for %q after insert", name))
		}
	}
	return nil
}

func (s *pgStore) resolveDates(ctx context.Context, tx pgx.Tx, es entitySet) error {
	var values []string
	var starts, ends []*string
	for _, v := range es.dates {
		if _, ok := s.ids.date(v); ok {
			continue
		}
		a := es.date[v]
		values, starts, ends = append(values, v), append(starts, nullString(a.Start)), append(ends, nullString(a.End))
	}
	if len(values) == 0 {
		return nil
	}
	if _, err := tx.Exec(ctx, pgInsertDates, values, starts, ends); err != nil {
		return s.fail("insert dates", err)
	}
	rows, err := tx.Query(ctx, pgSelectDates, values)
	if err != nil {
		return s.fail("read dates", err)
	}
	var id int64
	var v string
	if _, err := pgx.ForEachRow(rows, []any{&id, &v}, func() error {
		s.ids.tx.dates[v] = id
		return nil
	}); err != nil {
		return s.fail("read dates", err)
	}
	return nil
}

// nullString is s, or NULL when empty.
func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// writeDocFrames deletes stale records and writes or clears the errors
// rows of docs, in one round trip.
func (s *pgStore) writeDocFrames(ctx context.Context, tx pgx.Tx, docs []*relDoc, now time.Time) error {
	b := &pgx.Batch{}
	for _, d := range docs {
		if len(d.recs) > 0 {
			if d.identity == "" { // no URI or path: nothing to tell its records from others'
				continue
			}
			b.Queue(pgDeleteStale, d.identity, d.ids(), d.complete, nullString(d.sha256()), d.segments())
			b.Queue(pgDeleteError, d.identity)
			continue
		}
		if f := d.failure; f != nil {
			src := f.Source
			b.Queue(pgUpsertError, d.identity, f.ID, nullString(storable(src.URI)), nullString(storable(src.Path)),
				nullString(src.SHA256), nullString(storable(src.ContentType)), storable(f.Error), string(f.raw), f.rawHash, now)
		}
	}
	if b.Len() == 0 {
		return nil
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return s.fail("write documents", err)
	}
	return nil
}

// writeRecords upserts the changed records, deletes the child rows of
// those replaced, resolves their events and copies in the new child rows.
func (s *pgStore) writeRecords(ctx context.Context, tx pgx.Tx, recs []*relRecord, replaced []string, now time.Time) error {
	if len(recs) == 0 {
		return nil
	}
	n := len(recs)
	var (
		ids, identities, titles, languages, texts, schemas, raws, hashes = make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		uris, paths, shas, ctypes, fetched, published, pstarts, pends    = make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n)
		sizes                                                            = make([]int64, n)
		segments                                                         = make([]int32, n)
	)
	for i, r := range recs {
		ids[i], identities[i], titles[i], languages[i], texts[i], schemas[i], raws[i], hashes[i] =
			r.ID, r.Source.Identity(), r.Title, r.Language, r.Text, r.Schema, string(r.raw), r.rawHash
		uris[i], paths[i], shas[i], ctypes[i] = nullString(r.Source.URI), nullString(r.Source.Path), nullString(r.Source.SHA256), nullString(r.Source.ContentType)
		if r.Source.FetchedAt != nil {
			fetched[i] = nullString(r.Source.FetchedAt.UTC().Format(time.RFC3339Nano))
		}
		published[i], pstarts[i], pends[i] = r.Published, nullString(r.publishedStart), nullString(r.publishedEnd)
		sizes[i], segments[i] = r.Source.Size, int32(r.Segment)
	}
	if _, err := tx.Exec(ctx, pgUpsertRecords, ids, identities, uris, paths, shas, ctypes, sizes, fetched,
		segments, titles, published, pstarts, pends, languages, texts, schemas, raws, hashes, now); err != nil {
		return s.fail("write records", err)
	}
	if len(replaced) > 0 {
		del := &pgx.Batch{}
		for _, t := range childTables {
			if t.owned {
				del.Queue("DELETE FROM "+t.name+" WHERE record_id = ANY($1::text[])", replaced)
			}
		}
		if err := tx.SendBatch(ctx, del).Close(); err != nil {
			return s.fail("delete old child rows", err)
		}
	}
	for _, r := range recs {
		if err := resolveEvents(ctx, pgEventConn{tx}, r); err != nil {
			return s.fail("events of record "+r.ID, err)
		}
	}
	copyRows := func(ctx context.Context, t *childTable, rows [][]any) error {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.name}, t.cols, pgx.CopyFromRows(rows)); err != nil {
			return fmt.Errorf("copy %s: %w", t.name, err)
		}
		return nil
	}
	if err := writeChildRows(ctx, copyRows, recs, s.ids, func(ss []string) any { return ss }); err != nil {
		return s.fail("write child rows", err)
	}
	return nil
}

// pgEventConn runs the event writer's queries in a PostgreSQL transaction.
type pgEventConn struct{ tx pgx.Tx }

func (c pgEventConn) exec(ctx context.Context, q string, args ...any) error {
	_, err := c.tx.Exec(ctx, numberParams(q), args...)
	return err
}

func (c pgEventConn) queryRow(ctx context.Context, q string, args []any, dest ...any) (bool, error) {
	err := c.tx.QueryRow(ctx, numberParams(q), args...).Scan(dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

func (c pgEventConn) query(ctx context.Context, q string, args []any, each func(scan func(...any) error) error) error {
	rows, err := c.tx.Query(ctx, numberParams(q), args...)
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
