package sources

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/zap"
)

// TestFetcherPolicies checks one fetch per case against a server that
// scripts its answers: retries (which statuses, how many attempts,
// Retry-After), redirects, gzip and the size cap.
func TestFetcherPolicies(t *testing.T) {
	var mu sync.Mutex
	counts := map[string]int{}
	total := 0
	mux := http.NewServeMux()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		counts[r.URL.Path]++
		total++
		n := counts[r.URL.Path]
		mu.Unlock()
		w.Header().Set("X-Attempt", strconv.Itoa(n))
		mux.ServeHTTP(w, r)
	}))
	defer srv.Close()
	mux.HandleFunc("/429-then-ok", func(w http.ResponseWriter, r *http.Request) {
		if w.Header().Get("X-Attempt") == "1" {
			w.Header().Set("Retry-After", "0")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, "ok")
	})
	mux.HandleFunc("/always-500", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) })
	mux.HandleFunc("/404", http.NotFound)
	mux.HandleFunc("/501", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusNotImplemented) })
	mux.HandleFunc("/retry-after-hour", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "maintenance", http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/chain/"))
		if n >= 15 {
			fmt.Fprint(w, "end")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/short-chain", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/chain/13", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte("<p>compressed release</p>"))
		zw.Close()
	})
	var bomb bytes.Buffer // 1 MB of "a" is ~1 KB compressed
	zw := gzip.NewWriter(&bomb)
	zw.Write(bytes.Repeat([]byte("a"), 1<<20))
	zw.Close()
	mux.HandleFunc("/gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	})
	mux.HandleFunc("/declared-big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(1<<20))
		w.WriteHeader(200)
	})

	cfg := testConfig()
	cfg.Rate = 200
	cfg.ReadTimeout = Duration(2 * time.Second) // no timeouts here, even under -race
	cfg.MaxRedirects = 10
	cfg.Seeds = []string{srv.URL}
	scope, err := newScope(cfg.Scope, cfg.Seeds, cfg.Feeds, cfg.Sitemaps)
	if err != nil {
		t.Fatal(err)
	}
	f := newFetcher(&cfg, scope, zap.NewNop())
	f.robots.ignore = true
	defer f.close()

	tests := []struct {
		path         string
		wantRequests int // all requests, redirect hops included
		wantBody     string
		wantErr      string
	}{
		{"/429-then-ok", 2, "ok", ""},
		{"/always-500", 4, "", "http 500 Internal Server Error (after 4 attempts)"},
		{"/404", 1, "", "http 404 Not Found"},
		{"/501", 1, "", "http 501 Not Implemented"},
		{"/retry-after-hour", 1, "", "server asks to retry after 1h0m0s"},
		{"/chain/0", 11, "", "more than 10 redirects"},
		{"/short-chain", 4, "end", ""},
		{"/gzip", 1, "<p>compressed release</p>", ""},
		{"/gzip-bomb", 1, "", "body exceeds max_bytes 16384"},
		{"/declared-big", 1, "", "body of 1048576 bytes exceeds max_bytes 16384"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			u := normalizeURL(nil, srv.URL+tc.path)
			mu.Lock()
			before := total
			mu.Unlock()
			start := time.Now()
			res, err := f.get(t.Context(), fetchRequest{URL: u})
			mu.Lock()
			got := total - before
			mu.Unlock()
			if got != tc.wantRequests {
				t.Errorf("requests for %s: got %d, want %d", tc.path, got, tc.wantRequests)
			}
			if tc.wantErr != "" {
				var fe *FetchError
				if !errors.As(err, &fe) || !strings.Contains(fe.Msg, tc.wantErr) {
					t.Fatalf("got error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(res.Body) != tc.wantBody {
				t.Errorf("body: got %q, want %q", res.Body, tc.wantBody)
			}
			t.Logf("%s in %v", tc.path, time.Since(start).Round(time.Millisecond))
		})
	}
}

// TestFetcherConnectionErrors: a refused connection is retried and named;
// a bad TLS certificate is not retried.
func TestFetcherConnectionErrors(t *testing.T) {
	closedURL := refusedURL(t)
	tlsSrv := httptest.NewTLSServer(http.NotFoundHandler()) // self-signed: not trusted
	defer tlsSrv.Close()

	cfg := testConfig()
	cfg.Rate = 200
	// The TLS handshake must not time out (and be retried) on a loaded
	// machine or under the race detector: the test counts retries.
	cfg.ConnectTimeout = Duration(10 * time.Second)
	cfg.Seeds = []string{closedURL, tlsSrv.URL}
	scope, err := newScope(cfg.Scope, cfg.Seeds, cfg.Feeds, cfg.Sitemaps)
	if err != nil {
		t.Fatal(err)
	}
	f := newFetcher(&cfg, scope, zap.NewNop())
	f.robots.ignore = true
	defer f.close()
	for _, tc := range []struct {
		name, url, wantMsg string
		wantRetries        int
	}{
		{"refused", closedURL + "/x", "connection refused (after 4 attempts)", 3},
		{"bad certificate", tlsSrv.URL + "/x", "TLS certificate not valid for this host", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := normalizeURL(nil, tc.url)
			before := f.hosts.snapshot()[u.Host].Retries
			_, err := f.get(t.Context(), fetchRequest{URL: u})
			var fe *FetchError
			if !errors.As(err, &fe) || fe.Msg != tc.wantMsg {
				t.Fatalf("got %v, want %q", err, tc.wantMsg)
			}
			if got := f.hosts.snapshot()[u.Host].Retries - before; got != tc.wantRetries {
				t.Errorf("retries: got %d, want %d", got, tc.wantRetries)
			}
		})
	}
}
