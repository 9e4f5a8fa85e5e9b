package html

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/communique/communique/corpus"
)

// readHTMLMetaSelectors is readHTMLMeta as it was written with goquery's
// selectors, one walk of the page each: the reference the one-walk reader
// must agree with.
func readHTMLMetaSelectors(gq *goquery.Document) corpus.Meta {
	var m corpus.Meta
	m.Title = collapseHTMLSpace(gq.Find("title").First().Text())
	m.Lang = strings.TrimSpace(gq.Find("html").AttrOr("lang", ""))
	if m.Lang == "" {
		m.Lang = strings.TrimSpace(gq.Find("html").AttrOr("xml:lang", ""))
	}
	gq.Find("meta").Each(func(_ int, s *goquery.Selection) {
		if len(s.Nodes) == 1 {
			readMetaProp(s.Nodes[0], &m)
		}
	})
	if v := gq.Find("base[href]").First().AttrOr("href", ""); v != "" {
		setMetaProp(&m, corpus.PropBaseHref, v)
	}
	gq.Find("link[rel][href]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, rel := range strings.Fields(strings.ToLower(s.AttrOr("rel", ""))) {
			if rel == "canonical" {
				setMetaProp(&m, corpus.PropCanonical, s.AttrOr("href", ""))
				return false
			}
		}
		return true
	})
	gq.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		if body := strings.TrimSpace(s.Text()); body != "" {
			m.JSONLD = append(m.JSONLD, body)
		}
	})
	return m
}

// metaPages are pages whose metadata the readers must agree on: the
// golden pages and a few written for the cases the selectors decide
// (first of several, attributes missing or empty, nested <title> in SVG,
// canonical after another rel, JSON-LD among other scripts).
func metaPages(t testing.TB) [][]byte {
	pages := [][]byte{
		[]byte(`<html lang=" de "><head><title> A  page </title><title>Second</title><meta name="Description" content=" one "><meta property="og:title" content="Two"><meta name="description" content="again"><meta content="no key"><meta name="x"></head><body><p>Text</p></body></html>`),
		[]byte(`<html xml:lang="fr"><head><base target="_blank"><base href=" /root/ "><link rel="stylesheet" href="/s.css"><link rel="Alternate Canonical" href=" https://example.org/a "><link rel="canonical" href="/b"></head><body><svg><title>Icon</title></svg></body></html>`),
		[]byte(`<!doctype html><body><svg><title>First title in a drawing</title></svg><title>Late</title><script>var a = 1;</script><script type="application/ld+json"> {"@type":"NewsArticle"} </script><script type="application/ld+json">  </script><link href="/x" rel="canonical"><base href=""></body>`),
		[]byte(`<html><head><meta http-equiv="Content-Language" content="es"><meta itemprop="datePublished" content="2024-03-02"><link rel="canonical"></head></html>`),
	}
	files, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, b)
	}
	return pages
}

// checkMetaSame fails t when the one-walk reader and the selectors read
// page's metadata differently.
func checkMetaSame(t *testing.T, page []byte) {
	t.Helper()
	gq, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	if err != nil {
		t.Skip() // the parser refuses the page (too deep)
	}
	got, want := readHTMLMeta(gq.Get(0)), readHTMLMetaSelectors(gq)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readHTMLMeta = %+v, want %+v", got, want)
	}
}

// TestReadHTMLMetaSame: one walk of the page reads the same metadata as
// the selectors it replaced.
func TestReadHTMLMetaSame(t *testing.T) {
	for i, page := range metaPages(t) {
		t.Run(string(rune('a'+i)), func(t *testing.T) { checkMetaSame(t, page) })
	}
}

// FuzzReadHTMLMetaSame: on any page, one walk reads what the selectors
// read.
func FuzzReadHTMLMetaSame(f *testing.F) {
	for _, page := range metaPages(f) {
		f.Add(page)
	}
	f.Fuzz(checkMetaSame)
}
