package pdf

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// OCR of image-only PDF pages with Tesseract (Debian's tesseract-ocr and
// tesseract-ocr-eng), run as the `tesseract` command on a page rendered by
// PDFium. Its TSV output gives each word's box, so the OCR'd lines enter
// the same cleanup (running lines, paragraph joins) as a text layer's.

// pdfOCR reads the text of a page image.
type pdfOCR interface {
	// Available reports whether OCR can run at all.
	Available() bool
	// Lines returns the image's text lines in reading order, with boxes
	// in pixels. It honours ctx.
	Lines(ctx context.Context, img *image.Gray) ([]pdfOCRLine, error)
}

// pdfOCRLine is one line Tesseract read.
type pdfOCRLine struct {
	text                     string
	left, top, right, bottom int
	// block numbers Tesseract's paragraphs in reading order.
	block int
	// ink is the share of dark pixels in the line's box: bold type has
	// more of it than the body's.
	ink float64
}

// pdfOCRInk sets each line's ink share from the page image.
func pdfOCRInk(lines []pdfOCRLine, img *image.Gray) {
	for i := range lines {
		l := &lines[i]
		r := image.Rect(l.left, l.top, l.right, l.bottom).Intersect(img.Rect)
		if r.Empty() {
			continue
		}
		dark := 0
		for y := r.Min.Y; y < r.Max.Y; y++ {
			row := img.Pix[(y-img.Rect.Min.Y)*img.Stride:]
			for x := r.Min.X; x < r.Max.X; x++ {
				if row[x-img.Rect.Min.X] < pdfOCRDarkLevel {
					dark++
				}
			}
		}
		l.ink = float64(dark) / float64(r.Dx()*r.Dy())
	}
}

const (
	// pdfOCRDarkLevel is the grey level under which a pixel is ink.
	pdfOCRDarkLevel = 128
	// pdfOCRBoldInk is how much more ink than the page's typical line a
	// line needs to count as bold.
	pdfOCRBoldInk = 1.3
)

// tesseractOCR runs the tesseract command.
type tesseractOCR struct {
	path string // "" when not installed
	lang string
}

// newTesseractOCR finds the command: path "" looks tesseract up on PATH,
// "-" turns OCR off.
func newTesseractOCR(path string) *tesseractOCR {
	switch path {
	case "-":
		return &tesseractOCR{}
	case "":
		path = "tesseract"
	}
	p, err := exec.LookPath(path)
	if err != nil {
		return &tesseractOCR{}
	}
	return &tesseractOCR{path: p, lang: "eng"}
}

func (t *tesseractOCR) Available() bool { return t.path != "" }

// tesseractMinConf is the least word confidence (0-100) kept: lower ones
// are specks and picture texture read as letters.
const tesseractMinConf = 30

func (t *tesseractOCR) Lines(ctx context.Context, img *image.Gray) ([]pdfOCRLine, error) {
	var in bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&in, img); err != nil {
		return nil, fmt.Errorf("ocr: encode page: %w", err)
	}
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, t.path, "stdin", "stdout", "-l", t.lang, "--psm", "3", "tsv")
	cmd.Stdin = &in
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	// One thread: the pipeline runs documents in parallel already.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("ocr: tesseract: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	return parseTesseractTSV(out.Bytes()), nil
}

// parseTesseractTSV groups the words of Tesseract's TSV output (level,
// page, block, par, line, word, left, top, width, height, conf, text) into
// lines.
func parseTesseractTSV(tsv []byte) []pdfOCRLine {
	type key struct{ block, par, line int }
	var lines []pdfOCRLine
	var cur key
	blocks := map[[2]int]int{}
	sc := bufio.NewScanner(bytes.NewReader(tsv))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 12 || f[0] != "5" {
			continue
		}
		var n [10]int
		ok := true
		for i := 0; i < 10; i++ {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				ok = false
				break
			}
			n[i] = int(v)
		}
		word := strings.TrimSpace(f[11])
		if !ok || word == "" {
			continue
		}
		if c, err := strconv.ParseFloat(f[10], 64); err != nil || c < tesseractMinConf {
			continue
		}
		k := key{n[2], n[3], n[4]}
		left, top, right, bottom := n[6], n[7], n[6]+n[8], n[7]+n[9]
		if len(lines) == 0 || k != cur {
			bk := [2]int{k.block, k.par}
			b, seen := blocks[bk]
			if !seen {
				b = len(blocks)
				blocks[bk] = b
			}
			lines = append(lines, pdfOCRLine{text: word, left: left, top: top, right: right, bottom: bottom, block: b})
			cur = k
			continue
		}
		l := &lines[len(lines)-1]
		l.text += " " + word
		l.left, l.top = min(l.left, left), min(l.top, top)
		l.right, l.bottom = max(l.right, right), max(l.bottom, bottom)
	}
	return lines
}

