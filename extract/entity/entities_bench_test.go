package entity

import (
	"strings"
	"testing"

	"github.com/communique/communique/extract/internal/extracttest"
	"github.com/jdkato/prose/v2"
)

// BenchmarkEntityFinder measures people, agency and place extraction.
// Run with -cpu 1: go test -run '^$' -bench EntityFinder -benchtime 2s -cpu 1 ./extract/entity
func BenchmarkEntityFinder(b *testing.B) {
	texts := extracttest.DevTexts(b)
	f := finderForTest(b)
	b.SetBytes(extracttest.TotalLen(texts))
	b.ReportAllocs()
	b.ResetTimer()
	start := extracttest.CPUTime(b)
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			f.find(t)
		}
	}
	extracttest.ReportCPUThroughput(b, extracttest.TotalLen(texts), start)
}

// BenchmarkProseNER measures prose v2's own pipeline (tokenizer, segmenter,
// tagger and NER) on the same texts, for comparison with
// BenchmarkEntityFinder. It only runs under -bench.
func BenchmarkProseNER(b *testing.B) {
	texts := extracttest.DevTexts(b)
	// load prose's bundled model once (its Model field is exported), as a
	// pipeline would, so that only tokenizing, tagging and NER are timed
	first, err := prose.NewDocument("Load the model.")
	if err != nil {
		b.Fatal(err)
	}
	model := first.Model
	b.SetBytes(extracttest.TotalLen(texts))
	b.ResetTimer()
	start := extracttest.CPUTime(b)
	ents := 0
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			doc, err := prose.NewDocument(t, prose.UsingModel(model))
			if err != nil {
				b.Fatal(err)
			}
			ents += len(doc.Entities())
		}
	}
	extracttest.ReportCPUThroughput(b, extracttest.TotalLen(texts), start)
	if ents == 0 && !strings.Contains(texts[0], "\x00") {
		b.Logf("prose found no entities")
	}
}
