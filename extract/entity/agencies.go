package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/entity/lexicon"

	"github.com/communique/communique/extract"
)

// descriptiveHeads are lower-case heads of descriptions that name a body in
// passing ("Japan's internal affairs and communications ministry").
var descriptiveHeads = map[string]bool{"ministry": true, "department": true, "agency": true, "bureau": true, "office": true, "commission": true}

// agencyCand is one mention of a body before resolution. Token indices are
// half-open [start, end).
type agencyCand struct {
	start, end int
	text       string   // as written (mention text)
	display    string   // text with white space collapsed (names, aliases)
	gids       []int    // gazetteer candidates, empty for a pattern match
	keys       []string // comparison keys of the surface
	kind       string
	acronym    string
	country    string
	parentCand int // index into cands of the body named after "of", or -1
	// aliasOf marks "Secretariat of X": the mention names X.
	aliasOf int
	// acronymMention marks a standalone acronym.
	acronymMention bool
	// dropped marks a mention that names no body after all (a short form
	// of another country's listed body): it joins no group.
	dropped bool
}

// agencyScan is the per-article state of agency finding.
type agencyScan struct {
	f       *Finder
	text    string
	toks    []lexicon.Token
	keys    [][]string // agencyKeys per token (nil for skip words and non-words)
	covered []int      // cand index+1 covering each token, 0 when free
	cands   []agencyCand
	// nonAgencyAcr are acronyms the article defines for things that are not
	// bodies (PREDICT, ICT): never agency mentions.
	nonAgencyAcr map[string]bool
	countryVotes map[string]int
	stack        []matchState // reused by gazetteerMatch
	items        []listItem   // reused by listFrom
	endBuf       endState     // reused by patternEnd
}

func (s *agencyScan) tokKeys(i int) []string {
	if s.keys[i] == nil {
		t := s.toks[i]
		if t.Word || t.Text == "," || t.Text == "&" {
			s.keys[i] = lexicon.AgencyKeysFolded(t.Fold)
		}
		if s.keys[i] == nil {
			s.keys[i] = []string{}
		}
	}
	return s.keys[i]
}

// isSkip reports whether token i is a function word or comma that names may
// contain (of, and, the, for, ",", "&").
func (s *agencyScan) isSkip(i int) bool {
	t := s.toks[i]
	if !t.Word {
		return t.Text == "," || t.Text == "&"
	}
	return lexicon.AgencyStopKeys[strings.ToLower(t.Text)]
}

func (s *agencyScan) isNameWord(i int) bool {
	t := &s.toks[i]
	if !t.Word {
		return false
	}
	if t.Cap {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || innerCapital(t.Text)
}

// innerCapital reports whether w is written like a brand name with a
// lower-case first letter and a capital after it (eSafety, eGovernment).
func innerCapital(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 1; i < 3 && i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
		}
	}
	return false
}

func (s *agencyScan) addCand(c agencyCand) int {
	c.text = s.text[s.toks[c.start].Start:s.toks[c.end-1].End]
	if c.display == "" { // a body named by coordination has its own (findCoordinated)
		c.display = strings.Join(strings.Fields(lexicon.JoinBroken(c.text)), " ")
	}
	if c.keys == nil {
		for i := c.start; i < c.end; i++ {
			c.keys = append(c.keys, s.tokKeys(i)...)
		}
	}
	idx := len(s.cands)
	s.cands = append(s.cands, c)
	for i := c.start; i < c.end; i++ {
		if s.covered[i] == 0 {
			s.covered[i] = idx + 1
		}
	}
	return idx
}

// gazetteerMatch returns the end of the longest gazetteer name starting at
// token i, and its entry ids. Commas may stand for "and" ("Ministry of
// Economy, Trade, Industry"), "the" may be left out or added, and plurals
// and spelling variants match through the keys.
func (s *agencyScan) gazetteerMatch(i int) (int, []int) {
	if !s.isNameWord(i) {
		return 0, nil
	}
	// cheap rejection: most capitalized words begin no body's name
	if ks := s.tokKeys(i); len(ks) == 0 || s.f.gaz.Trie.Next[ks[0]] == nil {
		return 0, nil
	}
	bestEnd, bestIDs := 0, []int(nil)
	stack := append(s.stack[:0], matchState{s.f.gaz.Trie, i, false})
	defer func() { s.stack = stack[:0] }()
	for steps := 0; len(stack) > 0 && steps < 200; steps++ {
		st := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		j := st.j
		if j >= len(s.toks) || j > i+maxNameTokens || (j > i && s.toks[j].NL > 0) {
			continue
		}
		t := s.toks[j]
		if t.Text == "," && j > i {
			stack = append(stack, matchState{st.n, j + 1, true})
			if c := st.n.Next["and"]; c != nil {
				stack = append(stack, matchState{c, j + 1, false})
			}
			continue
		}
		if fw := lexicon.FunctionKey(t.Fold); fw != "" && j > i {
			if c := st.n.Next[fw]; c != nil {
				stack = append(stack, matchState{c, j + 1, false})
			}
			if fw == "the" || (fw == "and" && st.prevComma) {
				stack = append(stack, matchState{st.n, j + 1, false})
			}
			continue
		}
		if t.Word && j > i && !s.isNameWord(j) {
			// a lower-case word inside a listed name ("Business at OECD",
			// "Committee on ...")
			n := st.n
			for _, k := range s.tokKeys(j) {
				if n = n.Next[k]; n == nil {
					break
				}
			}
			if n != nil && n != st.n {
				if len(n.Ids) > 0 && j+1 > bestEnd && s.f.gaz.Agencies[n.Ids[0]].Written && !s.f.names.IsCommonWord(t.Text) {
					// a parliament's name that ends in a lower-case word of
					// another language: "Assemblée nationale"
					bestEnd, bestIDs = j+1, n.Ids
				}
				stack = append(stack, matchState{n, j + 1, false})
			}
			continue
		}
		if !s.isNameWord(j) || j == i && (lexicon.FunctionKey(t.Fold) != "" || len(s.tokKeys(j)) == 0) {
			continue
		}
		if c := st.n.Next["the"]; c != nil {
			stack = append(stack, matchState{c, j, false}) // "Ministry of Environment"
		}
		n := st.n
		for _, k := range s.tokKeys(j) {
			n = n.Next[k]
			if n == nil {
				break
			}
		}
		if n == nil {
			continue
		}
		if len(n.Ids) > 0 && j+1 > bestEnd {
			bestEnd, bestIDs = j+1, n.Ids
		}
		stack = append(stack, matchState{n, j + 1, false})
	}
	return bestEnd, bestIDs
}

// matchState is one branch of the gazetteer match search.
type matchState struct {
	n         *lexicon.KeyTrie
	j         int
	prevComma bool
}

// maxNameTokens bounds the length of a body's name in tokens.
const maxNameTokens = 30

// findAgencies fills s.cands with gazetteer matches, pattern matches,
// acronym definitions, standalone acronyms and descriptive mentions.
func (s *agencyScan) findAgencies() {
	// 1. Gazetteer names, longest first from each position.
	for i := 0; i < len(s.toks); i++ {
		if end, ids := s.gazetteerMatch(i); end > i {
			c := agencyCand{start: i, end: end, gids: ids, parentCand: -1, aliasOf: -1}
			if s.organHeadAfter(end) {
				// "African Union Commission", "Pacific Islands Forum
				// Secretariat", "US Army Corps of Engineers": the organ of a
				// listed body (with its own "of" phrase) is another body
				c.end, c.gids = s.organEnd(i, end), nil
				c.kind = s.f.gaz.Agencies[ids[0]].Kind
				s.addCand(c)
				i = end
				continue
			}
			if s.facilityAfter(end) {
				// "United Nations Service Building", "European Parliament
				// Press Room": a building or room named after the body
				i = end - 1
				continue
			}
			if e := s.longerBodyAt(i, end); e > 0 {
				// "University of Auckland Business School", "Asian
				// Development Bank Institute": the listed name opens another
				i = e - 1
				continue
			}
			h := end - 1
			if s.toks[i].Text == "University" {
				h = i
			}
			if be := s.postBranch(i, h, end); be > end {
				// "University of California, Irvine": a campus of a
				// listed body is another body
				c.end, c.gids = be, nil
				c.kind = s.f.gaz.Agencies[ids[0]].Kind
				s.addCand(c)
				i = be - 1
				continue
			}
			if s.f.gaz.Agencies[ids[0]].Kind == KindIndustry {
				if s.headContinues(end - 1) {
					// "Toyota Tsusho Corporation": a listed company's name
					// opens a longer company name the head-noun rules read
					i = end - 1
					continue
				}
				// "Huawei Technologies Co., Ltd.", "Intel, Inc.": the legal
				// form written after a listed company is part of its name
				k := end
				if k < len(s.toks) && s.toks[k].Text == "," && k+1 < len(s.toks) && s.toks[k+1].NL == 0 {
					k++
				}
				if k < len(s.toks) && s.toks[k].NL == 0 {
					if fe := s.formAt(k); fe > k {
						c.end, end = fe, fe
					}
				}
				if ne := s.nationalArmAfter(end); ne > end {
					c.end, end = ne, ne // "ExxonMobil Guyana"
				}
			}
			if e := s.listedChainGoesOn(i, end); e > end {
				// "Ministry of Education and Sports": a listed name whose
				// topics go on is another, unlisted body
				c.end, c.gids = e, nil
				c.kind = s.f.gaz.Agencies[ids[0]].Kind
				end = e
			}
			if e, cc := s.otherCountryAfter(end, ids); e > end {
				// "Ministry of Defence of Mongolia": another country's body
				c.end, c.gids, c.country = e, nil, cc
				c.kind = s.f.gaz.Agencies[ids[0]].Kind
				end = e
			} else if e, cc := s.chapterOf(end, ids); e > end {
				// "Internet Society of Namibia": a listed society's chapter
				// in one country is another body
				c.end, c.gids, c.country = e, nil, cc
				c.kind = s.f.gaz.Agencies[ids[0]].Kind
				end = e
			}
			// "Diplomatic Security Service" is not the "Security Service":
			// capitalized words before a known name make a longer, other name
			if st, cc := s.longerGenericName(i, end); st < i && !s.listedIn(ids, cc) {
				// "the Ghanaian Diaspora Congress" is no "Congress"
				c.start, c.gids = st, nil
				c.kind = s.f.gaz.Agencies[ids[0]].Kind
				c.country = cc
			} else if st := s.leftModifiers(i); st < i {
				c.start, c.gids = st, nil
				c.kind = s.f.gaz.Agencies[ids[0]].Kind
			} else if st, cc := s.otherCountryBefore(i, ids); cc != "" {
				c.start, c.gids = st, nil
				c.kind = s.f.gaz.Agencies[ids[0]].Kind
				c.country = cc
			} else if st, cc := s.localPlaceBefore(i, ids); st < i {
				// "Lagos State Internal Revenue Service": a city's or a
				// state's own body
				c.start, c.gids = st, nil
				c.kind = s.f.gaz.Agencies[ids[0]].Kind
				c.country = cc
			}
			s.addCand(c)
			i = end - 1
		}
	}
	// 2. Companies by legal form, bodies named in another language, then
	// head-noun patterns on the free tokens.
	s.findCompanies()
	s.findForeignBodies()
	for i := 0; i < len(s.toks); i++ {
		if s.covered[i] != 0 || !s.toks[i].Word {
			continue
		}
		if s.f.orgs.IsHead(s.toks[i].Text) {
			if s.headContinues(i) {
				continue // "Korea Information Society Development Institute"
			}
			if end := s.patternAt(i); end > i {
				i = end - 1
			}
		}
	}
	s.sortCands()
	s.findCoordinated()
	// 3. Acronym definitions and standalone acronyms.
	s.findAcronyms()
	s.sortCands()
	s.unitParents()
	s.findOrgsByContext()
	s.findOrgsByCue()
	s.propagateFoundNames()
	s.findListsWithKnown()
	// 4. Lower-case descriptions, then bare heads ("the Commission").
	s.findDescriptions()
	s.sortCands()
	s.resolveBareHeads()
}

