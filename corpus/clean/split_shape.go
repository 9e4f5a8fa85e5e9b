package clean

import (
	"regexp"
	"strings"
)

// A release header is a run of short lines above a release's first
// paragraph: some of an issuer line, a release label ("FOR IMMEDIATE
// RELEASE"), a date or dateline line and a headline (with a sub-headline).
// A file that concatenates releases (a wire dump, an e-mail digest saved
// as text, posts pasted one after another) repeats the header of its first
// release, in the same order of line kinds, above each further release,
// and often closes each release with an end mark ("###", "-30-", "NNNN").
// headerShapeSplit finds that repetition whatever the wording of the lines.

// shapeKind is the kind of one line of a header block.
type shapeKind byte

const (
	shapeOther    shapeKind = 'O' // a short line of no other kind (an issuer, a byline)
	shapeLabel    shapeKind = 'L' // a release label ("Media Statement")
	shapeDate     shapeKind = 'D' // a date or dateline line
	shapeHeadline shapeKind = 'H' // a headline line of at least four words
	shapeEnd      shapeKind = 'E' // an end mark or a separator line
	// shapeShort is a headline of two or three words in title case or
	// capitals, a header only right after an end mark.
	shapeShort shapeKind = 'h'
)

// wireEndMark matches end marks of wire and press-office texts the
// cleaner's separator pattern leaves out: "-30-" (the newsroom "30",
// AP and Canadian Press usage), "# # #", "NNNN" (the teleprinter
// end-of-message sequence, kept by wire services and Hong Kong's
// Information Services Department), and "Ends/<weekday, date>" (ISD's
// closing line, which dates the release).
var wireEndMark = regexp.MustCompile(`(?i)^(?:-\s*30\s*-|#\s#\s#|n{4}|ends?\s*/.*)$`)

// isWireEndMark reports whether t is a wire end mark (wireEndMark); the
// first byte spares the regexp nearly every line.
func isWireEndMark(t string) bool {
	if t == "" || strings.IndexByte("-#NnEe", t[0]) < 0 {
		return false
	}
	return wireEndMark.MatchString(t)
}

// closingDate matches the date an end mark carries ("Ends/Wednesday,
// January 21, 2026"): the part after the slash.
var closingDate = regexp.MustCompile(`(?i)^ends?\s*/\s*(.+)$`)

// minShapeRepeats is how many headers of one shape make a file of
// concatenated releases.
const minShapeRepeats = 2

// minShortReleases is how many headers of one shape make their parts
// releases with a paragraph of body each (minSectionBody) rather than a
// release's full body (minArticleBody); under a release label one
// sentence is enough.
const minShortReleases = 3

// headerBlock is one run of non-paragraph lines: a header, possibly with
// the previous release's closing lines above it.
type headerBlock struct {
	start  int    // first line of the header (after any closing lines)
	end    int    // the line after the header's last line
	shape  string // the kinds of its lines, repeats of one kind taken once, others left out
	ended  bool   // an end mark closes the text above the header
	closed bool   // the content above ends a sentence, an end mark or nothing
}

