package entity

import (
	"strings"

	"github.com/communique/communique/extract/entity/lexicon"
)

// Organizations the gazetteer and the head nouns do not know are also named
// by their context: listed with known bodies ("Westpac, Acme Logistics and
// the Reserve Bank"), after a noun of organizations ("companies such as
// Initech and Hooli", "partners include ..."), before an appositive that
// says what they are ("Contoso, a Singapore-based fintech firm"), after a
// corporate title ("Chief Executive of Contoso") or after a publisher cue
// ("Published by: ..."). Each rule marks capitalized runs that pass
// orgItemOK; a run that names a person, a place or a date is never taken.

// founderWords are the corporate titles written in lower case in running
// text that still name a company after "of" ("co-founder of Citiponics").
var founderWords = map[string]bool{"founder": true, "co-founder": true, "cofounder": true}

// orgListCue reports whether w follows a noun of organizations and opens
// its list ("partners include ...").
func orgListCue(w string) bool {
	switch w {
	case "including", "like", "include", "includes", "included", "are", "were":
		return true
	}
	return false
}

// publisherCue returns the word that follows w in a cue naming the body
// that issued a document ("Published by: Harbour Authority", "From:"), or
// "" when w starts no such cue. Cues count at the start of a line.
func publisherCue(w string) string {
	switch w {
	case "Published", "Issued", "Released", "Prepared":
		return "by"
	case "From", "Source":
		return ":"
	}
	return ""
}

// orgRun returns the end of the capitalized run starting at token i on its
// line: name words, with "&" and "of"/"for" (+ "the") between name words,
// at most 8 tokens; i when no name word starts there.
func (s *agencyScan) orgRun(i int) int {
	j := i
	for j < len(s.toks) && j-i < 8 && (j == i || s.toks[j].NL == 0) && s.covered[j] == 0 {
		t := s.toks[j]
		if s.isNameWord(j) {
			j++
			continue
		}
		if j > i && (t.Text == "&" || t.Text == "of" || t.Text == "for") {
			k := j + 1
			if k < len(s.toks) && s.toks[k].Text == "the" {
				k++
			}
			if k < len(s.toks) && s.toks[k].NL == 0 && s.covered[k] == 0 && s.isNameWord(k) {
				j = k
				continue
			}
		}
		break
	}
	return j
}

// orgItemOK reports whether the run [a,b) can be an organization's name:
// not a place, date, title or person's name written with a known given name,
// and a single word only when it is no common English word or is an acronym.
func (s *agencyScan) orgItemOK(a, b int) bool { return s.orgItem(a, b, false) }

// orgItem is orgItemOK; inList accepts a single capitalized common word
// after a list separator ("Microsoft, Google, Amazon Web Services and the
// Cloud Security Alliance"), where it can only be a name.
func (s *agencyScan) orgItem(a, b int, inList bool) bool {
	if b <= a || b-a > 8 {
		return false
	}
	lx := s.f.names
	first := s.toks[a]
	if s.f.lists.SentenceStarters[first.Text] || lx.IsHonorific(first.Text) || lx.IsTitleWord(first.Text) || s.f.lists.HeadlineVerbs[first.Text] ||
		s.f.lists.ProgrammeWords[first.Fold] {
		return false // also "Exercise Pacific Partnership", "Operation Gateway": activities
	}
	if b-a >= 3 && s.toks[a+1].Text == "of" && strings.HasSuffix(first.Text, "s") && lx.IsCommonWord(first.Text) {
		return false // "Representatives of Microsoft", "Members of the Board"
	}
	places := 0
	for k := a; k < b; k++ {
		t := s.toks[k]
		if !t.Word {
			continue
		}
		if s.isDateWord(k) || digitCount(t.Text) >= 3 {
			return false // "S159047": a postcode, not a name
		}
		if s.f.names.IsTitleHead(t.Text) && !(inList && k > a && k+1 < b) {
			// a title, not a name; inside a listed name a title word
			// stands among name words ("Eruditus Executive Education")
			return false
		}
		if s.f.gaz.IsPlaceFold(t.Fold) || s.f.gaz.Demonyms[t.Fold] != "" {
			places++
		}
	}
	if places == b-a {
		return false
	}
	if end, _ := s.f.placeMatch(s.toks, a); end == b {
		return false // "United States of America", "Brunei Darussalam"
	}
	if b-a == 1 {
		prev := ""
		if a > 0 {
			prev = s.toks[a-1].Text
		}
		afterSep := (listComma(prev) || prev == "and" || prev == "or" || orgListCue(prev) || prev == "as") && s.toks[a].NL == 0
		return first.Upper || (!lx.IsCommonWord(first.Text) || inList && afterSep) && lx.Bits[first.Text]&(lexicon.BitGiven|lexicon.BitGivenW) == 0
	}
	// "Ana Ferreira", "Tom Baker": a given name and one or two other words
	// is a person unless a word of companies ends it ("Grace Foods")
	if lx.Bits[first.Text]&(lexicon.BitGiven|lexicon.BitGivenW) != 0 && b-a <= 3 && !s.f.lists.OrgTailWords[s.toks[b-1].Text] && !s.f.orgs.IsHead(s.toks[b-1].Text) {
		return false
	}
	return true
}