// headContinues reports whether the head noun at token h is followed on its
// line by capitalized words ending in another head noun, so that h is inside
// a longer name ("Korea Information Society Development Institute",
// "Zhejiang University Children's Hospital": a plural possessive may stand
// among the words).
func (s *agencyScan) headContinues(h int) bool {
	words := 0
	for j := h + 1; j < len(s.toks) && j < h+6; j++ {
		t := s.toks[j]
		if words > 0 && s.pluralPossessive(j) {
			continue // "Zhejiang University Children's Hospital"
		}
		if t.NL > 0 || s.covered[j] != 0 || !t.Word || !t.Cap || t.Upper || s.isDateWord(j) ||
			s.f.lists.HeadlineVerbs[t.Text] || s.f.names.IsTitleWord(t.Text) || s.f.gaz.IsPlaceFold(t.Fold) {
			return false
		}
		if s.f.orgs.IsHead(t.Text) {
			// "World Bank Group"; "Miami-Dade Police Department",
			// "Aarhus University Hospital": a second head right after the
			// first names the body
			return words > 0 || s.f.orgs.Heads[s.toks[h].Text].Modified || j == h+1 && (s.joinedHeads(s.toks[h].Text, t.Text) || s.headWithComplement(j))
		}
		words++
	}
	return false
}

// secondHeads end a name right after another head noun: "Police
// Department", "Fire Service", "University Hospital", "Police Force",
// "Port Administration Bureau".
var secondHeads = map[string]bool{"Department": true, "Service": true, "Hospital": true, "Force": true, "Bureau": true}

// joinedHeads reports whether the head second, written right after the
// head first, ends one name with it: a second head ("Police Department")
// or a company's tail after an industry head ("Kiira Motors Corporation").
func (s *agencyScan) joinedHeads(first, second string) bool {
	return secondHeads[second] || companyTailHeads[second] && s.f.orgs.Heads[first].Kind == KindIndustry
}

// headWithComplement reports whether the head at token j, written right
// after another head, opens its own complement ("for" or "of" and a
// capitalized word that is no generic complement): "Novo Nordisk
// Foundation Center for Biosustainability", "Aarhus University Centre for
// Digitalisation" are one body each, the first head naming its owner.
func (s *agencyScan) headWithComplement(j int) bool {
	c := j + 1
	if c+1 >= len(s.toks) || s.toks[c].NL > 0 || s.toks[c].Text != "for" && s.toks[c].Text != "of" {
		return false
	}
	w := c + 1
	if s.toks[w].Text == "the" && w+1 < len(s.toks) {
		w++
	}
	t := s.toks[w]
	return t.NL == 0 && t.Word && t.Cap && !genericComplements[t.Text] && !s.f.gaz.IsPlaceFold(t.Fold)
}

// companyTailHeads end a company's name right after an industry head:
// "Kiira Motors Corporation", "Harbour Airways Group", "Delta Ventures
// Holdings".
var companyTailHeads = map[string]bool{"Corporation": true, "Company": true, "Group": true, "Holdings": true}

// subUnitHeads name the units of a larger body.
var subUnitHeads = map[string]bool{"Division": true, "Office": true, "Bureau": true, "Section": true, "Unit": true, "Department": true, "Directorate": true, "Branch": true}

// unitParents links a unit found by pattern to the listed body named right
// after it, as in a signature or contact line: "Deputy Director, 5G
// Strategy Division, MSIT" or "International Affairs Bureau, Ministry of
// ...": the body is the unit's parent.
func (s *agencyScan) unitParents() {
	for i := range s.cands {
		c := &s.cands[i]
		if len(c.gids) > 0 || c.parentCand >= 0 || c.aliasOf >= 0 || c.acronymMention || !subUnitHeads[s.toks[c.end-1].Text] {
			continue
		}
		k := c.end
		if k+1 >= len(s.toks) || s.toks[k].Text != "," || s.toks[k+1].NL > 0 {
			continue
		}
		if ci := s.covered[k+1]; ci != 0 && ci-1 != i {
			p := &s.cands[ci-1]
			if p.start == k+1 && (len(p.gids) > 0 || p.aliasOf >= 0) {
				c.parentCand = ci - 1
			}
		}
	}
}

// leftModifiers returns where the capitalized words right before token i
// begin (same line, not a country, title, sentence opener or acronym), or i.
func (s *agencyScan) leftModifiers(i int) int {
	st := i
	for k := i - 1; k >= 0 && s.toks[k+1].NL == 0 && s.covered[k] == 0; k-- {
		t := s.toks[k]
		if !t.Word || !t.Cap || t.Upper || s.f.lists.SentenceStarters[t.Text] || s.f.names.IsTitleWord(t.Text) ||
			s.f.gaz.Demonyms[t.Fold] != "" || s.f.gaz.IsPlaceFold(t.Fold) || s.f.lists.DateWords[t.Text] ||
			s.f.lists.WeakModifiers[t.Text] || !s.f.names.IsCommonWord(t.Text) || s.f.names.WordBits(t.Text)&lexicon.BitComp != 0 ||
			s.f.lists.HeadlineVerbs[t.Text] || lawWords[t.Text] || strings.HasSuffix(t.Text, "ing") {
			// only ordinary words extend a known name ("Diplomatic"), not
			// names or headline verbs ("Keating Commends ...")
			break
		}
		if s.f.orgs.IsHead(t.Text) {
			break
		}
		st = k
	}
	return st
}

// lawWords name laws and their parts: "Constitutional Amendment Requiring
// Congress" is no body.
var lawWords = map[string]bool{"Act": true, "Amendment": true, "Bill": true, "Law": true, "Treaty": true, "Resolution": true}

// patternAt grows a name around the head noun at token h and records it.
// It returns the end token of the name, or h when there is none. The
// name's start is found by patternStart, its end (and a parent or the body
// a bare head names) by patternEnd; patternRejects then refuse names that
// are no body.
func (s *agencyScan) patternAt(h int) int {
	head := s.toks[h].Text
	start := s.patternStart(h)
	end, parent, aliasOf := s.patternEnd(start, h)
	end = s.placeSpelledByAcronym(start, end)
	end = s.postPlace(start, h, end)
	end = s.postBranch(start, h, end)
	end = s.operationSuffix(end)
	if aliasOf >= 0 {
		// "Secretariat of X" names X: record it as a mention of X.
		c := agencyCand{start: start, end: s.cands[aliasOf].end, parentCand: -1, aliasOf: aliasOf}
		s.addCand(c)
		return h + 1
	}
	sp := patternSpan{start: start, h: h, end: end, head: head}
	for _, r := range patternRejects {
		if r.rejects(s, sp) {
			return h
		}
	}
	acr := ""
	if l := end - 1; l > h+1 && s.toks[l].Upper && s.toks[l].NL == 0 && lexicon.IsAcronymLike(s.toks[l].Text) &&
		acronymFits(s.toks[l].Text, s.text[s.toks[start].Start:s.toks[l-1].End]) {
		// "State Secretariat for Economic Affairs SECO": an acronym after
		// the name without brackets
		acr = s.toks[l].Text
		end = l
	}
	c := agencyCand{start: start, end: end, kind: s.f.orgs.Heads[head].Kind, parentCand: parent, aliasOf: -1, acronym: acr}
	c.country = s.patternCountry(start, h, end)
	if s.igoPrefix(start) {
		// "UN Assistance Mission for Iraq", "ASEAN Centre for Biodiversity",
		// "ITU Regional Office for Asia and the Pacific"
		c.kind = KindIntergovernmental
	}
	s.addCand(c)
	return end
}

