package entity

import (
	"strings"

	"github.com/communique/communique/extract/entity/lexicon"
)

// countryNameAt returns the end of the country's name (one or two words,
// not a city) that starts at token k on k's line, or k.
func (s *agencyScan) countryNameAt(k int) int {
	if k >= len(s.toks) || !s.toks[k].Cap {
		return k
	}
	n := s.f.gaz.Places.Next[s.toks[k].Fold]
	best := k
	for j := k; n != nil; {
		if len(n.Ids) > 0 && s.f.gaz.PlaceList[n.Ids[0]].Kind == "country" {
			best = j + 1
		}
		j++
		if j >= len(s.toks) || j > k+2 || s.toks[j].NL > 0 || !s.toks[j].Cap {
			break
		}
		n = n.Next[s.toks[j].Fold]
	}
	return best
}

// nationalArmAfter returns the end of a listed company's national arm
// named by the company and a country right after it ("ExxonMobil Guyana",
// "Shell Nigeria", "Acme Thailand"), or end when none: the country must end
// the name (no capitalized word after it on the line, so not "Acme
// Thailand Foundation", which the head-noun rules read).
func (s *agencyScan) nationalArmAfter(end int) int {
	if end >= len(s.toks) || s.toks[end].NL > 0 || s.covered[end] != 0 {
		return end
	}
	e := s.countryNameAt(end)
	if e == end || e < len(s.toks) && s.toks[e].NL == 0 && s.isNameWord(e) {
		return end
	}
	return e
}

// sameWords reports whether names a and b hold the same content words in
// another order, the head moved across "of" ("University of Oxford",
// "Oxford University"), compared by
// agency keys (function words left out); not a plural or spelling of the
// same order ("Ministries of Health"); a is the written form, a name.
func sameWords(a, b string) bool {
	if a == "" || a[0] < 'A' || a[0] > 'Z' {
		return false // "internal affairs and communications ministry": a description
	}
	if n := len(a) - len(b); n < -8 || n > 8 || !headMoved(a, b) {
		return false // cheap test first: most written forms are not reordered
	}
	ka, kb := lexicon.NameKeys(a), lexicon.NameKeys(b)
	if len(ka) < 2 || len(ka) != len(kb) || strings.Join(ka, " ") == strings.Join(kb, " ") || lexicon.BagKey(ka) != lexicon.BagKey(kb) {
		return false
	}
	// the head moves across "of": "University of X" and "X University",
	// not "Ministry of Industry and Trade" for "... Trade and Industry"
	return ka[0] == kb[len(kb)-1] || kb[0] == ka[len(ka)-1]
}

// otherCountryAfter returns the end of "of [the] [Republic of] <country>"
// after a listed name that ends at end, and the country, when no body of
// that name (ids) is that country's: "Ministry of Defence of Mongolia" is
// not the listed British ministry, "Ministry of Foreign Affairs of the
// Republic of Kazakhstan" not the Japanese one. It returns end, "" else.
func (s *agencyScan) otherCountryAfter(end int, ids []int) (int, string) {
	p := end
	if p+1 >= len(s.toks) || s.toks[p].Text != "of" || s.toks[p].NL > 0 || s.toks[p+1].NL > 0 {
		return end, ""
	}
	p++
	if s.toks[p].Text == "the" && p+1 < len(s.toks) && s.toks[p+1].NL == 0 {
		p++
	}
	if p+2 < len(s.toks) && statePrefixes[s.toks[p].Text] && s.toks[p+1].Text == "of" && s.toks[p+2].NL == 0 {
		p += 2 // "the Republic of Kazakhstan"
	}
	if s.covered[p] != 0 {
		return end, ""
	}
	pe, id := s.f.placeMatch(s.toks, p)
	if pe <= p || s.f.gaz.PlaceList[id].Kind != "country" || s.nameGoesOn(pe) {
		return end, ""
	}
	cc := s.f.gaz.PlaceList[id].Country
	for _, gid := range ids {
		if c := s.f.gaz.Agencies[gid].Country; c == "" || c == cc {
			return end, ""
		}
	}
	return pe, cc
}

// headMoved reports whether the first word of a is the last of b or the
// last of a the first of b, compared without case.
func headMoved(a, b string) bool {
	fa, la := a, a
	if i := strings.IndexByte(a, ' '); i > 0 {
		fa = a[:i]
	}
	if i := strings.LastIndexByte(a, ' '); i >= 0 {
		la = a[i+1:]
	}
	fb, lb := b, b
	if i := strings.IndexByte(b, ' '); i > 0 {
		fb = b[:i]
	}
	if i := strings.LastIndexByte(b, ' '); i >= 0 {
		lb = b[i+1:]
	}
	return strings.EqualFold(fa, lb) || strings.EqualFold(la, fb)
}
