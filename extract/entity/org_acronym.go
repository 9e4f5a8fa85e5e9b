package entity

import "strings"

// A capitalized name that the article defines with its acronym in brackets
// ("United Autoworkers (UAW)", "Global Partnership on AI (GPAI)") names a
// body when the acronym is made of its words' initials, no word of laws,
// plans, meetings or indexes heads it, and it holds a word only a name
// would (a place, a coined word, an acronym): "Artificial Intelligence
// (AI)" and "Small and Medium Enterprises (SMEs)" are concepts. A body headed by Partnership, Alliance, Network or Initiative is
// taken only so, with its definition as evidence. The bare acronym later in
// the article is the same body (findAcronyms' defined acronyms).

// maxDefinedName bounds, in tokens, a name read back from its bracketed
// acronym.
const maxDefinedName = 12

// notBodyHeads end the names of things that are not bodies, though they
// are defined with acronyms like bodies: laws, agreements, plans, meetings,
// indexes, goals, zones.
var notBodyHeads = map[string]bool{
	"Act": true, "Agreement": true, "Agreements": true, "Treaty": true, "Convention": true, "Plan": true,
	"Strategy": true, "Summit": true, "Meeting": true, "Conference": true, "Dialogue": true, "Index": true,
	"Goals": true, "Goal": true, "Report": true, "Project": true, "Framework": true, "Mechanism": true,
	"Facility": true, "Zone": true, "Zones": true, "Accord": true, "Accords": true, "Declaration": true,
	"Charter": true, "Protocol": true, "Standard": true, "Standards": true, "Principles": true, "Law": true,
	"Bill": true, "Regulation": true, "Directive": true, "Programme": true, "Program": true, "Scheme": true,
	"Policy": true, "Agenda": true, "System": true, "Systems": true, "Technology": true, "Technologies": true,
	"Intelligence": true, "Partnership": true, "City": true, "Emissions": true, "Enterprises": true, "Products": true, "Exercise": true,
	"Operation": true, "Week": true, "Day": true, "Year": true, "Award": true, "Awards": true, "Prize": true,
	"Fund": false, // "Japan-ASEAN Integration Fund" is a body
}

// definedNameStart returns the first token of the capitalized name that
// ends right before the bracket at token i and that the acronym inside the
// bracket abbreviates, or -1.
func (s *agencyScan) definedNameStart(i int) int {
	if i < 2 || s.toks[i].NL > 0 || s.covered[i-1] != 0 || !s.isNameWord(i-1) {
		return -1
	}
	a := i - 1
	for k := i - 2; k >= 0 && i-k <= maxDefinedName && s.toks[k+1].NL == 0 && s.covered[k] == 0; k-- {
		t := s.toks[k]
		if s.isNameWord(k) && !s.f.lists.SentenceStarters[t.Text] {
			a = k
			continue
		}
		if definedNameConnector(t.Text) && k > 0 && s.isNameWord(k-1) && s.toks[k].NL == 0 {
			continue // "Global Partnership on AI", "Poverty & Human Development"
		}
		break
	}
	if i-a < 2 && !s.toks[a].Upper {
		return -1 // one word: a company spelling itself out is rare, a concept common
	}
	last := s.toks[i-1].Text
	if h := s.headBeforeConnector(a, i); notBodyHeads[last] || notBodyHeads[h] && h != "Partnership" || s.f.lists.InstrumentWords[last] ||
		s.namesOccasion(a, i) || !s.orgItem(a, i, false) && i-a <= 8 {
		return -1 // "Master Plan on ASEAN Connectivity (MPAC)": a plan
	}
	if !s.distinctiveWord(a, i) {
		return -1 // "Artificial Intelligence (AI)", "Agri-Food Cluster Transformation": a concept, a plan
	}
	if !initialsFit(s.toks[i+1].Text, s.nameWords(a, i)) {
		return -1
	}
	return a
}

// definedNameConnector reports whether w may stand between the words of a
// name defined by its acronym.
func definedNameConnector(w string) bool {
	switch w {
	case "of", "for", "on", "and", "&", "the", "in", "to":
		return true
	}
	return false
}

// headBeforeConnector returns the word before the first connector of
// [a,b) ("Plan" of "ASEAN Plan of Action"), or "".
func (s *agencyScan) headBeforeConnector(a, b int) string {
	for k := a + 1; k < b; k++ {
		if !s.toks[k].Cap && definedNameConnector(s.toks[k].Text) {
			return s.toks[k-1].Text
		}
	}
	return ""
}

// distinctiveWord reports whether [a,b) holds a word that only a name
// would: an acronym, a place or demonym, or a word that is no English word
// ("Autoworkers"); a coined compound of common parts ("Agri-Food") is none.
func (s *agencyScan) distinctiveWord(a, b int) bool {
	for k := a; k < b; k++ {
		t := s.toks[k]
		if !t.Word || !t.Cap {
			continue
		}
		if t.Upper || s.f.gaz.IsPlaceFold(t.Fold) || s.f.gaz.Demonyms[t.Fold] != "" {
			return true
		}
		parts := strings.Split(t.Text, "-")
		if len(parts) == 1 && !s.f.names.IsCommonWord(t.Text) {
			return true
		}
		for _, p := range parts[1:] {
			if p != "" && (s.f.gaz.IsPlaceFold(strings.ToLower(p)) || lexiconUpper(p)) {
				return true // "Japan-ASEAN", "Sino-Singapore"
			}
		}
		if p := strings.ToLower(parts[0]); len(parts) > 1 && (s.f.gaz.IsPlaceFold(p) || s.f.gaz.Demonyms[p] != "") {
			return true
		}
	}
	return false
}