// placeSpelledByAcronym returns end+1 when the place right after the name
// [start,end) belongs to it because the bracketed acronym that follows
// spells it with the place ("Meteorological Service Singapore (MSS)",
// "Revenue Authority Kenya (RAK)"), else end.
func (s *agencyScan) placeSpelledByAcronym(start, end int) int {
	if end+3 >= len(s.toks) || s.toks[end].NL != 0 || !s.f.gaz.IsPlaceWord(s.toks[end].Text) ||
		s.toks[end+1].Text != "(" || s.toks[end+3].Text != ")" || !s.isAcronymTok(end+2) {
		return end
	}
	acr := s.toks[end+2].Text
	if acronymFits(acr, s.text[s.toks[start].Start:s.toks[end].End]) && !acronymFits(acr, s.text[s.toks[start].Start:s.toks[end-1].End]) {
		return end + 1
	}
	return end
}

// postPlace returns the end of the name [start,end) with head h and the
// place it is named after: a diplomatic post's host city or country, with
// or without "in" ("Embassy of Australia in Kyiv", "Sri Lankan High
// Commission in Pakistan", "U.S. Embassy Lusaka"), and the city of a
// university named by "University in <city>" of another country than the
// one its name starts with ("Westminster International University in
// Tashkent", "American University in Cairo"; "Korea University in Seoul",
// "University of Oxford in England" and "Harvard University in the United
// States" are a name and where it is). It returns
// end when no such place follows.
func (s *agencyScan) postPlace(start, h, end int) int {
	if end >= len(s.toks) || s.toks[end].NL > 0 {
		return end
	}
	head := s.toks[h].Text
	diplomatic := diplomaticHeads[head] || head == "Commission" && h > start && s.toks[h-1].Text == "High"
	university := head == "University" && end == h+1
	if !diplomatic && !university {
		return end
	}
	p := end
	if s.toks[p].Text == "in" {
		p++
	} else if !diplomatic {
		return end
	}
	if p >= len(s.toks) || s.toks[p].NL > 0 || s.covered[p] != 0 {
		return end
	}
	pe, id := s.f.placeMatch(s.toks, p)
	if pe <= p || university && (s.f.gaz.PlaceList[id].Kind != "city" || s.sameCountry(start, p)) {
		return end
	}
	if pe < len(s.toks) && s.toks[pe].NL == 0 && s.isNameWord(pe) {
		return end // "Embassy in Kyiv Oblast Office": the place opens another name
	}
	return pe
}

// postBranch returns the end of the name [start,end) with head h and the
// campus or branch that belongs to it: a compass word after a school's or
// hospital's head ("ITE College East", "Tan Tock Seng Hospital North"), or
// the campus of a "University of <name>" after a dash or a comma
// ("University of Wisconsin—Madison", "University of California,
// Irvine"), when no other name goes on after it. It returns end when none
// follows.
func (s *agencyScan) postBranch(start, h, end int) int {
	if end >= len(s.toks) || s.toks[end].NL > 0 {
		return end
	}
	t := s.toks[end]
	if end == h+1 && compassWords[t.Text] && campusHeads[s.toks[h].Text] && !s.nameGoesOn(end+1) {
		return end + 1
	}
	if s.toks[h].Text != "University" || end != h+3 || s.toks[h+1].Text != "of" || !s.toks[h+2].Cap {
		return end
	}
	b := end + 1
	if b >= len(s.toks) {
		return end
	}
	switch t.Text {
	case "\u2014", "\u2013", "-":
		if t.Start != s.toks[end-1].End || s.toks[b].Start != t.End {
			return end // a dash written tight joins the campus
		}
	case ",":
	default:
		return end
	}
	c := s.toks[b]
	if c.NL > 0 || !c.Word || !c.Cap || c.Upper || s.covered[b] != 0 || s.f.gaz.Demonyms[c.Fold] != "" ||
		s.f.names.IsTitleWord(c.Text) || s.f.names.IsHonorific(c.Text) || s.f.lists.SentenceStarters[c.Text] ||
		s.isDateWord(b) || s.nameGoesOn(b+1) || s.f.orgs.IsHead(c.Text) || b+1 < len(s.toks) && s.isNameConnector(b+1) {
		return end // "University of York, University of Aberdeen": a list of bodies
	}
	if pe, id := s.f.placeMatch(s.toks, b); pe > b && s.f.gaz.PlaceList[id].Kind == "country" {
		return end // "University of Tokyo, Japan"
	}
	return b + 1
}

// nameGoesOn reports whether token i continues a capitalized name on its
// line (a name word or a head noun), so that what stands before it is not
// the end of a name.
func (s *agencyScan) nameGoesOn(i int) bool {
	return i < len(s.toks) && s.toks[i].NL == 0 && s.toks[i].Word && s.toks[i].Cap
}

// compassWords name the branch of a school or hospital after its head.
var compassWords = map[string]bool{"East": true, "West": true, "North": true, "South": true, "Central": true}

// campusHeads are the heads whose bodies have branches named by a compass word.
var campusHeads = map[string]bool{"College": true, "School": true, "Polytechnic": true, "Hospital": true, "Campus": true}

// diplomaticHeads name a country's posts abroad, which are named after
// their host city or country.
var diplomaticHeads = map[string]bool{"Embassy": true, "Consulate": true, "Consulate-General": true}

// patternStart returns the first token of the name whose head noun is
// token h: capitalized name words to the left on the same line (with the
// left extensions of extendLeft), without a joining "and" or a job title
// of two or more words in front.
func (s *agencyScan) patternStart(h int) int {
	start := h
	for k := h - 1; k >= 0; k-- {
		if s.toks[k+1].NL > 0 || s.covered[k] != 0 {
			break
		}
		t := s.toks[k]
		if st, ok := s.extendLeft(k, h); ok {
			start, k = st, st
			continue
		}
		if !t.Word || !s.isNameWord(k) || s.f.lists.SentenceStarters[t.Text] || s.f.names.IsHonorific(t.Text) ||
			s.f.lists.WeakModifiers[t.Text] || s.isDateWord(k) || s.f.lists.HeadlineVerbs[t.Text] {
			break
		}
		if s.f.orgs.IsHead(t.Text) && !s.f.orgs.Heads[t.Text].Modified && (k+1 == h && !s.joinedHeads(t.Text, s.toks[h].Text) && !s.headWithComplement(h) || !s.headContinues(k)) {
			// "3P Network Department", "World Bank Group": a modified head
			// may stand inside a longer name
			break
		}
		start = k
	}
	for start < h && (s.toks[start].Text == "and" || s.toks[start].Text == "&" || !s.toks[start].Word) {
		start++ // "Singapore Polytechnic and Tan Tock Seng Hospital": the "and" joins two bodies
	}
	if t := start; t+1 < h && s.f.names.IsTitleWord(s.toks[t].Text) && s.f.names.IsTitleWord(s.toks[t+1].Text) {
		// "Chief Executive National Youth Council" in a table: a job title
		// of two or more words is no part of the name
		for t < h && s.f.names.IsTitleWord(s.toks[t].Text) {
			t++
		}
		if t < h && s.toks[t].Text != "'s" && s.toks[t].Text != "\u2019s" {
			// words of the name remain: "Trade Commissioner Service" stays
			// whole, and so does "Prime Minister's Office"
			start = t
		}
	}
	return start
}

// patternSpan is a name patternAt found: tokens start..end, head noun h.
type patternSpan struct {
	start, h, end int
	head          string
}

