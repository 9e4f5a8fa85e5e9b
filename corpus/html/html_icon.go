package html

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Icon labels: a button drawn as an icon with a word or two beside it
// ("Pin it", "Teilen", "Merken", "Print") is the page's furniture, not
// the article, wherever it sits (over a picture, under the headline, at
// the end). Its shape: an element holding an <svg> icon and, besides
// it, at most htmlIconLabelWords words of letters (no digit: a
// telephone or a date beside an icon is content; no sentence end; not a
// heading; not a link to mail or a telephone; not a linked name, the
// byline).
const (
	htmlIconLabelWords = 2
	htmlIconLabelRunes = 24
)

// htmlIconDepth bounds how deep below an element its icon is looked for.
const htmlIconDepth = 3

// isIconLabel reports whether ni is an icon with a short label beside it
// (see htmlIconLabelWords).
func (p *htmlPage) isIconLabel(ni *nodeInfo) bool {
	if !p.icons || ni.text == 0 || ni.text > htmlIconLabelRunes {
		return false
	}
	switch ni.node.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Td, atom.Th:
		return false
	}
	if !htmlHasIcon(ni.node, htmlIconDepth) || htmlContactLinkRunes(ni.node) > 0 {
		return false
	}
	text := collapseHTMLSpace(htmlTextOf(ni.node))
	// A linked name beside a person icon is the byline.
	return htmlIconLabelText(text) && (ni.links == 0 || !htmlNameLike(text))
}

// htmlIconLabelText reports whether text reads as a button's label: one
// or two words of letters, no digit (htmlShortLine), no sentence end.
func htmlIconLabelText(text string) bool {
	return htmlShortLine(text, htmlIconLabelWords, htmlIconLabelRunes) && !strings.ContainsAny(lastRuneOf(text), ".!?:。！？：")
}

// htmlHasIcon reports whether an <svg> is among n's descendants down to
// depth levels.
func htmlHasIcon(n *html.Node, depth int) bool {
	if depth == 0 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Svg || htmlHasIcon(c, depth-1) {
			return true
		}
	}
	return false
}
