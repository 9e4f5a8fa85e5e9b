package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/communique/communique/internal/pdftest"
)

// serveReportPDF serves a PDF report with a text layer long enough to be
// a document.
func serveReportPDF(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/pdf")
	w.Write(pdftest.Page("Harbour report 2024",
		"The Ministry of Transport reviewed the new harbour before its opening on 3 March 2024.",
		"The harbour handles container ships, ferries and fishing boats from the whole region.",
		"Minister Jane Smith thanked the workers who built it over three years of construction.",
		"The report lists the costs, the schedule and the safety record of the whole project."))
}

// releaseSite serves an index page, two releases with site chrome and a
// PDF linked from one of them; it counts requests.
func releaseSite(t *testing.T) (*httptest.Server, *atomic.Int64, func(string)) {
	t.Helper()
	var requests atomic.Int64
	var beta atomic.Value
	beta.Store("The Treasury published the budget statement on 4 March 2024. Finance Minister Ana Lopez presented it to Parliament.")
	page := func(title, body string) string {
		return `<!doctype html><html lang="en"><head><title>` + title + ` | Ministry of Testing</title></head><body>
<header><nav><a href="/">Home</a> <a href="/press/">Press</a> <a href="/contact/">Contact</a></nav></header>
<main><article><h1>` + title + `</h1>` + body + `</article></main>
<footer>Ministry of Testing, 1 Main Street. Follow us.</footer></body></html>`
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/press/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Press releases", `<ul><li><a href="/releases/harbour/">Harbour</a></li><li><a href="/releases/budget/">Budget</a></li></ul>`))
	})
	mux.HandleFunc("/releases/harbour/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Minister opens the new harbour", `<p>WELLINGTON, 3 March 2024 - Minister of Transport Jane Smith opened the new harbour on Sunday.</p>
<p>The full <a href="/files/harbour-report.pdf">harbour report</a> is available.</p>`))
	})
	mux.HandleFunc("/releases/budget/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Budget statement", "<p>"+beta.Load().(string)+"</p>"))
	})
	mux.HandleFunc("/files/harbour-report.pdf", serveReportPDF)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &requests, func(s string) { beta.Store(s) }
}

// crawlArgs are the flags every test crawl uses against loopback.
func crawlArgs(srv *httptest.Server, state string, extra ...string) []string {
	return append([]string{"crawl", "--seed", srv.URL + "/press/", "--state", state, "--allow-private-addresses", "--rate", "50", "--log-format", "json",
		"--path-prefix", "/releases/", "--path-prefix", "/files/"}, extra...)
}