// patternRejects are the names patternAt refuses as no body, in order.
var patternRejects = []struct {
	name    string
	rejects func(s *agencyScan, p patternSpan) bool
}{
	{"a head alone", func(s *agencyScan, p patternSpan) bool { return p.start == p.h && p.end == p.h+1 }},
	{"a head with a generic complement", func(s *agencyScan, p patternSpan) bool {
		// "Board of Directors", "Centre of Excellence"
		return p.start == p.h && p.end == p.h+2+boolInt(s.toks[p.h+1].Text == "of") && genericComplements[s.toks[p.end-1].Text]
	}},
	{"a modified head alone in a title's complement", func(s *agencyScan, p patternSpan) bool {
		// "High Representative of the Union for Foreign Affairs", "Head
		// of the Mission for ...": a modified head needs words of its own
		h := p.h
		return p.start == h && s.f.orgs.Heads[p.head].Modified && h >= 3 && s.toks[h-1].Text == "the" &&
			(s.toks[h-2].Text == "of" || s.toks[h-2].Text == "for") && s.f.names.IsTitleWord(s.toks[h-3].Text)
	}},
	{"a modified head with no words of its own", func(s *agencyScan, p patternSpan) bool {
		// "State of the Union", "Friends of the Network": "the" right
		// before the head and no complement after it
		h := p.h
		return s.f.orgs.Heads[p.head].Modified && p.end == h+1 && h > p.start && s.toks[h-1].Text == "the"
	}},
	{"the complement of a title", func(s *agencyScan, p patternSpan) bool {
		// "Minister for Digital Economy and Society of Malaysia" is a title
		return s.inTitleComplement(p.start, p.h)
	}},
	{"a joint commission of two countries", func(s *agencyScan, p patternSpan) bool {
		// "the Guyana-Qatar Joint Commission", "Nigeria-Sudan Joint
		// Ministerial Commission": the meetings of two governments
		return s.bilateralMechanism(p.start, p.h)
	}},
	{"an occasion or a programme", func(s *agencyScan, p patternSpan) bool {
		// "the 5th ASEAN Digital Forum", "Forum 2024", "Information Society programme"
		return s.namesOccasion(p.start, p.end) || s.namesProgramme(p.end)
	}},
	{"an instrument of a body", func(s *agencyScan, p patternSpan) bool {
		// "Recommendation of the Council on Artificial Intelligence"
		h := p.h
		return p.start == h && h >= 3 && s.toks[h-1].Text == "the" && s.toks[h-2].Text == "of" && s.f.lists.InstrumentWords[s.toks[h-3].Text]
	}},
	{"a modified head with one modifier", func(s *agencyScan, p patternSpan) bool {
		return s.f.orgs.Heads[p.head].Modified && p.h-p.start < 2 && p.end == p.h+1
	}},
	{"a working group", func(s *agencyScan, p patternSpan) bool {
		// "Japan Cloud Computing Working Group": a working group, not a company group
		return p.head == "Group" && p.h > p.start && s.f.lists.WorkingGroupWords[s.toks[p.h-1].Text]
	}},
	{"an alliance of countries", func(s *agencyScan, p patternSpan) bool {
		// "Japan-United States Alliance", "U.S.-ROK Alliance": the tie
		// between countries, not a body
		return p.head == "Alliance" && p.end == p.h+1 && s.countriesOnly(p.start, p.h) >= 2
	}},
	{"a government named after its leaders", func(s *agencyScan, p patternSpan) bool {
		// "the Biden-Harris Administration", "the Kishida Administration":
		// proper names before "Administration" name a government's term,
		// not a body ("Small Business Administration" has common words)
		if p.head != "Administration" || p.end != p.h+1 || p.start == p.h {
			return false
		}
		for k := p.start; k < p.h; k++ {
			t := s.toks[k]
			if t.Text == "-" {
				continue
			}
			if !t.Word || !t.Cap || t.Upper || s.f.names.IsCommonWord(t.Text) || s.f.gaz.IsPlaceFold(t.Fold) || s.f.gaz.Demonyms[t.Fold] != "" {
				return false
			}
		}
		return true
	}},
	{"a thing named after a body", func(s *agencyScan, p patternSpan) bool {
		// "QS World University Rankings", "Harbour Council Awards",
		// "Lakeview College Games": a capitalized plural of publications,
		// prizes or events right after the name makes the whole a thing
		e := p.end
		if e >= len(s.toks) || s.toks[e].NL > 0 {
			return false
		}
		// "Eisenhower Executive Office Building": a room, building or
		// street named after a body
		w := s.toks[e].Text
		return thingPlurals[w] || s.f.lists.FacilityHeads[w] && !s.f.orgs.IsHead(w)
	}},
	{"a head used as a modifier", func(s *agencyScan, p patternSpan) bool {
		// "Police Officer", "Air Force Base", "School Lunches": an
		// ordinary capitalized noun right after the head makes the head a
		// modifier of another thing
		return s.headModifiesNoun(p.end)
	}},
	{"a venue", func(s *agencyScan, p patternSpan) bool {
		return (p.head == "Center" || p.head == "Centre") && p.h > 0 && s.f.lists.VenueWords[s.toks[p.h-1].Text]
	}},
	{"generic modifiers only", func(s *agencyScan, p patternSpan) bool {
		// "Federal Agency", "Senate Committee": generic words name no body
		if p.end != p.h+1 {
			return false
		}
		for k := p.start; k < p.h; k++ {
			if !s.f.lists.GenericModifiers[s.toks[k].Text] {
				return false
			}
		}
		return true
	}},
	{"a country before a government head", func(s *agencyScan, p patternSpan) bool {
		// a country alone does not make a name: "U.S. Department" is not a
		// body; "Singapore Polytechnic" and "Korea University" are.
		if p.end != p.h+1 || s.f.orgs.Heads[p.head].Kind != KindGovernment {
			return false
		}
		for k := p.start; k < p.h; k++ {
			if !s.f.gaz.IsPlaceFold(s.toks[k].Fold) && s.f.gaz.Demonyms[s.toks[k].Fold] == "" {
				return false
			}
		}
		return true
	}},
}

// headModifiesNoun reports whether token e, right after a name that ends
// in its head noun, is an ordinary capitalized noun on the same line that
// the head modifies ("Police Officer", "Air Force Base", "School
// Lunches"): not a head, a job title, a verb of a headline or of speech, a
// place, a date, a compass word (a branch), a plural of people or a name,
// nor the first word of a unit's name that ends in a head.
func (s *agencyScan) headModifiesNoun(e int) bool {
	if e >= len(s.toks) || s.toks[e].NL > 0 || s.covered[e] != 0 {
		return false
	}
	t := s.toks[e]
	if !t.Word || !t.Cap || t.Upper || !s.f.names.IsCommonWord(t.Text) || s.f.orgs.IsHead(t.Text) ||
		s.f.names.IsTitleWord(t.Text) || s.f.names.IsHonorific(t.Text) || s.f.lists.HeadlineVerbs[t.Text] ||
		s.f.lists.SpeechVerbs[strings.ToLower(t.Text)] || s.f.lists.SentenceStarters[t.Text] || s.isDateWord(e) ||
		s.f.gaz.IsPlaceFold(t.Fold) || s.f.gaz.Demonyms[t.Fold] != "" || compassWords[t.Text] || s.peoplePlural(t.Text) {
		return false
	}
	for j := e + 1; j < len(s.toks) && j < e+5 && s.toks[j].NL == 0 && s.toks[j].Word && s.toks[j].Cap; j++ {
		if s.f.orgs.IsHead(s.toks[j].Text) {
			return false // "American Bar Association Young Lawyers Division": a unit follows its body
		}
	}
	return e+1 >= len(s.toks) || !s.isNameConnector(e+1)
}

// peoplePlural reports whether w is a plural of people ("Graduates",
// "Members", "Officers", "Scientists"): a body's people, written after it,
// leave the body named ("Harbour Academy Graduates met").
func (s *agencyScan) peoplePlural(w string) bool {
	if !strings.HasSuffix(w, "s") {
		return false
	}
	if s.f.lists.PersonNouns[w] || s.f.lists.PersonNouns[strings.TrimSuffix(w, "s")] {
		return true
	}
	for _, suf := range peoplePluralEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// peoplePluralEndings end most English plurals of people: Graduates,
// Students, Members, Directors, Scientists, Librarians.
var peoplePluralEndings = []string{"ates", "ents", "ers", "ors", "ists", "ians"}

// facilityAfter reports whether the capitalized words from token e on its
// line (at most three) end in the head of a building or a room ("Service
// Building", "Press Room"): the name before them names a place, not the
// body.
func (s *agencyScan) facilityAfter(e int) bool {
	for j := e; j < len(s.toks) && j < e+3; j++ {
		t := s.toks[j]
		if t.NL > 0 || !t.Word || !t.Cap {
			return false
		}
		if buildingWords[t.Text] {
			return true
		}
	}
	return false
}

// buildingWords are the heads of facility_heads that name a building or a
// room (not a prize, a chair or a school, which that list also holds).
var buildingWords = map[string]bool{
	"Room": true, "Building": true, "Hall": true, "Auditorium": true, "Theatre": true, "Theater": true, "Tower": true,
	"Pavilion": true, "Wing": true, "Plaza": true, "Terminal": true, "House": true, "Stadium": true, "Arena": true,
}

// thingPlurals, written after a body's name, make the whole the name of a
// publication, a prize, a contest or a set of rules ("World University
// Rankings"); plurals of people ("Graduates", "Students") do not.
var thingPlurals = map[string]bool{
	"Rankings": true, "Awards": true, "Prizes": true, "Games": true, "Championships": true, "Guidelines": true,
	"Standards": true, "Regulations": true, "Rules": true, "Reports": true, "Proceedings": true, "Scholarships": true,
	"Fellowships": true, "Lectures": true, "Grants": true, "Medals": true, "Trophies": true,
}

// hyphenSpacer turns the hyphens and dashes between countries into spaces.
var hyphenSpacer = strings.NewReplacer("-", " ", "\u2013", " ", "\u2010", " ")

// countriesOnly returns how many countries the tokens [a,b) name when they
// are countries and demonyms joined by hyphens only ("Japan-United
// States", "U.S.-ROK"; "and" and "Alliance" are passed over in a list of
// alliances), else 0.
func (s *agencyScan) countriesOnly(a, b int) int {
	if b <= a {
		return 0
	}
	sub := hyphenSpacer.Replace(s.text[s.toks[a].Start:s.toks[b-1].End])
	toks := lexicon.Tokenize(sub)
	n := 0
	for k := 0; k < len(toks); {
		if toks[k].Text == "and" || toks[k].Text == "Alliance" {
			k++ // "Japan-U.S. Alliance and Philippines-U.S. Alliance"
			continue
		}
		if end, _ := s.f.placeMatch(toks, k); end > k {
			n++
			k = end
			continue
		}
		if t := toks[k]; s.f.gaz.Demonyms[t.Fold] == "" && !s.f.gaz.IsPlaceFold(t.Fold) && len(s.f.gaz.Acronyms[t.Text]) == 0 {
			return 0
		}
		n++
		k++
	}
	return n
}

// igoPrefix reports whether the name starting at token i opens with an
// intergovernmental body's acronym or short name (UN, ASEAN, ITU, OECD).
func (s *agencyScan) igoPrefix(i int) bool {
	w := s.toks[i].Text
	if j := strings.IndexByte(w, '-'); j > 0 {
		w = w[:j] // "ASEAN-U.S. Center"
	}
	for _, id := range s.f.gaz.Acronyms[w] {
		if s.f.gaz.Agencies[id].Kind == KindIntergovernmental {
			return true
		}
	}
	return false
}

// patternCountry returns the country of a pattern-found body [start,end)
// with its head at h: a demonym in the name ("Australian ..."), a country
// owning it ("Japan's ..."), or a country closing it ("... of the
// Netherlands"); "" when none is stated.
func (s *agencyScan) patternCountry(start, h, end int) string {
	if end-h >= 3 {
		// "American University of Mongolia", "Internet Society of Namibia":
		// the country after "of" is the body's, before a demonym in its name
		k := end - 1
		if s.toks[k-1].Text == "the" {
			k-- // "of the Netherlands"
		}
		if s.toks[k-1].Text == "of" || s.toks[k].Text == "of" {
			if cc := s.f.gaz.Demonyms[s.toks[end-1].Fold]; cc != "" && s.f.gaz.IsPlaceFold(s.toks[end-1].Fold) {
				return cc
			}
		}
	}
	for k := start; k < h; k++ {
		if cc := s.f.gaz.Demonyms[s.toks[k].Fold]; cc != "" {
			return cc
		}
		if cc := s.f.gaz.Demonyms[s.toks[k].Fold+" "+s.toks[k+1].Fold]; cc != "" {
			return cc // "New Zealand Space Agency"
		}
	}
	if start >= 2 && s.toks[start].NL == 0 && (s.toks[start-1].Text == "'s" || s.toks[start-1].Text == "\u2019s") {
		if cc := s.f.gaz.Demonyms[s.toks[start-2].Fold]; cc != "" {
			return cc
		}
	}
	return ""
}

func (s *agencyScan) sortCands() {
	// stable sort by start; cand indices in parentCand/aliasOf are remapped.
	n := len(s.cands)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return s.cands[order[x]].start < s.cands[order[y]].start })
	remap := make([]int, n)
	sorted := make([]agencyCand, n)
	for newi, old := range order {
		remap[old] = newi
		sorted[newi] = s.cands[old]
	}
	for i := range sorted {
		if sorted[i].parentCand >= 0 {
			sorted[i].parentCand = remap[sorted[i].parentCand]
		}
		if sorted[i].aliasOf >= 0 {
			sorted[i].aliasOf = remap[sorted[i].aliasOf]
		}
	}
	s.cands = sorted
	for i := range s.covered {
		s.covered[i] = 0
	}
	for idx, c := range s.cands {
		for i := c.start; i < c.end; i++ {
			if s.covered[i] == 0 {
				s.covered[i] = idx + 1
			}
		}
	}
}