// addOrgRun records the run [a,b) as an organization found by context.
func (s *agencyScan) addOrgRun(a, b int) {
	s.addCand(agencyCand{start: a, end: b, kind: KindOther, parentCand: -1, aliasOf: -1})
}

// listComma reports whether w separates the items of a list: a comma, or
// a semicolon in a list of long items ("Members are: Harbour Pilots
// Association (HPA); Finsec; Unite; and the Port Workers Union").
func listComma(w string) bool { return w == "," || w == ";" }

// listSep returns the token after a list separator at i (",", ";", "and",
// "or", ", and", ", or", each optionally followed by "the"), or i when none.
func (s *agencyScan) listSep(i int) int {
	j := i
	if j < len(s.toks) && listComma(s.toks[j].Text) {
		j++
	}
	if j < len(s.toks) && (s.toks[j].Text == "and" || s.toks[j].Text == "or") {
		j++
	}
	if j == i || j >= len(s.toks) || s.toks[j].NL > 0 && !listComma(s.toks[j-1].Text) {
		return i
	}
	if s.toks[j].Text == "the" {
		j++
	}
	return j
}

// listItem is one item of a coordinated list: a known body (cand >= 0) or a
// capitalized run.
type listItem struct {
	start, end int
	cand       int
}

// listFrom reads the coordinated list whose first item starts at token i.
func (s *agencyScan) listFrom(i int) []listItem {
	items := s.items[:0]
	defer func() { s.items = items[:0] }()
	for i < len(s.toks) && len(items) < 20 {
		var it listItem
		if c := s.covered[i]; c != 0 && s.cands[c-1].start == i {
			it = listItem{i, s.cands[c-1].end, c - 1}
		} else if e := s.orgRun(i); e > i {
			if e+1 < len(s.toks) && (s.toks[e].Text == "'s" || s.toks[e].Text == "\u2019s") && s.listSep(e+1) > e+1 {
				e++ // "JDE Peet’s, and PriceSmart": a name written with a possessive
			}
			it = listItem{i, e, -1}
		} else {
			break
		}
		after := s.bracketedPlaceAfter(s.bracketedAcronymAfter(it.end))
		if after+1 < len(s.toks) && s.toks[after].Text == "." && listComma(s.toks[after+1].Text) && s.formAt(it.end-1) == it.end {
			after++ // "Stena Harbour Ltd., and ...": the dot of an abbreviated legal form
		}
		if len(items) > 0 && s.toks[i-1].Text == ";" && !s.segmentEnds(after) {
			break // "... Kong Hwa School; SMS Koh at the exercise": a new clause
		}
		items = append(items, it)
		next := s.listSep(after)
		if next == after {
			break
		}
		i = next
	}
	return items
}

