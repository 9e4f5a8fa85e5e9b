package output

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// This file holds the optional capabilities a queue worker needs from a
// sink: committing without closing (so that a task is acknowledged only
// once its records are durable) and asking whether a document's records
// are already stored (so that a re-enqueued document is not processed
// again).

// Flusher is a Sink that can commit everything Write accepted without
// closing. Flush treats the document being received as complete: call it
// between documents. When Flush returns nil the records are durable.
type Flusher interface {
	Flush(ctx context.Context) error
}

// SourceChecker is a Sink that can tell whether the records of a document
// are stored: Stored reports whether some record (not an error row) of the
// source identity, made from bytes with the given sha256, is in the store.
type SourceChecker interface {
	Stored(ctx context.Context, identity, sha256 string) (bool, error)
}

// Flush writes and commits every document Write accepted.
func (s *dbSink) Flush(ctx context.Context) error {
	if s.closed {
		return errors.New("flush of a closed database sink")
	}
	if s.cur != nil {
		s.cur.complete = true
		s.pending = append(s.pending, s.cur)
		s.cur = nil
	}
	return s.flush(ctx)
}

// Flush commits every document Write accepted; the sink stays open.
func (s *Postgres) Flush(ctx context.Context) error { return s.sink.Flush(ctx) }

// Flush commits every document Write accepted; the sink stays open.
func (s *SQLite) Flush(ctx context.Context) error { return s.sink.Flush(ctx) }

// storedSourceQuery is the Stored query; the unique (source_identity,
// segment) index serves it.
const storedSourceQuery = `SELECT EXISTS (SELECT 1 FROM records WHERE source_identity = $1 AND source_sha256 = $2)`

const sqliteStoredSourceQuery = `SELECT EXISTS (SELECT 1 FROM records WHERE source_identity = ?1 AND source_sha256 = ?2)`

// Stored reports whether records of identity made from bytes with sha256
// are stored (see SourceChecker).
func (s *Postgres) Stored(ctx context.Context, identity, sha256 string) (bool, error) {
	st := s.sink.store.(*pgStore)
	var ok bool
	if err := st.pool.QueryRow(ctx, storedSourceQuery, identity, sha256).Scan(&ok); err != nil {
		return false, st.fail("look up stored source", err)
	}
	return ok, nil
}

// Stored reports whether records of identity made from bytes with sha256
// are stored (see SourceChecker).
func (s *SQLite) Stored(ctx context.Context, identity, sha256 string) (bool, error) {
	st := s.sink.store.(*sqliteStore)
	var ok bool
	if err := st.db.QueryRowContext(ctx, sqliteStoredSourceQuery, identity, sha256).Scan(&ok); err != nil {
		return false, fmt.Errorf("sqlite %s: look up stored source: %w", st.path, err)
	}
	return ok, nil
}

// AppendInPlaceJSONL appends records to path (created when missing) as
// JSON Lines, for a worker that commits record by record. Unlike
// CreateJSONL and AppendJSONL (which append a whole run at its end) it
// writes in place, so that what Flush
// committed survives a crash; a reader may see a partial last line while
// it writes.
func AppendInPlaceJSONL(path string) (*AppendedJSONL, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open output: %w", err)
	}
	if err := cutPartialLine(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("open output %s: %w", path, err)
	}
	return &AppendedJSONL{JSONL: NewJSONL(f), f: f}, nil
}

// cutPartialLine truncates f after its last newline: a process killed
// while writing leaves a partial last line, which no Flush committed.
func cutPartialLine(f *os.File) error {
	end, err := completeLinesEnd(f)
	if err != nil {
		return err
	}
	info, err := f.Stat()
	if err != nil || end == info.Size() {
		return err
	}
	return f.Truncate(end)
}

// AppendedJSONL is a JSONL sink appending to a file; see AppendInPlaceJSONL.
type AppendedJSONL struct {
	*JSONL
	f *os.File
}

// Flush writes the buffered records and syncs the file.
func (j *AppendedJSONL) Flush(context.Context) error {
	if err := j.w.Flush(); err != nil {
		return fmt.Errorf("flush output: %w", err)
	}
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("sync output: %w", err)
	}
	return nil
}

// Close flushes, syncs and closes the file.
func (j *AppendedJSONL) Close(ctx context.Context) error {
	err := j.Flush(ctx)
	if cerr := j.f.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("close output: %w", cerr)
	}
	return err
}
