package sources

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/communique/communique/output"
)

// testRate is the per-host rate of the tests: fast, but slow enough that
// spacing is measurable (one request per 50 ms).
const testRate = 20

// testConfig is a crawl configuration for loopback test servers: the
// address guard is switched off explicitly, timeouts and backoff short.
func testConfig() CrawlConfig {
	cfg := DefaultCrawlConfig()
	cfg.AllowPrivateAddresses = true
	cfg.Rate = testRate
	cfg.ReadTimeout = Duration(150 * time.Millisecond)
	cfg.ConnectTimeout = Duration(time.Second)
	cfg.MaxBytes = 16 << 10
	cfg.Retry.Base = Duration(20 * time.Millisecond)
	cfg.Retry.MaxDelay = Duration(100 * time.Millisecond)
	cfg.Retry.MaxRetryAfter = Duration(2 * time.Second)
	cfg.Scope.PathPrefixes = []string{"/releases/", "/private/", "/files/", "/news/", "/flaky/", "/slow/", "/loop/", "/big/", "/moved/", "/away/"}
	return cfg
}

// emitted is what the fake pipeline saw of one document.
type emitted struct {
	ID, URI, SHA256, Error, ContentType string
	FetchedAt                           bool
	Size                                int
}

// crawlOnce runs one pass through a fake pipeline that turns every Input
// into one record, acks it, and after stopAfter documents (0: never)
// cancels the run the way SIGINT does. commit=false simulates a process
// killed before the sink was closed.
func crawlOnce(t *testing.T, c *Crawler, stopAfter int, commit bool) ([]emitted, Summary) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	run := c.Start(ctx)
	var out []emitted
	for {
		in, err := run.Next(ctx)
		if errors.Is(err, io.EOF) || errors.Is(err, context.Canceled) {
			break
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		if want := len(out); in.Seq != want {
			t.Fatalf("Seq: got %d, want %d", in.Seq, want)
		}
		seg := 0
		if in.Error != "" {
			seg = -1
		}
		out = append(out, emitted{ID: output.RecordID(in.Source.Identity(), seg), URI: in.Source.URI, SHA256: in.Source.SHA256,
			Error: in.Error, ContentType: in.Source.ContentType, FetchedAt: in.Source.FetchedAt != nil, Size: len(in.Body)})
		if err := run.Ack(ctx, in, in.Error != ""); err != nil {
			t.Fatalf("Ack: %v", err)
		}
		if stopAfter > 0 && len(out) == stopAfter {
			cancel()
		}
	}
	run.Close()
	if commit {
		if err := run.Commit(); err != nil {
			t.Fatalf("Commit: %v", err)
		}
	}
	return out, run.Summary()
}

func newTestCrawler(t *testing.T, cfg CrawlConfig, dir string) *Crawler {
	t.Helper()
	st, err := OpenState(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	})
	c, err := NewCrawler(cfg, st, zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)))
	if err != nil {
		t.Fatal(err)
	}
	c.jitter = func() float64 { return 0.5 }
	return c
}

