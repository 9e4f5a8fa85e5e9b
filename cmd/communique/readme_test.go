package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// exampleBlock matches a documentation block marked for testing:
// <!-- readme-example NAME: ... --> ... <!-- /readme-example -->.
var exampleBlock = regexp.MustCompile(`(?s)<!-- readme-example (\S+?):[^>]*-->\n(.*?)<!-- /readme-example -->`)

// docExamples returns the command lines of the block named name in the
// repository file doc: indented lines, continuation lines (ending "\")
// joined, "#" comment lines dropped.
func docExamples(t *testing.T, doc, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, doc))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range exampleBlock.FindAllStringSubmatch(string(data), -1) {
		if m[1] != name {
			continue
		}
		var lines []string
		cont := false
		for _, l := range strings.Split(m[2], "\n") {
			l = strings.TrimSpace(l)
			switch {
			case l == "" || strings.HasPrefix(l, "#"):
				continue
			case cont:
				lines[len(lines)-1] += " " + strings.TrimSuffix(l, `\`)
			default:
				lines = append(lines, strings.TrimSuffix(l, `\`))
			}
			cont = strings.HasSuffix(l, `\`)
		}
		return lines
	}
	t.Fatalf("%s: no block <!-- readme-example %s: ... -->", doc, name)
	return nil
}

// feedSite serves a press-release feed at the path the README's example
// names, and the releases it lists; add lists one more release.
type feedSite struct {
	srv *httptest.Server
	mu  sync.Mutex
	n   int
}

func newFeedSite(t *testing.T, releases int) *feedSite {
	t.Helper()
	s := &feedSite{n: releases}
	mux := http.NewServeMux()
	mux.HandleFunc("/rss-feed/press-releases/feed/", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		n := s.n
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Press releases</title>`)
		for i := range n {
			fmt.Fprintf(w, `<item><title>Release %d</title><link>%s/releases/%d/</link><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item>`, i, s.srv.URL, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/releases/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><title>Release %s</title></head><body><main><h1>Secretary meets the Minister of Trade</h1>
<p>WASHINGTON, 2 March 2026 - Secretary Jane Smith met the Minister of Trade on Monday to discuss release %s, the harbour and the new customs agreement.</p></main></body></html>`, r.URL.Path, r.URL.Path)
	})
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func (s *feedSite) add() {
	s.mu.Lock()
	s.n++
	s.mu.Unlock()
}

// exampleDir is a temporary folder with the system folders the examples
// name and a crawl config at config naming site's feed.
func exampleDir(t *testing.T, site *feedSite, config string) string {
	t.Helper()
	dir := t.TempDir()
	for _, sys := range []string{"var/lib/communique", "etc/communique", "var/log"} {
		if err := os.MkdirAll(filepath.Join(dir, sys), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	yaml := fmt.Sprintf("feeds: [%s/rss-feed/press-releases/feed/]\nrate: 50\nallow_private_addresses: true\n", site.srv.URL)
	if err := os.WriteFile(filepath.Join(dir, config), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// shellExample is one documented command line, made runnable here: the
// binary on PATH as "communique", www.state.gov replaced by the loopback
// site (and --allow-private-addresses added, which loopback needs), and
// absolute system folders moved into dir.
func shellExample(t *testing.T, dir, line, siteURL string) *exec.Cmd {
	t.Helper()
	line = strings.ReplaceAll(line, "https://www.state.gov", siteURL)
	for _, sys := range []string{"/var/lib/communique", "/etc/communique", "/var/log"} {
		line = strings.ReplaceAll(line, sys, filepath.Join(dir, sys))
	}
	if !strings.HasPrefix(line, "communique crawl ") {
		t.Fatalf("not a crawl command: %s", line)
	}
	line = "exec communique crawl --allow-private-addresses " + strings.TrimPrefix(line, "communique crawl ")
	cmd := exec.Command("sh", "-c", line)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(binary)+string(os.PathListSeparator)+os.Getenv("PATH"))
	return cmd
}

// TestReadmeCrawlExamples runs the README's crawl examples as written
// (see shellExample for what is replaced) against a loopback site: the
// cron line twice (the second pass emits nothing new), the --every line
// until its first pass wrote out/{time}.jsonl and SIGINT stops it (exit
// 0), and the appending line over two passes, whose file then holds both
// passes' records.
func TestReadmeCrawlExamples(t *testing.T) {
	lines := docExamples(t, "README.md", "crawl")
	if len(lines) != 3 {
		t.Fatalf("README crawl examples: %d lines, want 3: %q", len(lines), lines)
	}
	site := newFeedSite(t, 3)
	dir := exampleDir(t, site, "crawl.yaml")
	run := func(line string) string {
		t.Helper()
		var stderr bytes.Buffer
		cmd := shellExample(t, dir, line, site.srv.URL)
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v\n%s", line, err, stderr.String())
		}
		return stderr.String()
	}

	t.Run("cron", func(t *testing.T) {
		if log := run(lines[0]); !strings.Contains(log, `"new": 3`) {
			t.Errorf("first pass: want 3 new documents:\n%s", log)
		}
		if _, err := os.Stat(filepath.Join(dir, "releases.db")); err != nil {
			t.Errorf("no releases.db: %v", err)
		}
		if log := run(lines[0]); !strings.Contains(log, `"new": 0`) {
			t.Errorf("second pass: want nothing new:\n%s", log)
		}
	})

	t.Run("every", func(t *testing.T) {
		var stderr lockedBuffer
		cmd := shellExample(t, dir, lines[1], site.srv.URL)
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		deadline := time.Now().Add(30 * time.Second)
		for !strings.Contains(stderr.String(), "next pass") && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("stopped between passes: %v, want exit 0\n%s", err, stderr.String())
			}
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("--every did not stop on SIGINT\n%s", stderr.String())
		}
		files, _ := filepath.Glob(filepath.Join(dir, "out", "*.jsonl"))
		if len(files) != 1 {
			t.Fatalf("out/: %v, want one pass file", files)
		}
		data, _ := os.ReadFile(files[0])
		if n := len(parseRecords(t, string(data))); n != 3 {
			t.Errorf("%s: %d records, want 3", files[0], n)
		}
	})

	t.Run("appends", func(t *testing.T) {
		// The --every pass above shares state/: each pass here finds one
		// new release.
		site.add()
		run(lines[2])
		site.add()
		run(lines[2])
		data, err := os.ReadFile(filepath.Join(dir, "releases.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		recs := parseRecords(t, string(data))
		if len(recs) != 2 || recs[0].ID == recs[1].ID {
			t.Errorf("releases.jsonl: %d records, want one from each pass", len(recs))
		}
	})
}

// TestDocsCrontabExample runs docs/crawl.md's crontab line's command as
// written (system folders moved into a temporary folder), log appended.
func TestDocsCrontabExample(t *testing.T) {
	lines := docExamples(t, "docs/crawl.md", "crontab")
	if len(lines) != 1 {
		t.Fatalf("docs/crawl.md crontab example: %q, want one line", lines)
	}
	fields := strings.Fields(lines[0])
	if len(fields) < 6 {
		t.Fatalf("not a crontab line: %q", lines[0])
	}
	command := strings.Join(fields[5:], " ") // after the five schedule fields
	site := newFeedSite(t, 2)
	dir := exampleDir(t, site, "etc/communique/crawl.yaml")
	for pass := range 2 {
		if out, err := shellExample(t, dir, command, site.srv.URL).CombinedOutput(); err != nil {
			t.Fatalf("pass %d: %v\n%s", pass, err, out)
		}
	}
	log, err := os.ReadFile(filepath.Join(dir, "var/log/communique-crawl.log"))
	if err != nil {
		t.Fatal(err)
	}
	// Both passes' summaries, with the date in every line's time.
	if n := strings.Count(string(log), "crawl summary"); n != 2 {
		t.Errorf("log has %d pass summaries, want 2:\n%s", n, log)
	}
	if !regexp.MustCompile(`(?m)^\d{4}-\d{2}-\d{2}T`).Match(log) {
		t.Errorf("log lines without a date:\n%s", log)
	}
	if _, err := os.Stat(filepath.Join(dir, "var/lib/communique/releases.db")); err != nil {
		t.Errorf("no releases.db: %v", err)
	}
}
