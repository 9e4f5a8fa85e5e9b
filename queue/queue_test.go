package queue

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/internal/natstest"
	"github.com/communique/communique/output"
)

// testMaxPayload is the test server's message limit: small, so that the
// large document of testInputs goes through the object store.
const testMaxPayload = 64 << 10

// startServer starts an embedded JetStream server and connects to it.
func startServer(t *testing.T) *nats.Conn {
	t.Helper()
	srv, err := natstest.Start(natstest.Options{Dir: t.TempDir(), MaxPayload: testMaxPayload})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Shutdown(); srv.WaitForShutdown() })
	nc, err := Connect(srv.ClientURL(), t.Name())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return nc
}

// testInputs are n documents made from the repository's gold documents,
// each made unique by a numbered line, and one document over the server's
// message limit.
func testInputs(t *testing.T, n int) []corpus.Input {
	t.Helper()
	dir := filepath.Join("..", "testdata", "gold", "docs")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no gold documents in %s: %v", dir, err)
	}
	sort.Strings(names)
	var ins []corpus.Input
	for i := range n {
		b, err := os.ReadFile(names[i%len(names)])
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, input(fmt.Sprintf("doc-%04d.txt", i), append(b, fmt.Sprintf("\nReference %d.\n", i)...)))
	}
	big, err := os.ReadFile(names[0])
	if err != nil {
		t.Fatal(err)
	}
	big = append(big, bytes.Repeat([]byte("\nThe ministry's annex lists the programme's regional partners once more.\n"), 2*testMaxPayload/70)...)
	return append(ins, input("big.txt", big))
}

func input(path string, body []byte) corpus.Input {
	sum := sha256.Sum256(body)
	return corpus.Input{Body: body, Source: corpus.Source{Path: path, SHA256: hex.EncodeToString(sum[:]), Size: int64(len(body)), ContentType: "text/plain; charset=utf-8"}}
}

