package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

func TestPDFTextQuality(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       pdfQuality
	}{
		{"release", "The Minister for Sustainability and the Environment met her counterparts on Tuesday to discuss cooperation in coastal protection, flood resilience and the circular economy, and the two sides agreed to meet again next year.", pdfTextGood},
		{"notice", "Notice of Meeting: the Advisory Commission on Public Diplomacy will hold its quarterly meeting on February 14, 2022. The meeting is open to the public and the press; members of the public may attend online.", pdfTextGood},
		{"statement with names and acronyms", "Singapore's Senior Minister Teo Chee Hean attended the UN 2023 Water Conference in New York, where PUB and NEA officials presented the nation's approach to water security and desalination to delegates from ASEAN.", pdfTextGood},
		{"French", "Le ministre des Affaires étrangères a rencontré hier son homologue allemand pour discuter de la coopération régionale et des questions de sécurité commune en Europe, puis a présenté le programme.", pdfTextGood},
		{"German", "Der Bundesminister für Umwelt hat heute in Berlin die neuen Maßnahmen zum Klimaschutz vorgestellt, die ab dem kommenden Jahr gelten sollen und viele Bürger und Unternehmen betreffen werden.", pdfTextGood},
		{"Japanese", "外務省は本日、日米サイバー対話の第八回会合を東京で開催したと発表した。両国は重要インフラの防護と情報共有の強化について協議し、次回会合を来年ワシントンで開催することで一致した。会合には両国の関係省庁から多数の代表が参加した。", pdfTextGood},
		{"dropped glyphs", "DITAL TRDETR T A ERHI nic l of Lg of of or by: Aoe tr ccn ofl pc tc rcodl, lg ecrr Tt mnistr ot SpP ec ts ersorc ti nt oft he", pdfTextGarbage},
		{"shifted codes", "Wkh Plqlvwhu iru Vxvwdlqdelolwb dqg wkh Hqylurqphqw phw khu frxqwhusduwv rq Wxhvgdb wr glvfxvv frrshudwlrq lq frdvwdo surwhfwlrq dqg iorrg uhvlolhqfh iru wkh fdslwdo.", pdfTextGarbage},
		{"private-use codes", strings.Repeat("\ue041\ue042\ue043 \ue044\ue045 ", 30), pdfTextGarbage},
		{"replacement characters", strings.Repeat("Mi\ufffd\ufffdster o\ufffd\ufffd ", 30), pdfTextGarbage},
		{"cid escapes", strings.Repeat("(cid:12)(cid:33)(cid:7) and (cid:9)(cid:41) ", 20), pdfTextGarbage},
		{"a caption", "Photo: the harbour at dawn", pdfTextSparse},
		{"a page number", "- 7 -", pdfTextSparse},
		{"nothing", "", pdfTextSparse},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := pdfMeasureText(tc.text)
			if got, why := s.verdict(); got != tc.want {
				t.Errorf("got %v (%s), want %v; stats %+v", got, why, tc.want, s)
			}
		})
	}
}

func TestPDFOCRNoise(t *testing.T) {
	for _, tc := range []struct {
		line  string
		noise bool
	}{
		{"> bi Bi ih i\" . :", true},
		{"=p", true},
		{"SMa ks 5", true},
		{"E WY advance both countries' biodiversity and nature", false},
		{"Meeting with France Ambassador to Singapore", false},
		{"On 16 January, Minister Fu met Ms Minh-di Tang,", false},
	} {
		t.Run(tc.line, func(t *testing.T) {
			if got := pdfOCRNoise(tc.line); got != tc.noise {
				t.Errorf("pdfOCRNoise(%q) = %v, want %v", tc.line, got, tc.noise)
			}
		})
	}
}

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
	return buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		pdfStream(content.String()),
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
	d := newTestDecoder(t, DecoderConfig{})
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
			doc, err := decodeBytes(t, d, "enc.pdf", body)
			if !errors.Is(err, ErrUnreadablePDF) {
				t.Fatalf("got %v (text %.80q), want %v", err, doc.Text, ErrUnreadablePDF)
			}
			if !strings.Contains(err.Error(), "decode: unreadable text layer (custom font encoding)") && !strings.Contains(err.Error(), "unreadable text layer (custom font encoding)") {
				t.Errorf("error %q does not say why", err)
			}
		})
	}
}

func TestPDFToUnicodeRead(t *testing.T) {
	d := newTestDecoder(t, DecoderConfig{})
	plain := func(r rune) rune { return r }
	for _, tc := range []struct{ name, filter string }{
		{"plain CMap", ""},
		{"hex-encoded CMap", "ASCIIHexDecode"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := encodedFontPDF(qualityParagraph, toUnicodeCMap(plain), tc.filter)
			doc, err := decodeBytes(t, d, "enc.pdf", body)
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
// that says why.
func TestPDFNoGarbageAnywhere(t *testing.T) {
	var files []string
	for _, root := range []string{realworld, "../testdata", "testdata"} {
		_ = filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
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
	d := newTestDecoder(t, DecoderConfig{OCRCommand: "-"})
	for _, p := range files {
		t.Run(filepath.Base(p), func(t *testing.T) {
			doc, err := decodeBytes(t, d, p, readOrSkip(t, p))
			if err != nil {
				for _, known := range []error{ErrUnreadablePDF, ErrImageOnlyPDF, ErrNoTextLayer, ErrEncryptedPDF, ErrMalformedPDF} {
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
				if q, why := pdfMeasureText(doc.Text[start:end]).verdict(); q == pdfTextGarbage {
					t.Errorf("page %d is garbage (%s): %.100q", i+1, why, doc.Text[start:end])
				}
			}
		})
	}
}
