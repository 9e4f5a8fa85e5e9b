package html

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// Type set by inline style. E-mail newsletters (table layout, Mailchimp
// or Campaign Monitor style) set their story headlines by a style
// attribute, not by <b>, <strong> or <h2>: a cell or paragraph in a
// larger font-size than the running text, or in font-weight bold. The
// writer counts those as it counts <b>, and sorts the page's whole-line
// headlines into tiers by size (typeHeadingLines).

// defaultFontPx is the size of text no style sizes (a browser's 16px).
const defaultFontPx = 16

// largeTypeRatio is how much larger than the body's a line's type must
// be to read as a headline by its size alone.
const largeTypeRatio = 1.2

// styleDecl returns the value of CSS property prop in n's style
// attribute, lower-cased, or "".
func styleDecl(n *html.Node, prop string) string {
	for decl := range strings.SplitSeq(htmlAttr(n, "style"), ";") {
		k, v, ok := strings.Cut(decl, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), prop) {
			v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important"))
			return strings.ToLower(v)
		}
	}
	return ""
}

// styleBold reports whether n's style sets its text in bold
// (font-weight bold, bolder or 600 to 900).
func styleBold(n *html.Node) bool {
	switch w := styleDecl(n, "font-weight"); w {
	case "bold", "bolder":
		return true
	case "":
		return false
	default:
		v, err := strconv.Atoi(w)
		return err == nil && v >= 600
	}
}

// styleFontPx returns the font size in pixels n's style sets, given its
// parent's size: px, pt, em, rem and % are read; 0 when n sets none or
// one in another unit.
func styleFontPx(n *html.Node, parent float64) float64 {
	v := styleDecl(n, "font-size")
	if v == "" {
		return 0
	}
	num := func(s string) float64 {
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil || f <= 0 {
			return 0
		}
		return f
	}
	switch {
	case strings.HasSuffix(v, "px"):
		return num(strings.TrimSuffix(v, "px"))
	case strings.HasSuffix(v, "pt"):
		return num(strings.TrimSuffix(v, "pt")) * 4 / 3
	case strings.HasSuffix(v, "rem"):
		return num(strings.TrimSuffix(v, "rem")) * defaultFontPx
	case strings.HasSuffix(v, "em"):
		return num(strings.TrimSuffix(v, "em")) * parent
	case strings.HasSuffix(v, "%"):
		return num(strings.TrimSuffix(v, "%")) * parent / 100
	}
	return 0
}

// typeLine is a rendered line with text: whether all of it is bold, and
// the smallest font size of its text (0 when part of it has no size set
// by a style).
type typeLine struct {
	text   string
	bold   bool
	px     float64
	linked bool
}

// typeHeadingLines returns the lines set apart by their type, in order:
// lines set whole in bold, and lines whose type is largeTypeRatio times
// the body's or more (body: the size most of the page's styled text is
// set in). When at least two lines are large, the large ones are the
// page's headlines and a line only bold at the body's size is a
// sub-heading inside a story ("Background", "1. Context"), left out.
// linked are those of them set whole as a link: a digest's headlines link
// to their stories' own pages, as a release's section headings never do.
func typeHeadingLines(lines []typeLine, runesByPx map[float64]int) (out, linked []string) {
	body, most := 0.0, 0
	for px, n := range runesByPx {
		if n > most || n == most && px < body {
			body, most = px, n
		}
	}
	large := func(l typeLine) bool { return body > 0 && l.px >= body*largeTypeRatio }
	nLarge := 0
	for _, l := range lines {
		if large(l) {
			nLarge++
		}
	}
	for _, l := range lines {
		if large(l) || l.bold && (nLarge < 2 || l.px == 0) {
			out = append(out, l.text)
			if l.linked {
				linked = append(linked, l.text)
			}
		}
	}
	return out, linked
}
