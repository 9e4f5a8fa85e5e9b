package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/output"
)

func mustRunner(t *testing.T, cfg Config, stages Stages) *Runner {
	t.Helper()
	r, err := New(cfg, stages)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return r
}

// bodies returns n document bodies of varied length, some with several
// articles.
func bodies(n int) []string {
	out := make([]string, n)
	for i := range out {
		b := fmt.Sprintf("Title %d\n%s", i, strings.Repeat("word ", i%13))
		if i%5 == 0 {
			b += fmt.Sprintf("\n---\nSecond article of %d", i)
		}
		out[i] = b
	}
	return out
}

func encode(t *testing.T, recs []output.Record) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatalf("encode: %v", err)
		}
	}
	return buf.String()
}

func TestNewValidates(t *testing.T) {
	tests := []struct {
		name   string
		cfg    Config
		stages Stages
	}{
		{"zero workers", Config{Workers: 0}, fakeStages(0)},
		{"negative workers", Config{Workers: -3}, fakeStages(0)},
		{"no decoder", Config{Workers: 1}, Stages{Cleaner: fakeCleaner{}, Extractor: fakeExtractor{}}},
		{"no cleaner", Config{Workers: 1}, Stages{Decoder: fakeDecoder{}, Extractor: fakeExtractor{}}},
		{"no extractor", Config{Workers: 1}, Stages{Decoder: fakeDecoder{}, Cleaner: fakeCleaner{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := New(tt.cfg, tt.stages); err == nil {
				t.Errorf("New(%+v): got nil error, want one", tt.cfg)
			}
		})
	}
}

// TestRunOrderIndependentOfWorkers: the output is the same, in Seq order,
// whatever the worker count, although documents finish out of order.
func TestRunOrderIndependentOfWorkers(t *testing.T) {
	docs := bodies(120)
	var want string
	for _, workers := range []int{1, 2, 8} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			sink := &memSink{}
			r := mustRunner(t, Config{Workers: workers}, fakeStages(time.Millisecond))
			stats, err := r.Run(t.Context(), newSliceSource(docs...), sink)
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if got, want := stats, (Stats{Documents: 120, Records: 144, Bytes: stats.Bytes}); got != want {
				t.Errorf("stats: got %+v, want %+v", got, want)
			}
			for i, rec := range sink.records {
				if i > 0 && rec.Source.Path < sink.records[i-1].Source.Path {
					t.Fatalf("record %d (%s) after %s: out of input order", i, rec.Source.Path, sink.records[i-1].Source.Path)
				}
			}
			got := encode(t, sink.records)
			if want == "" {
				want = got
				return
			}
			if got != want {
				t.Errorf("output with %d workers differs from output with 1 worker", workers)
			}
		})
	}
}

func TestRunDocumentFailures(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		inErr   string
		wantErr string // prefix of the error record's message
	}{
		{"source error", "", "permission denied: open x", "permission denied: open x"},
		{"decode error", failDecode, "", "decode: broken bytes"},
		{"decode panic", panicDecode, "", "decode: panic: assignment to entry in nil map"},
		{"clean panic", panicClean, "", "clean: panic: cleaner exploded"},
		{"extract panic", panicExtract, "", `extract: article 0: panic: extractor exploded on "PANIC-EXTRACT"`},
		{"no articles", noArticles, "", "no content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := newSliceSource("Good one\ntext", tt.body, "Good two\ntext")
			src.inputs[1].Error = tt.inErr
			core, logs := observer.New(zap.DebugLevel)
			sink := &memSink{}
			r := mustRunner(t, Config{Workers: 2, Logger: zap.New(core)}, fakeStages(0))
			stats, err := r.Run(t.Context(), ackingSource{src}, sink)
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if got, want := stats, (Stats{Documents: 3, Records: 3, Failures: 1, Bytes: stats.Bytes}); got != want {
				t.Errorf("stats: got %+v, want %+v", got, want)
			}
			if len(sink.records) != 3 {
				t.Fatalf("got %d records, want 3", len(sink.records))
			}
			if got := sink.records[0].Title; got != "Good one" {
				t.Errorf("record 0 title: got %q, want %q", got, "Good one")
			}
			if got := sink.records[2].Title; got != "Good two" {
				t.Errorf("record 2 title: got %q, want %q", got, "Good two")
			}
			bad := sink.records[1]
			if !strings.HasPrefix(bad.Error, tt.wantErr) {
				t.Errorf("error record: got %q, want prefix %q", bad.Error, tt.wantErr)
			}
			if got, want := bad.Source.Path, "doc001.txt"; got != want {
				t.Errorf("error record source: got %q, want %q", got, want)
			}
			if got, want := bad.ID, output.RecordID("doc001.txt", -1); got != want {
				t.Errorf("error record id: got %q, want %q", got, want)
			}
			warns := logs.FilterMessage("document failed").All()
			if len(warns) != 1 || warns[0].Level != zap.WarnLevel {
				t.Fatalf("got %d 'document failed' logs, want 1 warning", len(warns))
			}
			if got := warns[0].ContextMap()["source"]; got != "doc001.txt" {
				t.Errorf("warning source: got %q, want %q", got, "doc001.txt")
			}
			if got, want := src.acks, []ack{{0, false}, {1, true}, {2, false}}; fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("acks: got %v, want %v", got, want)
			}
		})
	}
}

