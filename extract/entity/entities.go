package entity

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/communique/communique/extract/entity/lexicon"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
)

// Finder finds people, agencies and places in an article's text.
//
// Agencies come from an embedded gazetteer of real bodies (data/agencies.tsv),
// head-noun patterns ("Ministry of ...", "... Bureau"), acronym definitions
// ("Full Name (ACR)", "ACR (Full Name)") and lower-case descriptions
// ("Japan's internal affairs and communications ministry"); every way of
// writing one body resolves to one Agency. People come from name spans
// judged by context (an honorific or title before the name, an appositive
// title after it, a byline, a given name from the lexicon, a speech verb);
// later mentions by surname attach to the same Person. Places are the
// countries and cities of data/countries.tsv and data/cities.tsv.
//
// A Finder is read-only after New and safe for concurrent
// use by many goroutines.
type Finder struct {
	gaz   *lexicon.Gazetteer
	names *lexicon.NameLexicon
	orgs  *lexicon.OrgLexicon
	lists *lexicon.WordLists
}

// New loads the embedded gazetteers and lexicons once.
func New() (*Finder, error) {
	gaz, err := lexicon.LoadGazetteer()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	names, err := lexicon.LoadNameLexicon()
	if err != nil {
		return nil, fmt.Errorf("load name lexicons: %w", err)
	}
	orgs, err := lexicon.LoadOrgLexicon()
	if err != nil {
		return nil, fmt.Errorf("load organization lexicon: %w", err)
	}
	lists, err := lexicon.LoadWordLists()
	if err != nil {
		return nil, fmt.Errorf("load word lists: %w", err)
	}
	return &Finder{gaz: gaz, names: names, orgs: orgs, lists: lists}, nil
}

// Find returns the people, agencies and places in a.Text. Mentions are byte
// offsets into a.Text; IDs are p1.. and a1.. in order of first mention;
// Person.Affiliation and Agency.Parent refer to agency IDs of the same result.
func (f *Finder) Find(a *corpus.Article) (people []Person, agencies []Agency, places []Place) {
	return f.find(a.Text)
}

func (f *Finder) find(text string) ([]Person, []Agency, []Place) {
	people, agencies, places, _ := f.findCtx(context.Background(), text)
	return people, agencies, places
}

// findCtx is find that stops with ctx.Err() between its passes once ctx is
// done (each pass is linear in the text), so that a timed-out document
// stops soon and frees its tokens.
func (f *Finder) findCtx(ctx context.Context, text string) ([]Person, []Agency, []Place, error) {
	toks := lexicon.Tokenize(text)
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	ag := &agencyScan{
		f: f, text: text, toks: toks,
		keys: make([][]string, len(toks)), covered: make([]int, len(toks)),
		nonAgencyAcr: map[string]bool{},
	}
	ag.findAgencies()
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	places, votes, inPlace := f.findPlaces(text, toks, ag.covered)
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	groups, candGroup := ag.resolveAgencies(votes)
	agencies := buildAgencies(groups)

	ps := &peopleScan{f: f, text: text, toks: toks, ag: ag, inPlace: inPlace}
	cands := ps.findPeople()
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	people := f.mergePeople(ps, cands, ag, candGroup, agencies)
	return people, agencies, places, nil
}

func buildAgencies(groups []agencyGroup) []Agency {
	out := make([]Agency, len(groups))
	for i, g := range groups {
		sort.Slice(g.mentions, func(x, y int) bool { return g.mentions[x].Start < g.mentions[y].Start })
		out[i] = Agency{
			ID: "a" + strconv.Itoa(i+1), Name: g.name, Acronym: g.acronym, Country: g.country,
			Kind: g.kind, Aliases: g.aliases, Mentions: g.mentions,
		}
		if g.parent >= 0 {
			out[i].Parent = "a" + strconv.Itoa(g.parent+1)
		}
	}
	return out
}

