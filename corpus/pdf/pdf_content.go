package pdf

import (
	"math"
	"strings"
	"sync"

	"github.com/ledongthuc/pdf"
)

// A content-stream interpreter that yields positioned glyphs. It replaces
// the library's Page.Content, which emits a bogus glyph after every TJ
// array (it decodes a "\n" through the font's own encoding, which in subset
// fonts is a real letter), has no widths for composite (Type0) fonts so
// their glyphs pile up at one x, ignores word spacing, skips text inside
// form XObjects, and looks the font up again for every glyph (slow). It
// follows PDF 32000-1:2008 §9.4 (text objects) for the operators that
// position text.

// pdfMatrix is a PDF transformation matrix [a b 0; c d 0; e f 1].
type pdfMatrix [3][3]float64

var pdfIdentity = pdfMatrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

func (x pdfMatrix) mul(y pdfMatrix) pdfMatrix {
	// Unrolled, each entry summed in the same order from the same zero as
	// the loop z[i][j] += x[i][k] * y[k][j] (k = 0, 1, 2), so the result
	// is the same to the bit (pdfMatrixMulReference in the tests).
	var z pdfMatrix
	for i := range 3 {
		xi := &x[i]
		z[i][0] = 0 + xi[0]*y[0][0] + xi[1]*y[1][0] + xi[2]*y[2][0]
		z[i][1] = 0 + xi[0]*y[0][1] + xi[1]*y[1][1] + xi[2]*y[2][1]
		z[i][2] = 0 + xi[0]*y[0][2] + xi[1]*y[1][2] + xi[2]*y[2][2]
	}
	return z
}

func pdfTranslate(tx, ty float64) pdfMatrix {
	return pdfMatrix{{1, 0, 0}, {0, 1, 0}, {tx, ty, 1}}
}

// pdfFont is what the interpreter needs of a font, read once per page.
type pdfFont struct {
	enc pdf.TextEncoding
	// codeLen is the bytes per character code: 2 for composite fonts.
	codeLen int
	first   int
	widths  []float64
	// cidWidths and defaultWidth are a composite font's W and DW.
	cidWidths    map[int]float64
	defaultWidth float64
	bold         bool
	// texts keeps the text of each code once decoded (a one-byte code at
	// texts1[code], when known1[code]): decoding is a pure function of the
	// code, and a CMap's lookup is a linear search.
	known1 *[256]bool
	texts1 *[256]string
	texts2 map[int]string
}

// text returns the text of code (raw, its bytes), ligatures expanded.
func (f *pdfFont) text(code int, raw string) string {
	if f.codeLen != 1 {
		if t, ok := f.texts2[code]; ok {
			return t
		}
		t := pdfExpandLigatures(f.enc.Decode(raw))
		if f.texts2 == nil {
			f.texts2 = make(map[int]string)
		}
		f.texts2[code] = t
		return t
	}
	if f.known1 == nil {
		f.known1, f.texts1 = new([256]bool), new([256]string)
	}
	if !f.known1[code] {
		f.texts1[code], f.known1[code] = pdfExpandLigatures(f.enc.Decode(raw)), true
	}
	return f.texts1[code]
}

func newPDFFont(v pdf.Value) *pdfFont {
	f := pdf.Font{V: v}
	pf := &pdfFont{enc: f.Encoder(), codeLen: 1}
	if pf.enc == nil {
		pf.enc = nopPDFEncoding{}
	}
	name := v.Key("BaseFont").Name()
	if v.Key("Subtype").Name() == "Type0" {
		pf.codeLen = 2
		pf.defaultWidth = 1000
		desc := v.Key("DescendantFonts").Index(0)
		pf.bold = pdfBoldFont(name, desc.Key("FontDescriptor").Key("FontWeight").Float64())
		if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			pf.defaultWidth = dw.Float64()
		}
		pf.cidWidths = readCIDWidths(desc.Key("W"))
		return pf
	}
	pf.bold = pdfBoldFont(name, v.Key("FontDescriptor").Key("FontWeight").Float64())
	pf.first = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	if ws.Len() == 0 {
		// A standard font may come without widths: its metrics are
		// known.
		if std := pdfStd14Widths()[pdfStd14Name(name)]; std != nil {
			pf.first, pf.widths = pdfStd14First, std
		}
		return pf
	}
	pf.widths = make([]float64, ws.Len())
	for i := range pf.widths {
		pf.widths[i] = ws.Index(i).Float64()
	}
	return pf
}

