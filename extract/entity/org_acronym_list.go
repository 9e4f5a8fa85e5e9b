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
