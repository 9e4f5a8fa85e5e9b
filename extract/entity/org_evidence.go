package entity

import (
	"strings"
	"unicode"
)

// Companies and other bodies with no legal form and no head noun are
// named by what the article says they are. Each rule below is one cue of
// orgCues: a describing phrase that ends in a noun of organizations
// (lists.OrgAppositiveNouns: "company", "firm", "organization",
// "exporter") after "is a", after a comma and "the", in brackets, or
// before the name; or "founded" before it. The run the phrase describes
// must pass orgItem (no place, date, title or person's name).

// maxKindPhrase bounds, in tokens, a phrase that says what a body is
// ("the world's largest pure-play coffee and tea company").
const maxKindPhrase = 9

// kindPhraseEnd reads a describing phrase from token k to a noun of
// organizations that ends it, and returns the token after that noun, or
// -1. Words, hyphens and possessive marks may come before the noun;
// plural nouns (lists.OrgClassNouns) count when plural is set ("one of the
// largest providers of ..."). The noun ends the phrase when what follows is
// no word or a word of kindFollowers.
func (s *agencyScan) kindPhraseEnd(k int, plural bool) int {
	for j := k; j < len(s.toks) && j < k+maxKindPhrase && (j == k || s.toks[j].NL == 0); j++ {
		t := s.toks[j]
		if !t.Word {
			if t.Text == "'s" || t.Text == "\u2019s" || t.Text == "'" || t.Text == "\u2019" || t.Text == "-" {
				continue // "the world's", "Honduras’ largest"
			}
			return -1
		}
		if t.Cap && s.f.orgs.IsHead(t.Text) {
			return -1 // "the Reserve Bank": a name, not a description
		}
		noun := s.f.lists.OrgAppositiveNouns[t.Text] || !t.Cap && s.f.lists.OrgAppositiveNouns[t.Fold] ||
			plural && !t.Cap && (s.f.lists.OrgClassNouns[t.Fold] || s.f.lists.OrgAppositiveNouns[singular(t.Fold)])
		if !noun {
			continue
		}
		e := j + 1
		if e >= len(s.toks) || !s.toks[e].Word || s.toks[e].NL > 0 || kindFollowers[s.toks[e].Text] {
			return e
		}
		return -1 // "a company director", "the firm's founder"
	}
	return -1
}

// kindFollowers may follow the noun that ends a describing phrase: "a food
// company with ...", "a firm based in ...", "an organization that ...".
var kindFollowers = map[string]bool{
	"that": true, "which": true, "with": true, "whose": true, "based": true, "headquartered": true,
	"in": true, "operating": true, "founded": true, "and": true, "from": true, "serving": true, "of": true,
}

// singular returns the singular of a regular plural noun ("suppliers",
// "companies"), or w.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// sentenceStartAt reports whether token a opens a sentence or a line.
func (s *agencyScan) sentenceStartAt(a int) bool {
	if a == 0 || s.toks[a].NL > 0 {
		return true
	}
	switch s.toks[a-1].Text {
	case ".", "!", "?", ":", ";", "*", "\u2014", "\u2013", "\"", "\u201c":
		return true
	}
	return false
}

// describedRun returns the capitalized run that ends right before token e
// when it can name a body (orgItem, not only countries), or (e, e).
func (s *agencyScan) describedRun(e int) (int, int) {
	a := s.runEndingAt(e)
	if a == e || s.covered[a] != 0 || s.covered[e-1] != 0 || !s.orgItem(a, e, false) || s.countriesOnly(a, e) > 0 {
		return e, e
	}
	return a, e
}

// bodyBeforeCopularKind: "PepsiCo is a global food and beverage company",
// "Halvorsen is one of the largest insurers in ...", "Kestrel was a
// Singapore-based fintech firm": a capitalized run that opens a sentence
// and is said to be an organization names one. Token i is the verb.
func bodyBeforeCopularKind(s *agencyScan, i int) (int, int) {
	if t := s.toks[i]; t.Text != "is" && t.Text != "was" || i == 0 || i+2 >= len(s.toks) || t.NL > 0 {
		return 0, 0
	}
	k, plural := s.kindArticle(i + 1)
	if k < 0 || s.kindPhraseEnd(k, plural) < 0 {
		return 0, 0
	}
	a, b := s.describedRun(i)
	if a == b || !s.sentenceStartAt(a) {
		return 0, 0
	}
	return a, b
}

