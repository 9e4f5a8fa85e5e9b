// Package pdfium reads PDF pages with PDFium, Chrome's PDF engine, compiled
// to WebAssembly and run in pure Go by wazero (github.com/klippa-app/go-pdfium
// in its webassembly mode: no cgo, nothing to install). It owns the engine's
// life cycle and its isolation: every document runs in its own WebAssembly
// instance with no file system, so a crash (a wasm trap), a panic or a hang
// in one document is that document's error.
//
// The engine is the second reader of the PDF decoder in package corpus/pdf: it
// gives each page's characters with their boxes (for pages whose text the
// first reader gets wrong, such as fonts whose ToUnicode CMap it does not
// apply) and renders pages to images (for OCR of image-only pages).
package pdfium

import (
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	gopdfium "github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// ErrEngine marks failures of the engine itself (it could not start, or an
// instance trapped, panicked or was stopped), as opposed to a document it
// read and rejected.
var ErrEngine = errors.New("pdfium engine")

// ErrPassword is returned by Open for documents that need a password.
var ErrPassword = errors.New("pdfium: a password is required")

// Config configures an Engine. The zero value is ready to use.
type Config struct {
	// Workers bounds the documents read at once (each holds one
	// WebAssembly instance, about 20-60 MB); 0 means 1.
	Workers int
	// CacheDir holds wazero's compiled code of the module between runs, so
	// that only the first run pays the compilation (a few CPU-seconds);
	// "" means <user cache dir>/communique/wazero, "-" means no cache.
	CacheDir string
	// DocTimeout bounds the time one document may hold its instance,
	// from Open to Close; 0 means DefaultDocTimeout. Some inputs take
	// PDFium exponentially long (forms that each draw the next form
	// twice: building the text of 16 levels takes 15 s, of 24 levels
	// hours); the engine is a fallback, so such a document loses only
	// PDFium's reading.
	DocTimeout time.Duration
}

// DefaultDocTimeout is the time a document may hold an instance unless
// Config.DocTimeout says otherwise.
const DefaultDocTimeout = 60 * time.Second

// Engine starts PDFium on first use and hands out documents. It is safe
// for concurrent use; Close releases it.
type Engine struct {
	cfg  Config
	once sync.Once
	pool gopdfium.Pool
	err  error
}

// New returns an Engine; the WebAssembly module is compiled on the first
// Open, so an engine that is never used costs nothing.
func New(cfg Config) *Engine {
	if cfg.Workers < 1 {
		cfg.Workers = 1
	}
	if cfg.DocTimeout <= 0 {
		cfg.DocTimeout = DefaultDocTimeout
	}
	return &Engine{cfg: cfg}
}

func (e *Engine) start() {
	rc := wazero.NewRuntimeConfig().
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithCloseOnContextDone(true)
	if dir := e.cacheDir(); dir != "" {
		if c, err := wazero.NewCompilationCacheWithDir(dir); err == nil {
			rc = rc.WithCompilationCache(c)
		}
	}
	e.pool, e.err = webassembly.Init(webassembly.Config{
		MinIdle:       0,
		MaxIdle:       e.cfg.Workers,
		MaxTotal:      e.cfg.Workers,
		FSConfig:      wazero.NewFSConfig(), // no file system at all
		RuntimeConfig: rc,
		Stdout:        io.Discard,
		Stderr:        io.Discard,
		ReuseWorkers:  false,
	})
	if e.err != nil {
		e.err = fmt.Errorf("%w: start: %v", ErrEngine, e.err)
	}
}

func (e *Engine) cacheDir() string {
	switch e.cfg.CacheDir {
	case "-":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(base, "communique", "wazero")
	}
	return e.cfg.CacheDir
}

// Close stops the engine; documents still open fail afterwards.
func (e *Engine) Close() error {
	if e.pool == nil {
		return nil
	}
	return e.pool.Close()
}

// Char is one character of a page with its box in PDF user space (points,
// origin at the bottom left).
type Char struct {
	Text                     string
	Left, Bottom, Right, Top float64
	// Size is the font size in points as rendered; Bold is a font weight
	// of 600 or more.
	Size float64
	Bold bool
}

// Doc is an open document. Its methods must not be called concurrently;
// Close releases its instance.
type Doc struct {
	inst  gopdfium.Pdfium
	doc   references.FPDF_DOCUMENT
	pages int
	stop  func() bool
	done  chan struct{}
}

// Open reads body into a fresh instance. ctx bounds the document's whole
// life, and so does Config.DocTimeout from the moment it has an instance:
// when either ends, the instance is killed and every later call fails.
func (e *Engine) Open(ctx context.Context, body []byte) (d *Doc, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	e.once.Do(e.start)
	if e.err != nil {
		return nil, e.err
	}
	inst, err := e.pool.GetInstanceWithContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrEngine, err)
	}
	d = &Doc{inst: inst, done: make(chan struct{})}
	// A hang inside the engine ends with the context: Kill cancels the
	// instance's own context, which wazero turns into an exit.
	docCtx, cancel := context.WithTimeout(ctx, e.cfg.DocTimeout)
	stop := context.AfterFunc(docCtx, func() { _ = inst.Kill() })
	d.stop = func() bool {
		defer cancel()
		return stop()
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: open: %v", ErrEngine, r)
		}
		if err != nil {
			d.Close()
			d = nil
		}
	}()
	data := body
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		if errors.Is(err, pdfiumerrors.ErrPassword) {
			return d, ErrPassword
		}
		return d, fmt.Errorf("open: %v", err)
	}
	d.doc = doc.Document
	n, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: d.doc})
	if err != nil {
		return d, fmt.Errorf("page count: %v", err)
	}
	d.pages = n.PageCount
	return d, nil
}

