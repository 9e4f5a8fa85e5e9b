package trafcompare

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/markusmobius/go-trafilatura"
)

// page is one HTML page both extractors run on.
type page struct {
	name string
	body []byte
}

const (
	ownPages  = "../../corpus/html/testdata/html"
	realworld = "../../../shared/realworld"
	// feedItems is how many State Department feed bodies are compared.
	feedItems = 6
)

func loadPages(t testing.TB) []page {
	t.Helper()
	var pages []page
	add := func(pattern string) {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			pages = append(pages, page{name: filepath.Base(f), body: b})
		}
	}
	add(filepath.Join(ownPages, "*.html"))
	add(filepath.Join(realworld, "items", "*.html"))
	add(filepath.Join(realworld, "congress-html", "spec", "*.html"))
	feeds, _ := filepath.Glob(filepath.Join(realworld, "state-dept-rss", "*", "data.rss"))
	n := 0
	for _, f := range feeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var feed struct {
			Items []struct {
				Title   string `xml:"title"`
				Content string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
			} `xml:"channel>item"`
		}
		if err := xml.Unmarshal(b, &feed); err != nil {
			t.Fatal(err)
		}
		for _, it := range feed.Items {
			if n >= feedItems || strings.TrimSpace(it.Content) == "" {
				continue
			}
			n++
			// Wrapped as the realworld items are: a page with a title.
			body := fmt.Sprintf("<html><head><meta charset=\"utf-8\"><title>%s</title></head><body><h1>%s</h1>\n%s</body></html>",
				it.Title, it.Title, it.Content)
			pages = append(pages, page{name: "feed: " + shorten(it.Title, 50), body: []byte(body)})
		}
	}
	return pages
}

// result is one extractor's output on one page.
type result struct {
	text string
	took time.Duration
	err  error
}

func runOurs(d *decode.Decoder, p page) result {
	start := time.Now()
	doc, err := d.Decode(context.Background(), corpus.Input{Source: corpus.Source{Path: p.name}, Body: p.body})
	return result{text: doc.Text, took: time.Since(start), err: err}
}

func runTrafilatura(p page) result {
	start := time.Now()
	res, err := trafilatura.Extract(bytes.NewReader(p.body), trafilatura.Options{EnableFallback: true, ExcludeComments: true})
	r := result{took: time.Since(start), err: err}
	if err == nil && res != nil {
		r.text = res.ContentText
		if res.Metadata.Title != "" && !strings.Contains(r.text, res.Metadata.Title) {
			// Trafilatura returns the title as metadata, not text.
			r.text = res.Metadata.Title + "\n" + r.text
		}
	}
	return r
}

// units splits text into normalized sentences (and lines) for comparison,
// without list markers, so that paragraphing and "1." or "- " markers do
// not count as differences.
func units(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if f := strings.Fields(l); len(f) > 1 && isMarker(f[0]) {
			l = strings.Join(f[1:], " ")
		}
		for _, sent := range strings.SplitAfter(l, ". ") {
			if n := normalize(sent); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

// isMarker reports list markers: "1.", "a.", "iv.", "-", "•".
func isMarker(s string) bool {
	if s == "-" || s == "•" {
		return true
	}
	if !strings.HasSuffix(s, ".") || len(s) > 5 {
		return false
	}
	for _, r := range strings.TrimSuffix(s, ".") {
		if !unicode.IsDigit(r) && !strings.ContainsRune("abcdefghivxlcABCDEFGHIVXLC", r) {
			return false
		}
	}
	return true
}

// normalize lower-cases s and keeps letters and digits with single spaces,
// so that markers ("1.", "- ") and white space do not count as differences.
func normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
			continue
		}
		space = true
	}
	return b.String()
}

// onlyIn returns the units of a that b's text does not contain.
func onlyIn(a []string, b string) []string {
	nb := normalize(b)
	var out []string
	for _, u := range a {
		if !strings.Contains(nb, u) {
			out = append(out, u)
		}
	}
	return out
}

func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

func words(s string) int { return len(strings.Fields(s)) }

// TestCompareWithTrafilatura prints, for every page, what each extractor
// keeps that the other drops and the time each took, then a summary.
func TestCompareWithTrafilatura(t *testing.T) {
	pages := loadPages(t)
	if len(pages) == 0 {
		t.Fatal("no pages")
	}
	d, err := decode.New(decode.Config{})
	if err != nil {
		t.Fatal(err)
	}
	// Warm up both (lazy initialisation, regexp compilation).
	runOurs(d, pages[0])
	runTrafilatura(pages[0])
	var ourTime, theirTime time.Duration
	var report strings.Builder
	fmt.Fprintf(&report, "%-44s %8s %8s %9s %9s %7s %7s\n", "page", "ours w", "traf w", "ours ms", "traf ms", "only us", "only tr")
	var details strings.Builder
	for _, p := range pages {
		ours, theirs := runOurs(d, p), runTrafilatura(p)
		ourTime += ours.took
		theirTime += theirs.took
		if ours.err != nil {
			t.Errorf("%s: communique: %v", p.name, ours.err)
		}
		onlyUs := onlyIn(units(ours.text), theirs.text)
		onlyThem := onlyIn(units(theirs.text), ours.text)
		fmt.Fprintf(&report, "%-44s %8d %8d %9.2f %9.2f %7d %7d\n", shorten(p.name, 44), words(ours.text), words(theirs.text),
			float64(ours.took.Microseconds())/1000, float64(theirs.took.Microseconds())/1000, len(onlyUs), len(onlyThem))
		fmt.Fprintf(&details, "\n== %s\n", p.name)
		if theirs.err != nil {
			fmt.Fprintf(&details, "trafilatura error: %v\n", theirs.err)
		}
		for _, u := range onlyUs {
			fmt.Fprintf(&details, "  only communique: %s\n", shorten(u, 110))
		}
		for _, u := range onlyThem {
			fmt.Fprintf(&details, "  only trafilatura: %s\n", shorten(u, 110))
		}
	}
	fmt.Fprintf(&report, "\n%d pages: communique %.2f ms/page, go-trafilatura %.2f ms/page\n", len(pages),
		float64(ourTime.Microseconds())/1000/float64(len(pages)), float64(theirTime.Microseconds())/1000/float64(len(pages)))
	t.Log("\n" + report.String() + details.String())
}

func benchmarkExtractor(b *testing.B, run func(page) result) {
	pages := loadPages(b)
	total := 0
	for _, p := range pages {
		total += len(p.body)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			run(p)
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkCommunique(b *testing.B) {
	d, err := decode.New(decode.Config{})
	if err != nil {
		b.Fatal(err)
	}
	benchmarkExtractor(b, func(p page) result { return runOurs(d, p) })
}

func BenchmarkTrafilatura(b *testing.B) {
	benchmarkExtractor(b, runTrafilatura)
}
