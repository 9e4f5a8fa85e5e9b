// Package pdf owns PDF decoding: each page's glyphs are laid out into
// lines in reading order, running headers and footers, page numbers and
// contents lines are removed, wrapped lines joined and headings found by
// type size, giving a corpus.Doc with page starts. Pages the first reader
// (github.com/ledongthuc/pdf) gets wrong are read again by PDFium
// (corpus/pdf/pdfium), and image-only pages by OCR (tesseract).
package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/communique/communique/corpus"

	"github.com/ledongthuc/pdf"

	"github.com/communique/communique/corpus/pdf/pdfium"
)

// PDF decoding with github.com/ledongthuc/pdf: each page's glyphs are laid
// out into lines in reading order (pdf_layout.go), then running headers and
// footers, page numbers and dot-leader contents lines are removed and
// wrapped lines joined into paragraphs (pdf_clean.go). The library panics on
// some malformed files; every panic becomes a corpus.ErrMalformedPDF error.

const (
	// minPDFWordsPerPage is the number of readable words below which a
	// PDF has no usable text layer: a scan, or pages of images with a
	// caption or two (image pages are then read by OCR).
	minPDFWordsPerPage = 20
	// pdfVersionOffset is where the minor version digit sits in "%PDF-1.x".
	pdfVersionOffset = 7
	// pdfMinObjectBytes is the least an object takes in a file
	// ("1 0 obj null endobj" is 19; compressed object streams hold more).
	pdfMinObjectBytes = 4
)

// Config configures a Decoder. The zero value is ready to use.
type Config struct {
	// KeepChrome turns PDF-level cleanup off: running headers and
	// footers, page numbers and dot-leader table-of-contents lines are
	// kept and wrapped lines are not joined into paragraphs.
	KeepChrome bool
	// OCRCommand is the tesseract command run on pages that are images
	// without text: "" looks "tesseract" up on PATH, "-" turns OCR off
	// (such pages then make an error that says so).
	OCRCommand string
	// Engines bounds the documents the second PDF engine (PDFium) reads
	// at once, one WebAssembly instance each; 0 means 2.
	Engines int
}

// Decoder decodes PDF documents. It is safe for concurrent use.
type Decoder struct {
	cfg Config
	// pdfium is the second PDF engine, started on first use; ocr reads
	// image-only pages.
	pdfium   *pdfium.Engine
	ocr      pdfOCR
	ocrCache *pdfOCRCache
}

// New returns a ready Decoder.
func New(cfg Config) *Decoder {
	engines := cfg.Engines
	if engines <= 0 {
		engines = 2
	}
	return &Decoder{cfg: cfg, pdfium: pdfium.New(pdfium.Config{Workers: engines}),
		ocr: newTesseractOCR(cfg.OCRCommand), ocrCache: &pdfOCRCache{}}
}

// Close releases the second PDF engine, if it was started. The Decoder
// must not be used afterwards.
func (d *Decoder) Close() error {
	return d.pdfium.Close()
}

// Decode fills doc.Text, doc.PageStarts, doc.Headings and doc.Meta from
// body. Failures wrap corpus.ErrMalformedPDF, corpus.ErrEncryptedPDF,
// corpus.ErrNoTextLayer, corpus.ErrUnreadablePDF or corpus.ErrImageOnlyPDF.
func (d *Decoder) Decode(ctx context.Context, body []byte, doc *corpus.Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", corpus.ErrMalformedPDF, r)
		}
	}()
	body, err = pdfPrepare(body)
	if err != nil {
		return err
	}
	if err := pdfCheckSizes(body); err != nil {
		return err
	}
	r, err := pdf.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		return pdfOpenError(body, err)
	}
	leaves, err := pdfPageTree(r, len(body))
	if err != nil {
		return err
	}
	n := len(leaves)
	pages := make([]pdfPage, n)
	// failed holds the first engine's error on each page it could not
	// read (an unsupported filter, a library panic): PDFium tries those.
	failed := make([]error, n)
	dr := getPDFDocReader()
	defer putPDFDocReader(dr)
	for i, leaf := range leaves {
		if err := ctx.Err(); err != nil {
			return err
		}
		pages[i], failed[i] = pdfReadPage(leaf, dr)
	}
	ocrPages, err := d.pdfRepair(ctx, body, leaves, pages, failed)
	if err != nil {
		return err
	}
	doc.Source.OCRPages = ocrPages
	doc.Text, doc.PageStarts, doc.Headings = pdfAssemble(pages, !d.cfg.KeepChrome)
	doc.Meta = pdfReadMeta(r)
	return nil
}

