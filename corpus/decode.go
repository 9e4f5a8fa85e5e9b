package corpus

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/communique/communique/corpus/pdfium"
)

// DecoderConfig configures a Decoder. The zero value is ready to use: no size
// limit, HTML main-content detection on.
type DecoderConfig struct {
	// MaxBytes rejects inputs larger than this with a *TooLargeError; 0
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

// Decoder turns raw bytes into a Doc. It is safe for concurrent use.
type Decoder struct {
	cfg  DecoderConfig
	html *htmlRules
	// pdfium is the second PDF engine, started on first use; ocr reads
	// image-only PDF pages.
	pdfium   *pdfium.Engine
	ocr      pdfOCR
	ocrCache *pdfOCRCache
}

// Errors the decoder returns, matched with errors.Is. Each document-level
// failure wraps one of them; the message says what was found.
var (
	// ErrEmpty is returned for inputs with no bytes or no visible text.
	ErrEmpty = errors.New("empty document")
	// ErrBinary is returned for content that is not text, HTML or PDF
	// (images, archives, executables, random bytes); see *BinaryError.
	ErrBinary = errors.New("unsupported binary content")
	// ErrUnsupported is returned for text formats the decoders do not
	// read, such as RSS or Atom feeds and other non-HTML XML.
	ErrUnsupported = errors.New("unsupported content")
	// ErrTooLarge is returned for inputs over DecoderConfig.MaxBytes; see
	// *TooLargeError.
	ErrTooLarge = errors.New("document too large")
	// ErrEncryptedPDF is returned for PDFs that need a password to read.
	ErrEncryptedPDF = errors.New("encrypted PDF")
	// ErrMalformedPDF is returned for truncated or corrupt PDFs.
	ErrMalformedPDF = errors.New("malformed PDF")
	// ErrNoTextLayer is returned for PDFs whose pages carry (almost) no
	// text, typically scans; see *NoTextLayerError.
	ErrNoTextLayer = errors.New("no text layer (scanned PDF?)")
)

// BinaryError reports content that is not a document the decoders read.
type BinaryError struct {
	// Kind is the MIME type the bytes look like, such as image/png, or
	// application/octet-stream when unknown.
	Kind string
}

func (e *BinaryError) Error() string {
	return fmt.Sprintf("%s (looks like %s)", ErrBinary, e.Kind)
}

// Is makes errors.Is(err, ErrBinary) true.
func (e *BinaryError) Is(target error) bool { return target == ErrBinary }

// TooLargeError reports an input over the configured size limit.
type TooLargeError struct {
	Size, Max int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: %d bytes, limit %d", ErrTooLarge, e.Size, e.Max)
}

// Is makes errors.Is(err, ErrTooLarge) true.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// NoTextLayerError reports a PDF with too little text to be anything but a
// scan or an image-only document.
type NoTextLayerError struct {
	Pages, Words int
}

func (e *NoTextLayerError) Error() string {
	pages := "pages"
	if e.Pages == 1 {
		pages = "page"
	}
	return fmt.Sprintf("%s: %d words on %d %s", ErrNoTextLayer, e.Words, e.Pages, pages)
}

// Is makes errors.Is(err, ErrNoTextLayer) true.
func (e *NoTextLayerError) Is(target error) bool { return target == ErrNoTextLayer }

// NewDecoder returns a ready Decoder.
func NewDecoder(cfg DecoderConfig) (*Decoder, error) {
	if cfg.MaxBytes < 0 {
		return nil, fmt.Errorf("max bytes %d: must not be negative", cfg.MaxBytes)
	}
	rules, err := newHTMLRules()
	if err != nil {
		return nil, fmt.Errorf("html rules: %w", err)
	}
	engines := cfg.PDFEngines
	if engines <= 0 {
		engines = 2
	}
	return &Decoder{cfg: cfg, html: rules, pdfium: pdfium.New(pdfium.Config{Workers: engines}),
		ocr: newTesseractOCR(cfg.OCRCommand), ocrCache: &pdfOCRCache{}}, nil
}

// Close releases the second PDF engine, if it was started. The Decoder
// must not be used afterwards.
func (d *Decoder) Close() error {
	return d.pdfium.Close()
}

// Decode decodes in: it sniffs the format from the content (the file
// extension and a declared Content-Type are only hints), decodes text, HTML
// or PDF, and returns the Doc with Source.ContentType set to the sniffed
// type. Every failure is an error wrapping one of the Err* values above (or
// ctx's error); Decode never panics.
func (d *Decoder) Decode(ctx context.Context, in Input) (doc Doc, err error) {
	if err := ctx.Err(); err != nil {
		return Doc{}, err
	}
	if in.Error != "" {
		return Doc{}, errors.New(in.Error)
	}
	if len(in.Body) == 0 {
		return Doc{}, ErrEmpty
	}
	if d.cfg.MaxBytes > 0 && int64(len(in.Body)) > d.cfg.MaxBytes {
		return Doc{}, &TooLargeError{Size: int64(len(in.Body)), Max: d.cfg.MaxBytes}
	}
	defer func() {
		// A bug in a decoder for one odd input is that document's error,
		// never a crash of the run.
		if r := recover(); r != nil {
			doc, err = Doc{}, fmt.Errorf("decode: internal error: %v", r)
		}
	}()
	sn, err := sniff(in.Body, in.Source.Path, in.ContentType)
	if err != nil {
		return Doc{}, err
	}
	doc = Doc{Source: in.Source, Format: sn.format}
	switch sn.format {
	case FormatPDF:
		doc.Source.ContentType = "application/pdf"
		if err := d.decodePDF(ctx, in.Body, &doc); err != nil {
			return Doc{}, err
		}
	case FormatHTML:
		cs, err := d.decodeHTML(in.Body, in.ContentType, &doc)
		if err != nil {
			return Doc{}, err
		}
		doc.Source.ContentType = "text/html; charset=" + cs
	default:
		text, cs := decodeDeclaredText(in.Body, in.ContentType)
		doc.Text = normalizePlainText(text)
		doc.Source.ContentType = "text/plain; charset=" + cs
	}
	if strings.TrimSpace(doc.Text) == "" {
		return Doc{}, fmt.Errorf("%w: no visible text in %s", ErrEmpty, sn.format)
	}
	mergeHints(&doc.Meta, in.Hints)
	return doc, nil
}

// mergeHints fills what the document left unsaid from what its source knew
// (a feed item's title and date): the document's own metadata always wins.
func mergeHints(m *Meta, h Meta) {
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
