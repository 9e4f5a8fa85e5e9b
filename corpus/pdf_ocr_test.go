package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestParseTesseractTSV(t *testing.T) {
	const head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
	for _, tc := range []struct {
		name, tsv string
		want      []string
		blocks    []int
	}{
		{"one line", head +
			"1\t1\t0\t0\t0\t0\t0\t0\t800\t600\t-1\t\n" +
			"5\t1\t1\t1\t1\t1\t10\t20\t50\t12\t96.5\tMinister\n" +
			"5\t1\t1\t1\t1\t2\t65\t20\t30\t12\t95\tmet\n",
			[]string{"Minister met"}, []int{0}},
		{"two paragraphs", head +
			"5\t1\t1\t1\t1\t1\t10\t20\t50\t12\t90\tHeadline\n" +
			"5\t1\t1\t2\t1\t1\t10\t60\t50\t12\t90\tBody\n" +
			"5\t1\t1\t2\t2\t1\t10\t80\t50\t12\t90\ttext\n",
			[]string{"Headline", "Body", "text"}, []int{0, 1, 1}},
		{"low confidence and empty words dropped", head +
			"5\t1\t1\t1\t1\t1\t10\t20\t50\t12\t12\t~=\n" +
			"5\t1\t1\t1\t1\t2\t65\t20\t30\t12\t91\t \n" +
			"5\t1\t1\t1\t1\t3\t99\t20\t30\t12\t88\tharbour\n" +
			"garbage line\n",
			[]string{"harbour"}, []int{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := parseTesseractTSV([]byte(tc.tsv))
			var got []string
			var blocks []int
			for _, l := range lines {
				got = append(got, l.text)
				blocks = append(blocks, l.block)
			}
			if !slices.Equal(got, tc.want) || !slices.Equal(blocks, tc.blocks) {
				t.Errorf("got %q %v, want %q %v", got, blocks, tc.want, tc.blocks)
			}
		})
	}
}

func TestPDFOCRPageGeometry(t *testing.T) {
	// A 200 dpi page 2200 pixels tall: a bold heading over two body lines.
	lines := []pdfOCRLine{
		{text: "Meeting with the Ambassador", left: 100, top: 100, right: 900, bottom: 140, block: 0, ink: 0.40},
		{text: "On 16 January the Minister met the Ambassador", left: 100, top: 200, right: 1500, bottom: 236, block: 1, ink: 0.20},
		{text: "to discuss recycling and the circular economy.", left: 100, top: 250, right: 1400, bottom: 286, block: 1, ink: 0.21},
		{text: "=p", left: 100, top: 300, right: 130, bottom: 330, block: 2, ink: 0.5},
	}
	pg := pdfOCRPage(lines, 2200, 200)
	if len(pg.lines) != 3 {
		t.Fatalf("got %d lines, want 3 (noise dropped): %+v", len(pg.lines), pg.lines)
	}
	if !pg.lines[0].bold || pg.lines[1].bold {
		t.Errorf("bold: got %v %v, want the heading only", pg.lines[0].bold, pg.lines[1].bold)
	}
	if !(pg.lines[0].y > pg.lines[1].y && pg.lines[1].y > pg.lines[2].y) {
		t.Errorf("y must fall down the page: %v %v %v", pg.lines[0].y, pg.lines[1].y, pg.lines[2].y)
	}
	if fs := pg.lines[1].fs; fs < 9 || fs > 16 {
		t.Errorf("body font size %v, want about 10-14 points", fs)
	}
}

// imageOnlyPDF is a page that only draws an image.
func imageOnlyPDF() []byte {
	img := strings.Repeat("\x80", 64)
	return buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>",
		pdfStream("q 400 0 0 400 100 200 cm /Im1 Do Q"),
		"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n" + img + "\nendstream",
	})
}

func TestPDFImageOnlyWithoutOCR(t *testing.T) {
	d := newTestDecoder(t, DecoderConfig{OCRCommand: "-"})
	for _, tc := range []struct {
		name string
		body func(t *testing.T) []byte
	}{
		{"hand-made image page", func(*testing.T) []byte { return imageOnlyPDF() }},
		{"image-only newsletter", func(t *testing.T) []byte {
			return readOrSkip(t, filepath.Join(realworld, "mse-sg", "resources", "Jan-2023-climate-action.pdf"))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := decodeBytes(t, d, "scan.pdf", tc.body(t))
			if !errors.Is(err, ErrImageOnlyPDF) || !strings.Contains(err.Error(), "image-only page: install tesseract-ocr for OCR") {
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
	d := newTestDecoder(t, DecoderConfig{})
	if !d.ocr.Available() {
		t.Skip("tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-eng)")
	}
	body := readOrSkip(t, filepath.Join(realworld, "mse-sg", "resources", "Jan-2023-climate-action.pdf"))
	want, err := os.ReadFile(filepath.Join("testdata", "pdf", "ocr", "jan-2023-climate-action.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := decodeBytes(t, d, "Jan-2023-climate-action.pdf", body)
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
