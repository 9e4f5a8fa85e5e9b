package html

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page that prints several releases one after another often opens with
// a contents box: a list of links to anchors on the same page ("#item2"),
// one for each release, each leading to the release's heading below. The
// box names the page's articles more surely than their layout does, so
// contentsRecords reads them as the page's records (one article each, as
// findRecords' runs are), and the box itself, page navigation, stays out
// of the text.

// minContentsEntries is how many entries of a contents box must lead to
// headings below for the page to be read as several articles.
const minContentsEntries = 3

// minContentsHeadlineWords is the fewest words of a heading a contents
// entry leads to: a report's contents ("Introduction", "Key findings")
// lists its own sections, whose names are short.
const minContentsHeadlineWords = 4

// contentsRecords returns the records of the page's contents box (see
// above) and the box's list element; nil when the page has none. An entry
// counts when its link's fragment names an element of the page (by id, or
// an <a name>) at or right before a heading (h1-h6) that agrees with the
// link's text (htmlTitleAgrees, or the same words), or, when the page
// names no such element (a copy saved without its anchors, "#" alone),
// when a heading after the box agrees with the link's text; the headings follow
// the box and each other in order, each has minContentsHeadlineWords words
// or more, none is numbered or a question (a report's or an FAQ's
// sections), and text follows each heading. All of a list's fragment
// links must count, and at least minContentsEntries of them.
func (p *htmlPage) contentsRecords() ([]domRecord, *html.Node) {
	targets := p.anchorTargets()
	for _, ni := range p.order {
		if ni.node.DataAtom != atom.Ul && ni.node.DataAtom != atom.Ol {
			continue
		}
		if p.leadBefore(ni.pre) {
			// An article's lead above its contents: the entries are
			// its sections.
			return nil, nil
		}
		if recs := p.contentsEntries(ni, targets); recs != nil {
			return recs, ni.node
		}
	}
	return nil, nil
}

// minLeadRunes is the length of a paragraph of running text that, above
// a contents box, makes the page one article with sections (its lead),
// not a digest of articles (whose top holds a date line, a short note).
const minLeadRunes = 200

// leadBefore reports whether a paragraph of minLeadRunes or more of
// visible text outside chrome stands before document position pos.
func (p *htmlPage) leadBefore(pos int) bool {
	for k := 0; k < pos && k < len(p.order); k++ {
		ni := p.order[k]
		if ni.node.DataAtom == atom.P && ni.text >= minLeadRunes && p.inContent(ni) {
			return true
		}
	}
	return false
}

// anchorTargets maps the page's fragment names (id attributes, <a name>)
// to their elements.
func (p *htmlPage) anchorTargets() map[string]*html.Node {
	targets := map[string]*html.Node{}
	for _, ni := range p.order {
		n := ni.node
		if n.Type != html.ElementNode {
			continue
		}
		if id := strings.TrimSpace(htmlAttr(n, "id")); id != "" {
			targets[id] = n
		}
		if n.DataAtom == atom.A {
			if name := strings.TrimSpace(htmlAttr(n, "name")); name != "" {
				targets[name] = n
			}
		}
	}
	return targets
}

// contentsEntries returns the records the fragment links of list lead to
// (see contentsRecords), or nil.
func (p *htmlPage) contentsEntries(list *nodeInfo, targets map[string]*html.Node) []domRecord {
	var recs []domRecord
	last := list.last
	ok := true
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom != atom.A {
				walk(c)
				continue
			}
			frag, isFrag := strings.CutPrefix(strings.TrimSpace(htmlAttr(c, "href")), "#")
			if !isFrag {
				continue
			}
			text := collapseHTMLSpace(htmlTextOf(c))
			head := p.contentsHeading(targets[frag], last)
			if _, named := targets[frag]; !named {
				// A fragment the page does not name (a copy saved
				// without its anchors, "#" alone): the next heading
				// that says what the link says.
				head = p.headingSaying(text, last)
			}
			if head == nil {
				ok = false
				return
			}
			headline := collapseHTMLSpace(htmlTextOf(head))
			if !contentsHeadline(headline) || !htmlTitleAgrees(text, headline) && htmlNormTitle(text) != htmlNormTitle(headline) {
				ok = false
				return
			}
			recs = append(recs, domRecord{headline: headline, head: head, first: head, last: head, styled: true})
			last = p.info[head].pre
		}
	}
	walk(list.node)
	if !ok || len(recs) < minContentsEntries {
		return nil
	}
	for i, r := range recs {
		end := len(p.order)
		if i+1 < len(recs) {
			end = p.info[recs[i+1].head].pre
		}
		if !p.hasTextIn(p.info[r.head].last+1, end) {
			return nil
		}
	}
	return recs
}

// contentsHeading returns the heading a fragment's target leads to: the
// target itself, a heading inside it, or the first heading after it
// before any text; nil when there is none or it does not come after
// document position after.
func (p *htmlPage) contentsHeading(target *html.Node, after int) *html.Node {
	ti := p.info[target]
	if target == nil || ti == nil || ti.pre <= after {
		return nil
	}
	for k := ti.pre; k < len(p.order); k++ {
		n := p.order[k].node
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return n
		case atom.P, atom.Li, atom.Table:
			if p.order[k].raw > 0 && k > ti.last {
				return nil // text before any heading
			}
		}
	}
	return nil
}

// headingSaying returns the first heading (h1-h6) after document position
// after whose text agrees with text (htmlTitleAgrees, or the same words),
// or nil.
func (p *htmlPage) headingSaying(text string, after int) *html.Node {
	want := htmlNormTitle(text)
	for k := after + 1; k < len(p.order); k++ {
		n := p.order[k].node
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			h := collapseHTMLSpace(htmlTextOf(n))
			if htmlNormTitle(h) == want || htmlTitleAgrees(text, h) {
				return n
			}
		}
	}
	return nil
}

// hasTextIn reports whether visible text stands in document positions
// [from, to): a paragraph, list item or cell of its own.
func (p *htmlPage) hasTextIn(from, to int) bool {
	for k := from; k < to && k < len(p.order); k++ {
		switch p.order[k].node.DataAtom {
		case atom.P, atom.Li, atom.Td, atom.Div, atom.Blockquote:
			if htmlHasDirectText(p.order[k].node) {
				return true
			}
		}
	}
	return false
}

// contentsHeadline reports whether a heading a contents entry leads to
// reads as an article's headline: minContentsHeadlineWords words or
// more, not numbered ("1. Overview", "II. Findings") and not a question.
func contentsHeadline(s string) bool {
	words := strings.Fields(s)
	if len(words) < minContentsHeadlineWords || strings.HasSuffix(s, "?") {
		return false
	}
	first := strings.TrimRight(words[0], ".):")
	if first == "" {
		return false
	}
	numbered := true
	for _, r := range first {
		if !strings.ContainsRune("0123456789IVXivx", r) {
			numbered = false
			break
		}
	}
	return !numbered || len(first) > 4
}

// sameHeadlines reports whether records a and b have the same headlines
// in the same order.
func sameHeadlines(a, b []domRecord) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if htmlNormTitle(a[i].headline) != htmlNormTitle(b[i].headline) {
			return false
		}
	}
	return true
}
