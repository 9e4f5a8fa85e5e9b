package html

import (
	"cmp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Rendering the chosen part of a page as text, the way a browser shows it:
// one block (paragraph, heading, list item, table row) per line with a blank
// line between blocks, <br> as a line break inside a block, white space
// collapsed, inline elements joined without added spaces (a browser renders
// <b>word</b>word as one word), table cells of a row separated by a tab,
// ordered-list items prefixed with their number as rendered (`1.`, `a.`,
// `iv.`, honouring start, type, reversed and value) and unordered items with
// "- ".

const (
	// htmlMaxHeadRegionRunes bounds the text kept between the main <h1> and
	// the main container; more than this is not a title block.
	htmlMaxHeadRegionRunes = 1200
	// htmlMaxKickerBlocks and htmlMaxKickerRunes bound the blocks kept
	// above a headline that sits outside the main container.
	htmlMaxKickerBlocks = 3
	htmlMaxKickerRunes  = 200
	// htmlInnerLinkDensity is the link density above which a block inside the
	// main container is a link list (related links, tags) and dropped,
	// unless the container is itself a link list.
	htmlInnerLinkDensity = 0.7
	// htmlMinLinkListLinks is the fewest links that make a link list; one link
	// alone (a teaser title, "Read more") is content.
	htmlMinLinkListLinks = 3
)

type htmlTextWriter struct {
	b strings.Builder
	// pendingSpace: white space was seen since the last written rune.
	pendingSpace bool
	// breakLevel: 0 none, 1 line break, 2 block break pending.
	breakLevel int
	// afterMarker: a list marker was just written; the item's first
	// block (<li><p>) starts on the marker's line, as a browser shows it.
	afterMarker bool
	// cuts are byte ranges of b left out of the text (see
	// closeTailHeadings), in order.
	cuts [][2]int
	// bold counts the open <b> and <strong> elements; lineStart is where
	// the current line starts in b, lineText that it has text, lineBold
	// that all of it is bold. boldLines collects the lines set whole in
	// bold.
	bold               int
	lineStart          int
	lineText, lineBold bool
	// px is the font size a style sets for the text being written (0:
	// none), linePx the smallest on the current line (-1: some of it has
	// none); typeLines collects the lines with text, runesByPx how much
	// text is set in each size (html_style.go).
	px     float64
	linePx float64
	// link counts the open <a href> elements, lineLink that all the
	// current line's text is inside one.
	link      int
	lineLink  bool
	typeLines []typeLine
	runesByPx map[float64]int
}

// endLine ends the current line: a line whose text is all bold is kept
// in boldLines.
func (w *htmlTextWriter) endLine() {
	if w.lineText {
		if t := strings.TrimSpace(w.b.String()[w.lineStart:]); t != "" {
			w.typeLines = append(w.typeLines, typeLine{text: t, bold: w.lineBold, px: max(w.linePx, 0), linked: w.lineLink})
		}
	}
	w.lineText, w.lineBold = false, false
}

// wrote notes text written on the current line, bold or not.
func (w *htmlTextWriter) wrote(bold bool) {
	px := w.px
	if px > 0 {
		if w.runesByPx == nil {
			w.runesByPx = map[float64]int{}
		}
		w.runesByPx[px]++
	} else {
		px = -1
	}
	if !w.lineText {
		w.lineText, w.lineBold, w.linePx, w.lineLink = true, bold, px, w.link > 0
		return
	}
	w.lineBold = w.lineBold && bold
	w.lineLink = w.lineLink && w.link > 0
	if px < 0 || w.linePx < 0 {
		w.linePx = -1
	} else {
		w.linePx = min(w.linePx, px)
	}
}

// String returns the text written, less the cut ranges.
func (w *htmlTextWriter) String() string {
	if len(w.cuts) == 0 {
		return w.b.String()
	}
	s := w.b.String()
	var out strings.Builder
	out.Grow(len(s))
	at := 0
	for _, c := range w.cuts {
		out.WriteString(s[at:c[0]])
		at = c[1]
	}
	out.WriteString(s[at:])
	return out.String()
}

// marker writes a list item's marker at the start of a new block.
func (w *htmlTextWriter) marker(m string) {
	w.flushBreak()
	w.b.WriteString(m)
	w.wrote(false)
	w.afterMarker = true
}

func (w *htmlTextWriter) atStart() bool { return w.b.Len() == 0 }

func (w *htmlTextWriter) blockBreak() {
	if w.afterMarker {
		return
	}
	w.breakLevel = 2
	w.pendingSpace = false
}

func (w *htmlTextWriter) lineBreak() {
	// A second <br> in a row leaves an empty line: a paragraph break, as
	// old pages write paragraphs.
	w.breakLevel = min(w.breakLevel+1, 2)
	w.pendingSpace = false
}

func (w *htmlTextWriter) flushBreak() {
	w.afterMarker = false
	if w.atStart() {
		w.breakLevel = 0
		w.pendingSpace = false
		return
	}
	switch w.breakLevel {
	case 2:
		w.endLine()
		w.b.WriteString("\n\n")
		w.lineStart = w.b.Len()
	case 1:
		w.endLine()
		w.b.WriteByte('\n')
		w.lineStart = w.b.Len()
	default:
		if w.pendingSpace && !w.afterBlank() {
			w.b.WriteByte(' ')
		}
	}
	w.breakLevel = 0
	w.pendingSpace = false
}

// afterBlank reports whether the last byte written is a tab (cell
// separator) or a space (after a list marker).
func (w *htmlTextWriter) afterBlank() bool {
	s := w.b.String()
	return len(s) > 0 && (s[len(s)-1] == '\t' || s[len(s)-1] == ' ')
}

// text writes s with white space collapsed.
func (w *htmlTextWriter) text(s string) {
	for _, r := range s {
		if isHTMLSpace(r) {
			w.pendingSpace = true
			continue
		}
		if isInvisibleRune(r) {
			continue
		}
		w.flushBreak()
		w.b.WriteRune(r)
		w.wrote(w.bold > 0)
	}
}

// raw writes preformatted text, keeping its line breaks.
func (w *htmlTextWriter) raw(s string) {
	for i, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if i > 0 {
			w.lineBreak()
		}
		line = strings.TrimRight(line, " \t")
		if strings.TrimSpace(line) == "" {
			continue
		}
		w.flushBreak()
		w.b.WriteString(strings.ReplaceAll(line, "\u00a0", " "))
		w.wrote(false)
	}
}

