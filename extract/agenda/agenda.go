package agenda

import (
	"strconv"
	"strings"
)

// Finder finds numbered items that start a line or a paragraph, at
// every level, with their hierarchy: "1.", "1.Major", "(1)", "(6Promoting"
// (missing bracket), "(a)", "(iv)", "- (i)", "i.", "I.", "A.", "1)", "[1]",
// "1.1", "2.3.1" and numbered paragraphs ("1 Bilateral relations ...").
// Enumerations inside a sentence ("collaborate in (1) cloud computing, (2)
// ...") are left out. It holds no state and is safe for concurrent use.
//
// The text is read one paragraph per line, as corpus.Cleaner produces it; a
// line that starts with a lower-case letter continues the line before.
type Finder struct{}

// New returns a ready Finder.
func New() (*Finder, error) { return &Finder{}, nil }

// maxAgendaItems bounds the outline of one article; labels past it are ignored.
const maxAgendaItems = 2000

// Find returns the outline of text in reading order. Parent indexes point
// backwards into the returned slice; Start/End cover the item's label
// through its body and its sub-items; Text is the item's own body up to
// the next item. Find never returns inline items.
func (f *Finder) Find(text string) []AgendaItem {
	lines := splitOutlineLines(text)
	labels := collectLabels(text, lines)
	labels = dropFootnotes(text, labels)
	labels = resolveSequences(labels)
	if len(labels) == 0 {
		return nil
	}
	for i := range lines {
		lines[i].label = -1
	}
	for i, l := range labels {
		lines[l.line].label = i
	}
	return buildOutline(text, lines, labels)
}

// dropFootnotes removes the notes at the end of a footnoted text: a
// numbered paragraph without a dot ("1 Watt and Brown were with the
// Minister.") whose number the text before it cites as a bracketed
// reference ("Menzies [1]", "the Minister.[2]") is a note, not an item.
func dropFootnotes(text string, labels []label) []label {
	out := labels[:0]
	for _, l := range labels {
		if l.shape == shapeBare && citedBefore(text, l.value, l.lineStart) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// citedBefore reports whether "[n]" stands in text before offset end,
// inside a line (not as a line's own label).
func citedBefore(text string, n, end int) bool {
	ref := "[" + strconv.Itoa(n) + "]"
	for from := 0; from < end; {
		i := strings.Index(text[from:end], ref)
		if i < 0 {
			return false
		}
		at := from + i
		if at > 0 && text[at-1] != '\n' {
			return true
		}
		from = at + len(ref)
	}
	return false
}

// outlineLine is one line of the text with its role in the outline.
type outlineLine struct {
	start, end int // offsets of the line without its newline
	label      int // index into the label slice, -1 when the line is not an item
	blank      bool
}

func splitOutlineLines(text string) []outlineLine {
	var lines []outlineLine
	for pos := 0; pos <= len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		lines = append(lines, outlineLine{start: pos, end: end, label: -1, blank: strings.TrimSpace(text[pos:end]) == ""})
		pos = end + 1
	}
	return lines
}

// collectLabels parses a label at the start of every line.
func collectLabels(text string, lines []outlineLine) []label {
	var out []label
	for i, ln := range lines {
		if ln.blank || len(out) >= maxAgendaItems {
			continue
		}
		if l, ok := parseLabel(text[ln.start:ln.end], ln.start); ok {
			l.line = i
			out = append(out, l)
		}
	}
	return out
}

// resolveSequences decides whether each single i/v/x label is a letter or a
// roman numeral from its neighbours, then drops labels that neither start a
// list nor continue one (a line that happens to begin "J. Smith" or "3)").
func resolveSequences(labels []label) []label {
	last := make(map[string]int)
	for i := range labels {
		l := &labels[i]
		if l.ambiguous() {
			resolveAmbiguous(labels, i, last)
		}
		last[l.style()] = l.value
	}
	clear(last)
	lastDecimal := make(map[string][]int)
	out := labels[:0]
	for i := range labels {
		l := labels[i]
		st := l.style()
		prev, seen := last[st]
		// A list may start past its first ordinal when its successor
		// follows; numbered paragraphs often leave the first (a dateline
		// paragraph) unnumbered and start at 2.
		ok := l.value == 1 || seen && l.value == prev+1 || !seen && (l.shape != shapeBare || l.value == 2) && hasSuccessor(labels, i) ||
			seen && l.value > prev && l.value-prev <= 3 && hasSuccessor(labels, i) || // items lost in extraction
			!seen && hasRun(labels, i, 3) // "6", "7", "8" after the first paragraphs' numbers were lost

		// A numbered paragraph or a lettered "A." needs its successor to
		// start a list: alone it is a number or an initial ("A. Lincoln").
		if l.value == 1 && (l.shape == shapeBare || l.shape == shapeDot && l.family != famNumber) {
			ok = hasSuccessor(labels, i)
		}
		if l.short {
			ok = seen && l.value == prev+1
		}
		if ok && l.shape == shapeDecimal && l.value != 1 {
			p := lastDecimal[st]
			ok = p != nil && equalInts(p[:len(p)-1], l.decimal[:len(l.decimal)-1])
		}
		if !ok {
			continue
		}
		last[st] = l.value
		if l.shape == shapeDecimal {
			lastDecimal[st] = l.decimal
		}
		out = append(out, l)
	}
	return out
}

// resolveAmbiguous reads labels[i] (a single i, v or x) as a letter when it
// continues a letter list ("(h)" then "(i)") and as a roman numeral when it
// continues a roman list or is followed by the next numeral ("i." then "ii.").
func resolveAmbiguous(labels []label, i int, last map[string]int) {
	l := &labels[i]
	roman := l.style()
	letter := *l
	letter.asLetter()
	letterStyle := letter.style()
	switch {
	case l.altValue > 1 && last[letterStyle] == l.altValue-1:
		l.asLetter()
	case l.value > 1 && last[roman] == l.value-1:
	case l.value == 1:
		for j := i + 1; j < len(labels) && j < i+40; j++ {
			n := labels[j]
			if n.shape != l.shape || n.family != l.family && n.family != letter.family {
				continue
			}
			if n.family == letter.family && n.value == letter.value+1 {
				l.asLetter()
			}
			break
		}
	case last[letterStyle] > 0 || last[roman] == 0:
		l.asLetter()
	}
}

// hasSuccessor reports whether a later label of the same style carries the
// next value, so that a list may start past its first ordinal.
func hasSuccessor(labels []label, i int) bool {
	st := labels[i].style()
	for j := i + 1; j < len(labels) && j < i+60; j++ {
		if labels[j].style() == st {
			return labels[j].value == labels[i].value+1
		}
	}
	return false
}

// hasRun reports whether labels[i] starts a run of n labels of its style
// numbered one after the other.
func hasRun(labels []label, i, n int) bool {
	for k := 1; k < n; k++ {
		if !hasSuccessor(labels, i) {
			return false
		}
		st := labels[i].style()
		j := i + 1
		for j < len(labels) && labels[j].style() != st {
			j++
		}
		i = j
	}
	return true
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
