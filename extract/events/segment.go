package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segmenter splits text into sentences, returned as byte spans in order.
type Segmenter func(text string) []Span

// splitSentences is the default Segmenter: a line break always ends a
// sentence (headings, label lines and list items stand alone), and within a
// line a period, question or exclamation mark does when blanks and a
// capital, digit, quote or bracket follow and the word before it is not an
// abbreviation (Mr., U.S., D.C., single initials).
func (lx *lexicon) splitSentences(text string) []Span {
	var out []Span
	add := func(s, e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, Span{s, e})
		}
	}
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			add(start, i)
			start = i + 1
			continue
		}
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(text) && strings.IndexByte("\"')]", text[j]) >= 0 {
			j++
		}
		if j+3 <= len(text) && (text[j:j+3] == "”" || text[j:j+3] == "’") {
			j += 3
		}
		if j >= len(text) || (text[j] != ' ' && text[j] != '\t') {
			continue
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k >= len(text) || text[k] == '\n' {
			continue // the line break ends it
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘(", r) {
			continue
		}
		if c == '.' && lx.isAbbrev(text[start:i]) {
			continue
		}
		add(start, j)
		start = j
	}
	add(start, len(text))
	return out
}

// isAbbrev reports whether the word ending before says a period is part of
// an abbreviation.
func (lx *lexicon) isAbbrev(before string) bool {
	w := before[strings.LastIndexAny(before, " \t(\"“")+1:]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r) // initial: "J. Smith"
	}
	if strings.Contains(w, ".") {
		return true // dotted: U.S, D.C, e.g
	}
	return lx.abbrevs[strings.ToLower(w)]
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}
