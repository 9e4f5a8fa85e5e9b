package entity

import (
	"strings"

	"github.com/communique/communique/extract/entity/lexicon"
)

// formAt returns the end token of a company legal form starting at token i
// ("Pte Ltd", "Co., Ltd.", "Inc."), or i when none starts there. Dots and a
// comma inside the form are skipped.
func (s *agencyScan) formAt(i int) int {
	lx := s.f.orgs
	if i >= len(s.toks) || !s.toks[i].Word || !s.toks[i].Cap && s.toks[i].Text != "plc" && !dottedLower(s.toks[i].Text) || !lx.FormWord[undot(s.toks[i].Text)] {
		return i
	}
	for _, form := range lx.Forms {
		j, ok := i, true
		for k, w := range form {
			for k > 0 && j < len(s.toks) && (s.toks[j].Text == "." || s.toks[j].Text == ",") && s.toks[j].NL == 0 {
				j++
			}
			if j >= len(s.toks) || s.toks[j].NL > 0 && j > i || undot(s.toks[j].Text) != w {
				ok = false
				break
			}
			j++
		}
		if ok {
			return j
		}
	}
	return i
}

// dottedLower reports whether w is a lower-case abbreviation written with
// its dots ("d.o.o.", "s.r.o.", "e.V."): a legal form, where the same
// letters without dots would be a word.
func dottedLower(w string) bool {
	return len(w) >= 3 && w[0] >= 'a' && w[0] <= 'z' && w[1] == '.' && strings.Count(w, ".") >= 2
}

// findCompanies records "Northwind Traders Pte Ltd", "Fabrikam, Inc.":
// capitalized words on one line right before a company legal form.
func (s *agencyScan) findCompanies() {
	for i := 1; i < len(s.toks); i++ {
		if s.covered[i] != 0 || s.toks[i].NL > 0 {
			continue
		}
		end := s.formAt(i)
		if end == i {
			continue
		}
		k := i - 1
		if s.toks[k].Text == "," && k > 0 {
			k-- // "Fabrikam, Inc."
		}
		start := i
		for ; k >= 0 && i-k <= 6 && s.covered[k] == 0; k-- {
			t := s.toks[k]
			if (t.Text == "&" || t.Text == "of" || t.Text == "the" && s.toks[k-1].Text == "of" ||
				s.f.lists.ForeignConnectors[t.Text] && s.toks[k+1].Cap) &&
				k < start && k > 0 && s.toks[k].NL == 0 && (s.isNameWord(k-1) || s.toks[k-1].Text == "of") {
				continue // "Procter & Gamble Co.", "Bank of the Philippine Islands Ltd", "Hafen und Logistik AG"
			}
			if k == i-1 && k > 0 && t.Word && !t.Cap && s.f.lists.OrgTailWords[upperFirst(t.Text)] && s.isNameWord(k-1) && s.toks[k].NL == 0 {
				continue // "Biobyte solutions GmbH": a company's tail word in lower case
			}
			if !t.Word || !s.isNameWord(k) || s.f.lists.SentenceStarters[t.Text] || s.f.names.IsHonorific(t.Text) ||
				s.isDateWord(k) && !techNumber(t.Text) || s.f.lists.HeadlineVerbs[t.Text] || s.f.names.IsTitleHead(t.Text) {
				break
			}
			start = k
			if s.toks[k].NL > 0 {
				break
			}
		}
		for start < i && !s.isNameWord(start) {
			start++
		}
		if start == i {
			continue
		}
		s.addCand(agencyCand{start: start, end: end, kind: KindIndustry, parentCand: -1, aliasOf: -1})
		i = end - 1
	}
}