// render returns the text of the head region and the main container.
func (p *htmlPage) render() string {
	w := &htmlTextWriter{}
	mi := p.info[p.main]
	if p.h1 != nil && p.detect && p.inContent(p.info[p.h1]) {
		// A headline in chrome (the page's header, a title widget) stays
		// out of the text as the rest of that chrome does; it still names
		// the article in Meta.Headline.
		hi := p.info[p.h1]
		if hi.pre < mi.pre || hi.pre > mi.last {
			p.renderKicker(w)
			p.renderNode(w, p.h1, false)
			w.blockBreak()
			if hi.pre < mi.pre {
				p.renderBetween(w, hi, mi)
			}
		}
	}
	p.renderNode(w, p.main, mi.linkDensity() > 0.5)
	p.closeTailHeadings(w)
	w.endLine()
	p.boldLines, p.linkedHeadlines = typeHeadingLines(w.typeLines, w.runesByPx)
	if !p.detect {
		return tidyHTMLLines(w.String())
	}
	return p.rules.calls.trimEdgeLabels(tidyHTMLLines(w.String()))
}

// closeTailHeadings cuts the pending tail headings (see isTailHeading)
// under which nothing was written, from the last one back, and clears
// them: a heading whose section was all dropped ("Related articles",
// "About the author", "Share this page") is the page's furniture.
func (p *htmlPage) closeTailHeadings(w *htmlTextWriter) {
	end := w.b.Len()
	var cuts [][2]int
	for i := len(p.tailHeadings) - 1; i >= 0; i-- {
		h := p.tailHeadings[i]
		if h[1] != end {
			break
		}
		cuts = append(cuts, h)
		end = h[0]
	}
	for i := len(cuts) - 1; i >= 0; i-- {
		w.cuts = append(w.cuts, cuts[i])
	}
	p.tailHeadings = p.tailHeadings[:0]
}