// findOrgsByContext applies the context rules once the gazetteer, pattern,
// company and acronym bodies are known.
func (s *agencyScan) findOrgsByContext() {
	var add [][2]int
	var markIn func(a, b int, inList bool)
	mark := func(a, b int) { markIn(a, b, false) }
	markIn = func(a, b int, inList bool) {
		if s.f.orgs.IsHead(s.toks[b-1].Text) && s.genericBeforeHead(a, b-1) {
			return // "the Non-Profit Organisation": the head-noun rules said no
		}
		for k := a; k+1 < b; k++ {
			if !s.f.lists.GenericModifiers[s.toks[k].Text] {
				if k > a && s.f.orgs.IsHead(s.toks[k].Text) {
					a = k + 1 // "Non-Profit Organisation Shizuoka Organic Web": a kind before the name
				}
				break
			}
		}
		if s.orgItem(a, b, inList) {
			add = append(add, [2]int{a, b})
		}
	}
	for i := 0; i < len(s.toks); i++ {
		t := &s.toks[i]
		switch {
		case i+3 < len(s.toks) && len(t.Text) > 4 && s.f.lists.OrgClassNouns[t.Fold] && s.classListCue(i+1) > 0:
			// "companies such as Initech, Umbrella and Hooli", "its
			// companies, including Orion and Vector"
			k := s.classListCue(i + 1)
			if k < len(s.toks) && s.toks[k].Text == "the" {
				k++
			}
			for _, it := range s.listFrom(k) {
				if it.cand < 0 {
					markIn(it.start, it.end, true) // "companies including Orion, Vector and ..."
				}
			}
		case (t.Cap || founderWords[t.Text]) && i+2 < len(s.toks) && (s.toks[i+1].Text == "of" || s.toks[i+1].Text == "at") && (s.f.lists.CorporateTitles[t.Text] || s.f.lists.AffiliationTitles[t.Text] || founderWords[t.Text]) && t.NL == 0 &&
			s.toks[i+1].NL == 0 && s.toks[i+2].NL == 0:
			// "said Jane Roe, Chief Executive of Contoso"
			k := i + 2
			if s.toks[k].Text == "the" {
				k++
			}
			if e := s.orgRun(k); e > k && (e >= len(s.toks) || !s.toks[e].Word && s.toks[e].Text != "&" || s.toks[e].NL > 0 || s.f.lists.SpeechVerbs[s.toks[e].Text]) &&
				(s.f.lists.CorporateTitles[t.Text] || s.hasProperWord(k, e)) {
				// the run ends the phrase, not "Chairman of the Urban
				// Solutions and ..."; a proper word in it: "Director of
				// Kestrel Analytics", not "Director of Public Affairs"
				mark(k, e)
			}
		case t.Text == "," && i > 0 && i+2 < len(s.toks) && (s.toks[i+1].Text == "a" || s.toks[i+1].Text == "an"):
			// "Contoso, a Singapore-based fintech firm,"
			if s.appositiveOrg(i + 2) {
				if a := s.runEndingAt(i); a < i {
					mark(a, i)
				}
			}
		}
		if t.Cap && t.NL > 0 || i == 0 {
			if second := publisherCue(t.Text); second != "" && i+2 < len(s.toks) && s.toks[i+1].Text == second {
				k := i + 2
				if k < len(s.toks) && s.toks[k].Text == ":" {
					k++
				}
				if e := s.orgRun(k); e > k && (e >= len(s.toks) || s.toks[e].NL > 0 || !s.toks[e].Word) {
					mark(k, e)
				}
			}
		}
	}
	s.addOrgRuns(add)
}