// kindArticle returns the token after the article that opens a describing
// phrase at k ("a", "an", "the", "one of the") and whether its noun is
// plural, or -1.
func (s *agencyScan) kindArticle(k int) (int, bool) {
	switch s.toks[k].Text {
	case "a", "an", "the":
		return k + 1, false
	case "one":
		if k+2 < len(s.toks) && s.toks[k+1].Text == "of" && s.toks[k+2].Text == "the" {
			return k + 3, true
		}
	}
	return -1, false
}

// bodyBeforeDefiniteAppositive: "JDE Holdings, the world's largest coffee
// company,", "Parkdale Mills, one of the largest providers of yarn",
// "Softtek, Latin America's largest IT firm": a run before a comma and a
// definite or possessive describing phrase names an organization
// ("Contoso, a ... firm" is findOrgsByContext's). Token i is the comma.
func bodyBeforeDefiniteAppositive(s *agencyScan, i int) (int, int) {
	if s.toks[i].Text != "," || i == 0 || i+2 >= len(s.toks) || s.toks[i+1].NL > 0 {
		return 0, 0
	}
	k, plural := s.kindArticle(i + 1)
	switch {
	case k >= 0 && s.toks[i+1].Text != "the" && !plural:
		return 0, 0 // "a"/"an": the context rule's
	case k < 0:
		// no article: a possessive must open the phrase ("Latin America's")
		e := s.runEndAfter(i + 1)
		if e == i+1 || e >= len(s.toks) || s.toks[e].Text != "'s" && s.toks[e].Text != "\u2019s" && s.toks[e].Text != "\u2019" {
			return 0, 0
		}
		k = i + 1
	}
	if s.kindPhraseEnd(k, plural) < 0 {
		return 0, 0
	}
	a, b := s.describedRun(i)
	if a == b || s.personLike(a, b) {
		return 0, 0
	}
	return a, b
}

// runEndAfter returns the end of the capitalized words from token k on its
// line (k when none).
func (s *agencyScan) runEndAfter(k int) int {
	e := k
	for e < len(s.toks) && e-k < 4 && (e == k || s.toks[e].NL == 0) && s.toks[e].Word && s.toks[e].Cap {
		e++
	}
	return e
}

// bodyBeforeBracketedKind: "CoHonducafe (Honduras' largest coffee
// exporter)", "Kestrel (a Singapore-based fintech firm)", "Grupo Norte
// (the region's largest food producer)": a run before a bracket that says
// what it is names an organization. Token i is the opening bracket.
func bodyBeforeBracketedKind(s *agencyScan, i int) (int, int) {
	if s.toks[i].Text != "(" || i == 0 || i+2 >= len(s.toks) || s.toks[i].NL > 0 {
		return 0, 0
	}
	k := i + 1
	plural := false
	if k2, p := s.kindArticle(k); k2 >= 0 {
		k, plural = k2, p
	}
	e := s.kindPhraseEnd(k, plural)
	if e < 0 || e >= len(s.toks) || s.toks[e].Text != ")" {
		return 0, 0
	}
	a, b := s.describedRun(i)
	if a == b || s.personLike(a, b) {
		return 0, 0
	}
	return a, b
}

// kindBeforeName are the lower-case nouns of organizations that may stand
// right before a company's name: "the New Zealand company Custom Science",
// "tech firm Zentrix", "the charity Kestrel Trust".
var kindBeforeName = map[string]bool{
	"company": true, "firm": true, "startup": true, "start-up": true, "charity": true, "non-profit": true,
	"nonprofit": true, "NGO": true, "consultancy": true, "retailer": true, "airline": true, "carrier": true,
	"insurer": true, "manufacturer": true, "developer": true, "maker": true, "supplier": true, "exporter": true,
	"conglomerate": true, "lender": true, "broadcaster": true, "publisher": true,
}

// bodyAfterKindNoun: "the New Zealand company Custom Science", "the
// Swedish firm Halvorsen", "chipmaker company Zentrix Labs": a capitalized
// run right after a lower-case noun of organizations that follows an
// article or a modifier names the company. Token i is the noun.
func bodyAfterKindNoun(s *agencyScan, i int) (int, int) {
	t := s.toks[i]
	if !kindBeforeName[t.Text] || i == 0 || i+1 >= len(s.toks) || s.toks[i+1].NL > 0 || s.covered[i+1] != 0 || !s.toks[i-1].Word {
		return 0, 0
	}
	if n := s.toks[i+1]; !n.Word || !n.Cap {
		return 0, 0
	}
	e := s.orgRun(i + 1)
	if e == i+1 || s.personLike(i+1, e) || !s.orgItem(i+1, e, false) || s.countriesOnly(i+1, e) > 0 {
		return 0, 0
	}
	return i + 1, e
}