// isNameConnector reports whether token i joins a head noun to the rest of a
// body's name: "of", "for", "on", a capitalized "Against" or "To" in a Title
// Case name ("Independent Commission Against Corruption"), or "to" before a
// listed body ("U.S. Mission to ASEAN").
func (s *agencyScan) isNameConnector(i int) bool {
	switch s.toks[i].Text {
	case "of", "for", "on", "Against", "To", "For", "On":
		return true
	case "to":
		k := i + 1
		if k < len(s.toks) && s.toks[k].Text == "the" {
			k++
		}
		if k+1 < len(s.toks) && (s.toks[k+1].Text == "'s" || s.toks[k+1].Text == "\u2019s") {
			return false // "Hydrographic Office to Indonesia's navy": a recipient, not the name
		}
		return k < len(s.toks) && (s.covered[k] != 0 || len(s.f.gaz.Acronyms[s.toks[k].Text]) > 0 || s.f.gaz.IsPlaceFold(s.toks[k].Fold))
	}
	return false
}

// pluralPossessive reports whether token k is the apostrophe of a plural
// possessive inside a name ("Girls'", "Veterans'") or the "'s" of a plural
// noun ("Women's", "Children's"), after a capitalized word on the same line.
func (s *agencyScan) pluralPossessive(k int) bool {
	if k == 0 || s.toks[k].NL > 0 || !s.toks[k-1].Word || !s.toks[k-1].Cap {
		return false
	}
	prev := s.toks[k-1].Text
	switch s.toks[k].Text {
	case "'", "\u2019":
		return strings.HasSuffix(prev, "s") && s.toks[k].Start == s.toks[k-1].End
	case "'s", "\u2019s":
		return pluralNouns[prev]
	}
	return false
}

// pluralNouns are irregular plurals whose possessive stands inside names.
var pluralNouns = map[string]bool{"Women": true, "Children": true, "Men": true, "People": true}

// inTitleComplement reports whether the name [start,h] of a head is
// coordinated inside a job title's complement: "Minister for Digital
// Economy and Society", "Secretary of Health and Human Society". A body
// named whole after a title ("Director of Tan Tock Seng Hospital") is not.
func (s *agencyScan) inTitleComplement(start, h int) bool {
	coordinated := false
	for k := start; k < h; k++ {
		if s.toks[k].Text == "and" || s.toks[k].Text == "&" {
			coordinated = true
		}
	}
	for k := start - 1; k >= 0 && k >= start-10 && s.toks[k+1].NL == 0; k-- {
		t := s.toks[k]
		switch {
		case t.Text == "and" || t.Text == "&" || t.Text == ",":
			coordinated = true
		case t.Text == "of" || t.Text == "for":
			if k > 0 && s.f.names.IsTitleHead(s.toks[k-1].Text) {
				return coordinated
			}
		case t.Word && t.Cap && s.covered[k] == 0:
		default:
			return false
		}
	}
	return false
}

// namesOccasion reports whether the name [start,end) is an event's: an
// ordinal before it or a year right after it ("Asia Forum 2024").
func (s *agencyScan) namesOccasion(start, end int) bool {
	if s.f.lists.OccasionWords[s.toks[start].Text] {
		return true
	}
	if start > 0 {
		p := s.toks[start-1].Text
		if s.f.lists.OccasionWords[p] || len(p) >= 3 && p[0] >= '1' && p[0] <= '9' && (strings.HasSuffix(p, "th") ||
			strings.HasSuffix(p, "st") || strings.HasSuffix(p, "nd") || strings.HasSuffix(p, "rd")) {
			return true
		}
	}
	if end < len(s.toks) && s.toks[end].NL == 0 {
		n := s.toks[end].Text
		return len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20"))
	}
	return false
}

// namesProgramme reports whether a programme word follows the name ending
// before token end on its line.
func (s *agencyScan) namesProgramme(end int) bool {
	return end < len(s.toks) && s.toks[end].NL == 0 && s.f.lists.ProgrammeWords[s.toks[end].Text]
}

