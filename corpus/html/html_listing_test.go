package html_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
)

// listingPage builds a listing page whose items are written by item, with
// a sidebar of dated links beside the list.
func listingPage(listOpen, listClose string, item func(i int) string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>News | Example Office</title></head><body><div id="header"><h1>Example Office</h1></div><div id="content"><h2>News</h2>` + listOpen)
	for i := 0; i < 4; i++ {
		b.WriteString(item(i))
	}
	b.WriteString(listClose + `</div><div id="sidebar"><h3>Events</h3><ul><li><a href="/e1">Town hall, May 3, 2026</a></li><li><a href="/e2">Open day, May 9, 2026</a></li></ul></div></body></html>`)
	return b.String()
}

var listingSummaries = []string{
	"The office announced new funding for eleven rural clinics, which will cut waiting times for patients across the region.",
	"Engineers completed the first stage of the flood defences along the river ahead of the spring rains this year.",
	"A bill introduced this week would double grants to employers who train apprentices in nursing and construction.",
	"The office hosted a roundtable with farmers and regulators on water rights and drought planning for the summer.",
}

// TestHTMLListingPage checks that a listing page's main content is its
// whole list, whatever the items' markup, and that an article page with a
// short list of related links keeps its own article as the main content.
func TestHTMLListingPage(t *testing.T) {
	title := func(i int) string { return fmt.Sprintf("Office Announces Item Number %d Today", i+1) }
	pages := map[string]string{
		"article items, date above a linked h3": listingPage(`<div class="press-list">`, `</div>`, func(i int) string {
			return fmt.Sprintf(`<article class="press-item"><span class="date">Apr %d, 2026</span><h3><a href="/news/%d">%s</a></h3><p>%s <a href="/news/%d">Read more</a></p></article>`, 20-i, i, title(i), listingSummaries[i], i)
		}),
		"div rows, linked h2 above a time": listingPage(`<section>`, `</section>`, func(i int) string {
			return fmt.Sprintf(`<div class="news-row"><h2 class="title"><a href="/n?id=%d">%s</a></h2><time datetime="2026-03-%02d">March %d, 2026</time><div class="teaser"><p>%s</p></div></div>`, i, title(i), 10+i, 10+i, listingSummaries[i])
		}),
		"list items, linked h4 and a date paragraph": listingPage(`<ul class="releases">`, `</ul>`, func(i int) string {
			return fmt.Sprintf(`<li class="release"><h4><a href="https://example.gov/r/%d">%s</a></h4><p class="date">%d May 2026</p><p>%s</p></li>`, i, title(i), 5+i, listingSummaries[i])
		}),
		"cards whose whole box is the link, h3 inside": listingPage(`<div class="row media-items">`, `</div>`, func(i int) string {
			return fmt.Sprintf(`<a class="col media-item" href="/media-releases/%d/"><div class="box"><p class="category">Media Release</p><h3 class="media-title">%s</h3><p class="description">%s</p><p class="date">%02d Mar 2026</p></div></a>`, i, title(i), listingSummaries[i], 20-i)
		}),
		"linked cards, h2 then a time": listingPage(`<section class="cards">`, `</section>`, func(i int) string {
			return fmt.Sprintf(`<a href="https://example.gov/news/%d" class="card"><h2>%s</h2><time datetime="2026-02-%02d">%d February 2026</time><span>%s</span></a>`, i, title(i), 10+i, 10+i, listingSummaries[i])
		}),
		"list items, title as a plain link, excerpt, byline and date": listingPage(`<ul class="collection-results">`, `</ul>`, func(i int) string {
			return fmt.Sprintf(`<li class="collection-result"><p class="label">Press Statement</p><a class="collection-result__link" href="/statements/%d/">%s</a><p class="excerpt">%s</p><div class="meta"><span>Office of the Press Secretary</span> <span>June %d, 2026</span></div></li>`, i, title(i), listingSummaries[i], 20-i)
		}),
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	decodeEach(t, d, pages, func(t *testing.T, doc corpus.Doc) {
		for i := range listingSummaries {
			if !strings.Contains(doc.Text, title(i)) || !strings.Contains(doc.Text, listingSummaries[i]) {
				t.Errorf("text lacks item %d:\n%s", i+1, doc.Text)
			}
		}
		links := strings.Split(strings.TrimSpace(doc.Meta.Props[corpus.PropListingLinks]), "\n")
		if len(links) != len(listingSummaries) || !strings.HasSuffix(links[0], "\t"+title(0)) {
			t.Errorf("listing links %q, want one per item", links)
		}
		if strings.Contains(doc.Text, "Town hall") {
			t.Errorf("text keeps the sidebar:\n%s", doc.Text)
		}
	})
	t.Run("article with related links", func(t *testing.T) {
		var related strings.Builder
		for i := 0; i < 3; i++ {
			fmt.Fprintf(&related, `<div class="card"><h3><a href="/r/%d">Related story %d</a></h3><p>Short teaser.</p></div>`, i, i)
		}
		page := `<html><body><article><h1>Ministers agree on a fisheries accord</h1><p>` + strings.Repeat(listingSummaries[0]+" ", 4) + `</p><p>` +
			strings.Repeat(listingSummaries[1]+" ", 4) + `</p></article><aside>` + related.String() + `</aside></body></html>`
		doc, err := decodetest.DecodeBytes(t, d, "article.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, "fisheries accord") || strings.Contains(doc.Text, "Related story") || doc.Meta.Props[corpus.PropListingLinks] != "" {
			t.Errorf("main content is not the article:\n%s", doc.Text)
		}
	})
}

// TestHTMLPageAddresses checks that the page's own addresses, the first
// <base href> and the first canonical link, are kept for resolving a
// saved page's relative links.
func TestHTMLPageAddresses(t *testing.T) {
	d := decodetest.NewDecoder(t, decode.Config{})
	for _, tc := range []struct {
		name, head      string
		base, canonical string
	}{
		{"base and canonical", `<base href="https://a.example.gov/"><link rel="canonical" href="https://a.example.gov/news">`, "https://a.example.gov/", "https://a.example.gov/news"},
		{"canonical among other links", `<link rel="stylesheet" href="/s.css"><link href="http://b.example.house.gov/index.php?id=14" rel="canonical" />`, "", "http://b.example.house.gov/index.php?id=14"},
		{"relative base, two rel values", `<base href="/press/"><link rel="alternate canonical" href="https://c.example.org/press">`, "/press/", "https://c.example.org/press"},
		{"neither", `<link rel="icon" href="/favicon.ico">`, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>News</title>` + tc.head + `</head><body><p>Ministers met on Tuesday to discuss the budget.</p></body></html>`
			doc, err := decodetest.DecodeBytes(t, d, "p.html", []byte(page))
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Meta.Props[corpus.PropBaseHref]; got != tc.base {
				t.Errorf("base %q, want %q", got, tc.base)
			}
			if got := doc.Meta.Props[corpus.PropCanonical]; got != tc.canonical {
				t.Errorf("canonical %q, want %q", got, tc.canonical)
			}
		})
	}
}

