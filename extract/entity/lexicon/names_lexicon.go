package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"strings"

	"github.com/communique/communique/internal/wordset"
)

// entityData holds the lexicons and gazetteers behind entity.Finder. The
// files and their public sources are described in data/README.md.
//
//go:embed data/agencies.tsv data/parliaments.tsv data/countries.tsv data/cities.tsv data/titles.txt data/given_names.txt data/given_names_extra.txt data/given_names_ssa.txt data/given_names_intl.txt data/given_names_ambiguous.txt data/populated_places.txt data/english_words.txt data/surnames_east_asian.txt data/org_heads.tsv data/company_forms.txt data/company_prefix_forms.txt data/words
var entityData embed.FS

// NameLexicon is the read-only word knowledge used to find people.
type NameLexicon struct {
	given     map[string]bool // given names, as written (Hiroshi)
	givenW    map[string]bool // given names that are also common words (John, Ash)
	givenRare map[string]bool // given names of the US birth records and other countries' lists only (given_names_ssa.txt, given_names_intl.txt)
	english   *wordset.Set    // lower-case common English words (english_words.go)
	hon       map[string]bool // honorifics (Mr., Prof.)
	head      map[string]bool // title heads (Minister, Director-General)
	mod       map[string]bool // title modifiers (Deputy, Assistant)
	Comp      map[string]bool // words never a name by themselves (Affairs)
	// FamilyFirst holds East and Southeast Asian family names, written
	// before the given name (Jeon Dong-hyun, Tan Wee Liang).
	FamilyFirst map[string]bool
	// places holds the populated places of two words or more
	// (data/populated_places.txt), keyed by PlaceKey of their words.
	places      map[string]bool
	placeStarts map[string]bool // the first words of places
	// Bits holds, per word as written and lower-cased, which of the sets
	// above hold it: one lookup instead of many on the hot path.
	Bits map[string]uint8
}

const (
	BitHon uint8 = 1 << iota
	BitHead
	BitMod
	BitComp
	BitGiven
	BitGivenW
	// BitGivenRare marks given names of the US birth records and of other
	// countries' lists that the Moby lists lack (Valarie, Declan, Jair,
	// Oluwaseun, Mykola): a given name only where a name follows it, since
	// many are also surnames (Williams, Jamieson).
	BitGivenRare
)

