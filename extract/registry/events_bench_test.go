package registry

import (
	"context"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/events"
	"github.com/communique/communique/extract/internal/extracttest"
)

// BenchmarkExtractDev runs every extractor, events included, over the dev
// texts; BenchmarkEventsDev runs only the event finder on the same texts
// and their extracted entities. Their ratio is the share of extraction
// the events take (issue 18 asks for under 10% of the pipeline's time).
// Run with -cpu 1: go test -run '^$' -bench Dev -benchtime 2s -cpu 1 ./extract/registry
func BenchmarkExtractDev(b *testing.B) {
	texts := extracttest.DevTexts(b)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(extracttest.TotalLen(texts))
	start := extracttest.CPUTime(b)
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := x.Extract(context.Background(), corpus.Article{Text: t}); err != nil {
				b.Fatal(err)
			}
		}
	}
	extracttest.ReportCPUThroughput(b, extracttest.TotalLen(texts), start)
}

func BenchmarkEventsDev(b *testing.B) {
	texts := extracttest.DevTexts(b)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var ins []*events.Input
	for _, t := range texts {
		res, err := x.Extract(context.Background(), corpus.Article{Text: t})
		if err != nil {
			b.Fatal(err)
		}
		ins = append(ins, events.NewInput(t, &res))
	}
	evs, err := events.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(extracttest.TotalLen(texts))
	start := extracttest.CPUTime(b)
	b.ResetTimer()
	for b.Loop() {
		for _, in := range ins {
			evs.Find(in)
		}
	}
	extracttest.ReportCPUThroughput(b, extracttest.TotalLen(texts), start)
}
