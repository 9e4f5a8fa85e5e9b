package sources

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// BenchmarkExtractLinks measures link extraction on an index page with
// site chrome and 200 release links.
func BenchmarkExtractLinks(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&sb, `<li><a href="/releases/%d/">Release %d</a> <a href="/files/%d.pdf">PDF</a></li>`, i, i, i)
	}
	body := []byte(chrome("Press releases", "<ul>"+sb.String()+"</ul>"))
	base, _ := url.Parse("https://www.example.gov/press/")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if n := len(extractLinks(base, body)); n < 400 {
			b.Fatalf("%d links", n)
		}
	}
}

// BenchmarkParseSitemap measures a 10,000-URL sitemap.
func BenchmarkParseSitemap(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&sb, "<url><loc>https://www.example.gov/releases/%d/</loc><lastmod>2024-03-01</lastmod></url>\n", i)
	}
	sb.WriteString("</urlset>")
	body := []byte(sb.String())
	base, _ := url.Parse("https://www.example.gov/sitemap.xml")
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		sm, err := parseSitemap(base, body)
		if err != nil || len(sm.Pages) != 10000 {
			b.Fatalf("%v, %d pages", err, len(sm.Pages))
		}
	}
}
