package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segmenter splits text into sentences, returned as byte spans in order.
type Segmenter func(text string) []Span

// splitSentences is the default Segmenter: a line break ends a sentence
// (headings, label lines and list items stand alone) unless the line is
// hard-wrapped prose that goes on (see continues), and within a line a
// period, question or exclamation mark does when blanks and a
// capital, digit, quote or bracket follow and the word before it is not an
// abbreviation (Mr., U.S., D.C., single initials).
func (lx *lexicon) splitSentences(text string) []Span {
	// sized once, by the bytes that can end a sentence: growing copies
	// every span so far (a dense list "1. 1. 1. " is a sentence per label)
	out := make([]Span, 0, 1+strings.Count(text, ".")+strings.Count(text, "\n")+strings.Count(text, "?")+strings.Count(text, "!"))
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
			if !continues(text, start, i) {
				add(start, i)
				start = i + 1
			}
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

// wrapWords are the words a hard-wrapped line can end with but a heading
// or a sentence cannot.
var wrapWords = map[string]bool{"the": true, "of": true, "on": true, "and": true, "for": true, "to": true,
	"in": true, "at": true, "a": true, "an": true, "with": true, "by": true, "or": true, "from": true}

// continues reports whether the line text[start:nl] is wrapped prose that
// the next line goes on with: it ends with a comma, hyphen or a word that
// cannot end a sentence, or the next line starts in lower case, or it is a
// long line without closing punctuation.
func continues(text string, start, nl int) bool {
	line := strings.TrimRight(text[start:nl], " \t\r")
	if line == "" || nl+1 >= len(text) || text[nl+1] == '\n' || text[nl+1] == '\r' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[nl+1:], " \t"))
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false // a bullet, a bracket, markup
	}
	if unicode.IsLower(next) || strings.HasSuffix(line, ",") || strings.HasSuffix(line, "-") {
		return true
	}
	last := strings.ToLower(line[strings.LastIndexAny(line, " \t")+1:])
	if wrapWords[last] {
		return true
	}
	end, _ := utf8.DecodeLastRuneInString(line)
	return utf8.RuneCountInString(line) >= 60 && !strings.ContainsRune(".?!:;\"”’)", end)
}