// isDateWord reports whether token i is a month or day name or a number.
func (s *agencyScan) isDateWord(i int) bool {
	t := s.toks[i].Text
	return s.f.lists.DateWords[t] || t != "" && t[0] >= '0' && t[0] <= '9' && !techNumber(t)
}

// techNumber reports whether a word starting with a digit is a technology
// name such as 5G or 3GPP (part of "5G Strategy Division"), not a number,
// ordinal or year.
func techNumber(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			letters++
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return letters > 0
}

// isAcronymTok reports whether token i is written like an acronym.
func (s *agencyScan) isAcronymTok(i int) bool {
	t := s.toks[i]
	return t.Word && lexicon.IsAcronymLike(t.Text)
}

// findAcronyms handles "Full Name (ACR)", "ACR (Full Name)" and standalone
// acronyms of bodies defined in the article or in the gazetteer.
func (s *agencyScan) findAcronyms() {
	defined := map[string]int{} // acronym -> cand index of its body
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.Text != "(" || i+2 >= len(s.toks) || s.toks[i+2].Text != ")" || !s.isAcronymTok(i+1) {
			continue
		}
		acr := s.toks[i+1].Text
		if i > 1 && s.covered[i-1] == 0 && s.covered[i+1] == 0 {
			if ci := s.commaListEnd(i, acr); ci >= 0 {
				s.growEnd(ci, i) // "Ministry of Home Affairs, Immigration, Safety and Security (MHAISS)"
			}
		}
		if i > 0 && s.covered[i-1] != 0 && s.covered[i+1] == 0 {
			ci := s.covered[i-1] - 1
			c := &s.cands[ci]
			if c.end == i && !c.acronymMention {
				if st := s.commaListStart(ci, acr); st >= 0 {
					s.growStart(ci, st) // "Diversity, Equity and Inclusion Committee (DEIC)"
				}
			}
			if c.end == i && !c.acronymMention && acronymFits(acr, c.text) {
				if c.acronym == "" {
					c.acronym = acr
				}
				if _, ok := defined[acr]; !ok {
					defined[acr] = ci
				}
				continue
			}
		}
		if _, ok := defined[acr]; ok {
			continue
		}
		if a := s.definedNameStart(i); a >= 0 && s.covered[i+1] == 0 {
			defined[acr] = s.addCand(agencyCand{start: a, end: i, acronym: acr, kind: KindOther, parentCand: -1, aliasOf: -1})
			delete(s.nonAgencyAcr, acr)
			continue
		}
		s.nonAgencyAcr[acr] = true
	}
	// ACR (Full Name)
	var expansions []expansion
	for i := 0; i+2 < len(s.toks); i++ {
		if s.toks[i+1].Text != "(" || s.covered[i+2] == 0 || s.covered[i] != 0 || !s.isAcronymTok(i) {
			continue
		}
		ci := s.covered[i+2] - 1
		c := &s.cands[ci]
		if c.start == i+2 && c.end < len(s.toks) && s.toks[c.end].Text == ")" && acronymFits(s.toks[i].Text, c.text) {
			if c.acronym == "" {
				c.acronym = s.toks[i].Text
			}
			defined[s.toks[i].Text] = ci
			delete(s.nonAgencyAcr, s.toks[i].Text)
			continue
		}
		if inner := s.expansionCands(i); len(inner) > 0 {
			expansions = append(expansions, expansion{acr: i, inner: inner})
		}
	}
	for ci, c := range s.cands {
		if _, ok := defined[c.acronym]; c.acronym != "" && !ok && len(c.gids) == 0 {
			defined[c.acronym] = ci // "State Secretariat for Economic Affairs SECO"
		}
	}
	// Standalone acronyms.
	var add []agencyCand
	var byInitials map[string]int
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if !t.Word || !t.Cap || s.covered[i] != 0 {
			continue
		}
		if _, ok := defined[t.Text]; !ok && t.Upper && len(t.Text) >= 3 && !s.namedInFull(s.f.gaz.Acronyms[t.Text]) && !s.nonAgencyAcr[t.Text] {
			// "ETSI" anywhere in the article with the European
			// Telecommunications Standards Institute named elsewhere;
			// "CCC" after "Christchurch City Council" is that council,
			// not a listed body of the same acronym the article never names
			if byInitials == nil {
				byInitials = s.candInitials()
			}
			if ci, ok := byInitials[t.Text]; ok && ci >= 0 {
				if s.cands[ci].acronym == "" {
					s.cands[ci].acronym = t.Text
				}
				defined[t.Text] = ci
			}
		}
		if _, ok := defined[t.Text]; !ok && t.Upper && len(s.f.gaz.Acronyms[t.Text]) > 0 && !s.f.gaz.IsPlaceFold(t.Fold) &&
			!s.namedInFull(s.f.gaz.Acronyms[t.Text]) {
			if ci := s.bracketShortForm(i); ci >= 0 {
				defined[t.Text] = ci // "Africa Centres for Disease Control and Prevention (Africa CDC)"
			}
		}
		if ci, ok := defined[t.Text]; ok {
			add = append(add, agencyCand{start: i, end: i + 1, parentCand: -1, aliasOf: ci, acronymMention: true})
			continue
		}
		if s.nonAgencyAcr[t.Text] {
			continue
		}
		ids := s.f.gaz.Acronyms[t.Text]
		if len(ids) == 0 || (len(t.Text) < 3 && t.Text != "EU" && t.Text != "UN") || s.nextToNumber(i) || s.shoutedWord(i) {
			// "EUR 110 million", "110 EUR": a currency or unit code
			continue
		}
		add = append(add, agencyCand{start: i, end: i + 1, gids: ids, parentCand: -1, aliasOf: -1, acronymMention: true})
	}
	for _, c := range add {
		s.addCand(c)
	}
	s.absorbExpansions(expansions)
}

// nextToNumber reports whether token i has a number right after it or right
// before it.
func (s *agencyScan) nextToNumber(i int) bool {
	isNum := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].Text != "" && s.toks[k].Text[0] >= '0' && s.toks[k].Text[0] <= '9'
	}
	return isNum(i+1) && s.toks[i+1].NL == 0 || isNum(i-1) && s.toks[i].NL == 0
}

// acronymFits reports whether acr could abbreviate name: its first letter
// starts a word of the name and its letters appear in order in the name.
func acronymFits(acr, name string) bool {
	a := strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, acr))
	if a == "" {
		return false
	}
	lname := strings.ToLower(name)
	initialOK := false
	for _, w := range strings.FieldsFunc(lname, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w[0] == a[0] {
			initialOK = true
			break
		}
	}
	if !initialOK {
		return false
	}
	k := 0
	for i := 0; i < len(lname) && k < len(a); i++ {
		if lname[i] == a[k] {
			k++
		}
	}
	return k == len(a)
}

