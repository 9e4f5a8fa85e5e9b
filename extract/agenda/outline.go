package agenda

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// outlineFrame is one open list in the outline stack.
type outlineFrame struct {
	style   string
	item    int   // index in the outline of the list's current item
	value   int   // value of the current item
	decimal []int // components of the current item's label (decimal lists)
	n       int   // items of the list so far
	bodied  bool  // some item of the list owns a body paragraph
}

// closedFrame is a closed list and the depth it was at.
type closedFrame struct {
	depth int
	frame outlineFrame
	// underHeading is set when a section heading closed the list (of
	// numbered paragraphs): its further paragraphs go on inside the
	// heading, and only a heading of its style resumes it.
	underHeading bool
}

// outlineBuilder nests items like a stack of lists: a label style not open
// yet starts a list under the current item; a style already open closes the
// lists above it and continues (or restarts) its own. A tight list (items
// without bodies) ends at the next plain paragraph and an unnumbered heading
// ends every list, unless the next item continues one of them: running page
// headers and remarks between items do not break a list. A closed list that
// continues later resumes at its own depth ("2." ... "(c)" then "3."), and
// a heading item never nests under a numbered paragraph.
type outlineBuilder struct {
	text    string
	out     []AgendaItem
	bodyEnd []int // end of each item's own body, -1 while open
	hasBody []bool
	textAt  []int // where each item's text starts, after its label
	// paragraph marks items whose line is a paragraph (titled by its first
	// sentence) rather than a heading.
	paragraph []bool
	stack     []outlineFrame
	// closed remembers the lists closed so far by style, so that a list
	// interrupted by a sub-list or a paragraph resumes at its own depth.
	closed   map[string]closedFrame
	closeAt  int // offset of a pending closure, -1 when none
	closeLvl int // depth from which the pending closure closes lists
}

func buildOutline(text string, lines []outlineLine, labels []label) []AgendaItem {
	b := &outlineBuilder{text: text, closeAt: -1, closed: make(map[string]closedFrame)}
	prevItemLine := false // the previous non-blank line is an item or its continuation
	for i, ln := range lines {
		if ln.blank {
			prevItemLine = false
			continue
		}
		if ln.label >= 0 {
			b.addItem(labels[ln.label])
			prevItemLine = true
			continue
		}
		line := text[ln.start:ln.end]
		if prevItemLine && startsLower(line) {
			continue // a wrapped item line
		}
		prevItemLine = false
		b.addParagraph(ln.start, isPlainHeading(line) && nextIsBody(text, lines, i))
	}
	b.finish()
	return b.out
}

// addParagraph handles a non-item line at offset start.
func (b *outlineBuilder) addParagraph(start int, heading bool) {
	if len(b.stack) == 0 {
		return
	}
	if heading {
		b.pend(start, 0)
		return
	}
	if b.closeAt >= 0 {
		return // after a closure the paragraph belongs to what encloses the closed lists
	}
	top := &b.stack[len(b.stack)-1]
	if top.n >= 2 && !top.bodied && !b.hasBody[top.item] {
		b.pend(start, len(b.stack)-1)
		if len(b.stack) > 1 {
			p := &b.stack[len(b.stack)-2]
			p.bodied = true
			b.hasBody[p.item] = true
		}
		return
	}
	top.bodied = true
	b.hasBody[top.item] = true
}

// pend records that the lists from depth lvl on end at offset at, unless
// the next item continues one of them.
func (b *outlineBuilder) pend(at, lvl int) {
	if b.closeAt < 0 {
		b.closeAt, b.closeLvl = at, lvl
	} else if lvl < b.closeLvl {
		b.closeLvl = lvl
	}
}

// closeFrom ends the current items of the lists at depth >= lvl at offset at.
func (b *outlineBuilder) closeFrom(lvl, at int) {
	for d := len(b.stack) - 1; d >= lvl; d-- {
		if it := b.stack[d].item; b.bodyEnd[it] < 0 {
			b.bodyEnd[it] = at
		}
		b.closed[b.stack[d].style] = closedFrame{depth: d, frame: b.stack[d]}
	}
	b.stack = b.stack[:lvl]
}

func (b *outlineBuilder) frameOf(style string) int {
	for d := len(b.stack) - 1; d >= 0; d-- {
		if b.stack[d].style == style {
			return d
		}
	}
	return -1
}

