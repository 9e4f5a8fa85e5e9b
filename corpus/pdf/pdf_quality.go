package pdf

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/internal/wordset"
)

// The text-quality check of a PDF page: does its text layer read as
// language, or is it what a font without a usable ToUnicode map gives
// (letters dropped or shuffled: "DITAL TRDETR T A ERHI / nic l of Lg")? It
// measures the share of letters that sit in dictionary words, the share of
// word fragments (tokens of up to three letters that are not words), the share
// of replacement, private-use and control characters, and the share of
// longer tokens without a vowel. A page that fails goes to the other engine;
// a document whose text stays unreadable is an error.

//go:embed data/words.txt
var pdfWords string

//go:embed data/short_words.txt
var pdfShortWords string

// pdfDictionary returns the word list (data/words.txt, from Debian's
// wamerican; see data/mkwords.sh) and the short function words of other
// languages (data/short_words.txt), read once.
var pdfDictionary = sync.OnceValue(pdfDictionaryLoad)

func pdfDictionaryLoad() *wordset.Set {
	var b wordset.Builder
	b.Grow(strings.Count(pdfWords, "\n")+200, len(pdfWords)+len(pdfShortWords))
	add := func(list string, trim bool) {
		for line := range strings.Lines(list) {
			w := strings.TrimSuffix(line, "\n")
			if trim {
				w = strings.TrimSpace(w)
			}
			if w != "" && w[0] != '#' {
				b.Add(w)
			}
		}
	}
	add(pdfWords, false)
	add(pdfShortWords, true)
	return b.Set()
}

// pdfTextStats are the measures of one page's text.
type pdfTextStats struct {
	// words counts space-separated words.
	words int
	// runes counts non-space characters; bad those that are U+FFFD,
	// private-use or control characters, or inside "(cid:N)" escapes.
	runes, bad int
	// letters counts letters in word tokens (runs of letters);
	// dictLetters those in tokens that are dictionary words.
	letters, dictLetters int
	// latinLetters counts letters of the Latin script: the dictionary is
	// English, so it only judges Latin text.
	latinLetters int
	// tokens counts word tokens; fragments one- and two-letter tokens
	// that are not dictionary words; long tokens of four letters or more,
	// noVowel those of them without a vowel.
	tokens, fragments, long, noVowel int
}

// pdfMeasureText measures text.
func pdfMeasureText(text string) pdfTextStats {
	dict := pdfDictionary()
	var s pdfTextStats
	s.words = len(strings.Fields(text))
	s.bad += 4 * strings.Count(text, "(cid:")
	for _, r := range text {
		if r < utf8.RuneSelf {
			// ASCII, as the cases below judge it without their tables.
			switch {
			case r == ' ' || '\t' <= r && r <= '\r':
				continue
			case r < ' ' || r == 0x7f:
				s.bad++
			case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
				s.latinLetters++
			}
			s.runes++
			continue
		}
		switch {
		case unicode.IsSpace(r):
			continue
		case r == utf8.RuneError, unicode.Is(unicode.Co, r), unicode.IsControl(r):
			s.bad++
		case unicode.Is(unicode.Latin, r):
			s.latinLetters++
		}
		s.runes++
	}
	var low []byte
	for tok := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		n := utf8.RuneCountInString(tok)
		s.tokens++
		s.letters += n
		low = appendLower(low[:0], tok)
		word := dict.HasBytes(low)
		if !word && n > 3 {
			// Inflections and possessives the list lacks ("pledges'",
			// "decarbonising" is not, but "decarbonisation"'s stem is
			// rarely needed): try the common suffixes.
			word = pdfStemInDict(string(low), dict)
		}
		if word {
			s.dictLetters += n
		} else if n <= 3 {
			s.fragments++
		}
		if n >= 4 {
			s.long++
			if !pdfHasVowel(low) {
				s.noVowel++
			}
		}
	}
	return s
}

// pdfVowels are the vowels a long word of real text has one of.
const pdfVowels = "aeiouyàáâäãåèéêëìíîïòóôöõùúûüýÿæœ"

