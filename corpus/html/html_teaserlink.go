package html

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Inline teasers: between the article's paragraphs, a block whose whole
// text is one link of several words, or a kicker ending in a colon and
// such a link ("Read more: ..."), ("Four out of five jobs affected by
// virus globally", "Lesen Sie hier: ...") is another story's headline
// set into the article, not a sentence of it. Table rows and cells (a
// listing's dates and titles), headings and blocks that
// hold one, the items of a listing page, numbered items
// (a table of contents, an agenda), mail and telephone links and linked
// names stay; so do links before the first or after the last paragraph
// (the head and tail rules judge those).
const (
	htmlTeaserLinkMinWords = 4
	htmlTeaserLinkMaxRunes = 160
	// htmlTeaserKickerRunes bounds the text outside the link: a kicker
	// that ends in a colon before it ("Read more:", "Lesen Sie auch:").
	htmlTeaserKickerRunes = 20
)

// htmlKickerBefore reports whether the text of n before its first link
// is a kicker: at most maxRunes runes, no digit, ending in a colon
// ("Read more:", "Lesen Sie auch:").
func htmlKickerBefore(n *html.Node, maxRunes int) bool {
	var b strings.Builder
	var walk func(*html.Node) bool // reports whether a link was reached
	walk = func(c *html.Node) bool {
		for ; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && c.DataAtom == atom.A:
				return true
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && walk(c.FirstChild):
				return true
			}
		}
		return false
	}
	walk(n.FirstChild)
	k := collapseHTMLSpace(b.String())
	return k != "" && utf8.RuneCountInString(k) <= maxRunes && !strings.ContainsFunc(k, unicode.IsDigit) &&
		strings.ContainsAny(lastRuneOf(k), ":：")
}

// isTeaserLink reports whether ni is an inline teaser (see
// htmlTeaserLinkMinWords).
func (p *htmlPage) isTeaserLink(ni *nodeInfo) bool {
	if !p.rules.blockTags[ni.node.DataAtom] || ni.links != 1 || ni.text == 0 || ni.text-ni.linkText > htmlTeaserKickerRunes || ni.text > htmlTeaserLinkMaxRunes ||
		ni.headings > 0 || len(p.itemLinks) > 0 {
		return false
	}
	switch ni.node.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dt, atom.Dd, atom.Table, atom.Tbody, atom.Tr, atom.Td, atom.Th:
		return false
	}
	if p.headEnd < 0 {
		p.headEnd = p.firstParagraphStart()
	}
	if p.tailStart < 0 {
		p.tailStart = p.lastParagraphEnd()
	}
	if ni.pre <= p.headEnd || ni.pre > p.tailStart || htmlContactLinkRunes(ni.node) > 0 {
		return false
	}
	if ni.node.DataAtom == atom.Ol || htmlInsideTags(ni.node, atom.Ol) {
		return false // a numbered item: a table of contents, an agenda
	}
	text := collapseHTMLSpace(htmlTextOf(ni.node))
	if ni.linkText < ni.text && !htmlKickerBefore(ni.node, htmlTeaserKickerRunes) {
		return false
	}
	return len(strings.Fields(text)) >= htmlTeaserLinkMinWords && !htmlNameLike(text) && !htmlStartsWithLabel(text)
}