// isTailHeading reports whether ni is a heading (<h2> to <h6>) after the
// main container's last paragraph of running text.
func (p *htmlPage) isTailHeading(ni *nodeInfo) bool {
	switch ni.node.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	if p.tailStart < 0 {
		p.tailStart = p.lastParagraphEnd()
	}
	return ni.pre > p.tailStart
}

// renderKicker renders the short blocks just above the headline in its
// own container ("Media Release · 14 March 2024", "Press statement").
func (p *htmlPage) renderKicker(w *htmlTextWriter) {
	var kicker []*html.Node
	for s := p.h1.PrevSibling; s != nil && len(kicker) < htmlMaxKickerBlocks; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		si := p.info[s]
		if si == nil || si.chrome || si.text == 0 {
			continue
		}
		if si.text > htmlMaxKickerRunes || si.linkDensity() > 0.5 {
			break
		}
		kicker = append(kicker, s)
	}
	for i := len(kicker) - 1; i >= 0; i-- {
		p.renderNode(w, kicker[i], false)
		w.blockBreak()
	}
}

// renderBetween renders the content blocks that lie after the headline
// and before the main container in document order, when they are short.
func (p *htmlPage) renderBetween(w *htmlTextWriter, hi, mi *nodeInfo) {
	var blocks []*html.Node
	total := 0
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			ci := p.info[c]
			if ci == nil || ci.last <= hi.last || ci.chrome {
				continue // before or inside the headline
			}
			if ci.pre >= mi.pre {
				return false // reached the main container
			}
			if ci.last >= mi.pre {
				// An ancestor of the container: descend.
				return walk(c)
			}
			if ci.pre <= hi.pre {
				// An ancestor of the headline: its part after the
				// headline counts.
				if !walk(c) {
					return false
				}
				continue
			}
			// Bylines link their agencies and people: tolerate links,
			// but not a list of them.
			if ci.text == 0 || ci.linkDensity() > 0.8 || ci.linkDensity() > 0.5 && ci.links >= htmlMinLinkListLinks+2 {
				continue
			}
			total += ci.text
			if total > htmlMaxHeadRegionRunes {
				return false
			}
			blocks = append(blocks, c)
		}
		return true
	}
	// Start from the lowest common ancestor of the headline and container.
	lca := p.h1.Parent
	for lca != nil {
		li := p.info[lca]
		if li == nil || (li.pre <= mi.pre && li.last >= mi.last) {
			break
		}
		lca = lca.Parent
	}
	if lca == nil {
		return
	}
	walk(lca)
	if total > htmlMaxHeadRegionRunes {
		return
	}
	for _, b := range blocks {
		p.renderNode(w, b, false)
		w.blockBreak()
	}
}

