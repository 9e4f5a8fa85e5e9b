package events

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

//go:embed data/nouns.txt data/ordinals.txt data/modifiers.txt data/cues.txt data/abbreviations.txt data/tails.txt data/venues.txt data/documents.txt
var dataFiles embed.FS

// nounClass is the class of an event noun in data/nouns.txt.
type nounClass uint8

// Noun classes; noClass is a word that is no event noun.
const (
	noClass nounClass = iota
	classMeet
	classEvent
	classPlural
	classTalks
	classBody
	classCall
)

// nounClasses maps the class names of data/nouns.txt to classes.
var nounClasses = map[string]nounClass{
	"meet": classMeet, "event": classEvent, "plural": classPlural, "talks": classTalks, "body": classBody, "call": classCall,
}

// lexicon holds the word lists, read once by New and never changed.
type lexicon struct {
	nouns     map[string]nounClass // lowercase noun -> class
	ordinals  map[string]int
	modifiers map[string]bool
	// documents maps the nouns of signed documents (data/documents.txt)
	// to the words that may follow them after "of" ("" when none).
	documents map[string][]string
	abbrevs   map[string]bool     // lowercase, without the final period
	tails     map[string]bool     // document nouns that end a non-event name
	venues    map[string]bool     // nouns that end a venue's name
	cues      map[string][]string // role -> phrases, longest first
	// cueFirst indexes the cues by their first word.
	cueFirst map[string][]cue
	// words tells for each noun or cue word its class and cues, so that a
	// token is looked up once.
	words map[string]wordInfo
	// shapes[b] has bit n set when a word of words starts with byte b and
	// is n bytes long: most words are ruled out without a map lookup.
	shapes [256]uint32
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		nouns:     map[string]nounClass{},
		ordinals:  map[string]int{},
		modifiers: map[string]bool{},
		documents: map[string][]string{},
		abbrevs:   map[string]bool{},
		tails:     map[string]bool{},
		venues:    map[string]bool{},
		cues:      map[string][]string{},
		cueFirst:  map[string][]cue{},
		words:     map[string]wordInfo{},
	}
	err := readTable("data/nouns.txt", 2, func(f []string) error {
		c, ok := nounClasses[f[1]]
		if !ok {
			return fmt.Errorf("unknown class %q", f[1])
		}
		lx.nouns[f[0]] = c
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable("data/ordinals.txt", 2, func(f []string) error {
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return fmt.Errorf("ordinal %q: %w", f[0], err)
		}
		lx.ordinals[f[0]] = n
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable("data/documents.txt", 2, func(f []string) error {
		of := lx.documents[f[0]]
		if f[1] != "-" {
			of = append(of, f[1])
		}
		lx.documents[f[0]] = of
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable("data/modifiers.txt", 1, func(f []string) error {
		lx.modifiers[f[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable("data/abbreviations.txt", 1, func(f []string) error {
		lx.abbrevs[f[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable("data/tails.txt", 1, func(f []string) error {
		lx.tails[f[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable("data/venues.txt", 1, func(f []string) error {
		lx.venues[f[0]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable("data/cues.txt", 2, func(f []string) error {
		lx.cues[f[0]] = append(lx.cues[f[0]], f[1])
		return nil
	})
	if err != nil {
		return nil, err
	}
	for role, ps := range lx.cues {
		// longest first, so "will lead" wins over "lead"
		sortByLenDesc(ps)
		lx.cues[role] = ps
		for _, p := range ps {
			ws := strings.Fields(p)
			lx.cueFirst[ws[0]] = append(lx.cueFirst[ws[0]], cue{role: role, words: ws})
		}
	}
	for w, c := range lx.nouns {
		lx.words[w] = wordInfo{class: c}
	}
	for w := range lx.ordinals {
		if _, ok := lx.words[w]; !ok {
			lx.words[w] = wordInfo{}
		}
	}
	// a round pointer may name a round with its series' acronym alone
	// ("the next ministerial-level ABCD"): its sentence is read ("last"
	// and "coming" are left out: too common to read every sentence of)
	for _, w := range []string{"next", "previous", "upcoming", "forthcoming"} {
		if _, ok := lx.words[w]; !ok {
			lx.words[w] = wordInfo{}
		}
	}
	for w := range lx.cueFirst {
		info := lx.words[w]
		info.cue = true
		lx.words[w] = info
	}
	for w := range lx.words {
		if len(w) < 32 {
			lx.shapes[w[0]] |= 1 << len(w)
		}
	}
	return lx, nil
}

// wordInfo is what the lexicon knows of a word.
type wordInfo struct {
	class nounClass
	cue   bool
}

// cue is one phrase of data/cues.txt, split into words.
type cue struct {
	role  string
	words []string
}

// readTable calls fn with the tab-separated fields of each non-blank,
// non-comment line of an embedded file that has exactly n fields.
func readTable(name string, n int, fn func([]string) error) error {
	f, err := dataFiles.Open(name)
	if err != nil {
		return fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fields := strings.Split(t, "\t")
		if len(fields) != n {
			return fmt.Errorf("%s:%d: want %d fields, got %d", name, line, n, len(fields))
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

func sortByLenDesc(ps []string) {
	slices.SortStableFunc(ps, func(a, b string) int { return len(b) - len(a) })
}

// cardinalWords are the counts that stand before signed documents
// ("signed three agreements").
var cardinalWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"several": 2, "both": 2}

// cardinal returns the count a word or a number states ("three", "12"),
// or 0.
func (lx *lexicon) cardinal(w string) int {
	if n, ok := cardinalWords[strings.ToLower(w)]; ok {
		return n
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 1000 {
		return n
	}
	return 0
}

// ordinal returns the value of an ordinal word ("Fourth", "10th",
// "first-ever"), or 0.
func (lx *lexicon) ordinal(w string) int {
	if w == "" {
		return 0
	}
	if w[0] < '0' || w[0] > '9' {
		w = strings.ToLower(w)
		if n, ok := lx.ordinals[w]; ok {
			return n
		}
		return lx.compoundOrdinal(w)
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if num, ok := strings.CutSuffix(w, suf); ok && num != "" && len(num) <= 3 {
			if n, err := strconv.Atoi(num); err == nil && n > 0 {
				return n
			}
		}
	}
	return 0
}

// compoundOrdinal reads a spelled ordinal above twenty written with a
// hyphen ("forty-fifth", "twenty-first"): a tens word, whose ordinal is in
// the list ("forty" -> "fortieth"), and a unit ordinal. 0 when w is none.
func (lx *lexicon) compoundOrdinal(w string) int {
	tens, unit, ok := strings.Cut(w, "-")
	if !ok || !strings.HasSuffix(tens, "y") {
		return 0
	}
	t, u := lx.ordinals[strings.TrimSuffix(tens, "y")+"ieth"], lx.ordinals[unit]
	if t < 20 || t%10 != 0 || u < 1 || u > 9 {
		return 0
	}
	return t + u
}

// romanOrdinal reads a round number written as a Roman numeral in
// capitals before a name ("the XV BRICS Summit", "XXIII Ibero-American
// Summit"): I, V, X and L only, two letters or more, 2 to 89; 0 for any
// other word (a single "I" is a pronoun; other capitals are acronyms).
func romanOrdinal(w string) int {
	if len(w) < 2 || len(w) > 7 {
		return 0
	}
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}
	n := 0
	for i := 0; i < len(w); i++ {
		v := val[w[i]]
		if v == 0 {
			return 0
		}
		if i+1 < len(w) && val[w[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	if n < 2 || n > 89 || toRoman(n) != w {
		return 0
	}
	return n
}

// toRoman writes n (1..89) as a Roman numeral, to check a reading is in
// canonical form ("IIII" and "VX" are no numerals).
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
