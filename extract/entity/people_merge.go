package entity

import (
	"strings"

	"github.com/communique/communique/extract/entity/lexicon"
)

// reversedPerson returns the index of the person in people whose two-word
// name is name with its words in the other order, as releases write East
// Asian names both ways ("Prime Minister Kishida Fumio" and "Fumio
// Kishida", "YAMADA Taro" and "Taro Yamada"): one person, not two. Case
// and punctuation are ignored. Two given names of the lexicon in either
// order ("John Thomas", "Thomas John") are two people.
func (f *Finder) reversedPerson(people []Person, name string) (int, bool) {
	w := strings.Fields(personNameKey(name))
	if len(w) != 2 || w[0] == w[1] {
		return 0, false
	}
	given := 0
	for _, x := range strings.Fields(name) {
		if f.names.Bits[titleCaseName(x)]&(lexicon.BitGiven|lexicon.BitGivenW) != 0 {
			given++
		}
	}
	if given == 2 {
		return 0, false
	}
	for i, p := range people {
		o := strings.Fields(personNameKey(p.Name))
		if len(o) == 2 && o[0] == w[1] && o[1] == w[0] {
			return i, true
		}
	}
	return 0, false
}
