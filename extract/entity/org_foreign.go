package entity

import (
	"strings"

	"github.com/communique/communique/extract/entity/lexicon"
)

// findForeignBodies finds bodies named in another language by a head noun
// of foreign_org_heads: "Agence française de développement", "Secretaría de
// Economía", "Université de Sherbrooke", "Hamburger Hafen und Logistik AG"
// is left to the company forms. The name runs on over the words that are
// no English words and the foreign function words, and begins with the
// capitalized non-English words before the head ("Deutsche Gesellschaft
// für ..."). It must end on a word that is no function word.
func (s *agencyScan) findForeignBodies() {
	for h := 0; h < len(s.toks); h++ {
		t := s.toks[h]
		if s.covered[h] != 0 || !t.Word || !t.Cap || t.Upper || !s.f.lists.ForeignOrgHeads[t.Text] {
			continue
		}
		start := h
		for k := h - 1; k >= 0 && s.toks[k+1].NL == 0 && s.covered[k] == 0 && s.foreignNameWord(k) && s.toks[k].Cap &&
			s.f.gaz.Demonyms[s.toks[k].Fold] == "" && !s.f.gaz.IsPlaceFold(s.toks[k].Fold); k-- {
			start = k
		}
		end := h + 1
		for j := h + 1; j < len(s.toks) && s.toks[j].NL == 0 && s.covered[j] == 0 && j < h+10; j++ {
			w := s.toks[j].Text
			if s.f.lists.ForeignConnectors[strings.ToLower(w)] && !s.toks[j].Upper {
				continue
			}
			if (w == "'" || w == "\u2019") && j+1 < len(s.toks) && s.toks[j+1].NL == 0 {
				continue // "d' administration" written apart
			}
			if !s.foreignNameWord(j) {
				break
			}
			end = j + 1
		}
		if end == h+1 && start == h {
			continue // a head alone is no name
		}
		kind := KindGovernment
		switch {
		case strings.HasPrefix(t.Text, "Univ") || strings.HasPrefix(t.Text, "Inst") || strings.HasPrefix(t.Text, "Ist") ||
			t.Text == "École" || t.Text == "Ecole" || t.Text == "Escola" || t.Text == "Escuela" || t.Text == "Cégep" || t.Text == "Hochschule" ||
			t.Text == "Uniwersytet" || t.Text == "Politecnico":
			kind = KindAcademic
		case t.Text == "Stiftung" || strings.HasPrefix(t.Text, "Fund") || strings.HasPrefix(t.Text, "Fond") || t.Text == "Gesellschaft" || t.Text == "Nadace":
			kind = KindOther
		case companyHeads[t.Text]:
			kind = KindIndustry
		}
		s.addCand(agencyCand{start: start, end: end, kind: kind, parentCand: -1, aliasOf: -1})
		h = end - 1
	}
}

// companyHeads are the foreign heads of foreign_org_heads that open the
// names of companies and groups ("Grupo Bimbo", "Groupe Renault").
var companyHeads = map[string]bool{
	"Grupo": true, "Groupe": true, "Gruppo": true, "Compañía": true, "Companhia": true, "Compagnie": true,
	"Empresa": true, "Empresas": true, "Cooperativa": true, "Corporación": true,
}

// foreignNameWord reports whether token k can stand inside a foreign-
// language name: a word that is no English word, or a capitalized word
// that is no English function word, title or date ("Sherbrooke",
// "Internationale", "française", "développement"); a demonym or place
// does not begin the name ("the Chilean Agencia de ...").
func (s *agencyScan) foreignNameWord(k int) bool {
	t := s.toks[k]
	if !t.Word || s.isDateWord(k) || s.f.lists.SentenceStarters[t.Text] || s.f.names.IsTitleHead(t.Text) {
		return false
	}
	if !s.f.names.IsCommonWord(t.Text) {
		return true
	}
	return t.Cap && !t.Upper && !s.f.lists.HeadlineVerbs[t.Text] && s.f.orgs.IsHead(t.Text) == false &&
		s.f.names.WordBits(t.Text)&lexicon.BitComp == 0 && len(t.Text) > 3
}
