package entity

// euShortNames are the bare names EU pages give their institutions ("the
// Commission proposed", "Parliament adopted"): on a page that names an EU
// body, they mean these bodies of the gazetteer.
var euShortNames = map[string]string{
	"Commission": "European Commission", "Council": "Council of the European Union", "Parliament": "European Parliament",
}

// resolveBareHeads records "the Commission", "the Ministry" and other bare
// heads as mentions of the one body with that head named elsewhere in the
// article ("the Ministry" after "the Ministry of Health"), or, on a page
// about the EU, of the EU institution of that short name. A bare head two
// named bodies share is left alone.
func (s *agencyScan) resolveBareHeads() {
	any := false
	for i := 0; i+1 < len(s.toks); i++ {
		if (s.toks[i].Text == "the" || s.toks[i].Text == "The") && s.toks[i+1].Cap && s.covered[i+1] == 0 &&
			(s.f.orgs.IsHead(s.toks[i+1].Text) || s.toks[i+1].Text == "Parliament") {
			any = true
			break
		}
	}
	if !any {
		return
	}
	byHead := map[string]int{} // head word -> cand index, -1 when ambiguous
	eu := false
	for ci, c := range s.cands {
		if c.acronymMention || c.aliasOf >= 0 {
			if len(c.gids) > 0 && s.f.gaz.Agencies[c.gids[0]].Country == "EU" {
				eu = true
			}
			continue
		}
		if len(c.gids) > 0 && s.f.gaz.Agencies[c.gids[0]].Country == "EU" {
			eu = true
		}
		for k := c.start; k < c.end; k++ {
			w := s.toks[k].Text
			if !s.f.orgs.IsHead(w) && w != "Parliament" {
				continue
			}
			if prev, ok := byHead[w]; ok && prev >= 0 && s.cands[prev].display != c.display {
				byHead[w] = -1
			} else if !ok {
				byHead[w] = ci
			}
			break
		}
	}
	var add []agencyCand
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].Text != "the" && s.toks[i].Text != "The" {
			continue
		}
		h := i + 1
		w := s.toks[h].Text
		if s.covered[h] != 0 || s.toks[h].NL > 0 || !s.f.orgs.IsHead(w) && w != "Parliament" {
			continue
		}
		if n := h + 1; n < len(s.toks) && s.toks[n].NL == 0 && (s.isNameWord(n) || s.isNameConnector(n) || s.toks[n].Text == "'s") {
			continue // a longer name or a title ("the Commission President")
		}
		if ci, ok := byHead[w]; ok {
			if ci >= 0 {
				add = append(add, agencyCand{start: h, end: h + 1, parentCand: -1, aliasOf: ci, acronymMention: true})
			}
			continue
		}
		if full, ok := euShortNames[w]; ok && eu {
			if id, ok := s.f.gaz.ByName[full]; ok {
				add = append(add, agencyCand{start: h, end: h + 1, gids: []int{id}, parentCand: -1, aliasOf: -1, acronymMention: true})
			}
		}
	}
	for _, c := range add {
		s.addCand(c)
	}
	if len(add) > 0 {
		s.sortCands()
	}
}

// candInitials maps the initials of each body found by name (the first
// letters of its capitalized words, function words left out: "European
// Telecommunications Standards Institute" -> "ETSI") to its cand index, or
// -1 when two bodies share them.
func (s *agencyScan) candInitials() map[string]int {
	m := map[string]int{}
	for ci, c := range s.cands {
		if c.acronymMention || c.aliasOf >= 0 || c.end-c.start < 2 {
			continue
		}
		var b []byte
		for k := c.start; k < c.end; k++ {
			t := s.toks[k]
			if t.Word && t.Cap && t.Text[0] >= 'A' && t.Text[0] <= 'Z' {
				b = append(b, t.Text[0])
			}
		}
		if len(b) < 3 {
			continue
		}
		key := string(b)
		if prev, ok := m[key]; ok && prev >= 0 && prev != ci && s.cands[prev].display != c.display {
			m[key] = -1
		} else if !ok {
			m[key] = ci
		}
	}
	return m
}