// lexiconUpper reports whether w is written in capitals, two letters or
// more.
func lexiconUpper(w string) bool {
	n := 0
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// nameWords returns the capitalized words of [a,b), function words left out.
func (s *agencyScan) nameWords(a, b int) []string {
	var ws []string
	for k := a; k < b; k++ {
		if t := s.toks[k]; t.Word && s.isNameWord(k) {
			ws = append(ws, t.Text)
		}
	}
	return ws
}

// initialsFit reports whether acr is made of the initials of words, in
// order: every word but at most one gives its initial, and a word may give
// more letters after its initial ("CARICOM" of "Caribbean Community",
// "UAW" of "United Autoworkers"); an acronym word gives all its letters
// ("GPAI" of "Global Partnership on AI").
func initialsFit(acr string, words []string) bool {
	a := strings.ToLower(strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, acr))
	if len(a) < 2 || len(words) == 0 || a[0] != strings.ToLower(words[0])[0] {
		return false
	}
	k, missed := 0, 0
	for _, w := range words {
		lw := strings.ToLower(w)
		if k >= len(a) || lw[0] != a[k] {
			missed++
			if missed > 1 {
				return false
			}
			continue
		}
		k++
		for j := 1; j < len(lw) && k < len(a); j++ {
			// further letters of the same word, while the next word's
			// initial is not the acronym's next letter
			if lw[j] == a[k] && (strings.ToUpper(w) == w || !nextInitialIs(words, w, a[k])) {
				k++
			}
		}
	}
	return k == len(a)
}

// nextInitialIs reports whether the word after w in words starts with c.
func nextInitialIs(words []string, w string, c byte) bool {
	for i, x := range words {
		if x == w && i+1 < len(words) {
			return strings.ToLower(words[i+1])[0] == c
		}
	}
	return false
}

// expansion is a listed acronym and the candidates inside the bracket that
// spells it out after it: "UNESCO (United Nations Educational, Scientific
// and Cultural Organization)" holds "United Nations" and "Scientific and
// Cultural Organization", which are the one body UNESCO.
type expansion struct {
	acr   int   // token of the acronym
	inner []int // candidates inside the bracket
}

// maxExpansion bounds, in tokens, the bracket after an acronym.
const maxExpansion = 16

// expansionCands returns the candidates inside the bracket after the
// acronym at token i when the bracket's words spell it (acronymFits) and
// the gazetteer lists the acronym, or nil.
func (s *agencyScan) expansionCands(i int) []int {
	acr := s.toks[i].Text
	if len(s.f.gaz.Acronyms[acr]) == 0 {
		return nil
	}
	end := -1
	for k := i + 2; k < len(s.toks) && k < i+2+maxExpansion; k++ {
		if s.toks[k].Text == ")" {
			end = k
			break
		}
	}
	if end < 0 || !acronymFits(acr, s.text[s.toks[i+2].Start:s.toks[end-1].End]) {
		return nil
	}
	var inner []int
	for k := i + 2; k < end; k++ {
		if c := s.covered[k]; c != 0 && (len(inner) == 0 || inner[len(inner)-1] != c-1) {
			if cc := s.cands[c-1]; cc.start < i+2 || cc.end > end {
				return nil // a body that runs out of the bracket
			}
			inner = append(inner, c-1)
		}
	}
	if len(inner) < 2 {
		return nil // one body inside is "ACR (Full Name)" already
	}
	return inner
}

// absorbExpansions makes the candidates of each expansion mentions of the
// acronym's body.
func (s *agencyScan) absorbExpansions(exps []expansion) {
	for _, x := range exps {
		c := s.covered[x.acr]
		if c == 0 {
			continue
		}
		for _, ci := range x.inner {
			s.cands[ci].aliasOf = c - 1
			s.cands[ci].gids = nil
		}
	}
}

// shoutedWord reports whether the all-capital token i is an ordinary
// English word written in a heading or menu set in capitals ("WHO WE ARE",
// "WHAT WE DO", "HOW IT WORKS"): a neighbour on its line is another
// all-capital common word, so the token is no acronym of a listed body.
func (s *agencyScan) shoutedWord(i int) bool {
	t := s.toks[i]
	if !t.Upper || !s.f.names.IsCommonWord(t.Text) {
		return false
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if k < 0 || k >= len(s.toks) || (k < i && t.NL > 0) || (k > i && s.toks[k].NL > 0) {
			continue
		}
		if n := s.toks[k]; n.Word && n.Upper && len(s.f.gaz.Acronyms[n.Text]) == 0 && s.f.names.IsCommonWord(n.Text) {
			return true
		}
	}
	return false
}
