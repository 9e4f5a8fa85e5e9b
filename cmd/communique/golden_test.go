package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/communique/communique/output"
	"github.com/communique/communique/output/schema"
)

// TestGoldenSample compares the records of testdata/sample (text, HTML and
// PDF releases) with testdata/golden/sample.jsonl. The absolute part of
// file:// URIs is replaced by file://REPO, and ids are recomputed from
// that, so the file does not depend on where the repository is. After an intended change to decoding, cleaning
// or extraction, rewrite it with
//
//	go test ./cmd/communique -run TestGoldenSample -update
//
// and review the diff.
func TestGoldenSample(t *testing.T) {
	res := runBinary(t, "", "run", "--workers", "2", "testdata/sample")
	if res.code != 0 && res.code != 1 {
		t.Fatalf("exit code %d\nstderr: %s", res.code, res.stderr)
	}
	got := normalizeRecords(t, res.stdout, "file://"+mustAbs(t, repoRoot)+"/", "file://REPO/")
	if !checkGolden(t, filepath.Join("testdata", "golden", "sample.jsonl"), got) {
		return
	}
	// Every format is covered, and the sample itself runs clean.
	for _, ext := range []string{".txt\"", ".html\"", ".pdf\""} {
		if !strings.Contains(got, ext) {
			t.Errorf("golden output has no record from a %s file", strings.Trim(ext, `"`))
		}
	}
}

// normalizeRecords rewrites the URI prefix from into to in every record
// line, and the record id with it, after checking that the id is the one
// derived from the original URI and segment.
func normalizeRecords(t *testing.T, stdout, from, to string) string {
	t.Helper()
	var out strings.Builder
	for _, line := range strings.SplitAfter(stdout, "\n") {
		if line == "" {
			continue
		}
		var r struct {
			ID      string `json:"id"`
			Error   string `json:"error"`
			Segment int    `json:"segment"`
			Source  struct {
				URI string `json:"uri"`
			} `json:"source"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("not a record: %v: %.200s", err, line)
		}
		seg := r.Segment
		if r.Error != "" {
			seg = -1
		}
		if want := output.RecordID(r.Source.URI, seg); r.ID != want {
			t.Errorf("record %s of %s: id is not RecordID(uri, %d) = %s", r.ID, r.Source.URI, seg, want)
		}
		uri := strings.Replace(r.Source.URI, from, to, 1)
		line = strings.Replace(line, `"id":"`+r.ID+`"`, `"id":"`+output.RecordID(uri, seg)+`"`, 1)
		out.WriteString(strings.ReplaceAll(line, from, to))
	}
	return out.String()
}

// TestRecordsMatchSchema validates every record of runs over the sample,
// the dev corpus (when present) and bad inputs against
// output/schema/record.v1.json.
func TestRecordsMatchSchema(t *testing.T) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.RecordV1()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("record.v1.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("record.v1.json")
	if err != nil {
		t.Fatal(err)
	}
	bad := t.TempDir()
	writeFiles(t, bad, map[string][]byte{"empty.txt": nil, "x.html": []byte("<html><body><nav>menu</nav></body></html>")})
	inputs := []string{"testdata/sample", bad, filepath.Join(bad, "missing.pdf")}
	if _, err := os.Stat(devCorpus); err == nil {
		inputs = append(inputs, devCorpus)
	}
	res := runBinary(t, "", append([]string{"run"}, inputs...)...)
	lines := strings.Split(strings.TrimSpace(res.stdout), "\n")
	if len(lines) < 8 {
		t.Fatalf("got %d records, want at least 8", len(lines))
	}
	var failures int
	for i, l := range lines {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(l))
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("line %d does not match the schema: %v\n%.300s", i+1, err, l)
		}
		if strings.Contains(l, `"error":`) {
			failures++
		}
	}
	if failures < 3 {
		t.Errorf("got %d error records, want at least 3 (empty, no content, missing)", failures)
	}
}
