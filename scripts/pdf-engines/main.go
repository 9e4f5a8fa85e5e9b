// Command pdf-engines compares the PDF text engines on a set of PDFs with
// Poppler's `pdftotext -layout` (Debian's poppler-utils) as the reference
// reading: per file, the word recall of each engine against pdftotext, the
// order agreement (share of the reference's adjacent word pairs that the
// engine also has), and pages per CPU-second. The engines: ledongthuc/pdf
// through the decoder's own layout with cleanup off, PDFium's own text
// (corpus/pdf/pdfium), and the decoder as the pipeline runs it (first engine,
// quality check, PDFium fallback, OCR of image-only pages, cleanup), with
// OCR off and on. ledongthuc runs with cleanup and OCR off (its own text).
// It prints a Markdown table.
//
//	go run ./scripts/pdf-engines [DIR|FILE]...   (default: ../shared/realworld testdata corpus/pdf/testdata)
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
	"unicode"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/pdf/pdfium"
)

func main() {
	flag.Parse()
	roots := flag.Args()
	if len(roots) == 0 {
		roots = []string{"../shared/realworld", "testdata", "corpus/pdf/testdata"}
	}
	if err := run(roots); err != nil {
		fmt.Fprintln(os.Stderr, "pdf-engines:", err)
		os.Exit(1)
	}
}

// engine reads one PDF into per-document text and a page count.
type engine struct {
	name string
	read func(ctx context.Context, path string, body []byte) (text string, pages int, err error)
}

type total struct {
	refWords, hits, pairs, pairHits, pages int
	cpu                                    time.Duration
}

func run(roots []string) error {
	files, err := pdfFiles(roots)
	if err != nil {
		return err
	}
	ctx := context.Background()
	dec, err := decode.New(decode.Config{KeepPDFChrome: true, OCRCommand: "-"})
	if err != nil {
		return err
	}
	decText, err := decode.New(decode.Config{OCRCommand: "-"})
	if err != nil {
		return err
	}
	decClean, err := decode.New(decode.Config{})
	if err != nil {
		return err
	}
	eng := pdfium.New(pdfium.Config{})
	defer eng.Close()
	// Start the engine outside the measured reads.
	t0 := cpuTime()
	if d, err := eng.Open(ctx, minimalPDF); err == nil {
		d.Close()
	} else {
		return fmt.Errorf("pdfium start: %w", err)
	}
	fmt.Printf("pdfium start (compile or load the module): %.2f CPU-s\n\n", (cpuTime() - t0).Seconds())

	engines := []engine{
		{"pdftotext", func(ctx context.Context, path string, _ []byte) (string, int, error) {
			return popplerText(ctx, path)
		}},
		{"ledongthuc", func(ctx context.Context, path string, body []byte) (string, int, error) {
			doc, err := dec.Decode(ctx, corpus.Input{Source: corpus.Source{Path: path}, Body: body})
			return doc.Text, len(doc.PageStarts), err
		}},
		{"pdfium", func(ctx context.Context, _ string, body []byte) (string, int, error) {
			d, err := eng.Open(ctx, body)
			if err != nil {
				return "", 0, err
			}
			defer d.Close()
			var b strings.Builder
			for i := 0; i < d.Pages(); i++ {
				s, err := d.Text(i)
				if err != nil {
					return b.String(), d.Pages(), err
				}
				b.WriteString(s)
				b.WriteString("\n")
			}
			return b.String(), d.Pages(), nil
		}},
		{"decoder -ocr=-", func(ctx context.Context, path string, body []byte) (string, int, error) {
			doc, err := decText.Decode(ctx, corpus.Input{Source: corpus.Source{Path: path}, Body: body})
			return doc.Text, len(doc.PageStarts), err
		}},
		{"decoder", func(ctx context.Context, path string, body []byte) (string, int, error) {
			doc, err := decClean.Decode(ctx, corpus.Input{Source: corpus.Source{Path: path}, Body: body})
			return doc.Text, len(doc.PageStarts), err
		}},
	}
	fmt.Println("| file | pages | ref words | " + strings.Join(headers(engines[1:]), " | ") + " |")
	fmt.Println("|---|---:|---:|" + strings.Repeat("---:|---:|---:|", len(engines)-1))
	totals := make([]total, len(engines))
	for _, path := range files {
		body, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		texts := make([]string, len(engines))
		errs := make([]error, len(engines))
		cpus := make([]time.Duration, len(engines))
		pages := 0
		for i, e := range engines {
			start := cpuTime()
			var n int
			texts[i], n, errs[i] = e.read(ctx, path, body)
			cpus[i] = cpuTime() - start
			if i == 0 {
				pages = n
			}
			totals[i].cpu += cpus[i]
			totals[i].pages += pages
		}
		ref := words(texts[0])
		refPairs := pairs(ref)
		totals[0].refWords += len(ref)
		row := fmt.Sprintf("| %s | %d | %d |", short(path), pages, len(ref))
		for i := 1; i < len(engines); i++ {
			got := words(texts[i])
			h := overlap(ref, got)
			ph := overlap(refPairs, pairs(got))
			totals[i].refWords += len(ref)
			totals[i].hits += h
			totals[i].pairs += len(refPairs)
			totals[i].pairHits += ph
			if errs[i] != nil && len(got) == 0 {
				row += fmt.Sprintf(" error: %s | | |", clip(errs[i].Error(), 50))
				continue
			}
			row += fmt.Sprintf(" %s | %s | %s |", ratio(h, len(ref)), ratio(ph, len(refPairs)), perSecond(pages, cpus[i]))
		}
		fmt.Println(row)
	}
	row := fmt.Sprintf("| **all** | %d | %d |", totals[0].pages, totals[0].refWords)
	for i := 1; i < len(engines); i++ {
		t := totals[i]
		row += fmt.Sprintf(" %s | %s | %s |", ratio(t.hits, t.refWords), ratio(t.pairHits, t.pairs), perSecond(t.pages, t.cpu))
	}
	fmt.Println(row)
	fmt.Printf("\npdftotext -layout: %d pages in %s (its own process, CPU time of the child)\n", totals[0].pages, perSecond(totals[0].pages, totals[0].cpu))
	return nil
}

