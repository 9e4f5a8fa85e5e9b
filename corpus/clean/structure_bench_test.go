//go:build unix

package clean_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/extract/agenda"
)

// structureStage runs the cleaner and the agenda finder over a decoded
// document, as the pipeline's structure stage does after decoding.
func structureStage(b *testing.B, c *clean.Cleaner, f *agenda.Finder, doc corpus.Doc) {
	arts, err := c.Clean(context.Background(), doc)
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range arts {
		f.Find(a.Text)
	}
}

// cpuTime is the process's user+system CPU time. The benchmarks report
// per-core rates from it, because wall time on a shared machine counts
// other processes' load.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchTools(b *testing.B) (*clean.Cleaner, *agenda.Finder) {
	c, err := clean.New(clean.Config{})
	if err != nil {
		b.Fatal(err)
	}
	f, err := agenda.New()
	if err != nil {
		b.Fatal(err)
	}
	return c, f
}

// BenchmarkCleanAgendaText measures Clean+Find on the structure test
// documents and the dev texts (when present); docs/s is per document.
func BenchmarkCleanAgendaText(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "structure", "*.txt"))
	dev, _ := filepath.Glob(filepath.Join(devCorpus, "*.txt"))
	files = append(files, dev...)
	var docs []corpus.Doc
	size := 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, corpus.Doc{Format: corpus.FormatText, Text: string(raw)})
		size += len(raw)
	}
	c, f := benchTools(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cpuTime(b)
	for b.Loop() {
		for _, d := range docs {
			structureStage(b, c, f, d)
		}
	}
	cpu := (cpuTime(b) - cpu0).Seconds()
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(b.N*len(docs))/cpu, "docs/cpu-s")
	b.ReportMetric(float64(b.N*size)/cpu/1e6, "MB/cpu-s")
}

// benchDecoded decodes the real-world files matching pattern once and
// measures decode + Clean + Find per page (a PDF page, or an HTML page).
func benchDecoded(b *testing.B, pattern string, withDecode bool) {
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		b.Skipf("no files match %s", pattern)
	}
	dec, err := decode.New(decode.Config{})
	if err != nil {
		b.Fatal(err)
	}
	var inputs []corpus.Input
	var docs []corpus.Doc
	size, pages := 0, 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		in := corpus.Input{Body: raw, Source: corpus.Source{Path: file}}
		doc, err := dec.Decode(context.Background(), in)
		if err != nil {
			continue // an image-only PDF
		}
		inputs = append(inputs, in)
		docs = append(docs, doc)
		size += len(raw)
		pages += max(len(doc.PageStarts), 1)
	}
	if len(docs) == 0 {
		b.Skip("nothing decodable")
	}
	c, f := benchTools(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cpuTime(b)
	for b.Loop() {
		for i := range docs {
			doc := docs[i]
			if withDecode {
				if doc, err = dec.Decode(context.Background(), inputs[i]); err != nil {
					b.Fatal(err)
				}
			}
			structureStage(b, c, f, doc)
		}
	}
	cpu := (cpuTime(b) - cpu0).Seconds()
	b.ReportMetric(float64(b.N*pages)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(b.N*pages)/cpu, "pages/cpu-s")
}

func BenchmarkStructureHTML(b *testing.B) {
	b.Run("clean+agenda", func(b *testing.B) { benchDecoded(b, "/work/shared/realworld/*/*/*.html", false) })
	b.Run("decode+clean+agenda", func(b *testing.B) { benchDecoded(b, "/work/shared/realworld/*/*/*.html", true) })
}

func BenchmarkStructurePDF(b *testing.B) {
	b.Run("clean+agenda", func(b *testing.B) { benchDecoded(b, "/work/shared/realworld/mse-sg/*/*.pdf", false) })
	b.Run("decode+clean+agenda", func(b *testing.B) { benchDecoded(b, "/work/shared/realworld/mse-sg/*/*.pdf", true) })
}