// mergePeople turns accepted name spans into one Person per individual:
// spans with the same name, or a surname-only span and a full name sharing
// the surname, are one person; other tokens equal to a known surname become
// further mentions.
func (f *Finder) mergePeople(ps *peopleScan, cands []personCand, ag *agencyScan, candGroup []int, agencies []Agency) []Person {
	var people []Person
	bodies := newCandIndex(ag)
	bySurname := map[string]int{}
	byName := map[string]int{}
	full := map[int]bool{} // person index -> has a multi-word name
	usedTok := map[int]bool{}
	// full names first, so that "Minister Ellwood" finds "Tobias Ellwood"
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		return strings.Contains(cands[order[x]].name, " ") && !strings.Contains(cands[order[y]].name, " ")
	})
	// "Aleisha Woodward Travels to Italy" in a headline: a trailing common
	// word after a name found elsewhere is not part of it
	names := map[string]bool{}
	for _, c := range cands {
		names[c.name] = true
	}
	for i := range cands {
		c := &cands[i]
		if c.end-c.start >= 3 && ps.class(c.end-1) == ncWord {
			short := strings.Join(strings.Fields(ps.text[ps.toks[c.start].Start:ps.toks[c.end-2].End]), " ")
			if names[short] {
				c.end--
				c.raw = ps.text[ps.toks[c.start].Start:ps.toks[c.end-1].End]
				c.name = short
				c.surname = ps.toks[c.end-1].Text
			}
		}
	}
	for _, ci := range order {
		c := cands[ci]
		men := extract.Mention{Text: c.raw, Start: ps.toks[c.start].Start, End: ps.toks[c.end-1].End}
		for k := c.start; k < c.end; k++ {
			usedTok[k] = true
		}
		key := personNameKey(c.name)
		pi, ok := byName[key]
		if _, known := bySurname[c.surname]; !ok && !known && !strings.Contains(c.name, " ") {
			// "Spokesperson Ian" cut by a line break from "Ian Sams", or a
			// surname written first ("Prime Minister Suga" of "Suga Yoshihide")
			for x := range people {
				if full[x] && (containsWord(people[x].Name, c.name) || hyphenFamilyPart(people[x].Name, c.name)) {
					pi, ok = x, true
					break
				}
			}
		}
		if !ok {
			pi, ok = f.reversedPerson(people, c.name) // "Kishida Fumio" of "Fumio Kishida"
		}
		if !ok {
			if x, ok2 := bySurname[c.surname]; ok2 && (!strings.Contains(c.name, " ") || !full[x] ||
				hasSuffixFold(people[x].Name, " "+c.name) || hasSuffixFold(c.name, " "+people[x].Name) || sameGivenName(people[x].Name, c.name)) {
				// "Minister Ellwood", "Bin Laden" of "Osama Bin Laden",
				// "Von der Leyen" of "Ursula von der Leyen", "Joe Biden"
				// of "Joseph R. Biden Jr."
				pi, ok = x, true
			}
		}
		if !ok {
			pi = len(people)
			people = append(people, Person{Name: c.name})
			full[pi] = strings.Contains(c.name, " ")
			byName[key] = pi
			if _, taken := bySurname[c.surname]; !taken {
				bySurname[c.surname] = pi
			}
		}
		p := &people[pi]
		p.Mentions = append(p.Mentions, men)
		if len(c.name) > len(p.Name) {
			p.Name = c.name
			full[pi] = strings.Contains(c.name, " ")
		}
		if p.Title == "" {
			p.Title = c.title
		}
		if p.Country == "" {
			p.Country = c.country
		}
		if p.Affiliation == "" {
			p.Affiliation = affiliationIn(ag, bodies, candGroup, c.affStart, c.affEnd)
		}
	}
	// later mentions by surname alone ("Baker said")
	for i, t := range ps.toks {
		if usedTok[i] || !t.Word || !t.Cap || ag.covered[i] != 0 {
			continue
		}
		pi, ok := bySurname[t.Text]
		if !ok {
			continue
		}
		if !full[pi] && people[pi].Name == t.Text && i > 0 && !usedTok[i-1] && ps.toks[i].NL == 0 &&
			(ps.class(i-1) == ncGiven || ps.class(i-1) == ncGivenWord) {
			// "MR. KIRBY:" in a transcript and "my colleague John Kirby":
			// the given name before the surname completes the name
			g := ps.toks[i-1]
			people[pi].Name = g.Text + " " + t.Text
			full[pi] = true
			people[pi].Mentions = append(people[pi].Mentions, extract.Mention{Text: ps.text[g.Start:t.End], Start: g.Start, End: t.End})
			usedTok[i-1] = true
			continue
		}
		if full[pi] {
			people[pi].Mentions = append(people[pi].Mentions, extract.Mention{Text: t.Text, Start: t.Start, End: t.End})
		}
	}
	f.titleMentions(ps, people, usedTok)
	// order by first mention, then number
	for i := range people {
		sort.Slice(people[i].Mentions, func(x, y int) bool { return people[i].Mentions[x].Start < people[i].Mentions[y].Start })
	}
	sort.SliceStable(people, func(x, y int) bool { return people[x].Mentions[0].Start < people[y].Mentions[0].Start })
	for i := range people {
		people[i].ID = "p" + strconv.Itoa(i+1)
		if people[i].Country == "" && people[i].Affiliation != "" {
			if n, err := strconv.Atoi(strings.TrimPrefix(people[i].Affiliation, "a")); err == nil && n >= 1 && n <= len(agencies) {
				people[i].Country = agencies[n-1].Country
			}
		}
	}
	return people
}

