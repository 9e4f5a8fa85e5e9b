package entity

import (
	"strings"

	"github.com/communique/communique/extract/entity/lexicon"
)

// reversedPerson returns the index of the person in people whose two-word
// name is name with its words in the other order, as releases write East
// Asian names both ways ("Prime Minister Kishida Fumio" and "Fumio
// Kishida", "YAMADA Taro" and "Taro Yamada"): one person, not two. Case is
// ignored. Two given names of the lexicon in either order ("John Thomas",
// "Thomas John") are two people. It allocates nothing unless a name
// matches.
func (f *Finder) reversedPerson(people []Person, name string) (int, bool) {
	first, last, ok := strings.Cut(name, " ")
	if !ok || first == "" || last == "" || strings.Contains(last, " ") || strings.EqualFold(first, last) {
		return 0, false
	}
	for i, p := range people {
		pf, pl, ok := strings.Cut(p.Name, " ")
		if !ok || strings.Contains(pl, " ") || !strings.EqualFold(first, pl) || !strings.EqualFold(last, pf) {
			continue
		}
		if f.givenName(first) && f.givenName(last) {
			return 0, false
		}
		return i, true
	}
	return 0, false
}

// givenName reports whether the lexicon knows w, in any case, as a given name.
func (f *Finder) givenName(w string) bool {
	return f.names.Bits[titleCaseName(w)]&(lexicon.BitGiven|lexicon.BitGivenW) != 0
}

// hyphenFamilyPart reports whether the one-word name short is one part of
// the hyphenated family name that ends full: releases shorten a double
// family name after the first mention ("President Osmani" of "Vjosa
// Osmani-Sadriu", "Ms Lopez" of "Ana Lopez-Mena"). Both parts are
// capitalized; a hyphenated given name written last ("Jeon Dong-hyun") is
// not split.
func hyphenFamilyPart(full, short string) bool {
	i := strings.LastIndexByte(full, ' ')
	if i < 0 || !strings.Contains(full[i+1:], "-") {
		return false
	}
	parts := strings.Split(full[i+1:], "-")
	for _, part := range parts {
		if part == "" || strings.ToLower(part[:1]) == part[:1] {
			return false
		}
	}
	for _, part := range parts {
		if part == short {
			return true
		}
	}
	return false
}
