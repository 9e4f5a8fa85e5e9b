package entity

import (
	"strings"

	"github.com/communique/communique/extract/entity/lexicon"
)

// orgCue is one named rule that finds an organization the gazetteer and the
// head nouns do not know by the words around it. It looks at token i and
// returns the run [a,b) it names, or b <= a.
type orgCue struct {
	name string
	find func(s *agencyScan, i int) (a, b int)
}

// orgCues are walked over every token by findOrgsByCue, after
// findOrgsByContext; the first that names a run decides for token i.
var orgCues = []orgCue{
	{"the body that ends a name, title, body line", bodyEndingRecordLine},
	{"a name before a possessive corporate title", bodyBeforePossessiveTitle},
	{"an acronym before a possessive and a person", acronymBeforePossessivePerson},
	{"a name after a legal form written before it", bodyAfterPrefixForm},
	{"a name before a corporate title and a person", bodyBeforeCorporateTitle},
	{"a name said to be an organization", bodyBeforeCopularKind},
	{"a name before a definite or possessive appositive", bodyBeforeDefiniteAppositive},
	{"a name before a bracket that says what it is", bodyBeforeBracketedKind},
	{"a name after a noun of companies", bodyAfterKindNoun},
	{"a name after founded", bodyAfterFounded},
	{"a name after partnered with", bodyAfterPartnerWith},
	{"a name after hosted, organised or funded by", bodyAfterAgentBy},
	{"a party beside a known body after between", bodyBetweenKnown},
}

// cueStart reports whether some cue of orgCues may start at t: a capital,
// a comma, a bracket, a possessive, an executive title, a copula, a noun of
// companies, "founded", "between", "by" or a word of partnering.
func cueStart(t *lexicon.Token) bool {
	switch t.Text {
	case ",", "(", "'s", "\u2019s", "chief", "is", "was", "founded", "co-founded", "cofounded", "between", "by":
		return true
	}
	return t.Cap || executiveTitles[t.Text] || kindBeforeName[t.Text] || partnerNouns[t.Text]
}

// executiveTitles are the corporate titles that, between a capitalized
// name and a person's name, make the first a company ("Nvidia CEO Jensen
// Huang"); "President" and "Director" are left out, being titles of
// governments as well.
var executiveTitles = map[string]bool{
	"CEO": true, "CFO": true, "COO": true, "CTO": true, "Founder": true, "founder": true, "Co-founder": true,
	"Co-Founder": true, "co-founder": true, "Chairman": true, "Chairwoman": true,
}

// bodyBeforeCorporateTitle: "Nvidia CEO Jensen Huang", "OpenAI Chief
// Executive Sam Altman", "Kestrel Analytics founder Ana Ruiz": a
// capitalized run before an executive title ("Chief Executive" included)
// and a capitalized name of two words or more names a company, unless it
// is a place, a demonym or a common word alone. Token i is the title.
func bodyBeforeCorporateTitle(s *agencyScan, i int) (int, int) {
	t := s.toks[i]
	n := 0 // tokens of the title
	switch {
	case executiveTitles[t.Text]:
		n = 1
	case (t.Text == "Chief" || t.Text == "chief") && i+1 < len(s.toks) && (s.toks[i+1].Text == "Executive" || s.toks[i+1].Text == "executive"):
		n = 2
	default:
		return 0, 0
	}
	k := i + n
	if i == 0 || k+1 >= len(s.toks) || s.toks[i].NL != 0 || s.toks[k].NL != 0 || s.toks[k+1].NL != 0 ||
		!s.toks[k].Cap || !s.toks[k+1].Cap || !s.toks[k].Word || !s.toks[k+1].Word || s.covered[k] != 0 {
		return 0, 0
	}
	a := s.runEndingAt(i)
	if a == i || s.covered[a] != 0 || s.personLike(a, i) || !s.orgItem(a, i, false) || s.countriesOnly(a, i) > 0 {
		return 0, 0
	}
	if i-a == 1 && s.f.names.IsCommonWord(s.toks[a].Text) && !s.toks[a].Upper {
		return 0, 0 // "Former CEO Jane Roe"
	}
	return a, i
}