// renderNode writes n and its descendants. linkList is true when n's
// container is itself a list of links, so link-dense blocks stay.
func (p *htmlPage) renderNode(w *htmlTextWriter, n *html.Node, linkList bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	ni := p.info[n]
	if ni != nil && n != p.main && n != p.h1 {
		if ni.chrome {
			return
		}
		head := p.recordHeads[n] // a record's headline (html_records.go)
		if p.detect && !linkList && !head && (p.isLinkList(ni) || p.isTailLinks(ni) || p.isHeadLink(ni)) {
			return
		}
		if p.detect && !head && (p.isPictureEcho(ni) || p.isCreditLine(ni) || p.isCounterElement(ni) || p.isIconLabel(ni) || p.isDisclosure(ni) || p.isTeaserLink(ni)) {
			return
		}
		if p.detect && !head && p.isTailHeading(ni) {
			// Kept only if text follows before the next heading or the
			// end (closeTailHeadings).
			p.closeTailHeadings(w)
			start := w.b.Len()
			w.blockBreak()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				p.renderNode(w, c, linkList)
			}
			w.blockBreak()
			p.tailHeadings = append(p.tailHeadings, [2]int{start, w.b.Len()})
			return
		}
	}
	switch n.DataAtom {
	case atom.Br:
		w.lineBreak()
		return
	case atom.Hr:
		w.blockBreak()
		return
	case atom.Img, atom.Wbr:
		return
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
		w.blockBreak()
		w.raw(htmlTextOf(n))
		w.blockBreak()
		return
	case atom.Time:
		if v := htmlTimeValue(n); v != "" {
			p.timesSeen = append(p.timesSeen, v)
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if h := collapseHTMLSpace(htmlTextOf(n)); h != "" {
			p.headingsSeen = append(p.headingsSeen, n.Data[1:]+"\t"+strings.ReplaceAll(h, "\t", " "))
		}
	case atom.Td, atom.Th:
		if n.PrevSibling != nil && htmlHasPrevCell(n) {
			w.flushTab()
		}
	case atom.Ol, atom.Ul, atom.Menu, atom.Dir:
		w.blockBreak()
		p.renderList(w, n, linkList)
		w.blockBreak()
		return
	}
	if n.DataAtom == atom.B || n.DataAtom == atom.Strong || styleBold(n) {
		w.bold++
		defer func() { w.bold-- }()
	}
	if n.DataAtom == atom.A && htmlHasAttr(n, "href") {
		w.link++
		defer func() { w.link-- }()
	}
	if px := styleFontPx(n, cmp.Or(w.px, defaultFontPx)); px > 0 {
		outer := w.px
		w.px = px
		defer func() { w.px = outer }()
	}
	block := p.rules.blockTags[n.DataAtom]
	switch n.DataAtom {
	case atom.Dt:
		// "From:" and its <dd> read as one line, as in a byline.
		w.blockBreak()
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			p.renderNode(w, c, linkList)
		}
		w.pendingSpace = true
		return
	case atom.Dd:
		if prevElementIs(n, atom.Dt) {
			w.pendingSpace = true
			block = false
			defer w.blockBreak()
		}
	}
	if block {
		w.blockBreak()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.renderNode(w, c, linkList)
	}
	if block {
		w.blockBreak()
	}
}

// Tail links: after the main container's last paragraph of running text,
// a short block mostly of links ("Tags: ...", "Filed under ...", "Older
// post", "Next article") is the page's furniture, not the article.
const (
	// htmlTailParagraphRunes and htmlTailParagraphLinks define running
	// text: a paragraph this long with at most this share in links.
	htmlTailParagraphRunes = 80
	htmlTailParagraphLinks = 0.3
	// htmlTailMaxRunes and htmlTailMinLinks bound a tail block: this
	// short, at least this share of it in links.
	htmlTailMaxRunes = 200
	htmlTailMinLinks = 0.5
)

// isTailLinks reports whether ni is a short link block after the main
// container's last paragraph of running text.
func (p *htmlPage) isTailLinks(ni *nodeInfo) bool {
	if !p.rules.blockTags[ni.node.DataAtom] || ni.text == 0 || ni.text > htmlTailMaxRunes ||
		ni.linkDensity() < htmlTailMinLinks {
		return false
	}
	if p.tailStart < 0 {
		p.tailStart = p.lastParagraphEnd()
	}
	if ni.pre <= p.tailStart {
		return false
	}
	// A contact line ("Media enquiries: press@agency.example") links its
	// addresses; those links are the record's content.
	contact := htmlContactLinkRunes(ni.node)
	return float64(ni.linkText-contact) >= htmlTailMinLinks*float64(ni.text)
}

// htmlHeadLinkRunes bounds a lone link block before the article's first
// paragraph ("Back to overview", "PDF version", "Print recipe").
const htmlHeadLinkRunes = 40