// pdfPrepare trims bytes before the %PDF- header and after the last %%EOF
// (both common in downloads), and presents PDF 2.0 files as 1.7 because the
// library checks the header version and reads 2.0 files fine otherwise.
func pdfPrepare(body []byte) ([]byte, error) {
	start := bytes.Index(body, []byte("%PDF-"))
	if start < 0 {
		return nil, fmt.Errorf("%w: no %%PDF- header", corpus.ErrMalformedPDF)
	}
	body = body[start:]
	end := bytes.LastIndex(body, []byte("%%EOF"))
	if end < 0 {
		return nil, fmt.Errorf("%w: truncated (no %%%%EOF marker)", corpus.ErrMalformedPDF)
	}
	body = body[:end+len("%%EOF")]
	if len(body) > pdfVersionOffset+1 && !pdfHeaderOK(body) {
		// Copy before patching: body belongs to the caller.
		patched := make([]byte, len(body))
		copy(patched, body)
		copy(patched[len("%PDF-"):], "1.")
		if c := patched[pdfVersionOffset]; c < '0' || c > '7' {
			patched[pdfVersionOffset] = '7'
		}
		if c := patched[pdfVersionOffset+1]; c != '\r' && c != '\n' {
			// "%PDF-1.4 %âãÏÓ" on one line: the library wants a line end.
			patched[pdfVersionOffset+1] = '\n'
		}
		body = patched
	}
	return body, nil
}

// pdfHeaderOK reports whether body starts the way the library
// requires: "%PDF-1." a digit 0-7 and a line end.
func pdfHeaderOK(body []byte) bool {
	v, end := body[pdfVersionOffset], body[pdfVersionOffset+1]
	return bytes.HasPrefix(body, []byte("%PDF-1.")) && v >= '0' && v <= '7' && (end == '\r' || end == '\n')
}

// pdfSizeRE finds the object counts of cross-reference sections.
var pdfSizeRE = regexp.MustCompile(`/Size\s+(\d{1,19})`)

// pdfCheckSizes rejects object counts larger than the file could hold:
// the library allocates its cross-reference table from /Size, so a
// corrupt or hostile count would take gigabytes.
func pdfCheckSizes(body []byte) error {
	for _, m := range pdfSizeRE.FindAllSubmatch(body, -1) {
		n, err := strconv.ParseInt(string(m[1]), 10, 64)
		if err != nil || n > int64(len(body))/pdfMinObjectBytes+16 {
			return fmt.Errorf("%w: cross-reference size %s out of range", corpus.ErrMalformedPDF, m[1])
		}
	}
	return nil
}

// pdfOpenError maps the library's open errors to ours.
func pdfOpenError(body []byte, err error) error {
	msg := strings.TrimPrefix(strings.TrimPrefix(err.Error(), "malformed PDF: "), "malformed PDF file: ")
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword):
		return fmt.Errorf("%w: a password is required", corpus.ErrEncryptedPDF)
	case strings.Contains(msg, "encrypt") && pdfHasEncryptDict(body):
		return fmt.Errorf("%w: %v", corpus.ErrEncryptedPDF, msg)
	}
	return fmt.Errorf("%w: %v", corpus.ErrMalformedPDF, msg)
}

// pdfHasEncryptDict reports whether the trailer names an /Encrypt dictionary.
func pdfHasEncryptDict(body []byte) bool {
	tail := body
	if len(tail) > 4096 {
		tail = tail[len(tail)-4096:]
	}
	return bytes.Contains(tail, []byte("/Encrypt"))
}