// pdfBoldWeight is the least FontWeight (a font descriptor's, 100-900) of
// a bold face: semibold (600) and up.
const pdfBoldWeight = 600

// pdfHeavyStyles name faces heavier than regular that a font's name gives
// without the word "bold" ("Arial-Black", "FranklinGothic-Demi",
// "Helvetica-Heavy").
var pdfHeavyStyles = []string{"black", "heavy", "demi"}

// pdfBoldFont reports whether a font named name (its BaseFont, maybe with
// a subset prefix "ABCDEF+"), whose descriptor gives weight (0 when it
// gives none), is a bold face: its name says bold, or its style (the part
// after the last '-' or ',', or the name's end) names a heavy face, or its
// weight is pdfBoldWeight or more.
func pdfBoldFont(name string, weight float64) bool {
	n := strings.ToLower(name)
	if strings.Contains(n, "bold") || weight >= pdfBoldWeight {
		return true
	}
	style := n[strings.LastIndexAny(n, "-,")+1:]
	for _, h := range pdfHeavyStyles {
		if strings.Contains(style, h) && style != n || strings.HasSuffix(n, h) {
			return true
		}
	}
	return false
}

// readCIDWidths reads a W array: "c [w1 w2 ...]" or "cfirst clast w".
func readCIDWidths(w pdf.Value) map[int]float64 {
	out := make(map[int]float64)
	for i := 0; i < w.Len(); {
		c := int(w.Index(i).Int64())
		if i+1 >= w.Len() {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && j < 1<<16; j++ {
				out[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(next.Int64()), w.Index(i+2).Float64()
		for k := c; k <= last && k-c < 1<<16; k++ {
			out[k] = width
		}
		i += 3
	}
	return out
}

// width returns the advance of code in thousandths of the font size.
func (f *pdfFont) width(code int) float64 {
	if f.codeLen == 2 {
		if w, ok := f.cidWidths[code]; ok {
			return w
		}
		return f.defaultWidth
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	return 0
}

// pdfLigatures maps the Unicode ligature characters that fonts map their
// ligature glyphs to onto the letters they stand for, so that "ﬁve" is
// "five" for every later search.
var pdfLigatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi",
	"\ufb04", "ffl", "\ufb05", "ft", "\ufb06", "st")

func pdfExpandLigatures(s string) string {
	// Ligatures are U+FB00..U+FB06, encoded EF AC 80..86.
	if strings.Contains(s, "\xef\xac") {
		return pdfLigatures.Replace(s)
	}
	return s
}

type nopPDFEncoding struct{}

func (nopPDFEncoding) Decode(raw string) string { return raw }

// pdfTextState is the graphics and text state the interpreter tracks.
type pdfTextState struct {
	ctm, tm, tlm       pdfMatrix
	tc, tw, th, tl, ts float64
	tfs                float64
	font               *pdfFont
}

// pdfDocReader is what the pages of one document share as they are read:
// the glyph buffer (the layout keeps none of a page's glyphs), the fonts
// read so far, keyed by the font dictionary as written (Value.String: its
// entries, with references as object numbers, which is all a pdfFont is
// read from), and the buffer content streams are read into.
type pdfDocReader struct {
	glyphs []pdfGlyph
	fonts  map[string]*pdfFont
	raw    []byte
}

func newPDFDocReader() *pdfDocReader {
	return &pdfDocReader{fonts: make(map[string]*pdfFont)}
}

// pdfDocReaders keeps the buffers of documents read (glyphs, content
// stream bytes) for the next document, so that each does not grow its
// own again (a tenth of decoding's allocations).
var pdfDocReaders = sync.Pool{New: func() any { return newPDFDocReader() }}

const (
	// pdfMaxPooledGlyphs and pdfMaxPooledRaw bound the buffers kept for
	// the next document: a huge page's are let go.
	pdfMaxPooledGlyphs = 1 << 16
	pdfMaxPooledRaw    = 4 << 20
)

// getPDFDocReader returns a reader for a new document, its buffers
// reused; putPDFDocReader gives it back once the document is read.
func getPDFDocReader() *pdfDocReader {
	return pdfDocReaders.Get().(*pdfDocReader)
}

func putPDFDocReader(dr *pdfDocReader) {
	if cap(dr.glyphs) > pdfMaxPooledGlyphs || cap(dr.raw) > pdfMaxPooledRaw {
		return
	}
	clear(dr.glyphs[:cap(dr.glyphs)]) // keep no text alive
	dr.glyphs = dr.glyphs[:0]
	dr.raw = dr.raw[:0]
	dr.fonts = make(map[string]*pdfFont) // fonts are the document's own
	pdfDocReaders.Put(dr)
}

// pdfFontKey names a font resource within a page: the content stream
// (the page, or a form's path from it) and the resource name.
type pdfFontKey struct{ scope, name string }

// pdfGlyphReader collects the glyphs of one page.
type pdfGlyphReader struct {
	doc    *pdfDocReader
	glyphs []pdfGlyph
	// fonts caches fonts by their resource dictionary's identity (then
	// by the document's, doc.fonts).
	fonts map[pdfFontKey]*pdfFont
	// depth bounds nested form XObjects, forms the forms run per page.
	depth, forms int
}

const (
	// pdfMaxFormDepth bounds form XObject nesting (and reference loops);
	// pdfMaxForms the forms run on one page, since a form that draws
	// itself several times would otherwise run exponentially often.
	pdfMaxFormDepth = 8
	pdfMaxForms     = 512
)

// pdfPageGlyphs returns the glyphs page p shows, in content order, in
// doc's glyph buffer (valid until the next page).
func pdfPageGlyphs(p pdf.Page, doc *pdfDocReader) []pdfGlyph {
	r := &pdfGlyphReader{doc: doc, fonts: make(map[pdfFontKey]*pdfFont), glyphs: doc.glyphs[:0]}
	defer func() { doc.glyphs = r.glyphs }()
	contents := p.V.Key("Contents")
	if contents.IsNull() {
		return r.glyphs
	}
	r.run(contents, pdfInherited(p, "Resources"), pdfIdentity, "page")
	return r.glyphs
}

// run interprets one content stream with its resources under ctm.
func (r *pdfGlyphReader) run(strm, resources pdf.Value, ctm pdfMatrix, scope string) {
	g := pdfTextState{ctm: ctm, tm: pdfIdentity, tlm: pdfIdentity, th: 1}
	var stack []pdfTextState
	pdfInterpret(strm, &r.doc.raw, func(args []pdfObj, op string) {
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		switch op {
		case "q":
			stack = append(stack, g)
		case "Q":
			if k := len(stack) - 1; k >= 0 {
				g = stack[k]
				stack = stack[:k]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = pdfMatrix{{num(0), num(1), 0}, {num(2), num(3), 0}, {num(4), num(5), 1}}.mul(g.ctm)
			}
		case "BT":
			g.tm, g.tlm = pdfIdentity, pdfIdentity
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.ts = num(0)
		case "Tf":
			if len(args) == 2 {
				g.font = r.font(resources, args[0].Name(), scope)
				g.tfs = num(1)
			}
		case "Td", "TD":
			if len(args) == 2 {
				if op == "TD" {
					g.tl = -num(1)
				}
				g.tlm = pdfTranslate(num(0), num(1)).mul(g.tlm)
				g.tm = g.tlm
			}
		case "Tm":
			if len(args) == 6 {
				g.tlm = pdfMatrix{{num(0), num(1), 0}, {num(2), num(3), 0}, {num(4), num(5), 1}}
				g.tm = g.tlm
			}
		case "T*":
			g.tlm = pdfTranslate(0, -g.tl).mul(g.tlm)
			g.tm = g.tlm
		case "Tj":
			if len(args) == 1 {
				r.show(&g, args[0].RawString())
			}
		case "'", "\"":
			if op == "\"" && len(args) == 3 {
				g.tw, g.tc = num(0), num(1)
				args = args[2:]
			}
			g.tlm = pdfTranslate(0, -g.tl).mul(g.tlm)
			g.tm = g.tlm
			if len(args) == 1 {
				r.show(&g, args[0].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			v := args[0]
			for i := 0; i < v.Len(); i++ {
				x := v.Index(i)
				if x.kind == pdfStringObj {
					r.show(&g, x.RawString())
				} else {
					tx := -x.Float64() / 1000 * g.tfs * g.th
					g.tm = pdfTranslate(tx, 0).mul(g.tm)
				}
			}
		case "Do":
			if len(args) == 1 && r.depth < pdfMaxFormDepth && r.forms < pdfMaxForms {
				r.forms++
				r.form(resources, args[0].Name(), g.ctm, scope)
			}
		}
	})
}

// form interprets a form XObject's content, whose text is part of the page.
func (r *pdfGlyphReader) form(resources pdf.Value, name string, ctm pdfMatrix, scope string) {
	xo := resources.Key("XObject").Key(name)
	if xo.Kind() != pdf.Stream || xo.Key("Subtype").Name() != "Form" {
		return
	}
	m := pdfIdentity
	if mv := xo.Key("Matrix"); mv.Len() == 6 {
		m = pdfMatrix{{mv.Index(0).Float64(), mv.Index(1).Float64(), 0},
			{mv.Index(2).Float64(), mv.Index(3).Float64(), 0},
			{mv.Index(4).Float64(), mv.Index(5).Float64(), 1}}
	}
	res := xo.Key("Resources")
	if res.IsNull() {
		res = resources
	}
	r.depth++
	r.run(xo, res, m.mul(ctm), scope+"/"+name)
	r.depth--
}

func (r *pdfGlyphReader) font(resources pdf.Value, name, scope string) *pdfFont {
	key := pdfFontKey{scope, name}
	if f, ok := r.fonts[key]; ok {
		return f
	}
	v := resources.Key("Font").Key(name)
	written := v.String()
	f, ok := r.doc.fonts[written]
	if !ok {
		f = newPDFFont(v)
		r.doc.fonts[written] = f
	}
	r.fonts[key] = f
	return f
}

// show appends the glyphs of one text string and advances the text matrix.
func (r *pdfGlyphReader) show(g *pdfTextState, s string) {
	f := g.font
	if f == nil {
		f = &pdfFont{enc: nopPDFEncoding{}, codeLen: 1}
		g.font = f
	}
	for i := 0; i+f.codeLen <= len(s); i += f.codeLen {
		raw := s[i : i+f.codeLen]
		code := int(raw[0])
		if f.codeLen == 2 {
			code = code<<8 | int(raw[1])
		}
		w0 := f.width(code)
		if text := f.text(code, raw); text != "" {
			trm := pdfMatrix{{g.tfs * g.th, 0, 0}, {0, g.tfs, 0}, {0, g.ts, 1}}.mul(g.tm).mul(g.ctm)
			fs := math.Hypot(trm[1][0], trm[1][1])
			r.glyphs = append(r.glyphs, pdfGlyph{
				x: trm[2][0], y: trm[2][1], w: w0 / 1000 * math.Hypot(trm[0][0], trm[0][1]),
				fs: fs, s: text, bold: f.bold,
			})
		}
		tx := w0/1000*g.tfs + g.tc
		if f.codeLen == 1 && code == ' ' {
			tx += g.tw
		}
		g.tm = pdfTranslate(tx*g.th, 0).mul(g.tm)
	}
}
