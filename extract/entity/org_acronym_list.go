package entity

import "strings"

// maxListedWords bounds the comma-separated words read back before a name
// whose bracketed acronym they complete.
const maxListedWords = 6

// commaListStart returns where the name of candidate ci begins when its
// bracketed acronym acr is spelt only with the comma-separated words before
// it ("Diversity, Equity and Inclusion Committee (DEIC)", "Research,
// Innovation and Skills Agency (RISA)", "Sport, Arts, and Culture
// Department (SACD)"), or -1 when the acronym fits as it
// is or the words before cannot complete it.
func (s *agencyScan) commaListStart(ci int, acr string) int {
	c := &s.cands[ci]
	if len(c.gids) > 0 || acronymFits(acr, c.text) {
		return -1
	}
	k := c.start
	for n := 0; n < maxListedWords; n++ {
		// "Word," "Word and" or "Word, and" before the name's current start
		w := k - 1
		if w >= 1 && (s.toks[w].Text == "and" || s.toks[w].Text == "&") {
			w--
		}
		if w >= 1 && s.toks[w].Text == "," {
			w--
		}
		if w == k-1 || w < 0 || s.toks[k].NL > 0 {
			return -1
		}
		if s.covered[w] != 0 || !s.isNameWord(w) || s.toks[w].Upper || s.toks[w+1].NL > 0 || s.toks[k-1].NL > 0 ||
			s.f.lists.SentenceStarters[s.toks[w].Text] || s.f.gaz.IsPlaceFold(s.toks[w].Fold) {
			return -1
		}
		k = w
		if initialsFit(acr, s.nameWords(k, c.end)) {
			return k
		}
	}
	return -1
}

// growStart moves the start of candidate ci back to token st, with its
// text, display name and keys.
func (s *agencyScan) growStart(ci, st int) {
	c := &s.cands[ci]
	for k := st; k < c.start; k++ {
		s.covered[k] = ci + 1
	}
	c.start = st
	s.respan(ci)
}

// respan sets the text, display name and keys of candidate ci from its
// tokens after its start or end moved.
func (s *agencyScan) respan(ci int) {
	c := &s.cands[ci]
	c.text = s.text[s.toks[c.start].Start:s.toks[c.end-1].End]
	c.display = strings.Join(strings.Fields(c.text), " ")
	c.keys = nil
	for i := c.start; i < c.end; i++ {
		c.keys = append(c.keys, s.tokKeys(i)...)
	}
}

// bracketShortForm returns the candidate whose short form the acronym at
// token i ends, inside the bracket right after the candidate's name, with
// one name word before it ("Africa Centres for Disease Control and
// Prevention (Africa CDC)", "Harbour Pilots Association (Harbour HPA)"),
// when the acronym's letters stand in the name; else -1.
func (s *agencyScan) bracketShortForm(i int) int {
	if i < 3 || i+1 >= len(s.toks) || s.toks[i+1].Text != ")" || s.toks[i-2].Text != "(" || !s.isNameWord(i-1) {
		return -1
	}
	b := i - 2
	ci := s.covered[b-1] - 1
	if ci < 0 || s.cands[ci].end != b || s.cands[ci].acronymMention || !acronymFits(s.toks[i].Text, s.cands[ci].text) {
		return -1
	}
	return ci
}

// commaListEnd returns the candidate whose name the comma-separated words
// between it and the bracketed acronym at token b ("(") complete, when the
// acronym is spelt only with them ("Ministry of Home Affairs, Immigration,
// Safety and Security (MHAISS)", "Department of Sport, Arts and Culture
// (DSAC)" after a listed "Department of Sport"), or -1. The words are
// capitalized topics on the name's line: no head noun, place or other body.
func (s *agencyScan) commaListEnd(b int, acr string) int {
	k := b - 1
	for n := 0; n < maxListedWords && k > 0; n++ {
		if s.toks[k+1].NL > 0 || s.covered[k] != 0 || !s.isNameWord(k) || s.toks[k].Upper ||
			s.f.orgs.IsHead(s.toks[k].Text) || s.f.gaz.IsPlaceFold(s.toks[k].Fold) {
			return -1
		}
		k--
		for k > 0 && s.toks[k+1].NL == 0 && (s.toks[k].Text == "and" || s.toks[k].Text == "&" || s.toks[k].Text == ",") {
			k--
		}
		if ci := s.covered[k] - 1; ci >= 0 {
			c := &s.cands[ci]
			if c.end != k+1 || c.acronymMention || c.aliasOf >= 0 || s.toks[c.end].Text != "," && s.toks[c.end].Text != "and" ||
				acronymFits(acr, c.text) || !initialsFit(acr, s.nameWords(c.start, b)) {
				return -1
			}
			return ci
		}
	}
	return -1
}

// growEnd moves the end of candidate ci to token e, with its text, display
// name and keys; the name is no longer the listed one it started as.
func (s *agencyScan) growEnd(ci, e int) {
	c := &s.cands[ci]
	for k := c.end; k < e; k++ {
		s.covered[k] = ci + 1
	}
	c.end = e
	c.gids = nil
	s.respan(ci)
}
