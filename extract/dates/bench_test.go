package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/internal/extracttest"
)

// benchText is the dev corpus concatenated: realistic press-release prose
// with its dates, numbers and chrome.
func benchText(b *testing.B) string {
	b.Helper()
	names, err := filepath.Glob(filepath.Join("testdata", "dates", "dev", "*.txt"))
	if err != nil || len(names) == 0 {
		b.Fatalf("no dev texts: %v", err)
	}
	var sb strings.Builder
	for _, n := range names {
		body, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(body)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkDateFinder measures the date extractor alone (tokenizing,
// grammar, resolution, release date) on the dev corpus as one article.
// Run with -cpu 1 for a per-core figure. Besides the wall-clock MB/s it
// reports cpu-MB/s, bytes per second of CPU time consumed by the process,
// which stays meaningful on a machine shared with other jobs.
func BenchmarkDateFinder(b *testing.B) {
	f := newTestFinder(b)
	text := benchText(b)
	a := &corpus.Article{Title: "Joint Press Statement", Text: text}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := extracttest.CPUTime(b)
	n := 0
	for b.Loop() {
		f.Find(a)
		n++
	}
	if used := extracttest.CPUTime(b) - start; used > 0 {
		b.ReportMetric(float64(n*len(text))/used.Seconds()/1e6, "cpu-MB/s")
	}
}
