package extract

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
)

// benchTexts returns the dev texts joined, the input of the entity
// benchmarks (about 40 KB), or skips when they are not available.
func benchTexts(b *testing.B) []string {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "dev", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skip("dev texts not available")
	}
	var texts []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	return texts
}

func totalLen(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}

// entityCPUTime returns the process's user+system CPU time. On a shared machine
// wall-clock MB/s understates throughput; the benchmarks also report MB/s
// per CPU-second ("cpu-MB/s") from it.
func entityCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPUThroughput(b *testing.B, bytes int64, start time.Duration) {
	if used := entityCPUTime() - start; used > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkEntityFinder measures people, agency and place extraction.
// Run with -cpu 1: go test -run '^$' -bench EntityFinder -benchtime 2s -cpu 1 ./extract
func BenchmarkEntityFinder(b *testing.B) {
	texts := benchTexts(b)
	f := finderForTest(b)
	b.SetBytes(totalLen(texts))
	b.ReportAllocs()
	b.ResetTimer()
	start := entityCPUTime()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			f.find(t)
		}
	}
	reportCPUThroughput(b, totalLen(texts), start)
}

// BenchmarkProseNER measures prose v2's own pipeline (tokenizer, segmenter,
// tagger and NER) on the same texts, for comparison with
// BenchmarkEntityFinder. It only runs under -bench.
func BenchmarkProseNER(b *testing.B) {
	texts := benchTexts(b)
	// load prose's bundled model once (its Model field is exported), as a
	// pipeline would, so that only tokenizing, tagging and NER are timed
	first, err := prose.NewDocument("Load the model.")
	if err != nil {
		b.Fatal(err)
	}
	model := first.Model
	b.SetBytes(totalLen(texts))
	b.ResetTimer()
	start := entityCPUTime()
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
	reportCPUThroughput(b, totalLen(texts), start)
	if ents == 0 && !strings.Contains(texts[0], "\x00") {
		b.Logf("prose found no entities")
	}
}