func TestCrawlEndToEnd(t *testing.T) {
	srv, _, setBudget := releaseSite(t)
	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	out := filepath.Join(dir, "out.jsonl")

	var stdout, stderr bytes.Buffer
	if err := run(t.Context(), crawlArgs(srv, state, "-o", out, "--once"), nil, &stdout, &stderr); err != nil {
		t.Fatalf("crawl: %v\n%s", err, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	recs := parseRecords(t, string(data))
	byURI := map[string]record{}
	for _, r := range recs {
		byURI[strings.TrimPrefix(r.Source.URI, srv.URL)] = r
	}
	for _, p := range []string{"/releases/harbour/", "/releases/budget/", "/files/harbour-report.pdf"} {
		r, ok := byURI[p]
		switch {
		case !ok:
			t.Errorf("no record for %s; got %d records", p, len(recs))
		case r.Error != "":
			t.Errorf("%s: error record %q", p, r.Error)
		case r.Source.SHA256 == "" || r.Source.Size == 0:
			t.Errorf("%s: source without hash or size: %+v", p, r.Source)
		}
	}
	if !strings.Contains(string(data), `"fetched_at"`) {
		t.Error("records have no source.fetched_at")
	}
	if r := byURI["/files/harbour-report.pdf"]; !strings.Contains(r.Text, "Harbour report") {
		t.Errorf("PDF text: %q", r.Text)
	}
	if _, ok := byURI["/press/"]; ok {
		t.Error("the seed index page was emitted as a document")
	}
	if !strings.Contains(stderr.String(), `"crawl summary"`) || !strings.Contains(stderr.String(), `"new":3`) {
		t.Errorf("no summary with new=3 in the log:\n%s", stderr.String())
	}

	// Second run: nothing new, nothing appended (each pass below writes a
	// file of its own to show what it emitted; -o appends).
	stdout.Reset()
	stderr.Reset()
	out = filepath.Join(dir, "out2.jsonl")
	if err := run(t.Context(), crawlArgs(srv, state, "-o", out), nil, &stdout, &stderr); err != nil {
		t.Fatalf("second crawl: %v", err)
	}
	if data, _ := os.ReadFile(out); len(data) != 0 {
		t.Errorf("second run wrote records:\n%s", data)
	}

	// --reprocess emits every document again, with the same ids.
	out = filepath.Join(dir, "out3.jsonl")
	if err := run(t.Context(), crawlArgs(srv, state, "-o", out, "--reprocess"), nil, &stdout, &stderr); err != nil {
		t.Fatalf("reprocess crawl: %v", err)
	}
	data, _ = os.ReadFile(out)
	if again := parseRecords(t, string(data)); len(again) != len(recs) {
		t.Errorf("--reprocess wrote %d records, want %d", len(again), len(recs))
	}

	// A changed page comes back once, with its old ids.
	setBudget("The Treasury corrected the budget statement on 5 March 2024.")
	out = filepath.Join(dir, "out4.jsonl")
	if err := run(t.Context(), crawlArgs(srv, state, "-o", out), nil, &stdout, &stderr); err != nil {
		t.Fatalf("third crawl: %v", err)
	}
	data, _ = os.ReadFile(out)
	again := parseRecords(t, string(data))
	if len(again) != 1 || again[0].ID != byURI["/releases/budget/"].ID || !strings.Contains(again[0].Text, "corrected") {
		t.Errorf("changed page: got %+v, want the budget release with id %s", again, byURI["/releases/budget/"].ID)
	}
}

func TestCrawlUsage(t *testing.T) {
	srv, requests, _ := releaseSite(t)
	state := t.TempDir()
	badConfig := filepath.Join(t.TempDir(), "crawl.yaml")
	if err := os.WriteFile(badConfig, []byte("seeds: [https://www.example.gov/press/]\nscope:\n  max_deph: 2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"no state", []string{"crawl", "--seed", srv.URL}, "--state DIR is required"},
		{"nothing to crawl", []string{"crawl", "--state", state}, "nothing to crawl"},
		{"once and every", []string{"crawl", "--state", state, "--seed", srv.URL, "--once", "--every", "1h"}, "contradict"},
		{"file scheme", []string{"crawl", "--state", state, "--seed", "file:///etc/passwd"}, "only http and https"},
		{"bad rate", []string{"crawl", "--state", state, "--seed", srv.URL, "--rate", "0"}, "rate"},
		{"stray argument", []string{"crawl", "--state", state, srv.URL}, "unexpected argument"},
		{"missing config", []string{"crawl", "--state", state, "--config", "/nonexistent.yaml"}, "read config"},
		{"misspelt config key", []string{"crawl", "--state", state, "--config", badConfig}, `crawl.yaml: line 3: unknown key "max_deph" in scope (did you mean "max_depth"?)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(t.Context(), tc.args, nil, &stdout, &stderr)
			if code := exitCode(err, &stderr); code != 2 || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("got exit %d, error %v; want 2 and %q", code, err, tc.wantErr)
			}
		})
	}
	if n := requests.Load(); n != 0 {
		t.Errorf("usage errors sent %d requests", n)
	}
}

// TestCrawlGuardByDefault: without --allow-private-addresses a loopback
// seed is refused before any request and reported as an error record.
func TestCrawlGuardByDefault(t *testing.T) {
	srv, requests, _ := releaseSite(t)
	var stdout, stderr bytes.Buffer
	err := run(t.Context(), []string{"crawl", "--seed", srv.URL + "/press/", "--state", t.TempDir()}, nil, &stdout, &stderr)
	if code := exitCode(err, &stderr); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	recs := parseRecords(t, stdout.String())
	if len(recs) != 1 || !strings.Contains(recs[0].Error, "loopback address 127.0.0.1 refused") {
		t.Errorf("got %+v, want one error record about the refused loopback address", recs)
	}
	if n := requests.Load(); n != 0 {
		t.Errorf("guarded crawl sent %d requests", n)
	}
}

// TestCrawlFailingSeedExits1: a seed that cannot be crawled (its host
// spelled as a loopback name, its robots.txt unavailable) ends as an error
// record and the crawl exits 1, on every run.
func TestCrawlFailingSeedExits1(t *testing.T) {
	srv, requests, _ := releaseSite(t)
	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "maintenance", http.StatusServiceUnavailable)
	}))
	defer down.Close()
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	noRetry := filepath.Join(t.TempDir(), "crawl.yaml")
	if err := os.WriteFile(noRetry, []byte("retry: {max: 0}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"127.1", []string{"--seed", "http://127.1" + port + "/press/"}, "loopback address"},
		{"2130706433", []string{"--seed", "http://2130706433" + port + "/press/"}, "loopback address"},
		{"localhost.", []string{"--seed", "http://localhost." + port + "/press/"}, "loopback address"},
		{"robots.txt 503", []string{"--seed", down.URL + "/press/", "--allow-private-addresses"}, "robots.txt unavailable"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			state := t.TempDir()
			for pass := 1; pass <= 2; pass++ {
				var stdout, stderr bytes.Buffer
				args := append([]string{"crawl", "--config", noRetry, "--state", state, "--rate", "50", "--log-format", "json"}, tc.args...)
				err := run(t.Context(), args, nil, &stdout, &stderr)
				if code := exitCode(err, &stderr); code != 1 {
					t.Errorf("pass %d: exit %d, want 1", pass, code)
				}
				recs := parseRecords(t, stdout.String())
				if len(recs) != 1 || !strings.Contains(recs[0].Error, tc.want) {
					t.Errorf("pass %d: got %+v, want one error record containing %q", pass, recs, tc.want)
				}
			}
		})
	}
	if n := requests.Load(); n != 0 {
		t.Errorf("guarded crawls sent %d requests", n)
	}
}

// TestCrawlEveryStopsOnSignal runs the binary with --every and stops it
// with SIGTERM: it exits 0 and the pass's records are in their own file.
func TestCrawlEveryStopsOnSignal(t *testing.T) {
	srv, _, _ := releaseSite(t)
	dir := t.TempDir()
	args := crawlArgs(srv, filepath.Join(dir, "state"), "--every", "1h", "-o", filepath.Join(dir, "releases-{time}.jsonl"))
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	// The child's stderr is copied into the buffer by exec's goroutine
	// while the loop below reads it.
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var files []string
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		files, _ = filepath.Glob(filepath.Join(dir, "releases-*.jsonl"))
		if len(files) > 0 && strings.Contains(stderr.String(), "next pass") {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	if err != nil {
		t.Errorf("exit after SIGTERM: %v\n%s", err, stderr.String())
	}
	if len(files) != 1 {
		t.Fatalf("got output files %v, want one for the first pass", files)
	}
	data, _ := os.ReadFile(files[0])
	if n := len(parseRecords(t, string(data))); n < 3 {
		t.Errorf("first pass wrote %d records, want >= 3", n)
	}
	if !strings.Contains(stderr.String(), "stopped by signal") {
		t.Errorf("no graceful stop in the log:\n%s", stderr.String())
	}
}

// lockedBuffer is a bytes.Buffer safe for one writer and concurrent
// readers: a child process's output read while the child runs.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestCrawlOutputAppends: crawl -o FILE keeps what earlier passes wrote
// (a cron job's file grows), unlike run -o; with {time} each pass writes
// its own file in a folder created for it.
func TestCrawlOutputAppends(t *testing.T) {
	srv, _, setBudget := releaseSite(t)
	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	out := filepath.Join(dir, "same.jsonl")
	pass := func(extra ...string) []record {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if err := run(t.Context(), crawlArgs(srv, state, append([]string{"-o", out, "--once"}, extra...)...), nil, &stdout, &stderr); err != nil {
			t.Fatalf("crawl: %v\n%s", err, stderr.String())
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return parseRecords(t, string(data))
	}
	first := pass()
	if len(first) == 0 {
		t.Fatal("first pass wrote no records")
	}
	if second := pass(); len(second) != len(first) {
		t.Errorf("a pass with nothing new left %d records where there were %d", len(second), len(first))
	}
	setBudget("The Treasury revised the budget statement on 5 March 2024.")
	third := pass()
	if len(third) != len(first)+1 {
		t.Errorf("after one page changed: %d records, want %d (the earlier passes' and the changed page's)", len(third), len(first)+1)
	}
	perPass := filepath.Join(dir, "out", "sub", "releases-{time}.jsonl")
	var stdout, stderr bytes.Buffer
	if err := run(t.Context(), crawlArgs(srv, filepath.Join(dir, "state2"), "-o", perPass, "--once"), nil, &stdout, &stderr); err != nil {
		t.Fatalf("crawl with {time}: %v\n%s", err, stderr.String())
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "out", "sub", "releases-*.jsonl")); len(files) != 1 {
		t.Errorf("per-pass files: %v", files)
	}
}

// TestCrawlDeadLinks: a link on the site's pages that answers 404 or 410
// is an error record and a dead_links count, and the pass still succeeds;
// a seed that answers 404 fails the crawl.
func TestCrawlDeadLinks(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/press/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><body><a href="/releases/ok/">OK</a> <a href="/releases/gone/">Gone</a> <a href="/releases/missing/">Missing</a></body></html>`)
	})
	mux.HandleFunc("/releases/ok/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><title>Minister opens the harbour</title></head><body><main><h1>Minister opens the harbour</h1><p>WELLINGTON, 3 March 2024 - The Minister of Transport opened the new harbour on Sunday before a crowd of residents.</p></main></body></html>`)
	})
	mux.HandleFunc("/releases/gone/", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	args := func(seed, state string) []string {
		return []string{"crawl", "--seed", srv.URL + seed, "--state", filepath.Join(dir, state), "--allow-private-addresses",
			"--rate", "50", "--log-format", "json", "--path-prefix", "/releases/", "--once"}
	}
	var stdout, stderr bytes.Buffer
	if err := run(t.Context(), args("/press/", "s1"), nil, &stdout, &stderr); err != nil {
		t.Fatalf("crawl with dead links: %v (want success)\n%s", err, stderr.String())
	}
	recs := parseRecords(t, stdout.String())
	var errs int
	for _, r := range recs {
		if r.Error != "" {
			errs++
		}
	}
	if len(recs) != 3 || errs != 2 {
		t.Errorf("got %d records with %d errors, want 3 with 2 (the dead links)", len(recs), errs)
	}
	if !strings.Contains(stderr.String(), `"dead_links":2`) {
		t.Errorf("summary does not count the dead links:\n%s", stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	if err := run(t.Context(), args("/nowhere/", "s2"), nil, &stdout, &stderr); !errors.Is(err, errSomeFailed) {
		t.Errorf("crawl whose seed answers 404: got %v, want a failed run", err)
	}
}

// TestCrawlConfigFileHoldsStateAndOutputs: the state folder and the output
// can come from the configuration file, with ${VAR}s from the environment.
func TestCrawlConfigFileHoldsStateAndOutputs(t *testing.T) {
	srv, _, _ := releaseSite(t)
	dir := t.TempDir()
	t.Setenv("COMMUNIQUE_TEST_OUT_DIR", dir)
	cfg := filepath.Join(dir, "crawl.yaml")
	yaml := "seeds: [\"" + srv.URL + "/press/\"]\nallow_private_addresses: true\nrate: 50\nscope: {path_prefixes: [/releases/, /files/]}\n" +
		"state: \"${COMMUNIQUE_TEST_OUT_DIR}/state\"\noutput: {file: \"${COMMUNIQUE_TEST_OUT_DIR}/records.jsonl\"}\n"
	if err := os.WriteFile(cfg, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(t.Context(), []string{"crawl", "--config", cfg, "--once", "--quiet"}, nil, &stdout, &stderr); err != nil {
		t.Fatalf("crawl: %v\n%s", err, stderr.String())
	}
	data, err := os.ReadFile(filepath.Join(dir, "records.jsonl"))
	if err != nil || len(parseRecords(t, string(data))) == 0 || stdout.Len() != 0 {
		t.Fatalf("records file: %v, %d bytes; stdout %d bytes", err, len(data), stdout.Len())
	}
	if _, err := os.Stat(filepath.Join(dir, "state")); err != nil {
		t.Errorf("state folder from the file: %v", err)
	}
}

// TestCrawlRemovesKilledPassTemps: with {time} in -o every pass writes
// its own file, so a pass removes the temporary files that killed earlier
// passes left (nobody holds them locked), and only those.
func TestCrawlRemovesKilledPassTemps(t *testing.T) {
	srv, _, _ := releaseSite(t)
	dir := t.TempDir()
	left := []string{".releases-20240101T000000Z.jsonl.123.tmp", ".releases-20991231T235959Z.jsonl.9.tmp"}
	keep := []string{".other-20240101T000000Z.jsonl.5.tmp", ".releases-latest.jsonl.7.tmp", ".releases-20240101T000000Z.json.8.tmp", "notes.txt"}
	for _, n := range append(append([]string{}, left...), keep...) {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("partial"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	args := crawlArgs(srv, filepath.Join(dir, "state"), "--once", "-o", filepath.Join(dir, "releases-{time}.jsonl"))
	if err := run(t.Context(), args, nil, &stdout, &stderr); err != nil {
		t.Fatalf("crawl: %v\n%s", err, stderr.String())
	}
	for _, n := range left {
		if _, err := os.Stat(filepath.Join(dir, n)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s: still there (%v), want removed", n, err)
		}
	}
	for _, n := range keep {
		if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s: %v, want kept", n, err)
		}
	}
}

func TestPassOutputs(t *testing.T) {
	tests := []struct {
		template, dir string
		yes, no       []string
	}{
		{"out/releases-{time}.jsonl", "out/", []string{"releases-20240101T000000Z.jsonl"}, []string{"releases-2024.jsonl", "releases-20240101T000000Z.json", "x-20240101T000000Z.jsonl"}},
		{"{time}.jsonl", ".", []string{"20261207T031327Z.jsonl"}, []string{"20261207T031327Z.jsonl.bak", "a20261207T031327Z.jsonl"}},
		{"/data/crawl-{time}", "/data/", []string{"crawl-20240101T000000Z"}, []string{"crawl-20240101T000000Z.jsonl", "crawl-"}},
	}
	for _, tc := range tests {
		t.Run(tc.template, func(t *testing.T) {
			dir, match, ok := passOutputs(tc.template)
			if !ok || dir != tc.dir {
				t.Fatalf("got %q, %v; want %q", dir, ok, tc.dir)
			}
			for _, b := range tc.yes {
				if !match(b) {
					t.Errorf("%s: not matched", b)
				}
			}
			for _, b := range tc.no {
				if match(b) {
					t.Errorf("%s: matched", b)
				}
			}
		})
	}
	for _, template := range []string{"out.jsonl", "{time}/out.jsonl", ""} {
		if _, _, ok := passOutputs(template); ok {
			t.Errorf("passOutputs(%q): ok, want not a per-pass template", template)
		}
	}
}

// TestCrawlEverySignalMidPass: a signal that cuts a pass short exits 1
// (the pass is incomplete), keeping what the pass finished.
func TestCrawlEverySignalMidPass(t *testing.T) {
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/press/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><body><a href="/releases/slow/">Slow</a></body></html>`)
	})
	mux.HandleFunc("/releases/slow/", func(w http.ResponseWriter, r *http.Request) {
		select { // a page that takes long: the signal comes while it loads
		case <-release:
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
		fmt.Fprint(w, `<html><body><h1>Slow release</h1><p>The ministry published it late.</p></body></html>`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) })
	dir := t.TempDir()
	args := []string{"crawl", "--seed", srv.URL + "/press/", "--state", filepath.Join(dir, "state"), "--allow-private-addresses",
		"--rate", "50", "--log-format", "json", "--path-prefix", "/releases/", "--every", "1h", "-o", filepath.Join(dir, "out.jsonl")}
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && !strings.Contains(stderr.String(), `"fetched"`); time.Sleep(20 * time.Millisecond) {
	}
	time.Sleep(200 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Errorf("exit after a signal mid-pass: %v, want status 1\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "during a pass") {
		t.Errorf("log does not say the pass was cut short:\n%s", stderr.String())
	}
}

// TestCrawlConfigSites: a config file's sites each crawl within their own
// scope, the keys they do not set taken from the top level; a mistake in
// a site is reported in the file's terms.
func TestCrawlConfigSites(t *testing.T) {
	srv, _, _ := releaseSite(t)
	dir := t.TempDir()
	config := `allow_private_addresses: true
rate: 50
scope:
  path_prefixes: [/releases/, /files/]
sites:
  - name: testing ministry
    seeds: ["` + srv.URL + `/press/"]
    scope:
      attachments: false
`
	if err := os.WriteFile(filepath.Join(dir, "crawl.yaml"), []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runBinary(t, dir, "crawl", "--config", "crawl.yaml", "--state", "state", "-o", "out.jsonl")
	if r.code != 0 {
		t.Fatalf("crawl: exit %d\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "out.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, rec := range parseRecords(t, string(data)) {
		got = append(got, strings.TrimPrefix(rec.Source.URI, srv.URL))
	}
	sort.Strings(got)
	if want := []string{"/releases/budget/", "/releases/harbour/"}; !reflect.DeepEqual(got, want) {
		t.Errorf("documents %v, want %v (the site's attachments: false keeps the PDF out)", got, want)
	}

	bad := config + "      max_pages: 0\n"
	if err := os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	r = runBinary(t, dir, "crawl", "--config", "bad.yaml", "--state", "state")
	if want := "bad.yaml: sites[0] (testing ministry).scope.max_pages: 0 is not positive"; r.code != 2 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, want)
	}
}