// TestRunAcksAfterWrite: every ack comes after the document's records
// reached the sink, in Seq order.
func TestRunAcksAfterWrite(t *testing.T) {
	src := newSliceSource(bodies(40)...)
	sink := &memSink{}
	var ackedBeforeWrite atomic.Bool
	as := ackingSource{src}
	sink.onWrite = func(n int) error { return nil }
	r := mustRunner(t, Config{Workers: 4}, fakeStages(time.Millisecond))
	if _, err := r.Run(t.Context(), checkingAcker{as, sink, &ackedBeforeWrite}, sink); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if ackedBeforeWrite.Load() {
		t.Error("a document was acked before its records were written")
	}
	if len(src.acks) != 40 {
		t.Fatalf("got %d acks, want 40", len(src.acks))
	}
	for i, a := range src.acks {
		if a.seq != i {
			t.Fatalf("ack %d is for seq %d: not in order", i, a.seq)
		}
	}
}

// checkingAcker checks at each Ack that the sink holds the acked document's
// records.
type checkingAcker struct {
	ackingSource
	sink *memSink
	bad  *atomic.Bool
}

func (c checkingAcker) Ack(ctx context.Context, in corpus.Input, failed bool) error {
	c.sink.mu.Lock()
	found := false
	for _, r := range c.sink.records {
		if r.Source.Path == in.Source.Path {
			found = true
		}
	}
	c.sink.mu.Unlock()
	if !found {
		c.bad.Store(true)
	}
	if in.Body != nil {
		c.bad.Store(true) // the body is dropped before acking
	}
	return c.ackingSource.Ack(ctx, in, failed)
}

// TestRunBoundsInFlight: the source is never more than the in-flight limit
// ahead of the sink, however slow the stages.
func TestRunBoundsInFlight(t *testing.T) {
	for _, workers := range []int{1, 3} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			docs := bodies(200)
			for i := 10; i < len(docs); i += 50 {
				docs[i] = slowDecode + docs[i] // the others overtake it
			}
			src := newSliceSource(docs...)
			sink := &memSink{}
			var maxAhead atomic.Int64
			src.onNext = func(int) {
				ahead := src.reads.Load() - int64(documentsIn(sink))
				if ahead > maxAhead.Load() {
					maxAhead.Store(ahead)
				}
			}
			r := mustRunner(t, Config{Workers: workers}, fakeStages(200*time.Microsecond))
			if _, err := r.Run(t.Context(), src, sink); err != nil {
				t.Fatalf("Run: %v", err)
			}
			if limit := int64(r.inFlight()); maxAhead.Load() > limit {
				t.Errorf("source ran %d documents ahead of the sink, limit %d", maxAhead.Load(), limit)
			}
			if maxAhead.Load() < 2 {
				t.Errorf("source ran at most %d documents ahead: the pipeline does not overlap reading and processing", maxAhead.Load())
			}
		})
	}
}

// documentsIn counts the distinct sources in sink.
func documentsIn(s *memSink) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for i, r := range s.records {
		if i == 0 || r.Source.Path != s.records[i-1].Source.Path {
			n++
		}
	}
	return n
}

// TestRunCancelFlushesDone: cancelling mid-run returns context.Canceled
// and leaves in the sink the records of a prefix of the documents, each
// document whole, with no error records for the ones cut short.
func TestRunCancelFlushesDone(t *testing.T) {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	docs := bodies(300)
	sink := &memSink{}
	sink.onWrite = func(n int) error {
		if n == 25 {
			cancel()
		}
		return nil
	}
	r := mustRunner(t, Config{Workers: 4}, fakeStages(time.Millisecond))
	stats, err := r.Run(ctx, newSliceSource(docs...), sink)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run error: got %v, want context.Canceled", err)
	}
	if stats.Documents < 20 || stats.Documents >= 300 {
		t.Fatalf("emitted %d documents: want the ones done around the cancel, not all 300", stats.Documents)
	}
	if got := sink.count(); got != stats.Records {
		t.Errorf("sink holds %d records, stats say %d", got, stats.Records)
	}
	// The records are exactly those of documents 0..Documents-1, complete.
	want := mustRunner(t, Config{Workers: 1}, fakeStages(0))
	full := &memSink{}
	if _, err := want.Run(t.Context(), newSliceSource(docs[:stats.Documents]...), full); err != nil {
		t.Fatalf("reference Run: %v", err)
	}
	if got, want := encode(t, sink.records), encode(t, full.records); got != want {
		t.Errorf("records after cancel are not the complete records of the first %d documents", stats.Documents)
	}
	for _, rec := range sink.records {
		if rec.Error != "" {
			t.Errorf("error record %q after cancel: cancelled documents must not become failures", rec.Error)
		}
	}
	waitGoroutines(t, before)
}

