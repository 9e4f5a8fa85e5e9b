package pdf

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/communique/communique/corpus"

	"github.com/communique/communique/corpus/pdf/pdfium"
	"github.com/ledongthuc/pdf"
)

// The second PDF engine and page-by-page repair. ledongthuc/pdf (with the
// interpreter in pdf_content.go) reads every page first: on real files it is
// as complete as PDFium and six times faster (docs/pdf.md). A page whose
// text fails the quality check (pdf_quality.go) is read again by PDFium
// (package corpus/pdf/pdfium); a page with (almost) no text but an image is
// rendered by PDFium and read by OCR (pdf_ocr.go). PDFium starts only when a
// document needs it.

const (
	// pdfOCRDPI is the resolution pages are rendered at for OCR: 200 reads
	// body text as well as 300 (427 against 455 words on the image-only
	// newsletter) at half the pixels.
	pdfOCRDPI = 200
	// pdfMaxGarbageShare is the share of a document's words on pages that
	// stay unreadable from which the document is an error; below it those
	// pages are left out.
	pdfMaxGarbageShare = 0.25
)

// pdfPageState is what the decoder knows of one page.
type pdfPageState struct {
	quality pdfQuality
	why     string
	image   bool // the page draws an image
	ocr     bool // the page's text came from OCR
	reread  bool // the page was replaced by the second engine or OCR
}

// pdfRepair reads again, with the second engine or OCR, the pages that the
// first engine could not read (failed holds its error on a page, if any); it returns the 1-based numbers of the pages
// read by OCR. It returns an error only when the document as a whole stays
// unreadable.
func (d *Decoder) pdfRepair(ctx context.Context, body []byte, leaves []pdf.Page, pages []pdfPage, failed []error) (ocrPages []int, err error) {
	states := make([]pdfPageState, len(pages))
	// words counts each page's words as the first engine read it.
	words := make([]int, len(pages))
	need := false
	for i := range pages {
		s := &states[i]
		st := pdfMeasureText(pdfPageText(pages[i]))
		words[i] = st.words
		s.quality, s.why = st.verdict()
		if failed[i] != nil {
			s.quality = pdfTextGarbage
		}
		switch s.quality {
		case pdfTextGarbage:
			need = true
		case pdfTextSparse:
			s.image = pdfPageHasImage(leaves[i])
			need = need || s.image && d.ocr != nil && d.ocr.Available()
		}
	}
	if need && d.pdfium != nil {
		if err := d.pdfRereadPages(ctx, body, pages, states); err != nil {
			return nil, err
		}
	}
	garbageWords, total := 0, 0
	var why string
	imageOnly := 0
	for i := range pages {
		n := words[i]
		if states[i].reread {
			n = len(strings.Fields(pdfPageText(pages[i])))
		}
		total += n
		switch s := states[i]; {
		case failed[i] != nil && s.quality != pdfTextGood:
			return nil, fmt.Errorf("%w: page %d of %d: %v", corpus.ErrMalformedPDF, i+1, len(pages), failed[i])
		case s.ocr:
			ocrPages = append(ocrPages, i+1)
		case s.quality == pdfTextGarbage:
			garbageWords += n
			why = s.why
			pages[i] = pdfPage{} // never garbage in a record
		case s.quality == pdfTextSparse && s.image:
			imageOnly++
		}
	}
	if garbageWords > 0 && float64(garbageWords) >= pdfMaxGarbageShare*float64(total) {
		return nil, fmt.Errorf("%w: %s", corpus.ErrUnreadablePDF, why)
	}
	if total-garbageWords < minPDFWordsPerPage {
		if imageOnly > 0 {
			return nil, d.pdfImageOnlyError(imageOnly, len(pages))
		}
		return nil, &corpus.NoTextLayerError{Pages: len(pages), Words: total}
	}
	return ocrPages, nil
}

// pdfImageOnlyError says why image-only pages gave no text.
func (d *Decoder) pdfImageOnlyError(n, total int) error {
	if d.ocr == nil || !d.ocr.Available() {
		return fmt.Errorf("%w: install tesseract-ocr for OCR (%d of %d pages)", corpus.ErrImageOnlyPDF, n, total)
	}
	return fmt.Errorf("%w: OCR found no text (%d of %d pages)", corpus.ErrImageOnlyPDF, n, total)
}