// candIndex orders an agency scan's candidates by their first byte (ties
// in candidate order), so that the bodies within a byte range are found by
// binary search rather than by scanning every candidate for every person.
type candIndex struct {
	order  []int // candidate indexes
	starts []int // their first bytes, ascending
}

func newCandIndex(ag *agencyScan) candIndex {
	idx := candIndex{order: make([]int, len(ag.cands)), starts: make([]int, len(ag.cands))}
	for i := range idx.order {
		idx.order[i] = i
	}
	sort.SliceStable(idx.order, func(x, y int) bool {
		return ag.toks[ag.cands[idx.order[x]].start].Start < ag.toks[ag.cands[idx.order[y]].start].Start
	})
	for i, ci := range idx.order {
		idx.starts[i] = ag.toks[ag.cands[ci].start].Start
	}
	return idx
}

// affiliationIn returns the ID of the first body mentioned within the byte
// range [start, end) (the earliest start; of two starting together, the
// first candidate), or "".
func affiliationIn(ag *agencyScan, idx candIndex, candGroup []int, start, end int) string {
	for i := sort.SearchInts(idx.starts, start); i < len(idx.starts) && idx.starts[i] < end; i++ {
		ci := idx.order[i]
		if ag.toks[ag.cands[ci].end-1].End <= end && candGroup[ci] >= 0 {
			return "a" + strconv.Itoa(candGroup[ci]+1)
		}
	}
	return ""
}

// hasSuffixFold is strings.HasSuffix ignoring case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// sameGivenName reports whether two names that share a surname open with
// one given name in two forms: a short form that begins the long one
// ("Fred" of "Fredrick", "Chris" of "Christopher") or a listed
// diminutive ("Joe" of "Joseph", "Bill" of "William").
func sameGivenName(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 {
		return false
	}
	x, y := fa[0], fb[0]
	if len(x) > len(y) {
		x, y = y, x
	}
	if x == y {
		return false // two people who share a given name and a surname are told apart elsewhere
	}
	if len(x) >= 3 && strings.HasPrefix(y, x) {
		return true
	}
	return diminutives[x] == y
}

