package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// Token is one token of an article's text for entity finding. Start and End
// are byte offsets into the text.
type Token struct {
	Text       string
	Start, End int
	// Word is true for letters/digits tokens (with inner dots, hyphens and
	// apostrophes); false for punctuation.
	Word bool
	// Cap is true when the first letter is upper case.
	Cap bool
	// Upper is true when every letter is upper case and there are at least two.
	Upper bool
	// Fold is the word folded for lookups (see foldKey).
	Fold string
	// NL is the number of line breaks between the previous token and this one.
	NL int
}

// honorificAbbrevs keep their trailing dot as part of the token.
var honorificAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "St": true,
	"Jr": true, "Sr": true, "Hon": true, "Rev": true, "Gen": true, "Sen": true,
	"Rep": true, "Col": true, "Capt": true, "Lt": true, "Adm": true, "Maj": true,
	"Sgt": true, "Gov": true, "Amb": true, "Messrs": true, "Mme": true, "Mlle": true,
	// engineer and architect (Malaysia, Singapore, Brunei), Shrimati (India)
	"Ir": true, "Er": true, "Ar": true, "Smt": true, "Sens": true, "Reps": true, "Drs": true,
	// military ranks
	"Spc": true, "Pfc": true, "Cpl": true, "Pvt": true, "SSgt": true, "Cmdr": true, "Brig": true, "Ens": true,
	// transcripts in capitals
	"MR": true, "MRS": true, "MS": true, "DR": true, "PROF": true, "AMB": true, "GEN": true, "SEN": true, "REP": true,
}

// Tokenize splits text into word and punctuation tokens with byte offsets.
// Words keep inner '.', '-', '\” and '/' when a letter or digit follows
// (U.S., Director-General, O'Brien); a trailing dot is kept for single
// capital initials (J.), dotted abbreviations (U.S.) and honorifics (Prof.).
// The possessive 's is its own token.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, corpus.TokenBound(text)) // sized once: growing copies every token
	nl, gap := 0, 0
	i := 0
	lineStart := 0
	prevLen := -1 // length of the line before the current one in its block; -1 after a blank line or at the start
	soft := false
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if r == ' ' || r == '\t' {
			// three spaces or a tab between words on a line are a column
			// gap (a PDF table, a signature block): a line break for names
			if r == '\t' {
				gap += 3
			} else {
				gap++
			}
			i++
			continue
		}
		if r == '\n' {
			gap = -1 << 20 // indentation after a line break is no column gap
			nl++
			line := text[lineStart:i]
			// a long line among short ones ("Name, Title, Body" lines of a
			// list) is no wrapped prose: the line before it in its block,
			// if any, must be long too
			soft = nl == 1 && (prevLen < 0 || prevLen >= minWrappedLine) && isSoftWrap(line)
			if nl == 1 && strings.TrimSpace(line) != "" {
				prevLen = len(strings.TrimRight(line, " \t\r"))
			} else {
				prevLen = -1
			}
			i += size
			lineStart = i
			continue
		}
		if nl == 1 && soft && unicode.IsLetter(r) {
			// a hard-wrapped paragraph ("Prime Minister Yoshihide\nSuga"):
			// the line break is a space
			nl = 0
		}
		if nl == 0 && gap >= 3 && len(toks) > 0 {
			nl = 1
		}
		gap = 0
		if unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 {
			i += size
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, Token{Text: text[i : i+size], Start: i, End: i + size, NL: nl, Fold: text[i : i+size]})
			nl = 0
			i += size
			continue
		}
		start := i
		j := i
		dotted, broken := false, false
		for j < len(text) {
			r, size := rune(text[j]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[j:])
			}
			if isWordRune(r) {
				j += size
				continue
			}
			if k := brokenWordContinues(text, j); k > j && j > start {
				// "Mül-\nler", "Coop\u00aderation": one word broken at a line end
				j = k
				broken = true
				continue
			}
			if r == '.' || r == '-' || r == '\'' || r == '\u2019' || r == '/' || r == '&' || r == '\u2010' || r == '\u2011' {
				// possessive 's / ’s stays a separate token
				if (r == '\'' || r == '\u2019') && isPossessiveAt(text, j+size) {
					break
				}
				nr, _ := utf8.DecodeRuneInString(text[j+size:])
				if j+size < len(text) && isWordRune(nr) {
					if r == '.' {
						dotted = true
					}
					if r == '&' && !(j > start && unicode.IsUpper(rune(text[j-1])) && unicode.IsUpper(nr)) {
						break
					}
					j += size
					continue
				}
				if r == '-' && j+size < len(text) && text[j+size] == ' ' && j-start <= 3 {
					// "al- Jaafari": a particle broken by a stray space
					j += size
				}
			}
			break
		}
		word := text[start:j]
		if j < len(text) && text[j] == '.' {
			if dotted || IsInitial(word) || honorificAbbrevs[word] {
				j++
				word = text[start:j]
			}
		}
		if broken {
			word = JoinBroken(word)
		}
		toks = append(toks, newWordTok(word, start, j, nl))
		nl = 0
		i = j
		if i < len(text) && (text[i] == '\'' || strings.HasPrefix(text[i:], "\u2019")) && isPossessiveAt(text, i+apostropheLen(text[i:])) {
			k := i + apostropheLen(text[i:]) + 1
			toks = append(toks, Token{Text: text[i:k], Start: i, End: k, Word: false, Fold: "'s"})
			i = k
		}
	}
	return toks
}

