package lexicon

import (
	"fmt"
	"sort"
	"strings"
)

// agencyEntry is one body of the embedded gazetteer (data/agencies.tsv).
type agencyEntry struct {
	Name    string
	Acronym string
	Country string
	Kind    string
	Aliases []string
	Parent  string
	// Written marks a body an article names by its own written form: a
	// parliament or chamber (data/parliaments.tsv), whose native, English
	// and generic names are all in use.
	Written bool
}

// KeyTrie maps sequences of normalized word keys to gazetteer entry ids.
type KeyTrie struct {
	Next map[string]*KeyTrie
	Ids  []int
}

func (t *KeyTrie) insert(keys []string, id int) {
	n := t
	for _, k := range keys {
		c := n.Next[k]
		if c == nil {
			if n.Next == nil {
				n.Next = map[string]*KeyTrie{}
			}
			c = &KeyTrie{}
			n.Next[k] = c
		}
		n = c
	}
	for _, x := range n.Ids {
		if x == id {
			return
		}
	}
	n.Ids = append(n.Ids, id)
}

// Gazetteer is the read-only agency and place knowledge.
type Gazetteer struct {
	Agencies []agencyEntry
	ByName   map[string]int   // canonical name -> id
	Trie     *KeyTrie         // name and alias keys -> ids
	Acronyms map[string][]int // acronym as written -> ids
	Bags     map[string][]int // sorted content keys -> ids (word-order-free lookup)

	Places    *KeyTrie // place name keys (folded tokens, punctuation kept) -> place ids
	PlaceList []placeEntry
	Demonyms  map[string]string // folded demonym or country name -> ISO code
}

type placeEntry struct {
	Name    string
	Kind    string // city, country
	Country string
}

// AgencyStopKeys are words skipped when comparing body names, so that
// "Ministry of Economy, Trade and Industry" and "Ministry of Economy, Trade,
// Industry" share a key.
var AgencyStopKeys = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, ",": true, "-": true}

// spellingVariants folds British/American and other spelling variants.
var spellingVariants = map[string]string{
	"organisation": "organization", "organisations": "organization", "centre": "center", "centres": "center",
	"defence": "defense", "programme": "program", "programmes": "program", "labour": "labor",
	"co-operation": "cooperation", "counsellor": "counselor", "telecommunications": "telecommunication",
	"communications": "communication", "us": "us", "u": "u",
}

// SpellingVariants reports whether names a and b are the same words up to
// case and British/American spelling ("Ministry of Defence" and "Ministry
// of Defense", "World Health Organisation" and "World Health
// Organization"), word for word.
func SpellingVariants(a, b string) bool {
	ta, tb := Tokenize(a), Tokenize(b)
	if len(ta) != len(tb) {
		return false
	}
	for i := range ta {
		fa, fb := FoldKey(ta[i].Text), FoldKey(tb[i].Text)
		if fa == fb {
			continue
		}
		va, oka := spellingVariants[fa]
		vb, okb := spellingVariants[fb]
		if !oka {
			va = fa
		}
		if !okb {
			vb = fb
		}
		if va != vb {
			return false
		}
	}
	return true
}

// AgencyKeys returns the comparison keys of one token: nil for a word that is
// skipped in comparisons (of, and, the), several for hyphenated words.
func AgencyKeys(w string) []string { return AgencyKeysFolded(FoldKey(w)) }

// AgencyKeysFolded is agencyKeys for an already folded word.
func AgencyKeysFolded(f string) []string {
	if AgencyStopKeys[f] {
		return nil
	}
	if v, ok := spellingVariants[f]; ok {
		return []string{v}
	}
	if strings.HasPrefix(f, "co-") {
		f = "co" + f[3:]
	}
	if !strings.ContainsAny(f, "-/") {
		return []string{stemKey(f)}
	}
	var out []string
	for _, p := range strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == '/' }) {
		if v, ok := spellingVariants[p]; ok {
			p = v
		}
		out = append(out, stemKey(p))
	}
	return out
}

// stemKey strips a plural ending so that "Foundations" matches "Foundation".
func stemKey(p string) string {
	if len(p) > 4 && strings.HasSuffix(p, "ies") {
		return p[:len(p)-3] + "y"
	}
	if len(p) > 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !strings.HasSuffix(p, "us") && !strings.HasSuffix(p, "is") {
		return p[:len(p)-1]
	}
	return p
}

// nameKeys tokenizes a name and returns its comparison keys in order.
func nameKeys(name string) []string {
	var keys []string
	for _, t := range Tokenize(StripParenthetical(name)) {
		keys = append(keys, AgencyKeys(t.Text)...)
	}
	return keys
}

// trieKeys are the keys of a name in the gazetteer Trie: content keys as
// in nameKeys, and the function words of, and (also for "&"), the, for
// kept, so that "UN and the Security Council" is not "UN Security Council".
func trieKeys(name string) []string {
	var keys []string
	for _, t := range Tokenize(StripParenthetical(name)) {
		if fw := FunctionKey(t.Fold); fw != "" {
			keys = append(keys, fw)
			continue
		}
		keys = append(keys, AgencyKeys(t.Text)...)
	}
	return keys
}

// FunctionKey returns the trie key of a function word inside body names, or "".
func FunctionKey(fold string) string {
	switch fold {
	case "of", "and", "the", "for":
		return fold
	case "&":
		return "and"
	}
	return ""
}

// BagKey is the sorted, de-duplicated key set of a name.
func BagKey(keys []string) string {
	s := append([]string(nil), keys...)
	sort.Strings(s)
	out := s[:0]
	for i, k := range s {
		if i == 0 || k != s[i-1] {
			out = append(out, k)
		}
	}
	return strings.Join(out, " ")
}