func (b *outlineBuilder) continues(d int, l *label) bool {
	f := &b.stack[d]
	if l.value != f.value+1 {
		return false
	}
	if l.shape == shapeDecimal {
		return len(f.decimal) == len(l.decimal) && equalInts(f.decimal[:len(f.decimal)-1], l.decimal[:len(l.decimal)-1])
	}
	return true
}

func (b *outlineBuilder) addItem(l label) {
	st := l.style()
	d := b.frameOf(st)
	if b.closeAt >= 0 {
		if d >= b.closeLvl && b.continues(d, &l) {
			b.closeAt = -1 // an interruption, not the end of the list
		} else {
			b.closeFrom(b.closeLvl, b.closeAt)
			b.closeAt = -1
			d = b.frameOf(st)
		}
	}
	// The previous item's own body ends where this one starts.
	if n := len(b.out); n > 0 && b.bodyEnd[n-1] < 0 {
		b.bodyEnd[n-1] = l.lineStart
	}
	idx := len(b.out)
	title, heading := itemTitle(b.text, l)
	if d >= 0 {
		b.closeFrom(d+1, l.lineStart)
		f := &b.stack[d]
		f.item, f.value, f.decimal = idx, l.value, l.decimal
		f.n++
	} else {
		// A section heading does not nest under a numbered paragraph: the
		// paragraph list is at the heading's level or inside it
		// ("3 The pandemic ..." then "(I) Strengthening Collective Action").
		if cf, ok := b.closed[st]; ok && cf.depth <= len(b.stack) && l.value == cf.frame.value+1 && (!cf.underHeading || heading) {
			// A list resuming after a sub-list was closed ("2." ... "(c)" then "3.").
			b.closeFrom(cf.depth, l.lineStart)
		} else if heading {
			for len(b.stack) > 0 && b.paragraph[b.stack[len(b.stack)-1].item] {
				top := b.stack[len(b.stack)-1].style
				b.closeFrom(len(b.stack)-1, l.lineStart)
				cf := b.closed[top]
				cf.underHeading = true // the paragraphs go on inside the heading
				b.closed[top] = cf
			}
		}
		b.stack = append(b.stack, outlineFrame{style: st, item: idx, value: l.value, decimal: l.decimal, n: 1})
		d = len(b.stack) - 1
	}
	it := AgendaItem{
		Label: strings.TrimSpace(l.printed),
		Title: title,
		Level: d + 1,
		Start: l.start,
	}
	if d > 0 {
		p := b.stack[d-1].item
		it.Parent = &p
	}
	b.out = append(b.out, it)
	b.bodyEnd = append(b.bodyEnd, -1)
	b.hasBody = append(b.hasBody, false)
	b.textAt = append(b.textAt, l.textStart)
	b.paragraph = append(b.paragraph, !heading)
}

// finish sets bodies and spans: an item's End covers its sub-items.
func (b *outlineBuilder) finish() {
	if b.closeAt >= 0 {
		b.closeFrom(b.closeLvl, b.closeAt)
	}
	for i := range b.out {
		end := b.bodyEnd[i]
		if end < 0 {
			end = len(b.text)
		}
		end = trimRightOffset(b.text, b.out[i].Start, end)
		b.bodyEnd[i] = end
		b.out[i].End = end
	}
	for i := len(b.out) - 1; i >= 0; i-- {
		if p := b.out[i].Parent; p != nil && b.out[i].End > b.out[*p].End {
			b.out[*p].End = b.out[i].End
		}
	}
	for i := range b.out {
		it := &b.out[i]
		if from := b.textAt[i]; from < b.bodyEnd[i] {
			it.Text = strings.TrimSpace(b.text[from:b.bodyEnd[i]])
		}
	}
}

func trimRightOffset(text string, start, end int) int {
	for end > start && (text[end-1] == ' ' || text[end-1] == '\n' || text[end-1] == '\t' || text[end-1] == '\r') {
		end--
	}
	return end
}