// isHeadLink reports whether ni is a short block of links only
// (htmlHeadLinkRunes) before the main container's first paragraph of
// running text: the page's furniture above the article ("Back to the
// overview", "pdf version", a section's name). Headings (a linked
// headline), mail and telephone links, text with digits (a dateline
// linked to the day's archive) and linked names (a byline: several links,
// or every word capitalized) are not.
func (p *htmlPage) isHeadLink(ni *nodeInfo) bool {
	if !p.rules.blockTags[ni.node.DataAtom] || ni.text == 0 || ni.text > htmlHeadLinkRunes || ni.links == 0 || ni.linkText < ni.text {
		return false
	}
	switch ni.node.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return false // a linked headline
	}
	if p.headEnd < 0 {
		p.headEnd = p.firstParagraphStart()
	}
	if ni.pre >= p.headEnd || htmlContactLinkRunes(ni.node) > 0 {
		return false
	}
	// A date linked to the day's archive is the dateline; linked names
	// (every word capitalized, or several links) are the byline.
	text := htmlTextOf(ni.node)
	return ni.links == 1 && !strings.ContainsFunc(text, unicode.IsDigit) && !htmlNameLike(text)
}

// htmlNameLike reports whether text is two or more words, each
// capitalized: a person's name (or a title), as a byline links it.
func htmlNameLike(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// firstParagraphStart returns the pre-order index of the main container's
// first paragraph of running text (htmlTailParagraphRunes,
// htmlTailParagraphLinks), or its own index when it has none.
func (p *htmlPage) firstParagraphStart() int {
	mi := p.info[p.main]
	for _, d := range p.order[mi.pre : mi.last+1] {
		if (d.node.DataAtom == atom.P || d.node.DataAtom == atom.Li || d.node.DataAtom == atom.Blockquote) &&
			d.text >= htmlTailParagraphRunes && d.linkDensity() <= htmlTailParagraphLinks {
			return d.pre
		}
	}
	return mi.pre
}

// htmlContactLinkRunes counts the non-space runes of the mailto: and tel:
// links below n.
func htmlContactLinkRunes(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			href := strings.ToLower(strings.TrimSpace(htmlAttr(c, "href")))
			if strings.HasPrefix(href, "mailto:") || strings.HasPrefix(href, "tel:") {
				t, _ := htmlCountText(htmlTextOf(c))
				total += t
			}
			continue
		}
		total += htmlContactLinkRunes(c)
	}
	return total
}

// lastParagraphEnd returns the pre-order index of the last element below
// the main container's last paragraph of running text (htmlTailParagraphRunes,
// htmlTailParagraphLinks), or the container's own last index when it has
// none.
func (p *htmlPage) lastParagraphEnd() int {
	mi := p.info[p.main]
	end := mi.last
	for _, d := range p.order[mi.pre : mi.last+1] {
		if (d.node.DataAtom == atom.P || d.node.DataAtom == atom.Li || d.node.DataAtom == atom.Blockquote) &&
			d.text >= htmlTailParagraphRunes && d.linkDensity() <= htmlTailParagraphLinks {
			end = d.last
		}
	}
	return end
}

// isLinkList reports whether a block inside the main container is a list
// of links (related articles, tags, "more news") rather than content.
func (p *htmlPage) isLinkList(ni *nodeInfo) bool {
	switch ni.node.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.P, atom.Dl, atom.Dd, atom.Dt:
		// Headings that link to an article, paragraphs and definition
		// lists ("From: agency, agency and person") are content.
		return false
	}
	return p.rules.blockTags[ni.node.DataAtom] && ni.links >= htmlMinLinkListLinks && ni.items >= 2 && ni.text > 0 &&
		ni.linkDensity() > htmlInnerLinkDensity && ni.text < p.info[p.main].text*3/10
}

// flushTab separates table cells with a tab unless at a line start.
func (w *htmlTextWriter) flushTab() {
	if w.breakLevel > 0 || w.atStart() {
		return
	}
	w.b.WriteByte('\t')
	w.pendingSpace = false
}

func prevElementIs(n *html.Node, a atom.Atom) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			return s.DataAtom == a
		}
	}
	return false
}

func htmlHasPrevCell(n *html.Node) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && (s.DataAtom == atom.Td || s.DataAtom == atom.Th) {
			return true
		}
	}
	return false
}