// pdfOCRNoise reports an OCR'd line that is picture texture read as
// letters ("> bi Bi ih i", "=p"): no dictionary word of three letters or
// more, or fewer than half its letters in such words.
func pdfOCRNoise(text string) bool {
	dict := pdfDictionary()
	letters, inDict := 0, 0
	var low []byte
	for tok := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		n := utf8.RuneCountInString(tok)
		letters += n
		if n < 3 {
			continue
		}
		low = appendLower(low[:0], tok)
		if dict.HasBytes(low) || pdfStemInDict(string(low), dict) {
			inDict += n
		}
	}
	return inDict == 0 || 2*inDict < letters
}

// pdfOCRFontShare is the height of an OCR'd line's box as a share of its
// font size (capitals and descenders span about this much of the em).
const pdfOCRFontShare = 0.9

// pdfOCRPage turns OCR'd lines of an image height pixels tall, rendered at
// dpi, into a page in PDF points (origin at the bottom left).
func pdfOCRPage(lines []pdfOCRLine, height, dpi int) pdfPage {
	scale := 72 / float64(dpi)
	var pg pdfPage
	var inks []float64
	for _, l := range lines {
		if !pdfOCRNoise(l.text) {
			inks = append(inks, l.ink)
		}
	}
	slices.Sort(inks)
	typical := 0.0
	if len(inks) > 0 {
		typical = inks[len(inks)/2]
	}
	for _, l := range lines {
		if pdfOCRNoise(l.text) {
			continue
		}
		fs := float64(l.bottom-l.top) * scale / pdfOCRFontShare
		// Round sizes to half points so that lines of one paragraph share
		// a size, as set type does.
		fs = float64(int(fs*2+0.5)) / 2
		pg.lines = append(pg.lines, pdfLine{
			text: l.text,
			x0:   float64(l.left) * scale, x1: float64(l.right) * scale,
			y:  float64(height-l.bottom) * scale,
			fs: max(fs, 1), block: l.block,
			bold: typical > 0 && l.ink > pdfOCRBoldInk*typical,
		})
	}
	// Blocks keep Tesseract's order; lines within one keep theirs.
	slices.SortStableFunc(pg.lines, func(a, b pdfLine) int { return a.block - b.block })
	return pg
}

// pdfOCRCache keeps the OCR'd lines of recent documents' pages, so that a
// document decoded twice (the pipeline's chrome-learning pass, then the
// real one) is read by OCR once. It is safe for concurrent use.
type pdfOCRCache struct {
	mu    sync.Mutex
	order []pdfOCRKey
	pages map[pdfOCRKey][]pdfOCRLine
}

// pdfOCRKey names one page of one document by the digest of its bytes.
type pdfOCRKey struct {
	doc  [32]byte
	page int
}

// pdfOCRCacheSize is the number of pages the cache holds.
const pdfOCRCacheSize = 256

func (c *pdfOCRCache) get(k pdfOCRKey) ([]pdfOCRLine, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.pages[k]
	return l, ok
}

func (c *pdfOCRCache) put(k pdfOCRKey, lines []pdfOCRLine) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pages == nil {
		c.pages = make(map[pdfOCRKey][]pdfOCRLine)
	}
	if _, ok := c.pages[k]; ok {
		return
	}
	if len(c.order) >= pdfOCRCacheSize {
		delete(c.pages, c.order[0])
		c.order = c.order[1:]
	}
	c.order = append(c.order, k)
	c.pages[k] = lines
}
