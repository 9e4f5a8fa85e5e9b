package output_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/output"
)

func records() []output.Record {
	return []output.Record{
		output.NewRecord(corpus.Article{Source: corpus.Source{Path: "a.txt"}, Title: "Trade & <Industry>", Text: "Trade & <Industry>"}, extract.Result{Language: "en"}),
		output.NewErrorRecord(corpus.Source{Path: "b.pdf"}, "decode: truncated PDF"),
		output.NewRecord(corpus.Article{Source: corpus.Source{Path: "c.txt"}, Segment: 2, Text: "Ünïcode"}, extract.Result{Language: "en"}),
	}
}

func TestJSONLWritesOneLinePerRecord(t *testing.T) {
	var buf bytes.Buffer
	j := output.NewJSONL(&buf)
	for _, r := range records() {
		if err := j.Write(t.Context(), r); err != nil {
			t.Fatalf("Write: %v", err)
		}
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes before Close: want buffered output", buf.Len())
	}
	if err := j.Close(t.Context()); err != nil {
		t.Fatalf("Close: %v", err)
	}
	lines := bytes.Split(bytes.TrimSuffix(buf.Bytes(), []byte("\n")), []byte("\n"))
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), buf.Bytes())
	}
	for i, l := range lines {
		var m map[string]any
		if err := json.Unmarshal(l, &m); err != nil {
			t.Errorf("line %d is not a JSON object: %v", i, err)
		}
	}
	if !bytes.Contains(lines[0], []byte(`"title":"Trade & <Industry>"`)) {
		t.Errorf("line 0: got %s, want HTML characters unescaped", lines[0])
	}
	if !bytes.Contains(lines[1], []byte(`"error":"decode: truncated PDF"`)) {
		t.Errorf("line 1: got %s, want the error record", lines[1])
	}
}

// TestCreateJSONLAtomic: the target appears only at Close, complete, and
// no temporary file is left behind.
func TestCreateJSONLAtomic(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "records.jsonl")
	j, err := output.CreateJSONL(target)
	if err != nil {
		t.Fatalf("CreateJSONL: %v", err)
	}
	for i := 0; i < 2000; i++ { // more than the write buffer
		for _, r := range records() {
			if err := j.Write(t.Context(), r); err != nil {
				t.Fatalf("Write: %v", err)
			}
		}
	}
	if _, err := os.Stat(target); !os.IsNotExist(err) {
		t.Fatalf("target exists before Close (stat error %v): readers could see half a file", err)
	}
	if err := j.Close(t.Context()); err != nil {
		t.Fatalf("Close: %v", err)
	}
	f, err := os.Open(target)
	if err != nil {
		t.Fatalf("target after Close: %v", err)
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(iotest.OneByteReader(f))
	for sc.Scan() {
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n != 6000 {
		t.Errorf("target has %d lines, want 6000", n)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries after Close, want only the target", len(entries))
	}
	info, err := os.Stat(target)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != 0o644 {
		t.Errorf("target mode: got %v, want 0644", got)
	}
}

func TestCreateJSONLReplacesAtomically(t *testing.T) {
	target := filepath.Join(t.TempDir(), "out.jsonl")
	if err := os.WriteFile(target, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	j, err := output.CreateJSONL(target)
	if err != nil {
		t.Fatalf("CreateJSONL: %v", err)
	}
	if err := j.Write(t.Context(), records()[0]); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(target); err != nil || string(b) != "old\n" {
		t.Errorf("before Close: got %q, %v; want the old content", b, err)
	}
	if err := j.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(target); err != nil || bytes.Contains(b, []byte("old")) {
		t.Errorf("after Close: got %q, %v; want the new records", b, err)
	}
}

func TestCreateJSONLMissingDir(t *testing.T) {
	if _, err := output.CreateJSONL(filepath.Join(t.TempDir(), "no", "such", "dir", "out.jsonl")); err == nil {
		t.Error("CreateJSONL into a missing folder: got nil error")
	}
}

// TestJSONLMatchesMarshalJSON: the sink writes exactly what
// Record.MarshalJSON gives, for article and error records.
func TestJSONLMatchesMarshalJSON(t *testing.T) {
	for i, r := range records() {
		var buf bytes.Buffer
		j := output.NewJSONL(&buf)
		if err := j.Write(t.Context(), r); err != nil {
			t.Fatal(err)
		}
		if err := j.Close(t.Context()); err != nil {
			t.Fatal(err)
		}
		var ref bytes.Buffer // through MarshalJSON, without HTML escaping
		enc := json.NewEncoder(&ref)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		if got, want := buf.Bytes(), ref.Bytes(); !bytes.Equal(got, want) {
			t.Errorf("record %d: sink wrote\n%s\nMarshalJSON gives\n%s", i, got, want)
		}
	}
}

// BenchmarkJSONLWrite measures encoding an article record with entities.
func BenchmarkJSONLWrite(b *testing.B) {
	a, res := sampleArticle()
	r := output.NewRecord(a, res)
	line, err := json.Marshal(r)
	if err != nil {
		b.Fatal(err)
	}
	j := output.NewJSONL(io.Discard)
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		if err := j.Write(b.Context(), r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewRecord measures building a record from a long non-ASCII
// article with many mentions (span conversion to code points).
func BenchmarkNewRecord(b *testing.B) {
	a, res := sampleArticle()
	a.Text = strings.Repeat(a.Text+"\n", 200)
	var ms []extract.Mention
	for i := 0; i < 200; i++ {
		off := i * (len(a.Text) / 200)
		ms = append(ms, extract.Mention{Text: "x", Start: off, End: off + 1})
	}
	en := extract.Get[entity.Part](&res)
	en.Places[0].Mentions = ms
	res.Set(en)
	b.SetBytes(int64(len(a.Text)))
	for b.Loop() {
		output.NewRecord(a, res)
	}
}

// TestAppendInPlaceJSONLCutsPartialLine: appending after a process was killed
// mid-line drops the partial line and keeps every whole one.
func TestAppendInPlaceJSONLCutsPartialLine(t *testing.T) {
	for _, tc := range []struct{ name, before, want string }{
		{"empty file", "", ""},
		{"whole lines", "{\"a\":1}\n", "{\"a\":1}\n"},
		{"partial last line", "{\"a\":1}\n{\"b\":", "{\"a\":1}\n"},
		{"only a partial line", "{\"b\":", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out.jsonl")
			if err := os.WriteFile(path, []byte(tc.before), 0o644); err != nil {
				t.Fatal(err)
			}
			j, err := output.AppendInPlaceJSONL(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := j.Close(t.Context()); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("file %q, want %q", got, tc.want)
			}
		})
	}
}