// pdfRereadPages opens the document in PDFium and reads the garbage pages
// as characters and the image-only pages by OCR, replacing what reads
// better. A failure of the engine (a trap, a panic, a hang past ctx) leaves
// the pages as they were.
func (d *Decoder) pdfRereadPages(ctx context.Context, body []byte, pages []pdfPage, states []pdfPageState) error {
	doc, err := d.pdfium.Open(ctx, body)
	if err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		return nil // the first engine's reading stands
	}
	defer doc.Close()
	if doc.Pages() != len(pages) {
		return nil // the engines disagree on the page tree: keep the first
	}
	digest := sha256.Sum256(body)
	for i := range pages {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := &states[i]
		switch {
		case s.quality == pdfTextGarbage:
			chars, err := doc.Chars(i)
			if err != nil {
				continue
			}
			pg := pdfLayoutPage(pdfiumGlyphs(chars))
			if q, _ := pdfMeasureText(pdfPageText(pg)).verdict(); q == pdfTextGood {
				pages[i], s.quality, s.reread = pg, q, true
			}
		case s.quality == pdfTextSparse && s.image && d.ocr != nil && d.ocr.Available():
			lines, height, err := d.pdfOCRPageLines(ctx, doc, digest, i)
			if err != nil {
				if cerr := ctx.Err(); cerr != nil {
					return cerr
				}
				continue
			}
			pg := pdfOCRPage(lines, height, pdfOCRDPI)
			if len(pg.lines) > 0 {
				pages[i], s.ocr, s.reread = pg, true, true
				s.quality, _ = pdfMeasureText(pdfPageText(pg)).verdict()
			}
		}
	}
	return nil
}

// pdfOCRPageLines renders page i and reads it by OCR, or takes the lines
// from the cache; height is the rendered image's in pixels.
func (d *Decoder) pdfOCRPageLines(ctx context.Context, doc *pdfium.Doc, digest [32]byte, i int) (lines []pdfOCRLine, height int, err error) {
	k := pdfOCRKey{doc: digest, page: i}
	if l, ok := d.ocrCache.get(k); ok && len(l) > 0 {
		return l[1:], l[0].bottom, nil
	}
	img, err := doc.Render(i, pdfOCRDPI)
	if err != nil {
		return nil, 0, err
	}
	lines, err = d.ocr.Lines(ctx, img)
	if err != nil {
		return nil, 0, err
	}
	pdfOCRInk(lines, img)
	// The first cached line carries the image height.
	d.ocrCache.put(k, append([]pdfOCRLine{{bottom: img.Rect.Dy()}}, lines...))
	return lines, img.Rect.Dy(), nil
}

// pdfiumGlyphs turns PDFium's characters into the layout's glyphs. PDFium
// gives tight glyph boxes, not advances, so a narrow letter would leave a
// gap the layout takes for a space: a glyph followed on its row by another
// (not by one of the spaces PDFium puts between words) is widened to reach
// it. The spaces themselves are left out; the layout finds word gaps.
func pdfiumGlyphs(chars []pdfium.Char) []pdfGlyph {
	out := make([]pdfGlyph, 0, len(chars))
	for i, c := range chars {
		if pdfiumSpace(c) {
			continue
		}
		fs := c.Size
		if fs <= 0 {
			fs = c.Top - c.Bottom
		}
		w := math.Max(c.Right-c.Left, 0)
		if i+1 < len(chars) {
			next := chars[i+1]
			gap := next.Left - c.Right
			if !pdfiumSpace(next) && math.Abs(next.Bottom-c.Bottom) < pdfRowTolerance*fs && gap > 0 && gap < pdfSegmentGap*fs {
				w = next.Left - c.Left
			}
		}
		out = append(out, pdfGlyph{x: c.Left, y: c.Bottom, w: w, fs: fs, s: c.Text, bold: c.Bold})
	}
	return out
}

func pdfiumSpace(c pdfium.Char) bool {
	return strings.TrimFunc(c.Text, unicode.IsSpace) == ""
}

// pdfPageHasImage reports whether the page's resources hold an image,
// directly or in a form XObject (a bounded look).
func pdfPageHasImage(p pdf.Page) (found bool) {
	defer func() {
		if recover() != nil {
			found = false
		}
	}()
	var look func(res pdf.Value, depth int) bool
	look = func(res pdf.Value, depth int) bool {
		xo := res.Key("XObject")
		for _, k := range xo.Keys() {
			x := xo.Key(k)
			switch x.Key("Subtype").Name() {
			case "Image":
				return true
			case "Form":
				if depth < pdfMaxFormDepth && look(x.Key("Resources"), depth+1) {
					return true
				}
			}
		}
		return false
	}
	return look(pdfInherited(p, "Resources"), 0)
}