func uris(docs []emitted) []string {
	var out []string
	for _, d := range docs {
		s := strings.TrimPrefix(d.URI, "http://")
		if _, p, ok := strings.Cut(s, "/"); ok {
			s = "/" + p
		}
		if d.Error != "" {
			s += " ERROR " + d.Error[strings.LastIndex(d.Error, ": ")+2:]
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// TestCrawlIncremental crawls a site with every hazard three times: all
// new, nothing new (conditional requests), one changed page.
func TestCrawlIncremental(t *testing.T) {
	site := newTestSite(t, siteOptions{
		robots:  "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.05\n",
		hazards: true, feed: true, sitemap: true,
	})
	cfg := testConfig()
	cfg.Rate = 2 * testRate // Crawl-delay (50 ms) is slower and wins
	cfg.Seeds = []string{site.URL("/press/")}
	cfg.Feeds = []string{site.URL("/rss/")}
	cfg.Sitemaps = []string{site.URL("/sitemap-index.xml.gz")}
	c := newTestCrawler(t, cfg, t.TempDir())
	const crawlDelay = 50 * time.Millisecond

	// Run 1: everything is new.
	docs, sum := crawlOnce(t, c, 0, true)
	hits := site.takeHits()
	want := []string{
		"/away/ ERROR redirect to out-of-scope host " + strings.TrimPrefix(strings.Replace(site.URL(""), "127.0.0.1", "localhost", 1), "http://"),
		"/big/ ERROR body exceeds max_bytes 16384",
		"/files/harbour-report.pdf",
		"/flaky/",
		"/loop/a ERROR redirect loop at " + site.URL("/loop/a"),
		"/releases/alpha/",
		"/releases/beta/",
		"/releases/concerns-with-un-high-commissioner-for-human-rights-visit-to-the-peoples-republic-of-china/",
		"/releases/croatia-statehood-day-2/",
		"/releases/gamma/",
		"/releases/secretary-blinkens-call-with-greek-foreign-minister-dendias-2/",
		"/releases/u-s-special-envoy-to-advance-the-human-rights-of-lgbtqi-persons-sterns-travel-to-lithuania-the-netherlands-and-sweden/",
		"/slow/ ERROR timeout (after 4 attempts)",
	}
	if got := uris(docs); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("run 1 emitted:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, d := range docs {
		if d.Error == "" && (!d.FetchedAt || d.SHA256 == "" || d.Size == 0) {
			t.Errorf("%s: source not filled: %+v", d.URI, d)
		}
		if strings.HasSuffix(d.URI, ".pdf") && d.ContentType != "application/pdf" {
			t.Errorf("%s: content type %q, want application/pdf", d.URI, d.ContentType)
		}
	}
	checkPoliteness(t, hits, crawlDelay)
	if n := countPath(hits, "/private/secret/"); n != 0 {
		t.Errorf("disallowed /private/secret/ requested %d times", n)
	}
	if sum.Total.SkippedRobots != 1 {
		t.Errorf("skipped by robots: got %d, want 1", sum.Total.SkippedRobots)
	}
	// Flaky: 503 (Retry-After: 1), 503, 200. Slow: 1 + 3 retries.
	if n := countPath(hits, "/flaky/"); n != 3 {
		t.Errorf("/flaky/ requested %d times, want 3", n)
	}
	if n := countPath(hits, "/slow/"); n != 4 {
		t.Errorf("/slow/ requested %d times, want 4", n)
	}
	flaky := pathHits(hits, "/flaky/")
	if len(flaky) == 3 {
		if gap := flaky[1].At.Sub(flaky[0].At); gap < 950*time.Millisecond {
			t.Errorf("Retry-After: 1 not honoured: retried after %v", gap)
		}
		t.Logf("flaky retry gaps: %v (Retry-After: 1), %v", flaky[1].At.Sub(flaky[0].At).Round(time.Millisecond), flaky[2].At.Sub(flaky[1].At).Round(time.Millisecond))
	}
	slow := pathHits(hits, "/slow/")
	for i := 1; i < len(slow); i++ {
		t.Logf("slow attempt %d after %v", i+1, slow[i].At.Sub(slow[i-1].At).Round(time.Millisecond))
	}
	t.Logf("run 1: %d documents emitted, %d requests, min spacing %v; summary %+v", len(docs), len(hits), minGap(hits).Round(time.Millisecond), sum.Total)
	firstIDs := map[string]string{}
	for _, d := range docs {
		firstIDs[d.URI] = d.ID
	}

	// Run 2: nothing changed; conditional requests, no records.
	docs, sum = crawlOnce(t, c, 0, true)
	hits = site.takeHits()
	if len(docs) != 0 {
		t.Errorf("run 2 emitted %d documents, want 0: %v", len(docs), uris(docs))
	}
	for _, p := range []string{"/releases/alpha/", "/releases/beta/", "/releases/gamma/", "/press/", "/moved/"} {
		hs := pathHits(hits, p)
		if len(hs) == 0 || hs[0].IfNoneMatch == "" {
			t.Errorf("run 2: %s not requested conditionally (If-None-Match): %+v", p, hs)
		}
	}
	if hs := pathHits(hits, "/files/harbour-report.pdf"); len(hs) != 1 || hs[0].IfModSince == "" {
		t.Errorf("run 2: PDF not requested with If-Modified-Since: %+v", hs)
	}
	// /flaky/ sends no validators: it answers 200 with the same body,
	// which is recognised by its hash and not emitted.
	if sum.Total.NotModified < 10 || sum.Total.Unchanged != 1 || sum.Total.New+sum.Total.Changed != 0 {
		t.Errorf("run 2 summary: %+v", sum.Total)
	}
	checkPoliteness(t, hits, crawlDelay)
	t.Logf("run 2: %d emitted, %d requests, summary %+v", len(docs), len(hits), sum.Total)

	// Run 3: one page changed, and the slow endpoint recovered: the page is
	// emitted again with its old id, the recovered URL for the first time.
	site.setPage("/releases/beta/", chrome("Budget statement (corrected)", "<p>The Treasury corrected the budget statement on 5 March 2024.</p>"))
	site.mu.Lock()
	site.slowWait = 0
	site.mu.Unlock()
	docs, sum = crawlOnce(t, c, 0, true)
	site.takeHits()
	if got := uris(docs); strings.Join(got, " ") != "/releases/beta/ /slow/" {
		t.Fatalf("run 3 emitted %v, want /releases/beta/ and /slow/", got)
	}
	for _, d := range docs {
		if d.URI == site.URL("/releases/beta/") && d.ID != firstIDs[d.URI] {
			t.Errorf("changed page id: got %s, want %s (run 1)", d.ID, firstIDs[d.URI])
		}
	}
	if sum.Total.Changed != 1 || sum.Total.New != 1 {
		t.Errorf("run 3 summary: %+v", sum.Total)
	}
	// Run 4: the change is not emitted twice.
	docs, _ = crawlOnce(t, c, 0, true)
	if len(docs) != 0 {
		t.Errorf("run 4 emitted %v, want nothing", uris(docs))
	}
}

// checkPoliteness checks the server-side spacing of one host's requests
// and the User-Agent. A 10%% tolerance absorbs the time between the
// client's limiter and the server's clock.
func checkPoliteness(t *testing.T, hits []hit, interval time.Duration) {
	t.Helper()
	if gap := minGap(hits); gap < interval*9/10 {
		t.Errorf("requests %v apart, want at least %v", gap, interval)
	}
	for _, h := range hits {
		if h.UserAgent != DefaultUserAgent {
			t.Errorf("%s: User-Agent %q", h.Path, h.UserAgent)
			break
		}
	}
}

func pathHits(hits []hit, path string) []hit {
	var out []hit
	for _, h := range hits {
		if h.Path == path {
			out = append(out, h)
		}
	}
	return out
}

// TestCrawlHostsInParallel crawls two hosts at the default politeness
// shape (rate limit, no Crawl-delay): each host's requests are spaced by
// the rate, and the hosts proceed at the same time.
func TestCrawlHostsInParallel(t *testing.T) {
	a := newTestSite(t, siteOptions{pages: 6})
	b := newTestSite(t, siteOptions{pages: 6})
	cfg := testConfig()
	cfg.Seeds = []string{a.URL("/news/"), b.URL("/news/")}
	c := newTestCrawler(t, cfg, t.TempDir())
	start := time.Now()
	docs, sum := crawlOnce(t, c, 0, true)
	elapsed := time.Since(start)
	ha, hb := a.takeHits(), b.takeHits()
	interval := time.Second / testRate
	for name, hits := range map[string][]hit{"a": ha, "b": hb} {
		checkPoliteness(t, hits, interval)
		t.Logf("host %s: %d requests, min spacing %v", name, len(hits), minGap(hits).Round(time.Millisecond))
	}
	// 2 sites x (6 news, alpha, beta, PDF, private: no robots.txt here).
	if want := 2 * 10; len(docs) != want {
		t.Errorf("emitted %d documents, want %d: %v", len(docs), want, uris(docs))
	}
	// In parallel: most of one host's requests arrive while the other
	// host is being crawled (a serial crawl would interleave none).
	interleaved := 0
	for _, h := range hb {
		if len(ha) > 0 && h.At.After(ha[0].At) && h.At.Before(ha[len(ha)-1].At) {
			interleaved++
		}
	}
	if interleaved < len(hb)/2 {
		t.Errorf("only %d of host b's %d requests fell within host a's crawl", interleaved, len(hb))
	}
	serial := time.Duration(len(ha)+len(hb)-2) * interval
	if len(sum.Hosts) != 2 {
		t.Errorf("per-host counters for %d hosts, want 2", len(sum.Hosts))
	}
	t.Logf("2 hosts, %d requests in %v (serial would take >= %v); %d of b's %d requests during a's crawl",
		len(ha)+len(hb), elapsed.Round(time.Millisecond), serial, interleaved, len(hb))
}

// TestCrawlKilledAndRestarted stops crawls part way and restarts them:
// the union of the records equals a clean crawl's, with no record twice
// when the stopped run was shut down gracefully (sink closed, state
// committed), and nothing missing when it was killed outright.
func TestCrawlKilledAndRestarted(t *testing.T) {
	site := newTestSite(t, siteOptions{feed: true, sitemap: true, pages: 4})
	cfg := testConfig()
	cfg.Rate = 100
	cfg.Seeds = []string{site.URL("/news/")}
	cfg.Feeds = []string{site.URL("/rss/")}
	cfg.Sitemaps = []string{site.URL("/sitemap-index.xml.gz")}

	clean, _ := crawlOnce(t, newTestCrawler(t, cfg, t.TempDir()), 0, true)
	want := ids(clean)
	if len(clean) < 10 {
		t.Fatalf("clean crawl emitted %d documents, want >= 10", len(clean))
	}
	for _, tc := range []struct {
		name      string
		stopAfter int
		commit    bool
		wantDup   int // records the restarted run emits again
	}{
		{"graceful stop after 1", 1, true, 0},
		{"graceful stop after 5", 5, true, 0},
		{"killed after 5", 5, false, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestCrawler(t, cfg, t.TempDir())
			first, _ := crawlOnce(t, c, tc.stopAfter, tc.commit)
			if len(first) != tc.stopAfter {
				t.Fatalf("stopped run emitted %d, want %d", len(first), tc.stopAfter)
			}
			second, _ := crawlOnce(t, c, 0, true)
			if got := len(first) + len(second) - len(clean); got != tc.wantDup {
				t.Errorf("duplicates: got %d (%d + %d records), want %d", got, len(first), len(second), tc.wantDup)
			}
			union := ids(first)
			if !tc.commit {
				union = map[string]bool{} // a killed run's output was never renamed into place
			}
			for id := range ids(second) {
				union[id] = true
			}
			if !sameSet(union, want) {
				t.Errorf("union of records differs from a clean crawl: got %d ids, want %d", len(union), len(want))
			}
			t.Logf("clean %d records; stopped run %d + restarted run %d; union %d ids", len(clean), len(first), len(second), len(union))
			third, _ := crawlOnce(t, c, 0, true)
			if len(third) != 0 {
				t.Errorf("run after restart emitted %v", uris(third))
			}
		})
	}
}

func ids(docs []emitted) map[string]bool {
	out := make(map[string]bool, len(docs))
	for _, d := range docs {
		out[d.ID] = true
	}
	return out
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// TestCrawlGuardRefusesLoopback: with the guard on (the default), a seed
// on 127.0.0.1 is refused before any request, and reported as an error.
func TestCrawlGuardRefusesLoopback(t *testing.T) {
	site := newTestSite(t, siteOptions{pages: 2})
	for _, tc := range []struct {
		name string
		seed string
	}{
		{"ip literal", site.URL("/news/")},
		{"name resolving to loopback", strings.Replace(site.URL("/news/"), "127.0.0.1", "localhost", 1)},
		// Spellings of 127.0.0.1 that are host names to the URL parser.
		{"short form", strings.Replace(site.URL("/news/"), "127.0.0.1", "127.1", 1)},
		{"one decimal number", strings.Replace(site.URL("/news/"), "127.0.0.1", "2130706433", 1)},
		{"one hex number", strings.Replace(site.URL("/news/"), "127.0.0.1", "0x7f000001", 1)},
		{"octal first part", strings.Replace(site.URL("/news/"), "127.0.0.1", "0177.0.0.1", 1)},
		{"trailing dot", strings.Replace(site.URL("/news/"), "127.0.0.1", "127.0.0.1.", 1)},
		{"localhost with trailing dot", strings.Replace(site.URL("/news/"), "127.0.0.1", "localhost.", 1)},
		{"subdomain of localhost", strings.Replace(site.URL("/news/"), "127.0.0.1", "press.localhost", 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig()
			cfg.AllowPrivateAddresses = false
			cfg.Seeds = []string{tc.seed}
			docs, sum := crawlOnce(t, newTestCrawler(t, cfg, t.TempDir()), 0, true)
			if len(docs) != 1 || !strings.Contains(docs[0].Error, "loopback address") || !strings.Contains(docs[0].Error, "refused") {
				t.Fatalf("got %+v, want one error record saying the loopback address was refused", docs)
			}
			if hits := site.takeHits(); len(hits) != 0 {
				t.Errorf("guarded crawl sent %d requests", len(hits))
			}
			if sum.Total.Failed != 1 {
				t.Errorf("failed: got %d, want 1", sum.Total.Failed)
			}
			t.Logf("error record: %s", docs[0].Error)
		})
	}
}

// TestCrawlStateLocked: two crawls cannot share a state directory.
func TestCrawlStateLocked(t *testing.T) {
	dir := t.TempDir()
	st, err := OpenState(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := OpenState(dir); !errors.Is(err, ErrStateLocked) {
		t.Errorf("second OpenState: got %v, want ErrStateLocked", err)
	}
}

// TestCrawlNamedURLsNeverSkipped: a seed, feed or sitemap that cannot be
// fetched because of robots.txt (unavailable, unreachable or disallowing
// it) ends as an error record, on every pass; a page found by following
// links that robots.txt disallows is only counted.
func TestCrawlNamedURLsNeverSkipped(t *testing.T) {
	robots := func(status int, body string) *httptest.Server {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				w.WriteHeader(status)
				fmt.Fprint(w, body)
				return
			}
			fmt.Fprint(w, `<html><body><a href="/news/1/">One</a></body></html>`)
		}))
		t.Cleanup(srv.Close)
		return srv
	}
	unreachable := refusedURL(t)
	tests := []struct {
		name string
		set  func(cfg *CrawlConfig)
		want string
	}{
		{"robots.txt 503", func(cfg *CrawlConfig) { cfg.Seeds = []string{robots(503, "").URL + "/news/"} }, "robots.txt unavailable: http 503 Service Unavailable"},
		{"robots.txt 429", func(cfg *CrawlConfig) { cfg.Feeds = []string{robots(429, "").URL + "/rss/"} }, "robots.txt unavailable: http 429 Too Many Requests"},
		{"server unreachable", func(cfg *CrawlConfig) { cfg.Seeds = []string{unreachable + "/news/"} }, "robots.txt unavailable: connection refused"},
		{"seed disallowed", func(cfg *CrawlConfig) {
			cfg.Seeds = []string{robots(200, "User-agent: *\nDisallow: /news/\n").URL + "/news/"}
		}, "disallowed by robots.txt"},
		{"sitemap disallowed", func(cfg *CrawlConfig) {
			cfg.Sitemaps = []string{robots(200, "User-agent: *\nDisallow: /\n").URL + "/sitemap.xml"}
		}, "disallowed by robots.txt"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig()
			one := 1
			cfg.Retry.Max = &one
			tc.set(&cfg)
			c := newTestCrawler(t, cfg, t.TempDir())
			for pass := 1; pass <= 2; pass++ {
				docs, sum := crawlOnce(t, c, 0, true)
				if len(docs) != 1 || !strings.Contains(docs[0].Error, tc.want) {
					t.Fatalf("pass %d: got %+v, want one error record containing %q", pass, docs, tc.want)
				}
				if sum.Total.Failed != 1 {
					t.Errorf("pass %d: failed: got %d, want 1", pass, sum.Total.Failed)
				}
			}
		})
	}
	t.Run("found page disallowed", func(t *testing.T) {
		cfg := testConfig()
		srv := robots(200, "User-agent: *\nDisallow: /news/1/\n")
		cfg.Seeds = []string{srv.URL + "/index/"}
		docs, sum := crawlOnce(t, newTestCrawler(t, cfg, t.TempDir()), 0, true)
		if len(docs) != 0 || sum.Total.SkippedRobots != 1 || sum.Total.Failed != 0 {
			t.Errorf("got %+v, %+v; want no record and one URL skipped by robots.txt", docs, sum.Total)
		}
	})
}
