package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// segment is one article's range of lines.
type segment struct {
	start, end int // lines [start, end)
	// bodyFrom is where the article text starts (its title line, or the
	// issuer block kept above it); lines before it are pre-title material.
	bodyFrom int
	// titleEnd is the line after the title's last line.
	titleEnd int
	title    string
	// masthead holds the article's own pre-title date and release lines.
	masthead string
}

// minArticleBody is how much body text (bytes of long paragraphs) each
// part of a split needs, so that a stray heading does not split a release.
const minArticleBody = 300

// minSectionBody is the body text each newsletter section needs: a marker
// ("TOPIC 2") is a strong signal, one paragraph is enough.
const minSectionBody = 100

// segment splits the document into articles. In order of preference:
// repeated section markers ("TOPIC 1", "TOPIC 2"), headlines introduced by
// a block symbol ("■ ..."), separators followed by a new release header
// ("###" then a headline and a dateline), and release headers repeated
// after a full body. Lines before the first marker are the document's
// masthead. It returns the segments and the document-level masthead.
func (c *Cleaner) segment(lines []cline) ([]segment, string) {
	var masthead []string
	for _, l := range lines {
		if l.kind == kindMasthead {
			masthead = append(masthead, strings.TrimSpace(l.text))
		}
	}
	starts, symbol := c.markerStarts(lines)
	if len(starts) < 2 {
		if starts = c.contentsStarts(lines); len(starts) >= 2 {
			symbol = true // the section starts at its headline
			if bodyBetween(bodyPrefix(lines), 0, starts[0]) > 0 {
				starts = append([]int{0}, starts...) // an editorial before the first listed article
			}
		}
	}
	if len(starts) < 2 {
		if hs := c.headingStarts(lines); len(hs) >= 2 {
			starts, symbol = hs, true
		}
	}
	var segs []segment
	if len(starts) >= 2 {
		var pre []string
		for i := 0; i < starts[0]; i++ {
			if k := lines[i].kind; k == kindBody || k == kindDate {
				pre = append(pre, strings.TrimSpace(lines[i].text))
				lines[i].kind = kindMasthead
			}
		}
		masthead = append(pre, masthead...)
		// The newsletter's name and masthead lines recur as page headers.
		seen := make(map[string]bool, len(pre))
		for _, m := range pre {
			seen[normLine(m)] = true
		}
		// A section's headline stays, though a contents list in the
		// masthead names it in the same words.
		headlines := make(map[int]bool, len(starts))
		for _, s := range starts {
			h := s
			if !symbol {
				h = nextContent(lines, s+1)
			}
			headlines[h] = true
		}
		for i := starts[0]; i < len(lines); i++ {
			if lines[i].kind == kindBody && len(lines[i].text) <= 160 && !headlines[i] && seen[normLine(lines[i].text)] {
				lines[i].kind = kindMasthead
			}
		}
		for j, s := range starts {
			end := len(lines)
			if j+1 < len(starts) {
				end = starts[j+1]
			}
			from := s
			if !symbol {
				from = s + 1 // past the marker line
			}
			segs = append(segs, segment{start: from, end: end})
		}
	} else {
		cuts := c.releaseStarts(lines)
		prev := 0
		for _, cut := range append(cuts, len(lines)) {
			segs = append(segs, segment{start: prev, end: cut})
			prev = cut
		}
	}
	// Drop segments without any content.
	out := segs[:0]
	for _, s := range segs {
		for i := s.start; i < s.end; i++ {
			if k := lines[i].kind; k == kindBody || k == kindDate {
				out = append(out, s)
				break
			}
		}
	}
	return out, strings.Join(masthead, "\n")
}

// nextContent returns the first line from i on that is not blank, or
// len(lines).
func nextContent(lines []cline, i int) int {
	for i < len(lines) && lines[i].kind == kindBlank {
		i++
	}
	return i
}

// maxContentsEntries bounds the table-of-contents entries looked for in
// the text, keeping segmentation linear.
const maxContentsEntries = 40