// bodyAfterPrefixForm: "PT Telkom Indonesia", "PT. Perusahaan Listrik
// Negara", "OOO Northwind": a legal form written before the name
// (lexicon.OrgLexicon.PrefixForm) and the capitalized run after it on its
// line name a company, the form included.
func bodyAfterPrefixForm(s *agencyScan, i int) (int, int) {
	t := s.toks[i]
	if !t.Upper || !s.f.orgs.PrefixForm[t.Text] || s.covered[i] != 0 {
		return 0, 0
	}
	k := i + 1
	if k < len(s.toks) && s.toks[k].Text == "." && s.toks[k].NL == 0 {
		k++ // "PT. Pertamina"
	}
	if k >= len(s.toks) || s.toks[k].NL != 0 {
		return 0, 0
	}
	e := s.orgRun(k)
	if e == k || e-k > 6 || s.countriesOnly(k, e) > 0 {
		return 0, 0
	}
	return i, e
}

// findOrgsByCue applies orgCues and records the runs they name.
func (s *agencyScan) findOrgsByCue() {
	var add [][2]int
	for i := range s.toks {
		if !cueStart(&s.toks[i]) {
			continue
		}
		for _, c := range orgCues {
			if a, b := c.find(s, i); b > a {
				add = append(add, [2]int{a, b})
				break
			}
		}
	}
	s.addOrgRuns(add)
}

// bodyEndingRecordLine: a participant or contact line written "Name,
// Title, Body" ("Jane Roe, President and CEO, Contoso", "Ana Ruiz, Chief
// Operating Officer, Northwind (NW)"): the run after the last comma, which
// ends the line, is the person's organization when the part before it holds
// a job title, the line opens with a capitalized name (after a bullet or an
// honorific) and the run holds a
// proper word (hasProperWord) or is spelled by a bracketed acronym after it.
// Token i is that last comma.
func bodyEndingRecordLine(s *agencyScan, i int) (int, int) {
	if s.toks[i].Text != "," || i+1 >= len(s.toks) || s.toks[i+1].NL != 0 {
		return 0, 0
	}
	a := i + 1
	b := s.orgRun(a)
	if b == a || !s.endsRecord(b) {
		return 0, 0
	}
	// the title between the previous comma and this one
	k := i - 1
	title := false
	for ; k >= 0 && k >= i-maxRecordPart && s.toks[k+1].NL == 0 && s.toks[k].Text != ","; k-- {
		if s.f.names.IsTitleHead(s.toks[k].Text) || s.f.lists.CorporateTitles[s.toks[k].Text] {
			title = true
		}
	}
	if !title || k < 0 || s.toks[k].Text != "," || s.toks[k+1].NL != 0 {
		return 0, 0
	}
	// a capitalized name of two to five words opens the line, after a
	// bullet and an honorific ("- Ms Farah Nabila binte Rosli, ...")
	n := 0
	for j := k - 1; j >= 0; j-- {
		if j < k-maxRecordPart {
			return 0, 0 // a long line of prose, not a record
		}
		t := s.toks[j]
		switch {
		case s.covered[j] != 0:
			return 0, 0
		case t.Word && t.Cap && !s.f.names.IsTitleHead(t.Text) && !s.f.names.IsHonorific(t.Text):
			n++
		case t.Word && (s.f.names.IsHonorific(t.Text) || s.f.lists.NameParticles[t.Text]):
		case !t.Word && (t.Text == "-" || t.Text == "*" || t.Text == "\u2022" || t.Text == "."):
		default:
			return 0, 0
		}
		if t.NL > 0 || j == 0 {
			break
		}
	}
	if n < 2 || n > 5 || !s.orgItem(a, b, true) || !s.hasProperWord(a, b) && !s.acronymAfter(b) {
		return 0, 0 // "Director, Public Affairs": a field of work
	}
	return a, b
}