// headerShapeSplit starts a release at each header of the shape that
// recurs at least minShapeRepeats times in a plain-text or Markdown file,
// each over a body of its own. A shape must hold a headline and a date,
// dateline or label line; a headline alone counts only after an end mark
// (a running header, or a section heading inside one release, repeats
// no date and follows no end mark). The first header of the shape must be
// the file's first headed block, or follow a preamble shorter than a
// release body (a digest's lead-in); the preamble becomes the masthead.
// Files whose decoder set lines apart by type (PDF, HTML) are left to the
// type rules.
func (c *Cleaner) headerShapeSplit(lines []cline) split {
	for _, l := range lines {
		if l.heading {
			return split{}
		}
	}
	blocks := c.headerBlocks(lines)
	p := bodyPrefix(lines)
	count := map[string]int{}
	for _, b := range blocks {
		if validShape(b.shape) {
			count[b.shape]++
		}
	}
	best := ""
	for _, b := range blocks { // the most frequent shape; the earliest on ties
		if count[b.shape] > count[best] {
			best = b.shape
		}
	}
	if count[best] < minShapeRepeats {
		return split{}
	}
	// A file that closes each release with an end mark starts a release
	// after every end mark that a header (even one with a short
	// headline, or none) follows.
	endMarked, seen := true, false
	for _, b := range blocks {
		if b.shape == best {
			endMarked = endMarked && (!seen || b.ended)
			seen = true
		}
	}
	labelled := strings.ContainsRune(best, rune(shapeLabel))
	var cands []headerBlock
	for _, b := range blocks {
		if len(cands) == 0 && labelled && b.shape != best && strings.HasSuffix(b.shape, best) {
			// The document's masthead run into the first release's header
			// ("MINISTRY OF ..." over "Statement" over its headline): the
			// release starts at its label.
			if i := c.lastLabelRun(lines, b.start, b.end); i > b.start {
				b.start, b.shape = i, best
			}
		}
		if b.shape == best || endMarked && b.ended && len(cands) > 0 {
			cands = append(cands, b)
			continue
		}
		if len(cands) == 0 && strings.ContainsRune(b.shape, rune(shapeHeadline)) && bodyBetween(p, 0, b.start) >= minArticleBody {
			return split{} // a release of another shape comes first
		}
	}
	var starts []int
	headers := map[string]bool{} // the texts of the headers taken
	for k, b := range cands {
		end := len(lines)
		if k+1 < len(cands) {
			end = cands[k+1].start
		}
		need := minArticleBody
		switch {
		case b.ended, labelled:
			need = minSentenceBytes // one sentence between two end marks, or under a release label
		case endMarked, count[best] >= minShortReleases:
			need = minSectionBody
		}
		if sectionText(lines, b.start, end) < need {
			continue
		}
		if len(starts) > 0 && !b.closed {
			continue
		}
		if best == string(shapeHeadline) && len(starts) > 0 && !b.ended {
			continue
		}
		if len(starts) == 0 && bodyBetween(p, 0, b.start) >= minArticleBody {
			return split{} // the shape first shows inside a release
		}
		h := c.headerText(lines, b.start, b.end)
		if headers[h] && !(labelled && b.closed) {
			// The same headline and date again: a running header of the
			// release above. Under release labels, after a closed
			// paragraph, it is the next release with the same headline
			// ("Joint statement" twice); one release pasted twice is
			// caught by pastedTwice.
			continue
		}
		headers[h] = true
		starts = append(starts, b.start)
	}
	if len(starts) < minShapeRepeats || c.pastedTwice(lines, starts) {
		return split{}
	}
	return split{starts: starts, headed: true}
}

// headerText returns the normalized text of the header lines [from, to),
// with the run-in dateline that opens the paragraph under them.
func (c *Cleaner) headerText(lines []cline, from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		if lines[i].kind != kindBlank {
			b.WriteString(normLine(lines[i].text))
			b.WriteByte('\n')
		}
	}
	if j := c.nextContent(lines, to-1); j >= 0 && c.runInDateline(lines[j].text) {
		t := strings.TrimSpace(lines[j].text)
		for _, sep := range []string{" - ", " – ", " — ", ": ", " -- "} {
			if k := strings.Index(t, sep); k > 0 {
				t = t[:k]
			}
		}
		b.WriteString(normLine(t))
	}
	return b.String()
}

// pastedTwice reports whether two of the parts that start at starts open
// with the same paragraph: one release pasted twice is one release, while
// two releases may share a headline ("Statement by the Spokesperson").
func (c *Cleaner) pastedTwice(lines []cline, starts []int) bool {
	seen := make(map[string]bool, len(starts))
	for _, s := range starts {
		for i := s; i < len(lines); i++ {
			if c.isShapeBody(lines[i]) {
				n := normLine(lines[i].text)
				if seen[n] {
					return true
				}
				seen[n] = true
				break
			}
		}
	}
	return false
}

// validShape reports whether a block of this shape can head a release: a
// headline with a date or label line, or a headline alone.
func validShape(shape string) bool {
	if !strings.ContainsRune(shape, rune(shapeHeadline)) {
		return false
	}
	return shape == string(shapeHeadline) || strings.ContainsAny(shape, string([]byte{byte(shapeDate), byte(shapeLabel)}))
}