// minWrappedLine is the length from which a line that ends inside a
// sentence is taken for a hard-wrapped paragraph line rather than a block.
const minWrappedLine = 60

// isSoftWrap reports whether line looks like part of a hard-wrapped
// paragraph: long, and ending in a word or comma rather than a full stop,
// and not ending in Markdown's hard line break (two spaces: "Alphabet  "
// closing one attendee of a list).
func isSoftWrap(line string) bool {
	if strings.HasSuffix(strings.TrimRight(line, "\r"), "  ") {
		return false
	}
	line = strings.TrimRight(line, " \t\r")
	if len(line) < minWrappedLine || strings.Contains(strings.TrimLeft(line, " \t"), "   ") || strings.Contains(line, "\t") {
		return false // a table row with column gaps is no wrapped prose
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' || r == '.' && strings.HasSuffix(line, " "+string(line[len(line)-2])+".")
}

func apostropheLen(s string) int {
	if strings.HasPrefix(s, "\u2019") {
		return len("\u2019")
	}
	return 1
}

// isPossessiveAt reports whether text[i:] is "s" followed by a non-word rune.
func isPossessiveAt(text string, i int) bool {
	if i >= len(text) || text[i] != 's' {
		return false
	}
	if i+1 == len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return !isWordRune(r)
}

func newWordTok(word string, start, end, nl int) Token {
	t := Token{Text: word, Start: start, End: end, Word: true, NL: nl, Fold: FoldKey(word)}
	r, _ := utf8.DecodeRuneInString(word)
	t.Cap = unicode.IsUpper(r)
	letters, upper := 0, 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= utf8.RuneSelf:
			letters, upper = -1, 0 // non-ASCII: count runes below
		case 'A' <= c && c <= 'Z':
			letters++
			upper++
		case 'a' <= c && c <= 'z':
			letters++
		}
		if letters < 0 {
			break
		}
	}
	if letters < 0 {
		letters, upper = 0, 0
		for _, r := range word {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
	}
	t.Upper = letters >= 2 && upper == letters
	return t
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// IsInitial reports whether w is a single upper-case letter.
func IsInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// FoldKey lower-cases w, drops dots and folds common accents and typographic
// apostrophes, so that "U.S." and "US", "São" and "Sao" compare equal.
func FoldKey(w string) string {
	// fast path: ASCII without dots or upper case needs no copy
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c == '.' || (c >= 'A' && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	b := make([]byte, 0, len(w))
	for _, r := range w {
		switch r {
		case '.':
			continue
		case '\u2019', '\u2018':
			r = '\''
		case '\u2010', '\u2011', '\u2013':
			r = '-'
		}
		if r >= 0x80 {
			r = foldAccent(r)
		}
		if r < 0x80 {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

func foldAccent(r rune) rune {
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'å', 'Á', 'À', 'Â', 'Ä', 'Ã', 'Å':
		return 'a'
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return 'e'
	case 'í', 'ì', 'î', 'ï', 'Í', 'Î':
		return 'i'
	case 'ó', 'ò', 'ô', 'ö', 'õ', 'Ó', 'Ö', 'Ô':
		return 'o'
	case 'ú', 'ù', 'û', 'ü', 'Ú', 'Ü':
		return 'u'
	case 'ç', 'Ç':
		return 'c'
	case 'ñ', 'Ñ':
		return 'n'
	case 'ş', 'Ş':
		return 's'
	case 'ğ':
		return 'g'
	case 'ı':
		return 'i'
	}
	return r
}

// brokenWordContinues returns where a word broken at text[j] goes on: after
// a soft hyphen, or after a hyphen, one line break and a lower-case letter
// ("Mül-\nler"); j when the word ends there.
func brokenWordContinues(text string, j int) int {
	if strings.HasPrefix(text[j:], "\u00ad") {
		k := j + len("\u00ad")
		if r, _ := utf8.DecodeRuneInString(text[k:]); k < len(text) && isWordRune(r) {
			return k
		}
		return j
	}
	if text[j] != '-' || j+1 >= len(text) || text[j+1] != '\n' {
		return j
	}
	k := j + 2
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if r, _ := utf8.DecodeRuneInString(text[k:]); k < len(text) && unicode.IsLetter(r) && (j == 0 || unicode.IsLetter(rune(text[j-1])) || text[j-1] >= 0x80) {
		return k // "Mül-\nler", "Lloyd-\nGeorge" (joinBroken keeps a hyphen before a capital)
	}
	return j
}

// JoinBroken reads a name broken across a line end or by a soft hyphen
// whole: "Mül-\nler" -> "Müller", "Coop\u00aderation" -> "Cooperation";
// a hyphen before a capital stays ("Asia-\nPacific" -> "Asia-Pacific").
func JoinBroken(s string) string {
	if !strings.ContainsAny(s, "\u00ad\n") {
		return s
	}
	s = strings.ReplaceAll(s, "\u00ad", "")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '-' && i+1 < len(s) && s[i+1] == '\n' {
			j := i + 1
			for j < len(s) && (s[j] == '\n' || s[j] == ' ' || s[j] == '\t') {
				j++
			}
			if j-i-1 <= 3 && j < len(s) {
				if s[j] >= 'a' && s[j] <= 'z' {
					i = j - 1 // drop the hyphen and the break
					continue
				}
				b.WriteByte('-')
				i = j - 1
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