// TestHTMLListingItemLinks checks the item links of listings whose items
// are not uniform blocks with linked headings: table rows with a linked
// title cell and zebra classes, linked headings set flat between dates
// and summaries, list items with alternating classes.
func TestHTMLListingItemLinks(t *testing.T) {
	title := func(i int) string { return fmt.Sprintf("Office Announces Item Number %d Today", i+1) }
	pages := map[string]string{
		"table rows, zebra classes, linked cell": listingPage(`<table class="category"><tbody>`, `</tbody></table>`, func(i int) string {
			return fmt.Sprintf(`<tr class="cat-list-row%d"><td class="list-title"><a href="/index.php?id=%d">%s</a></td><td class="list-date">March %d, 2015</td></tr>`, i%2, i, title(i), 10+i)
		}),
		"flat headings between dates and summaries": listingPage(`<div id="press">`, `</div>`, func(i int) string {
			return fmt.Sprintf(`<span class="date">05.%02d.15</span><h2 class="title"><a href="/news/press/%d">%s</a></h2><p class="summary">%s <a href="/news/press/%d">Continue Reading</a></p>`, 19-i, i, title(i), listingSummaries[i], i)
		}),
		"list items, odd and even": listingPage(`<ul>`, `</ul>`, func(i int) string {
			class := []string{"item odd", "item even"}[i%2]
			return fmt.Sprintf(`<li class="%s"><h3><a href="/r/%d">%s</a></h3><p>%s</p></li>`, class, i, title(i), listingSummaries[i])
		}),
	}
	decodeEach(t, decodetest.NewDecoder(t, decode.Config{}), pages, func(t *testing.T, doc corpus.Doc) {
		links := strings.Split(strings.TrimSpace(doc.Meta.Props[corpus.PropListingLinks]), "\n")
		if len(links) != 4 {
			t.Fatalf("listing links %q, want 4", links)
		}
		for i, l := range links {
			if href, got, _ := strings.Cut(l, "\t"); got != title(i) || !strings.HasSuffix(href, fmt.Sprint(i)) {
				t.Errorf("link %d: %q", i, l)
			}
		}
	})
}

// decodeEach decodes each page as a subtest named by its key and hands
// the document to check.
func decodeEach(t *testing.T, d *decode.Decoder, pages map[string]string, check func(*testing.T, corpus.Doc)) {
	t.Helper()
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			doc, err := decodetest.DecodeBytes(t, d, "list.html", []byte(page))
			if err != nil {
				t.Fatal(err)
			}
			check(t, doc)
		})
	}
}

// TestHTMLHeadingLevels checks that the rendered headings are listed with
// their levels, in order, and that headings of dropped chrome are not.
func TestHTMLHeadingLevels(t *testing.T) {
	p := "<p>" + listingSummaries[0] + " " + listingSummaries[1] + "</p>"
	decodeEach(t, decodetest.NewDecoder(t, decode.Config{}), map[string]string{
		"h1 to h3": `<html><body><nav><h2>Menu</h2><a href="/">Home</a></nav><article><h1>Trade Newsletter</h1><h2>Port tariffs cut</h2>` + p + `<h3>Who qualifies</h3>` + p + `<h2>Customs portal goes live</h2>` + p + `</article></body></html>`,
	}, func(t *testing.T, doc corpus.Doc) {
		want := "1\tTrade Newsletter\n2\tPort tariffs cut\n3\tWho qualifies\n2\tCustoms portal goes live"
		if got := doc.Meta.Props[corpus.PropHeadingLevels]; got != want {
			t.Errorf("heading levels %q, want %q", got, want)
		}
	})
}
