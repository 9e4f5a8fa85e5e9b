package pdf_test

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
	"github.com/communique/communique/corpus/pdf"
	"github.com/communique/communique/internal/pdftest"
)

// encodedFontPDF is a one-page PDF whose text is shown in codes that mean
// nothing by themselves (each letter shifted by 13), with a font whose
// ToUnicode CMap, written by cmap, maps them back (or not).
func encodedFontPDF(paragraph, cmap string, filter string) []byte {
	shift := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch {
			case r >= 'a' && r <= 'z':
				return 'a' + (r-'a'+13)%26
			case r >= 'A' && r <= 'Z':
				return 'A' + (r-'A'+13)%26
			}
			return r
		}, s)
	}
	var content strings.Builder
	content.WriteString("BT /F1 11 Tf 72 720 Td 14 TL\n")
	words := strings.Fields(paragraph)
	for i := 0; i < len(words); i += 9 {
		line := strings.Join(words[i:min(i+9, len(words))], " ")
		fmt.Fprintf(&content, "(%s) Tj T*\n", shift(line))
	}
	content.WriteString("ET")
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths [" + strings.Repeat("500 ", 95) + "] /ToUnicode 6 0 R >>"
	stream := fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(cmap), cmap)
	if filter != "" {
		hex := fmt.Sprintf("%X>", cmap)
		stream = fmt.Sprintf("<< /Length %d /Filter /%s >>\nstream\n%s\nendstream", len(hex), filter, hex)
	}
	return pdftest.Build([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		pdftest.Stream(content.String()),
		font,
		stream,
	})
}

// toUnicodeCMap maps each shifted letter code to dst(letter).
func toUnicodeCMap(dst func(r rune) rune) string {
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CMapName /Test def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n")
	b.WriteString("52 beginbfchar\n")
	for _, base := range []rune{'a', 'A'} {
		for i := rune(0); i < 26; i++ {
			code := base + (i+13)%26
			fmt.Fprintf(&b, "<%02X> <%04X>\n", code, dst(base+i))
		}
	}
	b.WriteString("endbfchar\n1 beginbfrange <20> <40> <0020> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end\n")
	return b.String()
}

const qualityParagraph = "The Minister for Sustainability and the Environment met her counterparts on Tuesday to discuss cooperation in coastal protection, flood resilience and the circular economy. The two sides agreed to meet again next year in the capital, and to exchange officers between their ministries."

func TestPDFUnreadableTextLayer(t *testing.T) {
	d := decodetest.NewDecoder(t, decode.Config{})
	for _, tc := range []struct {
		name string
		dst  func(r rune) rune
	}{
		{"codes mapped to private-use characters", func(r rune) rune { return 0xE000 + r }},
		{"codes mapped to the wrong letters", func(r rune) rune { return r }}, // the shifted letters themselves
		{"codes mapped to one letter", func(rune) rune { return 'x' }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := encodedFontPDF(qualityParagraph, toUnicodeCMap(func(r rune) rune {
				// r is the plain letter; the code shows it shifted.
				if r >= 'a' && r <= 'z' {
					return tc.dst('a' + (r-'a'+13)%26)
				}
				return tc.dst('A' + (r-'A'+13)%26)
			}), "")
			doc, err := decodetest.DecodeBytes(t, d, "enc.pdf", body)
			if !errors.Is(err, corpus.ErrUnreadablePDF) {
				t.Fatalf("got %v (text %.80q), want %v", err, doc.Text, corpus.ErrUnreadablePDF)
			}
			if !strings.Contains(err.Error(), "decode: unreadable text layer (custom font encoding)") && !strings.Contains(err.Error(), "unreadable text layer (custom font encoding)") {
				t.Errorf("error %q does not say why", err)
			}
		})
	}
}

func TestPDFToUnicodeRead(t *testing.T) {
	d := decodetest.NewDecoder(t, decode.Config{})
	plain := func(r rune) rune { return r }
	for _, tc := range []struct{ name, filter string }{
		{"plain CMap", ""},
		{"hex-encoded CMap", "ASCIIHexDecode"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := encodedFontPDF(qualityParagraph, toUnicodeCMap(plain), tc.filter)
			doc, err := decodetest.DecodeBytes(t, d, "enc.pdf", body)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, "Minister for Sustainability") {
				t.Errorf("text %.120q does not read", doc.Text)
			}
		})
	}
}

// TestPDFNoGarbageAnywhere decodes every PDF of the realworld set and
// testdata: each either reads as language page by page, or is an error
// that says why. The held-out evaluation sets (testdata/unseen2, unseen3, unseen4)
// are left out: a failure prints page text, and nobody tuning may read
// them.
func TestPDFNoGarbageAnywhere(t *testing.T) {
	var files []string
	for _, root := range []string{realworld, "../../testdata", "testdata"} {
		_ = filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err == nil && e.IsDir() && heldOut(e.Name()) {
				return filepath.SkipDir
			}
			if err == nil && !e.IsDir() && strings.EqualFold(filepath.Ext(p), ".pdf") {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) == 0 {
		t.Skip("no PDFs")
	}
	// OCR is TestPDFOCRNewsletter's: here an image-only page is an error
	// that says so.
	d := decodetest.NewDecoder(t, decode.Config{OCRCommand: "-"})
	for _, p := range files {
		t.Run(filepath.Base(p), func(t *testing.T) {
			doc, err := decodetest.DecodeBytes(t, d, p, decodetest.ReadOrSkip(t, p))
			if err != nil {
				for _, known := range []error{corpus.ErrUnreadablePDF, corpus.ErrImageOnlyPDF, corpus.ErrNoTextLayer, corpus.ErrEncryptedPDF, corpus.ErrMalformedPDF} {
					if errors.Is(err, known) {
						return
					}
				}
				t.Fatalf("unexplained error %v", err)
			}
			for i, start := range doc.PageStarts {
				end := len(doc.Text)
				if i+1 < len(doc.PageStarts) {
					end = doc.PageStarts[i+1]
				}
				if bad, why := pdf.PageGarbage(doc.Text[start:end]); bad {
					t.Errorf("page %d is garbage (%s): %.100q", i+1, why, doc.Text[start:end])
				}
			}
		})
	}
}

// heldOut reports whether a testdata folder is a held-out evaluation set.
func heldOut(dir string) bool {
	return dir == "unseen2" || dir == "unseen3" || dir == "unseen4"
}