// findDescriptions finds "Japan's internal affairs and communications
// ministry": lower-case words before a lower-case head, looked up word-order
// free in the gazetteer, restricted to the country named before them.
func (s *agencyScan) findDescriptions() {
	for h := 1; h < len(s.toks); h++ {
		t := s.toks[h]
		if !t.Word || !descriptiveHeads[t.Text] || s.covered[h] != 0 {
			continue
		}
		k := h - 1
		for k >= 0 && s.toks[k].Word && !s.toks[k].Cap && s.covered[k] == 0 && h-k <= 6 {
			k--
		}
		first := k + 1
		if first == h {
			continue
		}
		country := ""
		if k >= 1 && (s.toks[k].Text == "'s" || s.toks[k].Text == "\u2019s") {
			country = s.f.gaz.Demonyms[s.toks[k-1].Fold]
		} else if k >= 0 {
			country = s.f.gaz.Demonyms[s.toks[k].Fold]
		}
		// try the longest description first, then shorter ones
		for st := first; st < h; st++ {
			if lexicon.AgencyStopKeys[s.toks[st].Text] {
				continue
			}
			var keys []string
			for i := st; i <= h; i++ {
				keys = append(keys, lexicon.AgencyKeys(s.toks[i].Text)...)
			}
			ids := s.f.gaz.Bags[lexicon.BagKey(keys)]
			var pick []int
			for _, id := range ids {
				if country == "" || s.f.gaz.Agencies[id].Country == country {
					pick = append(pick, id)
				}
			}
			if len(pick) > 0 && (country != "" || len(keys) >= 3) {
				s.addCand(agencyCand{start: st, end: h + 1, gids: pick, parentCand: -1, aliasOf: -1})
				break
			}
		}
	}
}

// agencyGroup is one resolved body.
type agencyGroup struct {
	gid      int // gazetteer id or -1
	name     string
	acronym  string
	country  string
	kind     string
	aliases  []string
	mentions []extract.Mention
	parent   int // group index or -1
	parentGN string
	keys     string
	okeys    string // ordered keys of the longest surface, for prefix merging
	written  string // the longest form of a listed body's name as written (writtenNames)
}

// resolveAgencies merges the candidates into one group per body and returns
// the groups in order of first mention and, per cand, its group index. The
// steps: each named candidate joins the group of its gazetteer body
// (pickGID) or of its words (join); a bare head's candidate joins the body
// it names (joinAliases); truncated names merge (mergeTruncated); then the
// parents are linked and pattern bodies take their parent's country
// (linkParents).
func (s *agencyScan) resolveAgencies(countryVotes map[string]int) ([]agencyGroup, []int) {
	r := &agencyResolver{s: s, countryVotes: countryVotes, bodyVotes: map[string]int{},
		groups: []agencyGroup{}, byGID: map[int]int{}, byKey: map[string]int{}, candGroup: make([]int, len(s.cands))}
	for i := range r.candGroup {
		r.candGroup[i] = -1
	}
	// the countries of the bodies named without ambiguity also say which
	// country the article is about ("Cabinet Office" among UK departments)
	for _, c := range s.cands {
		if len(c.gids) == 1 && !s.genericMatch(c.start, c.end) {
			if cc := s.f.gaz.Agencies[c.gids[0]].Country; cc != "" {
				r.bodyVotes[cc]++
			}
		}
	}
	r.retargetShortForms()
	for i := range s.cands {
		if s.cands[i].aliasOf < 0 && !s.cands[i].dropped { // aliases after the bodies they name
			r.join(i)
		}
	}
	r.joinAliases()
	r.writtenNames()
	r.groups, r.candGroup = mergeTruncated(r.groups, r.candGroup)
	for gi, g := range r.groups {
		if g.gid >= 0 {
			r.byGID[g.gid] = gi
		}
	}
	r.linkParents()
	return r.groups, r.candGroup
}

// agencyResolver holds resolveAgencies's groups while it builds them.
type agencyResolver struct {
	s                       *agencyScan
	countryVotes, bodyVotes map[string]int
	groups                  []agencyGroup
	byGID                   map[int]int    // gazetteer id -> group
	byKey                   map[string]int // word key of a pattern body -> group
	candGroup               []int
}

// filterGIDs keeps the gazetteer ids for which keep holds.
func filterGIDs(ids []int, keep func(int) bool) []int {
	var same []int
	for _, id := range ids {
		if keep(id) {
			same = append(same, id)
		}
	}
	return same
}

// pickGID returns the gazetteer body candidate c names, or -1: its listed
// ids, else a listed body with the same words in any order (and the same
// country and acronym when c states them); among several, a body already
// seen, then the country named just before, then the country the article
// talks about most.
func (r *agencyResolver) pickGID(c *agencyCand) int {
	s := r.s
	if len(c.gids) == 0 {
		// a pattern name the gazetteer knows word-order free or by its
		// country-less form ("Department of Commerce")
		ids := s.f.gaz.Bags[lexicon.BagKey(c.keys)]
		if c.country != "" {
			// "New Zealand's Serious Fraud Office" is not the listed
			// British one
			ids = filterGIDs(ids, func(id int) bool {
				cc := s.f.gaz.Agencies[id].Country
				return cc == "" || cc == c.country
			})
		}
		if c.acronym != "" {
			// "Ministry of Industry and Trade (MOIT)" is not the
			// listed "Ministry of Trade and Industry" (MTI)
			ids = filterGIDs(ids, func(id int) bool {
				a := s.f.gaz.Agencies[id].Acronym
				return a == "" || a == c.acronym
			})
		}
		if len(ids) == 0 {
			return -1
		}
		c.gids = ids
	}
	if len(c.gids) == 1 {
		return c.gids[0]
	}
	for _, id := range c.gids {
		if _, ok := r.byGID[id]; ok {
			return id
		}
	}
	if c.start > 0 {
		k := c.start - 1
		if k > 0 && (s.toks[k].Text == "'s" || s.toks[k].Text == "\u2019s") {
			k--
		}
		if cc := s.f.gaz.Demonyms[s.toks[k].Fold]; cc != "" {
			for _, id := range c.gids {
				if s.f.gaz.Agencies[id].Country == cc {
					return id
				}
			}
		}
	}
	best, bestVotes := c.gids[0], -1
	for _, id := range c.gids {
		cc := s.f.gaz.Agencies[id].Country
		if v := r.countryVotes[cc] + r.bodyVotes[cc]; v > bestVotes {
			best, bestVotes = id, v
		}
	}
	return best
}

// join puts candidate i in the group of its gazetteer body, or of its
// words (bodies of two countries with the same words stay apart), or in a
// new group, and adds its mention, acronym and alias.
func (r *agencyResolver) join(i int) {
	s := r.s
	c := &s.cands[i]
	men := extract.Mention{Text: c.text, Start: s.toks[c.start].Start, End: s.toks[c.end-1].End}
	gid := r.pickGID(c)
	gi := -1
	key := ""
	if gid >= 0 {
		if x, ok := r.byGID[gid]; ok {
			gi = x
		}
	} else {
		key = lexicon.BagKey(stripCountryKeys(c.keys, s.f.gaz))
		if x, ok := r.byKey[key]; ok {
			gi = x
			if c.country != "" && r.groups[x].country != "" && c.country != r.groups[x].country {
				// "New Zealand Space Agency" and "Norwegian Space Agency"
				gi = -1
				key += "|" + c.country
				if y, ok := r.byKey[key]; ok {
					gi = y
				}
			}
		}
	}
	if gi < 0 {
		gi = r.newGroup(c, gid, key)
	}
	r.candGroup[i] = gi
	g := &r.groups[gi]
	g.mentions = append(g.mentions, men)
	if c.acronym != "" && g.acronym == "" {
		g.acronym = c.acronym
	}
	if gid < 0 && len(c.display) > len(g.name) {
		g.name = c.display
	}
	if !c.acronymMention && c.display != g.name && !containsString(g.aliases, c.display) {
		g.aliases = append(g.aliases, c.display)
	}
}

// newGroup starts the group of candidate c: the gazetteer body gid's name,
// acronym, country, kind and parent, or (gid < 0) c's own name under key.
func (r *agencyResolver) newGroup(c *agencyCand, gid int, key string) int {
	s := r.s
	g := agencyGroup{gid: gid, parent: -1, kind: c.kind, country: c.country, keys: key}
	if gid >= 0 {
		e := s.f.gaz.Agencies[gid]
		g.name = lexicon.StripParenthetical(e.Name)
		g.acronym = e.Acronym
		g.country = e.Country
		g.kind = e.Kind
		g.parentGN = e.Parent
		r.byGID[gid] = len(r.groups)
	} else {
		g.name = strings.TrimPrefix(c.display, "the ")
		g.okeys = strings.Join(stripCountryKeys(c.keys, s.f.gaz), " ")
		r.byKey[key] = len(r.groups)
	}
	if g.kind == "" {
		g.kind = KindGovernment
	}
	r.groups = append(r.groups, g)
	return len(r.groups) - 1
}

// maxSpellingGap bounds how much longer or shorter, in bytes, a written
// name spelt the other way is than its listed form ("Programme" and
// "Program" differ by two bytes a word).
const maxSpellingGap = 6

