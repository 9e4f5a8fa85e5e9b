package entity

import (
	"strings"

	"github.com/communique/communique/extract/entity/lexicon"
)

// judge decides whether tokens [a,b) name a person and gathers the title,
// affiliation and country. It walks four tables: spanTrims narrow the
// span, spanRejects refuse it before any evidence is weighed, acceptRules
// and vetoRules (accepted) decide, and candSteps fill the candidate.
func (p *peopleScan) judge(a, b int) (personCand, bool) {
	for _, r := range spanTrims {
		a = r.trim(p, a, b)
	}
	e := &p.evBuf
	*e = evidence{a: a, b: b}
	p.countNameWords(e)
	if e.n == 0 {
		return personCand{}, false
	}
	for _, r := range spanRejects {
		if r.ok(p, e) {
			return personCand{}, false
		}
	}
	j := &p.judgedBuf
	*j = judged{a: a, b: b}
	p.gatherEvidence(e, j)
	c := personCand{start: a, end: b}
	if c.rule = p.accepted(e); c.rule == "" {
		return personCand{}, false
	}
	for _, s := range candSteps {
		s.fill(p, &c, j)
	}
	return c, true
}

// spanTrim is one named rule that moves the start of a span past words
// that are not part of the name; it returns the new start.
type spanTrim struct {
	name string
	trim func(p *peopleScan, a, b int) int
}

// spanTrims are applied in order by judge.
var spanTrims = []spanTrim{
	{"a place or body as a title's complement", trimPlaceComplement},
	{"common words before a given name", trimWordsBeforeGiven},
	{"the rest of a title's complement", trimTitleComplement},
	{"a headline verb before the name", trimHeadlineVerb},
}

// trimHeadlineVerb drops a capitalized headline verb that starts a span of
// Title Case words: "Partners Launch Gun-Safety Campaign", "Officials
// Travel Abroad": the verb's subject ended before it, and what follows is
// its object, not a name that takes the verb in.
func trimHeadlineVerb(p *peopleScan, a, b int) int {
	if a+1 < b && p.f.lists.HeadlineVerbs[p.toks[a].Text] {
		return a + 1
	}
	return a
}

// trimWordsBeforeGiven drops common words before a given name ("Welcome
// Taro Nishimura"), and at a sentence start before a given name that is
// also a word with a name after it ("Defendant John Bruning").
func trimWordsBeforeGiven(p *peopleScan, a, b int) int {
	if p.englishNameBeforeFamilyFirst(a, b) {
		return a
	}
	for a < b-1 && p.class(a) == ncWord && (p.class(a+1) == ncGiven || a+2 < b && p.class(a+1) == ncGivenWord && p.sentenceStart(a)) {
		a++
	}
	return a
}

// englishNameBeforeFamilyFirst reports whether the span [a,b) right after
// an honorific is an English given name that is also a word, then a
// family name and a hyphenated given name, as Hong Kong writes names:
// "Dr Starry Lee Wai-king", "Mr Honest Chan Tai-man", "Ms Joy Ho Ka-yan".
func (p *peopleScan) englishNameBeforeFamilyFirst(a, b int) bool {
	return b-a == 3 && a > 0 && p.toks[a].NL == 0 && p.class(a) == ncWord && p.f.names.IsHonorific(p.toks[a-1].Text) &&
		p.f.names.FamilyFirst[p.toks[a+1].Text] && hyphenGiven(p.toks[a+2].Text)
}

// sentenceStart reports whether token a opens a line or follows a full stop.
func (p *peopleScan) sentenceStart(a int) bool {
	return a == 0 || p.toks[a].NL > 0 || p.toks[a-1].Text == "." || p.toks[a-1].Text == ":"
}

// trimTitleComplement: "Minister for AI and Intellectual Property Laura
// Bennett", "Secretary of the Interior Tom Reyes": common words that go on
// with a title's complement are not part of the name when a title ends
// before the rest.
func trimTitleComplement(p *peopleScan, a, b int) int {
	if p.class(a) != ncWord || !p.inComplement(a) {
		return a
	}
	k := a
	for k < b-1 && p.class(k) == ncWord {
		k++
	}
	if c := p.class(k); k > a && (c == ncGiven || c == ncGivenWord || c == ncName) {
		if _, t, _ := p.titleBefore(k); t != "" {
			return k
		}
	}
	return a
}

// trimPlaceComplement: "Mayor of Lviv Andriy Sadovyi", "Speaker of the
// Seimas Saulius Skvernelis", "Governor of Cebu Gwendolyn Garcia": the
// place or body a title is "of" runs on into the name of the person who
// holds it when the lexicon does not know the place. The name is the last
// two or three words, from a given name; with none, the last two words of a
// span of three whose first is a name word (a one-word place or body).
func trimPlaceComplement(p *peopleScan, a, b int) int {
	if b-a < 3 || !p.afterTitleOf(a) {
		return a
	}
	for k := b - 2; k >= b-3 && k > a; k-- {
		if p.class(k) == ncGiven {
			return k
		}
	}
	if b-a == 3 && p.class(a) == ncName && p.isNameClass(b-2) && p.class(b-2) != ncWord && p.class(b-1) != ncWord && p.phraseEndsAt(b) {
		if _, t, _ := p.titleBefore(b - 2); t != "" {
			return b - 2
		}
	}
	return a
}

