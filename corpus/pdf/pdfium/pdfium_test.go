package pdfium

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/internal/pdftest"
)

// onePagePDF is a one-page PDF showing lines in Helvetica.
func onePagePDF(lines ...string) []byte {
	var content strings.Builder
	content.WriteString("BT /F1 12 Tf 72 700 Td 16 TL\n")
	for _, l := range lines {
		fmt.Fprintf(&content, "(%s) Tj T*\n", l)
	}
	content.WriteString("ET")
	return pdftest.Build([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		pdftest.Stream(content.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	})
}

func newTestEngine(t testing.TB) *Engine {
	t.Helper()
	e := New(Config{Workers: 2})
	t.Cleanup(func() {
		if err := e.Close(); err != nil {
			t.Error(err)
		}
	})
	return e
}

func TestCharsTextRender(t *testing.T) {
	e := newTestEngine(t)
	for _, tc := range []struct {
		name  string
		lines []string
	}{
		{"one line", []string{"Minister opens the harbour"}},
		{"two lines", []string{"Joint statement", "The leaders met today."}},
		{"digits and punctuation", []string{"On 16 January 2023, at 10:30 (local time)."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := e.Open(context.Background(), onePagePDF(tc.lines...))
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			if d.Pages() != 1 {
				t.Fatalf("got %d pages, want 1", d.Pages())
			}
			chars, err := d.Chars(0)
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for _, c := range chars {
				if strings.TrimSpace(c.Text) == "" {
					continue // generated spaces and line ends
				}
				if c.Size < 11 || c.Size > 13 || c.Right < c.Left || c.Top < c.Bottom {
					t.Fatalf("char %+v: want a 12-point box", c)
				}
				got.WriteString(c.Text)
			}
			text, err := d.Text(0)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range tc.lines {
				// Chars leave out spaces; the page text has them.
				if !strings.Contains(got.String(), strings.ReplaceAll(l, " ", "")) || !strings.Contains(text, l) {
					t.Errorf("chars %q / text %q lack %q", got.String(), text, l)
				}
			}
			img, err := d.Render(0, 36)
			if err != nil {
				t.Fatal(err)
			}
			if img.Rect.Dx() != 306 || img.Rect.Dy() != 396 {
				t.Errorf("rendered %v, want 306x396 at 36 dpi", img.Rect)
			}
			dark := 0
			for _, p := range img.Pix {
				if p < 128 {
					dark++
				}
			}
			if dark == 0 {
				t.Error("rendered page has no ink")
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	e := newTestEngine(t)
	for _, tc := range []struct {
		name string
		body []byte
	}{
		{"empty", nil},
		{"not a PDF", []byte("<html><body>hello</body></html>")},
		{"truncated", onePagePDF("Minister opens the harbour")[:120]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := e.Open(context.Background(), tc.body)
			if err == nil {
				d.Close()
				t.Fatal("opened a broken document")
			}
		})
	}
}

func TestOpenEndsWithContext(t *testing.T) {
	e := newTestEngine(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if d, err := e.Open(ctx, onePagePDF("text")); err == nil {
		d.Close()
		t.Fatal("opened with a cancelled context")
	}
	// A document whose context ends while it is open fails afterwards.
	ctx, cancel = context.WithTimeout(context.Background(), time.Minute)
	d, err := e.Open(ctx, onePagePDF("text"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	cancel()
	time.Sleep(50 * time.Millisecond)
	if _, err := d.Chars(0); err == nil {
		t.Error("read a page after the context ended")
	} else if !errors.Is(err, ErrEngine) && !strings.Contains(err.Error(), "closed") && !strings.Contains(err.Error(), "page 1") {
		t.Logf("error after cancel: %v", err)
	}
}

// FuzzOpen feeds the engine arbitrary bytes: every document must end in
// text or an error, never a panic, a wasm trap that escapes, or a hang.
// nestedFormsPDF is a one-page PDF whose page draws a form XObject that
// draws the next one twice, levels deep: 2^(levels-1) forms from a few
// hundred bytes. Building its text takes PDFium exponentially long (14 s
// for 16 levels): the input that stalled FuzzOpen, each execution holding
// the worker until its timeout.
func nestedFormsPDF(levels int) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /X 5 0 R >> >> >>",
		pdftest.Stream("/X Do"),
	}
	for i := range levels {
		content, res := "/X Do /X Do", fmt.Sprintf("/XObject << /X %d 0 R >>", len(objs)+2)
		if i == levels-1 {
			content, res = "BT /F1 12 Tf 72 700 Td (ab) Tj ET", "/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
		}
		objs = append(objs, fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << %s >> /Length %d >>\nstream\n%s\nendstream", res, len(content), content))
	}
	return pdftest.Build(objs)
}

// TestDocTimeout checks that a document PDFium would take exponentially
// long over is stopped at Config.DocTimeout, and that the engine then
// serves the next document.
func TestDocTimeout(t *testing.T) {
	e := New(Config{Workers: 1, DocTimeout: time.Second})
	t.Cleanup(func() { _ = e.Close() })
	for _, levels := range []int{18, 22, 30} {
		t.Run(fmt.Sprint(levels), func(t *testing.T) {
			start := time.Now()
			d, err := e.Open(context.Background(), nestedFormsPDF(levels))
			if err == nil {
				_, err = d.Chars(0)
				d.Close()
			}
			if err == nil {
				t.Errorf("no error")
			}
			if el := time.Since(start); el > 10*time.Second {
				t.Errorf("took %v", el)
			}
			d, err = e.Open(context.Background(), onePagePDF("Ministers meet"))
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			if s, err := d.Text(0); err != nil || !strings.Contains(s, "Ministers meet") {
				t.Errorf("next document: %q, %v", s, err)
			}
		})
	}
}

func TestTooManyChars(t *testing.T) {
	e := newTestEngine(t)
	for _, n := range []int{MaxPageChars/10 + 1, MaxPageChars / 5, MaxPageChars / 4} {
		t.Run(fmt.Sprint(n*10), func(t *testing.T) {
			var content strings.Builder
			content.WriteString("BT /F1 1 Tf 72 700 Td\n")
			for range n {
				content.WriteString("(abcdefghij) Tj\n")
			}
			content.WriteString("ET")
			body := pdftest.Build([]string{
				"<< /Type /Catalog /Pages 2 0 R >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
				pdftest.Stream(content.String()),
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
			})
			d, err := e.Open(context.Background(), body)
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			if _, err := d.Chars(0); !errors.Is(err, ErrTooManyChars) {
				t.Errorf("got %v, want ErrTooManyChars", err)
			}
		})
	}
}

func FuzzOpen(f *testing.F) {
	f.Add(onePagePDF("Minister opens the harbour"))
	f.Add(nestedFormsPDF(16))
	f.Add(onePagePDF("a", "b", "c")[:200])
	f.Add([]byte("%PDF-1.7\ntrailer<</Root 1 0 R>>\nstartxref\n0\n%%EOF"))
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[2 0 R]/Count 1>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	// A short document timeout keeps the worker going on inputs PDFium
	// takes exponentially long over (see nestedFormsPDF).
	e := New(Config{Workers: 2, DocTimeout: 2 * time.Second})
	f.Cleanup(func() { _ = e.Close() })
	f.Fuzz(func(t *testing.T, body []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		d, err := e.Open(ctx, body)
		if err != nil {
			return
		}
		defer d.Close()
		for i := 0; i < min(d.Pages(), 3); i++ {
			if _, err := d.Chars(i); err != nil {
				continue
			}
			_, _ = d.Render(i, 9)
		}
	})
}
