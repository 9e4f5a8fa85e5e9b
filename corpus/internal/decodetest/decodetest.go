// Package decodetest holds the helpers the decoder tests of corpus/decode,
// corpus/html and corpus/pdf share: a decoder per test, decoding a file's
// bytes, golden files and the CPU time of benchmarks.
package decodetest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
)

// NewDecoder returns a decoder built with cfg, failing t otherwise.
func NewDecoder(t testing.TB, cfg decode.Config) *decode.Decoder {
	t.Helper()
	d, err := decode.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// DecodeBytes decodes body as the file name.
func DecodeBytes(t testing.TB, d *decode.Decoder, name string, body []byte) (corpus.Doc, error) {
	t.Helper()
	return d.Decode(context.Background(), corpus.Input{Source: corpus.Source{Path: name}, Body: body})
}

// CheckGolden compares got with the golden file path, or rewrites it when
// update is set (the package's -update flag).
func CheckGolden(t *testing.T, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from golden (run with -update and review the diff)\n--- got ---\n%s", path, got)
	}
}

// ReadOrSkip reads path, skipping t when it does not exist.
func ReadOrSkip(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// GoldenDoc is the golden-file form of a decoded document.
func GoldenDoc(doc corpus.Doc) string {
	var b strings.Builder
	fmt.Fprintf(&b, "content-type: %s\n", doc.Source.ContentType)
	fmt.Fprintf(&b, "title: %s\nheadline: %s\nlang: %s\ntimes: %q\n", doc.Meta.Title, doc.Meta.Headline, doc.Meta.Lang, doc.Meta.Times)
	if doc.PageStarts != nil {
		fmt.Fprintf(&b, "page-starts: %v\n", doc.PageStarts)
	}
	b.WriteString("---\n")
	b.WriteString(doc.Text)
	b.WriteString("\n")
	return b.String()
}
