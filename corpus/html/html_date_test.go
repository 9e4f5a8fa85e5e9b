package html_test

import (
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
)

// TestHTMLPageDate: the decoder records go-htmldate's reading of the
// page's publication date in Meta.PageDate.
func TestHTMLPageDate(t *testing.T) {
	tests := []struct {
		name, page, uri, want string
	}{
		{"published-time property",
			`<html><head><meta property="article:published_time" content="2021-03-12T10:00:00-05:00"></head><body><h1>Talks</h1><p>The ministers met.</p></body></html>`,
			"", "2021-03-12"},
		{"json-ld datePublished",
			`<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-02-11T09:00:00Z","dateModified":"2023-01-01"}</script></head><body><h1>Talks</h1><p>The ministers met.</p></body></html>`,
			"", "2022-02-11"},
		{"date in the page's address",
			`<html><body><h1>Talks</h1><p>The ministers met.</p></body></html>`,
			"https://example.org/news/2016/12/06/talks-held/", "2016-12-06"},
		{"time element in the article",
			`<html><body><article><h1>Talks</h1><time datetime="2018-06-22">22 June 2018</time><p>The ministers met.</p></article></body></html>`,
			"", "2018-06-22"},
		{"local file path is no address",
			`<html><body><h1>Talks</h1><p>The ministers met.</p></body></html>`,
			"file:///tmp/2016/12/06/talks.html", ""},
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := corpus.Input{Body: []byte(tc.page), Source: corpus.Source{URI: tc.uri, Path: "page.html"}}
			doc, err := d.Decode(t.Context(), in)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.PageDate != tc.want {
				t.Errorf("PageDate got %q, want %q", doc.Meta.PageDate, tc.want)
			}
		})
	}
}
