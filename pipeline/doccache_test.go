package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/communique/communique/corpus"
)

// countingDecoder is a fakeDecoder that counts its calls per path.
type countingDecoder struct {
	fakeDecoder
	mu    sync.Mutex
	calls map[string]int
}

func (d *countingDecoder) Decode(ctx context.Context, in corpus.Input) (corpus.Doc, error) {
	d.mu.Lock()
	d.calls[in.Source.Path]++
	d.mu.Unlock()
	return d.fakeDecoder.Decode(ctx, in)
}

// hashedSource is newSliceSource with the SHA-256 of each body set, as
// the real sources do.
func hashedSource(bodies ...string) *sliceSource {
	s := newSliceSource(bodies...)
	for i := range s.inputs {
		sum := sha256.Sum256(s.inputs[i].Body)
		s.inputs[i].Source.SHA256 = hex.EncodeToString(sum[:])
	}
	return s
}

// TestDecodedOnce: with Config.Decoded the learning pass and the run
// decode each document once while the cache's budget lasts, then twice;
// the records are those of a run without the cache. Without SHA-256
// (unread bytes) nothing is kept.
func TestDecodedOnce(t *testing.T) {
	bodies := make([]string, 12)
	for i := range bodies {
		bodies[i] = fmt.Sprintf("Title %d\n%0200d", i, i)
	}
	tests := []struct {
		name      string
		budget    int64
		hashed    bool
		wantTwice int // documents decoded twice
	}{
		{"budget for all", 1 << 20, true, 0},
		{"budget for four", 4 * (210 + docOverhead), true, 8},
		{"no budget", 0, true, 12},
		{"no hashes", 1 << 20, false, 12},
	}
	plain := &memSink{}
	if _, err := mustRunner(t, Config{Workers: 1}, fakeStages(0)).Run(t.Context(), newSliceSource(bodies...), plain); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := func() *sliceSource {
				if tt.hashed {
					return hashedSource(bodies...)
				}
				return newSliceSource(bodies...)
			}
			dec := &countingDecoder{calls: map[string]int{}}
			cfg := Config{Workers: 2, Decoded: NewDocCache(tt.budget)}
			if err := Learn(t.Context(), cfg, dec, &learningCleaner{}, src()); err != nil {
				t.Fatal(err)
			}
			stages := fakeStages(0)
			stages.Decoder = dec
			sink := &memSink{}
			if _, err := mustRunner(t, cfg, stages).Run(t.Context(), src(), sink); err != nil {
				t.Fatal(err)
			}
			twice := 0
			for _, n := range dec.calls {
				if n > 1 {
					twice++
				}
			}
			if twice != tt.wantTwice || len(dec.calls) != len(bodies) {
				t.Errorf("decoded %d of %d documents twice, want %d", twice, len(dec.calls), tt.wantTwice)
			}
			if n := cfg.Decoded.Len(); n != 0 {
				t.Errorf("%d documents left in the cache after the run", n)
			}
			if len(sink.records) != len(plain.records) {
				t.Fatalf("%d records, want %d", len(sink.records), len(plain.records))
			}
			for i := range sink.records {
				if a, b := sink.records[i].Language, plain.records[i].Language; a != b || sink.records[i].Source.Path != plain.records[i].Source.Path {
					t.Errorf("record %d differs from the run without the cache", i)
				}
			}
		})
	}
}

// TestReplayReadsOnce: a run over DocCache.Replay reads nothing from the
// source the learning pass read, decodes only what the cache does not
// keep (documents that failed, or whose document did not fit the budget
// while their bytes did), and writes the records of a run without the
// cache. Replay is refused when the inputs or bytes do not fit, the
// learning pass was interrupted or Seq repeats; the run then reads the
// source again.
func TestReplayReadsOnce(t *testing.T) {
	bodies := replayBodies()
	plain := plainRecords(t, bodies)
	tests := []struct {
		name       string
		budget     int64
		dupSeq     bool
		cancel     bool
		wantReplay bool
		wantDecode int // decodes in the run
	}{
		{"budget for all", 1 << 20, false, false, true, 2},
		{"inputs do not fit", 4 * inputOverhead, false, false, false, -1},
		{"no budget", 0, false, false, false, -1},
		{"seq repeats", 1 << 20, true, false, false, -1},
		{"learning interrupted", 1 << 20, false, true, false, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := hashedSource(bodies...)
			if tt.dupSeq {
				src.inputs[5].Seq = src.inputs[4].Seq
			}
			ctx := t.Context()
			if tt.cancel {
				c, cancel := context.WithCancel(ctx)
				src.onNext = func(n int) {
					if n == 6 {
						cancel()
					}
				}
				ctx = c
			}
			got := learnThenRun(t, ctx, tt.budget, src, plain)
			if got.replayed != tt.wantReplay {
				t.Fatalf("Replay: %v, want %v", got.replayed, tt.wantReplay)
			}
			if got.replayed && got.decoded != tt.wantDecode {
				t.Errorf("the run decoded %d documents, want %d", got.decoded, tt.wantDecode)
			}
		})
	}
}

