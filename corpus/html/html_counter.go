package html

import (
	_ "embed"
	"strings"
	"unicode"
)

// Counters and comment prompts: an element whose whole text is a count
// of the page's readers, comments or reading time ("5 min read", "71
// Kommentare", "Comments: 12") or a prompt to comment ("Post a comment",
// "Comments are closed.") is the page's furniture, dropped wherever it
// sits (a dateline line keeps its date and byline). Word lists in
// data/counter_labels.txt.

//go:embed data/counter_labels.txt
var counterLabelsText string

// htmlCounterMaxRunes bounds the elements compared with the counters.
const htmlCounterMaxRunes = 40

// counterLabels holds the units, durations and prompts of
// data/counter_labels.txt.
type counterLabels struct{ units, durations, prompts map[string]bool }

// readCounterLabels reads data/counter_labels.txt.
func readCounterLabels() counterLabels {
	l := counterLabels{units: map[string]bool{}, durations: map[string]bool{}, prompts: map[string]bool{}}
	for line := range wordListLines(counterLabelsText) {
		kind, word, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		switch kind {
		case "unit":
			l.units[word] = true
		case "duration":
			l.durations[word] = true
		case "prompt":
			l.prompts[word] = true
		}
	}
	return l
}

// isCounter reports whether text is a counter or a comment prompt: one
// of the prompts, or a number with one of the units before or after it
// (a colon, a dash or brackets between them allowed), or several such
// counters in a row ("21 minutes - 4312 words"). In the head region
// (head: before the article's first paragraph) a bare duration is the
// reading time too ("21 minutes", "Lesezeit: 4 Minuten"): each number
// may take a duration beside its unit there.
func (l counterLabels) isCounter(text string, head bool) bool {
	s := strings.ToLower(collapseHTMLSpace(text))
	if s == "" {
		return false
	}
	if l.prompts[s] {
		return true
	}
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(":-–—|()[]·•", r)
	})
	numbers, units, durations := 0, 0, 0
	for i := 0; i < len(words); {
		if strings.IndexFunc(words[i], func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' }) < 0 {
			numbers++
			i++
			continue
		}
		n := 0
		for k := min(3, len(words)-i); k >= 1; k-- {
			if l.units[strings.Join(words[i:i+k], " ")] {
				n = k
				break
			}
		}
		if n > 0 {
			units++
			i += n
			continue
		}
		if !head || !l.durations[words[i]] {
			return false
		}
		durations++
		i++
	}
	if durations > 0 {
		return numbers > 0 && numbers == durations && units <= numbers
	}
	return numbers > 0 && numbers == units
}

// isCounterElement reports whether ni, a short element, is a counter or
// a comment prompt (counterLabels.isCounter), durations counted before
// the main container's first paragraph.
func (p *htmlPage) isCounterElement(ni *nodeInfo) bool {
	if ni.text == 0 || ni.text > htmlCounterMaxRunes {
		return false
	}
	if p.headEnd < 0 {
		p.headEnd = p.firstParagraphStart()
	}
	return p.rules.counters.isCounter(htmlTextOf(ni.node), ni.pre < p.headEnd)
}