// renderList writes the items of an <ol> or <ul> with their markers.
func (p *htmlPage) renderList(w *htmlTextWriter, list *html.Node, linkList bool) {
	ordered := list.DataAtom == atom.Ol
	typ := htmlAttr(list, "type")
	reversed := htmlHasAttr(list, "reversed")
	items := 0
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li {
			items++
		}
	}
	num := 1
	if reversed {
		num = items
	}
	if s, err := strconv.Atoi(strings.TrimSpace(htmlAttr(list, "start"))); err == nil {
		num = s
	}
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			p.renderNode(w, c, linkList)
			continue
		}
		if v, err := strconv.Atoi(strings.TrimSpace(htmlAttr(c, "value"))); err == nil {
			num = v
		}
		ci := p.info[c]
		skip := ci != nil && ci.chrome
		if !skip && p.detect && !linkList && p.isLinkList(p.info[list]) {
			skip = true
		}
		if !skip {
			w.blockBreak()
			first := htmlFirstText(c, 12)
			if ordered {
				if !htmlStartsWithLabel(first) {
					w.marker(htmlListLabel(num, typ) + " ")
				}
			} else if first != "" && !htmlStartsWithBullet(first) {
				w.marker("- ")
			}
			for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
				p.renderNode(w, cc, linkList)
			}
			w.blockBreak()
		}
		if reversed {
			num--
		} else {
			num++
		}
	}
}

// htmlListLabel formats an ordered-list number as a browser renders it.
func htmlListLabel(n int, typ string) string {
	switch typ {
	case "a":
		return htmlAlphaLabel(n, 'a') + "."
	case "A":
		return htmlAlphaLabel(n, 'A') + "."
	case "i":
		return strings.ToLower(htmlRomanLabel(n)) + "."
	case "I":
		return htmlRomanLabel(n) + "."
	}
	return strconv.Itoa(n) + "."
}

func htmlAlphaLabel(n int, base rune) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	var out []rune
	for n > 0 {
		n--
		out = append([]rune{base + rune(n%26)}, out...)
		n /= 26
	}
	return string(out)
}

func htmlRomanLabel(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// htmlStartsWithLabel reports whether s begins with an item label of its own
// ("1.", "(a)", "iv)"), as lists styled without markers write them.
func htmlStartsWithLabel(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	i := 0
	if s[0] == '(' || s[0] == '[' {
		i = 1
	}
	j := i
	for j < len(s) && j-i < 4 && (s[j] >= '0' && s[j] <= '9' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	if j == i || j >= len(s) {
		return false
	}
	allDigits := true
	for _, c := range s[i:j] {
		if !unicode.IsDigit(c) {
			allDigits = false
		}
	}
	if !allDigits && j-i > 1 && !htmlIsRoman(s[i:j]) {
		return false
	}
	switch s[j] {
	case '.', ')', ']':
		return true
	}
	return false
}

func htmlIsRoman(s string) bool {
	return strings.Trim(strings.ToLower(s), "ivxlc") == ""
}

func htmlStartsWithBullet(s string) bool {
	s = strings.TrimSpace(s)
	for _, b := range []string{"-", "•", "*", "·", "▪", "◦", "–", "—"} {
		if strings.HasPrefix(s, b) {
			return true
		}
	}
	return false
}

// htmlFirstText returns about the first max bytes of n's text.
func htmlFirstText(n *html.Node, max int) string {
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
				if len(strings.TrimSpace(b.String())) >= max {
					return false
				}
			case html.ElementNode:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	walk(n)
	return strings.TrimLeft(strings.Map(func(r rune) rune {
		if isHTMLSpace(r) {
			return ' '
		}
		return r
	}, b.String()), " ")
}

func htmlTimeValue(n *html.Node) string {
	if v := strings.TrimSpace(htmlAttr(n, "datetime")); v != "" {
		return v
	}
	return collapseHTMLSpace(htmlTextOf(n))
}

func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func htmlHasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// tidyHTMLLines trims each line, drops blank lines at the ends and collapses
// runs of blank lines into one.
func tidyHTMLLines(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if strings.TrimSpace(l) == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}
