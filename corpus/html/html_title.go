package html

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The title heading: the page's own titles (<title>, og:title) name its
// article, so the heading (<h1>, else <h2>) whose text agrees with one of
// them is the article's headline wherever it sits, even in a wrapper that
// looks like chrome by its class ("page-top", "title-widget") or in the
// page's <header>. The detector takes it as the headline (rendered in
// front of the main content and reported as Meta.Headline) and gives the
// container of the text that follows it the headline's bonus, so that a
// column of teasers beside the article does not outscore it.

// htmlTitleMinRunes and htmlTitleMinWords bound the shortest heading that
// can agree with a title: a site's name or a one-word section heading
// ("News") is not an article's headline.
const (
	htmlTitleMinRunes = 12
	htmlTitleMinWords = 2
)

// htmlTitleSeparators split a <title> into its parts (headline, section,
// site name).
var htmlTitleSeparators = []string{" | ", " - ", " :: ", " · ", " » ", " / ", " « "}

// htmlNormTitle lowercases s, reads every dash as '-', drops quotes and
// collapses white space, so that a heading and a title written with other
// dashes or quotes compare equal.
func htmlNormTitle(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '–', '—', '‒', '−':
			return '-'
		case '"', '\'', '“', '”', '„', '‘', '’', '«', '»', '‹', '›':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	return collapseHTMLSpace(s)
}

// htmlTitleAgrees reports whether heading agrees with title: equal, or
// equal to its longest part (a title is often "Headline | Section |
// Site"), or one of the two begins with the other and the shorter is most
// of the longer or that whole part (a heading with its subtitle run in, a
// title cut short with an ellipsis). Both are normalized with
// htmlNormTitle first.
func htmlTitleAgrees(heading, title string) bool {
	h, t := htmlNormTitle(heading), htmlNormTitle(title)
	if utf8.RuneCountInString(h) < htmlTitleMinRunes || len(strings.Fields(h)) < htmlTitleMinWords || t == "" {
		return false
	}
	if h == t {
		return true
	}
	parts := []string{t}
	for _, sep := range htmlTitleSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	// The headline is the title's longest part; the others are its
	// section and the site's name.
	longest := ""
	for _, p := range parts {
		p = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p), ".…"))
		if utf8.RuneCountInString(p) > utf8.RuneCountInString(longest) {
			longest = p
		}
	}
	p := longest
	if utf8.RuneCountInString(p) < htmlTitleMinRunes || len(strings.Fields(p)) < htmlTitleMinWords {
		return false
	}
	short, long := p, h
	if len(short) > len(long) {
		short, long = long, short
	}
	return p == h || strings.HasPrefix(long, short) && (short == p || 4*len(short) >= 3*len(long))
}

// titleHeading returns the first <h1>, else the first <h2> before the
// page's first paragraph of running text, whose text agrees with one of
// titles (htmlTitleAgrees) and that is not inside a <nav>, <aside> or
// <footer>; nil when there is none or no titles. An <h2> after the text
// has begun (a paragraph outside list items, which may be teasers) is one
// of its sections, whatever the titles say.
func (p *htmlPage) titleHeading(titles []string) *html.Node {
	if len(titles) == 0 {
		return nil
	}
	firstPara := len(p.order)
	for _, ni := range p.order {
		if ni.node.DataAtom == atom.P && ni.raw-ni.rawLink >= htmlTailParagraphRunes && !htmlInsideTags(ni.node, atom.Li) {
			firstPara = ni.pre
			break
		}
	}
	for _, tag := range []atom.Atom{atom.H1, atom.H2} {
		for _, ni := range p.order {
			if ni.node.DataAtom != tag || ni.raw == 0 || htmlInsideTags(ni.node, atom.Nav, atom.Aside, atom.Footer) {
				continue
			}
			if tag == atom.H2 && ni.pre > firstPara {
				break
			}
			text := collapseHTMLSpace(htmlTextOf(ni.node))
			for _, t := range titles {
				if htmlTitleAgrees(text, t) {
					return ni.node
				}
			}
		}
	}
	return nil
}

// htmlInsideTags reports whether an ancestor of n has one of tags.
func htmlInsideTags(n *html.Node, tags ...atom.Atom) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		for _, t := range tags {
			if a.DataAtom == t {
				return true
			}
		}
	}
	return false
}

// htmlAnchorSiblings bounds how many elements after a chrome-wrapped title
// heading's wrapper are looked at for the article's container.
const htmlAnchorSiblings = 3

// chromeTitleAnchor returns, for a title heading inside chrome, the scored
// container that follows the chrome wrapping it: the first scored element
// among the next htmlAnchorSiblings element siblings of its outermost
// chrome ancestor (an article's body follows its headline's block), or
// nil.
func (p *htmlPage) chromeTitleAnchor() *nodeInfo {
	if p.titleHead == nil {
		return nil
	}
	var wrap *html.Node
	for a := p.titleHead; a != nil; a = a.Parent {
		if ai := p.info[a]; ai != nil && ai.chrome {
			wrap = a
		}
	}
	if wrap == nil {
		return nil
	}
	seen := 0
	for s := wrap.NextSibling; s != nil && seen < htmlAnchorSiblings; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		seen++
		si := p.info[s]
		if si == nil || si.chrome || si.text == 0 {
			continue
		}
		if si.scored {
			return si
		}
	}
	return nil
}