// headerBlocks returns the runs of non-paragraph lines of the document
// that hold a header line (a headline, date or label), each with its
// header's first line and shape.
// The header is what follows the block's last end mark (rules drawn
// under a boxed header are left out first).
func (c *Cleaner) headerBlocks(lines []cline) []headerBlock {
	var out []headerBlock
	var run []int // content lines of the current block
	// flush reads the block in run; runIn reports that the paragraph
	// under it opens with a run-in dateline ("TOKYO, May 3, 2024 - ..."),
	// the header's date.
	flush := func(runIn bool) {
		defer func() { run = run[:0] }()
		kinds := make([]shapeKind, len(run))
		for j, i := range run {
			kinds[j] = c.shapeOf(lines[i])
		}
		k := len(run)
		for k > 0 && kinds[k-1] == shapeEnd {
			k-- // a rule under a boxed header
		}
		from := 0
		for j := k - 1; j >= 0; j-- {
			if kinds[j] == shapeEnd {
				from = j + 1
				break
			}
		}
		ended := from > 0
		if k-from > maxHeaderLines {
			from = c.lastHeaderFrom(lines, run[from:k]) + from
		}
		c.markShortHeadline(lines, run[from:k], kinds[from:k], runIn)
		// Short lines above the header's first line of a header kind are
		// the text before it (a lead-in, a masthead), except one issuer
		// line right above it.
		first := from
		for first < k && kinds[first] == shapeOther {
			first++
		}
		if first > from && first < k && run[first-1] == run[first]-1 {
			first--
		}
		if first < k {
			from = first
		}
		labelTitle(kinds[from:k])
		var shape []byte
		add := func(s shapeKind) {
			if len(shape) == 0 || shape[len(shape)-1] != byte(s) {
				shape = append(shape, byte(s))
			}
		}
		for _, s := range kinds[from:k] {
			if s != shapeOther && s != shapeEnd {
				add(s)
			}
		}
		if runIn && len(shape) > 0 {
			add(shapeDate)
		}
		if from < k && len(shape) == 0 && ended && c.isShortHeadline(lines[run[from]]) {
			shape = append(shape, byte(shapeShort))
		}
		if from >= k || len(shape) == 0 {
			return
		}
		start := run[from]
		out = append(out, headerBlock{start: start, end: run[k-1] + 1, shape: string(shape), ended: ended, closed: ended || c.closesBody(lines, start)})
	}
	for i, l := range lines {
		switch l.kind {
		case kindBlank, kindChrome, kindMasthead:
			continue
		}
		if c.isShapeBody(l) {
			if len(run) > 0 {
				flush(c.runInDateline(l.text))
			}
			continue
		}
		run = append(run, i)
	}
	if len(run) > 0 {
		flush(false)
	}
	return out
}

// lastLabelRun returns the first line of the last run of release labels
// among the lines [from, to), or from when there is none.
func (c *Cleaner) lastLabelRun(lines []cline, from, to int) int {
	at := from
	for i := to - 1; i >= from; i-- {
		switch {
		case lines[i].kind == kindBlank:
		case c.shapeOf(lines[i]) == shapeLabel:
			at = i
		case at > from:
			return at
		}
	}
	return at
}

// labelTitle makes the last of two or more release labels of a header
// with no headline its headline: a release titled only by its kind
// ("Statement" over "Joint statement", "MEDIA RELEASE" over "Press
// statement") repeats its header like the releases with headlines
// around it.
func labelTitle(kinds []shapeKind) {
	last, labels := -1, 0
	for j, k := range kinds {
		switch k {
		case shapeHeadline, shapeShort:
			return
		case shapeLabel:
			last = j
			labels++
		}
	}
	if labels >= 2 {
		kinds[last] = shapeHeadline
	}
}

// maxHeaderLines bounds the lines of a release header; a longer run of
// short lines (a list of addresses, a table) ends with the header of the
// next release at most.
const maxHeaderLines = 6

// maxHeadlineLines bounds the lines of one headline with its sub-headline.
const maxHeadlineLines = 3

