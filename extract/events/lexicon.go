package events

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

//go:embed data/nouns.txt data/ordinals.txt data/modifiers.txt data/cues.txt data/abbreviations.txt data/tails.txt
var dataFiles embed.FS

// Noun classes of data/nouns.txt.
const (
	classMeet   = "meet"
	classEvent  = "event"
	classPlural = "plural"
	classTalks  = "talks"
	classBody   = "body"
)

// lexicon holds the word lists, read once by New and never changed.
type lexicon struct {
	nouns     map[string]string // lowercase noun -> class
	ordinals  map[string]int
	modifiers map[string]bool
	abbrevs   map[string]bool     // lowercase, without the final period
	tails     map[string]bool     // document nouns that end a non-event name
	cues      map[string][]string // role -> phrases, longest first
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		nouns:     map[string]string{},
		ordinals:  map[string]int{},
		modifiers: map[string]bool{},
		abbrevs:   map[string]bool{},
		tails:     map[string]bool{},
		cues:      map[string][]string{},
	}
	err := readTable("data/nouns.txt", 2, func(f []string) error {
		switch f[1] {
		case classMeet, classEvent, classPlural, classTalks, classBody:
			lx.nouns[f[0]] = f[1]
			return nil
		}
		return fmt.Errorf("unknown class %q", f[1])
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
	err = readTable("data/cues.txt", 2, func(f []string) error {
		lx.cues[f[0]] = append(lx.cues[f[0]], f[1])
		return nil
	})
	if err != nil {
		return nil, err
	}
	for role, ps := range lx.cues {
		// longest first, so "co-chaired by" wins over "chaired by"
		sortByLenDesc(ps)
		lx.cues[role] = ps
	}
	return lx, nil
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

// ordinal returns the value of an ordinal word ("Fourth", "10th",
// "first-ever"), or 0.
func (lx *lexicon) ordinal(w string) int {
	w = strings.ToLower(w)
	if n, ok := lx.ordinals[w]; ok {
		return n
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