// genericComplements after a bare head and "of" name a part or a label of
// some body, not a body: "Board of Directors", "Centre of Excellence".
var genericComplements = map[string]bool{
	"Directors": true, "Governors": true, "Trustees": true, "Excellence": true, "Management": true, "Commissioners": true,
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// undot returns w without dots, allocating only when it has some.
func undot(w string) string {
	if strings.IndexByte(w, '.') < 0 {
		return w
	}
	return strings.ReplaceAll(w, ".", "")
}

// titlePossessive reports whether token k is the "'s" of a job title right
// before the head at h: the office of that post is a body ("Prime
// Minister's Office", "Attorney-General's Chambers", "Riverside County
// District Attorney's Office", "Cook County State's Attorney's Office",
// "U.S. Attorney's Office"), or the "'s" inside such a title ("State's"
// of "State's Attorney's Office").
func (s *agencyScan) titlePossessive(k, h int) bool {
	if k == 0 || !isPossessiveS(s.toks[k].Text) || s.toks[k].NL > 0 {
		return false
	}
	if k+1 != h {
		// "State's Attorney's Office": a title head and its own "'s" follow
		return k+3 == h && s.toks[k-1].Cap && s.toks[k+1].Cap && s.f.names.IsTitleHead(s.toks[k+1].Text) &&
			isPossessiveS(s.toks[k+2].Text) && s.titleQualified(k-1)
	}
	// a compound or qualified title ("Attorney-General", "Prime Minister",
	// "District Attorney", "County Sheriff"), not a bare "Minister's
	// Office" or "CEO's Office"
	p := s.toks[k-1]
	return p.Cap && s.f.names.IsTitleHead(p.Text) && (strings.Contains(p.Text, "-") || s.titleQualified(k-1))
}

// titleQualified reports whether the title head at token t has a word of
// the title or of a place before it on its line ("Prime Minister",
// "District Attorney", "County Sheriff", "U.S. Attorney", "State's
// Attorney"); a sentence opener ("The Minister's") is none.
func (s *agencyScan) titleQualified(t int) bool {
	if t == 0 || s.toks[t].NL > 0 {
		return false
	}
	q := s.toks[t-1]
	if isPossessiveS(q.Text) {
		return t >= 2 && s.toks[t-2].Cap && s.toks[t-1].NL == 0
	}
	if !q.Word || !q.Cap || s.f.lists.SentenceStarters[q.Text] {
		return false
	}
	return s.f.names.IsTitleWord(q.Text) || s.f.gaz.IsPlaceFold(q.Fold) || s.f.names.WordBits(q.Text)&lexicon.BitComp != 0
}

// isPossessiveS reports whether w is the token "'s" (straight or curly).
func isPossessiveS(w string) bool { return w == "'s" || w == "\u2019s" }

// bilateralHeads are the heads of the standing meetings two governments
// hold ("Joint Commission", "Joint Committee").
var bilateralHeads = map[string]bool{"Commission": true, "Committee": true, "Council": true}

// bilateralMechanism reports whether the name with head h starting at
// start is a joint commission or committee of two countries, a series of
// meetings rather than a body: "Joint" stands in or just before the name,
// and a country, demonym or country pair stands in or just before it
// ("Guyana-Qatar Joint Commission", "Sri Lanka - Maldives Joint Commission",
// "Second Nigeria-Sudan Joint Ministerial Commission"). A joint committee of
// one legislature ("Joint Committee on Taxation") names no country.
func (s *agencyScan) bilateralMechanism(start, h int) bool {
	if !bilateralHeads[s.toks[h].Text] {
		return false
	}
	joint, country := false, false
	for k := h - 1; k >= 0 && k >= start-4; k-- {
		t := s.toks[k]
		if k < h-1 && s.toks[k+1].NL > 0 {
			break
		}
		switch {
		case t.Text == "Joint":
			joint = true
			// "Maldives-Sri Lanka Joint Commission": a country of two
			// words joined to the other by a hyphen
			country = country || k > start && s.countryPairEnding(start, k)
		case t.Word && (s.f.gaz.Demonyms[t.Fold] != "" || s.f.gaz.IsPlaceFold(t.Fold) || s.countriesOnly(k, k+1) > 0):
			country = true
		}
	}
	return joint && country
}

// countryPairEnding reports whether the words right before token k, from
// token start or up to two words before it on its line ("New" of "New
// Zealand" stays out of a name), are two countries joined by a hyphen.
func (s *agencyScan) countryPairEnding(start, k int) bool {
	for a := start; a >= 0 && a >= start-2; a-- {
		if a < start && s.toks[a+1].NL > 0 {
			return false
		}
		if s.countriesOnly(a, k) >= 2 {
			return true
		}
	}
	return false
}