// writtenNames names each listed body as the article writes it when the
// article writes its gazetteer name only with another country prefix or
// none ("Department of Commerce" or "United States Senate" for the listed
// "U.S. Department of Commerce" and "U.S. Senate") or, for a company, in
// a longer form that starts with it ("Intel Corporation" for "Intel",
// "Huawei Technologies Co., Ltd." for "Huawei"): the longest of
// these forms and the listed name, when written, becomes the name, the
// listed one an alias.
func (r *agencyResolver) writtenNames() {
	s := r.s
	// listedSeen marks the groups whose listed name the article writes;
	// otherForm holds, for the others, the longest name of several words
	// the article writes for the body instead (otherWrittenName)
	var listedSeen []bool
	var otherForm []string
	for i := range s.cands {
		c := &s.cands[i]
		gi := r.candGroup[i]
		if gi < 0 || c.acronymMention || c.aliasOf >= 0 || r.groups[gi].gid < 0 {
			continue
		}
		if listedSeen == nil {
			listedSeen, otherForm = make([]bool, len(r.groups)), make([]string, len(r.groups))
		}
		r.otherWrittenName(c, gi, listedSeen, otherForm)
		if len(c.gids) == 0 {
			continue
		}
		g := &r.groups[gi]
		d := strings.TrimPrefix(c.display, "the ")
		if strings.EqualFold(d, g.name) {
			d = g.name
		} else if s.f.gaz.Agencies[g.gid].Written || sameWords(d, g.name) {
			// "University of Oxford" for the listed "Oxford University":
			// the same words in another order, as the article writes them;
			// "Bundestag", "Ukrainian Parliament", "National Assembly": a
			// parliament is named as the article writes it
		} else if n := len(d) - len(g.name); n >= -maxSpellingGap && n <= maxSpellingGap && lexicon.SpellingVariants(d, g.name) {
			// "Ministry of Defence" for the listed "Ministry of Defense":
			// the article's spelling names the body
		} else if strings.IndexByte(d, ' ') < 0 || !strings.EqualFold(s.withoutCountry(d), s.withoutCountry(g.name)) &&
			!(g.kind == KindIndustry && len(d) > len(g.name) && strings.EqualFold(d[:len(g.name)+1], g.name+" ")) {
			continue
		}
		if len(d) > len(g.written) {
			g.written = d
		}
	}
	for gi := range r.groups {
		g := &r.groups[gi]
		if g.written == "" && listedSeen != nil && !listedSeen[gi] {
			g.written = otherForm[gi]
		}
		if g.written == "" || g.written == g.name {
			continue
		}
		if !containsString(g.aliases, g.name) {
			g.aliases = append(g.aliases, g.name)
		}
		g.name = g.written
	}
}

// otherWrittenName records, for the listed body of group gi, whether
// candidate c writes its listed name (with or without a country word in
// front) and otherwise the longest form of several words c writes for it:
// a body the article names only by another of its listed names ("Foreign
// Office", "Ministry of the Environment and Water Resources" under a
// later name, "Defence Department") is named as written, since that is
// the name the article gives it; the listed name stays an alias.
// Acronyms, bare heads ("the Commission"), descriptions in lower case and
// a title's complement never rename a body.
func (r *agencyResolver) otherWrittenName(c *agencyCand, gi int, listedSeen []bool, otherForm []string) {
	if listedSeen[gi] {
		return
	}
	s, g := r.s, &r.groups[gi]
	d := strings.TrimPrefix(c.display, "the ")
	if strings.EqualFold(d, g.name) || strings.EqualFold(s.withoutCountry(d), s.withoutCountry(g.name)) ||
		len(d)-len(g.name) >= -maxSpellingGap && len(d)-len(g.name) <= maxSpellingGap && lexicon.SpellingVariants(d, g.name) {
		listedSeen[gi] = true
		return
	}
	if n := len(d) - len(g.name); n >= -maxSpellingGap-2 && n <= maxSpellingGap+2 && lexicon.BagKey(lexicon.NameKeys(d)) == lexicon.BagKey(lexicon.NameKeys(g.name)) {
		// "U.S. Departments of State and Justice": the plural of the
		// listed name
		listedSeen[gi] = true
		return
	}
	if r0, _ := utf8.DecodeRuneInString(d); unicode.IsUpper(r0) && strings.IndexByte(d, ' ') > 0 && len(d) > len(otherForm[gi]) && !s.titleComplementAt(c.start) {
		// a description in lower case ("Japan's foreign ministry") is no name
		otherForm[gi] = d
	}
}

// titleComplementAt reports whether the words from token i are the
// complement of a job title ("Secretary of National Defense"): they name
// the office's field, not the body as the article writes it.
func (s *agencyScan) titleComplementAt(i int) bool {
	return i >= 2 && (s.toks[i-1].Text == "of" || s.toks[i-1].Text == "for") && s.f.names.IsTitleHead(s.toks[i-2].Text)
}

// withoutCountry returns name without the country or demonym words it
// starts with ("U.S. Coast Guard" -> "Coast Guard", "United States Senate"
// -> "Senate").
func (s *agencyScan) withoutCountry(name string) string {
	for {
		i := strings.IndexByte(name, ' ')
		if i <= 0 {
			return name
		}
		if j := strings.IndexByte(name[i+1:], ' '); j > 0 && s.isDemonym(name[:i+1+j]) {
			name = name[i+2+j:] // "United States Senate"
			continue
		}
		if !s.isDemonym(name[:i]) {
			return name
		}
		name = name[i+1:]
	}
}

// isDemonym reports whether w names a country or its people, folded as
// the gazetteer folds it (case and dots ignored), without allocating for
// short ASCII words.
func (s *agencyScan) isDemonym(w string) bool {
	var buf [48]byte
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || len(b) == len(buf) {
			return s.f.gaz.Demonyms[lexicon.FoldKey(w)] != ""
		}
		if c == '.' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return s.f.gaz.Demonyms[string(b)] != ""
}

// joinAliases puts each bare head's candidate ("Secretariat of X") in the
// group of the body it names.
func (r *agencyResolver) joinAliases() {
	s := r.s
	for i := range s.cands {
		c := &s.cands[i]
		if c.aliasOf < 0 || r.candGroup[c.aliasOf] < 0 {
			continue
		}
		gi := r.candGroup[c.aliasOf]
		r.candGroup[i] = gi
		g := &r.groups[gi]
		g.mentions = append(g.mentions, extract.Mention{Text: c.text, Start: s.toks[c.start].Start, End: s.toks[c.end-1].End})
		if !c.acronymMention && c.display != g.name && !containsString(g.aliases, c.display) {
			g.aliases = append(g.aliases, c.display)
		}
	}
}

// linkParents sets each group's parent, stated in the text ("X of Y") or
// known to the gazetteer; a body found by pattern takes its parent's
// country ("Rural Utilities Service" of the U.S. Department of
// Agriculture).
func (r *agencyResolver) linkParents() {
	groups, candGroup := r.groups, r.candGroup
	for i, c := range r.s.cands {
		if c.parentCand >= 0 && candGroup[i] >= 0 && candGroup[c.parentCand] >= 0 && candGroup[i] != candGroup[c.parentCand] {
			groups[candGroup[i]].parent = candGroup[c.parentCand]
		}
	}
	for gi := range groups {
		g := &groups[gi]
		if g.parent >= 0 || g.parentGN == "" {
			continue
		}
		if pid, ok := r.s.f.gaz.ByName[g.parentGN]; ok {
			if pg, ok := r.byGID[pid]; ok && pg != gi {
				g.parent = pg
			}
		}
	}
	for gi := range groups {
		g := &groups[gi]
		if g.country == "" && g.parent >= 0 {
			g.country = groups[g.parent].country
		}
	}
}