// enqueueAll enqueues ins and returns how many were duplicates.
func enqueueAll(t *testing.T, nc *nats.Conn, ins []corpus.Input) int {
	t.Helper()
	e, err := NewEnqueuer(t.Context(), nc, Config{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	dups := 0
	for _, in := range ins {
		dup, err := e.Enqueue(t.Context(), in)
		if err != nil {
			t.Fatal(err)
		}
		if dup {
			dups++
		}
	}
	return dups
}

// drain runs one draining worker into the SQLite file db.
func drain(t *testing.T, nc *nats.Conn, db string, cfg WorkerConfig) WorkerStats {
	t.Helper()
	cfg.Workers, cfg.Drain = 2, true
	cfg.CommitEvery = 100 * time.Millisecond
	w, err := NewWorker(t.Context(), nc, Config{}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	sink, err := output.OpenSQLite(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	timeout := max(time.Minute, 2*cfg.AckWait) // long enough to see a redelivery
	ctx, cancel := context.WithTimeout(t.Context(), timeout)
	defer cancel()
	stats, err := w.Run(ctx, sink)
	if cerr := sink.Close(t.Context()); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	return stats
}

// stored returns the records table's updated_at by id and the error rows' count.
func stored(t *testing.T, db string) (map[string]string, int) {
	t.Helper()
	d, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	rows, err := d.Query(`SELECT id, updated_at FROM records`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string]string{}
	for rows.Next() {
		var id, at string
		if err := rows.Scan(&id, &at); err != nil {
			t.Fatal(err)
		}
		got[id] = at
	}
	var nerr int
	if err := d.QueryRow(`SELECT count(*) FROM errors`).Scan(&nerr); err != nil {
		t.Fatal(err)
	}
	return got, nerr
}

func queueEmpty(t *testing.T, nc *nats.Conn) {
	t.Helper()
	s, err := ReadStats(t.Context(), nc)
	if err != nil {
		t.Fatal(err)
	}
	if s.Tasks != 0 || s.InFlight != 0 {
		t.Errorf("queue after draining: %+v, want empty", s)
	}
}

// TestEnqueueTwice: a second enqueue within the duplicate window publishes
// nothing; after the window (the stream recreated, which forgets the
// ids) the tasks come again and the worker skips them as stored, leaving
// every record unrewritten.
func TestEnqueueTwice(t *testing.T) {
	nc := startServer(t)
	ins := testInputs(t, 40)
	db := filepath.Join(t.TempDir(), "records.db")
	if dups := enqueueAll(t, nc, ins); dups != 0 {
		t.Fatalf("first enqueue: %d duplicates", dups)
	}
	if dups := enqueueAll(t, nc, ins); dups != len(ins) {
		t.Fatalf("second enqueue within the window: %d duplicates, want %d", dups, len(ins))
	}
	first := drain(t, nc, db, WorkerConfig{})
	if first.Documents != len(ins) || first.Failures != 0 {
		t.Fatalf("first drain: %+v, want %d documents, no failure", first, len(ins))
	}
	queueEmpty(t, nc)
	before, nerr := stored(t, db)
	if len(before) < len(ins) || nerr != 0 {
		t.Fatalf("after the first drain: %d records, %d errors; want >= %d records, no error", len(before), nerr, len(ins))
	}

	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	if err := js.DeleteStream(t.Context(), TaskStream); err != nil {
		t.Fatal(err)
	}
	if dups := enqueueAll(t, nc, ins); dups != 0 {
		t.Fatalf("enqueue after the window: %d duplicates, want 0", dups)
	}
	second := drain(t, nc, db, WorkerConfig{})
	if second.Skipped != len(ins) || second.Documents != 0 {
		t.Errorf("second drain: %+v, want all %d skipped", second, len(ins))
	}
	queueEmpty(t, nc)
	after, _ := stored(t, db)
	if len(after) != len(before) {
		t.Errorf("records: %d after, %d before", len(after), len(before))
	}
	for id, at := range before {
		if after[id] != at {
			t.Errorf("record %s rewritten: updated_at %s, was %s", id, after[id], at)
		}
	}
}

// TestLastDelivery: a task delivered MaxDeliver-1 times without an
// acknowledgement (its workers crashed) becomes an error record and is
// terminated on its last delivery.
func TestLastDelivery(t *testing.T) {
	nc := startServer(t)
	ins := testInputs(t, 3)[:3]
	enqueueAll(t, nc, ins)
	cfg := WorkerConfig{Workers: 1, AckWait: 3 * time.Second, MaxDeliver: 2}
	w, err := NewWorker(t.Context(), nc, Config{}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	// A worker that takes one task and dies.
	b, err := w.cons.Fetch(1, jetstream.FetchMaxWait(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	var taken string
	for m := range b.Messages() {
		taken = m.Headers().Get(headerInput)
	}
	if taken == "" {
		t.Fatal("no task delivered")
	}
	db := filepath.Join(t.TempDir(), "records.db")
	stats := drain(t, nc, db, cfg)
	if stats.Abandoned != 1 || stats.Failures != 1 || stats.Documents != len(ins) {
		t.Errorf("stats %+v: want 1 abandoned of %d documents", stats, len(ins))
	}
	recs, nerr := stored(t, db)
	if len(recs) != len(ins)-1 || nerr != 1 {
		t.Errorf("%d records and %d error rows, want %d and 1", len(recs), nerr, len(ins)-1)
	}
	queueEmpty(t, nc)
	s, err := ReadStats(t.Context(), nc)
	if err != nil {
		t.Fatal(err)
	}
	if s.Failed != 1 {
		t.Errorf("failed count %d, want 1", s.Failed)
	}
}

// TestWorkerNeedsFlusher: a sink that cannot commit without closing is
// refused.
func TestWorkerNeedsFlusher(t *testing.T) {
	nc := startServer(t)
	w, err := NewWorker(t.Context(), nc, Config{}, WorkerConfig{Workers: 1, Drain: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Run(t.Context(), output.NewJSONL(&bytes.Buffer{})); err == nil {
		t.Error("a JSONL stream sink was accepted")
	}
}

// TestConfigValidation: settings that would break the guarantees are
// refused.
func TestConfigValidation(t *testing.T) {
	nc := startServer(t)
	for _, tc := range []struct {
		name string
		qcfg Config
		wcfg WorkerConfig
	}{
		{"duplicate window under an hour", Config{Duplicates: 10 * time.Minute}, WorkerConfig{Workers: 1}},
		{"no workers", Config{}, WorkerConfig{}},
		{"one delivery", Config{}, WorkerConfig{Workers: 1, MaxDeliver: 1}},
		{"ack wait too short", Config{}, WorkerConfig{Workers: 1, AckWait: time.Second}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := NewWorker(t.Context(), nc, tc.qcfg, tc.wcfg); err == nil {
				t.Error("accepted")
			}
		})
	}
}

// TestStopReleasesReady: a worker stopped while it keeps tasks ready
// releases them (and every task it had not started), so that another
// worker takes them at once rather than after the ack wait.
func TestStopReleasesReady(t *testing.T) {
	nc := startServer(t)
	ins := testInputs(t, 200)
	enqueueAll(t, nc, ins)
	// The ack wait is long beside the time a second worker needs for 200
	// documents (16-37 s under the race detector on 2 loaded cores): a
	// drain under half of it shows the released tasks did not wait for it,
	// and a drain that waited for it takes the whole ack wait.
	cfg := WorkerConfig{Workers: 1, AckWait: 3 * time.Minute}
	w, err := NewWorker(t.Context(), nc, Config{}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "records.db")
	sink, err := output.OpenSQLite(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	type result struct {
		stats WorkerStats
		err   error
	}
	done := make(chan result, 1)
	go func() {
		s, err := w.Run(ctx, sink)
		done <- result{s, err}
	}()
	// Stop once the worker holds more tasks than its pipeline can.
	deadline := time.Now().Add(20 * time.Second)
	for {
		s, err := ReadStats(t.Context(), nc)
		if err != nil {
			t.Fatal(err)
		}
		if s.InFlight > 4*cfg.Workers+1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the worker never held more than %d tasks: %+v", 4*cfg.Workers+1, s)
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	first := <-done
	if err := sink.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	if first.err != nil {
		t.Fatal(first.err)
	}
	if first.stats.Documents >= len(ins) {
		t.Fatalf("the first worker processed all %d documents before it was stopped", first.stats.Documents)
	}
	start := time.Now()
	second := drain(t, nc, db, cfg)
	if took := time.Since(start); took > cfg.AckWait/2 {
		t.Errorf("the second worker took %v: the first one's tasks waited for the ack wait", took)
	}
	if got := first.stats.Documents + second.Documents + second.Skipped; got < len(ins) {
		t.Errorf("%d + %d documents and %d skipped, want %d", first.stats.Documents, second.Documents, second.Skipped, len(ins))
	}
	queueEmpty(t, nc)
}
