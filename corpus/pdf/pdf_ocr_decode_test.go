package pdf_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
	"github.com/communique/communique/corpus/pdf"
	"github.com/communique/communique/internal/pdftest"
)

// imageOnlyPDF is a page that only draws an image.
func imageOnlyPDF() []byte {
	img := strings.Repeat("\x80", 64)
	return pdftest.Build([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>",
		pdftest.Stream("q 400 0 0 400 100 200 cm /Im1 Do Q"),
		"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n" + img + "\nendstream",
	})
}

func TestPDFImageOnlyWithoutOCR(t *testing.T) {
	d := decodetest.NewDecoder(t, decode.Config{OCRCommand: "-"})
	for _, tc := range []struct {
		name string
		body func(t *testing.T) []byte
	}{
		{"hand-made image page", func(*testing.T) []byte { return imageOnlyPDF() }},
		{"image-only newsletter", func(t *testing.T) []byte {
			return decodetest.ReadOrSkip(t, filepath.Join(realworld, "mse-sg", "resources", "Jan-2023-climate-action.pdf"))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodetest.DecodeBytes(t, d, "scan.pdf", tc.body(t))
			if !errors.Is(err, corpus.ErrImageOnlyPDF) || !strings.Contains(err.Error(), "image-only page: install tesseract-ocr for OCR") {
				t.Fatalf("got %v, want an image-only error naming tesseract-ocr", err)
			}
		})
	}
}

// TestPDFOCRNewsletter reads the image-only newsletter by OCR and checks
// it against a hand transcription of its first two articles.
func TestPDFOCRNewsletter(t *testing.T) {
	if testing.Short() {
		t.Skip("OCR takes tens of seconds")
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	if !pdf.OCRAvailable("") {
		t.Skip("tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-eng)")
	}
	body := decodetest.ReadOrSkip(t, filepath.Join(realworld, "mse-sg", "resources", "Jan-2023-climate-action.pdf"))
	want, err := os.ReadFile(filepath.Join("testdata", "pdf", "ocr", "jan-2023-climate-action.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := decodetest.DecodeBytes(t, d, "Jan-2023-climate-action.pdf", body)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(doc.Source.OCRPages, []int{1}) {
		t.Errorf("OCR pages %v, want [1]", doc.Source.OCRPages)
	}
	r := wordRecall(string(want), doc.Text)
	t.Logf("word recall %.3f against the transcription (%d OCR pages)", r, len(doc.Source.OCRPages))
	if r < 0.9 {
		t.Errorf("word recall %.3f against the transcription, want >= 0.90", r)
	}
	for _, h := range []string{"Meeting with Netherlands Ambassador to Singapore", "Meeting with France Ambassador to Singapore"} {
		found := false
		for _, off := range doc.Headings {
			found = found || strings.HasPrefix(doc.Text[off:], h)
		}
		if !found {
			t.Errorf("heading %q not marked", h)
		}
	}
}

// wordRecall is the share of want's words (a multiset, lower case) in got.
func wordRecall(want, got string) float64 {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	have := map[string]int{}
	for _, w := range split(got) {
		have[w]++
	}
	ws := split(want)
	hit := 0
	for _, w := range ws {
		if have[w] > 0 {
			have[w]--
			hit++
		}
	}
	if len(ws) == 0 {
		return 0
	}
	return float64(hit) / float64(len(ws))
}