// readLines calls fn for each non-blank, non-comment line of an embedded file.
func readLines(name string, fn func(line string) error) error {
	f, err := entityData.Open(name)
	if err != nil {
		return fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// LoadNameLexicon reads the names, titles and English words of data/.
func LoadNameLexicon() (*NameLexicon, error) {
	lx := &NameLexicon{
		given: map[string]bool{}, givenW: map[string]bool{}, givenRare: map[string]bool{}, english: loadEnglishWords(),
		hon: map[string]bool{}, head: map[string]bool{}, mod: map[string]bool{}, Comp: map[string]bool{},
		FamilyFirst: map[string]bool{}, places: map[string]bool{}, placeStarts: map[string]bool{},
	}
	err := readLines("data/populated_places.txt", func(line string) error {
		var folds []string
		for _, t := range Tokenize(line) {
			if t.Word {
				folds = append(folds, t.Fold)
			}
		}
		if len(folds) >= 2 {
			lx.places[strings.Join(folds, " ")] = true
			lx.placeStarts[folds[0]] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines("data/surnames_east_asian.txt", func(line string) error {
		for _, w := range strings.Fields(line) {
			lx.FamilyFirst[w] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, name := range []string{"data/given_names.txt", "data/given_names_extra.txt"} {
		err := readLines(name, func(line string) error {
			for _, w := range strings.Fields(line) {
				lx.given[w] = true
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, name := range []string{"data/given_names_ssa.txt", "data/given_names_intl.txt"} {
		err = readLines(name, func(line string) error {
			lx.givenRare[strings.TrimSpace(line)] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	err = readLines("data/given_names_ambiguous.txt", func(line string) error {
		lx.givenW[strings.TrimSpace(line)] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines("data/titles.txt", func(line string) error {
		class, word, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("want class<TAB>word, got %q", line)
		}
		var m map[string]bool
		switch class {
		case "hon":
			m = lx.hon
		case "head":
			m = lx.head
		case "mod":
			m = lx.mod
		case "comp":
			m = lx.Comp
		default:
			return fmt.Errorf("unknown class %q", class)
		}
		m[word] = true
		m[strings.ToLower(word)] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.Bits = map[string]uint8{}
	for _, set := range []struct {
		m   map[string]bool
		bit uint8
	}{{lx.hon, BitHon}, {lx.head, BitHead}, {lx.mod, BitMod}, {lx.Comp, BitComp}, {lx.given, BitGiven}, {lx.givenW, BitGivenW}, {lx.givenRare, BitGivenRare}} {
		for w := range set.m {
			lx.Bits[w] |= set.bit
		}
	}
	if len(lx.given) < 1000 || len(lx.FamilyFirst) < 200 || lx.english.Len() < 10000 || len(lx.head) < 50 {
		return nil, fmt.Errorf("name lexicons too small: %d given names, %d words, %d title heads", len(lx.given), lx.english.Len(), len(lx.head))
	}
	return lx, nil
}

// in reports whether w, as written or lower-cased, is in m.
func (lx *NameLexicon) In(m map[string]bool, w string) bool {
	if m[w] {
		return true
	}
	var buf [64]byte
	if l, _ := lowerASCII(&buf, w); l != nil {
		return m[string(l)]
	}
	return m[strings.ToLower(w)]
}

// WordBits returns the lexicon sets holding w as written, or lower-cased
// for the hon/head/mod/comp sets.
func (lx *NameLexicon) WordBits(w string) uint8 {
	b, ok := lx.Bits[w]
	if !ok || b&(BitHon|BitHead|BitMod|BitComp) == 0 {
		var buf [64]byte
		if l, changed := lowerASCII(&buf, w); changed {
			b |= lx.Bits[string(l)] & (BitHon | BitHead | BitMod | BitComp)
		} else if l == nil {
			if lw := strings.ToLower(w); lw != w {
				b |= lx.Bits[lw] & (BitHon | BitHead | BitMod | BitComp)
			}
		}
	}
	return b
}

// lowerASCII lower-cases an ASCII word of at most 64 bytes into buf without
// allocating: it returns the bytes and whether any letter changed, or nil
// when w is longer or not ASCII (the caller falls back to strings.ToLower).
// A map lookup m[string(l)] does not allocate.
func lowerASCII(buf *[64]byte, w string) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	changed := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
			changed = true
		}
		buf[i] = c
	}
	return buf[:len(w)], changed
}

// IsPopulatedPlace reports whether key, the Fold of a span's word tokens
// joined by single spaces, is a populated place of two words or more
// ("novi pazar", "santa ana"). It does not allocate.
func (lx *NameLexicon) IsPopulatedPlace(key []byte) bool { return lx.places[string(key)] }

// StartsPopulatedPlace reports whether fold is the first word of a
// populated place of two words or more: a cheap test before
// IsPopulatedPlace.
func (lx *NameLexicon) StartsPopulatedPlace(fold string) bool { return lx.placeStarts[fold] }

// IsHonorific reports whether w is an honorific (Mr., Prof.).
func (lx *NameLexicon) IsHonorific(w string) bool { return lx.WordBits(w)&BitHon != 0 }

// titleHeadTails follow a title head after a hyphen for a person chosen
// but not yet in office ("President-elect", "Minister-designate").
var titleHeadTails = map[string]bool{"elect": true, "designate": true, "Elect": true, "Designate": true}

// IsTitleHead reports whether w is a job-title head noun.
func (lx *NameLexicon) IsTitleHead(w string) bool {
	if lx.WordBits(w)&BitHead != 0 {
		return true
	}
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	// Vice-Minister, Co-Chair, Deputy-Director: judge by the last part.
	if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-1 {
		if titleHeadTails[w[i+1:]] {
			return lx.In(lx.head, w[:i]) // President-elect, Ambassador-designate
		}
		return lx.In(lx.head, w[i+1:]) && (lx.In(lx.mod, w[:i]) || lx.In(lx.head, w[:i]))
	}
	return false
}

// IsTitleWord reports whether w can be part of a title phrase.
func (lx *NameLexicon) IsTitleWord(w string) bool {
	return lx.WordBits(w)&(BitHon|BitMod) != 0 || lx.IsTitleHead(w)
}

// IsCommonWord reports whether the capitalized token w is an ordinary
// English word (Extraordinary, Level) rather than a likely name.
func (lx *NameLexicon) IsCommonWord(w string) bool {
	var buf [64]byte
	if l, _ := lowerASCII(&buf, w); l != nil {
		return lx.english.HasBytes(l)
	}
	return lx.english.Has(strings.ToLower(w))
}
