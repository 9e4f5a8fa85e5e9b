package events

import (
	"slices"
	"strings"
	"unicode"
)

// keyRewrites normalize spellings of one thing inside a series name,
// applied to the lowercased name in order.
var keyRewrites = []struct{ from, to string }{
	{"’", "'"},
	{"united states of america", "us"},
	{"united states", "us"},
	{"u.s.a.", "us"},
	{"u.s.", "us"},
	{"u.s", "us"},
	{"director-general", "dg"},
	{"director general", "dg"},
	{"-level", " level"},
}

// keyStop are the words a series key leaves out.
var keyStop = map[string]bool{"the": true, "of": true, "on": true, "and": true, "for": true, "&": true, "a": true, "an": true, "in": true}

// SeriesKey normalizes a series name so that one series gets one key
// however a release spells it: lowercase; "U.S." and "United States" as
// "us"; "Director General" as "dg"; the parties of a hyphenated pair in
// alphabetical order ("Japan-U.S." = "U.S.-Japan"); without bracketed
// acronyms, articles and prepositions, ordinals, years and possessive
// marks. An empty name has an empty key.
func SeriesKey(series string) string {
	s := series
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i {
			break
		}
		s = s[:i] + " " + s[j+1:]
	}
	s = strings.ToLower(s)
	for _, r := range keyRewrites {
		s = strings.ReplaceAll(s, r.from, r.to)
	}
	var words []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '"' || r == '“' || r == '”' || r == ':'
	}) {
		w = strings.Trim(w, "'.")
		w = strings.TrimSuffix(w, "'s")
		if w == "" || keyStop[w] || isYear(w) || isOrdinalWord(w) {
			continue
		}
		if strings.Contains(w, "-") && !strings.HasPrefix(w, "-") {
			parts := strings.Split(w, "-")
			slices.Sort(parts)
			w = strings.Join(parts, "-")
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// isOrdinalWord reports whether w is an ordinal a key leaves out: a number
// with its suffix (10th) or an ordinal word.
func isOrdinalWord(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if num, ok := strings.CutSuffix(w, suf); ok && num != "" && strings.Trim(num, "0123456789") == "" {
			return true
		}
	}
	return ordinalWords[w]
}

// ordinalWords are the ordinal words SeriesKey drops; the full table with
// values is data/ordinals.txt.
var ordinalWords = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
	"eleventh": true, "twelfth": true, "thirteenth": true, "fourteenth": true,
	"fifteenth": true, "sixteenth": true, "seventeenth": true, "eighteenth": true,
	"nineteenth": true, "twentieth": true, "inaugural": true, "first-ever": true, "next": true,
}