// pdfReadPage lays out one page, read with what the document's pages
// share (pdfDocReader); a panic inside the library on this page becomes
// an error.
func pdfReadPage(p pdf.Page, doc *pdfDocReader) (pg pdfPage, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("%v", x)
		}
	}()
	if p.V.IsNull() {
		return pdfPage{}, nil
	}
	return pdfLayoutPage(pdfPageGlyphs(p, doc)), nil
}

const (
	// pdfMaxTreeDepth bounds the depth of the page tree (real files
	// have a handful of levels).
	pdfMaxTreeDepth = 64
	// pdfMinPageBytes is the least a page takes in a file, compressed:
	// a bound on the pages and tree nodes a file of a given size can hold.
	pdfMinPageBytes = 4
)

// pdfPageTree returns the document's pages in order by walking the page
// tree once. The walk is bounded by the file's size, so that a tree whose
// /Kids lead back to an ancestor (which sends the library's Page into an
// endless loop) or a bogus /Count ends in an error.
func pdfPageTree(r *pdf.Reader, size int) ([]pdf.Page, error) {
	budget := size/pdfMinPageBytes + 64
	var pages []pdf.Page
	var walk func(v pdf.Value, depth int) error
	walk = func(v pdf.Value, depth int) error {
		budget--
		if budget < 0 || depth > pdfMaxTreeDepth {
			return fmt.Errorf("%w: page tree is cyclic or too deep", corpus.ErrMalformedPDF)
		}
		kids := v.Key("Kids")
		if v.Key("Type").Name() == "Pages" || v.Key("Type").Name() == "" && kids.Kind() == pdf.Array {
			for i := 0; i < kids.Len(); i++ {
				if err := walk(kids.Index(i), depth+1); err != nil {
					return err
				}
			}
			return nil
		}
		if !v.IsNull() {
			pages = append(pages, pdf.Page{V: v})
		}
		return nil
	}
	if err := walk(r.Trailer().Key("Root").Key("Pages"), 0); err != nil {
		return nil, err
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%w: no pages", corpus.ErrMalformedPDF)
	}
	return pages, nil
}

// pdfInherited looks key up on the page and then its ancestors, as page
// attributes such as /Resources are inherited; bounded against /Parent
// loops, which send the library's own lookup into an endless loop.
func pdfInherited(p pdf.Page, key string) pdf.Value {
	v := p.V
	for i := 0; i <= pdfMaxTreeDepth && !v.IsNull(); i++ {
		if r := v.Key(key); !r.IsNull() {
			return r
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// pdfInfoKeys are the document information entries kept in Meta.Props.
var pdfInfoKeys = []string{"Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate"}

func pdfReadMeta(r *pdf.Reader) (m corpus.Meta) {
	defer func() {
		// Metadata is optional: a broken Info dictionary costs only it.
		if recover() != nil {
			m = corpus.Meta{}
		}
	}()
	info := r.Trailer().Key("Info")
	if info.IsNull() {
		return m
	}
	for _, k := range pdfInfoKeys {
		v := strings.TrimSpace(info.Key(k).Text())
		if v == "" {
			continue
		}
		if m.Props == nil {
			m.Props = make(map[string]string)
		}
		m.Props[strings.ToLower(k)] = v
	}
	if t := m.Props["title"]; !pdfJunkTitle(t) {
		m.Title = t
	}
	return m
}

// pdfJunkTitle reports Title properties that producers fill with a file
// name or a placeholder rather than the document's title; they stay in
// Props only.
func pdfJunkTitle(t string) bool {
	lower := strings.ToLower(strings.TrimSpace(t))
	for _, prefix := range []string{"microsoft word - ", "microsoft powerpoint - ", "untitled", "document"} {
		if strings.HasPrefix(lower, prefix) {
			return true
		}
	}
	for _, ext := range []string{".doc", ".docx", ".odt", ".pdf", ".rtf", ".indd", ".ppt", ".pptx"} {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return false
}
