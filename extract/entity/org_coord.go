package entity

import (
	"strings"

	"github.com/communique/communique/extract/entity/lexicon"
)

// findCoordinated finds bodies named by one plural head and coordinated
// complements: "the Ministries of Health and Education", "the Departments
// of State and of Defense", "the Ministries of Foreign Affairs and of
// Defence of Ruritania" name one body per complement ("Ministry of
// Health", "Ministry of Education"). The first complement may already be
// known (the gazetteer reads plural heads); each other one becomes a body
// of its own, named by the singular head and the complement, looked up in
// the gazetteer under that name, with its mention on the complement's
// words.
func (s *agencyScan) findCoordinated() {
	added := false
	for i := 0; i+3 < len(s.toks); i++ {
		head, ok := s.pluralHead(i)
		if !ok {
			continue
		}
		conn := s.toks[i+1].Text
		if (conn != "of" && conn != "for" && conn != "on") || s.toks[i+1].NL != 0 {
			continue
		}
		// the complements: name-word runs joined by "and" / "," (each
		// optionally repeating the connector)
		k := i + 2
		var runs [][2]int
		for len(runs) < 6 {
			if k < len(s.toks) && s.toks[k].Text == "the" {
				k++
			}
			e := k
			for e < len(s.toks) && e < k+8 && s.toks[e].NL == 0 && s.isNameWord(e) && !s.isDateWord(e) && !s.f.orgs.IsHead(s.toks[e].Text) {
				e++
			}
			if e == k {
				break
			}
			runs = append(runs, [2]int{k, e})
			if e+1 >= len(s.toks) || s.toks[e].NL != 0 || s.toks[e+1].NL != 0 || (s.toks[e].Text != "and" && s.toks[e].Text != ",") {
				break
			}
			k = e + 1
			if s.toks[k].Text == "and" && k+1 < len(s.toks) {
				k++ // ", and"
			}
			if s.toks[k].Text == conn && k+1 < len(s.toks) {
				k++ // "and of Defence"
			}
		}
		if len(runs) < 2 || s.namedAsOne(head, conn, runs[0][0], runs[len(runs)-1][1]) {
			continue
		}
		for n, r := range runs {
			if s.covered[r[0]] != 0 {
				continue // known already ("Ministries of Health" read by the gazetteer)
			}
			start := r[0]
			if n == 0 {
				start = i // "Ministries of Lighthouses": the head goes on the first mention
			}
			s.addCoordinated(start, r[1], head+" "+conn+" "+s.text[s.toks[r[0]].Start:s.toks[r[1]-1].End])
			added = true
		}
		i = runs[len(runs)-1][1] - 1
	}
	if added {
		s.sortCands()
	}
}

// pluralHead returns the singular of token i when it is the plural of an
// unmodified government head written with a capital ("Ministries",
// "Departments", "Agencies").
func (s *agencyScan) pluralHead(i int) (string, bool) {
	t := s.toks[i]
	if !t.Cap || t.Upper || s.covered[i] != 0 && s.cands[s.covered[i]-1].start != i || len(t.Text) < 5 {
		return "", false
	}
	var sing string
	switch {
	case strings.HasSuffix(t.Text, "ies"):
		sing = t.Text[:len(t.Text)-3] + "y"
	case strings.HasSuffix(t.Text, "s"):
		sing = t.Text[:len(t.Text)-1]
	default:
		return "", false
	}
	h, ok := s.f.orgs.Heads[sing]
	if !ok || h.Modified || h.Kind != KindGovernment {
		return "", false
	}
	return sing, true
}

// addCoordinated records tokens [a,b) as a mention of the body name, with
// the gazetteer entries of that name when it is listed.
func (s *agencyScan) addCoordinated(a, b int, name string) {
	c := agencyCand{start: a, end: b, kind: KindGovernment, parentCand: -1, aliasOf: -1, display: name}
	toks := lexicon.Tokenize(name)
	sub := &agencyScan{f: s.f, text: name, toks: toks, keys: make([][]string, len(toks)), covered: make([]int, len(toks)), nonAgencyAcr: map[string]bool{}}
	for k := range toks {
		c.keys = append(c.keys, sub.tokKeys(k)...)
	}
	if end, ids := sub.gazetteerMatch(0); end == len(toks) {
		c.gids = ids
	}
	if c.keys == nil {
		c.keys = []string{}
	}
	s.addCand(c)
}

// namedAsOne reports whether the article also names the complements
// [a,b) of a plural head as one body under the singular head ("the
// Ministries of Health and Social Services" beside "the Ministry of Health
// and Social Services"): the plural then names that body, not one per
// complement.
func (s *agencyScan) namedAsOne(head, conn string, a, b int) bool {
	return strings.Contains(s.text, head+" "+conn+" "+s.text[s.toks[a].Start:s.toks[b-1].End])
}
