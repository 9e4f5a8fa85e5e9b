package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/corpus"
)

func TestLearnFeedsEveryDecodableDocument(t *testing.T) {
	src := newSliceSource("A\none", failDecode, "B\ntwo", panicDecode, panicClean, "C\nthree")
	src.inputs[5].Error = "permission denied" // never decoded
	cleaner := &learningCleaner{}
	var progress []int
	cfg := Config{Workers: 3, LearnProgress: func(n int) { progress = append(progress, n) }}
	if err := Learn(t.Context(), cfg, fakeDecoder{}, cleaner, src); err != nil {
		t.Fatalf("Learn: %v", err)
	}
	if got, want := fmt.Sprint(progress), "[1 2 3 4 5 6]"; got != want {
		t.Errorf("learn progress: got %s, want %s", got, want)
	}
	slices.Sort(cleaner.learned)
	if got, want := strings.Join(cleaner.learned, " "), "doc000.txt doc002.txt"; got != want {
		t.Errorf("learned from: got %q, want %q", got, want)
	}
}

func TestLearnRejectsNoWorkers(t *testing.T) {
	src := newSliceSource("A", "B")
	if err := Learn(t.Context(), Config{}, fakeDecoder{}, &learningCleaner{}, src); err == nil {
		t.Error("Learn with 0 workers: got nil error")
	}
	if n := src.reads.Load(); n != 0 {
		t.Errorf("Learn read %d inputs before failing, want 0", n)
	}
}

func TestLearnStopsOnSourceErrorAndCancel(t *testing.T) {
	cfg := Config{Workers: 2}
	src := newSliceSource("A", "B")
	src.err = errors.New("disk on fire")
	if err := Learn(t.Context(), cfg, fakeDecoder{}, &learningCleaner{}, src); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("Learn error: got %v, want the source's error", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := Learn(ctx, cfg, fakeDecoder{}, &learningCleaner{}, newSliceSource("A")); !errors.Is(err, context.Canceled) {
		t.Errorf("Learn error after cancel: got %v, want context.Canceled", err)
	}
}

// TestLearnDocTimeout: a document whose decoding hangs does not stall the
// learning pass.
func TestLearnDocTimeout(t *testing.T) {
	cleaner := &learningCleaner{}
	cfg := Config{Workers: 2, DocTimeout: 50 * time.Millisecond, grace: 100 * time.Millisecond}
	start := time.Now()
	if err := Learn(t.Context(), cfg, hangingDecoder{}, cleaner, newSliceSource("A", hangClean, "B")); err != nil {
		t.Fatalf("Learn: %v", err)
	}
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("Learn took %v: the hanging document stalled it", elapsed)
	}
	slices.Sort(cleaner.learned)
	if got, want := strings.Join(cleaner.learned, " "), "doc000.txt doc002.txt"; got != want {
		t.Errorf("learned from: got %q, want %q", got, want)
	}
}

// hangingDecoder sleeps 2s, ignoring ctx, on bodies starting with hangClean.
type hangingDecoder struct{ fakeDecoder }

func (d hangingDecoder) Decode(ctx context.Context, in corpus.Input) (corpus.Doc, error) {
	if strings.HasPrefix(string(in.Body), hangClean) {
		time.Sleep(2 * time.Second)
	}
	return d.fakeDecoder.Decode(ctx, in)
}
