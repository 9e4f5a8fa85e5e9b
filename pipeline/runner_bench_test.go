package pipeline

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
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
	return corpus.Input{Seq: i, Source: corpus.Source{Path: fmt.Sprintf("d%d.txt", i), Size: int64(len(s.body))}, Body: s.body}, nil
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
