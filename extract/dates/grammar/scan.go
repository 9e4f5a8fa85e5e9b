package grammar

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// The date grammar runs over tokens, not bytes: one pass over the text
// splits it into words, numbers and punctuation, and looks every word up in
// the keyword table once. The parser then only tries a rule at tokens that
// can start a date (a month, a weekday, a number, a season, a modifier),
// so the cost is linear in the text and independent of the number of rules.

// tokKind is the class of a token.
type tokKind uint8

const (
	TWord  tokKind = iota + 1 // letters only
	tNum                      // digits only (optionally with an ordinal suffix: 4th)
	tMixed                    // letters and digits glued together: IPv6, G7, FY2018, Q1
	TPunct                    // one punctuation character
)

// Capitalization of a word.
const (
	capInitial uint8 = 1 << iota // first letter upper-case
	capAll                       // every letter upper-case (and at least two)
)

// maxNL caps the newline count stored per token: the grammar only needs to
// know "none", "one" (same paragraph) and "two or more" (paragraph break).
const maxNL = 3

// Token is one unit of the date grammar's input.
type Token struct {
	Start, End int // byte offsets into the scanned text
	num        int // value of a tNum (saturates for long digit runs)
	Kw         uint16
	Kind       tokKind
	Caps       uint8
	Nl         uint8 // newlines in the gap before this token, capped at maxNL
	ord        bool  // number written with an ordinal suffix (4th, 22nd)
	Ch         byte  // punctuation: the ASCII byte; dashes become '-', wave dashes '~'; 0 for other symbols
	ndig       uint8 // number of digits of a tNum
}

// Tokenize splits text into tokens, appending to buf (reused across calls
// by the caller when it wants to avoid allocation).
func (lx *Lexicon) Tokenize(text string, buf []Token) []Token {
	toks := buf[:0]
	if n := corpus.TokenBound(text); cap(toks) < n {
		toks = make([]Token, 0, n) // sized once: growing copies every token
	}
	nl := 0
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		switch {
		case c == '\n':
			nl++
			i++
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c >= '0' && c <= '9':
			j := i
			v := 0
			for j < n && text[j] >= '0' && text[j] <= '9' {
				if v < 1e8 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			t := Token{Start: i, Kind: tNum, num: v, ndig: uint8(min(j-i, 255)), Nl: uint8(min(nl, maxNL))}
			if k := ordinalIndicator(text, j); k > j && v >= 1 && v <= 31 && j-i <= 2 {
				// "1º de marzo", "1.º", "1° marzo": Spanish, Portuguese
				// and Italian ordinal days.
				t.ord = true
				j = k
			} else if j < n && alnumStart(text, j) {
				k := scanAlnum(text, j)
				if k-j == 2 && (ordinalSuffix(text[j], text[j+1]) || (v == 1 && frenchFirst(text[j], text[j+1]))) {
					t.ord = true
				} else {
					t.Kind = tMixed
				}
				j = k
			}
			t.End = j
			toks = append(toks, t)
			nl = 0
			i = j
		case c < utf8.RuneSelf:
			if IsLetter(c) {
				j := i
				for j < n && IsLetter(text[j]) {
					j++
				}
				kind := TWord
				if j < n && alnumStart(text, j) {
					// A word glued to digits (IPv6, G20, FY2018) or to
					// non-ASCII letters (café): take the whole run.
					k := scanAlnum(text, j)
					if hasDigit(text[j:k]) {
						kind = tMixed
					}
					j = k
				}
				t := Token{Start: i, End: j, Kind: kind, Nl: uint8(min(nl, maxNL))}
				if kind == TWord {
					t.Caps = capsOf(text[i:j])
					t.Kw = lx.Lookup(text[i:j])
				}
				toks = append(toks, t)
				nl = 0
				i = j
				continue
			}
			toks = append(toks, Token{Start: i, End: i + 1, Kind: TPunct, Ch: c, Nl: uint8(min(nl, maxNL))})
			nl = 0
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u3000' || r == '\u2002' || r == '\u2003' || r == '\ufeff' || r == '\u200b':
				i += size
			case r == '\u2028' || r == '\u2029' || r == '\u0085':
				nl++
				i += size
			case isDash(r):
				toks = append(toks, Token{Start: i, End: i + size, Kind: TPunct, Ch: '-', Nl: uint8(min(nl, maxNL))})
				nl = 0
				i += size
			case r == '\u301c' || r == '\uff5e':
				toks = append(toks, Token{Start: i, End: i + size, Kind: TPunct, Ch: '~', Nl: uint8(min(nl, maxNL))})
				nl = 0
				i += size
			case r == '\uff08' || r == '\uff09' || r == '\u2019':
				// Full-width parentheses and the typographic apostrophe
				// behave like their ASCII forms in dates ((Mon.), '17).
				ch := byte('(')
				if r == '\uff09' {
					ch = ')'
				} else if r == '\u2019' {
					ch = '\''
				}
				toks = append(toks, Token{Start: i, End: i + size, Kind: TPunct, Ch: ch, Nl: uint8(min(nl, maxNL))})
				nl = 0
				i += size
			case unicode.IsLetter(r):
				if isCJK(r) {
					// CJK characters are words of their own so that
					// 2017年10月31日 splits into number/unit pairs.
					toks = append(toks, Token{Start: i, End: i + size, Kind: TWord, Kw: lx.Lookup(text[i : i+size]), Nl: uint8(min(nl, maxNL))})
					nl = 0
					i += size
					continue
				}
				j := scanAlnum(text, i)
				kind := TWord
				if hasDigit(text[i:j]) {
					kind = tMixed
				}
				toks = append(toks, Token{Start: i, End: j, Kind: kind, Nl: uint8(min(nl, maxNL))})
				nl = 0
				i = j
			default:
				toks = append(toks, Token{Start: i, End: i + size, Kind: TPunct, Nl: uint8(min(nl, maxNL))})
				nl = 0
				i += size
			}
		}
	}
	return toks
}

func IsLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isDash(r rune) bool {
	return (r >= '\u2010' && r <= '\u2015') || r == '\u2212' || r == '\ufe58' || r == '\ufe63' || r == '\uff0d'
}

func isCJK(r rune) bool {
	// Hangul syllables too: 2019년 4월 3일 splits like 2019年4月3日.
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// alnumStart reports whether text[j] starts a letter or digit (ASCII, or
// a non-CJK non-ASCII letter).
func alnumStart(text string, j int) bool {
	c := text[j]
	if c < utf8.RuneSelf {
		return IsLetter(c) || (c >= '0' && c <= '9')
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r) && !isCJK(r)
}

// scanAlnum returns the end of the run of letters and digits starting at j.
func scanAlnum(text string, j int) int {
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if !IsLetter(c) && !(c >= '0' && c <= '9') {
				return j
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) || isCJK(r) {
			return j
		}
		j += size
	}
	return j
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// ordinalIndicator returns the end of an ordinal indicator at j (º, ª,
// °, with an optional stop before it: "1.º"), or j when there is none.
// Only a day's number takes it (the caller checks), so that "25°" of a
// temperature before no month stays a number the grammar does not read.
func ordinalIndicator(text string, j int) int {
	k := j
	if k < len(text) && text[k] == '.' {
		k++
	}
	if k+1 < len(text) && text[k] == 0xc2 && (text[k+1] == 0xba || text[k+1] == 0xaa || text[k+1] == 0xb0) {
		return k + 2
	}
	return j
}

func ordinalSuffix(a, b byte) bool {
	a, b = a|0x20, b|0x20
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')
}

// frenchFirst reports whether a, b are the suffix of a French "first"
// (1er, 1re: "1er août 2019"), which English writes 1st.
func frenchFirst(a, b byte) bool {
	a, b = a|0x20, b|0x20
	return (a == 'e' && b == 'r') || (a == 'r' && b == 'e')
}

// capsOf classifies an ASCII word's capitalization.
func capsOf(w string) uint8 {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	if len(w) == 1 {
		return capInitial
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return capInitial
		}
	}
	return capInitial | capAll
}

// maxKeywordLen is the longest keyword in the table; longer words are not
// looked up.
const maxKeywordLen = 16

// Lookup returns the keyword index of w (case-insensitive), 0 if none.
// Words are bucketed by length and first byte, so a lookup is a few
// byte comparisons instead of a hash of every word in the text.
func (lx *Lexicon) Lookup(w string) uint16 {
	if len(w) == 0 || len(w) > maxKeywordLen {
		return 0
	}
	for _, c := range lx.buckets[len(w)][w[0]|0x20] {
		if equalFoldASCII(c.word, w) {
			return c.idx
		}
	}
	return 0
}

// equalFoldASCII compares lower-case key with w ignoring case: ASCII
// bytes are folded in place, and from the first non-ASCII byte on the
// rest is compared by Unicode case folding, so that the capitals of other
// languages find their keys ("DÉCEMBRE", "MÄRZ", "MARÇO").
func equalFoldASCII(key, w string) bool {
	for i := 0; i < len(key); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || key[i] >= utf8.RuneSelf {
			return strings.EqualFold(key[i:], w[i:])
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != key[i] {
			return false
		}
	}
	return true
}

// kwEntry is one word of a lookup bucket.
type kwEntry struct {
	word string
	idx  uint16
}

// kwBuckets indexes the lexicon by word length and first byte.
type kwBuckets [maxKeywordLen + 1][256][]kwEntry

func newKwBuckets(idx map[string]uint16) *kwBuckets {
	var b kwBuckets
	for w, i := range idx {
		if len(w) == 0 || len(w) > maxKeywordLen {
			continue
		}
		b[len(w)][w[0]] = append(b[len(w)][w[0]], kwEntry{word: w, idx: i})
	}
	return &b
}
