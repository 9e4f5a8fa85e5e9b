package html

import (
	_ "embed"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// Disclosures: a notice before the article's first paragraph that the
// post is advertising or holds affiliate links ("Anzeige, enthält
// Affiliate Links", "This post contains references to products from our
// advertisers. We may receive compensation ...") belongs to the page, not
// the article: an element there of at most htmlDisclosureMaxWords words
// that holds a cue of data/disclosure_cues.txt, no digit and no block of
// its own is dropped (the innermost block: a header block that also holds
// the headline, or a dateline that also holds the notice, stays). Only there: an article about
// advertising says the same words in its paragraphs.

// htmlDisclosureMaxWords bounds the words of a disclosure.
const htmlDisclosureMaxWords = 60

//go:embed data/disclosure_cues.txt
var disclosureCuesText string

// isDisclosure reports whether ni, before the main container's first
// paragraph, is an advertising or affiliate disclosure.
func (p *htmlPage) isDisclosure(ni *nodeInfo) bool {
	if ni.text == 0 || !p.rules.blockTags[ni.node.DataAtom] {
		return false
	}
	if p.headEnd < 0 {
		p.headEnd = p.firstParagraphStart()
	}
	if ni.pre >= p.headEnd {
		return false
	}
	for c := ni.node.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && p.rules.blockTags[c.DataAtom] {
			return false
		}
	}
	text := htmlTextOf(ni.node)
	return !strings.ContainsFunc(text, unicode.IsDigit) && p.rules.disclosures.holds(text, htmlDisclosureMaxWords)
}