// acronymAfter reports whether a bracketed acronym that spells the run
// ending before token b follows it: "Quality Technology Services (QTS)".
func (s *agencyScan) acronymAfter(b int) bool {
	if b+2 >= len(s.toks) || s.toks[b].Text != "(" || s.toks[b+2].Text != ")" || !s.isAcronymTok(b+1) {
		return false
	}
	a := s.runEndingAt(b)
	return a < b && acronymFits(s.toks[b+1].Text, s.text[s.toks[a].Start:s.toks[b-1].End])
}

// maxRecordPart bounds, in tokens, the title and the name of a "Name,
// Title, Body" line that bodyEndingRecordLine reads back, so that a text
// of one long line stays linear.
const maxRecordPart = 24

// endsRecord reports whether a line's record ends at token e: the end of
// the text or of the line, a bracketed acronym there, or a closing ";" or
// "." at the line's end.
func (s *agencyScan) endsRecord(e int) bool {
	if e >= len(s.toks) || s.toks[e].NL > 0 {
		return true
	}
	if s.toks[e].Text == "(" && e+2 < len(s.toks) && s.toks[e+2].Text == ")" && s.isAcronymTok(e+1) {
		e += 3
	} else if s.toks[e].Text == ";" || s.toks[e].Text == "." {
		e++
	} else {
		return false
	}
	return e >= len(s.toks) || s.toks[e].NL > 0
}

// bodyBeforePossessiveTitle: "Contoso's chief executive", "Northwind's
// founder", "Initech’s CEO": a capitalized run before a possessive and a
// corporate title names a company, unless it is a place, a person's name or
// follows a title or an honorific ("President Ruiz's chief of staff").
func bodyBeforePossessiveTitle(s *agencyScan, i int) (int, int) {
	t := s.toks[i]
	if (t.Text != "'s" && t.Text != "\u2019s") || i == 0 || i+1 >= len(s.toks) || s.toks[i].NL != 0 {
		return 0, 0
	}
	next := s.toks[i+1].Text
	if !s.f.lists.CorporateTitles[next] && !s.f.lists.CorporateTitles[upperFirst(next)] && next != "chief" && next != "Chief" {
		return 0, 0
	}
	a := s.runEndingAt(i)
	if a == i || a > 0 && s.toks[a].NL == 0 && (s.f.names.IsTitleWord(s.toks[a-1].Text) || s.f.names.IsHonorific(s.toks[a-1].Text)) {
		return 0, 0
	}
	if s.personLike(a, i) || !s.orgItem(a, i, false) {
		return 0, 0
	}
	return a, i
}

// upperFirst returns w with its first ASCII letter in upper case.
func upperFirst(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// acronymBeforePossessivePerson: "DAI's Michael Pillsbury", "KRX’s [Ana
// Ruiz](...)": an acronym (no place, no acronym the article defines for
// something else) before a possessive and a person's full name (a given
// name and a capitalized word) is that person's organization.
func acronymBeforePossessivePerson(s *agencyScan, i int) (int, int) {
	t := s.toks[i]
	if (t.Text != "'s" && t.Text != "\u2019s") || i == 0 || s.toks[i].NL != 0 || s.covered[i-1] != 0 {
		return 0, 0
	}
	a := i - 1
	w := s.toks[a].Text
	if !s.toks[a].Upper || len(w) < 2 || !lexicon.IsAcronymLike(w) || s.nonAgencyAcr[w] || s.f.gaz.IsPlaceFold(s.toks[a].Fold) ||
		s.f.gaz.Demonyms[s.toks[a].Fold] != "" || a > 0 && s.toks[a].NL == 0 && s.isNameWord(a-1) && !s.f.lists.SentenceStarters[s.toks[a-1].Text] {
		return 0, 0
	}
	k := i + 1
	if k < len(s.toks) && s.toks[k].Text == "[" {
		k++ // a linked name
	}
	if k+1 >= len(s.toks) || s.toks[k].NL > 0 || s.toks[k+1].NL > 0 || !s.toks[k+1].Cap || s.toks[k+1].Upper ||
		s.f.names.Bits[s.toks[k].Text]&(lexicon.BitGiven|lexicon.BitGivenW|lexicon.BitGivenRare) == 0 {
		return 0, 0
	}
	return a, i
}