// bodyAfterFounded: "she founded Crimson Analytics", "co-founded Zentrix
// Labs in 2015", "founded the Kestrel Trust": the run a person founded is
// an organization. Token i is the verb.
func bodyAfterFounded(s *agencyScan, i int) (int, int) {
	switch s.toks[i].Text {
	case "founded", "co-founded", "cofounded":
	default:
		return 0, 0
	}
	k := i + 1
	if k < len(s.toks) && s.toks[k].Text == "the" {
		k++
	}
	if k >= len(s.toks) || s.toks[k].NL > 0 || !s.toks[k].Cap || s.covered[k] != 0 {
		return 0, 0
	}
	e := s.orgRun(k)
	if e == k || !s.orgItem(k, e, false) || s.countriesOnly(k, e) > 0 {
		return 0, 0 // a person founds, is not founded: no personLike test
	}
	return k, e
}

// propagateFoundNames marks every other mention of a name that a context
// or cue rule found ("PepsiCo is a ... company" makes the "PepsiCo" of a
// list a body too), so that findListsWithKnown sees it. Only whole runs
// count: the same words inside a longer capitalized run are left alone.
func (s *agencyScan) propagateFoundNames() {
	var found map[string][]int // first word -> candidates found by context or cue
	for ci := range s.cands {
		if c := &s.cands[ci]; c.kind == KindOther && len(c.gids) == 0 && c.aliasOf < 0 && !c.acronymMention && c.parentCand < 0 {
			if found == nil {
				found = map[string][]int{}
			}
			w := s.toks[c.start].Text
			found[w] = append(found[w], ci)
		}
	}
	if len(found) == 0 {
		return
	}
	var add [][2]int
	for i := 0; i < len(s.toks); i++ {
		if s.covered[i] != 0 || !s.toks[i].Cap || i > 0 && s.toks[i].NL == 0 && s.isNameWord(i-1) {
			continue
		}
		for _, ci := range found[s.toks[i].Text] {
			c := &s.cands[ci]
			n := c.end - c.start
			if i+n > len(s.toks) {
				continue
			}
			same := true
			for k := 1; k < n && same; k++ {
				same = s.toks[i+k].Text == s.toks[c.start+k].Text && s.covered[i+k] == 0 && s.toks[i+k].NL == 0
			}
			if same && (i+n >= len(s.toks) || s.toks[i+n].NL > 0 || !s.isNameWord(i+n)) {
				add = append(add, [2]int{i, i + n})
				i += n - 1
				break
			}
		}
	}
	s.addOrgRuns(add)
}

// partnerNouns open "... with X" phrases whose X is an organization.
var partnerNouns = map[string]bool{
	"partnered": true, "partnering": true, "partnership": true, "partnerships": true, "collaboration": true,
	"collaborated": true, "collaborating": true, "partners": true,
}

// bodyAfterPartnerWith: "Contoso has partnered with Zentrix Labs", "a
// partnership with Northwind Mills", "in collaboration with Halvorsen": the
// run a company or a body partners with is an organization, unless it is a
// person's name or a place. Token i is the partner word.
func bodyAfterPartnerWith(s *agencyScan, i int) (int, int) {
	if !partnerNouns[s.toks[i].Text] || i+2 >= len(s.toks) || s.toks[i+1].Text != "with" || s.toks[i+1].NL > 0 {
		return 0, 0
	}
	k := i + 2
	if s.toks[k].Text == "the" && k+1 < len(s.toks) {
		k++
	}
	if s.toks[k].NL > 0 || !s.toks[k].Cap || s.covered[k] != 0 {
		return 0, 0
	}
	e := s.orgRun(k)
	if e == k || s.personLike(k, e) || !s.orgItem(k, e, false) || s.countriesOnly(k, e) > 0 {
		return 0, 0
	}
	if n := s.toks[min(e, len(s.toks)-1)]; e < len(s.toks) && n.NL == 0 && n.Word && !n.Cap && !functionWords[n.Fold] {
		return 0, 0 // "partnering with African nations": the run modifies a noun
	}
	return k, e
}

// agentParticiples are the participles after which "by" names the body
// that did the work: "hosted by", "organised by", "funded by".
var agentParticiples = map[string]bool{
	"hosted": true, "co-hosted": true, "organised": true, "organized": true, "co-organised": true, "co-organized": true,
	"sponsored": true, "co-sponsored": true, "funded": true, "co-funded": true, "convened": true, "commissioned": true,
	"coordinated": true, "implemented": true, "operated": true,
}