// lastHeaderFrom returns the index in run of the first line of the header
// that ends a long run of short lines: its last headline, with the
// headline lines right above it, no blank line between (a wrapped
// headline, or a headline over its sub-headline), and the labels above
// those, each with an issuer line above it.
func (c *Cleaner) lastHeaderFrom(lines []cline, run []int) int {
	h := -1
	for j := len(run) - 1; j >= 0; j-- {
		if c.shapeOf(lines[run[j]]) == shapeHeadline {
			h = j
			break
		}
	}
	if h < 0 {
		return len(run)
	}
	for n := 0; n < maxHeadlineLines-1 && h > 0 && run[h-1] == run[h]-1 && c.shapeOf(lines[run[h-1]]) == shapeHeadline; n++ {
		h-- // a line right above, no blank line between
	}
	for h > 0 && c.shapeOf(lines[run[h-1]]) == shapeLabel {
		h--
		if h > 0 && c.shapeOf(lines[run[h-1]]) == shapeOther {
			h--
		}
	}
	return h
}

// isShapeBody reports whether l is a paragraph of a release body: prose
// of at least a sentence's length that no header line kind claims.
func (c *Cleaner) isShapeBody(l cline) bool {
	t := strings.TrimSpace(l.text)
	return l.kind == kindBody && len(t) >= minSentenceBytes && isProse(t) && !l.dateline && !isWireEndMark(t) && !c.isShapeHeadline(l)
}

// isShapeHeadline reports whether l is a headline line of a header: a
// release headline, or a headline line in title case or capitals that
// ends with a full stop after a name ("... of Arthur Brown Jr.").
func (c *Cleaner) isShapeHeadline(l cline) bool {
	if c.isReleaseHeadline(l) {
		return true
	}
	t := strings.TrimSpace(l.text)
	return l.headline && wordCount(t) >= minHeaderWords && !hasWebAddress(t) && sentenceBreaks(t, 1) == 0 && caseStyle(t) != styleSentence
}

// markShortHeadline takes the first short headline of a header block
// (see isShortHeadline) as its headline when the block has none of four
// words or more but dates itself (a date line, a label, or a run-in
// dateline under it): "Statement on Syria" over "May 3, 2026".
func (c *Cleaner) markShortHeadline(lines []cline, run []int, kinds []shapeKind, runIn bool) {
	dated := runIn
	for _, s := range kinds {
		switch s {
		case shapeHeadline:
			return
		case shapeDate, shapeLabel:
			dated = true
		}
	}
	if !dated {
		return
	}
	for j, i := range run {
		if kinds[j] == shapeOther && c.isShortHeadline(lines[i]) {
			kinds[j] = shapeHeadline
			return
		}
	}
}

// isShortHeadline reports whether l is a headline of two or three words
// in title case or capitals ("Exchange Rate Index", "PORTUGUESE TIMOR").
func (c *Cleaner) isShortHeadline(l cline) bool {
	t := strings.TrimSpace(l.text)
	n := wordCount(t)
	return l.kind == kindBody && l.headline && n >= 2 && n < minHeaderWords && !endsClause(t) && !strings.Contains(t, ":") && caseStyle(t) != styleSentence
}

// shapeOf returns the kind of a line of a header block.
func (c *Cleaner) shapeOf(l cline) shapeKind {
	t := strings.TrimSpace(l.text)
	switch {
	case l.kind == kindSeparator || isWireEndMark(t):
		return shapeEnd
	case isReleaseLabel(t):
		return shapeLabel
	case l.kind == kindDate || isHeaderDateline(l):
		return shapeDate
	case isContactLine(t):
		return shapeOther // a press contact closing the release above
	case c.isShapeHeadline(l):
		return shapeHeadline
	}
	return shapeOther
}

// closingDateOf returns the date an end mark of the lines [from, to)
// carries ("Ends/Wednesday, January 21, 2026" gives "Wednesday, January
// 21, 2026"), the last such, or "".
func closingDateOf(lines []cline, from, to int) string {
	for i := to - 1; i >= from; i-- {
		if lines[i].kind == kindBlank {
			continue
		}
		t := strings.TrimSpace(lines[i].text)
		if t == "" || t[0] != 'E' && t[0] != 'e' {
			continue
		}
		if m := closingDate.FindStringSubmatch(t); m != nil && hasYear(m[1]) {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}