// contentsStarts returns the lines where the articles listed in a
// periodical's table of contents start: the contents block (already marked
// as masthead) names them, and each appears later as a headline line of its
// own, in order. A document that does not call itself a newsletter or
// bulletin, or give an issue number, is not split this way.
func (c *Cleaner) contentsStarts(lines []cline) []int {
	var entries []string
	periodical := false // a report's contents list its sections, not articles
	for i, l := range lines {
		t := strings.TrimSpace(l.text)
		if l.kind == kindMasthead && c.rules.volume.MatchString(t) ||
			i < 12 && l.kind != kindBlank && len(t) <= 120 && containsFold(t, "newsletter", "bulletin", "digest", "magazine", "gazette") {
			periodical = true
		}
		if l.kind != kindMasthead || len(entries) >= maxContentsEntries {
			continue
		}
		if e := c.contentsEntry(l.text); wordCount(e) >= 3 {
			entries = append(entries, normLine(e))
		}
	}
	if len(entries) < 2 || !periodical {
		return nil
	}
	var starts []int
	from := 0
	for _, e := range entries {
		for i := from; i < len(lines); i++ {
			if lines[i].kind == kindBody && lines[i].headline && normLine(stripSymbol(lines[i].text)) == e {
				starts = append(starts, i)
				from = i + 1
				break
			}
		}
	}
	if len(starts) < 2 || !c.eachHasBody(lines, append(starts, len(lines)), minSectionBody) {
		return nil
	}
	return starts
}

// maxHeadingWords bounds the words of a headline that starts a section.
const maxHeadingWords = 20

// headingStarts returns the lines where the articles of a newsletter start
// when the decoder marked its headlines by their type (bold or larger, see
// Doc.Headings) and nothing else marks them: the document calls itself a
// newsletter or bulletin near its top, and at least two headlines are each
// followed by a section's body. A headline set over adjacent lines starts
// at its first; a marked line with too little body after it (the
// newsletter's own name, a bold caption) belongs to what precedes it. A
// release with bold section headings does not call itself a newsletter
// and stays whole.
func (c *Cleaner) headingStarts(lines []cline) []int {
	periodical := false
	for i := 0; i < len(lines) && i < 12; i++ {
		t := strings.TrimSpace(lines[i].text)
		if lines[i].kind != kindBlank && len(t) <= 160 && containsFold(t, "newsletter", "bulletin", "digest", "magazine", "gazette") {
			periodical = true
			break
		}
	}
	if !periodical {
		return nil
	}
	var cands []int
	prevHeading, blank := -1, false
	for i, l := range lines {
		switch {
		case l.kind == kindBlank:
			blank = true
			continue
		case l.heading && l.kind == kindBody && !endsSentence(strings.TrimSpace(l.text)) && wordCount(l.text) <= maxHeadingWords:
			if prevHeading < 0 || blank && !continuesHeadline(lines[prevHeading].text, l.text) {
				cands = append(cands, i)
			}
			prevHeading = i
		default:
			prevHeading = -1
		}
		blank = false
	}
	p := bodyPrefix(lines)
	var starts []int
	for j, s := range cands {
		end := len(lines)
		if j+1 < len(cands) {
			end = cands[j+1]
		}
		if bodyBetween(p, s+1, end) >= minSectionBody {
			starts = append(starts, s)
		}
	}
	return starts
}

// continuesHeadline reports whether next, a headline paragraph after the
// headline paragraph prev, goes on with its phrase: it starts in lower
// case or prev ends with a connector ("... Minister for Agriculture" /
// "and Food Security").
func continuesHeadline(prev, next string) bool {
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(next)); unicode.IsLower(r) {
		return true
	}
	f := strings.Fields(prev)
	return len(f) > 0 && corpus.IsTitleConnector(strings.ToLower(f[len(f)-1]))
}

// contentsEntry is the title in a table-of-contents line: without dot
// leaders, page number, a trailing date in brackets and a leading symbol.
func (c *Cleaner) contentsEntry(line string) string {
	t := strings.TrimSpace(stripSymbol(line))
	if loc := c.rules.dotLeader.FindStringIndex(t); loc != nil {
		t = t[:loc[0]]
	}
	t = strings.TrimRight(t, " 0123456789")
	if strings.HasSuffix(t, ")") {
		if k := strings.LastIndexByte(t, '('); k > 0 {
			t = t[:k]
		}
	}
	return strings.TrimSpace(t)
}

// markerStarts returns the lines where newsletter sections start: at least
// two section markers of the same word numbered in increasing order, or at
// least two "■ Headline" lines each followed by body text. symbol reports
// the latter (the marker line is then the headline itself).
func (c *Cleaner) markerStarts(lines []cline) (starts []int, symbol bool) {
	byWord := map[string][]int{}
	var order []string
	for i, l := range lines {
		if l.kind != kindMarker {
			continue
		}
		m := c.rules.marker.FindStringSubmatch(strings.TrimSpace(l.text))
		w := strings.ToLower(m[1])
		if _, ok := byWord[w]; !ok {
			order = append(order, w)
		}
		byWord[w] = append(byWord[w], i)
	}
	for _, w := range order {
		idx := byWord[w]
		if len(idx) < 2 {
			continue
		}
		if c.markersIncrease(lines, idx) && c.eachHasBody(lines, append(idx, len(lines)), minSectionBody) && c.eachHeadlined(lines, idx) {
			return idx, false
		}
	}
	// Markers that did not make a newsletter are ordinary lines.
	for _, idx := range byWord {
		for _, i := range idx {
			lines[i].kind = kindBody
		}
	}
	var sym []int
	for i, l := range lines {
		if l.kind == kindBody && c.rules.symbolHead.MatchString(strings.TrimSpace(l.text)) && utf8.RuneCountInString(l.text) <= 200 && !endsSentence(l.text) {
			sym = append(sym, i)
		}
	}
	if len(sym) >= 2 && c.eachHasBody(lines, append(sym, len(lines)), minSectionBody) {
		return sym, true
	}
	return nil, false
}