// perSecond is pages per CPU-second ("-" when too quick to time).
func perSecond(pages int, cpu time.Duration) string {
	if pages == 0 || cpu <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f", float64(pages)/cpu.Seconds())
}

func headers(es []engine) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.name+" recall", e.name+" order", e.name+" pages/cpu-s")
	}
	return out
}

func pdfFiles(roots []string) ([]string, error) {
	var files []string
	for _, root := range roots {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".pdf") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(files)
	return files, nil
}

// popplerText runs pdftotext -layout; its page count is its form feeds.
func popplerText(ctx context.Context, path string) (string, int, error) {
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, "pdftotext", "-layout", "-q", path, "-")
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return "", 0, fmt.Errorf("pdftotext: %v", err)
		}
		return "", 0, err
	}
	s := out.String()
	return s, strings.Count(s, "\f"), nil
}

// words splits text into lower-case words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func pairs(ws []string) []string {
	out := make([]string, 0, len(ws))
	for i := 1; i < len(ws); i++ {
		out = append(out, ws[i-1]+" "+ws[i])
	}
	return out
}

// overlap is the size of the multiset intersection of ref and got.
func overlap(ref, got []string) int {
	have := make(map[string]int, len(got))
	for _, w := range got {
		have[w]++
	}
	n := 0
	for _, w := range ref {
		if have[w] > 0 {
			have[w]--
			n++
		}
	}
	return n
}

func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}

func short(p string) string {
	return clip(filepath.Base(p), 48)
}

func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "|", "/")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// cpuTime is the user plus system CPU time of the process and of its
// finished children (pdftotext, tesseract).
func cpuTime() time.Duration {
	var total time.Duration
	for _, who := range []int{syscall.RUSAGE_SELF, syscall.RUSAGE_CHILDREN} {
		var ru syscall.Rusage
		if err := syscall.Getrusage(who, &ru); err == nil {
			total += time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		}
	}
	return total
}

// minimalPDF is a one-page PDF used to start the engine.
var minimalPDF = []byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
