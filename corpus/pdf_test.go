package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/internal/pdftest"
)

func readPDFFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pdf", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPDFGolden(t *testing.T) {
	d := newTestDecoder(t, DecoderConfig{})
	// owner-only.pdf is bulletin.pdf encrypted with an empty user
	// password: it reads the same.
	for name, golden := range map[string]string{"bulletin.pdf": "bulletin", "owner-only.pdf": "bulletin", "notice.pdf": "notice"} {
		t.Run(name, func(t *testing.T) {
			doc, err := decodeBytes(t, d, name, readPDFFixture(t, name))
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "pdf", golden+".golden"), goldenDoc(doc))
		})
	}
}

// TestPDFBulletin states what the PDF-level cleanup must do on the
// LibreOffice bulletin, independent of the golden file.
func TestPDFBulletin(t *testing.T) {
	d := newTestDecoder(t, DecoderConfig{})
	doc, err := decodeBytes(t, d, "bulletin.pdf", readPDFFixture(t, "bulletin.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatPDF || doc.Source.ContentType != "application/pdf" {
		t.Errorf("got format %q type %q", doc.Format, doc.Source.ContentType)
	}
	if len(doc.PageStarts) != 4 || doc.PageStarts[0] != 0 {
		t.Fatalf("got page starts %v, want 4 starting at 0", doc.PageStarts)
	}
	for i, want := range []string{"Coastal Affairs Bulletin", "TOPIC 2: Funding", "TOPIC 3: Regional", "TOPIC 4: Upcoming"} {
		if got := doc.Text[doc.PageStarts[i]:]; !strings.HasPrefix(got, want) {
			t.Errorf("page %d starts with %.40q, want %q", i+1, got, want)
		}
	}
	for _, drop := range []string{"Page 1 of 4", "Page 4 of 4", "Issue 12 | March 2024", "....", "Contents\n"} {
		if strings.Contains(doc.Text, drop) {
			t.Errorf("text keeps %q", drop)
		}
	}
	keep := []string{
		// Hyphenated line breaks re-joined, compounds kept.
		"linked to the national meteorological service.",
		"committed to evidence-based policymaking",
		"the University of Westbrook welcomed",
		"co-financing for the construction",
		// Numbered paragraphs on their own lines, wrapped lines joined.
		"\n\n1. The Ministry of Coastal Affairs announced today a comprehensive programme to strengthen the resilience",
		"\n\n8. Representatives of the National Fisheries Cooperative",
	}
	for _, k := range keep {
		if !strings.Contains(doc.Text, k) {
			t.Errorf("text lacks %q", k)
		}
	}
	// The two-column section is read column by column: its six
	// paragraphs come in order, each whole.
	cols := []string{
		"The ministers of the Northern Coastal Partnership met in Port Elwin on 12 March 2024 to review progress under the joint action plan adopted last year.",
		"They agreed to establish a shared data platform for tide gauges and to harmonise the methodology for assessing shoreline retreat across the partnership.",
		"The meeting also welcomed the accession of the Republic of Vanholm, whose delegation was led by Deputy Minister Jonas Ekberg.",
		"Participants noted that adaptation finance should prioritise the most vulnerable communities and that women and young people should be involved in planning.",
		"A working group on nature-based solutions will report to the next ministerial meeting, scheduled for the second half of 2025 in Westbrook.",
		"The partnership secretariat will prepare guidance on procurement for adaptive infrastructure and circulate it to members before the summer recess.",
	}
	page3 := doc.Text[doc.PageStarts[2]:doc.PageStarts[3]]
	if want := strings.Join(cols, "\n\n"); !strings.Contains(page3, want) {
		t.Errorf("two-column page not read column by column:\n%s", page3)
	}
}

// TestPDFNotice checks a PDF from another producer (groff and
// ghostscript): ligatures, a "- 2 -" page header, lettered items.
func TestPDFNotice(t *testing.T) {
	d := newTestDecoder(t, DecoderConfig{})
	doc, err := decodeBytes(t, d, "notice.pdf", readPDFFixture(t, "notice.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{
		"Office of the Secretary",
		"Released 2 October 2017. The Regional Water Board met in Lakeport on Tuesday, October 10, and Wednesday, October 11, 2017,",
		"\n\n(a) Abstraction limits will be reviewed quarterly by the technical committee, which reports to the Board.\n\n(b) Emergency",
		"take precedence over agricultural permits during declared droughts.",
		"a period of five years, subject to the installation of certified flow meters",
		"\n\n4. Annex: attendance\n\n",
	} {
		if !strings.Contains(doc.Text, k) {
			t.Errorf("text lacks %q", k)
		}
	}
	for _, k := range []string{"-2-", "\ufb01", "\ufb02"} {
		if strings.Contains(doc.Text, k) {
			t.Errorf("text keeps %q", k)
		}
	}
	if len(doc.PageStarts) != 2 || !strings.HasPrefix(doc.Text[doc.PageStarts[1]:], "4. Annex") {
		t.Errorf("got page starts %v, want page 2 at the annex", doc.PageStarts)
	}
}

func TestPDFKeepChrome(t *testing.T) {
	d := newTestDecoder(t, DecoderConfig{KeepPDFChrome: true})
	doc, err := decodeBytes(t, d, "bulletin.pdf", readPDFFixture(t, "bulletin.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"Page 1 of 4", "Coastal Affairs Bulletin | Issue 12 | March 2024", "national me-\nteorological"} {
		if !strings.Contains(doc.Text, k) {
			t.Errorf("with KeepPDFChrome, text lacks %q", k)
		}
	}
}

func TestPDFRealworld(t *testing.T) {
	pdfs, _ := filepath.Glob(filepath.Join(realworld, "mse-sg", "*", "*.pdf"))
	more, _ := filepath.Glob(filepath.Join(realworld, "mse-sg", "*", "*", "*.pdf"))
	pdfs = append(pdfs, more...)
	if len(pdfs) == 0 {
		t.Skip("mse-sg PDFs not present")
	}
	d := newTestDecoder(t, DecoderConfig{OCRCommand: "-"}) // OCR: TestPDFOCRNewsletter
	for _, p := range pdfs {
		t.Run(filepath.Base(p), func(t *testing.T) {
			doc, err := decodeBytes(t, d, p, readOrSkip(t, p))
			if strings.Contains(p, "Jan-2023") {
				// Image-only: TestPDFOCRNewsletter reads it.
				if err != nil && !errors.Is(err, ErrImageOnlyPDF) {
					t.Fatalf("got %v, want text by OCR or an image-only error", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.PageStarts) == 0 || len(doc.Text) < 1000 {
				t.Errorf("got %d pages, %d bytes", len(doc.PageStarts), len(doc.Text))
			}
			if strings.ContainsRune(doc.Text, '\ufffd') {
				t.Errorf("text has replacement characters")
			}
		})
	}
	t.Run("joint release reading order", func(t *testing.T) {
		p := filepath.Join(realworld, "mse-sg", "files", "Joint Media Release - Singapore's Third National Climate Change Study (V3).pdf")
		doc, err := decodeBytes(t, d, p, readOrSkip(t, p))
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{
			"Singapore’s Third National Climate Change Study",
			"Singapore, 05 January 2024 – The Centre for Climate Research Singapore (CCRS), under the Meteorological Service Singapore, has released",
			"\n\n2 V3 updates Singapore's national climate change projections from the previous study (V2) released by CCRS in 2015.",
		} {
			if !strings.Contains(doc.Text, k) {
				t.Errorf("text lacks %q", k)
			}
		}
		// Footnotes move after the text: they must not sit between the
		// numbered paragraphs, where they would read as items.
		note, annex := strings.Index(doc.Text, "Key findings of the V3 study"), strings.Index(doc.Text, "ANNEX B")
		if note < 0 || annex < 0 || note < annex {
			t.Errorf("footnote at %d, want after the last annex (at %d)", note, annex)
		}
	})
}

func TestPDFAppendJoined(t *testing.T) {
	words := map[string]bool{"westbrook": true, "e-mail": true}
	tests := []struct{ para, next, want string }{
		{"the national me-", "teorological service", "the national meteorological service"},
		{"University of West-", "brook welcomed", "University of Westbrook welcomed"},
		{"committed to evidence-", "based policymaking", "committed to evidence-based policymaking"},
		{"send an e-", "mail today", "send an e-mail today"},
		{"the Asia-", "Pacific region", "the Asia-Pacific region"},
		{"COVID-", "19 measures", "COVID-19 measures"},
		{"soft\u00ad", "ware", "software"},
		{"ends here", "next line", "ends here next line"},
		{"a dash -", "then", "a dash - then"},
		{"meeting of the U.S.-", "Japan Policy", "meeting of the U.S.-Japan Policy"},
		{"Question 22-", "1 / 1", "Question 22-1 / 1"},
		{"in 2012 -", "2013", "in 2012 - 2013"},
	}
	for _, tt := range tests {
		t.Run(tt.para, func(t *testing.T) {
			if got := string(pdfAppendJoined([]byte(tt.para), tt.next, words)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPDFJunkTitle(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Microsoft Word - Media Release final v3.docx", true}, {"untitled", true}, {"press_release.pdf", true},
		{"Document1", true}, {"Joint Media Release on the Third National Climate Change Study", false},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := pdfJunkTitle(tt.title); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPDFPageNumberLines(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"7", true}, {"- 7 -", true}, {"Page 3 of 7", true}, {"page 3", true}, {"3 / 7", true}, {"iv", true},
		{"1. Introduction", false}, {"2024 Annual Report", false}, {"Page Top", false}, {"(1)", false}, {"2024", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := pdfPageNumberRE.MatchString(tt.line) && pdfIsPageNumber(tt.line, 7); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPDFXYCut lays out synthetic glyph rows: a full-width title above two
// columns must read title, left column, right column.
func TestPDFXYCut(t *testing.T) {
	var glyphs []pdfGlyph
	word := func(x, y float64, s string) {
		for i, r := range s {
			glyphs = append(glyphs, pdfGlyph{x: x + float64(i)*6, y: y, w: 6, fs: 10, s: string(r)})
		}
	}
	word(72, 760, "A TITLE THAT SPANS THE WHOLE WIDTH OF THE PAGE ABOVE THE COLUMNS")
	for i := 0; i < 5; i++ {
		y := 720 - float64(i)*12
		word(72, y, "left column line text")
		word(320, y, "right column line text")
	}
	pg := pdfLayoutPage(glyphs)
	var got []string
	for _, l := range pg.lines {
		got = append(got, l.text)
	}
	want := []string{"A TITLE THAT SPANS THE WHOLE WIDTH OF THE PAGE ABOVE THE COLUMNS"}
	for i := 0; i < 5; i++ {
		want = append(want, "left column line text")
	}
	for i := 0; i < 5; i++ {
		want = append(want, "right column line text")
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// maxFuzzPDF caps the inputs FuzzDecodePDF decodes (larger ones are
// refused by the decoder's own size limit, at once): mutations of small
// files reach the same parser paths, thousands of times faster than
// mutations of whole documents, some of which take seconds each.
const maxFuzzPDF = 4 << 10

func FuzzDecodePDF(f *testing.F) {
	for _, body := range fuzzPDFSeeds() {
		f.Add(body)
	}
	d := newTestDecoder(f, DecoderConfig{MaxBytes: maxFuzzPDF})
	f.Fuzz(func(t *testing.T, body []byte) {
		doc, err := d.Decode(context.Background(), Input{Source: Source{Path: "f.pdf"}, Body: body})
		if err == nil && doc.Format == FormatPDF && len(doc.PageStarts) == 0 {
			t.Errorf("PDF without page starts")
		}
	})
}

// BenchmarkDecodePDF decodes the bulletin fixture and, when present, the
// media-release PDFs of the realworld set.
func BenchmarkDecodePDF(b *testing.B) {
	files := []string{filepath.Join("testdata", "pdf", "bulletin.pdf")}
	for _, p := range []string{
		"mse-sg/files/Joint Media Release - Singapore's Third National Climate Change Study (V3).pdf",
		"mse-sg/files/Media-Release-Presidents-Award-for-the-Environment-2023.pdf",
		"mse-sg/cos2024/Annex C - Media Release on Enhanced Climate Friendly Households Programme.pdf",
	} {
		if _, err := os.Stat(filepath.Join(realworld, p)); err == nil {
			files = append(files, filepath.Join(realworld, p))
		}
	}
	d := newTestDecoder(b, DecoderConfig{})
	var bodies [][]byte
	total, pages := 0, 0
	for _, p := range files {
		body, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := decodeBytes(b, d, p, body)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, body)
		total += len(body)
		pages += len(doc.PageStarts)
	}
	ctx := context.Background()
	b.SetBytes(int64(total))
	b.ResetTimer()
	cpu0 := processCPUTime()
	for i := 0; i < b.N; i++ {
		for _, body := range bodies {
			if _, err := d.Decode(ctx, Input{Body: body}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*pages)/b.Elapsed().Seconds(), "pages/s")
	if cpu := processCPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N*pages)/cpu.Seconds(), "pages/cpu-s")
	}
}

// buildPDF assembles a PDF from object bodies (object i+1 is objs[i]).
func buildPDF(objs []string) []byte { return pdftest.Build(objs) }

func pdfStream(s string) string { return pdftest.Stream(s) }

// TestPDFHostileTrees decodes hand-made PDFs whose page tree or page
// parents loop back on themselves: each must end, with an error or text.
func TestPDFHostileTrees(t *testing.T) {
	text := "BT /F1 12 Tf 72 700 Td (" + strings.Repeat("Minister opens the new harbour today. ", 8) + ") Tj ET"
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
	tests := []struct {
		name    string
		objs    []string
		wantErr error
		want    string
	}{
		{name: "plain", objs: []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			pdfStream(text), font,
		}, want: "Minister opens the new harbour today."},
		{name: "kids cycle", objs: []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			pdfStream(text), font,
		}, wantErr: ErrMalformedPDF},
		{name: "parent cycle", objs: []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 6 0 R /Contents 4 0 R >>",
			pdfStream(text), font,
			"<< /Type /Pages /Parent 6 0 R >>",
		}, want: "Minister opens the new harbour today."},
		{name: "form drawing itself", objs: []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>",
			pdfStream(text + " /X Do"), font,
			"<< /Type /XObject /Subtype /Form /Resources << /XObject << /X 6 0 R >> >> /Length 41 >>\nstream\n/X Do /X Do /X Do /X Do /X Do /X Do /X Do\nendstream",
		}, want: "Minister opens the new harbour today."},
		{name: "huge count", objs: []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			pdfStream(text), font,
		}, want: "Minister opens the new harbour today."},
	}
	d := newTestDecoder(t, DecoderConfig{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			type result struct {
				doc Doc
				err error
			}
			done := make(chan result, 1)
			go func() {
				doc, err := d.Decode(context.Background(), Input{Body: buildPDF(tt.objs)})
				done <- result{doc, err}
			}()
			select {
			case r := <-done:
				if tt.wantErr != nil {
					if !errors.Is(r.err, tt.wantErr) {
						t.Fatalf("got error %v, want %v", r.err, tt.wantErr)
					}
					return
				}
				if r.err != nil {
					t.Fatal(r.err)
				}
				if !strings.Contains(r.doc.Text, tt.want) {
					t.Errorf("got %q, want it to contain %q", r.doc.Text, tt.want)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("decoding did not end")
			}
		})
	}
}

func TestPDFHeadingBeforeNumbered(t *testing.T) {
	cases := []struct {
		prev, cur string
		want      bool
	}{
		{"Shoring up coastal protection", "3 To protect Singapore from the threat of sea-level rise, PUB has", true},
		{"Strengthening Resilience of Food Supply and Safety", "5 The Singapore Food Agency (SFA) is committed to building", true},
		{"The scheme will reach a total of", "2 Million households from April, officials said.", false},
		{"Households will receive vouchers worth about", "300 Dollars each under the enhanced programme.", false},
		{"Shoring up coastal protection.", "3 To protect Singapore from the threat of sea-level rise, PUB has", false},
		{"Shoring up coastal protection", "To protect Singapore from the threat of sea-level rise, PUB has", false},
		{"Shoring up coastal protection", "3 million people live near the coast, and the agency plans to", false},
		{"these plans were set out in the budget and the agency will", "3 To protect", false},
	}
	for _, tc := range cases {
		t.Run(tc.prev+"/"+tc.cur, func(t *testing.T) {
			if got := pdfHeadingBeforeNumbered(tc.prev, tc.cur); got != tc.want {
				t.Errorf("pdfHeadingBeforeNumbered(%q, %q) = %v, want %v", tc.prev, tc.cur, got, tc.want)
			}
		})
	}
}

// TestPDFJoinAcrossBlocks checks that a gap wider than the line spacing
// ends a paragraph between XY-cut blocks, and that lines of one paragraph
// split into two blocks still join.
func TestPDFJoinAcrossBlocks(t *testing.T) {
	line := func(text string, block int, y float64) pdfLine {
		return pdfLine{text: text, x0: 71, x1: 527, y: y, fs: 11, block: block}
	}
	cases := []struct {
		name  string
		lines []pdfLine
		want  int // paragraphs
	}{
		{"subtitle above dateline", []pdfLine{
			{text: "Everyone can play a part in building a resilient nation", x0: 129, x1: 469, y: 710, fs: 11, block: 0},
			line("7 MARCH 2022 – During the debates on 7 March 2022, the Minister and the", 1, 681),
			line("Senior Minister of State spoke on the key initiatives of the ministry.", 1, 668)}, 2},
		{"paragraph over two blocks", []pdfLine{
			line("2 As a small, island city-state with no natural resources and limited land, climate", 0, 618),
			line("change is an existential challenge for Singapore, with potential impact such as", 1, 605),
			line("sea-level rise and extreme weather events that disrupt flows of resources.", 1, 593)}, 1},
		{"heading above numbered paragraph", []pdfLine{
			{text: "Closing our resource loops", x0: 71, x1: 205, y: 403, fs: 11, block: 0},
			line("4 Singapore has adopted a circular economy approach to reduce waste, maximise the", 1, 391),
			line("value of resources and strengthen our resource resilience in the long term.", 1, 378)}, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pdfJoinLines(tc.lines, nil); len(got) != tc.want {
				t.Errorf("got %d paragraphs %q, want %d", len(got), got, tc.want)
			}
		})
	}
}

// TestPDFColumnRightIgnoresStrays checks that a column's right edge is
// where its lines end, not where a full-width line far away, a line of the
// next column touching its edge or one line run into a caption ends.
func TestPDFColumnRightIgnoresStrays(t *testing.T) {
	col := func(text string, y float64) pdfLine { return pdfLine{text: text, x0: 22, x1: 277, y: y, fs: 9} }
	lines := []pdfLine{
		{text: "A full-width paragraph at the top of the tall page runs right across it.", x0: 20, x1: 525, y: 2400, fs: 9},
		col("On 27 July 2023, the university’s associate professor", 953),
		col("was elected as co-chair of the working group on", 942),
		{text: "Read the speech here.", x0: 275, x1: 446, y: 940, fs: 9},
		{text: "the findings of the report. in Nairobi, Kenya.", x0: 22, x1: 436, y: 931, fs: 9},
		col("With the election, the professor will work closely", 920),
	}
	if got := pdfColumnRight(lines, 1); got != 277 {
		t.Errorf("got right edge %v, want 277", got)
	}
	if got := pdfJoinLines(lines[1:3], nil); len(got) != 1 {
		t.Errorf("got %d paragraphs %q, want the two column lines joined", len(got), got)
	}
}

// TestPDFXYCutFooterAcrossGutter checks that a centred page number under
// two columns of unequal length does not make the columns read as bands:
// the left column's last paragraph, below the right column's end and past
// a gap wider than the one above the footer, stays in the left column.
func TestPDFXYCutFooterAcrossGutter(t *testing.T) {
	var glyphs []pdfGlyph
	word := func(x, y, fs float64, s string) {
		for i, r := range s {
			glyphs = append(glyphs, pdfGlyph{x: x + float64(i)*0.6*fs, y: y, w: 0.6 * fs, fs: fs, s: string(r)})
		}
	}
	y := 760.0
	for i := 0; i < 8; i++ {
		if i < 6 {
			word(72, y-float64(i)*12, 10, "left column first part")
		}
		word(320, y-float64(i)*12, 10, "right column text")
	}
	for i := 0; i < 3; i++ {
		word(72, 640-float64(i)*12, 10, "left column last part")
	}
	word(170, 590, 8, "Page 2 of 2 | Bulletin of the Ministry")
	pg := pdfLayoutPage(glyphs)
	var got []string
	for _, l := range pg.lines {
		got = append(got, l.text)
	}
	var want []string
	for i := 0; i < 6; i++ {
		want = append(want, "left column first part")
	}
	for i := 0; i < 3; i++ {
		want = append(want, "left column last part")
	}
	for i := 0; i < 8; i++ {
		want = append(want, "right column text")
	}
	want = append(want, "Page 2 of 2 | Bulletin of the Ministry")
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPDFJoinHeadlinesAndMastheads checks paragraph joining of lines in
// large or centred type.
func TestPDFJoinHeadlinesAndMastheads(t *testing.T) {
	body := func(text string, y float64) pdfLine {
		return pdfLine{text: text, x0: 62.5, x1: 532, y: y, fs: 10}
	}
	cases := []struct {
		name  string
		lines []pdfLine
		want  []string
	}{
		{"headline wrapped in large type", []pdfLine{
			{text: "Results of 10th Japan-ASEAN Information Security", x0: 62.5, x1: 491.4, y: 531.1, fs: 15, bold: true},
			{text: "Policy Meeting", x0: 62.5, x1: 186.8, y: 513.7, fs: 15, bold: true},
			body("The 10th Japan-ASEAN Information Security Policy Meeting (hereinafter referred to as", 492.4),
			body("the Policy Meeting) was held in Singapore on Tuesday, October 10, and Wednesday, October", 480.7),
			body("11, 2017.", 469.1)},
			[]string{"Results of 10th Japan-ASEAN Information Security Policy Meeting",
				"The 10th Japan-ASEAN Information Security Policy Meeting (hereinafter referred to as the Policy Meeting) was held in Singapore on Tuesday, October 10, and Wednesday, October 11, 2017."}},
		{"headline broken by hand keeps its line breaks, except after a connector", []pdfLine{
			{text: "Joint Press Statement for the", x0: 62.5, x1: 309.8, y: 770.4, fs: 15, bold: true},
			{text: "U.S.-Japan Policy Cooperation", x0: 62.5, x1: 314.1, y: 750.1, fs: 15, bold: true},
			{text: "The Third Director General-Level Meeting", x0: 62.5, x1: 413.3, y: 729.8, fs: 15, bold: true},
			body("On March 22 and 23, 2012, the third Director General-level meeting of the dialogue", 700),
			body("was held in Tokyo.", 688)},
			[]string{"Joint Press Statement for the U.S.-Japan Policy Cooperation\nThe Third Director General-Level Meeting",
				"On March 22 and 23, 2012, the third Director General-level meeting of the dialogue was held in Tokyo."}},
		{"centred masthead lines", []pdfLine{
			{text: "Newsletter of the Ministry of Internal Affairs and Communications(MIC), Japan", x0: 83.9, x1: 511.2, y: 733.4, fs: 11},
			{text: "Vol. 28 No.5 Oct 31, 2017", x0: 227.2, x1: 368.2, y: 720.6, fs: 11},
			body("A body line sets the width of the page's text block across the whole column here.", 700)},
			[]string{"Newsletter of the Ministry of Internal Affairs and Communications(MIC), Japan", "Vol. 28 No.5 Oct 31, 2017",
				"A body line sets the width of the page's text block across the whole column here."}},
		{"dateline above columns", []pdfLine{
			{text: "March 23, 2012", x0: 62.5, x1: 143.1, y: 693.9, fs: 10, block: 0},
			{text: "On March 22 and 23, 2012, the third", x0: 62.5, x1: 286.1, y: 670.9, fs: 10, block: 1},
			{text: "Director General-level meeting of the", x0: 62.5, x1: 286.1, y: 659.2, fs: 10, block: 1},
			{text: "dialogue was held in Tokyo.", x0: 62.5, x1: 200, y: 647.6, fs: 10, block: 1}},
			[]string{"March 23, 2012", "On March 22 and 23, 2012, the third Director General-level meeting of the dialogue was held in Tokyo."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pdfJoinLines(tc.lines, nil); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPDFDropRunningLines checks running headers and footers: a header
// whose second part names the current article (different on every page),
// page-number footers, and body lines that stay.
func TestPDFDropRunningLines(t *testing.T) {
	titles := []string{"Results of the Policy Meeting", "Outcome of the ICT Dialogue", "Regional Cooperation Update", "Upcoming Events"}
	var pages []pdfPage
	for i, title := range titles {
		pages = append(pages, pdfPage{lines: []pdfLine{
			{text: "Communications News Vol. 28 No.5 | " + title, y: 800},
			{text: "Body line one of page " + title, y: 760},
			{text: "Body line two - with a dash " + title, y: 748},
			{text: "Body line three " + title, y: 736},
			{text: "Body line four " + title, y: 724},
			{text: "Body line five " + title, y: 712},
			{text: "Body line six " + title, y: 700},
			{text: fmt.Sprintf("Page %d of %d", i+1, len(titles)), y: 40},
		}})
	}
	pdfDropRunningLines(pages)
	for i, pg := range pages {
		var got []string
		for _, l := range pg.lines {
			got = append(got, l.text)
		}
		var want []string
		for _, b := range []string{"Body line one of page", "Body line two - with a dash", "Body line three", "Body line four", "Body line five", "Body line six"} {
			want = append(want, b+" "+titles[i])
		}
		if !slices.Equal(got, want) {
			t.Errorf("page %d: got %q, want %q", i+1, got, want)
		}
	}
}

// TestPDFBulletinArticles checks that the bulletin fixture, whose four
// sections start with "TOPIC N: headline" in bold on a page of their own,
// yields one article per section, titled without the marker.
func TestPDFBulletinArticles(t *testing.T) {
	d, err := NewDecoder(DecoderConfig{})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := d.Decode(t.Context(), Input{Body: readPDFFixture(t, "bulletin.pdf")})
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCleaner(CleanerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	arts, err := c.Clean(t.Context(), doc)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range arts {
		got = append(got, a.Title)
	}
	want := []string{"Resilience programme launched", "Funding for municipalities", "Regional cooperation", "Upcoming events"}
	if !slices.Equal(got, want) {
		t.Errorf("titles: got %q, want %q", got, want)
	}
}