// Pages is the document's page count.
func (d *Doc) Pages() int { return d.pages }

// ErrTooManyChars is returned by Chars for a page with more characters
// than MaxPageChars.
var ErrTooManyChars = errors.New("pdfium: too many characters on the page")

// MaxPageChars bounds the characters Chars reads from one page. A dense
// page of small type has about 10,000; each character costs several calls
// into the instance (about 0.2 ms), and a few hundred bytes of form
// XObjects that each draw the next one twice put millions of characters on
// a page (2^n for n levels), which would hold a document (and a fuzzing
// worker) for minutes.
const MaxPageChars = 40000

// Chars returns page i's characters (from 0) in content order, leaving out
// generated spaces and line ends. A page with more than MaxPageChars
// characters is ErrTooManyChars.
func (d *Doc) Chars(i int) (out []Char, err error) {
	defer d.guard("chars", &err)
	page := requests.Page{ByIndex: &requests.PageByIndex{Document: d.doc, Index: i}}
	n, err := d.countChars(page)
	if err != nil {
		return nil, fmt.Errorf("page %d: %v", i+1, err)
	}
	if n > MaxPageChars {
		return nil, fmt.Errorf("%w: page %d has %d (at most %d are read)", ErrTooManyChars, i+1, n, MaxPageChars)
	}
	res, err := d.inst.GetPageTextStructured(&requests.GetPageTextStructured{
		Page:                   page,
		Mode:                   requests.GetPageTextStructuredModeChars,
		CollectFontInformation: true,
	})
	if err != nil {
		return nil, fmt.Errorf("page %d: %v", i+1, err)
	}
	out = make([]Char, 0, len(res.Chars))
	for _, c := range res.Chars {
		if c == nil || c.Text == "" {
			continue
		}
		ch := Char{Text: c.Text, Left: c.PointPosition.Left, Right: c.PointPosition.Right,
			Bottom: c.PointPosition.Bottom, Top: c.PointPosition.Top}
		if f := c.FontInformation; f != nil {
			ch.Size = f.RenderedSize
			if ch.Size <= 0 {
				ch.Size = f.Size
			}
			ch.Bold = f.Weight >= 600
		}
		out = append(out, ch)
	}
	return out, nil
}

// countChars returns the number of characters of a page's text, with one
// call rather than several per character.
func (d *Doc) countChars(page requests.Page) (int, error) {
	tp, err := d.inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: page})
	if err != nil {
		return 0, err
	}
	defer func() { _, _ = d.inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage}) }()
	n, err := d.inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil {
		return 0, err
	}
	return n.Count, nil
}

// Text returns page i's text in PDFium's own reading order.
func (d *Doc) Text(i int) (s string, err error) {
	defer d.guard("text", &err)
	res, err := d.inst.GetPageText(&requests.GetPageText{
		Page: requests.Page{ByIndex: &requests.PageByIndex{Document: d.doc, Index: i}},
	})
	if err != nil {
		return "", fmt.Errorf("page %d: %v", i+1, err)
	}
	return res.Text, nil
}

// Render draws page i in grey at dpi dots per inch; the image is a copy the
// caller owns.
func (d *Doc) Render(i, dpi int) (img *image.Gray, err error) {
	defer d.guard("render", &err)
	res, err := d.inst.RenderPageInDPI(&requests.RenderPageInDPI{
		Page:        requests.Page{ByIndex: &requests.PageByIndex{Document: d.doc, Index: i}},
		DPI:         dpi,
		ImageFormat: requests.RenderImageFormatGrayscale,
		RenderFlags: enums.FPDF_RENDER_FLAG_GRAYSCALE,
	})
	if err != nil {
		return nil, fmt.Errorf("render page %d: %v", i+1, err)
	}
	defer res.Cleanup()
	src, ok := res.Result.RenderedImage.(*image.Gray)
	if !ok {
		return nil, fmt.Errorf("render page %d: unexpected image type %T", i+1, res.Result.RenderedImage)
	}
	// Copy row by row: the engine pads rows, and its buffer is freed
	// with the result.
	cp := image.NewGray(src.Rect)
	w := src.Rect.Dx()
	for y := 0; y < src.Rect.Dy(); y++ {
		copy(cp.Pix[y*cp.Stride:y*cp.Stride+w], src.Pix[y*src.Stride:y*src.Stride+w])
	}
	return cp, nil
}

// guard turns a panic inside the engine into an ErrEngine error.
func (d *Doc) guard(op string, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w: %s: %v", ErrEngine, op, r)
	}
}

// Close releases the document and its instance.
func (d *Doc) Close() {
	if d == nil || d.inst == nil {
		return
	}
	d.stop()
	func() {
		defer func() { _ = recover() }()
		if d.doc != "" {
			_, _ = d.inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: d.doc})
		}
		_ = d.inst.Close()
	}()
	d.inst = nil
}