// diminutives maps common English short forms of given names to the full
// form they do not begin (from the usual English hypocorisms: Joe for
// Joseph, Bill for William, Bob for Robert).
var diminutives = map[string]string{
	"Joe": "Joseph", "Bill": "William", "Will": "William", "Bob": "Robert", "Rob": "Robert", "Bobby": "Robert",
	"Dick": "Richard", "Rick": "Richard", "Jim": "James", "Jimmy": "James", "Mike": "Michael", "Tony": "Anthony",
	"Ted": "Edward", "Ned": "Edward", "Jack": "John", "Johnny": "John", "Peggy": "Margaret", "Maggie": "Margaret",
	"Liz": "Elizabeth", "Beth": "Elizabeth", "Betty": "Elizabeth", "Kate": "Katherine", "Katie": "Katherine",
	"Chuck": "Charles", "Charlie": "Charles", "Hank": "Henry", "Harry": "Henry", "Jerry": "Gerald", "Larry": "Lawrence",
	"Nick": "Nicholas", "Pete": "Peter", "Steve": "Stephen", "Sue": "Susan", "Tom": "Thomas", "Andy": "Andrew",
	"Dave": "David", "Ron": "Ronald", "Don": "Donald", "Jon": "Jonathan", "Greg": "Gregory", "Jeff": "Jeffrey",
}

// personNameKey compares names ignoring case, punctuation and initials.
func personNameKey(name string) string {
	var parts []string
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return r == ' ' || r == '.' || r == ',' || r == '-' || r == '\''
	}) {
		if len(w) > 1 {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, " ")
}

// containsWord reports whether w is one of the space-separated words of name.
func containsWord(name, w string) bool {
	for _, x := range strings.Fields(name) {
		if x == w {
			return true
		}
	}
	return false
}

// titleHead is the role part of a stated title: "Director General of the
// Global ICT Strategy Bureau" -> "Director General"; "Foreign Secretary"
// stays whole. Empty when the title has no title head.
func (f *Finder) titleHead(title string) string {
	cut := len(title)
	for _, sep := range []string{" of ", " for ", ", ", " (", " to ", " at "} {
		if i := strings.Index(title, sep); i >= 0 && i < cut {
			cut = i
		}
	}
	head := strings.TrimSpace(title[:cut])
	words := strings.Fields(head)
	if len(words) == 0 || !f.names.IsTitleHead(words[len(words)-1]) {
		return ""
	}
	return head
}

// titleMentions attaches "the Foreign Secretary" and "the Secretary-General"
// to the one person whose title has that role; a role two people share
// attaches to neither.
func (f *Finder) titleMentions(ps *peopleScan, people []Person, usedTok map[int]bool) {
	owner := map[string]int{}
	for i, p := range people {
		h := f.titleHead(p.Title)
		if h == "" {
			continue
		}
		if _, dup := owner[h]; dup {
			owner[h] = -1
			continue
		}
		owner[h] = i
	}
	if len(owner) == 0 {
		return
	}
	first := map[string]bool{}
	for role, pi := range owner {
		if pi >= 0 {
			first[strings.Fields(role)[0]] = true
		}
	}
	toks := ps.toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Text != "the" && toks[i].Text != "The" || !first[toks[i+1].Text] {
			continue
		}
		// longest role starting after "the"
		for j := min(len(toks), i+8); j > i+1; j-- {
			if usedTok[j-1] || toks[j-1].NL > 0 && j-1 > i+1 {
				continue
			}
			role := strings.Join(strings.Fields(ps.text[toks[i+1].Start:toks[j-1].End]), " ")
			pi, ok := owner[role]
			if !ok || pi < 0 {
				continue
			}
			// "the Foreign Secretary Boris Johnson" is a name mention already
			if j < len(toks) && usedTok[j] {
				break
			}
			m := extract.Mention{Text: ps.text[toks[i+1].Start:toks[j-1].End], Start: toks[i+1].Start, End: toks[j-1].End}
			people[pi].Mentions = append(people[pi].Mentions, m)
			i = j - 1
			break
		}
	}
}
