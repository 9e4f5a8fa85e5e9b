package sources

import (
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"

	"go.uber.org/zap"
)

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestNormalizeURL(t *testing.T) {
	base, _ := url.Parse("https://www.Example.gov/press/index.html")
	tests := []struct {
		name, ref, want string
	}{
		{"absolute", "https://www.example.gov/a/", "https://www.example.gov/a/"},
		{"relative", "releases/1", "https://www.example.gov/press/releases/1"},
		{"parent", "../releases/1/#top", "https://www.example.gov/releases/1/"},
		{"upper-case host and default port", "HTTPS://WWW.EXAMPLE.GOV:443", "https://www.example.gov/"},
		{"other port kept", "http://example.gov:8080/x", "http://example.gov:8080/x"},
		{"query kept", "/search?q=a&b=c", "https://www.example.gov/search?q=a&b=c"},
		{"dot segments", "/a/./b/../c/", "https://www.example.gov/a/c/"},
		{"fragment only", "#main", ""},
		{"mailto", "mailto:press@example.gov", ""},
		{"javascript", "javascript:void(0)", ""},
		{"ftp", "ftp://example.gov/x", ""},
		{"credentials", "https://user:pw@example.gov/", ""},
		{"empty", "   ", ""},
		{"ipv6", "http://[::1]:80/x", "http://[::1]/x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if u := normalizeURL(base, tc.ref); u != nil {
				got = u.String()
			}
			if got != tc.want {
				t.Errorf("normalizeURL(%q): got %q, want %q", tc.ref, got, tc.want)
			}
		})
	}
}

func TestScope(t *testing.T) {
	cfg := DefaultCrawlConfig()
	cfg.Seeds = []string{"https://www.state.gov/press/"}
	cfg.Scope.Hosts = []string{"www.state.gov", "*.usembassy.gov"}
	cfg.Scope.PathPrefixes = []string{"/releases/", "/files/"}
	cfg.Scope.Exclude = []string{`\?print=1$`}
	cfg.Scope.Documents = []string{`/releases/\d+/$`, `\.pdf$`}
	s, err := newScope(cfg.Scope, cfg.Seeds, cfg.Feeds, cfg.Sitemaps)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		url           string
		follow, isDoc bool
	}{
		{"https://www.state.gov/releases/1/", true, true},
		{"https://www.state.gov/releases/page/2/", true, false},
		{"https://www.state.gov/about/", false, false},
		{"https://www.state.gov/releases/1/?print=1", false, false},
		{"https://fr.usembassy.gov/releases/2/", true, true},
		{"https://usembassy.gov/files/a.pdf", true, true},
		{"https://evil-usembassy.gov/releases/3/", false, true},
		{"https://state.gov/releases/4/", false, true},
		{"ftp://www.state.gov/releases/5/", false, true},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			u := mustURL(t, tc.url)
			if got := s.Follow(u); got != tc.follow {
				t.Errorf("Follow: got %v, want %v", got, tc.follow)
			}
			if got := s.IsDocument(u); got != tc.isDoc {
				t.Errorf("IsDocument: got %v, want %v", got, tc.isDoc)
			}
		})
	}

	// Feed items and sitemap entries need only an allowed host and no
	// exclude match.
	for u, want := range map[string]bool{
		"https://www.state.gov/secretary-call/": true,
		"https://www.state.gov/a/?print=1":      false,
		"https://www.whitehouse.gov/a/":         false,
	} {
		if got := s.Listed(mustURL(t, u)); got != want {
			t.Errorf("Listed(%s): got %v, want %v", u, got, want)
		}
	}

	// Without hosts, the start URLs' hosts are the scope.
	cfg = DefaultCrawlConfig()
	cfg.Feeds = []string{"https://www.state.gov/rss-feed/press-releases/feed/"}
	s, err = newScope(cfg.Scope, cfg.Seeds, cfg.Feeds, cfg.Sitemaps)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Follow(mustURL(t, "https://www.state.gov/x/")) || s.Follow(mustURL(t, "https://www.whitehouse.gov/x/")) {
		t.Error("default scope is not the start URLs' hosts")
	}
}

