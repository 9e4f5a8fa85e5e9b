package decode_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
)

func TestNewDecoderRejectsNegativeMax(t *testing.T) {
	if _, err := decode.New(decode.Config{MaxBytes: -1}); err == nil {
		t.Fatal("got nil error for MaxBytes -1")
	}
}

func TestDecodeErrors(t *testing.T) {
	pdfFixture := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("..", "pdf", "testdata", "pdf", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	random := make([]byte, 4096)
	seed := uint32(7)
	for i := range random {
		seed = seed*1664525 + 1013904223
		random[i] = byte(seed >> 24)
	}
	tests := []struct {
		name    string
		body    []byte
		max     int64
		want    error
		wantMsg string
	}{
		{name: "empty", body: nil, want: corpus.ErrEmpty},
		{name: "whitespace only", body: []byte(" \n\t\r\n "), want: corpus.ErrEmpty},
		{name: "html without text", body: []byte("<html><body><script>x()</script><nav>Home</nav></body></html>"), want: corpus.ErrEmpty},
		{name: "png", body: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), want: corpus.ErrBinary, wantMsg: "unsupported binary content (looks like image/png)"},
		{name: "zip", body: []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), want: corpus.ErrBinary, wantMsg: "application/zip"},
		{name: "gzip", body: []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), want: corpus.ErrBinary, wantMsg: "application/gzip"},
		{name: "random bytes", body: random, want: corpus.ErrBinary},
		{name: "rss feed", body: []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`), want: corpus.ErrUnsupported, wantMsg: "rss"},
		{name: "too large", body: []byte("0123456789abcdef"), max: 10, want: corpus.ErrTooLarge, wantMsg: "document too large: 16 bytes, limit 10"},
		{name: "encrypted pdf", body: pdfFixture("encrypted.pdf"), want: corpus.ErrEncryptedPDF},
		{name: "truncated pdf", body: pdfFixture("truncated.pdf"), want: corpus.ErrMalformedPDF, wantMsg: "truncated"},
		{name: "pdf header only", body: []byte("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"), want: corpus.ErrMalformedPDF},
		{name: "pdf garbage body", body: append([]byte("%PDF-1.7\n"), append(random, []byte("\nstartxref\n12\n%%EOF")...)...), want: corpus.ErrMalformedPDF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decodetest.NewDecoder(t, decode.Config{MaxBytes: tt.max})
			_, err := decodetest.DecodeBytes(t, d, "doc", tt.body)
			if !errors.Is(err, tt.want) {
				t.Fatalf("got error %v, want %v", err, tt.want)
			}
			if tt.wantMsg != "" && !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("got message %q, want it to contain %q", err, tt.wantMsg)
			}
		})
	}
}

func TestDecodeInputError(t *testing.T) {
	d := decodetest.NewDecoder(t, decode.Config{})
	_, err := d.Decode(context.Background(), corpus.Input{Error: "open x: permission denied"})
	if err == nil || err.Error() != "open x: permission denied" {
		t.Fatalf("got %v, want the input's error", err)
	}
}

func TestDecodeCanceled(t *testing.T) {
	d := decodetest.NewDecoder(t, decode.Config{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := d.Decode(ctx, corpus.Input{Body: []byte("text")}); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
}

func TestDecodeFormats(t *testing.T) {
	tests := []struct {
		name       string
		path       string
		body       string
		declared   string
		wantFormat corpus.Format
		wantType   string
		wantText   string
	}{
		{name: "plain utf-8", path: "a.txt", body: "Hello\r\nworld\r\n", wantFormat: corpus.FormatText,
			wantType: "text/plain; charset=utf-8", wantText: "Hello\nworld\n"},
		{name: "utf-8 bom", path: "a.txt", body: "\xef\xbb\xbfCaf\xc3\xa9", wantFormat: corpus.FormatText,
			wantType: "text/plain; charset=utf-8", wantText: "Café"},
		{name: "utf-16le bom", path: "a.txt", body: "\xff\xfeH\x00i\x00\r\x00\n\x00", wantFormat: corpus.FormatText,
			wantType: "text/plain; charset=utf-16le", wantText: "Hi\n"},
		{name: "utf-16be bom", path: "a.txt", body: "\xfe\xff\x00H\x00i", wantFormat: corpus.FormatText,
			wantType: "text/plain; charset=utf-16be", wantText: "Hi"},
		{name: "utf-16le without bom", path: "a.txt", body: "P\x00r\x00e\x00s\x00s\x00 \x00r\x00e\x00l\x00e\x00a\x00s\x00e\x00", wantFormat: corpus.FormatText,
			wantType: "text/plain; charset=utf-16le", wantText: "Press release"},
		{name: "windows-1252 fallback", path: "a.txt", body: "Ren\xe9e \x93quoted\x94 \x96 O\x92Neill", wantFormat: corpus.FormatText,
			wantType: "text/plain; charset=windows-1252", wantText: "Renée “quoted” – O’Neill"},
		{name: "mostly utf-8 with a broken byte", path: "a.txt", body: "Caf\xc3\xa9 na\xc3\xafve r\xc3\xa9sum\xc3\xa9 \xff", wantFormat: corpus.FormatText,
			wantType: "text/plain; charset=utf-8", wantText: "Café naïve résumé \ufffd"},
		{name: "nul bytes and lone cr stripped", path: "a.txt", body: "a\x00b\rc \t\nd\x0ce", wantFormat: corpus.FormatText,
			wantType: "text/plain; charset=utf-8", wantText: "ab\nc\nd\n\ne"},
		{name: "declared charset for text", path: "", body: "Ren\xe9e", declared: "text/plain; charset=ISO-8859-1", wantFormat: corpus.FormatText,
			wantType: "text/plain; charset=windows-1252", wantText: "Renée"},
		{name: "declared koi8-r", path: "", body: "\xf0\xd2\xc5\xd3\xd3", declared: "text/plain; charset=koi8-r", wantFormat: corpus.FormatText,
			wantType: "text/plain; charset=koi8-r", wantText: "Пресс"},
		{name: "utf-16le html without bom", path: "x", body: "<\x00p\x00>\x00H\x00i\x00<\x00/\x00p\x00>\x00", wantFormat: corpus.FormatHTML,
			wantType: "text/html; charset=utf-16le", wantText: "Hi"},
		{name: "utf-16be html with bom", path: "x", body: "\xfe\xff\x00<\x00p\x00>\x00H\x00i", wantFormat: corpus.FormatHTML,
			wantType: "text/html; charset=utf-16be", wantText: "Hi"},
		{name: "xhtml xml declaration encoding", path: "x.xhtml", body: "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>\xb3\xf3d\xbc</p></body></html>", wantFormat: corpus.FormatHTML,
			wantType: "text/html; charset=iso-8859-2", wantText: "łódź"},
		{name: "html by content despite .txt", path: "a.txt", body: "<!DOCTYPE html><html><body><p>Hi there</p></body></html>", wantFormat: corpus.FormatHTML,
			wantType: "text/html; charset=utf-8", wantText: "Hi there"},
		{name: "html fragment", path: "noext", body: "<p>One</p><p>Two</p>", wantFormat: corpus.FormatHTML,
			wantType: "text/html; charset=utf-8", wantText: "One\n\nTwo"},
		{name: "text despite .html", path: "a.html", body: "Just text, no tags.", wantFormat: corpus.FormatText,
			wantType: "text/plain; charset=utf-8", wantText: "Just text, no tags."},
		{name: "html declared charset header", path: "", body: "<p>Caf\xe9</p>", declared: "text/html; charset=ISO-8859-1", wantFormat: corpus.FormatHTML,
			wantType: "text/html; charset=windows-1252", wantText: "Café"},
		{name: "html meta charset", path: "a.html", body: "<html><head><meta charset=\"windows-1252\"></head><body><p>\x93Hi\x94</p></body></html>", wantFormat: corpus.FormatHTML,
			wantType: "text/html; charset=windows-1252", wantText: "“Hi”"},
		{name: "html utf-8 declared but cp1252 bytes", path: "a.html", body: "<html><head><meta charset=\"utf-8\"></head><body><p>O\x92Neill \x96 Ren\xe9e</p></body></html>", wantFormat: corpus.FormatHTML,
			wantType: "text/html; charset=windows-1252", wantText: "O’Neill – Renée"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decodetest.NewDecoder(t, decode.Config{})
			doc, err := d.Decode(context.Background(), corpus.Input{Source: corpus.Source{Path: tt.path}, Body: []byte(tt.body), ContentType: tt.declared})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != tt.wantFormat {
				t.Errorf("got format %q, want %q", doc.Format, tt.wantFormat)
			}
			if doc.Source.ContentType != tt.wantType {
				t.Errorf("got content type %q, want %q", doc.Source.ContentType, tt.wantType)
			}
			if doc.Text != tt.wantText {
				t.Errorf("got text %q, want %q", doc.Text, tt.wantText)
			}
		})
	}
}

// TestDecodeDoesNotModifyInput checks that decoding leaves the caller's
// bytes alone (the PDF header patch works on a copy).
func TestDecodeDoesNotModifyInput(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "pdf", "testdata", "pdf", "bulletin.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	b = append([]byte("junk before the header\n"), b...)
	copy(b[len("junk before the header\n"):], "%PDF-2.0")
	orig := bytes.Clone(b)
	d := decodetest.NewDecoder(t, decode.Config{})
	doc, err := decodetest.DecodeBytes(t, d, "x.pdf", b)
	if err != nil {
		t.Fatalf("PDF 2.0 header after junk: %v", err)
	}
	if !bytes.Equal(b, orig) {
		t.Error("Decode modified its input")
	}
	if !strings.Contains(doc.Text, "Coastal Affairs") {
		t.Errorf("got text %.80q, want the bulletin", doc.Text)
	}
}

func ExampleDecoder_Decode() {
	d, err := decode.New(decode.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	page := `<html><head><title>Release | Ministry</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Minister visits port</h1><p>The Minister visited the port on <b>3 May 2024</b>.</p>
<footer>Copyright</footer></body></html>`
	doc, err := d.Decode(context.Background(), corpus.Input{Body: []byte(page)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Source.ContentType)
	fmt.Println(doc.Meta.Headline)
	fmt.Println(doc.Text)
	// Output:
	// text/html; charset=utf-8
	// Minister visits port
	// Minister visits port
	//
	// The Minister visited the port on 3 May 2024.
}

// TestDecodeConcurrent decodes the fixtures from several goroutines with
// one Decoder (run with -race): a Decoder is shared by the workers.
func TestDecodeConcurrent(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "html", "testdata", "html", "*.html"))
	files = append(files, filepath.Join("..", "pdf", "testdata", "pdf", "bulletin.pdf"))
	var bodies [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, b)
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	want := make([]string, len(bodies))
	for i, b := range bodies {
		doc, err := decodetest.DecodeBytes(t, d, files[i], b)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = doc.Text
	}
	errs := make(chan error, 4*len(bodies))
	done := make(chan struct{})
	for w := 0; w < 4; w++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i, b := range bodies {
				doc, err := d.Decode(context.Background(), corpus.Input{Source: corpus.Source{Path: files[i]}, Body: b})
				if err != nil {
					errs <- err
				} else if doc.Text != want[i] {
					errs <- fmt.Errorf("%s: concurrent decode differs", files[i])
				}
			}
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