// findListsWithKnown: in a coordinated list of three or more items with a
// comma, holding a known body and a proper word, the other items are bodies
// too ("Westpac, Acme Logistics and the Reserve Bank"). It runs after the
// context and cue rules, so that the bodies they found count as known.
func (s *agencyScan) findListsWithKnown() {
	var add [][2]int
	for i := 0; i < len(s.toks); i++ {
		if !s.isNameWord(i) || i > 0 && s.toks[i].NL == 0 && s.isNameWord(i-1) && s.covered[i-1] == 0 {
			continue
		}
		items := s.listFrom(i)
		if len(items) < 3 {
			if len(items) > 0 {
				i = items[len(items)-1].end - 1
			}
			continue
		}
		if it := &items[0]; it.cand < 0 && !s.orgItem(it.start, it.end, false) {
			// "Representatives of Microsoft, Google and ...": the list
			// starts after the words that introduce it
			for k := it.end - 2; k > it.start; k-- {
				if s.toks[k].Text == "of" || s.toks[k].Text == "for" {
					it.start = k + 1
					if s.toks[it.start].Text == "the" {
						it.start++
					}
					break
				}
			}
		}
		if s.afterTitleConnector(items[0].start) {
			i = items[len(items)-1].end - 1
			continue // "Minister of Digital Economy and Society, ...": a title's complement
		}
		known, unknownOK, commas, bad := 0, 0, 0, false
		proper := false
		var accept []listItem
		for n, it := range items {
			if n > 0 && listComma(s.toks[it.start-1].Text) || n > 0 && it.start >= 2 && listComma(s.toks[it.start-2].Text) {
				commas++
			}
			switch {
			case it.cand >= 0:
				known++
			case s.personLike(it.start, it.end):
				// "Prasert Chantharangsi": proper words only, no word of
				// organizations: maybe a person, left to the people finder
			case s.orgItem(it.start, it.end, n > 0):
				unknownOK++
				accept = append(accept, it)
				if s.hasProperWord(it.start, it.end) || it.end-it.start >= 2 && s.f.lists.OrgTailWords[s.toks[it.end-1].Text] {
					proper = true // "Amazon Web Services": a word that ends companies' names
				}
			default:
				bad = true
			}
		}
		// "the Japan Bank ... and Nippon Export and Investment Insurance":
		// without a comma the "and" may be inside a name; "Committee on
		// Commerce, Science, and Transportation": common words alone are
		// topics, not names, unless two known bodies stand with one-word
		// items ("the Recovery Authority, Treasury and the Department of
		// Internal Affairs")
		if known > 0 && unknownOK > 0 && commas > 0 && !bad && (proper || known >= 2 && singleWords(accept)) {
			for _, it := range accept {
				add = append(add, [2]int{it.start, it.end})
			}
		}
		i = items[len(items)-1].end - 1
	}
	s.addOrgRuns(add)
}

// addOrgRuns records the runs of add whose first and last tokens are still
// free, then keeps the candidates sorted.
func (s *agencyScan) addOrgRuns(add [][2]int) {
	for _, r := range add {
		if s.covered[r[0]] == 0 && s.covered[r[1]-1] == 0 {
			s.addOrgRun(r[0], r[1])
		}
	}
	if len(add) > 0 {
		s.sortCands()
	}
}

// runEndingAt returns where the capitalized run that ends right before
// token e begins (a sentence start, a non-name word or a line start before
// it), or e when token e-1 is no name word.
func (s *agencyScan) runEndingAt(e int) int {
	a := e
	for a > 0 && e-a < 8 && s.isNameWord(a-1) && s.covered[a-1] == 0 && s.toks[a].NL == 0 {
		a--
	}
	if a == e || a > 0 && s.toks[a].NL == 0 && s.toks[a-1].Word && s.isNameWord(a-1) {
		return e
	}
	return a
}

// appositiveOrg reads up to six words from token i ending in a noun of
// organizations ("Singapore-based fintech firm") that ends the phrase.
func (s *agencyScan) appositiveOrg(i int) bool {
	for k := i; k < len(s.toks) && k < i+7 && s.toks[k].NL == 0; k++ {
		t := s.toks[k]
		if !t.Word {
			return false
		}
		if s.f.lists.OrgAppositiveNouns[t.Text] || s.f.lists.OrgAppositiveNouns[strings.ToLower(t.Text)] && !t.Cap {
			// "a firm", not "a firm's": the noun ends the phrase
			return k+1 >= len(s.toks) || !s.toks[k+1].Word || orgListCue(s.toks[k+1].Text) ||
				s.toks[k+1].Text == "that" || s.toks[k+1].Text == "which" || s.toks[k+1].Text == "based" || s.toks[k+1].Text == "in"
		}
	}
	return false
}

// hasProperWord reports whether the run [a,b) holds a word that is no
// common English word (Kestrel) or an acronym: a name, not a field of work.
func (s *agencyScan) hasProperWord(a, b int) bool {
	for k := a; k < b; k++ {
		t := s.toks[k]
		if !t.Word || !t.Cap {
			continue
		}
		if t.Upper {
			return true
		}
		for _, part := range strings.Split(t.Text, "-") {
			if part != "" && !s.f.names.IsCommonWord(part) {
				return true
			}
		}
	}
	return false
}