func TestCheckAddr(t *testing.T) {
	tests := []struct {
		addr, reason string
	}{
		{"127.0.0.1", "loopback"},
		{"127.8.9.10", "loopback"},
		{"::1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"192.168.1.1", "private"},
		{"fd00::1", "private"},
		{"169.254.169.254", "cloud metadata"},
		{"169.254.1.1", "link-local"},
		{"fe80::1", "link-local"},
		{"100.64.0.1", "carrier-grade NAT"},
		{"224.0.0.1", "multicast"},
		{"ff02::1", "multicast"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"::ffff:127.0.0.1", "loopback"},
		{"::ffff:10.0.0.1", "private"},
		{"64:ff9b::a9fe:a9fe", "cloud metadata"},
		{"255.255.255.255", "broadcast"},
		{"8.8.8.8", ""},
		{"2001:4860:4860::8888", ""},
		{"151.101.1.1", ""},
		// IPv4-compatible (deprecated, ::/96): the embedded address is
		// named when it is not public; refused anyway.
		{"::7f00:1", "loopback"},
		{"::127.0.0.1", "loopback"},
		{"::a00:1", "private"},
		{"::a9fe:a9fe", "cloud metadata"},
		{"::808:808", "IPv4-compatible"},
		// IPv4-translated ::ffff:0:0:0/96 (SIIT-internal): likewise.
		{"::ffff:0:7f00:1", "loopback"},
		{"::ffff:0:c0a8:101", "private"},
		{"::ffff:0:808:808", "IPv4-translated"},
		// NAT64 64:ff9b::/96: the embedded address decides.
		{"64:ff9b::7f00:1", "loopback"},
		{"64:ff9b::10.1.2.3", "private"},
		{"64:ff9b::808:808", ""},
		{"64:ff9b:1::808:808", "local-use NAT64"},
		// 6to4 2002::/16: bits 16-47.
		{"2002:7f00:1::1", "loopback"},
		{"2002:c0a8:101::", "private"},
		{"2002:a9fe:a9fe:1::5", "cloud metadata"},
		{"2002:808:808::1", ""},
		// Teredo 2001::/32: server bits 32-63, client the inverted last 32.
		{"2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback"}, // client ^80ff:fffe = 127.0.0.1
		{"2001:0:4136:e378:8000:63bf:f5ff:fefe", "private"},  // client 10.0.1.1
		{"2001:0:7f00:1:8000:63bf:f7f7:f7f7", "loopback"},    // server 127.0.0.1
		{"2001:0:4136:e378:8000:63bf:3fd7:ddf7", ""},         // server 65.54.227.120, client 192.40.34.8
		// Special-purpose registry entries not globally reachable.
		{"192.0.0.8", "IPv4 dummy address"},
		{"192.0.0.170", "NAT64/DNS64 discovery"},
		{"192.88.99.1", "deprecated 6to4 relay anycast"},
		{"198.19.255.1", "benchmarking"},
		{"0.1.2.3", "this-network"},
		{"2001:2::1", "benchmarking"},
		{"2001:10::1", "deprecated ORCHID"},
		{"2001:db8::1", "documentation"},
		{"3fff:1::1", "documentation"},
		{"5f00::1", "SRv6 SIDs"},
		{"100::1", "discard-only"},
		{"fec0::1", "site-local"},
		{"2001:100::1", "IETF protocol assignment"},
		{"fe80::1%eth0", "link-local"},
		// Outside 2000::/3 and not listed: reserved by the IETF.
		{"4000::1", "reserved"},
		{"1::1", "reserved"},
		{"::1:0:0:1", "reserved"},
		// Globally reachable exceptions inside refused blocks.
		{"192.0.0.9", ""},
		{"192.0.0.10", ""},
		{"192.31.196.1", ""},
		{"2001:1::1", ""},
		{"2001:20::1", ""},
		{"2001:4:112::1", ""},
		{"2620:4f:8000::1", ""},
	}
	for _, tc := range tests {
		t.Run(tc.addr, func(t *testing.T) {
			err := checkAddr(netip.MustParseAddr(tc.addr))
			got := ""
			if ae, ok := err.(*AddressError); ok {
				got = ae.Reason
			}
			if got != tc.reason {
				t.Errorf("checkAddr(%s): got %q, want %q", tc.addr, got, tc.reason)
			}
		})
	}
	if err := guardControl("tcp4", "10.0.0.1:443", nil); err == nil {
		t.Error("guardControl let 10.0.0.1 through")
	}
	if err := guardControl("tcp4", "93.184.216.34:443", nil); err != nil {
		t.Errorf("guardControl refused a public address: %v", err)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2024, 3, 3, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		v    string
		want time.Duration
	}{
		{"", 0},
		{"3", 3 * time.Second},
		{" 120 ", 2 * time.Minute},
		{"-1", 0},
		{"Sun, 03 Mar 2024 10:00:30 GMT", 30 * time.Second},
		{"Sun, 03 Mar 2024 09:00:00 GMT", 0},
		{"soon", 0},
		{"99999999", 24 * time.Hour},
	}
	for _, tc := range tests {
		if got := retryAfter(tc.v, now); got != tc.want {
			t.Errorf("retryAfter(%q): got %v, want %v", tc.v, got, tc.want)
		}
	}
}

func TestBackoff(t *testing.T) {
	cfg := DefaultCrawlConfig()
	cfg.Retry.Base = Duration(100 * time.Millisecond)
	cfg.Retry.MaxDelay = Duration(time.Second)
	for _, tc := range []struct {
		jitter  float64
		attempt int
		want    time.Duration
	}{
		{0, 0, 50 * time.Millisecond},
		{0.999999, 0, 100 * time.Millisecond},
		{0, 1, 100 * time.Millisecond},
		{0, 2, 200 * time.Millisecond},
		{0, 3, 400 * time.Millisecond},
		{0, 10, 500 * time.Millisecond}, // capped at max_delay
	} {
		f := &fetcher{cfg: &cfg, jitter: func() float64 { return tc.jitter }}
		if got := f.backoff(tc.attempt).Round(time.Millisecond); got != tc.want {
			t.Errorf("backoff(%d) with jitter %v: got %v, want %v", tc.attempt, tc.jitter, got, tc.want)
		}
	}
}

func TestParseRobots(t *testing.T) {
	tests := []struct {
		name, body, path string
		allowed          bool
		delay            time.Duration
	}{
		{"disallow", "User-agent: *\nDisallow: /private/\n", "/private/x", false, 0},
		{"allowed", "User-agent: *\nDisallow: /private/\n", "/public/x", true, 0},
		{"our group wins", "User-agent: *\nDisallow: /\n\nUser-agent: communique\nDisallow: /drafts/\n", "/releases/1", true, 0},
		{"crawl-delay", "User-agent: *\nCrawl-delay: 2.5\nDisallow:\n", "/x", true, 2500 * time.Millisecond},
		{"bad crawl-delay keeps rules", "User-agent: *\nCrawl-delay: 10s\nDisallow: /private/\n", "/private/x", false, 0},
		{"empty", "", "/x", true, 0},
		{"query", "User-agent: *\nDisallow: /*?print\n", "/a?print=1", false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseRobots([]byte(tc.body), productToken(DefaultUserAgent), zap.NewNop())
			if got := r.allows(mustURL(t, "https://example.gov"+tc.path)); got != tc.allowed {
				t.Errorf("allows(%s): got %v, want %v", tc.path, got, tc.allowed)
			}
			var delay time.Duration
			if r.group != nil {
				delay = r.group.CrawlDelay
			}
			if delay != tc.delay {
				t.Errorf("crawl delay: got %v, want %v", delay, tc.delay)
			}
		})
	}
}