// eachHeadlined reports whether every marker is followed by a headline of
// at least three words, as a newsletter's sections are; the numbered
// articles of an agreement ("Article 2" then "Purpose" or a sentence) are
// not separate articles.
func (c *Cleaner) eachHeadlined(lines []cline, idx []int) bool {
	for _, i := range idx {
		j := c.nextContent(lines, i)
		if j < 0 || !lines[j].headline || wordCount(lines[j].text) < 3 || endsSentence(strings.TrimSpace(lines[j].text)) {
			return false
		}
	}
	return true
}

// markersIncrease reports whether the markers' numbers go up by one.
func (c *Cleaner) markersIncrease(lines []cline, idx []int) bool {
	prev := 0
	for _, i := range idx {
		m := c.rules.marker.FindStringSubmatch(strings.TrimSpace(lines[i].text))
		n := markerNumber(m[2])
		if n != prev+1 {
			return false
		}
		prev = n
	}
	return true
}

func markerNumber(s string) int {
	if isDigitsOnly(s) {
		return int(atoi2(s))
	}
	switch strings.ToLower(s) {
	case "i":
		return 1
	case "ii":
		return 2
	case "iii":
		return 3
	case "iv":
		return 4
	case "v":
		return 5
	case "vi":
		return 6
	case "vii":
		return 7
	case "viii":
		return 8
	case "ix":
		return 9
	case "x":
		return 10
	}
	return 0
}

func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 3; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// eachHasBody reports whether every range between consecutive bounds holds
// enough body text to be an article.
func (c *Cleaner) eachHasBody(lines []cline, bounds []int, need int) bool {
	p := bodyPrefix(lines)
	for j := 0; j+1 < len(bounds); j++ {
		if bodyBetween(p, bounds[j]+1, bounds[j+1]) < need {
			return false
		}
	}
	return true
}

// bodyPrefix returns running totals of the length of long prose paragraphs:
// lines [from, to) hold p[to]-p[from] bytes of body text.
func bodyPrefix(lines []cline) []int {
	p := make([]int, len(lines)+1)
	for i, l := range lines {
		p[i+1] = p[i]
		if l.kind == kindBody && len(l.text) >= 100 && isProse(l.text) {
			p[i+1] += len(l.text)
		}
	}
	return p
}

// isProse reports whether a long line reads as sentences rather than a
// list entry (a listing page's "Headline<TAB>March 13, 2015").
func isProse(t string) bool {
	t = strings.TrimSpace(t)
	return endsSentence(t) || strings.HasSuffix(t, ":") || strings.Contains(t, ". ")
}

func bodyBetween(p []int, from, to int) int {
	from = min(max(from, 0), len(p)-1)
	to = min(max(to, from), len(p)-1)
	return p[to] - p[from]
}

// releaseStarts returns the lines where a further release starts in a file
// that concatenates releases: after a separator line when a release header
// follows, or at a release header (a headline with a dateline right after
// it) that follows a full body. A single release gives none.
func (c *Cleaner) releaseStarts(lines []cline) []int {
	var cuts []int
	last := 0
	p := bodyPrefix(lines)
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case l.kind == kindSeparator:
			if h := c.headerAfter(lines, i+1, 8); h >= 0 && bodyBetween(p, last, i) >= minArticleBody && bodyBetween(p, h, len(lines)) >= minArticleBody {
				cuts = append(cuts, i+1)
				last = i + 1
			}
		case l.kind == kindBody || l.kind == kindDate:
			if i <= last || bodyBetween(p, last, i) < minArticleBody {
				continue
			}
			start, ok := c.headerAt(lines, i)
			if !ok || start <= last || !c.closesBody(lines, start) {
				continue
			}
			if bodyBetween(p, i, len(lines)) < minArticleBody {
				continue
			}
			cuts = append(cuts, start)
			last = start
		}
	}
	return cuts
}

