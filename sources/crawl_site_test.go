package sources

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/communique/communique/internal/pdftest"
)

// hit is one request as the test server saw it.
type hit struct {
	Path        string
	At          time.Time
	IfNoneMatch string
	IfModSince  string
	UserAgent   string
}

// testSite is a local web site of press releases with the usual hazards.
// Every request is logged with its server-side arrival time.
type testSite struct {
	srv *httptest.Server

	mu       sync.Mutex
	hits     []hit
	pages    map[string]string // path -> HTML body (served with ETag)
	flakyN   int
	slowWait time.Duration
}

// siteOptions picks the hazards a test site serves.
type siteOptions struct {
	robots  string // robots.txt body; empty: 404
	hazards bool   // flaky, slow, redirect loop, oversized, out-of-scope redirect
	feed    bool   // /rss/ from the State Department snapshot
	sitemap bool   // /sitemap-index.xml.gz -> /sitemap-releases.xml
	pages   int    // /news/N/ pages linked from /news/ (a second site)
}

// chrome wraps release text in site navigation and footer, as agency
// sites do.
func chrome(title, body string) string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>` + html.EscapeString(title) + ` - Test Ministry</title></head>
<body><header><nav><a href="/">Home</a> <a href="/about/">About</a> <a href="/press/">Press</a></nav></header>
<main><article><h1>` + html.EscapeString(title) + `</h1>
` + body + `
</article></main>
<footer><p>Test Ministry, 1 Main Street. <a href="/privacy/">Privacy</a> <a href="http://outside.invalid/share">Share</a></p></footer></body></html>`
}

// minimalPDF returns a valid one-page PDF showing text.
func minimalPDF(text string) []byte { return pdftest.Page(text) }

var feedItemRE = regexp.MustCompile(`(?s)<item>\s*<title>[^<]*</title>\s*<link>([^<]*)</link>.*?<content:encoded><!\[CDATA\[(.*?)\]\]></content:encoded>`)

func newTestSite(t *testing.T, opt siteOptions) *testSite {
	t.Helper()
	s := &testSite{pages: make(map[string]string), slowWait: 2 * time.Second}
	mux := http.NewServeMux()
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, hit{Path: r.URL.RequestURI(), At: time.Now(), IfNoneMatch: r.Header.Get("If-None-Match"),
			IfModSince: r.Header.Get("If-Modified-Since"), UserAgent: r.Header.Get("User-Agent")})
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.srv.Close)

	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		if opt.robots == "" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, opt.robots)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		body, ok := s.pages[r.URL.Path]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		sum := sha256.Sum256([]byte(body))
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	})

	index := `<ul>
<li><a href="/releases/alpha/">Minister opens the new harbour</a></li>
<li><a href="../releases/beta/#top">Budget statement</a></li>
<li><a href="/private/secret/">Internal draft</a></li>
<li><a href="/logo.png">logo</a></li>`
	s.pages["/releases/alpha/"] = chrome("Minister opens the new harbour",
		`<p>WELLINGTON, 3 March 2024. Minister Jane Smith opened the new harbour today.</p><p>Read the <a href="/files/harbour-report.pdf">full report (PDF)</a>.</p>`)
	s.pages["/releases/beta/"] = chrome("Budget statement", `<p>The Treasury published the budget statement on 4 March 2024.</p>`)
	s.pages["/private/secret/"] = chrome("Secret", "<p>never to be crawled</p>")
	mux.HandleFunc("/files/harbour-report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Last-Modified", "Sun, 03 Mar 2024 10:00:00 GMT")
		if r.Header.Get("If-Modified-Since") == "Sun, 03 Mar 2024 10:00:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(minimalPDF("Harbour report 2024"))
	})

	if opt.hazards {
		index += `
