package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a sentence: letters and digits joined by hyphens,
// inner periods (U.S.) and apostrophes, with byte offsets into the text.
type token struct {
	start, end int
	// lower is the word in lower case (ASCII letters lowered).
	lower string
	// cap: it starts with a capital (or is a name like G7); acr: it is
	// written in capitals (an acronym).
	cap, acr bool
	// paren marks a word standing alone in brackets: "(ECAN)".
	paren bool
	// class is the word's event-noun class (data/nouns.txt), "" for none;
	// cue marks the first word of a role cue. Set by the Finder.
	class nounClass
	cue   bool
}

// interesting reports whether a word can start anything the finder reads:
// an event noun, a role cue or an ordinal.
func (lx *lexicon) interesting(t *token) bool {
	w := t.lower
	c := w[0]
	if c >= '0' && c <= '9' {
		return len(w) > 2 && lx.ordinal(w) > 0
	}
	if len(w) >= 32 || lx.shapes[c]&(1<<len(w)) == 0 {
		return false
	}
	if info, ok := lx.words[w]; ok {
		t.class, t.cue = info.class, info.cue
		return true
	}
	return false
}

// tokenize appends the words of text[sp.Start:sp.End] to toks; low is text
// with ASCII letters lowered (asciiLower), so that a word's lower-case form
// is a substring of it and costs no allocation.
func tokenize(toks []token, text, low string, sp Span) []token {
	i := sp.Start
	for i < sp.End {
		c := text[i]
		if c < utf8.RuneSelf && !isAlnumByte(c) {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if c >= utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i + size
		for j < sp.End {
			c := text[j]
			if c < utf8.RuneSelf {
				if isAlnumByte(c) || c == '-' || c == '.' || c == '\'' || c == '&' {
					j++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’' {
				j += size
				continue
			}
			break
		}
		end := trimWord(text, i, j)
		w := text[i:end]
		t := token{start: i, end: end, lower: low[i:end], cap: isCap(w)}
		t.acr = t.cap && isAcronym(w)
		// an ordinal suffix set as a superscript: 10<sup>th</sup>
		if end < len(text) && text[end] == '<' && isDigits(w) {
			suf, n := supSuffix(text[end:])
			if n > 0 {
				t.lower = w + suf
				t.end += n
				j = t.end
			}
		}
		t.paren = i > 0 && text[i-1] == '(' && t.end < len(text) && text[t.end] == ')'
		toks = append(toks, t)
		i = j
	}
	return toks
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// asciiLower lowers the ASCII letters of s, keeping every byte offset.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// trimWord drops trailing joiners from text[i:j]: hyphens, a period that
// ends a sentence rather than a dotted abbreviation (U.S.), an apostrophe
// that is a closing quote rather than a plural possessive (Leaders’).
func trimWord(text string, i, j int) int {
	if c := text[j-1]; c < utf8.RuneSelf && isAlnumByte(c) {
		return j // the common case: nothing to trim
	}
	for j > i {
		w := text[i:j]
		switch {
		case strings.HasSuffix(w, "-") || strings.HasSuffix(w, "&"):
			j--
		case strings.HasSuffix(w, "."):
			// keep the period of a dotted abbreviation, alone or as the
			// last part of a hyphenated word (U.S., Japan-U.S.)
			last := w[strings.LastIndexByte(w[:len(w)-1], '-')+1:]
			if strings.Contains(last[:len(last)-1], ".") {
				return j
			}
			j--
		case strings.HasSuffix(w, "'"):
			if strings.HasSuffix(w, "s'") {
				return j
			}
			j--
		case strings.HasSuffix(w, "’"):
			if strings.HasSuffix(w, "s’") {
				return j
			}
			j -= len("’")
		default:
			return j
		}
	}
	return j
}

// isCap reports whether a word starts with a capital or a digit followed by
// a letter (G7, P4G, 5G are names).
func isCap(w string) bool {
	if c := w[0]; c < utf8.RuneSelf {
		switch {
		case c >= 'A' && c <= 'Z':
			return true
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	if unicode.IsDigit(r) {
		return strings.ContainsFunc(w, unicode.IsUpper)
	}
	return false
}

// isYear reports whether w is a four-digit year.
func isYear(w string) bool {
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") {
		return false
	}
	for i := 2; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// supSuffix reads an ordinal suffix in superscript markup at the start of
// s ("<sup>th</sup>"): the suffix and the bytes it takes, or 0.
func supSuffix(s string) (string, int) {
	const open, closing = "<sup>", "</sup>"
	if !strings.HasPrefix(s, open) {
		return "", 0
	}
	rest := s[len(open):]
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(rest, suf+closing) {
			return suf, len(open) + len(suf) + len(closing)
		}
	}
	return "", 0
}

func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}
