package html

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Inline teasers: between the article's paragraphs, a block whose whole
// text is one link of several words ("Four out of five jobs affected by
// virus globally", "Lesen Sie hier: ...") is another story's headline
// set into the article, not a sentence of it. Headings and blocks that
// hold one, the items of a listing page, numbered items
// (a table of contents, an agenda), mail and telephone links and linked
// names stay; so do links before the first or after the last paragraph
// (the head and tail rules judge those).
const (
	htmlTeaserLinkMinWords = 4
	htmlTeaserLinkMaxRunes = 160
)

// isTeaserLink reports whether ni is an inline teaser (see
// htmlTeaserLinkMinWords).
func (p *htmlPage) isTeaserLink(ni *nodeInfo) bool {
	if !p.rules.blockTags[ni.node.DataAtom] || ni.links != 1 || ni.text == 0 || ni.linkText < ni.text || ni.text > htmlTeaserLinkMaxRunes ||
		ni.headings > 0 || len(p.itemLinks) > 0 {
		return false
	}
	switch ni.node.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dt, atom.Dd:
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
	return len(strings.Fields(text)) >= htmlTeaserLinkMinWords && !htmlNameLike(text) && !htmlStartsWithLabel(text)
}
