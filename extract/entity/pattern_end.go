package entity

import "strings"

// patternEnd returns the token after the name whose head noun is token h
// and which starts at start: the "of/for/on ..." chain after the head, up
// to a second body, a title, a place after a comma or a possessive. parent
// is the candidate a known body named after "of" is (the parent of the
// name), aliasOf the candidate a bare head names ("Secretariat of X");
// -1 when none. The chain is read by walking endRules over its tokens.
func (s *agencyScan) patternEnd(start, h int) (end, parent, aliasOf int) {
	end = h + 1
	if end+1 >= len(s.toks) || s.toks[end].NL != 0 || !s.isNameConnector(end) || s.isDateWord(end+1) {
		return end, -1, -1
	}
	e := &s.endBuf // reused: the walk's state does not escape per name
	*e = endState{start: start, h: h, end: end, j: end + 1, lastGood: end, lastComma: -1, parent: -1, aliasOf: -1}
	s.walkEnd(e)
	lastGood := e.lastGood
	if e.lastComma > lastGood || (e.lastComma >= 0 && !e.sawAnd && e.lastComma < lastGood) {
		// "Ministry of Justice, Tokyo": keep the part before a comma
		// that does not open a coordinated list.
		if e.lastComma > end && e.lastComma < lastGood && !e.sawAnd {
			lastGood = e.lastComma - 1
		}
	}
	if lastGood > end {
		end = lastGood + 1
	}
	return end, e.parent, e.aliasOf
}

// walkEnd applies endRules to the tokens of the chain from e.j on the
// head's line until a rule stops it or no rule applies.
func (s *agencyScan) walkEnd(e *endState) {
	for e.j < len(s.toks) && s.toks[e.j].NL == 0 {
		e.nameWord = s.covered[e.j] == 0 && s.isNameWord(e.j)
		e.lower = ""
		if !e.nameWord {
			e.lower = strings.ToLower(s.toks[e.j].Text)
		}
		act := endStop
		for _, r := range endRules {
			if act = r.apply(s, e); act != endPass {
				break
			}
		}
		if act != endNext {
			return
		}
	}
}

// endState is what patternEnd knows while it walks the chain after a head:
// the name's start and head h, the token after the head (end), the token
// looked at (j), the last token that belongs to the name (lastGood), the
// last comma (-1: none) and whether an "and" followed it, and the parent
// or alias found.
type endState struct {
	start, h, end   int
	j               int
	lastGood        int
	lastComma       int
	sawAnd          bool
	parent, aliasOf int
	nameWord        bool   // token j is a name word on no body
	lower           string // token j in lower case when it is no name word
}

// endAction is what an endRule decides about token j.
type endAction int

const (
	endPass endAction = iota // the rule does not apply
	endNext                  // the name goes on (j moved)
	endStop                  // the name ends (lastGood set)
)

// endRule is one named step of patternEnd's walk.
type endRule struct {
	name  string
	apply func(s *agencyScan, e *endState) endAction
}

// endRules are tried in order on every token of the chain; the first that
// does not pass decides. A token no rule takes ends the name.
var endRules = []endRule{
	{"a known body after the connector", endKnownBody},
	{"a date word", endDateWord},
	{"a job title after the name", endJobTitle},
	{"a head after a country closes the name", endHeadAfterCountry},
	{"a second body", endSecondBody},
	{"a place after a comma", endPlaceAfterComma},
	{"a second title after a comma or and", endSecondTitle},
	{"a name word", endNameWord},
	{"a comma", endComma},
	{"and the region", endAndRegion},
	{"a list of bodies after and the", endListOfBodies},
	{"a possessive", endPossessive},
	{"a connector", endConnector},
	{"a place after a chamber", endChamberPlace},
}

// endKnownBody: the body named after "of" is already known: it is the
// parent, or, for a bare head ("Secretariat of X"), the body itself.
func endKnownBody(s *agencyScan, e *endState) endAction {
	c := s.covered[e.j]
	if c == 0 {
		return endPass
	}
	if e.j == e.lastGood+1 || (e.j == e.lastGood+2 && s.toks[e.lastGood+1].Text == "the") {
		if e.lastGood == e.end {
			if e.start == e.h {
				e.aliasOf = c - 1
			} else {
				e.parent = c - 1
			}
		}
	}
	return endStop
}

