package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// runBinaryStdin runs the built binary in the repository root with stdin.
func runBinaryStdin(t *testing.T, stdin []byte, args ...string) result {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), binary, args...)
	cmd.Dir = repoRoot
	cmd.Stdin = bytes.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			t.Fatalf("run %v: %v", args, err)
		}
	}
	return result{code: cmd.ProcessState.ExitCode(), stdout: stdout.String(), stderr: stderr.String()}
}

// TestRunStdin: "-" reads a release from standard input, once for both
// passes; over --max-bytes it is an error record.
func TestRunStdin(t *testing.T) {
	body, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "sample", "us-iraq-loan-guarantee.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r := runBinaryStdin(t, body, "run", "--quiet", "-")
	recs := parseRecords(t, r.stdout)
	if r.code != 0 || len(recs) != 1 || recs[0].Source.Path != "-" || !strings.Contains(recs[0].Title, "Loan Guarantee") {
		t.Fatalf("exit %d, records %+v, stderr %s", r.code, recs, r.stderr)
	}
	file := runBinary(t, "", "run", "--quiet", "--learn-chrome=false", "testdata/sample/us-iraq-loan-guarantee.txt")
	fromFile := parseRecords(t, file.stdout)
	if len(fromFile) != 1 || fromFile[0].Text != recs[0].Text {
		t.Errorf("stdin text differs from the file's")
	}
	r = runBinaryStdin(t, body, "run", "--quiet", "--max-bytes", "100", "-")
	recs = parseRecords(t, r.stdout)
	if r.code != 1 || len(recs) != 1 || !strings.Contains(recs[0].Error, "--max-bytes") {
		t.Errorf("over the limit: exit %d, records %+v", r.code, recs)
	}
}

// TestRunFeedFile: a feed file named or found in a folder yields one record
// per item with a body, each under the feed's path and the item's link.
func TestRunFeedFile(t *testing.T) {
	dir := t.TempDir()
	feed := `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title>
<item><title>Ministers Agree on Digital Trade Partnership</title><link>https://example.gov/news/1</link><pubDate>Tue, 02 Mar 2021 15:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>WASHINGTON - The Department of Commerce and the Ministry of Economy agreed today on a partnership.</p><p>The agreement covers standards.</p>]]></content:encoded></item>
<item><title>Energy Dialogue Held in Tokyo</title><link>https://example.gov/news/2</link><pubDate>Wed, 03 Mar 2021 01:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>TOKYO - The Ministry of Economy hosted the dialogue with the Department of Energy.</p>]]></content:encoded></item>
</channel></rss>`
	writeFiles(t, dir, map[string][]byte{"feeds/news.rss": []byte(feed), "feeds/LICENSE": []byte("CC0")})
	for _, arg := range []string{"feeds", "feeds/news.rss"} {
		r := runBinary(t, dir, "run", "--quiet", arg)
		recs := parseRecords(t, r.stdout)
		if r.code != 0 || len(recs) != 2 {
			t.Fatalf("%s: exit %d, %d records: %s", arg, r.code, len(recs), r.stderr)
		}
		if recs[0].Source.URI != "https://example.gov/news/1" || filepath.Base(recs[1].Source.Path) != "news.rss" {
			t.Errorf("%s: sources %+v %+v", arg, recs[0].Source, recs[1].Source)
		}
		if recs[1].Title != "Energy Dialogue Held in Tokyo" {
			t.Errorf("%s: title %q", arg, recs[1].Title)
		}
	}
}

// TestRunURLs: http(s) URLs on the command line or in --urls are fetched
// once with the crawler's polite fetcher and address guard, and read like
// files; a URL that cannot be had is an error record.
func TestRunURLs(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/news/release.html":
			hits.Add(1)
			fmt.Fprint(w, `<html><head><title>Ministers Agree on Trade Partnership</title></head><body><main><h1>Ministers Agree on Trade Partnership</h1><p>WASHINGTON, March 13, 2014 - The Department of Commerce and the Ministry of Economy agreed on a partnership.</p></main></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	page, gone := srv.URL+"/news/release.html", srv.URL+"/news/gone.html"
	r := runBinary(t, "", "run", "--quiet", "--allow-private-addresses", page)
	recs := parseRecords(t, r.stdout)
	if r.code != 0 || len(recs) != 1 || recs[0].Source.URI != page || !strings.Contains(recs[0].Title, "Trade Partnership") {
		t.Fatalf("exit %d, records %+v\n%s", r.code, recs, r.stderr)
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("the page was fetched %d times, want once (the learning pass reuses it)", n)
	}
	list := filepath.Join(t.TempDir(), "urls.txt")
	if err := os.WriteFile(list, []byte("# releases\n"+page+"\n\n"+gone+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r = runBinary(t, "", "run", "--quiet", "--allow-private-addresses", "--urls", list)
	recs = parseRecords(t, r.stdout)
	if r.code != 1 || len(recs) != 2 || recs[1].Error == "" || !strings.Contains(recs[1].Error, "404") {
		t.Errorf("--urls with a dead URL: exit %d, records %+v", r.code, recs)
	}
	r = runBinary(t, "", "run", "--quiet", page)
	recs = parseRecords(t, r.stdout)
	if r.code != 1 || len(recs) != 1 || recs[0].Error == "" {
		t.Errorf("loopback URL without --allow-private-addresses: exit %d, records %+v", r.code, recs)
	}
	bad := filepath.Join(t.TempDir(), "bad.txt")
	if err := os.WriteFile(bad, []byte("ftp://example.org/x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if r = runBinary(t, "", "run", "--urls", bad); r.code != 2 || !strings.Contains(r.stderr, "line 1") {
		t.Errorf("--urls with a non-http line: exit %d, %s", r.code, r.stderr)
	}
}