// pdfHasVowel reports whether the lower-cased word low holds one of
// pdfVowels (ASCII bytes can only be its ASCII ones).
func pdfHasVowel(low []byte) bool {
	for _, c := range low {
		if c >= utf8.RuneSelf {
			return strings.ContainsAny(string(low), pdfVowels)
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return true
		}
	}
	return false
}

// appendLower appends s lower-cased (unicode.ToLower of each rune) to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return b
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// pdfSuffixes are English inflection endings tried when a word is not in
// the list as written.
var pdfSuffixes = []string{"s", "es", "ed", "ing", "ly", "er", "ers", "ation", "isation", "ization", "ise", "ised", "ising"}

func pdfStemInDict(w string, dict *wordset.Set) bool {
	for _, suf := range pdfSuffixes {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 3 {
			if dict.Has(stem) || dict.Has(stem+"e") {
				return true
			}
		}
	}
	return false
}

// pdfQuality is a verdict on a page's text layer.
type pdfQuality int

const (
	// pdfTextGood is text that reads as language.
	pdfTextGood pdfQuality = iota
	// pdfTextSparse is a page with (almost) no text: a picture, a scan,
	// or a blank page.
	pdfTextSparse
	// pdfTextGarbage is a text layer that does not read as language.
	pdfTextGarbage
)

func (q pdfQuality) String() string {
	switch q {
	case pdfTextGood:
		return "good"
	case pdfTextSparse:
		return "sparse"
	}
	return "garbage"
}

const (
	// pdfSparseWords and pdfSparseRunes are the word and character
	// counts under which a page has no text layer to speak of (a scanned
	// page still carries a masthead or a caption now and then); scripts
	// without spaces between words need the character count.
	pdfSparseWords = 20
	pdfSparseRunes = 100
	// pdfMaxBadShare is the largest share of replacement, private-use and
	// control characters in readable text.
	pdfMaxBadShare = 0.02
	// pdfMinDictShare is the smallest share of letters in dictionary
	// words for English text; below it, text must at least have the shape
	// of language (pdfMaxFragmentShare, pdfMaxNoVowelShare) to pass.
	pdfMinDictShare = 0.6
	// pdfMaxFragmentShare is the largest share of tokens that are short
	// fragments in text of normal shape.
	pdfMaxFragmentShare = 0.15
	// pdfMaxNoVowelShare is the largest share of tokens of four letters
	// or more without a vowel in text of normal shape.
	pdfMaxNoVowelShare = 0.1
	// pdfMinLatinShare is the share of Latin letters from which the
	// dictionary and shape rules apply (other scripts are judged by
	// their bad characters only).
	pdfMinLatinShare = 0.5
)

// pdfQualityRule is one rule of the quality check: it names what it found
// when it fails.
type pdfQualityRule struct {
	name string
	fail func(s pdfTextStats) bool
}

// pdfQualityRules are the garbage rules, in order.
var pdfQualityRules = []pdfQualityRule{
	{"replacement or private-use characters", func(s pdfTextStats) bool {
		return float64(s.bad) > pdfMaxBadShare*float64(s.runes)
	}},
	{"broken words", func(s pdfTextStats) bool {
		return s.latin() && s.dictShare() < pdfMinDictShare &&
			(s.share(s.fragments, s.tokens) > pdfMaxFragmentShare || s.share(s.noVowel, s.long) > pdfMaxNoVowelShare)
	}},
}

func (s pdfTextStats) latin() bool {
	return float64(s.latinLetters) >= pdfMinLatinShare*float64(s.letters)
}

func (s pdfTextStats) dictShare() float64 { return s.share(s.dictLetters, s.letters) }

func (pdfTextStats) share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// verdict judges the measured text; why names the failed rule.
func (s pdfTextStats) verdict() (q pdfQuality, why string) {
	if s.words < pdfSparseWords && s.runes < pdfSparseRunes {
		return pdfTextSparse, "too few words"
	}
	for _, r := range pdfQualityRules {
		if r.fail(s) {
			return pdfTextGarbage, r.name
		}
	}
	return pdfTextGood, ""
}

// pdfPageText is a laid-out page's text, one line a line.
func pdfPageText(pg pdfPage) string {
	var b strings.Builder
	for _, l := range pg.lines {
		b.WriteString(l.text)
		b.WriteByte('\n')
	}
	return b.String()
}