// bodyAfterAgentBy: "a dialogue organised by Northwind Media", "hosted by
// Zentrix", "funded by Halvorsen Trust": the run after a participle of
// hosting, organising or funding and "by" is the body that did it, unless
// it is a person's name, a title, a place or a country, or modifies a noun
// after it. Token i is "by".
func bodyAfterAgentBy(s *agencyScan, i int) (int, int) {
	if s.toks[i].Text != "by" || i == 0 || !agentParticiples[s.toks[i-1].Fold] || s.toks[i].NL > 0 {
		return 0, 0
	}
	k := s.afterThe(i + 1)
	if k >= len(s.toks) || s.toks[k].NL > 0 || !s.toks[k].Cap || s.covered[k] != 0 {
		return 0, 0
	}
	e := s.orgRun(k)
	if e == k || s.personLike(k, e) || !s.orgItem(k, e, false) || s.countriesOnly(k, e) > 0 || e == k+1 && !brandLike(s.toks[k].Text) {
		// one plain capitalized word ("hosted by Otago") may be a place or
		// a short form of a longer name
		return 0, 0
	}
	if n := s.toks[min(e, len(s.toks)-1)]; e < len(s.toks) && n.NL == 0 && n.Word && !n.Cap && !functionWords[n.Fold] {
		return 0, 0 // "funded by European taxpayers": the run modifies a noun
	}
	return k, e
}

// brandLike reports whether the single word w is written like the name of
// a body rather than like a place or a surname: an acronym or a word with
// a capital after its first letter, a hyphen or a digit ("DAI",
// "BlaBlaCar", "UN-Water", "3M").
func brandLike(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) || r == '-' || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// bodyBetweenKnown: "a Memorandum of Understanding between the Energy
// Market Authority and Viet Nam Electricity", "talks between Northwind
// Logistics and the Harbour Authority": the two parties of "between" are of
// one kind, so a capitalized run beside a known body is a body too (not a
// person, place or country). Token i is "between".
func bodyBetweenKnown(s *agencyScan, i int) (int, int) {
	if s.toks[i].Text != "between" {
		return 0, 0
	}
	k := s.afterThe(i + 1)
	if k >= len(s.toks) || s.toks[k].NL > 0 {
		return 0, 0
	}
	if ci := s.covered[k] - 1; ci >= 0 {
		// the known body first, the run after "and"
		e := s.cands[ci].end
		if s.cands[ci].start != k || e >= len(s.toks) || s.toks[e].Text != "and" || s.toks[e].NL > 0 {
			return 0, 0
		}
		a := s.afterThe(e + 1)
		if b := s.orgRun(a); s.partyRun(a, b) && s.phraseEnds(b) {
			return a, b
		}
		return 0, 0
	}
	// the run first, the known body after "and"
	b := s.orgRun(k)
	if b >= len(s.toks) || s.toks[b].Text != "and" || s.toks[b].NL > 0 {
		return 0, 0
	}
	m := s.afterThe(b + 1)
	if ci := s.covered[m] - 1; m < len(s.toks) && ci >= 0 && s.cands[ci].start == m && !s.cands[ci].acronymMention && s.partyRun(k, b) {
		return k, b
	}
	return 0, 0
}

// afterThe returns k, or k+1 when token k is "the".
func (s *agencyScan) afterThe(k int) int {
	if k < len(s.toks) && s.toks[k].Text == "the" {
		return k + 1
	}
	return k
}

// partyRun reports whether the free capitalized run [a,b) can name a party
// to an agreement: no person, place or country, an organization by
// orgItem.
func (s *agencyScan) partyRun(a, b int) bool {
	return b > a && a < len(s.toks) && s.toks[a].NL == 0 && s.toks[a].Cap && s.covered[a] == 0 &&
		!s.personLike(a, b) && s.orgItem(a, b, false) && s.countriesOnly(a, b) == 0
}

// phraseEnds reports whether a party's run ending before token b ends the
// "between" phrase: no "and" and capitalized words that go on with its
// name, no lower-case plural noun it would modify.
func (s *agencyScan) phraseEnds(b int) bool {
	if b >= len(s.toks) {
		return true
	}
	n := s.toks[b]
	if n.NL == 0 && (n.Text == "and" || n.Text == "&") && b+1 < len(s.toks) && s.toks[b+1].NL == 0 && s.toks[b+1].Cap {
		return false // "Nippon Export and Investment Insurance": the name goes on
	}
	// "the Harbour Authority and Harbourview households": a plural noun
	// after the run is what it modifies ("was signed", "on trade" are not)
	plural := len(n.Text) > 3 && strings.HasSuffix(n.Text, "s") && !strings.HasSuffix(n.Text, "ss")
	return n.NL > 0 || !n.Word || n.Cap || !plural
}