// endDateWord: a month or weekday ends the name.
func endDateWord(s *agencyScan, e *endState) endAction {
	if e.nameWord && s.isDateWord(e.j) {
		return endStop
	}
	return endPass
}

// endJobTitle: "Office of National Drug Control Policy Assistant Director
// ...": a job title after the name ends it ("Office of the Director ..."
// stays).
func endJobTitle(s *agencyScan, e *endState) endAction {
	t := s.toks[e.j].Text
	if e.nameWord && (s.f.names.IsTitleHead(t) || s.f.names.IsHonorific(t)) && e.j > 0 && s.isNameWord(e.j-1) && !s.officerOffice(e.h, e.end) {
		return endStop
	}
	return endPass
}

// endHeadAfterCountry: "Treasury Board of Canada Secretariat": an unmodified
// head after a country closes the name.
func endHeadAfterCountry(s *agencyScan, e *endState) endAction {
	t := s.toks[e.j].Text
	if e.nameWord && s.f.orgs.IsHead(t) && !s.f.orgs.Heads[t].Modified && e.j > e.end+1 && s.headAfterCountry(e.j) {
		e.lastGood = e.j
		return endStop
	}
	return endPass
}

// endSecondBody: "Department of Environment, Parks and Recreation and the
// Public Works Department": stop before the second body and the words that
// name it (a modified head goes on the name: "Federation of Indian Chambers
// of Commerce and Industry").
func endSecondBody(s *agencyScan, e *endState) endAction {
	t := s.toks[e.j].Text
	if !e.nameWord || !s.f.orgs.IsHead(t) || s.f.orgs.Heads[t].Modified || e.j <= e.end+1 {
		return endPass
	}
	if s.ofChainBody(e.h, e.j) {
		// "Union of Students Association", "University of Nairobi
		// School of Law": one body, whose chain goes on
		e.lastGood = e.j
		e.j++
		return endNext
	}
	k := e.j - 1
	for k > e.end && s.isNameWord(k) {
		k--
	}
	for k > e.end && (s.isSkip(k) || s.toks[k].Text == "the") {
		k--
	}
	if k < e.lastGood {
		e.lastGood = k
	}
	return endStop
}

// endPlaceAfterComma: "Ministry of Justice, Tokyo": a place after a comma
// that opens no list ends the name.
func endPlaceAfterComma(s *agencyScan, e *endState) endAction {
	if e.nameWord && e.lastComma >= 0 && !e.sawAnd && s.f.gaz.IsPlaceWord(s.toks[e.j].Text) {
		return endStop
	}
	return endPass
}

// endSecondTitle: "Association of Singapore, and Deputy Chairman of ...": a
// second title, not more of the name.
func endSecondTitle(s *agencyScan, e *endState) endAction {
	if !e.nameWord || !(e.lastComma >= 0 || s.toks[e.j-1].Text == "and" || s.toks[e.j-1].Text == "&") || !s.titleStartsAt(e.j) {
		return endPass
	}
	if k := e.j + 1; k < len(s.toks) && s.toks[k].NL == 0 && s.toks[e.j-1].Text == "," && (s.toks[k].Text == "and" || s.toks[k].Text == "&") {
		// "Committee on Civil Liberties, Justice and Home Affairs": a
		// title word among the topics of a list is a topic
		return endPass
	}
	for e.lastGood > e.end && !s.isNameWord(e.lastGood) {
		e.lastGood--
	}
	if e.lastComma > e.end && e.lastComma <= e.lastGood {
		e.lastGood = e.lastComma - 1
	}
	return endStop
}

// endNameWord: any other name word goes on the name.
func endNameWord(s *agencyScan, e *endState) endAction {
	if !e.nameWord {
		return endPass
	}
	e.lastGood = e.j
	e.j++
	return endNext
}