<li><a href="/flaky/">Flaky</a></li>
<li><a href="/slow/">Slow</a></li>
<li><a href="/loop/a">Loop</a></li>
<li><a href="/big/">Big</a></li>
<li><a href="/moved/">Moved</a></li>
<li><a href="/away/">Away</a></li>
<li><a href="http://outside.invalid/releases/x/">Elsewhere</a></li>`
		mux.HandleFunc("/flaky/", func(w http.ResponseWriter, r *http.Request) {
			s.mu.Lock()
			s.flakyN++
			n := s.flakyN
			s.mu.Unlock()
			switch n {
			case 1:
				w.Header().Set("Retry-After", "1")
				http.Error(w, "busy", http.StatusServiceUnavailable)
			case 2:
				http.Error(w, "busy", http.StatusServiceUnavailable)
			default:
				fmt.Fprint(w, chrome("Flaky but fine", "<p>Third time lucky, said the Ministry of Transport.</p>"))
			}
		})
		mux.HandleFunc("/slow/", func(w http.ResponseWriter, r *http.Request) {
			s.mu.Lock()
			wait := s.slowWait
			s.mu.Unlock()
			select {
			case <-time.After(wait):
			case <-r.Context().Done():
				return
			}
			fmt.Fprint(w, chrome("Slow", "<p>late</p>"))
		})
		mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
		mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
		mux.HandleFunc("/moved/", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/releases/alpha/", http.StatusMovedPermanently)
		})
		mux.HandleFunc("/away/", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, strings.Replace(s.srv.URL, "127.0.0.1", "localhost", 1)+"/releases/alpha/", http.StatusFound)
		})
		mux.HandleFunc("/big/", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			// No Content-Length (chunked): the cap must hold while reading.
			for i := 0; i < 64; i++ {
				fmt.Fprint(w, strings.Repeat("<p>padding</p>", 100))
				w.(http.Flusher).Flush()
			}
		})
	}
	if opt.feed {
		raw, err := os.ReadFile("testdata/crawl/state-dept-rss.xml")
		if err != nil {
			t.Fatal(err)
		}
		feed := strings.ReplaceAll(string(raw), "https://www.state.gov/", "/releases/")
		// Items' links must be absolute in RSS; resolve against the server.
		mux.HandleFunc("/rss/", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			fmt.Fprint(w, strings.ReplaceAll(feed, "<link>/releases/", "<link>"+s.srv.URL+"/releases/"))
		})
		for _, m := range feedItemRE.FindAllStringSubmatch(feed, -1) {
			s.pages[m[1]] = chrome("State Department release", m[2])
		}
	}
	if opt.sitemap {
		s.pages["/releases/gamma/"] = chrome("Gamma", "<p>Only in the sitemap.</p>")
		mux.HandleFunc("/sitemap-index.xml.gz", func(w http.ResponseWriter, r *http.Request) {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			fmt.Fprintf(zw, `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/sitemap-releases.xml</loc></sitemap></sitemapindex>`, s.srv.URL)
			zw.Close()
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write(b.Bytes())
		})
		mux.HandleFunc("/sitemap-releases.xml", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>%[1]s/releases/gamma/</loc><lastmod>2024-03-05</lastmod><image:image><image:loc>%[1]s/gamma.png</image:loc></image:image></url>
<url><loc>%[1]s/releases/alpha/</loc></url>
</urlset>`, s.srv.URL)
		})
	}
	for i := 1; i <= opt.pages; i++ {
		p := fmt.Sprintf("/news/%d/", i)
		s.pages[p] = chrome(fmt.Sprintf("News %d", i), fmt.Sprintf("<p>News item %d of the second ministry.</p>", i))
		index += fmt.Sprintf("\n<li><a href=%q>News %d</a></li>", p, i)
	}
	index += "\n</ul>"
	s.pages["/press/"] = chrome("Press releases", index)
	s.pages["/news/"] = s.pages["/press/"]
	return s
}

func (s *testSite) URL(path string) string { return s.srv.URL + path }

// setPage changes (or adds) a page's body.
func (s *testSite) setPage(path, body string) {
	s.mu.Lock()
	s.pages[path] = body
	s.mu.Unlock()
}

// takeHits returns the requests so far and forgets them.
func (s *testSite) takeHits() []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := s.hits
	s.hits = nil
	return h
}

func countPath(hits []hit, path string) int {
	n := 0
	for _, h := range hits {
		if h.Path == path {
			n++
		}
	}
	return n
}

// minGap is the smallest interval between consecutive requests.
func minGap(hits []hit) time.Duration {
	gap := time.Duration(-1)
	for i := 1; i < len(hits); i++ {
		if d := hits[i].At.Sub(hits[i-1].At); gap < 0 || d < gap {
			gap = d
		}
	}
	return gap
}
