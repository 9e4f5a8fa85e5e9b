package entity

// Short references to national bodies: a listed body may be named by a
// form written in common words only ("Congress", "Diet", "House of
// Representatives"). Such a form names the listed body only where the
// document is that body's country's; elsewhere it is part of a longer
// name ("Kenyan World Congress", "Philippine Congress") or names a body
// the document names in full.

// genericMatch reports whether the gazetteer match [i,end) is one common
// English word, with function words only: "Congress", "the Diet", not
// "U.S. Congress", "Bundestag" or "Department of Energy" (a body's own
// name, though written in common words).
func (s *agencyScan) genericMatch(i, end int) bool {
	words := 0
	for k := i; k < end; k++ {
		t := s.toks[k]
		if !t.Word {
			if t.Text == "," || t.Text == "&" {
				continue
			}
			return false
		}
		if s.isSkip(k) {
			continue
		}
		if t.Upper || s.f.gaz.Demonyms[t.Fold] != "" || s.f.gaz.IsPlaceFold(t.Fold) || !s.f.names.IsCommonWord(t.Text) {
			return false
		}
		words++
	}
	return words == 1
}

// maxGenericPrefix bounds the capitalized words that may open a longer name
// before a generic listed form.
const maxGenericPrefix = 4

// longerGenericName returns where a longer name begins when capitalized
// words right before the generic listed form [i,end) make it another
// body's name, with that body's country: "the Ghanaian Diaspora Congress",
// "Kenyan World Congress", "Philippine Congress". The words must hold a
// demonym or a country, or follow "the": "... to Fund Congress" in a Title
// Case headline is no name. It returns i, "" when the listed form stands.
func (s *agencyScan) longerGenericName(i, end int) (int, string) {
	if i == 0 || s.toks[i].NL > 0 || !s.genericMatch(i, end) {
		return i, ""
	}
	st, cc := i, ""
	for k := i - 1; k >= 0 && k >= i-maxGenericPrefix && s.toks[k+1].NL == 0 && s.covered[k] == 0; k-- {
		t := s.toks[k]
		if !t.Word || !t.Cap || s.f.lists.SentenceStarters[t.Text] || s.f.names.IsTitleWord(t.Text) ||
			s.f.names.IsHonorific(t.Text) || s.f.lists.HeadlineVerbs[t.Text] || s.f.lists.DateWords[t.Text] || lawWords[t.Text] {
			break
		}
		if d := s.f.gaz.Demonyms[t.Fold]; d != "" {
			cc = d
		} else if k > 0 && s.toks[k].NL == 0 {
			if d := s.f.gaz.Demonyms[s.toks[k-1].Fold+" "+t.Fold]; d != "" && s.covered[k-1] == 0 {
				cc = d // "Sri Lankan", "New Zealand"
				k--
			}
		}
		st = k
	}
	if st == i {
		return i, ""
	}
	if cc == "" && (st == 0 || (s.toks[st-1].Text != "the" && s.toks[st-1].Text != "The")) {
		return i, ""
	}
	return st, cc
}

// listedIn reports whether one of the listed bodies ids belongs to
// country cc: "Japanese Diet" is the listed National Diet.
func (s *agencyScan) listedIn(ids []int, cc string) bool {
	for _, id := range ids {
		if cc != "" && s.f.gaz.Agencies[id].Country == cc {
			return true
		}
	}
	return false
}

// retargetShortForms turns each generic listed form of a national body
// ("Congress", "the Diet") in a document that is another country's into a
// mention of the body the document names with the same last word ("the
// Kenyan World Congress ... Congress"), or drops it: a bare "Congress" in
// a Kenyan release is not the U.S. Congress. A document is another
// country's when some country has votes (places, unambiguous bodies) and
// the listed body's country has none; the EU's and intergovernmental
// bodies are left alone.
func (r *agencyResolver) retargetShortForms() {
	s := r.s
	lead := 0
	for cc, v := range r.countryVotes {
		if v+r.bodyVotes[cc] > lead {
			lead = v + r.bodyVotes[cc]
		}
	}
	for cc, v := range r.bodyVotes {
		if v+r.countryVotes[cc] > lead {
			lead = v + r.countryVotes[cc]
		}
	}
	if lead == 0 {
		return
	}
	for i := range s.cands {
		c := &s.cands[i]
		if len(c.gids) == 0 || c.acronymMention || c.aliasOf >= 0 || !s.genericMatch(c.start, c.end) || r.anyVotes(c.gids) {
			continue
		}
		c.gids, c.dropped = nil, true
		last := s.toks[c.end-1].Text
		for j := range s.cands {
			o := &s.cands[j]
			if j != i && !o.dropped && !o.acronymMention && o.aliasOf < 0 && o.end-o.start > c.end-c.start &&
				s.toks[o.end-1].Text == last && !s.genericMatch(o.start, o.end) {
				c.aliasOf, c.dropped, c.acronymMention = j, false, true
				break
			}
		}
	}
}

// anyVotes reports whether the document may be the country of one of the
// listed bodies ids: the body is the EU's or intergovernmental, or its
// country has votes.
func (r *agencyResolver) anyVotes(ids []int) bool {
	for _, id := range ids {
		cc := r.s.f.gaz.Agencies[id].Country
		if cc == "" || cc == "EU" || r.countryVotes[cc]+r.bodyVotes[cc] > 0 {
			return true
		}
	}
	return false
}