// endComma: a second comma ends the name unless ", and" closes a list
// inside it ("Committee on Commerce, Science, and Transportation").
func endComma(s *agencyScan, e *endState) endAction {
	if s.toks[e.j].Text != "," {
		return endPass
	}
	j := e.j
	if e.lastComma >= 0 && !e.sawAnd && !(j+2 < len(s.toks) && s.toks[j+1].Text == "and" && s.isNameWord(j+2) && s.toks[j+2].NL == 0) {
		return endStop
	}
	if j+2 < len(s.toks) && (s.toks[j+1].Text == "and" || s.toks[j+1].Text == "&") && (e.lastComma < 0 || s.toks[j+2].Upper) {
		// "City Council of the District, and FOIA experts": ", and" closes
		// a list inside a name only after another comma, and never before
		// an acronym, another body's
		return endStop
	}
	e.lastComma = j
	e.sawAnd = false
	e.j++
	return endNext
}

// endAndRegion: "Regional Office for Asia and the Pacific": "the" before a
// region after "and" stays in the name.
func endAndRegion(s *agencyScan, e *endState) endAction {
	j := e.j
	if e.lower == "the" && s.toks[j-1].Text == "and" && j+1 < len(s.toks) && s.f.lists.RegionWords[s.toks[j+1].Text] && s.toks[j+1].NL == 0 {
		e.j++
		return endNext
	}
	return endPass
}

// endListOfBodies: "... Climate Change and the ASEAN Youth ...": "and the"
// or ", the" opens a list of bodies.
func endListOfBodies(s *agencyScan, e *endState) endAction {
	j := e.j
	if e.lower == "the" && j > 0 && (s.toks[j-1].Text == "and" || s.toks[j-1].Text == ",") {
		for e.lastGood > e.end && !s.isNameWord(e.lastGood) {
			e.lastGood--
		}
		return endStop
	}
	return endPass
}

// endPossessive: "Ministry of Ecology and Environment of the People's
// Republic of China": drop the possessive's "of" phrase.
func endPossessive(s *agencyScan, e *endState) endAction {
	if e.lower != "'s" && e.lower != "’s" {
		return endPass
	}
	k := e.lastGood
	for k > e.end && s.toks[k].Text != "of" {
		k--
	}
	if k > e.end {
		e.lastGood = k - 1
	}
	return endStop
}

// endConnector: "and", "&", "of", "for", "the", "on" and the name
// connectors go on the name ("and" is remembered for the comma rules).
func endConnector(s *agencyScan, e *endState) endAction {
	lt := e.lower
	if lt == "and" || lt == "&" || lt == "of" || lt == "for" || lt == "the" || lt == "on" || s.isNameConnector(e.j) {
		if lt == "and" || lt == "&" {
			e.sawAnd = true
		}
		e.j++
		return endNext
	}
	return endPass
}

// endChamberPlace: "American Chamber of Commerce in Singapore": "in" and a
// place go on a chamber's name, unless the chamber is of the place's own
// country ("Korea Chamber of Commerce and Industry in Seoul").
func endChamberPlace(s *agencyScan, e *endState) endAction {
	j := e.j
	if e.lower == "in" && (s.toks[e.h].Text == "Chamber" || strings.Contains(s.text[s.toks[e.start].Start:s.toks[e.lastGood].End], "Chamber")) &&
		j+1 < len(s.toks) && s.f.gaz.IsPlaceWord(s.toks[j+1].Text) && !s.sameCountry(e.start, j+1) {
		e.lastGood = j + 1
		e.j += 2
		return endNext
	}
	return endPass
}

// sameCountry reports whether the country or demonym at token a and the
// place at token p are of one country ("Korea ... Seoul").
func (s *agencyScan) sameCountry(a, p int) bool {
	cc := s.f.gaz.Demonyms[s.toks[a].Fold]
	if cc == "" {
		return false
	}
	end, id := s.f.placeMatch(s.toks, p)
	return end > p && id >= 0 && s.f.gaz.PlaceList[id].Country == cc
}
