package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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
