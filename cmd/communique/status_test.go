package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/queue"
	"github.com/communique/communique/sources"
)

func TestRenderCrawl(t *testing.T) {
	tests := []struct {
		name   string
		s      sources.Summary
		queued map[string]int
		docs   int
		want   string
	}{
		{"start", sources.Summary{}, nil, 0,
			"crawl 0s  0 fetched  0 not modified  0 new  0 changed  0 queued  0 failed  0 docs"},
		{"one host busy", sources.Summary{Duration: 12 * time.Second, Hosts: map[string]sources.HostCounters{"www.a.gov": {Fetched: 7}},
			Total: sources.HostCounters{Fetched: 7, New: 5, Failed: 1, DeadLinks: 1, Retries: 2}},
			map[string]int{"www.a.gov": 3}, 4,
			"crawl 12s  7 fetched  0 not modified  5 new  0 changed  3 queued  1 failed (1 dead links)  2 retries  4 docs | www.a.gov 7/3"},
		{"busiest hosts first, the rest counted", sources.Summary{Duration: time.Minute,
			Hosts: map[string]sources.HostCounters{"a.gov": {Fetched: 1}, "b.gov": {Fetched: 9}, "c.gov": {Fetched: 2}, "d.gov": {Fetched: 3}},
			Total: sources.HostCounters{Fetched: 15, NotModified: 4, Changed: 1}},
			map[string]int{"c.gov": 5, "e.gov": 1}, 15,
			"crawl 1m0s  15 fetched  4 not modified  0 new  1 changed  6 queued  0 failed  15 docs | c.gov 2/5 | e.gov 0/1 | b.gov 9/0 | +2 hosts"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := renderCrawl(tc.s, tc.queued, tc.docs); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestRenderQueueLines(t *testing.T) {
	st := queue.Stats{Pending: 120, InFlight: 4, Redelivered: 1, Failed: 2, Tasks: 124}
	tests := []struct{ name, got, want string }{
		{"queue not read yet", renderQueue(queue.Stats{}, false, "enqueued 3"), "enqueued 3  |  queue: (asking...)"},
		{"queue counts", renderQueue(st, true, "x"), "x  |  queue: 120 pending  4 in flight  1 redelivered  2 failed"},
		{"enqueue counting", renderEnqueued(10, 2, -1), "enqueued 12  (2 already queued)"},
		{"enqueue with total", renderEnqueued(10, 0, 40), "enqueued 10/40  (0 already queued)"},
		{"drain start", drainProgress(0, 0, 0), "draining: 0 done  0 left  0.0 docs/s  ETA --"},
		{"drain half", drainProgress(100, 50, 10*time.Second), "draining: 50 done  50 left  5.0 docs/s  ETA 10s"},
		{"drain with more enqueued since", drainProgress(100, 150, 10*time.Second), "draining: 0 done  150 left  0.0 docs/s  ETA --"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got  %q\nwant %q", tc.got, tc.want)
			}
		})
	}
}

func TestCutLine(t *testing.T) {
	for _, tc := range []struct {
		line  string
		width int
		want  string
	}{
		{"abcdef", 0, "abcdef"},
		{"abcdef", 10, "abcdef"},
		{"abcdef", 6, "abcd…"},
		{"ünïcödé", 5, "ünï…"},
	} {
		if got := cutLine(tc.line, tc.width); got != tc.want {
			t.Errorf("cutLine(%q, %d) = %q, want %q", tc.line, tc.width, got, tc.want)
		}
	}
}

// TestStatusLineRestarts: a status line drawn by startLine is cleared by
// stop and can be started again for the next pass.
func TestStatusLineRestarts(t *testing.T) {
	var buf lockedBuffer
	p := &progressBar{w: &buf}
	for pass := range 2 {
		stop := p.startLine(t.Context(), func() string { return "pass line" })
		time.Sleep(3 * progressInterval)
		stop()
		if got := buf.String(); strings.Count(got, "pass line") < pass+1 || !strings.HasSuffix(got, "\r\x1b[K") {
			t.Fatalf("pass %d: %q, want the line drawn and cleared", pass, got)
		}
	}
}

// TestCrawlProgress runs the built binary over a loopback site twice: with
// stderr on a terminal (a pseudo-terminal from script(1)) it draws a
// status line and leaves out the per-URL lines; otherwise every URL
// fetched is a log line and nothing is drawn.
func TestCrawlProgress(t *testing.T) {
	srv, _, _ := releaseSite(t)
	dir := t.TempDir()
	// 4 requests at 2/s: the pass lasts long enough for the line to be drawn.
	out := runOnTerminal(t, dir, "crawl", "--seed", srv.URL+"/press/", "--state", filepath.Join(dir, "tty-state"), "--allow-private-addresses",
		"--rate", "2", "--path-prefix", "/releases/", "--path-prefix", "/files/", "-o", filepath.Join(dir, "tty.jsonl"))
	if !strings.Contains(out, "\r\x1b[Kcrawl ") || !strings.Contains(out, " fetched ") || !strings.Contains(out, "127.0.0.1:") {
		t.Errorf("no status line on the terminal:\n%q", out)
	}
	if strings.Contains(out, "\tfetched\t") {
		t.Errorf("per-URL lines on the terminal:\n%s", out)
	}
	if !strings.Contains(out, "crawl summary") {
		t.Errorf("no summary on the terminal:\n%s", out)
	}

	r := runBinary(t, dir, "crawl", "--seed", srv.URL+"/press/", "--state", filepath.Join(dir, "plain-state"), "--allow-private-addresses",
		"--rate", "50", "--path-prefix", "/releases/", "--path-prefix", "/files/", "-o", filepath.Join(dir, "plain.jsonl"))
	if r.code != 0 {
		t.Fatalf("crawl: exit %d\n%s", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, "\x1b[K") || strings.Count(r.stderr, "\tfetched\t") < 4 {
		t.Errorf("without a terminal: want a log line per URL and no status line:\n%s", r.stderr)
	}
}

// runOnTerminal runs the built binary in dir with its output on a
// pseudo-terminal (script(1)) and returns what the terminal got; a
// failing exit fails the test.
func runOnTerminal(t *testing.T, dir string, args ...string) string {
	t.Helper()
	scriptCmd, err := exec.LookPath("script")
	if err != nil {
		t.Skip("no script(1) for a pseudo-terminal")
	}
	quoted := []string{binary}
	for _, a := range args {
		quoted = append(quoted, "'"+strings.ReplaceAll(a, "'", `'\''`)+"'")
	}
	var tty bytes.Buffer
	cmd := exec.CommandContext(t.Context(), scriptCmd, "-q", "-e", "-c", strings.Join(quoted, " "), "/dev/null")
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, &tty, &tty
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v on a terminal: %v\n%s", args, err, tty.String())
	}
	return tty.String()
}

// TestQueueProgress: enqueue and worker --drain on a terminal show the
// queue's counts on a status line.
func TestQueueProgress(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end queue test: -short")
	}
	dir := t.TempDir()
	queueCorpus(t, dir, 400)
	ns := startNATS(t)
	out := runOnTerminal(t, dir, "enqueue", "--nats", ns.url(), "docs")
	if !strings.Contains(out, "\r\x1b[Klearning repeated lines: ") || !strings.Contains(out, "\r\x1b[Kenqueued ") || !strings.Contains(out, " pending ") {
		t.Errorf("enqueue: no status line with the queue's counts:\n%q", out)
	}
	out = runOnTerminal(t, dir, "worker", "--drain", "--workers", "1", "--nats", ns.url(), "-o", "w.jsonl")
	if !strings.Contains(out, "\r\x1b[Kdraining: ") || !strings.Contains(out, " in flight ") {
		t.Errorf("worker --drain: no status line with the queue's counts:\n%q", out)
	}
}