// genericBeforeHead reports whether the words [a,h) before a head are all
// generic modifiers ("Federal Agency", "Non-Profit Organisation").
func (s *agencyScan) genericBeforeHead(a, h int) bool {
	for k := a; k < h; k++ {
		if !s.f.lists.GenericModifiers[s.toks[k].Text] {
			return false
		}
	}
	return true
}

// afterTitleConnector reports whether token a follows "of" or "for" after a
// job title word ("Minister of Digital Economy and Society").
func (s *agencyScan) afterTitleConnector(a int) bool {
	k := a - 1
	if k >= 0 && s.toks[k].Text == "the" {
		k--
	}
	return k >= 1 && (s.toks[k].Text == "of" || s.toks[k].Text == "for") && s.f.names.IsTitleWord(s.toks[k-1].Text)
}

// personLike reports whether the run [a,b) of two or three words is made
// of proper words only, none of them a word of organizations: a name the
// people finder may know better ("Prasert Chantharangsi").
func (s *agencyScan) personLike(a, b int) bool {
	if b-a < 2 || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		t := s.toks[k]
		if !t.Word || t.Upper || s.f.names.IsCommonWord(t.Text) || s.f.lists.OrgTailWords[t.Text] || s.f.orgs.IsHead(t.Text) ||
			strings.ContainsRune(t.Text, '/') {
			return false // "Offshore/KRX": a slash joins partners' names, never a person's
		}
	}
	return true
}

func digitCount(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			n++
		}
	}
	return n
}

// bracketedAcronymAfter returns the token after an acronym in brackets
// that follows a list item ending at e ("Child Poverty Action Group
// (CPAG);"), or e when none follows.
func (s *agencyScan) bracketedAcronymAfter(e int) int {
	if e+2 < len(s.toks) && s.toks[e].Text == "(" && s.toks[e].NL == 0 && s.toks[e+2].Text == ")" && s.isAcronymTok(e+1) {
		return e + 3
	}
	return e
}

// bracketedPlaceAfter returns the token after a country or city in
// brackets that follows a list item ending at e ("University of Minho
// (Portugal), Genialis d.o.o. (Slovenia) and ..."), or e when none
// follows.
func (s *agencyScan) bracketedPlaceAfter(e int) int {
	if e+2 >= len(s.toks) || s.toks[e].Text != "(" || s.toks[e].NL > 0 {
		return e
	}
	p := e + 1
	if s.toks[p].Text == "the" {
		p++
	}
	if pe, _ := s.f.placeMatch(s.toks, p); pe > p && pe < len(s.toks) && s.toks[pe].Text == ")" {
		return pe + 1
	}
	return e
}

// segmentEnds reports whether the item of a semicolon list that ends at
// token e fills its segment: a separator, a full stop or a new line
// follows it.
func (s *agencyScan) segmentEnds(e int) bool {
	if e >= len(s.toks) || s.toks[e].NL > 0 {
		return true
	}
	switch s.toks[e].Text {
	case ";", ",", ".", "and", "or":
		return true
	}
	return false
}

// classListCue returns the token after the cue that opens a list of names
// at token c, right after a noun of organizations: "include", "including",
// "such as", each after an optional comma ("companies, including ..."). It
// returns 0 when no cue stands there.
func (s *agencyScan) classListCue(c int) int {
	if s.toks[c].Text == "," {
		c++
	}
	switch {
	case c+1 >= len(s.toks):
		return 0
	case orgListCue(s.toks[c].Text) && !(s.toks[c-1].Text == "," && (s.toks[c].Text == "are" || s.toks[c].Text == "were")):
		return c + 1
	case s.toks[c].Text == "such" && s.toks[c+1].Text == "as":
		return c + 2
	}
	return 0
}

// singleWords reports whether every item is one capitalized word.
func singleWords(items []listItem) bool {
	for _, it := range items {
		if it.end-it.start != 1 {
			return false
		}
	}
	return len(items) > 0
}
