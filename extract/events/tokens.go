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
	text       string
	lower      string
	// paren marks a word standing alone in brackets: "(ECAN)".
	paren bool
}

// tokenize returns the words of text[sp.Start:sp.End].
func tokenize(text string, sp Span) []token {
	var toks []token
	i := sp.Start
	for i < sp.End {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i + size
		for j < sp.End {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' || r == '\'' || r == '’' || r == '&' {
				j += size
				continue
			}
			break
		}
		end := trimWord(text, i, j)
		w := text[i:end]
		// an ordinal suffix set as a superscript: 10<sup>th</sup>
		if suf, n := supSuffix(text[end:]); n > 0 && isDigits(w) {
			w += suf
			end += n
			j = end
		}
		t := token{start: i, end: end, text: w, lower: strings.ToLower(w)}
		t.paren = i > 0 && text[i-1] == '(' && end < len(text) && text[end] == ')'
		toks = append(toks, t)
		i = j
	}
	return toks
}

// trimWord drops trailing joiners from text[i:j]: hyphens, a period that
// ends a sentence rather than a dotted abbreviation (U.S.), an apostrophe
// that is a closing quote rather than a plural possessive (Leaders’).
func trimWord(text string, i, j int) int {
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