// StripParenthetical drops a trailing "(Singapore)" qualifier used in the
// gazetteer to tell bodies of the same name apart.
func StripParenthetical(name string) string {
	if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		return name[:i]
	}
	return name
}

// loadGazetteer reads the agencies, countries and cities of data/ (once
// per process: LoadGazetteer, gazetteer_once.go).
func loadGazetteer() (*Gazetteer, error) {
	g := &Gazetteer{
		ByName: map[string]int{}, Trie: &KeyTrie{}, Acronyms: map[string][]int{}, Bags: map[string][]int{},
		Places: &KeyTrie{}, Demonyms: map[string]string{},
	}
	for _, file := range []string{"data/agencies.tsv", "data/parliaments.tsv"} {
		if err := g.readAgencies(file); err != nil {
			return nil, err
		}
	}
	for _, e := range g.Agencies {
		if e.Parent != "" {
			if _, ok := g.ByName[e.Parent]; !ok {
				return nil, fmt.Errorf("data/agencies.tsv: %q: unknown parent %q", e.Name, e.Parent)
			}
		}
	}
	err := readLines("data/countries.tsv", func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return fmt.Errorf("want 4 tab-separated fields, got %d", len(f))
		}
		id := len(g.PlaceList)
		g.PlaceList = append(g.PlaceList, placeEntry{Name: f[1], Kind: "country", Country: f[0]})
		names := []string{f[1]}
		if f[2] != "" {
			names = append(names, strings.Split(f[2], "|")...)
		}
		for _, n := range names {
			g.Places.insert(placeKeys(n), id)
			g.Demonyms[FoldKey(n)] = f[0]
		}
		if f[3] != "" {
			for _, d := range strings.Split(f[3], "|") {
				g.Demonyms[FoldKey(d)] = f[0]
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readLines("data/cities.tsv", func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("want 3 tab-separated fields, got %d", len(f))
		}
		id := len(g.PlaceList)
		g.PlaceList = append(g.PlaceList, placeEntry{Name: f[0], Kind: "city", Country: f[1]})
		names := []string{f[0]}
		if f[2] != "" {
			names = append(names, strings.Split(f[2], "|")...)
		}
		for _, n := range names {
			g.Places.insert(placeKeys(n), id)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(g.Agencies) < 300 {
		return nil, fmt.Errorf("agency gazetteer too small: %d entries", len(g.Agencies))
	}
	return g, nil
}

func appendID(ids []int, id int) []int {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// placeKeys are the folded tokens of a place name, punctuation kept.
func placeKeys(name string) []string {
	var keys []string
	for _, t := range Tokenize(name) {
		keys = append(keys, FoldKey(t.Text))
	}
	return keys
}

// IsAcronymLike reports whether s is written as an acronym: one token, at
// least two capitals, no lower-case run longer than the capitals (NISC,
// DG CNECT is not one token; GovTech is not an acronym, MeitY is).
func IsAcronymLike(s string) bool {
	if strings.ContainsAny(s, " ") || len(s) < 2 || len(s) > 12 {
		return false
	}
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
			lower++
		}
	}
	return upper >= 2 && lower <= upper
}

// IsPlaceWord reports whether w names a country or city on its own.
func (g *Gazetteer) IsPlaceWord(w string) bool { return g.IsPlaceFold(FoldKey(w)) }

// IsPlaceFold is IsPlaceWord for an already folded word.
func (g *Gazetteer) IsPlaceFold(f string) bool {
	n := g.Places.Next[f]
	return n != nil && len(n.Ids) > 0
}

// PlaceCountry returns the country code of the country or city the whole
// of name is ("Brussels", "New York", "Republic of Korea"; matched by
// folded tokens), and whether the gazetteer lists it.
func (g *Gazetteer) PlaceCountry(name string) (string, bool) {
	n := g.Places
	for _, t := range Tokenize(name) {
		if n = n.Next[FoldKey(t.Text)]; n == nil {
			return "", false
		}
	}
	if n == nil || len(n.Ids) == 0 {
		return "", false
	}
	return g.PlaceList[n.Ids[0]].Country, true
}

// readAgencies adds the bodies of one gazetteer file (agencies.tsv's
// columns) to g.
func (g *Gazetteer) readAgencies(file string) error {
	return readLines(file, func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return fmt.Errorf("want 6 tab-separated fields, got %d", len(f))
		}
		e := agencyEntry{Name: f[0], Acronym: f[1], Country: f[2], Kind: f[3], Parent: f[5], Written: file == "data/parliaments.tsv"}
		if e.Name == "" || e.Kind == "" {
			return fmt.Errorf("empty name or kind")
		}
		if f[4] != "" {
			e.Aliases = strings.Split(f[4], "|")
		}
		if _, dup := g.ByName[e.Name]; dup {
			return fmt.Errorf("duplicate name %q", e.Name)
		}
		id := len(g.Agencies)
		g.ByName[e.Name] = id
		g.Agencies = append(g.Agencies, e)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if IsAcronymLike(n) {
				g.Acronyms[n] = appendID(g.Acronyms[n], id)
				continue
			}
			keys := nameKeys(n)
			if len(keys) == 0 {
				continue
			}
			g.Trie.insert(trieKeys(n), id)
			bk := BagKey(keys)
			g.Bags[bk] = appendID(g.Bags[bk], id)
		}
		if e.Acronym != "" {
			g.Acronyms[e.Acronym] = appendID(g.Acronyms[e.Acronym], id)
		}
		return nil
	})
}

// NameKeys returns the comparison keys of a body's name in order, function
// words left out (the keys Bags are built from).
func NameKeys(name string) []string { return nameKeys(name) }