// itemTitle is the heading text after the label; for a paragraph item it
// is the first sentence. Markdown emphasis and list punctuation are dropped.
// heading reports whether the item's line is a short heading rather than a
// paragraph.
func itemTitle(text string, l label) (title string, heading bool) {
	line := text[l.textStart:l.lineEnd]
	// Wrapped continuation lines (starting lower-case) belong to the title.
	for pos := l.lineEnd + 1; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		next := text[pos:end]
		if !startsLower(next) || len(line) > 600 {
			break
		}
		if _, isItem := parseLabel(next, pos); isItem {
			break
		}
		line += " " + strings.TrimSpace(next)
		pos = end + 1
	}
	line = stripEmphasis(line)
	// A heading is short, capitalized and unpunctuated; "electronic
	// signatures;" is an entry of a running list, not a heading.
	heading = len(line) <= 120 && !endsSentenceByte(line) && (isUpperStart(line) || line != "" && isDigitASCII(line[0])) &&
		!strings.HasSuffix(line, ";") && !strings.HasSuffix(line, ",") && !strings.HasSuffix(line, "; and")
	if s := firstSentence(line); s != "" {
		line, heading = stripEmphasis(s), false
	}
	line = strings.TrimSpace(line)
	for _, suf := range []string{"; and", "; or", ";", ","} {
		if strings.HasSuffix(line, suf) {
			line = strings.TrimSpace(strings.TrimSuffix(line, suf))
			break
		}
	}
	if len(line) > 400 {
		cut := strings.LastIndexByte(line[:400], ' ')
		if cut < 200 {
			cut = 400
			for cut > 0 && !utf8.RuneStart(line[cut]) {
				cut--
			}
		}
		line = line[:cut]
	}
	return line, heading
}

func endsSentenceByte(s string) bool {
	s = strings.TrimRight(s, " \"'”’*_)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// stripEmphasis drops Markdown and HTML emphasis marks around a heading.
func stripEmphasis(s string) string {
	if strings.ContainsAny(s, "*_<") {
		s = emphasisMarks.Replace(s)
	}
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "*_"))
}

// emphasisMarks removes Markdown and HTML emphasis marks (read-only).
var emphasisMarks = strings.NewReplacer("**", "", "__", "", "<u>", "", "</u>", "", "<b>", "", "</b>", "", "<strong>", "", "</strong>", "")

// firstSentence returns s up to and including its first sentence end when a
// further sentence follows, or "" when s is a single sentence or heading.
func firstSentence(s string) string {
	for i := 0; i < len(s)-2; i++ {
		c := s[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == '"' || s[j] == '\'' || s[j] == ')' || s[j] == '*' || s[j] == '_') {
			j++
		}
		if strings.HasPrefix(s[j:], "”") || strings.HasPrefix(s[j:], "’") {
			j += 3
		}
		if j >= len(s) || s[j] != ' ' {
			continue
		}
		rest := strings.TrimLeft(s[j:], " ")
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' {
			continue
		}
		if c == '.' && isAbbreviationBefore(s, i) {
			continue
		}
		if strings.Count(strings.TrimSpace(s[:i]), " ") < 2 {
			continue // "Er. Lee Chuan Seng said": no sentence is that short
		}
		return s[:j]
	}
	return ""
}

// isAbbreviationBefore reports whether the period at s[i] ends an
// abbreviation or an initial rather than a sentence ("U.S.", "Mr.", "J.").
func isAbbreviationBefore(s string, i int) bool {
	k := i
	for k > 0 && s[k-1] != ' ' && s[k-1] != '(' {
		k--
	}
	word := s[k:i]
	if word == "" {
		return false
	}
	if strings.Contains(word, ".") {
		return true // U.S, e.g, a.m
	}
	r, _ := utf8.DecodeRuneInString(word)
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r) {
		return true // an initial
	}
	switch strings.ToLower(word) {
	case "mr", "mrs", "ms", "mdm", "er", "dr", "prof", "st", "no", "nos", "vol", "jr", "sr", "gen", "col", "lt", "sen", "rep", "gov", "amb", "hon", "rev", "inc", "ltd", "co", "corp", "art", "sec", "fig", "para", "vs", "etc", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

func startsLower(s string) bool {
	s = strings.TrimLeft(s, " \t")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// isPlainHeading reports whether line looks like an unnumbered section
// heading: short, capitalized, without closing punctuation.
func isPlainHeading(line string) bool {
	s := stripEmphasis(strings.TrimSpace(line))
	if s == "" || len(s) > 90 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && r != '(' {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,;:!?", last) {
		return false
	}
	words := strings.Fields(s)
	return len(words) <= 12
}

// nextIsBody reports whether the next non-blank line after lines[i] is a
// plain paragraph of some length (so that lines[i] heads it).
func nextIsBody(text string, lines []outlineLine, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].blank {
			continue
		}
		return lines[j].label < 0 && lines[j].end-lines[j].start >= 60
	}
	return false
}
