package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
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
