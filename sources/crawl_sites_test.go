package sources

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
)

// TestCrawlSitesOwnScopes: two sites of one crawl each follow links by
// their own scope: site a only under /a/ and one level deep (the top
// level's depth), site b under /b/ and two levels deep; a link from a's
// page into /b/ is out of a's scope, and a's second level is not fetched.
func TestCrawlSitesOwnScopes(t *testing.T) {
	links := map[string][]string{
		"/a/":     {"/a/one", "/b/only-from-a"},
		"/a/one":  {"/a/too-deep"},
		"/b/":     {"/b/list", "/a/only-from-b"},
		"/b/list": {"/b/deep"},
		"/b/deep": {"/b/deeper"},
	}
	var (
		mu      sync.Mutex
		fetched []string
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		fetched = append(fetched, r.URL.Path)
		mu.Unlock()
		var b strings.Builder
		fmt.Fprintf(&b, "<html><head><title>%s</title></head><body><p>Page %s of the ministry, with enough words to be read as a release.</p>", r.URL.Path, r.URL.Path)
		for _, l := range links[r.URL.Path] {
			fmt.Fprintf(&b, `<a href="%s">link</a> `, l)
		}
		b.WriteString("</body></html>")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, b.String())
	}))
	defer srv.Close()

	cfg := testConfig()
	cfg.Scope.PathPrefixes = nil
	cfg.Sites = []SiteConfig{
		{Name: "a", Seeds: []string{srv.URL + "/a/"}, Scope: ScopeConfig{PathPrefixes: []string{"/a/"}}},
		{Name: "b", Seeds: []string{srv.URL + "/b/"}, Scope: ScopeConfig{PathPrefixes: []string{"/b/"}, MaxDepth: 2}},
	}
	c := newTestCrawler(t, cfg, t.TempDir())
	docs, _ := crawlOnce(t, c, 0, true)
	var got []string
	for _, d := range docs {
		got = append(got, strings.TrimPrefix(d.URI, srv.URL))
	}
	sort.Strings(got)
	want := []string{"/a/one", "/b/deep", "/b/list"}
	if !reflect.DeepEqual(got, want) {
		mu.Lock()
		defer mu.Unlock()
		t.Errorf("documents %v, want %v (fetched %v)", got, want, fetched)
	}
}

// TestCrawlSitesMaxPages: a site's max_pages caps that site only.
func TestCrawlSitesMaxPages(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<html><body><p>Release %s with enough words to be read.</p>", r.URL.Path)
		if strings.HasSuffix(r.URL.Path, "/") {
			for i := range 5 {
				fmt.Fprintf(w, `<a href="%sr%d">r</a>`, r.URL.Path, i)
			}
		}
		fmt.Fprint(w, "</body></html>")
	}))
	defer srv.Close()
	cfg := testConfig()
	cfg.Scope.PathPrefixes = nil
	cfg.Sites = []SiteConfig{
		{Seeds: []string{srv.URL + "/small/"}, Scope: ScopeConfig{PathPrefixes: []string{"/small/"}, MaxPages: 3}},
		{Seeds: []string{srv.URL + "/big/"}, Scope: ScopeConfig{PathPrefixes: []string{"/big/"}}},
	}
	docs, _ := crawlOnce(t, newTestCrawler(t, cfg, t.TempDir()), 0, true)
	small, big := 0, 0
	for _, d := range docs {
		switch {
		case strings.Contains(d.URI, "/small/"):
			small++
		case strings.Contains(d.URI, "/big/"):
			big++
		}
	}
	if small != 2 || big != 5 {
		t.Errorf("documents: %d of the small site (max_pages 3: the seed and 2), %d of the big one; want 2 and 5", small, big)
	}
}
