package output

import (
	"context"
	"errors"
	"time"
)

// This file holds the database-independent half of the database sinks:
// grouping records into documents and documents into batches, retries, and
// isolating a document the database refuses.
//
// Write protocol, the same for every database:
//
//   - A document's records arrive consecutively (pipeline order), so the sink
//     buffers one document until a record of another source arrives, and
//     writes whole documents only: a document is never half-written.
//   - A batch of documents is one transaction. A record whose stored raw JSON
//     hash equals the new one is skipped, so a second run changes nothing
//     (not even updated_at). A changed record replaces its row and all its
//     child rows.
//   - Stale records: once a document is known complete (the next document
//     started), records of its source that it no longer produced are deleted.
//     The last document of a run may have been cut off by a cancellation, so
//     for it only records of an older version of the bytes (another sha256)
//     are deleted; records of the same bytes are kept for the next run.
//   - A failed document becomes (or replaces) its row in errors and leaves the
//     records an earlier run stored for that source alone; a later success
//     deletes the error row.

// DefaultBatchSize is how many records a database sink gathers before it
// writes them in one transaction: large enough to amortize the commit,
// small enough that an interrupted run loses little.
const DefaultBatchSize = 256

// DBOption configures a database sink.
type DBOption func(*dbOptions)

type dbOptions struct {
	batchSize int
	now       func() time.Time
}

func defaultDBOptions() dbOptions {
	return dbOptions{batchSize: DefaultBatchSize, now: time.Now}
}

// WithBatchSize sets how many records go into one transaction (at least
// one; a document is never split, so a batch can hold more).
func WithBatchSize(n int) DBOption {
	return func(o *dbOptions) {
		if n > 0 {
			o.batchSize = n
		}
	}
}

// withClock sets the clock for created_at/updated_at (tests).
func withClock(now func() time.Time) DBOption {
	return func(o *dbOptions) { o.now = now }
}

// relStore is a database's half of a sink: it writes a batch of documents
// in one transaction, all or nothing.
type relStore interface {
	writeBatch(ctx context.Context, docs []*relDoc, now time.Time) error
	// transient reports whether err is worth retrying as it is: a deadlock
	// or serialization failure between concurrent writers.
	transient(err error) bool
	close() error
}

// Retries of a batch that failed transiently, with a growing pause.
const (
	maxBatchRetries = 5
	retryPause      = 50 * time.Millisecond
)

// write writes docs, retrying transient failures.
func (s *dbSink) write(ctx context.Context, docs []*relDoc) error {
	for attempt := 0; ; attempt++ {
		err := s.store.writeBatch(ctx, docs, s.opts.now())
		if err == nil || attempt == maxBatchRetries || !s.store.transient(err) {
			return err
		}
		select {
		case <-time.After(retryPause * time.Duration(attempt+1)):
		case <-ctx.Done():
			return err
		}
	}
}

// dbSink is the database-independent half of a sink: it groups records
// into documents and documents into batches.
type dbSink struct {
	store   relStore
	opts    dbOptions
	cur     *relDoc   // the document being received
	pending []*relDoc // documents waiting for a transaction
	npend   int       // records in pending
	closed  bool
	// flushing, when not nil, delivers the outcome of the batch being
	// written in the background: one batch is written while the next
	// gathers, so the caller (the pipeline's emitter) is not held up by
	// the database. Only one batch is written at a time.
	flushing chan flushed
}

// flushed is the outcome of a background flush: the documents it did not
// write (to be written again before those gathered since) and its error.
type flushed struct {
	rest []*relDoc
	err  error
}

func newDBSink(store relStore, opts dbOptions) *dbSink {
	return &dbSink{store: store, opts: opts}
}

