package pipeline

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/extract/registry"
	"github.com/communique/communique/output"
)

// repeatSource yields n copies of body without allocating per input.
type repeatSource struct {
	body []byte
	n    int
	next int
}

func (s *repeatSource) Next(context.Context) (corpus.Input, error) {
	if s.next == s.n {
		return corpus.Input{}, io.EOF
	}
	i := s.next
	s.next++
	in := corpus.Input{Seq: i, Source: corpus.Source{Path: fmt.Sprintf("d%d.txt", i), Size: int64(len(s.body))}, Body: s.body}
	if s.next == s.n {
		s.body = nil // handed over, as a folder source keeps no file it read
	}
	return in, nil
}

type discardSink struct{}

func (discardSink) Write(context.Context, output.Record) error { return nil }
func (discardSink) Close(context.Context) error                { return nil }

// BenchmarkRunOverhead measures the runner itself (fake stages that do
// almost nothing): the cost per document of channels, reordering and
// record building.
func BenchmarkRunOverhead(b *testing.B) {
	body := []byte("Title\n" + strings.Repeat("Some words of a press release. ", 100))
	const docs = 1000
	for _, workers := range []int{1, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			r, err := New(Config{Workers: workers}, fakeStages(0))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(body) * docs))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := r.Run(b.Context(), &repeatSource{body: body, n: docs}, discardSink{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRunRealStages runs the real decoder, cleaner and extractor over
// the demo sample (and the dev corpus when present) with 1 and 2 workers:
// the end-to-end cost per byte without file I/O (run it with -cpu 2 to
// see the scaling). COMMUNIQUE_BENCH_DIR names another folder (OCR off,
// failed documents allowed): the allocations of one kind of input, which
// a loaded machine does not change as it does CPU time.
func BenchmarkRunRealStages(b *testing.B) {
	var inputs []corpus.Input
	var size int64
	dirs := []string{"../testdata/sample", "/work/shared/corpus/dev"}
	cfg := decode.Config{}
	dir := os.Getenv("COMMUNIQUE_BENCH_DIR")
	if dir != "" {
		dirs, cfg.OCRCommand = []string{dir}, "-"
	}
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			body, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				b.Fatal(err)
			}
			inputs = append(inputs, corpus.Input{Seq: len(inputs), Source: corpus.Source{Path: e.Name(), Size: int64(len(body))}, Body: body})
			size += int64(len(body))
		}
	}
	decoder, err := decode.New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	cleaner, err := clean.New(clean.Config{})
	if err != nil {
		b.Fatal(err)
	}
	extractor, err := registry.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			r, err := New(Config{Workers: workers}, Stages{Decoder: decoder, Cleaner: cleaner, Extractor: extractor})
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size)
			cpu0 := processCPUTime()
			for b.Loop() {
				src := &sliceSource{inputs: inputs}
				stats, err := r.Run(b.Context(), src, discardSink{})
				if err != nil {
					b.Fatal(err)
				}
				if stats.Failures > 0 && dir == "" {
					b.Fatalf("%d documents failed", stats.Failures)
				}
			}
			if cpu := processCPUTime() - cpu0; cpu > 0 {
				b.ReportMetric(float64(b.N)*float64(size)/(1<<20)/cpu.Seconds(), "MB/cpu-s")
				b.ReportMetric(float64(b.N*len(inputs))/cpu.Seconds(), "docs/cpu-s")
			}
		})
	}
}
