package html

import (
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Repeated records: data-record mining over the DOM, after MDR (Liu,
// Grossman and Zhai, "Mining Data Records in Web Pages", KDD 2003). A page
// that holds several articles (a news index, a ministry's latest news, a
// member's press releases, an e-mail bulletin, releases printed one after
// another) prints each in the same structure: a run of sibling elements
// (list items, cards, table rows, <dd>s, story cells) or of sibling groups
// each opened by a headline (<h3> ... <h3>, <b> ... <br><br><b>) whose
// block structure repeats, each record with a headline. The structure,
// not the class names, shows the records, and a minority of other
// siblings (the list's own heading, an advertisement, a pager, a "More"
// link) does not hide them. Two tests keep an article page whole: the
// records must hold most of the main content's text (an article's
// related-news list holds little of it), and each must carry its own date
// line (a listing) or be a story of some length under a headline set
// apart by its type (an e-mail bulletin; the cleaner splits those only
// on a periodical's page).

// minDOMRecords is the fewest records of a run.
const minDOMRecords = 3

// recordShapeSimilarity is the least Jaccard similarity of the block
// structure of a record to the run's commonest structure.
const recordShapeSimilarity = 0.5

// recordTextShare is the least share of the main content's text the
// records of a run hold.
const recordTextShare = 0.6

// recordDatedShare is the least share of a run's records that carry their
// own date line for the run to be a listing.
const recordDatedShare = 2.0 / 3

// minUndatedRecordRunes is the least text of each record of a run without
// date lines: stories of an e-mail bulletin, not a list of links.
const minUndatedRecordRunes = 300

// maxRecordPreRunes bounds the text a record prints above its headline
// (a date, a type label): more is a paragraph, and the line found after
// it is no headline.
const maxRecordPreRunes = 100

// maxRecordDateRunes bounds a record's own date line ("January 8, 2017 |
// Statements"): a date inside a longer text is the summary's.
const maxRecordDateRunes = 80

// Headline lengths in words: a heading element may be two words, a link
// or a bold line needs three (a "Read more", a tag, a category label is
// shorter); none is longer than maxRecordHeadlineWords.
const (
	minRecordHeadingWords  = 2
	minRecordHeadlineWords = 3
	maxRecordHeadlineWords = 30
)

// minRecordRunes is the least text of a record: a headline of three
// short words.
const minRecordRunes = 9

// recordAncestorDepth is how far above the main container a run is looked
// for when none lies inside it (the detector chose one card of the list).
const recordAncestorDepth = 3

// maxOwnRecordShare bounds the share of an ancestor's run that the record
// holding the main container may hold: a card the detector chose from a
// list is one of many alike, while an article printed in the same markup
// as the few teasers beside it (related posts as cards, each with its
// date) holds most of the run's text and is no listing's card.
const maxOwnRecordShare = 0.5

// styledHeadlinePx is the least font size of a line set apart as a
// headline by its style alone (a browser's body text is 16px).
const styledHeadlinePx = 18

// recordDate matches a calendar date as listings print them: ISO and
// numeric dates, day-month-year and month-day-year with the month named,
// and a named month with a day or a year.
var recordDate = regexp.MustCompile(`(?i)(?:\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b\d{1,2}(?:st|nd|rd|th)?\s+` +
	corpus.MonthPattern + `,?\s+\d{4}\b|\b` + corpus.MonthPattern + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\b` + corpus.MonthPattern + `\s+\d{4}\b)`)

// domRecord is one record of a run: the text it prints above its
// headline (collapsed; often empty, or its date), its headline, its
// visible text in non-space runes, and whether it carries its own date.
type domRecord struct {
	// gap is the text between the record before it and this one that
	// belongs to neither (a month heading), set by findRecords.
	gap           string
	pre, headline string
	text          int
	dated         bool
	styled        bool // its headline is a heading or set apart by type
	// first and last are the record's first and last sibling nodes, head
	// its headline's element.
	first, last, head *html.Node
}

// recordRun is a run of records in document order and what they hold.
// key names the kind of run (group or flat), the records' tag and their
// commonest block structure: runs of one key in different parents (a
// list split into one table per month) are one run.
type recordRun struct {
	records []domRecord
	key     string
	text    int
	dated   int
	styled  int // records whose headline is a heading or set apart by type
}

// recordBlockTags are the elements whose presence below a record makes its
// block structure; inline elements (links, bold, spans, fonts) vary from
// record to record and are left out.
var recordBlockTags = []atom.Atom{
	atom.Div, atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li,
	atom.Dl, atom.Dt, atom.Dd, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Section, atom.Article,
	atom.Header, atom.Footer, atom.Figure, atom.Blockquote, atom.Time, atom.Img,
}

// recordShapeDepth is how deep below a record its block structure is read.
const recordShapeDepth = 4

// findRecords returns the records of the page's run of repeated records,
// looked for inside the main container and, when none is there, in its
// ancestors up to recordAncestorDepth (then the main container becomes
// that ancestor); nil when the page has none. after is the start of the
// main content's text after the records (see textAfter); dated reports
// that the records carry their own date lines, boxed that each is a table
// row or cell of its own (an e-mail bulletin's layout).
func (p *htmlPage) findRecords() (records []domRecord, after string, dated, boxed bool) {
	p.recCache = recordCache{runs: make(map[*html.Node][]*recordRun), date: make(map[*html.Node]bool), ownDate: make(map[*html.Node]bool),
		head: make(map[*html.Node]headHit)}
	if p.body != nil && p.body.Parent != nil {
		p.recCache.classes = readClassTypes(p.body.Parent)
	}
	defer func() { p.recCache = recordCache{} }()
	var best *recordRun
	bestRoot := p.main
	root, text := p.main, -1
	for d := 0; root != nil && d <= recordAncestorDepth; d++ {
		// An ancestor's run wins when it holds more records and the main
		// container's (a list split into one table per month, the
		// detector having chosen the first). A wrapper holding no more
		// text than its child holds no other run.
		if ri := p.info[root]; ri != nil && ri.text != text {
			text = ri.text
			if run := p.bestRun(root); run != nil && (root == p.main || run.meets(p.main) && !run.ownedBy(p.main)) && (best == nil || len(run.records) > len(best.records)) {
				best, bestRoot = run, root
			}
		}
		if root == p.body {
			break
		}
		root = root.Parent
	}
	if best == nil {
		return nil, "", false, false
	}
	p.main = bestRoot
	p.recordHeads = make(map[*html.Node]bool, len(best.records))
	for _, r := range best.records {
		for a := r.head; a != nil && a != r.first.Parent; a = a.Parent {
			p.recordHeads[a] = true
		}
	}
	for k := 1; k < len(best.records); k++ {
		best.records[k].gap = p.gapText(best.records[k-1].last, best.records[k].first)
	}
	dated = float64(best.dated) >= recordDatedShare*float64(len(best.records))
	boxed = best.boxed() && (dated || best.records[0].first.DataAtom == atom.Article || !p.headlineAbove(bestRoot, best)) || p.closed(best)
	return best.records, p.textAfter(best.records[len(best.records)-1].last, bestRoot), dated, boxed
}

// minReleaseHeadlineWords is the fewest words of a release's headline in
// larger type above its sections; a newsletter's name above its stories
// is shorter ("Harbour Weekly Bulletin", "Scholarships Update").
const minReleaseHeadlineWords = 6

// headlineAbove reports whether, before the run's first record inside
// root, a headline of minReleaseHeadlineWords or more is set in larger
// type than the records' headlines: one release whose e-mail lays out
// its sections in table rows under its own headline, not stories under a
// newsletter's name.
func (p *htmlPage) headlineAbove(root *html.Node, run *recordRun) bool {
	first := run.records[0].first
	px := p.typePx(run.records[0].head)
	found := false
	var walk func(n *html.Node) bool // false stops at the first record
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c == first {
				return false
			}
			if c.Type != html.ElementNode {
				continue
			}
			if ci := p.info[c]; ci == nil || ci.chrome || ci.text == 0 {
				continue
			}
			if t, st, ok := p.headlineOf(c); ok && st && len(strings.Fields(t)) >= minReleaseHeadlineWords && p.typePx(c) > px {
				found = true
				return false
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(root)
	return found
}

// typePx is the font size an element's style or classes set, or its
// parent's or grandparent's (a bold run inside a sized cell); the
// browser's 16px when none does.
func (p *htmlPage) typePx(n *html.Node) float64 {
	for k := 0; n != nil && n.Type == html.ElementNode && k < 3; k, n = k+1, n.Parent {
		if px := styleFontPx(n, defaultFontPx); px > 0 {
			return px
		}
		if px := p.recCache.classes.of(n).px; px > 0 {
			return px
		}
	}
	return defaultFontPx
}

// minClosingRunes and maxClosingRunes bound a record's closing line
// ("###", "ENDS", "-30-", "Media contact: ..."), in non-space runes.
const (
	minClosingRunes = 3
	maxClosingRunes = 80
)

// closed reports whether every record of the run ends with the same short
// line that is not a link: releases printed one after another, each
// closed as a release is ("ENDS", "###", "-30-", the same media contact).
// The sections of one article do not each end alike, and a "Back to top"
// link after each is navigation, not a closing.
func (p *htmlPage) closed(run *recordRun) bool {
	if len(run.records) < minDOMRecords {
		return false
	}
	var first string
	for i, rec := range run.records {
		n := rec.last
		for n != nil && n != rec.first && p.nodeRunes(n) == 0 {
			n = n.PrevSibling // the space between records
		}
		if n == rec.first {
			n = p.lastContent(n) // a record of one element: its last line
		}
		if n == nil || n == rec.head || isAncestor(n, rec.head) || isAncestor(rec.head, n) {
			return false
		}
		t := strings.ToLower(collapseHTMLSpace(htmlTextOf(n)))
		if n.Type == html.TextNode {
			t = strings.ToLower(collapseHTMLSpace(n.Data))
		}
		if k := nonSpaceRunes(t); k < minClosingRunes || k > maxClosingRunes || linkOnly(n) || !isClosingLine(t) {
			return false
		}
		if i == 0 {
			first = t
		} else if t != first {
			return false
		}
	}
	return true
}

// closingCues open the contact line a release closes with.
var closingCues = []string{"media contact", "media enquiries", "media inquiries", "press contact", "press enquiries",
	"for more information", "for further information", "contact:", "enquiries:", "inquiries:", "issued by", "authorised by", "authorized by"}

// isClosingLine reports whether t (lower-case) closes a release: an end
// mark, letters of "end" or "ends" at most among rules and hashes ("ENDS",
// "- ends -", "###", "-30-", "* * *"), or a contact line (closingCues).
// A line that merely repeats after each section ("Source: ...") is none.
func isClosingLine(t string) bool {
	var letters strings.Builder
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters.WriteRune(r)
		}
	}
	switch letters.String() {
	case "", "end", "ends", "30", "nnnn":
		return true
	}
	for _, c := range closingCues {
		if strings.HasPrefix(t, c) {
			return true
		}
	}
	return false
}

// lastContent returns the last child of n that holds visible text, nil if
// none.
func (p *htmlPage) lastContent(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if p.nodeRunes(c) > 0 {
			return c
		}
	}
	return nil
}

// linkOnly reports whether all of n's text sits inside links.
func linkOnly(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return true
	}
	if n.Type == html.TextNode {
		return false
	}
	found := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case c.Type == html.ElementNode:
			if nonSpaceRunes(htmlTextOf(c)) == 0 {
				continue
			}
			if !linkOnly(c) {
				return false
			}
			found = true
		}
	}
	return found
}

// boxed reports whether each record of the run is a box of its own: a
// table row or cell (an e-mail bulletin's layout) or an <article>
// element (HTML's self-contained composition: releases printed one
// after another, each in its own).
func (r *recordRun) boxed() bool {
	for _, rec := range r.records {
		switch rec.first.DataAtom {
		case atom.Tr, atom.Td, atom.Table, atom.Article:
		default:
			return false
		}
	}
	return true
}

// maxAfterRunes bounds the text textAfter returns: enough to know the
// line that follows the records.
const maxAfterRunes = 200

// gapText returns the start of the visible text between the end of a's
// subtree and b in document order (a month heading between two groups of
// a listing), collapsed; "" when there is none.
func (p *htmlPage) gapText(a, b *html.Node) string {
	var sb strings.Builder
	runes := 0
	for n := nextAfter(a); n != nil && n != b && runes < maxAfterRunes; {
		if isAncestor(n, b) {
			n = n.FirstChild
			continue
		}
		if k := p.nodeRunes(n); k > 0 {
			sb.WriteString(" " + p.textBetween(n, n.NextSibling))
			runes += k
		}
		n = nextAfter(n)
	}
	t := collapseHTMLSpace(sb.String())
	if r := []rune(t); len(r) > maxAfterRunes {
		t = string(r[:maxAfterRunes])
	}
	return t
}

// nextAfter returns the node after n's subtree in document order.
func nextAfter(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// isAncestor reports whether a is b or one of its ancestors.
func isAncestor(a, b *html.Node) bool {
	for ; b != nil; b = b.Parent {
		if b == a {
			return true
		}
	}
	return false
}

// textAfter returns the start of the first visible text after n inside
// root (a pager, a footer line), collapsed; "" when the records end the
// main content.
func (p *htmlPage) textAfter(n, root *html.Node) string {
	for ; n != nil && n != root; n = n.Parent {
		for c := n.NextSibling; c != nil; c = c.NextSibling {
			if p.nodeRunes(c) == 0 {
				continue
			}
			t := collapseHTMLSpace(p.textBetween(c, c.NextSibling))
			if r := []rune(t); len(r) > maxAfterRunes {
				t = string(r[:maxAfterRunes])
			}
			return t
		}
	}
	return ""
}

// meets reports whether n lies inside one of the run's records or holds
// one.
func (r *recordRun) meets(n *html.Node) bool {
	for _, rec := range r.records {
		if isAncestor(n, rec.first) {
			return true
		}
	}
	return r.holds(n)
}

// ownedBy reports whether n lies inside one of the run's records that
// holds at least maxOwnRecordShare of the run's text: the run is an
// article's teasers beside it, not a list of which n is one card.
func (r *recordRun) ownedBy(n *html.Node) bool {
	for _, rec := range r.records {
		if rec.holds(n) {
			return float64(rec.text) >= maxOwnRecordShare*float64(r.text)
		}
	}
	return false
}

// holds reports whether n lies inside one of the run's records.
func (r *recordRun) holds(n *html.Node) bool {
	for _, rec := range r.records {
		if rec.holds(n) {
			return true
		}
	}
	return false
}

// holds reports whether n lies inside the record (is or descends from
// one of its nodes).
func (rec *domRecord) holds(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a.Parent != rec.first.Parent {
			continue
		}
		for c := rec.first; c != nil; c = c.NextSibling {
			if c == a {
				return true
			}
			if c == rec.last {
				break
			}
		}
		return false
	}
	return false
}

// Of the accepted runs, the one holding the most text wins, unless a run
// holding at least maxNestedRecordsShare of that text has at least
// nestedRecordsRatio times its records: rows grouped under month headings
// are the records, not the month groups (a record's headline and its
// bold subtitle are not two records).
const (
	maxNestedRecordsShare = 0.85
	nestedRecordsRatio    = 2
)

// bestRun returns the accepted run below root (root included): runs of
// one key are merged in document order (see recordRun), and of the
// accepted ones the one holding the most text, or a finer one (see
// maxNestedRecordsShare). Nil if none is accepted.
func (p *htmlPage) bestRun(root *html.Node) *recordRun {
	ri := p.info[root]
	if ri == nil || ri.text == 0 {
		return nil
	}
	merged := make(map[string]*recordRun)
	var keys []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		ni := p.info[n]
		if ni == nil || ni.chrome || ni.text < minRecordRunes {
			return
		}
		for _, run := range p.runsOf(n) {
			m := merged[run.key]
			if m == nil {
				m = &recordRun{key: run.key}
				merged[run.key] = m
				keys = append(keys, run.key)
			}
			for _, rec := range run.records {
				for k := len(m.records); k > 0 && m.records[k-1].holds(rec.first); k-- {
					m.pop() // a wrapper of the same kind around the records
				}
				m.add(rec)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
	}
	walk(root)
	var accepted []*recordRun
	most := 0
	for _, k := range keys {
		run := merged[k]
		all := run.records // trimShortEnds re-slices or copies, never writes into it
		run.trimShortEnds()
		if p.accepts(run, ri.text) {
			run.restoreStoryEnds(all)
			accepted = append(accepted, run)
			most = max(most, run.text)
		}
	}
	var best *recordRun
	for _, run := range accepted {
		if best == nil || run.text > best.text {
			best = run
		}
	}
	coarse := best
	for _, run := range accepted {
		if float64(run.text) >= maxNestedRecordsShare*float64(most) && len(run.records) >= nestedRecordsRatio*len(coarse.records) && len(run.records) > len(best.records) {
			best = run
		}
	}
	return best
}

// accepts reports whether run is a page's records: at least minDOMRecords
// of them with distinct headlines, holding recordTextShare of the main
// text mainText, and either mostly dated or each a story of
// minUndatedRecordRunes under a headline set apart by its type.
func (p *htmlPage) accepts(run *recordRun, mainText int) bool {
	n := len(run.records)
	if n < minDOMRecords || float64(run.text) < recordTextShare*float64(mainText) {
		return false
	}
	if float64(run.dated) < recordDatedShare*float64(n) {
		// Undated: stories, each under a headline set apart by its type,
		// or each in a table row or cell of its own under a plain link
		// (an e-mail bulletin linking each story's headline to its page).
		if run.styled < n && !run.boxed() {
			return false
		}
		for _, r := range run.records {
			if r.text < minUndatedRecordRunes {
				return false
			}
		}
	}
	seen := make(map[string]bool, n)
	for _, r := range run.records {
		h := strings.ToLower(r.headline)
		if seen[h] {
			return false
		}
		seen[h] = true
	}
	return true
}

// recordKid is one child element of a candidate run's parent.
type recordKid struct {
	node  *html.Node
	shape uint64 // recordShape, read for kids with a headline
	rec   domRecord
	head  bool // rec holds a headline
	style bool // the headline is a heading or set apart by type
}

// groupRuns returns, for each tag of n's child elements, the run of those
// children that are records: each with a headline, their block
// structures close to the commonest structure among them. A short date
// element just before a record (a <dt> before its <dd>) is the record's
// date. A run may hold a single record: runs of one key in other parents
// continue it (see bestRun).
func (p *htmlPage) groupRuns(n *html.Node) []*recordRun {
	var kids []recordKid
	byTag := make(map[string]int)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if ci := p.info[c]; c.Type != html.ElementNode || ci == nil || ci.chrome || ci.text < minRecordRunes {
			continue
		}
		kids = append(kids, recordKid{node: c})
		byTag[c.Data]++
	}
	var runs []*recordRun
	for tag := range byTag {
		if run := p.groupRun(n, kids, tag); run != nil {
			runs = append(runs, run)
		}
	}
	return runs
}

// groupRun returns the run of the kids of one tag (see groupRuns), nil if
// none of them has a headline.
func (p *htmlPage) groupRun(n *html.Node, kids []recordKid, tag string) *recordRun {
	shapes := make(map[uint64]int)
	heads := 0
	for i := range kids {
		k := &kids[i]
		k.head = false
		if k.node.Data != tag {
			continue
		}
		k.rec, k.style, k.head = p.recordHeadline(k.node)
		if k.head {
			k.shape = recordShape(k.node)
			heads++
			shapes[k.shape]++
		}
	}
	if heads == 0 {
		return nil
	}
	var mode uint64
	most := 0
	for s, m := range shapes {
		if m > most || m == most && s < mode {
			mode, most = s, m
		}
	}
	run := &recordRun{key: "group " + tag + " " + strconv.FormatUint(mode, 16)}
	for i, k := range kids {
		// A record of another structure with its own date line (a
		// featured first item with a picture) is one of the run's too.
		if !k.head || shapeSimilarity(k.shape, mode) < recordShapeSimilarity && !k.rec.dated {
			continue
		}
		if !k.style && !k.rec.dated && p.info[k.node].text <= nonSpaceRunes(k.rec.headline) {
			continue // a lone plain link ("View this e-mail in your browser"), no record
		}
		r := k.rec
		r.text = p.info[k.node].text
		from := k.node
		if i > 0 && kids[i-1].node.Data != tag {
			// A date element of its own before the record: its date.
			if prev := kids[i-1].node; p.info[prev].text <= maxRecordDateRunes && p.isDateNode(prev) {
				r.pre = strings.TrimSpace(collapseHTMLSpace(htmlTextOf(prev)) + " " + r.pre)
				r.text += p.info[prev].text
				r.dated = true
				from = prev
			}
		}
		r.first, r.last, r.styled = from, k.node, k.style
		run.add(r)
	}
	return run
}

// trimShortEnds drops from both ends of an undated run of table rows or
// cells (an e-mail's layout) the records shorter than
// minUndatedRecordRunes while at least minDOMRecords remain: the
// e-mail's masthead row in large type above its stories, a short closing
// row below them, are the issue's own rows, not stories.
func (r *recordRun) trimShortEnds() {
	n := len(r.records)
	if n <= minDOMRecords || float64(r.dated) >= recordDatedShare*float64(n) || !r.boxed() {
		return
	}
	for len(r.records) > minDOMRecords && r.records[len(r.records)-1].text < minUndatedRecordRunes && !r.records[len(r.records)-1].dated {
		r.pop()
	}
	first := 0
	for len(r.records)-first > minDOMRecords && r.records[first].text < minUndatedRecordRunes && !r.records[first].dated {
		first++
	}
	if first == 0 {
		return
	}
	kept := append([]domRecord(nil), r.records[first:]...)
	*r = recordRun{key: r.key}
	for _, rec := range kept {
		r.add(rec)
	}
}

// minShortStoryRunes is the least text of a record trimShortEnds dropped
// that restoreStoryEnds gives back to an accepted run: a title and a
// paragraph of some thirty words.
const minShortStoryRunes = 150

// restoreStoryEnds gives back to an accepted run the records next to its
// ends that trimShortEnds dropped from all (the run before trimming) and
// that are stories after all: undated, headed as the run's records are
// (set apart by type or not), of minShortStoryRunes and at least half the
// run's median record. A bulletin's last story of fifty words among
// stories of sixty is one of them; a masthead or closing row is far
// shorter.
func (r *recordRun) restoreStoryEnds(all []domRecord) {
	if len(r.records) == 0 || len(all) == len(r.records) {
		return
	}
	lo := slices.IndexFunc(all, func(rec domRecord) bool { return rec.first == r.records[0].first })
	if lo < 0 {
		return
	}
	hi := lo + len(r.records) // all[lo:hi] is the run
	median, styled := r.medianText(), r.records[0].styled
	story := func(rec domRecord) bool {
		return !rec.dated && rec.styled == styled && rec.text >= minShortStoryRunes && 2*rec.text >= median
	}
	for lo > 0 && story(all[lo-1]) {
		lo--
	}
	for hi < len(all) && story(all[hi]) {
		hi++
	}
	if hi-lo == len(r.records) {
		return
	}
	*r = recordRun{key: r.key}
	for _, rec := range all[lo:hi] {
		r.add(rec)
	}
}

// medianText returns the median text, in non-space runes, of the run's
// records.
func (r *recordRun) medianText() int {
	if len(r.records) == 0 {
		return 0
	}
	t := make([]int, len(r.records))
	for i, rec := range r.records {
		t[i] = rec.text
	}
	slices.Sort(t)
	return t[len(t)/2]
}

// pop removes the run's last record.
func (r *recordRun) pop() {
	rec := r.records[len(r.records)-1]
	r.records = r.records[:len(r.records)-1]
	r.text -= rec.text
	if rec.dated {
		r.dated--
	}
	if rec.styled {
		r.styled--
	}
}

// add appends rec to the run and counts it.
func (r *recordRun) add(rec domRecord) {
	r.records = append(r.records, rec)
	r.text += rec.text
	if rec.dated {
		r.dated++
	}
	if rec.styled {
		r.styled++
	}
}

// flatRun returns the run of records set flat among n's children: each
// opened by a headline child of one tag (an <h3>, a <b>, a paragraph that
// is one bold line) and running to the next; when most headlines have a
// date line of their own just above them, each record starts at that
// date line. Nil if n has no such headline child.
func (p *htmlPage) flatRun(n *html.Node) *recordRun {
	type head struct {
		node       *html.Node
		text, kind string
		style      bool
	}
	byKind := make(map[string][]head)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if ci := p.info[c]; ci == nil || ci.chrome {
			continue
		}
		if t, kind, style, ok := p.flatHeadline(c); ok {
			byKind[kind] = append(byKind[kind], head{c, t, kind, style})
		}
	}
	var heads []head
	for _, hs := range byKind {
		if len(hs) > len(heads) || len(hs) == len(heads) && len(hs) > 0 && hs[0].kind < heads[0].kind {
			heads = hs
		}
	}
	if len(heads) == 0 {
		return nil
	}
	// A date line just above each headline opens its record.
	starts := make([]*html.Node, len(heads))
	above := 0
	for i, h := range heads {
		starts[i] = h.node
		if d := p.prevContent(h.node); d != nil && (i == 0 || !precedes(d, heads[i-1].node)) && p.nodeRunes(d) <= maxRecordDateRunes && p.isDateNode(d) {
			starts[i] = d
			above++
		}
	}
	dateFirst := float64(above) >= recordDatedShare*float64(len(heads))
	run := &recordRun{key: "flat " + heads[0].kind}
	span := 0 // the most text-bearing siblings a record before the last spans
	for i, h := range heads {
		from, end := h.node, (*html.Node)(nil)
		if dateFirst {
			from = starts[i]
		}
		if i+1 < len(heads) {
			end = heads[i+1].node
			if dateFirst {
				end = starts[i+1]
			}
		}
		r := domRecord{headline: h.text, styled: h.style, first: from, head: h.node}
		if from != h.node {
			r.pre = collapseHTMLSpace(p.textBetween(from, h.node))
			r.dated = true
		}
		kids := 0
		for c := from; c != end; c = c.NextSibling {
			if p.nodeRunes(c) > 0 {
				if end == nil && len(heads) > 1 && kids == span {
					break // the last record is no longer than the others: a footer follows it
				}
				kids++
			}
			r.text += p.nodeRunes(c)
			if c != h.node && !r.dated && p.nodeRunes(c) <= maxRecordDateRunes && p.isDateNode(c) {
				r.dated = true
			}
			if !r.dated && c.Type == html.ElementNode && c != h.node && p.hasOwnDate(c, nil) {
				r.dated = true
			}
			r.last = c
		}
		span = max(span, kids)
		run.add(r)
	}
	return run
}

// precedes reports whether a comes before b among siblings.
func precedes(a, b *html.Node) bool {
	for c := a; c != nil; c = c.NextSibling {
		if c == b {
			return true
		}
	}
	return false
}

// prevContent returns the sibling before n that holds text, skipping <br>
// and blank text; nil if none.
func (p *htmlPage) prevContent(n *html.Node) *html.Node {
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br || p.nodeRunes(c) == 0 {
			continue
		}
		return c
	}
	return nil
}

// textBetween returns the text of the siblings from a up to b.
func (p *htmlPage) textBetween(a, b *html.Node) string {
	var s strings.Builder
	for c := a; c != nil && c != b; c = c.NextSibling {
		if c.Type == html.TextNode {
			s.WriteString(c.Data)
		} else if ci := p.info[c]; c.Type == html.ElementNode && ci != nil && !ci.chrome {
			s.WriteString(" " + htmlTextOf(c) + " ")
		}
	}
	return s.String()
}

// nonSpaceRunes counts the runes of s that are not spaces.
func nonSpaceRunes(s string) int {
	k := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			k++
		}
	}
	return k
}

// nodeRunes counts the visible non-space runes of n outside chrome.
func (p *htmlPage) nodeRunes(n *html.Node) int {
	switch n.Type {
	case html.TextNode:
		return nonSpaceRunes(n.Data)
	case html.ElementNode:
		if ci := p.info[n]; ci != nil && !ci.chrome {
			return ci.text
		}
	}
	return 0
}

// recordCache holds what the record detector found of each element, so
// that the main container and its ancestors (findRecords) read each once.
type recordCache struct {
	runs    map[*html.Node][]*recordRun
	date    map[*html.Node]bool // isDateNode of elements
	ownDate map[*html.Node]bool // hasOwnDate(n, nil)
	head    map[*html.Node]headHit
	classes classTypes // the type the page's class rules give (html_records_css.go)
}

// headHit is headlineElement's finding for one element.
type headHit struct {
	text      string
	style, ok bool
}

// headlineOf is headlineElement, read once per element: the runs of an
// element and of each of its ancestors walk down to the same headlines.
func (p *htmlPage) headlineOf(n *html.Node) (text string, style, ok bool) {
	if h, seen := p.recCache.head[n]; seen {
		return h.text, h.style, h.ok
	}
	text, style, ok = headlineElement(n, p.recCache.classes)
	if p.recCache.head != nil {
		p.recCache.head[n] = headHit{text, style, ok}
	}
	return text, style, ok
}

// runsOf returns the runs among n's children (groupRuns and flatRun)
// with a dated or type-set record, read once.
func (p *htmlPage) runsOf(n *html.Node) []*recordRun {
	if runs, ok := p.recCache.runs[n]; ok {
		return runs
	}
	var runs []*recordRun
	for _, run := range append(p.groupRuns(n), p.flatRun(n)) {
		// A run of plain links without a date (a list of related
		// links, a paragraph's links) can never be accepted, unless
		// each is a table row or cell of its own: left out.
		if run != nil && (run.dated > 0 || run.styled > 0 || len(run.records) >= minDOMRecords && run.boxed()) {
			runs = append(runs, run)
		}
	}
	p.recCache.runs[n] = runs
	return runs
}

// isDateNode reports whether n is a date of its own: a <time> element or
// a short text holding a calendar date.
func (p *htmlPage) isDateNode(n *html.Node) bool {
	if n.Type != html.ElementNode && n.Type != html.TextNode {
		return false
	}
	if n.DataAtom == atom.Time && n.Type == html.ElementNode {
		return true
	}
	if d, ok := p.recCache.date[n]; ok {
		return d
	}
	var d bool
	if n.Type == html.TextNode {
		d = isDateText(n.Data)
	} else {
		d = isDateText(htmlTextOf(n))
	}
	if p.recCache.date != nil {
		p.recCache.date[n] = d
	}
	return d
}

// isDateText reports whether t is short and holds a calendar date.
func isDateText(t string) bool {
	return strings.ContainsAny(t, "0123456789") && utf8.RuneCountInString(strings.TrimSpace(t)) <= maxRecordDateRunes && mayHoldDate(t) && recordDate.MatchString(t)
}

// monthPrefixes are the first three letters of every English month name,
// which each month form of recordDate begins with.
var monthPrefixes = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "oct": true, "nov": true, "dec": true}

// mayHoldDate is recordDate's cheap precondition: every date it matches
// has a digit, a separator and a digit ("2024-03-12", "12.03.24") or a
// word that starts with a month's first three letters. False means no
// match; true means the pattern must decide.
func mayHoldDate(t string) bool {
	for i := 0; i+2 < len(t); i++ {
		if corpus.IsDigitByte(t[i]) && (t[i+1] == '.' || t[i+1] == '/' || t[i+1] == '-') && corpus.IsDigitByte(t[i+2]) {
			return true
		}
	}
	for i := 0; i+3 <= len(t); i++ {
		if i > 0 && isASCIILetter(t[i-1]) || !isASCIILetter(t[i]) {
			continue
		}
		if monthPrefixes[strings.ToLower(t[i:i+3])] {
			return true
		}
	}
	return false
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// hasOwnDate reports whether some element below n other than skip (the
// headline) is a short date line of its own (see isDateNode), or a text
// of one sits directly in n among other elements (<br>-separated lines).
func (p *htmlPage) hasOwnDate(n, skip *html.Node) bool {
	if skip == nil {
		if d, ok := p.recCache.ownDate[n]; ok {
			return d
		}
	}
	own := false
	for c := n.FirstChild; c != nil && !own; c = c.NextSibling {
		if c == skip {
			continue
		}
		runes := p.nodeRunes(c)
		if runes == 0 {
			continue
		}
		if runes <= maxRecordDateRunes && p.isDateNode(c) {
			own = true
		} else if c.Type == html.ElementNode {
			if skip != nil && isAncestor(c, skip) {
				own = p.hasOwnDate(c, skip)
			} else {
				own = p.hasOwnDate(c, nil)
			}
		}
	}
	if skip == nil {
		p.recCache.ownDate[n] = own
	}
	return own
}

// recordHeadline returns the record whose element is n with its headline:
// the first heading (h1 to h6) of minRecordHeadingWords, link or bold text
// of minRecordHeadlineWords, or text styled bold or large, with at most
// maxRecordPreRunes of text above it. style reports a heading or type
// headline (not a plain link); ok is false when n has none.
func (p *htmlPage) recordHeadline(n *html.Node) (rec domRecord, style, ok bool) {
	var pre strings.Builder
	preRunes := 0
	var found *html.Node
	var walk func(c *html.Node) bool // false stops the walk
	walk = func(c *html.Node) bool {
		for ; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				pre.WriteString(c.Data)
				preRunes += p.nodeRunes(c)
				if preRunes > maxRecordPreRunes {
					return false
				}
				continue
			case html.ElementNode:
			default:
				continue
			}
			if ci := p.info[c]; ci == nil || ci.chrome {
				continue
			}
			if t, st, hit := p.headlineOf(c); hit {
				rec.headline, style, found = t, st, c
				return false
			}
			if !walk(c.FirstChild) {
				return false
			}
			if c.DataAtom == atom.Br || htmlBlockTag(c) {
				pre.WriteByte(' ')
			}
		}
		return true
	}
	walk(n.FirstChild)
	if found == nil {
		return rec, false, false
	}
	rec.pre = collapseHTMLSpace(pre.String())
	rec.dated = p.hasOwnDate(n, found)
	rec.head = found
	return rec, style, true
}

// htmlBlockTag reports whether n is one of recordBlockTags.
func htmlBlockTag(n *html.Node) bool {
	for _, a := range recordBlockTags {
		if n.DataAtom == a {
			return true
		}
	}
	return false
}

// headlineElement reports whether n is a record's headline and returns
// its text: a heading element, a link or a bold element, or an element
// styled bold or in large type by its style attribute or by its classes'
// rules in the page's style sheets (classes), of a headline's length and
// not closed by a full stop or a colon (a paragraph's bold lead-in is).
// style is false for a plain link.
func headlineElement(n *html.Node, classes classTypes) (text string, style, ok bool) {
	min := minRecordHeadlineWords
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		min, style = minRecordHeadingWords, true
	case atom.B, atom.Strong:
		style = true
	case atom.A:
		h := strings.TrimSpace(htmlAttr(n, "href"))
		if h == "" || strings.HasPrefix(h, "#") || strings.HasPrefix(strings.ToLower(h), "javascript:") {
			return "", false, false
		}
	default:
		if !styleBold(n) && styleFontPx(n, defaultFontPx) < styledHeadlinePx && !classes.sets(n) {
			return "", false, false
		}
		style = true
	}
	text = collapseHTMLSpace(htmlTextOf(n))
	return text, style, headlineText(text, min)
}

// maxDateWords is the most words a date takes ("Tuesday, 12 March 2024").
const maxDateWords = 5

// headlineText reports whether t reads as a headline of at least min
// words: at most maxRecordHeadlineWords, not closed by a full stop or a
// colon, not a date alone.
func headlineText(t string, min int) bool {
	w := len(strings.Fields(t))
	if w < min || w > maxRecordHeadlineWords {
		return false
	}
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "...") || strings.HasSuffix(t, ":") {
		return false
	}
	if w >= min+maxDateWords || !strings.ContainsAny(t, "0123456789") {
		return true // more than a date, or no date in it
	}
	if !mayHoldDate(t) {
		return true // a number, but no date: the headline's own words
	}
	return len(strings.Fields(recordDate.ReplaceAllString(t, ""))) >= min
}

// flatHeadline reports whether child element c of a flat run opens a
// record: it is a headline element (a heading, a bold element, a link, an
// element styled bold or large: see headlineElement), or its whole text
// is one, reached through its first elements (a paragraph that is one
// bold line, a table row whose one cell is a headline); it returns the
// headline text.
func (p *htmlPage) flatHeadline(c *html.Node) (text, kind string, style, ok bool) {
	for e := c; e != nil; {
		if t, st, hit := p.headlineOf(e); hit {
			if e != c && nonSpaceRunes(t) != p.nodeRunes(c) {
				return "", "", false, false // c holds more than its headline
			}
			return t, headlineKind(c, e), st, true
		}
		e = e.FirstChild
		for e != nil && e.Type == html.TextNode && strings.TrimSpace(e.Data) == "" {
			e = e.NextSibling
		}
		if e == nil || e.Type != html.ElementNode {
			return "", "", false, false
		}
	}
	return "", "", false, false
}

// headlineKind names how child c of a flat run sets its headline e: the
// tags and the type its style gives it. Headlines of one kind open the
// records of one run; a masthead in larger type or a link to the web
// version above an e-mail's stories is of another kind.
func headlineKind(c, e *html.Node) string {
	k := c.Data + "/" + e.Data
	if styleBold(e) {
		k += "/bold"
	}
	if px := styleFontPx(e, defaultFontPx); px > 0 {
		k += "/" + strconv.FormatFloat(px, 'f', 0, 64)
	}
	return k
}

// recordShape returns the block structure below n as a set of
// recordBlockTags (bit i for recordBlockTags[i]), read recordShapeDepth
// levels down.
func recordShape(n *html.Node) uint64 {
	var s uint64
	var walk func(c *html.Node, depth int)
	walk = func(c *html.Node, depth int) {
		for ; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			for i, a := range recordBlockTags {
				if c.DataAtom == a {
					s |= 1 << i
					break
				}
			}
			if depth < recordShapeDepth {
				walk(c.FirstChild, depth+1)
			}
		}
	}
	walk(n.FirstChild, 1)
	return s
}

// shapeSimilarity is the Jaccard similarity of two block structures; two
// records without any block element are alike.
func shapeSimilarity(a, b uint64) float64 {
	u := bits.OnesCount64(a | b)
	if u == 0 {
		return 1
	}
	return float64(bits.OnesCount64(a&b)) / float64(u)
}