// phraseEndsAt reports whether the words before token b end a noun phrase:
// b ends the text or the line, is punctuation, or is a lower-case word of
// English that links no further name ("said", "and", "on"); not a particle
// or connector of a longer foreign name ("Te Wānanga Aronui o Tāmaki").
func (p *peopleScan) phraseEndsAt(b int) bool {
	if b >= len(p.toks) || p.toks[b].NL > 0 || !p.toks[b].Word {
		return true
	}
	t := p.toks[b].Text
	return !p.toks[b].Cap && len(t) >= 2 && !p.f.lists.ForeignConnectors[t] && !p.f.lists.NameParticles[t]
}

// afterTitleOf reports whether token a follows a title head and "of" or
// "of the" on its line: "Mayor of", "Speaker of the".
func (p *peopleScan) afterTitleOf(a int) bool {
	k := a - 1
	if k >= 0 && p.toks[k].Text == "the" && p.toks[k+1].NL == 0 {
		k--
	}
	if k < 1 || p.toks[k].Text != "of" || p.toks[k+1].NL > 0 || p.toks[k].NL > 0 {
		return false
	}
	h := p.toks[k-1]
	return h.Cap && p.f.names.IsTitleHead(h.Text)
}

// countNameWords counts the span's name words and whether a given name or
// a name is among them.
func (p *peopleScan) countNameWords(e *evidence) {
	for i := e.a; i < e.b; i++ {
		switch p.class(i) {
		case ncGiven:
			e.hasGN, e.hasGiven = true, true
			e.n++
		case ncName:
			e.hasGN = true
			e.n++
		case ncWord, ncGivenWord:
			e.n++
		}
	}
	// "John Kirby", "Ash Carter": a given name that is also a word counts
	// when a name follows it
	if !e.hasGN && e.n >= 2 && p.class(e.a) == ncGivenWord {
		e.hasGN = true
	}
}

// spanRejects refuse a span of name words before any evidence is gathered.
var spanRejects = []acceptRule{
	// "its Chief Sustainability Officer": one word before a title head is
	// part of the title
	{"one word before a title head", func(p *peopleScan, e *evidence) bool {
		return e.n == 1 && e.b < len(p.toks) && p.toks[e.b].NL == 0 && p.f.names.IsTitleHead(p.toks[e.b].Text)
	}},
	// a company, school or outlet: "Yong Trading", "Bloomberg Television"
	{"a company, school or outlet", func(p *peopleScan, e *evidence) bool {
		a, b := e.a, e.b
		return p.f.lists.OrgTailWords[p.toks[b-1].Text] || b < len(p.toks) && p.toks[b].NL == 0 && p.f.lists.OrgTailWords[p.toks[b].Text] || p.namesFacility(a, b)
	}},
}

// judged is what judge has found around an accepted span [a,b): the title
// before it (from preStart), the appositive after it (to appEnd) and its
// country.
type judged struct {
	a, b               int
	hon                bool
	preTitle, appTitle string
	preStart, appEnd   int
	appCountry         string
}

// gatherEvidence finds the titles, appositive, byline and speech verb
// around the span.
func (p *peopleScan) gatherEvidence(e *evidence, j *judged) {
	a, b := e.a, e.b
	hon, preTitle, preStart := p.titleBefore(a)
	if !hon && preTitle == "" && e.n >= 2 && e.hasGN && p.commaClosed(a, b) {
		// "Slovenia's Minister of Digital Transformation, Miha Kovač, said":
		// the title stands before the name, set off by commas
		_, preTitle, preStart = p.titleBefore(a - 1)
	}
	appTitle, appCountry, appEnd := p.appositive(b)
	e.hon, e.preTitle, e.appTitle = hon, preTitle, appTitle
	e.byline = p.isByline(a) || p.isContact(a)
	e.said = b < len(p.toks) && p.f.lists.SpeechVerbs[p.toks[b].Text] ||
		a > 0 && p.toks[a].NL == 0 && saidBefore[p.toks[a-1].Text] // "..., said Maria Lopez"
	j.hon, j.preTitle, j.preStart, j.appTitle, j.appCountry, j.appEnd = hon, preTitle, preStart, appTitle, appCountry, appEnd
}

// candStep is one named step that fills part of an accepted candidate.
type candStep struct {
	name string
	fill func(p *peopleScan, c *personCand, j *judged)
}

// candSteps fill an accepted candidate in order.
var candSteps = []candStep{
	{"name and surname", candName},
	{"suffix after a comma", candSuffix},
	{"title", candTitle},
	{"affiliation around the name and its titles", candAffiliation},
	{"body after of, from or at", candBodyAfter},
	{"bracketed body after the name", candBracketBody},
	{"country", candCountry},
}

