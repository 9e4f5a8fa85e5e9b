package sources

import (
	"bytes"
	"compress/gzip"
	"net/url"
	"testing"

	"go.uber.org/zap"
)

// The fuzz targets cover the parsers of untrusted input: the config file,
// sitemaps, feeds, robots.txt and HTML links. Each must return a value or
// an error, never panic, and keep its output within its stated bounds.

func FuzzParseCrawlConfig(f *testing.F) {
	f.Add([]byte("seeds: [https://www.state.gov/]\nrate: 2\nscope: {max_depth: 2}\n"))
	f.Add([]byte("retry: {max: 3, base: 1s}\nread_timeout: 10s\n"))
	f.Add([]byte("scope: {include: ['^https://x/'], exclude: ['(']}"))
	f.Add([]byte("- a\n- b"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := ParseCrawlConfig(data)
		if err != nil {
			return
		}
		if err := cfg.Validate(); err != nil {
			t.Fatalf("ParseCrawlConfig accepted an invalid config: %v", err)
		}
		if _, err := newScope(cfg.Scope, cfg.Seeds, cfg.Feeds, cfg.Sitemaps); err != nil {
			t.Fatalf("valid config, invalid scope: %v", err)
		}
	})
}

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>https://example.gov/a</loc></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>/s.xml.gz</loc></sitemap></sitemapindex>`))
	f.Add([]byte(`<urlset><url><loc>javascript:alert(1)</loc><image:image><image:loc>x</image:loc></image:image></url>`))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`<urlset><url><loc>https://example.gov/z</loc></url></urlset>`))
	zw.Close()
	f.Add(gz.Bytes())
	base, _ := url.Parse("https://example.gov/sitemap.xml")
	f.Fuzz(func(t *testing.T, data []byte) {
		sm, err := parseSitemap(base, data)
		if err != nil {
			return
		}
		for _, p := range sm.Pages {
			if p.URL.Scheme != "http" && p.URL.Scheme != "https" {
				t.Fatalf("non-http page %q", p.URL)
			}
		}
		if len(sm.Pages)+len(sm.Sitemaps) > maxSitemapURLs {
			t.Fatalf("%d URLs over the cap", len(sm.Pages)+len(sm.Sitemaps))
		}
	})
}

func FuzzExtractLinks(f *testing.F) {
	f.Add([]byte(`<a href="/a">a</a><a href="b.pdf">b</a><base href="https://x.gov/y/">`))
	f.Add([]byte(`<a href="javascript:1"><a href="//other.gov/x"><a href="http://[::1]:99999/">`))
	f.Add([]byte(`<iframe src="%zz"></iframe><object data="../../../../x">`))
	base, _ := url.Parse("https://example.gov/press/")
	f.Fuzz(func(t *testing.T, data []byte) {
		links := extractLinks(base, data)
		if len(links) > maxLinksPerPage {
			t.Fatalf("%d links over the cap", len(links))
		}
		seen := map[string]bool{}
		for _, l := range links {
			s := l.URL.String()
			if l.URL.Scheme != "http" && l.URL.Scheme != "https" || l.URL.Fragment != "" || seen[s] {
				t.Fatalf("bad or duplicate link %q", s)
			}
			seen[s] = true
		}
	})
}

func FuzzFeedLinks(f *testing.F) {
	f.Add([]byte(`<rss><channel><item><link>https://x.gov/a</link></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>https://x.gov/b</id></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":"https://x.gov/c"}]}`))
	base, _ := url.Parse("https://example.gov/feed/")
	f.Fuzz(func(t *testing.T, data []byte) {
		links, _, err := feedLinks(base, data)
		if err != nil {
			return
		}
		for _, l := range links {
			if l.URL.Scheme != "http" && l.URL.Scheme != "https" {
				t.Fatalf("non-http item %q", l.URL)
			}
		}
	})
}

func FuzzParseRobots(f *testing.F) {
	f.Add([]byte("User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n"))
	f.Add([]byte("User-agent: communique\nCrawl-delay: 10s\nAllow: /\n"))
	f.Add([]byte("\xff\xfe garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := parseRobots(data, "communique", zap.NewNop())
		r.allows(&url.URL{Scheme: "https", Host: "x.gov", Path: "/a/b", RawQuery: "c=d"})
	})
}
