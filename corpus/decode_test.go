package corpus

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// updateGolden reports whether -update was given. The flag is registered
// once per package (in structure_test.go); looking it up by name keeps the
// decoder's golden tests independent of that file.
func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// checkGolden compares got with the golden file path, or rewrites it under
// -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if updateGolden() {
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

func newTestDecoder(t testing.TB, cfg DecoderConfig) *Decoder {
	t.Helper()
	d, err := NewDecoder(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func decodeBytes(t testing.TB, d *Decoder, name string, body []byte) (Doc, error) {
	t.Helper()
	return d.Decode(context.Background(), Input{Source: Source{Path: name}, Body: body})
}

func TestNewDecoderRejectsNegativeMax(t *testing.T) {
	if _, err := NewDecoder(DecoderConfig{MaxBytes: -1}); err == nil {
		t.Fatal("got nil error for MaxBytes -1")
	}
}

func TestDecodeErrors(t *testing.T) {
	pdfFixture := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", "pdf", name))
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
		{name: "empty", body: nil, want: ErrEmpty},
		{name: "whitespace only", body: []byte(" \n\t\r\n "), want: ErrEmpty},
		{name: "html without text", body: []byte("<html><body><script>x()</script><nav>Home</nav></body></html>"), want: ErrEmpty},
		{name: "png", body: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), want: ErrBinary, wantMsg: "unsupported binary content (looks like image/png)"},
		{name: "zip", body: []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), want: ErrBinary, wantMsg: "application/zip"},
		{name: "gzip", body: []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), want: ErrBinary, wantMsg: "application/gzip"},
		{name: "random bytes", body: random, want: ErrBinary},
		{name: "rss feed", body: []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`), want: ErrUnsupported, wantMsg: "rss"},
		{name: "too large", body: []byte("0123456789abcdef"), max: 10, want: ErrTooLarge, wantMsg: "document too large: 16 bytes, limit 10"},
		{name: "encrypted pdf", body: pdfFixture("encrypted.pdf"), want: ErrEncryptedPDF},
		{name: "truncated pdf", body: pdfFixture("truncated.pdf"), want: ErrMalformedPDF, wantMsg: "truncated"},
		{name: "pdf header only", body: []byte("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"), want: ErrMalformedPDF},
		{name: "pdf garbage body", body: append([]byte("%PDF-1.7\n"), append(random, []byte("\nstartxref\n12\n%%EOF")...)...), want: ErrMalformedPDF},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newTestDecoder(t, DecoderConfig{MaxBytes: tt.max})
			_, err := decodeBytes(t, d, "doc", tt.body)
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
	d := newTestDecoder(t, DecoderConfig{})
	_, err := d.Decode(context.Background(), Input{Error: "open x: permission denied"})
	if err == nil || err.Error() != "open x: permission denied" {
		t.Fatalf("got %v, want the input's error", err)
	}
}

func TestDecodeCanceled(t *testing.T) {
	d := newTestDecoder(t, DecoderConfig{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := d.Decode(ctx, Input{Body: []byte("text")}); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
}

func TestDecodeFormats(t *testing.T) {
	tests := []struct {
		name       string
		path       string
		body       string
		declared   string
		wantFormat Format
		wantType   string
		wantText   string
	}{
		{name: "plain utf-8", path: "a.txt", body: "Hello\r\nworld\r\n", wantFormat: FormatText,
			wantType: "text/plain; charset=utf-8", wantText: "Hello\nworld\n"},
		{name: "utf-8 bom", path: "a.txt", body: "\xef\xbb\xbfCaf\xc3\xa9", wantFormat: FormatText,
			wantType: "text/plain; charset=utf-8", wantText: "Café"},
		{name: "utf-16le bom", path: "a.txt", body: "\xff\xfeH\x00i\x00\r\x00\n\x00", wantFormat: FormatText,
			wantType: "text/plain; charset=utf-16le", wantText: "Hi\n"},
		{name: "utf-16be bom", path: "a.txt", body: "\xfe\xff\x00H\x00i", wantFormat: FormatText,
			wantType: "text/plain; charset=utf-16be", wantText: "Hi"},
		{name: "utf-16le without bom", path: "a.txt", body: "P\x00r\x00e\x00s\x00s\x00 \x00r\x00e\x00l\x00e\x00a\x00s\x00e\x00", wantFormat: FormatText,
			wantType: "text/plain; charset=utf-16le", wantText: "Press release"},
		{name: "windows-1252 fallback", path: "a.txt", body: "Ren\xe9e \x93quoted\x94 \x96 O\x92Neill", wantFormat: FormatText,
			wantType: "text/plain; charset=windows-1252", wantText: "Renée “quoted” – O’Neill"},
		{name: "mostly utf-8 with a broken byte", path: "a.txt", body: "Caf\xc3\xa9 na\xc3\xafve r\xc3\xa9sum\xc3\xa9 \xff", wantFormat: FormatText,
			wantType: "text/plain; charset=utf-8", wantText: "Café naïve résumé \ufffd"},
		{name: "nul bytes and lone cr stripped", path: "a.txt", body: "a\x00b\rc  \nd\x0ce", wantFormat: FormatText,
			wantType: "text/plain; charset=utf-8", wantText: "ab\nc\nd\n\ne"},
		{name: "declared charset for text", path: "", body: "Ren\xe9e", declared: "text/plain; charset=ISO-8859-1", wantFormat: FormatText,
			wantType: "text/plain; charset=windows-1252", wantText: "Renée"},
		{name: "declared koi8-r", path: "", body: "\xf0\xd2\xc5\xd3\xd3", declared: "text/plain; charset=koi8-r", wantFormat: FormatText,
			wantType: "text/plain; charset=koi8-r", wantText: "Пресс"},
		{name: "utf-16le html without bom", path: "x", body: "<\x00p\x00>\x00H\x00i\x00<\x00/\x00p\x00>\x00", wantFormat: FormatHTML,
			wantType: "text/html; charset=utf-16le", wantText: "Hi"},
		{name: "utf-16be html with bom", path: "x", body: "\xfe\xff\x00<\x00p\x00>\x00H\x00i", wantFormat: FormatHTML,
			wantType: "text/html; charset=utf-16be", wantText: "Hi"},
		{name: "xhtml xml declaration encoding", path: "x.xhtml", body: "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>\xb3\xf3d\xbc</p></body></html>", wantFormat: FormatHTML,
			wantType: "text/html; charset=iso-8859-2", wantText: "łódź"},
		{name: "html by content despite .txt", path: "a.txt", body: "<!DOCTYPE html><html><body><p>Hi there</p></body></html>", wantFormat: FormatHTML,
			wantType: "text/html; charset=utf-8", wantText: "Hi there"},
		{name: "html fragment", path: "noext", body: "<p>One</p><p>Two</p>", wantFormat: FormatHTML,
			wantType: "text/html; charset=utf-8", wantText: "One\n\nTwo"},
		{name: "text despite .html", path: "a.html", body: "Just text, no tags.", wantFormat: FormatText,
			wantType: "text/plain; charset=utf-8", wantText: "Just text, no tags."},
		{name: "html declared charset header", path: "", body: "<p>Caf\xe9</p>", declared: "text/html; charset=ISO-8859-1", wantFormat: FormatHTML,
			wantType: "text/html; charset=windows-1252", wantText: "Café"},
		{name: "html meta charset", path: "a.html", body: "<html><head><meta charset=\"windows-1252\"></head><body><p>\x93Hi\x94</p></body></html>", wantFormat: FormatHTML,
			wantType: "text/html; charset=windows-1252", wantText: "“Hi”"},
		{name: "html utf-8 declared but cp1252 bytes", path: "a.html", body: "<html><head><meta charset=\"utf-8\"></head><body><p>O\x92Neill \x96 Ren\xe9e</p></body></html>", wantFormat: FormatHTML,
			wantType: "text/html; charset=windows-1252", wantText: "O’Neill – Renée"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newTestDecoder(t, DecoderConfig{})
			doc, err := d.Decode(context.Background(), Input{Source: Source{Path: tt.path}, Body: []byte(tt.body), ContentType: tt.declared})
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
	b, err := os.ReadFile(filepath.Join("testdata", "pdf", "bulletin.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	b = append([]byte("junk before the header\n"), b...)
	copy(b[len("junk before the header\n"):], "%PDF-2.0")
	orig := bytes.Clone(b)
	d := newTestDecoder(t, DecoderConfig{})
	doc, err := decodeBytes(t, d, "x.pdf", b)
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
	d, err := NewDecoder(DecoderConfig{})
	if err != nil {
		fmt.Println(err)
		return
	}
	page := `<html><head><title>Release | Ministry</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Minister visits port</h1><p>The Minister visited the port on <b>3 May 2024</b>.</p>
<footer>Copyright</footer></body></html>`
	doc, err := d.Decode(context.Background(), Input{Body: []byte(page)})
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
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	files = append(files, filepath.Join("testdata", "pdf", "bulletin.pdf"))
	var bodies [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, b)
	}
	d := newTestDecoder(t, DecoderConfig{})
	want := make([]string, len(bodies))
	for i, b := range bodies {
		doc, err := decodeBytes(t, d, files[i], b)
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
				doc, err := d.Decode(context.Background(), Input{Source: Source{Path: files[i]}, Body: b})
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
