package pdf_test

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
	"github.com/communique/communique/internal/pdftest"
)

// realworld is the shared folder of real public documents; tests that use
// it skip when it is absent.
const realworld = "../../../shared/realworld"

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func readPDFFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pdf", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPDFGolden(t *testing.T) {
	d := decodetest.NewDecoder(t, decode.Config{})
	// owner-only.pdf is bulletin.pdf encrypted with an empty user
	// password: it reads the same.
	for name, golden := range map[string]string{"bulletin.pdf": "bulletin", "owner-only.pdf": "bulletin", "notice.pdf": "notice"} {
		t.Run(name, func(t *testing.T) {
			doc, err := decodetest.DecodeBytes(t, d, name, readPDFFixture(t, name))
			if err != nil {
				t.Fatal(err)
			}
			decodetest.CheckGolden(t, filepath.Join("testdata", "pdf", golden+".golden"), decodetest.GoldenDoc(doc), *update)
		})
	}
}

// TestPDFBulletin states what the PDF-level cleanup must do on the
// LibreOffice bulletin, independent of the golden file.
func TestPDFBulletin(t *testing.T) {
	d := decodetest.NewDecoder(t, decode.Config{})
	doc, err := decodetest.DecodeBytes(t, d, "bulletin.pdf", readPDFFixture(t, "bulletin.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != corpus.FormatPDF || doc.Source.ContentType != "application/pdf" {
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
	d := decodetest.NewDecoder(t, decode.Config{})
	doc, err := decodetest.DecodeBytes(t, d, "notice.pdf", readPDFFixture(t, "notice.pdf"))
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
	d := decodetest.NewDecoder(t, decode.Config{KeepPDFChrome: true})
	doc, err := decodetest.DecodeBytes(t, d, "bulletin.pdf", readPDFFixture(t, "bulletin.pdf"))
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
	d := decodetest.NewDecoder(t, decode.Config{OCRCommand: "-"}) // OCR: TestPDFOCRNewsletter
	for _, p := range pdfs {
		t.Run(filepath.Base(p), func(t *testing.T) {
			doc, err := decodetest.DecodeBytes(t, d, p, decodetest.ReadOrSkip(t, p))
			if strings.Contains(p, "Jan-2023") {
				// Image-only: TestPDFOCRNewsletter reads it.
				if err != nil && !errors.Is(err, corpus.ErrImageOnlyPDF) {
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
		doc, err := decodetest.DecodeBytes(t, d, p, decodetest.ReadOrSkip(t, p))
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

// maxFuzzPDF caps the inputs FuzzDecodePDF decodes (larger ones are
// refused by the decoder's own size limit, at once): mutations of small
// files reach the same parser paths, thousands of times faster than
// mutations of whole documents, some of which take seconds each.
const maxFuzzPDF = 4 << 10

func FuzzDecodePDF(f *testing.F) {
	for _, body := range fuzzPDFSeeds() {
		f.Add(body)
	}
	d := decodetest.NewDecoder(f, decode.Config{MaxBytes: maxFuzzPDF})
	f.Fuzz(func(t *testing.T, body []byte) {
		doc, err := d.Decode(context.Background(), corpus.Input{Source: corpus.Source{Path: "f.pdf"}, Body: body})
		if err == nil && doc.Format == corpus.FormatPDF && len(doc.PageStarts) == 0 {
			t.Errorf("PDF without page starts")
		}
	})
}

// BenchmarkDecodePDF decodes the bulletin fixture and, when present, the
// media-release PDFs of the realworld set; with COMMUNIQUE_BENCH_PDF_DIR
// set, every .pdf of that folder instead (scripts/bench-peers.sh's set,
// for a profile of decoding alone).
func BenchmarkDecodePDF(b *testing.B) {
	files := []string{filepath.Join("testdata", "pdf", "bulletin.pdf")}
	dir := os.Getenv("COMMUNIQUE_BENCH_PDF_DIR")
	if dir != "" {
		var err error
		if files, err = filepath.Glob(filepath.Join(dir, "*.pdf")); err != nil || len(files) == 0 {
			b.Fatalf("COMMUNIQUE_BENCH_PDF_DIR %s: no .pdf files (%v)", dir, err)
		}
	}
	for _, p := range []string{
		"mse-sg/files/Joint Media Release - Singapore's Third National Climate Change Study (V3).pdf",
		"mse-sg/files/Media-Release-Presidents-Award-for-the-Environment-2023.pdf",
		"mse-sg/cos2024/Annex C - Media Release on Enhanced Climate Friendly Households Programme.pdf",
	} {
		if _, err := os.Stat(filepath.Join(realworld, p)); err == nil && dir == "" {
			files = append(files, filepath.Join(realworld, p))
		}
	}
	cfg := decode.Config{}
	if dir != "" {
		cfg.OCRCommand = "-" // as scripts/bench-peers.sh runs it
	}
	d := decodetest.NewDecoder(b, cfg)
	var bodies [][]byte
	total, pages := 0, 0
	for _, p := range files {
		body, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := decodetest.DecodeBytes(b, d, p, body)
		if err != nil && dir == "" {
			b.Fatal(err)
		}
		if err != nil {
			continue // a folder may hold PDFs that are errors
		}
		bodies = append(bodies, body)
		total += len(body)
		pages += len(doc.PageStarts)
	}
	ctx := context.Background()
	b.SetBytes(int64(total))
	b.ResetTimer()
	cpu0 := decodetest.ProcessCPUTime()
	for i := 0; i < b.N; i++ {
		for _, body := range bodies {
			if _, err := d.Decode(ctx, corpus.Input{Body: body}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*pages)/b.Elapsed().Seconds(), "pages/s")
	if cpu := decodetest.ProcessCPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N*pages)/cpu.Seconds(), "pages/cpu-s")
	}
}

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
			pdftest.Stream(text), font,
		}, want: "Minister opens the new harbour today."},
		{name: "kids cycle", objs: []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			pdftest.Stream(text), font,
		}, wantErr: corpus.ErrMalformedPDF},
		{name: "parent cycle", objs: []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 6 0 R /Contents 4 0 R >>",
			pdftest.Stream(text), font,
			"<< /Type /Pages /Parent 6 0 R >>",
		}, want: "Minister opens the new harbour today."},
		{name: "form drawing itself", objs: []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>",
			pdftest.Stream(text + " /X Do"), font,
			"<< /Type /XObject /Subtype /Form /Resources << /XObject << /X 6 0 R >> >> /Length 41 >>\nstream\n/X Do /X Do /X Do /X Do /X Do /X Do /X Do\nendstream",
		}, want: "Minister opens the new harbour today."},
		{name: "huge count", objs: []string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			pdftest.Stream(text), font,
		}, want: "Minister opens the new harbour today."},
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			type result struct {
				doc corpus.Doc
				err error
			}
			done := make(chan result, 1)
			go func() {
				doc, err := d.Decode(context.Background(), corpus.Input{Body: pdftest.Build(tt.objs)})
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

// TestPDFBulletinArticles checks that the bulletin fixture, whose four
// sections start with "TOPIC N: headline" in bold on a page of their own,
// yields one article per section, titled without the marker.
func TestPDFBulletinArticles(t *testing.T) {
	d, err := decode.New(decode.Config{})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := d.Decode(t.Context(), corpus.Input{Body: readPDFFixture(t, "bulletin.pdf")})
	if err != nil {
		t.Fatal(err)
	}
	c, err := clean.New(clean.Config{})
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
