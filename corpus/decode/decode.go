// Package decode owns the decode dispatch: it sniffs the format of an
// input's bytes and hands them to the plain-text decoder (package corpus),
// the HTML decoder (corpus/html) or the PDF decoder (corpus/pdf), giving a
// corpus.Doc. It sits above those parts; they use only corpus's types.
package decode

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/html"
	"github.com/communique/communique/corpus/pdf"
)

// Config configures a Decoder. The zero value is ready to use: no size
// limit, HTML main-content detection on.
type Config struct {
	// MaxBytes rejects inputs larger than this with a *corpus.TooLargeError; 0
	// means no limit.
	MaxBytes int64
	// KeepBoilerplate turns HTML main-content detection off: the whole
	// <body> is rendered, less scripts, styles, form controls and hidden
	// elements. Navigation, page headers and footers and asides are still
	// dropped.
	KeepBoilerplate bool
	// KeepPDFChrome turns PDF-level cleanup off: running headers and
	// footers, page numbers and dot-leader table-of-contents lines are
	// kept and wrapped lines are not joined into paragraphs.
	KeepPDFChrome bool
	// OCRCommand is the tesseract command run on PDF pages that are
	// images without text: "" looks "tesseract" up on PATH, "-" turns OCR
	// off (such pages then make an error that says so).
	OCRCommand string
	// PDFEngines bounds the PDF documents the second PDF engine (PDFium)
	// reads at once, one WebAssembly instance each; 0 means 2.
	PDFEngines int
}

// Decoder turns raw bytes into a corpus.Doc. It is safe for concurrent use.
type Decoder struct {
	cfg  Config
	html *html.Decoder
	pdf  *pdf.Decoder
}

// New returns a ready Decoder.
func New(cfg Config) (*Decoder, error) {
	if cfg.MaxBytes < 0 {
		return nil, fmt.Errorf("max bytes %d: must not be negative", cfg.MaxBytes)
	}
	h, err := html.New(html.Config{KeepBoilerplate: cfg.KeepBoilerplate, Fallback: html.Trafilatura{}})
	if err != nil {
		return nil, fmt.Errorf("html rules: %w", err)
	}
	return &Decoder{cfg: cfg, html: h,
		pdf: pdf.New(pdf.Config{KeepChrome: cfg.KeepPDFChrome, OCRCommand: cfg.OCRCommand, Engines: cfg.PDFEngines})}, nil
}

// Close releases the second PDF engine, if it was started. The Decoder
// must not be used afterwards.
func (d *Decoder) Close() error {
	return d.pdf.Close()
}

// Decode decodes in: it sniffs the format from the content (the file
// extension and a declared Content-Type are only hints), decodes text, HTML
// or PDF, and returns the corpus.Doc with Source.ContentType set to the sniffed
// type. Every failure is an error wrapping one of corpus's Err* values (or
// ctx's error); Decode never panics.
func (d *Decoder) Decode(ctx context.Context, in corpus.Input) (doc corpus.Doc, err error) {
	if err := ctx.Err(); err != nil {
		return corpus.Doc{}, err
	}
	if in.Error != "" {
		return corpus.Doc{}, errors.New(in.Error)
	}
	if len(in.Body) == 0 {
		return corpus.Doc{}, corpus.ErrEmpty
	}
	if d.cfg.MaxBytes > 0 && int64(len(in.Body)) > d.cfg.MaxBytes {
		return corpus.Doc{}, &corpus.TooLargeError{Size: int64(len(in.Body)), Max: d.cfg.MaxBytes}
	}
	defer func() {
		// A bug in a decoder for one odd input is that document's error,
		// never a crash of the run.
		if r := recover(); r != nil {
			doc, err = corpus.Doc{}, fmt.Errorf("decode: internal error: %v", r)
		}
	}()
	format, err := corpus.Sniff(in.Body, in.Source.Path, in.ContentType)
	if err != nil {
		return corpus.Doc{}, err
	}
	doc = corpus.Doc{Source: in.Source, Format: format}
	switch format {
	case corpus.FormatPDF:
		doc.Source.ContentType = "application/pdf"
		if err := d.pdf.Decode(ctx, in.Body, &doc); err != nil {
			return corpus.Doc{}, err
		}
	case corpus.FormatHTML:
		cs, err := d.html.Decode(in.Body, in.ContentType, &doc)
		if err != nil {
			return corpus.Doc{}, err
		}
		doc.Source.ContentType = "text/html; charset=" + cs
	default:
		text, cs := corpus.DecodeDeclaredText(in.Body, in.ContentType)
		doc.Text = corpus.NormalizePlainText(text)
		doc.Source.ContentType = "text/plain; charset=" + cs
	}
	if strings.TrimSpace(doc.Text) == "" {
		return corpus.Doc{}, fmt.Errorf("%w: no visible text in %s", corpus.ErrEmpty, format)
	}
	mergeHints(&doc.Meta, in.Hints)
	return doc, nil
}

// mergeHints fills what the document left unsaid from what its source knew
// (a feed item's title and date): the document's own metadata always wins.
func mergeHints(m *corpus.Meta, h corpus.Meta) {
	if m.Title == "" {
		m.Title = h.Title
	}
	if m.Lang == "" {
		m.Lang = h.Lang
	}
	for k, v := range h.Props {
		if _, ok := m.Props[k]; ok || v == "" {
			continue
		}
		if m.Props == nil {
			m.Props = make(map[string]string, len(h.Props))
		}
		m.Props[k] = v
	}
}