// Write buffers r and writes a batch when enough records are waiting. A
// record is accepted once Write has buffered it: if writing the batch then
// fails because ctx is done, the records stay buffered for Close.
func (s *dbSink) Write(ctx context.Context, r Record) error {
	if s.closed {
		return errors.New("write to closed database sink")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	id := r.Source.Identity()
	if s.cur != nil && s.cur.identity != id {
		s.cur.complete = true
		s.pending = append(s.pending, s.cur)
		s.cur = nil
		if s.npend >= s.opts.batchSize {
			if err := s.flushBehind(ctx); err != nil {
				return err
			}
		}
	}
	if s.cur == nil {
		s.cur = &relDoc{identity: id}
	}
	if err := s.cur.add(r); err != nil {
		return err
	}
	s.npend++
	return nil
}

// Close writes everything Write accepted and closes the database.
func (s *dbSink) Close(ctx context.Context) error {
	if s.closed {
		return nil
	}
	s.closed = true
	if s.cur != nil {
		s.pending = append(s.pending, s.cur)
		s.cur = nil
	}
	// A background batch that failed (its ctx was cancelled, say) left its
	// documents pending: they are written with the rest.
	s.wait() //nolint:errcheck // see above
	err := s.flush(ctx)
	if cerr := s.store.close(); cerr != nil && err == nil {
		err = cerr
	}
	return err
}

// abandon closes the database without writing what is buffered: what a
// killed process leaves behind (tests).
func (s *dbSink) abandon() error {
	s.closed = true
	s.wait() //nolint:errcheck // a batch under way ends before the database closes; its outcome is dropped with the rest
	return s.store.close()
}

// flushBehind waits for the batch being written in the background, if
// any, and then starts writing the pending documents in the background.
// An error of the earlier batch is returned (its documents stay pending,
// ahead of the others) and nothing new is started.
func (s *dbSink) flushBehind(ctx context.Context) error {
	if err := s.wait(); err != nil {
		return err
	}
	batch := s.pending
	s.pending, s.npend = nil, 0
	done := make(chan flushed, 1)
	s.flushing = done
	go func() {
		rest, err := s.flushDocs(ctx, batch)
		done <- flushed{rest: rest, err: err}
	}()
	return nil
}

// wait waits for the batch being written in the background and returns
// its error; the documents it did not write go back ahead of the pending
// ones.
func (s *dbSink) wait() error {
	if s.flushing == nil {
		return nil
	}
	f := <-s.flushing
	s.flushing = nil
	if f.err != nil {
		s.pending = append(f.rest, s.pending...)
		s.npend = 0
		for _, d := range s.pending {
			s.npend += max(len(d.recs), 1)
		}
	}
	return f.err
}

// flush writes the pending documents in one transaction. When that fails
// for a reason other than ctx, it writes them one by one, and a document
// the database refuses on its own becomes its row in errors, so one bad
// document does not stop a run. When even that row cannot be written the
// database is the problem and the error is returned. Documents not written
// stay pending.
func (s *dbSink) flush(ctx context.Context) error {
	rest, err := s.flushDocs(ctx, s.pending)
	s.pending = rest
	s.npend = 0
	for _, d := range rest {
		s.npend += max(len(d.recs), 1)
	}
	return err
}

// flushDocs writes docs as flush says and returns those it did not write
// with the error that stopped it. It touches only the store, so it may run
// in the background while Write gathers the next batch.
func (s *dbSink) flushDocs(ctx context.Context, docs []*relDoc) ([]*relDoc, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	err := s.write(ctx, docs)
	if err == nil {
		return nil, nil
	}
	if ctx.Err() != nil || s.store.transient(err) {
		return docs, err
	}
	for len(docs) > 0 {
		d := docs[0]
		if err := s.write(ctx, []*relDoc{d}); err != nil {
			if ctx.Err() != nil || len(d.recs) == 0 || s.store.transient(err) {
				return docs, err
			}
			fail, ferr := refusedDoc(d, err)
			if ferr != nil {
				return docs, ferr
			}
			if err := s.write(ctx, []*relDoc{fail}); err != nil {
				return docs, err
			}
		}
		docs = docs[1:]
	}
	return nil, nil
}

// refusedDoc is the error row of a document the database refused.
func refusedDoc(d *relDoc, cause error) (*relDoc, error) {
	src := d.recs[0].Source
	fail := &relDoc{identity: d.identity}
	rec := NewErrorRecord(src, "database refused the document: "+cause.Error())
	if err := fail.add(rec); err != nil {
		return nil, err
	}
	return fail, nil
}