// stripCountryKeys drops leading country words (U.S., Japan's) from keys, so
// that "U.S. Foo Agency" and "Foo Agency" are one body.
func stripCountryKeys(keys []string, g *lexicon.Gazetteer) []string {
	for len(keys) > 1 && g.Demonyms[keys[0]] != "" {
		keys = keys[1:]
	}
	return keys
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// abbreviates reports whether short is long with some runs of words written
// as their initials: "Ministry of Electronics & IT" abbreviates "Ministry of
// Electronics and Information Technology". At least one run must be
// abbreviated; "and" equals "&".
func abbreviates(short, long string) bool {
	sw, lw := strings.Fields(short), strings.Fields(long)
	norm := func(w string) string {
		if w == "&" {
			return "and"
		}
		return strings.ToLower(strings.Trim(w, ",."))
	}
	i, j, used := 0, 0, false
	for i < len(sw) && j < len(lw) {
		if norm(sw[i]) == norm(lw[j]) {
			i++
			j++
			continue
		}
		acr := sw[i]
		if len(acr) < 2 || len(acr) > 5 || strings.ToUpper(acr) != acr || j+len(acr) > len(lw) {
			return false
		}
		for k := 0; k < len(acr); k++ {
			if w := lw[j+k]; w == "" || w[0] != acr[k] {
				return false
			}
		}
		i++
		j += len(acr)
		used = true
	}
	return used && i == len(sw) && j == len(lw)
}

// mergeTruncated merges a body the gazetteer does not know into another
// unknown body whose name it begins: "the Committee of Experts" after "the
// Committee of Experts on the Application of Conventions and Recommendations".
// ownedHeads end the name of a body that another body of the first words
// owns or set up: "Kestrel Foundation" is the foundation of the company
// Kestrel, not a longer name of it.
var ownedHeads = map[string]bool{
	"Foundation": true, "Trust": true, "Institute": true, "Hospital": true, "University": true,
	"College": true, "School": true, "Museum": true, "Fund": true, "Society": true, "Academy": true,
}

// ownedBody reports whether long is short followed by one word of
// ownedHeads ("CoHonducafe" and "CoHonducafe Foundation").
func ownedBody(short, long string) bool {
	rest, ok := strings.CutPrefix(long, short+" ")
	return ok && (ownedHeads[rest] || strings.Contains(short, " ") && schoolOf(rest))
}

// schoolOf reports whether rest, the words after a body's name in a longer
// name, name a school or institute of it: a head of ownHeadsAfterListed
// among at most maxWordsAfterListed+1 words ("University of Auckland"
// and its "Business School", "School of Law").
func schoolOf(rest string) bool {
	ws := strings.Fields(rest)
	if len(ws) > maxWordsAfterListed+1 {
		return false
	}
	for _, w := range ws {
		if ownHeadsAfterListed[w] {
			return true
		}
	}
	return false
}

func mergeTruncated(groups []agencyGroup, candGroup []int) ([]agencyGroup, []int) {
	into := make([]int, len(groups))
	for i := range into {
		into[i] = i
	}
	merged := false
	for a := range groups {
		listed := groups[a].gid >= 0
		if !listed && groups[a].okeys == "" {
			continue
		}
		for b := range groups {
			if listed {
				// "Ministry of Home Affairs" written short for the "Ministry
				// of Home Affairs, Immigration, Safety and Security" the
				// article names in full
				if a == b || groups[b].gid >= 0 || into[b] != b || !portfolioOf(groups[a].name, groups[b].name) ||
					groups[a].country != "" && groups[b].country != "" && groups[a].country != groups[b].country {
					continue
				}
			} else if ka, kb := groups[a].okeys, groups[b].okeys; !(a != b && into[b] == b && abbreviates(groups[a].name, groups[b].name)) &&
				(a == b || groups[b].gid >= 0 || into[b] != b || ownedBody(groups[a].name, groups[b].name) ||
					!strings.HasPrefix(kb, ka+" ") && !(strings.Contains(ka, " ") && strings.HasSuffix(kb, " "+ka) &&
						strings.HasSuffix(strings.ToLower(groups[b].name), " "+strings.ToLower(groups[a].name)))) ||
				groups[a].country != "" && groups[b].country != "" && groups[a].country != groups[b].country {
				// merge "Committee of Experts" into "Committee of Experts on
				// ...", and "Armed Services Committee" into "Senate Armed
				// Services Committee" (a written suffix, so not "Tonga Cable
				// Limited" into "Southern Cross Cables Limited")
				continue
			}
			gb := &groups[b]
			gb.mentions = append(gb.mentions, groups[a].mentions...)
			for _, al := range append([]string{groups[a].name}, groups[a].aliases...) {
				if al != gb.name && !containsString(gb.aliases, al) {
					gb.aliases = append(gb.aliases, al)
				}
			}
			if gb.acronym == "" && !listed {
				gb.acronym = groups[a].acronym
			}
			into[a] = b
			merged = true
			break
		}
	}
	if !merged {
		return groups, candGroup
	}
	newIndex := make([]int, len(groups))
	var out []agencyGroup
	for i, g := range groups {
		if into[i] != i {
			continue
		}
		newIndex[i] = len(out)
		out = append(out, g)
	}
	resolve := func(i int) int {
		for into[i] != i {
			i = into[i]
		}
		return newIndex[i]
	}
	for i, g := range candGroup {
		if g >= 0 {
			candGroup[i] = resolve(g)
		}
	}
	for i := range out {
		if out[i].parent >= 0 {
			out[i].parent = resolve(out[i].parent)
		}
	}
	return out, candGroup
}

// placeEndingAt returns where a place name of two to five words that ends
// at token k begins ("Papua New Guinea", "Republic of Fiji"), on one line
// and outside any body, or k when there is none.
func (s *agencyScan) placeEndingAt(k int) int {
	best := k
	for st := max(0, k-4); st < k; st++ {
		n := s.f.gaz.Places
		j := st
		for ; j <= k && n != nil; j++ {
			if s.covered[j] != 0 || j > st && s.toks[j].NL > 0 {
				n = nil
				break
			}
			n = n.Next[s.toks[j].Fold]
		}
		if n != nil && len(n.Ids) > 0 {
			best = st
			break
		}
	}
	if best >= 2 && s.toks[best-1].Text == "of" && statePrefixes[s.toks[best-2].Text] && s.covered[best-2] == 0 &&
		s.toks[best].NL == 0 && s.toks[best-1].NL == 0 {
		best -= 2 // "Republic of Fiji", "Kingdom of Tonga"
	}
	return best
}

// statePrefixes begin the formal name of a state before "of" and a place.
var statePrefixes = map[string]bool{"Republic": true, "Kingdom": true, "Commonwealth": true, "State": true, "Principality": true, "Sultanate": true}

// otherCountryBefore finds a demonym or country right before the listed
// name at token i ("Philippine Coast Guard") or a country's possessive
// ("New Zealand's Serious Fraud Office") when every body of that name
// belongs to another country: the mention is then another country's body,
// not the listed one. It returns where that body's name begins (the
// demonym, or i after a possessive) and the country, or "" when the listed
// body stands.
func (s *agencyScan) otherCountryBefore(i int, ids []int) (int, string) {
	k := i - 1
	if k < 0 || s.toks[i].NL > 0 || s.covered[k] != 0 {
		return i, ""
	}
	poss := s.toks[k].Text == "'s" || s.toks[k].Text == "\u2019s"
	if poss {
		k--
	}
	if k < 0 || s.covered[k] != 0 || !s.toks[k].Cap {
		return i, ""
	}
	cc, st := s.f.gaz.Demonyms[s.toks[k].Fold], k
	if k > 0 && s.toks[k].NL == 0 && s.covered[k-1] == 0 {
		if c2 := s.f.gaz.Demonyms[s.toks[k-1].Fold+" "+s.toks[k].Fold]; c2 != "" {
			cc, st = c2, k-1 // "New Zealand", "United Kingdom"
		}
	}
	if cc == "" {
		return i, ""
	}
	for _, id := range ids {
		if c := s.f.gaz.Agencies[id].Country; c == "" || c == cc {
			return i, ""
		}
	}
	if poss {
		return i, cc
	}
	return st, cc
}

// titleStartsAt reports whether a job title begins at token j: title words
// on one line that reach a title head ("Deputy Chairman", "Chairman"), not
// a modifier alone ("Trade" of "Ministry of Industry and Trade").
func (s *agencyScan) titleStartsAt(j int) bool {
	for k := j; k < len(s.toks) && k < j+4 && (k == j || s.toks[k].NL == 0); k++ {
		w := s.toks[k].Text
		if s.f.names.IsTitleHead(w) || s.f.names.IsHonorific(w) {
			return true
		}
		if !s.f.names.IsTitleWord(w) {
			return false
		}
	}
	return false
}

// officerOffice reports whether the head at token h opens the name of an
// office named after its officer, "Office of the" and a title: "Office of
// the Privacy Commissioner of Canada", "Office of the Auditor General",
// where the title head is part of the name.
func (s *agencyScan) officerOffice(h, end int) bool {
	return s.toks[h].Text == "Office" && end+1 < len(s.toks) && s.toks[end].Text == "of" && s.toks[end+1].Text == "the"
}

// headAfterCountry reports whether the head noun at token j closes a name
// whose "of" names only a country: "Treasury Board of Canada Secretariat",
// where the last head is the body and "of Canada" belongs to the first.
func (s *agencyScan) headAfterCountry(j int) bool {
	if j < 2 || s.toks[j-2].Text != "of" || !s.f.gaz.IsPlaceFold(s.toks[j-1].Fold) {
		return false
	}
	return j+1 >= len(s.toks) || s.toks[j+1].NL > 0 || !s.isNameWord(j+1) && !s.isNameConnector(j+1)
}

// organHeads name the executive organ of an organization when they follow
// its name: "African Union Commission", "Pacific Islands Forum Secretariat",
// "U.S. Army Corps of Engineers".
var organHeads = map[string]bool{"Commission": true, "Secretariat": true, "Corps": true}

// organEnd returns the end of the organ whose head stands at token h after
// a listed body starting at token start: its "of" phrase when it names no
// country ("Corps of Engineers", not "Secretariat of the Philippines").
func (s *agencyScan) organEnd(start, h int) int {
	ce, _, _ := s.patternEnd(start, h)
	if ce <= h+1 {
		return h + 1
	}
	k := h + 2 // after "of"
	if k < ce && s.toks[k].Text == "the" {
		k++
	}
	if s.countriesOnly(k, ce) > 0 {
		return h + 1
	}
	return ce
}

// organHeadAfter reports whether token e, right after a listed body's name
// on its line, is an organ head that ends the name (no capitalized word
// but a title follows it, and no listed name begins at it).
func (s *agencyScan) organHeadAfter(e int) bool {
	if e >= len(s.toks) || s.toks[e].NL > 0 || !organHeads[s.toks[e].Text] {
		return false
	}
	if end, _ := s.gazetteerMatch(e); end > e {
		return false
	}
	n := e + 1
	return n >= len(s.toks) || s.toks[n].NL > 0 || !s.toks[n].Word || !s.toks[n].Cap || s.f.names.IsTitleWord(s.toks[n].Text)
}

// countryPairBefore returns where a pair of countries joined by a hyphen
// ends at token k begins: at k stands the second country, at k-1 a hyphen
// written tight, at k-2 the first ("U.S.-India", "Japan-Korea"). It
// returns k when there is none.
func (s *agencyScan) countryPairBefore(k int) int {
	if k < 2 || s.covered[k-2] != 0 || s.toks[k].NL > 0 || s.toks[k-1].NL > 0 {
		return k
	}
	if d := s.toks[k-1].Text; d != "-" && d != "\u2013" && d != "\u2010" {
		return k
	}
	if s.toks[k-2].End != s.toks[k-1].Start || s.toks[k-1].End != s.toks[k].Start {
		return k
	}
	country := func(i int) bool {
		f := s.toks[i].Fold
		return s.f.gaz.IsPlaceFold(f) || s.f.gaz.Demonyms[f] != ""
	}
	if !country(k) || !country(k-2) {
		return k
	}
	return k - 2
}

// namedInFull reports whether one of the listed bodies ids is named in the
// article by a name, not only by its acronym (nil ids: none is).
func (s *agencyScan) namedInFull(ids []int) bool {
	for _, id := range ids {
		for i := range s.cands {
			if c := &s.cands[i]; !c.acronymMention && slices.Contains(c.gids, id) {
				return true
			}
		}
	}
	return false
}
