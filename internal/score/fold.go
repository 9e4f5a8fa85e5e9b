package score

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// quoteDash makes typographic quotes and dashes plain, as the reference does
// after normalization.
var quoteDash = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`,
	"\u2013", "-", "\u2014", "-",
)

// fold applies NFKD, drops combining marks (Tõnis -> Tonis), applies NFKC
// and makes typographic quotes and dashes plain.
func fold(s string) string {
	if isASCII(s) {
		return s // every step is the identity on ASCII
	}
	s = norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		n := utf8.EncodeRune(buf[:], r)
		// unicodedata.combining: the canonical combining class is non-zero.
		if norm.NFKD.Properties(buf[:n]).CCC() != 0 {
			continue
		}
		b.Write(buf[:n])
	}
	return quoteDash.Replace(norm.NFKC.String(b.String()))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isWordRune reports whether r matches Python's [^\W_]: a letter or a
// number (str.isalnum).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// wordsOf returns the maximal runs of word runes in s, in order.
func wordsOf(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// words is the reference's words(): the word runs of the folded, lower-cased
// text.
func words(s string) []string {
	return wordsOf(pyLower(fold(s)))
}

// personKey joins the words of a name longer than one character, so that
// case, punctuation and initials do not matter ("Maria T. Alvarez" =
// "daniel sepulveda").
func personKey(name string) string {
	ws := words(name)
	kept := ws[:0]
	for _, w := range ws {
		if utf8.RuneCountInString(w) > 1 {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// agencyKey joins the words of an organization name after "&" became "and"
// and a leading "the" was dropped.
func agencyKey(name string) string {
	s := strings.ReplaceAll(pyLower(fold(name)), "&", " and ")
	s = strings.TrimFunc(s, pyIsSpace)
	if rest, ok := strings.CutPrefix(s, "the"); ok {
		if trimmed := strings.TrimLeftFunc(rest, pyIsSpace); len(trimmed) < len(rest) {
			s = trimmed
		}
	}
	return strings.Join(wordsOf(s), " ")
}

// labelKey keeps the ASCII letters and digits of a folded, lower-cased
// agenda label: "(1)", "1." and "1" are the same label.
func labelKey(label string) string {
	s := pyLower(fold(label))
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// Title similarity parameters of the reference scorer.
const (
	agendaTitleWords     = 10  // agenda items: first ten words
	agendaTitleThreshold = 0.6 // and a Jaccard overlap of at least 0.6
	alignTitleWords      = 12  // aligning a record to a gold record
	alignTitleThreshold  = 0.5
	titleAccuracyWords   = 30 // title accuracy
	titleAccuracyMin     = 0.8
)

// titleSimilar reports whether the first n words of a and b agree: one is a
// prefix of the other, or their word sets overlap (Jaccard) by at least
// threshold.
func titleSimilar(a, b string, n int, threshold float64) bool {
	ta, tb := firstN(words(a), n), firstN(words(b), n)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	short, long := ta, tb
	if len(ta) > len(tb) {
		short, long = tb, ta
	}
	prefix := true
	for i := range short {
		if short[i] != long[i] {
			prefix = false
			break
		}
	}
	if prefix {
		return true
	}
	sa := make(map[string]bool, len(ta))
	for _, w := range ta {
		sa[w] = true
	}
	union := len(sa)
	inter := 0
	seen := make(map[string]bool, len(tb))
	for _, w := range tb {
		if seen[w] {
			continue
		}
		seen[w] = true
		if sa[w] {
			inter++
		} else {
			union++
		}
	}
	return float64(inter)/float64(union) >= threshold
}

func firstN(ws []string, n int) []string {
	if len(ws) > n {
		return ws[:n]
	}
	return ws
}

// pyIsSpace is Python's str.isspace for one rune: Go's unicode.IsSpace plus
// the information separators U+001C..U+001F.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

// pyLower is Python's str.lower: simple lower-case mappings plus the final
// sigma rule (a capital sigma ending a word becomes ς). The one other
// special mapping (İ) cannot reach it: fold decomposes it first.
func pyLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	if !strings.ContainsRune(s, 'Σ') {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if r == 'Σ' && finalSigma(rs, i) {
			b.WriteRune('ς')
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// finalSigma is the Final_Sigma condition of Unicode's SpecialCasing: a
// cased letter before (skipping case-ignorable runes) and none after.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	k := i + 1
	for k < len(rs) && caseIgnorable(rs[k]) {
		k++
	}
	return k == len(rs) || !cased(rs[k])
}

func cased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', '\u00b7', '\u2018', '\u2019', '\u2024', '\u2027', '\ufe13', '\ufe52', '\ufe55', '\uff07', '\uff0e', '\uff1a':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}
