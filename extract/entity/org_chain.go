package entity

// A listed body's name may open the name of another body: a school, an
// institute or a centre of it ("University of Auckland Business School",
// "Asian Development Bank Institute", "UNDP Pacific Centre"), or a body
// whose own name holds the listed words ("National Defence University of
// China"). These rules read such longer names whole instead of the listed
// body and a bare head.

// ownHeadsAfterListed are heads that make a body of their own right after
// a listed body's name, with no word between: "Asian Development Bank
// Institute", "Aarhus University Hospital", "National Defence University".
var ownHeadsAfterListed = map[string]bool{
	"Institute": true, "Foundation": true, "Hospital": true, "School": true, "College": true,
	"Academy": true, "University": true, "Polytechnic": true,
}

// maxWordsAfterListed bounds the name words between a listed body and the
// head of the longer name ("University of Auckland Business School": one).
const maxWordsAfterListed = 3

// headAfterListed returns the head noun of a longer body's name that goes
// on after the listed name ending at token e, or -1: name words on the
// same line, none of them a title, date, place or headline verb, ending in
// an unmodified head that names no unit of the listed body (Office,
// Division, Bureau ... stay units: "Ministry of Finance Tax Bureau") and is
// no listed name itself. With no word between, only the heads of
// ownHeadsAfterListed count ("ADB Board" is the bank's board).
func (s *agencyScan) headAfterListed(e int) int {
	for j := e; j < len(s.toks) && j < e+maxWordsAfterListed+1; j++ {
		t := s.toks[j]
		if t.NL > 0 || s.covered[j] != 0 || !t.Word || !t.Cap || t.Upper || s.isDateWord(j) ||
			s.f.lists.HeadlineVerbs[t.Text] || s.f.names.IsTitleWord(t.Text) || s.f.names.IsHonorific(t.Text) {
			return -1
		}
		if s.f.orgs.IsHead(t.Text) {
			if s.f.orgs.Heads[t.Text].Modified || subUnitHeads[t.Text] || t.Text == "Headquarters" ||
				j == e && !ownHeadsAfterListed[t.Text] {
				return -1
			}
			if end, _ := s.gazetteerMatch(j); end > j {
				return -1 // "World Bank Group" is listed; "OECD Council" ... a listed body of its own
			}
			if s.headContinues(j) {
				continue
			}
			return j
		}
		if s.f.gaz.IsPlaceFold(t.Fold) && j == e {
			return -1 // "UNICEF Pacific ...": a place right after names the body's office there
		}
	}
	return -1
}

// longerBodyAt records the body whose name opens with the listed name
// [i,end) and ends at the head found by headAfterListed (with its "of"
// chain and the proper words before it: "Kotelawala National Defence
// University"). It returns the end of the recorded name, or 0 when none.
func (s *agencyScan) longerBodyAt(i, end int) int {
	h := s.headAfterListed(end)
	if h < 0 {
		return 0
	}
	st := s.patternStart(i)
	if st > i {
		st = i
	}
	e, _, _ := s.patternEnd(st, h)
	if e <= h {
		e = h + 1
	}
	sp := patternSpan{start: st, h: h, end: e, head: s.toks[h].Text}
	for _, r := range patternRejects {
		if r.rejects(s, sp) {
			return 0
		}
	}
	s.addCand(agencyCand{start: st, end: e, kind: s.f.orgs.Heads[s.toks[h].Text].Kind, parentCand: -1, aliasOf: -1})
	return e
}

// ofChainBody reports whether the second head at token j closes the name
// whose head h is followed by "of" and only name words up to j: "Union of
// Students Association", "Port of Dalian Authority" are one body each; a
// second body after "and", a comma or "the" is another ("Department of
// Environment and the Public Works Department").
func (s *agencyScan) ofChainBody(h, j int) bool {
	if h+2 >= j || s.toks[h+1].Text != "of" {
		return false
	}
	for k := h + 2; k < j; k++ {
		if !s.isNameWord(k) || s.covered[k] != 0 {
			return false
		}
	}
	return true
}

// localWords stand between a city and the name of a body of that city's
// government: "Lagos State Internal Revenue Service", "Osaka Prefectural
// Police", "Toronto City Council".
var localWords = map[string]bool{
	"State": true, "Province": true, "Provincial": true, "County": true, "City": true, "Metropolitan": true,
	"Municipal": true, "Prefectural": true, "Regional": true, "District": true,
}

// localPlaceBefore returns where a city (not a country) and a local word
// written right before the listed name at token i begin, and the city's
// country: the listed words then name that city's or state's own body, not
// the listed national one ("Lagos State Internal Revenue Service" is not
// the IRS); a continent or region right before the name of a national body
// names a regional body ("Africa Centres for Disease Control and
// Prevention"). It returns i, "" when none stands there.
func (s *agencyScan) localPlaceBefore(i int, ids []int) (int, string) {
	k := i - 1
	if k < 0 || s.toks[i].NL > 0 || s.covered[k] != 0 {
		return i, ""
	}
	if localWords[s.toks[k].Text] {
		k--
	}
	if k < 0 || s.covered[k] != 0 || s.toks[k+1].NL > 0 || !s.toks[k].Cap {
		return i, ""
	}
	if w := s.toks[k].Text; (continentWords[w] || s.f.lists.RegionWords[w]) && k+1 == i && s.nationalBody(ids) {
		return k, "" // "Africa Centres for Disease Control and Prevention" is not the U.S. CDC
	}
	st := s.placeEndingAt(k)
	if s.toks[st].Text == "the" {
		st++
	}
	pe, id := s.f.placeMatch(s.toks, st)
	if pe != k+1 || id < 0 || s.f.gaz.PlaceList[id].Kind != "city" || s.f.gaz.Demonyms[s.toks[k].Fold] != "" {
		return i, ""
	}
	return st, s.f.gaz.PlaceList[id].Country
}

// continentWords name continents, whose regional bodies are named like
// national ones ("Africa CDC", "Asia ...").
var continentWords = map[string]bool{"Africa": true, "Asia": true, "Europe": true, "Oceania": true, "America": true}

// nationalBody reports whether every listed body of ids belongs to one
// country (none is intergovernmental).
func (s *agencyScan) nationalBody(ids []int) bool {
	for _, id := range ids {
		if s.f.gaz.Agencies[id].Country == "" || s.f.gaz.Agencies[id].Kind == KindIntergovernmental {
			return false
		}
	}
	return len(ids) > 0
}