// candName sets the name as written (in title case when all in capitals)
// and the surname later references use.
func candName(p *peopleScan, c *personCand, j *judged) {
	a, b := j.a, j.b
	// the name's own tokens, without a trailing suffix
	last := b - 1
	for last > a && p.class(last) == ncSuffix {
		last--
	}
	c.surname = p.toks[last].Text
	if p.familyNameFirst(a, last+1) || p.toks[a].Upper && !p.toks[last].Upper {
		c.surname = p.toks[a].Text // "Minister Jeon" of "Jeon Dong-hyun", "YAMADA Taro"
	}
	if strings.ToUpper(c.surname) == c.surname {
		c.surname = titleCaseName(c.surname) // "Mr. Yamada" later refers to "Taro YAMADA"
	}
	c.raw = p.text[p.toks[a].Start:p.toks[b-1].End]
	c.name = strings.Join(strings.Fields(lexicon.JoinBroken(c.raw)), " ")
	for k := a + 1; k < b-1; k++ {
		if _, q := closeQuote(p.toks[k].Text); q && p.class(k) == ncParticle {
			c.name = nicknameRE.ReplaceAllString(c.name, " ") // "William “Mo” Cowan"
			break
		}
	}
	if strings.ToUpper(c.name) == c.name {
		c.name = titleCaseName(c.name) // "MR KIRBY:" in a transcript
		c.surname = titleCaseName(c.surname)
	}
}

// candSuffix: "Joseph R. Biden, Jr.", "Martin Luther King, Sr.": a name
// suffix set off by a comma belongs to the name.
func candSuffix(p *peopleScan, c *personCand, j *judged) {
	b := j.b
	if b+1 < len(p.toks) && p.toks[b].Text == "," && p.toks[b+1].NL == 0 && p.class(b+1) == ncSuffix {
		c.name += " " + p.toks[b+1].Text
	}
}

// candTitle joins the title before the name and the appositive's.
func candTitle(p *peopleScan, c *personCand, j *judged) {
	switch {
	case j.preTitle != "" && j.appTitle != "":
		c.title = j.preTitle + ", " + j.appTitle
	case j.preTitle != "":
		c.title = j.preTitle
	default:
		c.title = j.appTitle
	}
	c.title = strings.Join(strings.Fields(c.title), " ")
}

// candAffiliation: the text where the person's body is looked for runs
// from the title before the name to the end of the appositive.
func candAffiliation(p *peopleScan, c *personCand, j *judged) {
	c.affStart, c.affEnd = p.toks[j.a].Start, p.toks[j.b-1].End
	if j.preTitle != "" {
		c.affStart = p.toks[j.preStart].Start
	}
	if j.appEnd > j.b {
		c.affEnd = p.toks[j.appEnd-1].End
	}
}

// candBodyAfter: "... of the U.S. Department of State" right after the
// name or its appositive extends the affiliation over that body.
func candBodyAfter(p *peopleScan, c *personCand, j *judged) {
	e := max(j.appEnd, j.b)
	if e+1 >= len(p.toks) || (p.toks[e].Text != "of" && p.toks[e].Text != "from" && p.toks[e].Text != "at") {
		return
	}
	k := e + 1
	if p.toks[k].Text == "the" && k+1 < len(p.toks) {
		k++
	}
	if ci := p.ag.covered[k]; ci != 0 {
		c.affEnd = p.toks[p.ag.cands[ci-1].end-1].End
	}
}

// candBracketBody: "(the Ministry of ...)" right after the name or its
// title extends the affiliation to the closing bracket.
func candBracketBody(p *peopleScan, c *personCand, j *judged) {
	e := max(j.appEnd, j.b)
	if e >= len(p.toks) || p.toks[e].Text != "(" {
		return
	}
	for k := e + 1; k < len(p.toks) && k < e+25; k++ {
		if p.toks[k].Text == ")" {
			c.affEnd = p.toks[k].End
			return
		}
	}
}

// candCountry takes the country from the first of countryRules that finds
// one.
func candCountry(p *peopleScan, c *personCand, j *judged) {
	for _, r := range countryRules {
		if cc := r.country(p, c, j); cc != "" {
			c.country = cc
			return
		}
	}
}

// countryRule is one named way to find a person's country.
type countryRule struct {
	name    string
	country func(p *peopleScan, c *personCand, j *judged) string
}

// countryRules are tried in order by candCountry.
var countryRules = []countryRule{
	{"country in the appositive", func(p *peopleScan, c *personCand, j *judged) string { return j.appCountry }},
	{"country of the title or body before the name", func(p *peopleScan, c *personCand, j *judged) string {
		return p.countryOf(c.affStart, j.a)
	}},
	{"country in brackets after the name", func(p *peopleScan, c *personCand, j *judged) string {
		b := j.b
		if b+2 < len(p.toks) && p.toks[b].Text == "(" && p.toks[b+2].Text == ")" {
			return p.f.gaz.Demonyms[p.toks[b+1].Fold] // "Mr Lars Aasen (Norway)"
		}
		return ""
	}},
	{"country in the title after an honorific", func(p *peopleScan, c *personCand, j *judged) string {
		if j.hon && j.preTitle != "" {
			return p.titleCountry(j.preTitle) // "Korea's Vice Minister of Science and ICT, Dr Han Ji-woo"
		}
		return ""
	}},
}
