package html

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Captions that echo their picture: a block whose text is the alt or
// title text of a picture on the page is that picture's caption (the
// site writes the caption once and shows it twice, as the image's
// description and under it), not the article's text. Headings are never
// captions: a teaser image often carries the article's headline as its
// alt text.

// htmlEchoMinRunes is the shortest alt or title text that makes an echo:
// "Photo", "Logo" and a name alone are too common to say anything.
const htmlEchoMinRunes = 20

// htmlEchoMaxRunes bounds the blocks compared with the alt texts: a
// caption is a line or two, not a paragraph of running text.
const htmlEchoMaxRunes = 400

// htmlEchoKey normalizes a text for the comparison: lower case, white
// space collapsed, trailing punctuation and spaces around commas and
// colons dropped.
func htmlEchoKey(s string) string {
	s = strings.ToLower(collapseHTMLSpace(s))
	s = strings.NewReplacer(" ,", ",", " :", ":").Replace(s)
	return strings.TrimRight(s, " .…")
}

// pictureTexts returns the alt and title texts of the pictures below n
// (htmlEchoKey, at least htmlEchoMinRunes long), and the counts of their
// non-space runes (a block's text can only echo one of its own length).
func pictureTexts(n *html.Node) (map[string]bool, map[int]bool) {
	texts, sizes := map[string]bool{}, map[int]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Img {
				for _, a := range c.Attr {
					if a.Key != "alt" && a.Key != "title" {
						continue
					}
					if k := htmlEchoKey(a.Val); utf8.RuneCountInString(k) >= htmlEchoMinRunes {
						texts[k] = true
						n, _ := htmlCountText(k)
						sizes[n] = true
					}
				}
			}
			walk(c)
		}
	}
	walk(n)
	return texts, sizes
}

// htmlEchoTrailing is how many trailing runes (a period, an ellipsis)
// htmlEchoKey may drop from a block's text.
const htmlEchoTrailing = 3

// isPictureEcho reports whether block ni's text is the alt or title text
// of a picture of the page (see pictureTexts): a caption.
func (p *htmlPage) isPictureEcho(ni *nodeInfo) bool {
	switch ni.node.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return false
	}
	if ni.text < htmlEchoMinRunes || ni.text > htmlEchoMaxRunes || !p.rules.blockTags[ni.node.DataAtom] {
		return false
	}
	if p.pictureEchoes == nil {
		p.pictureEchoes, p.pictureEchoSizes = pictureTexts(p.body)
	}
	if len(p.pictureEchoes) == 0 {
		return false
	}
	sized := false
	for d := 0; d <= htmlEchoTrailing && !sized; d++ {
		sized = p.pictureEchoSizes[ni.text-d]
	}
	return sized && p.pictureEchoes[htmlEchoKey(htmlTextOf(ni.node))]
}

// Credit lines: a short block that opens with a picture's credit or
// caption label ("Photo: ...", "Bildnachweis: ...", "Crédits photos :
// ...", "Photograph by ...") or with a copyright sign is a caption or a
// credit, not the article's text.

//go:embed data/credit_labels.txt
var creditLabelsText string

// htmlCreditMaxRunes bounds a credit line.
const htmlCreditMaxRunes = 200

// htmlCreditSeparators may follow a credit label.
var htmlCreditSeparators = []string{":", "|", "/", "-", "–", "—", "by ", "von ", "de ", "par ", "di ", "door ", "por "}

// readCreditLabels reads data/credit_labels.txt.
func readCreditLabels() map[string]bool {
	labels := map[string]bool{}
	for line := range wordListLines(creditLabelsText) {
		labels[line] = true
	}
	return labels
}

// htmlCreditLine reports whether text (a block's) is a credit line: at
// most htmlCreditMaxRunes, opening with "©" or one of labels (up to three
// words) followed by one of htmlCreditSeparators. "(c)" is not read as a
// copyright sign: it labels the third item of a list.
func htmlCreditLine(text string, labels map[string]bool) bool {
	s := strings.ToLower(collapseHTMLSpace(text))
	if s == "" || utf8.RuneCountInString(s) > htmlCreditMaxRunes {
		return false
	}
	if strings.HasPrefix(s, "©") {
		return true
	}
	if head, _, ok := strings.Cut(s, ":"); ok && labels[strings.TrimSpace(head)] {
		return true // "Foto:dpa", "Crédits photos : X"
	}
	words := strings.Fields(s)
	for n := min(3, len(words)-1); n >= 1; n-- {
		label := strings.Join(words[:n], " ")
		if !labels[label] {
			continue
		}
		rest := strings.TrimSpace(s[len(label):])
		for _, sep := range htmlCreditSeparators {
			if strings.HasPrefix(rest, sep) {
				return true
			}
		}
	}
	return false
}

// isCreditLine reports whether block ni, a block of text and inline
// elements only, is a credit line (htmlCreditLine).
func (p *htmlPage) isCreditLine(ni *nodeInfo) bool {
	switch ni.node.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return false
	}
	if ni.text == 0 || ni.text > htmlCreditMaxRunes || !p.rules.blockTags[ni.node.DataAtom] || p.hasBlockChild(ni.node) {
		return false
	}
	// The label and its separator open the block: its first bytes decide
	// before the whole text is read.
	if !htmlCreditLine(htmlFirstText(ni.node, htmlCreditPrefixBytes), p.rules.creditLabels) {
		return false
	}
	return htmlCreditLine(htmlTextOf(ni.node), p.rules.creditLabels)
}

// htmlCreditPrefixBytes is how much of a block isCreditLine reads first:
// more than the longest label of data/credit_labels.txt and a separator.
const htmlCreditPrefixBytes = 40

// hasBlockChild reports whether n has a child element that is a block: a
// block of blocks (a figure holding a credit and a headline) is more than
// its first line.
func (p *htmlPage) hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && p.rules.blockTags[c.DataAtom] {
			return true
		}
	}
	return false
}