// waitGoroutines fails when goroutines started by the run are still alive.
func waitGoroutines(t *testing.T, before int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines alive after the run, %d before: leak", n, before)
	}
}

func TestRunSourceErrorStops(t *testing.T) {
	before := runtime.NumGoroutine()
	src := newSliceSource(bodies(10)...)
	src.err = errors.New("disk on fire")
	r := mustRunner(t, Config{Workers: 2}, fakeStages(0))
	_, err := r.Run(t.Context(), src, &memSink{})
	if err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("Run error: got %v, want the source's error", err)
	}
	waitGoroutines(t, before)
}

func TestRunSinkErrorStops(t *testing.T) {
	before := runtime.NumGoroutine()
	sink := &memSink{onWrite: func(n int) error {
		if n == 5 {
			return errors.New("database gone")
		}
		return nil
	}}
	src := newSliceSource(bodies(500)...)
	r := mustRunner(t, Config{Workers: 2}, fakeStages(0))
	_, err := r.Run(t.Context(), src, sink)
	if err == nil || !strings.Contains(err.Error(), "database gone") {
		t.Fatalf("Run error: got %v, want the sink's error", err)
	}
	if n := src.reads.Load(); n >= 500 {
		t.Errorf("source read to the end (%d) after the sink failed", n)
	}
	waitGoroutines(t, before)
}

func TestRunProgress(t *testing.T) {
	var calls []int
	cfg := Config{Workers: 3, Progress: func(s Stats) { calls = append(calls, s.Documents) }}
	r := mustRunner(t, cfg, fakeStages(0))
	if _, err := r.Run(t.Context(), newSliceSource(bodies(17)...), &memSink{}); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if len(calls) != 17 || calls[16] != 17 {
		t.Errorf("progress calls: got %v, want 1..17", calls)
	}
}

func TestRunEmptySource(t *testing.T) {
	r := mustRunner(t, Config{Workers: 2}, fakeStages(0))
	stats, err := r.Run(t.Context(), newSliceSource(), &memSink{})
	if err != nil || stats != (Stats{}) {
		t.Errorf("Run over nothing: got %+v, %v; want zero stats, nil", stats, err)
	}
}

// TestRunDocTimeout: a document that takes too long becomes an error
// record naming the stage, whether the stage honours ctx or not (then it
// is abandoned after the grace), and the run goes on.
func TestRunDocTimeout(t *testing.T) {
	tests := []struct {
		name, body, wantErr string
	}{
		{"stage ignores ctx", hangClean + " forever", "clean: timed out after 100ms"},
		{"stage honours ctx", waitExtract + " for ctx", "extract: timed out after 100ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sink := &memSink{}
			r := mustRunner(t, Config{Workers: 2, DocTimeout: 100 * time.Millisecond, grace: 200 * time.Millisecond}, fakeStages(0))
			start := time.Now()
			stats, err := r.Run(t.Context(), newSliceSource("A\nok", tt.body, "B\nok"), sink)
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if elapsed := time.Since(start); elapsed > time.Second {
				t.Errorf("run took %v: the timeout did not cut the document short", elapsed)
			}
			if stats.Failures != 1 || len(sink.records) != 3 {
				t.Fatalf("got %d records, %d failures; want 3 records, 1 failure", len(sink.records), stats.Failures)
			}
			if got := sink.records[1].Error; got != tt.wantErr {
				t.Errorf("error: got %q, want %q", got, tt.wantErr)
			}
			if sink.records[0].Error != "" || sink.records[2].Error != "" {
				t.Errorf("other documents failed: %q, %q", sink.records[0].Error, sink.records[2].Error)
			}
		})
	}
}

// TestRunIgnoresSeqGaps: output follows the order the source yields,
// whatever Seq says; a source with gaps or duplicate Seqs does not stall.
func TestRunIgnoresSeqGaps(t *testing.T) {
	src := newSliceSource(bodies(30)...)
	for i := range src.inputs {
		src.inputs[i].Seq = 1000 + (i/2)*7 // gaps and duplicates
	}
	sink := &memSink{}
	r := mustRunner(t, Config{Workers: 3}, fakeStages(time.Millisecond))
	stats, err := r.Run(t.Context(), ackingSource{src}, sink)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if stats.Documents != 30 {
		t.Fatalf("emitted %d documents, want 30", stats.Documents)
	}
	for i, a := range src.acks {
		if want := 1000 + (i/2)*7; a.seq != want {
			t.Fatalf("ack %d: got seq %d, want %d (source order)", i, a.seq, want)
		}
	}
}