// closesBody reports whether the content before line i ends a text: the
// previous content line ends a sentence (or is chrome already removed).
func (c *Cleaner) closesBody(lines []cline, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch lines[j].kind {
		case kindBlank, kindChrome, kindMasthead:
			continue
		case kindSeparator:
			return true
		}
		return endsClause(strings.TrimSpace(lines[j].text))
	}
	return true
}

// headerAfter returns the first line within limit content lines from i
// where a release header starts, or -1.
func (c *Cleaner) headerAfter(lines []cline, i, limit int) int {
	seen := 0
	for j := i; j < len(lines) && seen < limit; j++ {
		switch lines[j].kind {
		case kindBlank, kindChrome:
			continue
		}
		seen++
		if _, ok := c.headerAt(lines, j); ok {
			return j
		}
	}
	return -1
}

// headerAt reports whether a release header is at line i: a dateline or
// release label followed by a headline, or a headline (of at least four
// words) followed within three content lines by a dateline. start is the
// header's first line.
func (c *Cleaner) headerAt(lines []cline, i int) (start int, ok bool) {
	if lines[i].dateline {
		if j := c.nextContent(lines, i); j >= 0 && lines[j].headline && wordCount(lines[j].text) >= 4 {
			return i, true
		}
		return 0, false
	}
	if !lines[i].headline || wordCount(lines[i].text) < 4 {
		return 0, false
	}
	j := i
	for k := 0; k < 3; k++ {
		if j = c.nextContent(lines, j); j < 0 {
			return 0, false
		}
		if lines[j].dateline {
			return i, true
		}
		if len(strings.TrimSpace(lines[j].text)) > 120 {
			return 0, false
		}
	}
	return 0, false
}

// nextContent returns the next line after i that is neither blank nor
// chrome, or -1.
func (c *Cleaner) nextContent(lines []cline, i int) int {
	for j := i + 1; j < len(lines); j++ {
		switch lines[j].kind {
		case kindBlank, kindChrome, kindMasthead:
			continue
		}
		return j
	}
	return -1
}

// markMastheadClusters finds blocks of masthead and table-of-contents
// material inside the text (a newsletter's page-one masthead printed
// between two parts of an article: an issue number, a lone date, dot
// leaders, the list of the titles, a contact address) and marks
// them kindMasthead. A block needs at least two strong signals; it grows
// over neighbouring short lines that do not head a body paragraph.
func (c *Cleaner) markMastheadClusters(lines []cline) {
	for i := 0; i < len(lines); i++ {
		if lines[i].kind == kindBlank || c.rules.mastheadSignal(lines[i].text) < 2 {
			continue
		}
		from, to := i, i
		// Backwards only over masthead signals: the line before a
		// contents heading is often the document's headline.
		for j := i - 1; j >= 0; j-- {
			if lines[j].kind == kindBlank {
				continue
			}
			if k := lines[j].kind; k != kindBody && k != kindDate && k != kindChrome || k != kindChrome && c.rules.mastheadSignal(lines[j].text) == 0 {
				break
			}
			from = j
		}
		for j := i + 1; j < len(lines); j++ {
			if lines[j].kind == kindBlank {
				continue
			}
			if !c.clusterable(lines, j) {
				break
			}
			to = j
		}
		strong := 0
		for j := from; j <= to; j++ {
			if lines[j].kind != kindBlank && c.rules.mastheadSignal(lines[j].text) == 2 {
				strong++
			}
		}
		if strong >= 2 {
			for j := from; j <= to; j++ {
				if k := lines[j].kind; k == kindBody || k == kindDate {
					lines[j].kind = kindMasthead
				}
			}
		}
		i = to
	}
}

// clusterable reports whether line j may belong to a masthead block: a
// masthead signal, or a short line that is not a sentence, not a numbered
// item and not the heading of a following body paragraph.
func (c *Cleaner) clusterable(lines []cline, j int) bool {
	l := lines[j]
	if l.kind != kindBody && l.kind != kindDate && l.kind != kindChrome {
		return false
	}
	t := strings.TrimSpace(l.text)
	if c.rules.mastheadSignal(t) > 0 || l.kind == kindChrome {
		return true // including numbered contents entries ("1. Introduction ..... 3")
	}
	if c.rules.isItemStart(t) {
		return false
	}
	if utf8.RuneCountInString(t) > 120 || endsSentence(t) {
		return false
	}
	k := c.nextContent(lines, j)
	if k < 0 {
		return true
	}
	nt := strings.TrimSpace(lines[k].text)
	return !(len(nt) >= 120 && c.rules.mastheadSignal(nt) == 0 && !c.rules.isItemStart(nt))
}
