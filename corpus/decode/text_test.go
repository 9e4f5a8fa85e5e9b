package decode_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
)

// realworld is the shared folder of real public documents; tests that use
// it skip when it is absent.
const realworld = "../../../shared/realworld"

func TestDecodeRealworldText(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(realworld, "items", "*.txt"))
	if len(files) == 0 {
		t.Skip("realworld items not present")
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	for _, p := range files {
		t.Run(filepath.Base(p), func(t *testing.T) {
			body := decodetest.ReadOrSkip(t, p)
			doc, err := decodetest.DecodeBytes(t, d, p, body)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != corpus.FormatText || doc.Text != strings.ReplaceAll(string(body), "\r\n", "\n") {
				t.Errorf("plain UTF-8 text was changed (format %q)", doc.Format)
			}
		})
	}
}

func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{"plain", "\xef\xbb\xbfbom", "\xff\xfeH\x00", "\xfe\xff\x00H", "Ren\xe9e", "a\r\nb\rc\x00",
		"P\x00r\x00e\x00s\x00s\x00", "\xc3\xa9\xff", "\f\f", "\ufeff"} {
		f.Add([]byte(s))
	}
	if b, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", "dev", "000_59bb623624508d0f.txt")); err == nil {
		f.Add(b)
	}
	d := decodetest.NewDecoder(f, decode.Config{})
	f.Fuzz(func(t *testing.T, body []byte) {
		doc, err := d.Decode(context.Background(), corpus.Input{Source: corpus.Source{Path: "f.txt"}, Body: body})
		if err != nil {
			return
		}
		if !utf8.ValidString(doc.Text) {
			t.Errorf("invalid UTF-8 in text %q", doc.Text)
		}
		if doc.Format == corpus.FormatText && (strings.ContainsRune(doc.Text, 0) || strings.ContainsRune(doc.Text, '\r')) {
			t.Errorf("text keeps NUL or CR: %q", doc.Text)
		}
	})
}