// TestReplayAnyBudget: whatever the budget, the run writes the records of
// a run without the cache, and when it replays it reads nothing again and
// decodes just what the cache did not keep; some budgets keep some
// documents and the bytes of the others.
func TestReplayAnyBudget(t *testing.T) {
	bodies := replayBodies()
	plain := plainRecords(t, bodies)
	mixed := 0
	for budget := int64(0); budget < 20<<10; budget += 256 {
		got := learnThenRun(t, t.Context(), budget, hashedSource(bodies...), plain)
		if got.replayed && got.kept > 0 && got.decoded > 2 {
			mixed++
		}
	}
	if mixed == 0 {
		t.Error("no budget kept some documents and the bytes of others")
	}
}

// replayBodies are ten documents and two that fail to decode.
func replayBodies() []string {
	bodies := make([]string, 12)
	for i := range bodies {
		bodies[i] = fmt.Sprintf("Title %d\n%0200d", i, i)
	}
	bodies[3] = failDecode + " broken"
	bodies[7] = panicDecode + " broken"
	return bodies
}

// plainRecords are the records of bodies run without a cache.
func plainRecords(t *testing.T, bodies []string) *memSink {
	t.Helper()
	plain := &memSink{}
	if _, err := mustRunner(t, Config{Workers: 1}, fakeStages(0)).Run(t.Context(), hashedSource(bodies...), plain); err != nil {
		t.Fatal(err)
	}
	return plain
}

// replayRun is what learnThenRun saw.
type replayRun struct {
	replayed bool
	kept     int // documents in the cache when the run started
	decoded  int // documents the run decoded
}

// learnThenRun runs Learn over src with a cache of budget bytes, then the
// run over its Replay or, when there is none, over src again, and checks
// the records against want, the reads of src and what is left in the
// cache.
func learnThenRun(t *testing.T, ctx context.Context, budget int64, src *sliceSource, want *memSink) replayRun {
	t.Helper()
	dec := &countingDecoder{calls: map[string]int{}}
	cfg := Config{Workers: 2, Decoded: NewDocCache(budget)}
	if err := Learn(ctx, cfg, dec, &learningCleaner{}, src); err != nil {
		if ctx.Err() == nil {
			t.Fatalf("Learn: %v", err)
		}
		return replayRun{}
	}
	learned := sum(dec.calls)
	replay, ok := cfg.Decoded.Replay()
	got := replayRun{replayed: ok, kept: cfg.Decoded.Len()}
	if ok {
		if _, again := cfg.Decoded.Replay(); again {
			t.Error("Replay handed out twice")
		}
	} else {
		src.next = 0
		replay = src
	}
	stages := fakeStages(0)
	stages.Decoder = dec
	sink := &memSink{}
	if _, err := mustRunner(t, cfg, stages).Run(t.Context(), replay, sink); err != nil {
		t.Fatal(err)
	}
	got.decoded = sum(dec.calls) - learned
	n := len(src.inputs)
	switch reads := int(src.reads.Load()); {
	case ok && reads != n:
		t.Errorf("budget %d: source read %d times, want %d (once per input)", budget, reads, n)
	case ok && got.decoded != n-got.kept:
		t.Errorf("budget %d: the run decoded %d documents, want %d (all but the %d kept)", budget, got.decoded, n-got.kept, got.kept)
	case !ok && reads != 2*n:
		t.Errorf("budget %d: source read %d times without a replay, want %d", budget, reads, 2*n)
	}
	if k := cfg.Decoded.Len(); k != 0 {
		t.Errorf("budget %d: %d documents left in the cache after the run", budget, k)
	}
	if ok && cfg.Decoded.used != 0 {
		t.Errorf("budget %d: %d bytes still counted after the run", budget, cfg.Decoded.used)
	}
	sameRecords(t, sink, want)
	return got
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// sameRecords fails unless got holds the records of want, in order.
func sameRecords(t *testing.T, got, want *memSink) {
	t.Helper()
	if len(got.records) != len(want.records) {
		t.Fatalf("%d records, want %d", len(got.records), len(want.records))
	}
	for i, r := range got.records {
		w := want.records[i]
		if r.Language != w.Language || r.Error != w.Error || !reflect.DeepEqual(r.Source, w.Source) || r.ID != w.ID {
			t.Errorf("record %d: got %+v, want %+v", i, r, w)
		}
	}
}
