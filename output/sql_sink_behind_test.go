package output

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// gatedStore is a relStore whose batches wait for the test to let them
// through and then fail when their ctx is done.
type gatedStore struct {
	gate    chan struct{} // one receive per batch
	mu      sync.Mutex
	written int // documents written
	batches int // batches written
}

func (s *gatedStore) writeBatch(ctx context.Context, docs []*relDoc, _ time.Time) error {
	<-s.gate
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.batches++
	s.written += len(docs)
	return nil
}
func (s *gatedStore) transient(error) bool { return false }
func (s *gatedStore) close() error         { return nil }

func (s *gatedStore) counts() (batches, written int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.batches, s.written
}

// TestDBSinkFlushBehind: a full batch is written in the background while
// Write gathers the next one, so Write does not wait for the database
// until a second batch is full; a background batch whose ctx is cancelled
// leaves its documents for the next flush (the next Write reports the
// error and does not accept its record; Close writes them); every
// accepted document is written, once.
func TestDBSinkFlushBehind(t *testing.T) {
	recs := recordsOf(generatedDocs(40))
	docs := map[string]bool{}
	for _, r := range recs {
		docs[r.Source.Identity()] = true
	}
	for _, cancelFirst := range []bool{false, true} {
		name := map[bool]string{false: "batches succeed", true: "first batch cancelled"}[cancelFirst]
		t.Run(name, func(t *testing.T) {
			store := &gatedStore{gate: make(chan struct{}, 4*len(recs))}
			s := newDBSink(store, dbOptions{batchSize: 8, now: time.Now})
			first, cancel := context.WithCancel(context.Background())
			defer cancel()
			errs := 0
			for i := 0; i < len(recs); i++ {
				ctx := context.Background()
				if i < 12 {
					ctx = first
				}
				if i == 12 {
					if b, _ := store.counts(); b != 0 {
						t.Fatalf("a batch finished before the gate opened")
					}
					if cancelFirst {
						cancel()
					}
					for range cap(store.gate) {
						store.gate <- struct{}{}
					}
				}
				if err := s.Write(ctx, recs[i]); err != nil {
					if !errors.Is(err, context.Canceled) {
						t.Fatalf("Write %d: %v", i, err)
					}
					errs++
					i-- // not accepted: write it again
				}
			}
			if err := s.Close(context.Background()); err != nil {
				t.Fatalf("Close: %v", err)
			}
			if _, written := store.counts(); written != len(docs) {
				t.Errorf("written %d documents, want %d (every accepted one, once)", written, len(docs))
			}
			if want := map[bool]int{false: 0, true: 1}[cancelFirst]; errs != want {
				t.Errorf("Write reported %d errors, want %d", errs, want)
			}
		})
	}
}