func TestExtractLinks(t *testing.T) {
	base := mustURL(t, "https://example.gov/press/")
	body := `<html><head><base href="https://example.gov/news/"></head><body>
<a href="1/">one</a> <a href="1/#dup">dup</a> <a href="/files/r.PDF">report</a>
<a href="/x" rel="nofollow">nf</a> <a href="mailto:a@b.c">mail</a>
<a href="/doc" type="application/pdf">typed</a><iframe src="/embed/2.pdf"></iframe></body></html>`
	var got []string
	for _, l := range extractLinks(base, []byte(body)) {
		s := l.URL.String()
		if l.Attachment {
			s += " (attachment)"
		}
		got = append(got, s)
	}
	want := []string{
		"https://example.gov/news/1/",
		"https://example.gov/files/r.PDF (attachment)",
		"https://example.gov/doc (attachment)",
		"https://example.gov/embed/2.pdf (attachment)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseSitemap(t *testing.T) {
	base := mustURL(t, "https://example.gov/sitemap.xml")
	tests := []struct {
		name, body string
		pages      []string
		sitemaps   []string
		wantErr    string
	}{
		{"urlset", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc> https://example.gov/a/ </loc><lastmod>2024-01-01</lastmod></url>
<url><loc>/relative</loc></url><url><loc>javascript:x</loc></url></urlset>`,
			[]string{"https://example.gov/a/", "https://example.gov/relative"}, nil, ""},
		{"index", `<sitemapindex><sitemap><loc>https://example.gov/s1.xml.gz</loc></sitemap></sitemapindex>`,
			nil, []string{"https://example.gov/s1.xml.gz"}, ""},
		{"image loc ignored", `<urlset xmlns:image="x"><url><loc>https://example.gov/p</loc><image:image><image:loc>https://example.gov/i.png</image:loc></image:image></url></urlset>`,
			[]string{"https://example.gov/p"}, nil, ""},
		{"not a sitemap", `<html><body>hi</body></html>`, nil, nil, "not urlset or sitemapindex"},
		{"empty", ``, nil, nil, "no XML elements"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sm, err := parseSitemap(base, []byte(tc.body))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var pages, maps []string
			for _, p := range sm.Pages {
				pages = append(pages, p.URL.String())
			}
			for _, s := range sm.Sitemaps {
				maps = append(maps, s.String())
			}
			if strings.Join(pages, " ") != strings.Join(tc.pages, " ") || strings.Join(maps, " ") != strings.Join(tc.sitemaps, " ") {
				t.Errorf("got pages %q sitemaps %q, want %q %q", pages, maps, tc.pages, tc.sitemaps)
			}
		})
	}
}

func TestFeedLinks(t *testing.T) {
	base := mustURL(t, "https://www.state.gov/rss-feed/press-releases/feed/")
	atom := `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>a</title><link href="https://www.state.gov/a/"/><id>urn:x</id></entry>
<entry><title>b</title><id>https://www.state.gov/b/</id></entry>
<entry><title>c</title><id>urn:c</id></entry></feed>`
	links, skipped, err := feedLinks(base, []byte(atom))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range links {
		got = append(got, l.URL.String())
	}
	if strings.Join(got, " ") != "https://www.state.gov/a/ https://www.state.gov/b/" || skipped != 1 {
		t.Errorf("atom: got %q, %d skipped", got, skipped)
	}
	if _, _, err := feedLinks(base, []byte("<html>not a feed</html>")); err == nil {
		t.Error("HTML parsed as a feed")
	}
}

func TestProductToken(t *testing.T) {
	for ua, want := range map[string]string{
		DefaultUserAgent:           "communique",
		"MyBot/2.0 (+https://x.y)": "mybot",
		"  Lone ":                  "lone",
	} {
		if got := productToken(ua); got != want {
			t.Errorf("productToken(%q): got %q, want %q", ua, got, want)
		}
	}
}
