package entity

import (
	"strconv"
	"strings"
)

// A release's headline may be the only place that names someone or a body:
// "Statement by NSC Spokesperson Emily Horne on ...", "Readout of the
// Secretary's Call with the Director-General of the WTO". The headline is
// read by the same rules as the text, alone; the people and bodies it
// names that the text does not are added after those of the text, with no
// mentions (mentions index the text). Bodies count only when the gazetteer
// lists them: in a Title Case headline every phrase looks like a name.

// addHeadline appends the people and agencies of headline that people and
// agencies do not hold already, with IDs that go on from theirs.
func (f *Finder) addHeadline(headline string, people []Person, agencies []Agency) ([]Person, []Agency) {
	if strings.TrimSpace(headline) == "" {
		return people, agencies
	}
	hp, ha, _ := f.find(headline)
	for _, h := range hp {
		if knownPerson(people, h.Name) {
			continue
		}
		people = append(people, Person{ID: "p" + strconv.Itoa(len(people)+1), Name: h.Name, Title: h.Title, Country: h.Country})
	}
	for _, h := range ha {
		if knownAgency(agencies, h) || !f.listedBody(h) {
			continue // a Title Case headline makes bodies of phrases: only listed ones count
		}
		agencies = append(agencies, Agency{ID: "a" + strconv.Itoa(len(agencies)+1), Name: h.Name, Acronym: h.Acronym,
			Aliases: h.Aliases, Country: h.Country, Kind: h.Kind})
	}
	return people, agencies
}

// knownPerson reports whether people hold name, or a person whose name
// shares its last word (the headline's "Sullivan" is the text's "Jake
// Sullivan", and the headline's "Jake Sullivan" the text's "Sullivan").
func knownPerson(people []Person, name string) bool {
	key := personNameKey(name)
	last := lastWord(key)
	for _, p := range people {
		k := personNameKey(p.Name)
		if k == key || lastWord(k) == last || containsWord(k, last) || containsWord(key, lastWord(k)) {
			return true
		}
	}
	return false
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// knownAgency reports whether agencies hold h by name, acronym or alias.
func knownAgency(agencies []Agency, h Agency) bool {
	for _, a := range agencies {
		if a.Name == h.Name || h.Acronym != "" && (a.Acronym == h.Acronym || a.Name == h.Acronym) ||
			containsString(a.Aliases, h.Name) || containsString(h.Aliases, a.Name) {
			return true
		}
	}
	return false
}

// listedBody reports whether the gazetteer lists h by its name or acronym.
func (f *Finder) listedBody(h Agency) bool {
	if _, ok := f.gaz.ByName[h.Name]; ok {
		return true
	}
	return h.Acronym != "" && len(f.gaz.Acronyms[h.Acronym]) > 0
}
