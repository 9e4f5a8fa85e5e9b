package extract

import (
	"regexp"

	"github.com/communique/communique/corpus"
)

// EntityFinder finds people, agencies and places.
// First cut: "Ministry of ..." and "Department of ..." names only.
type EntityFinder struct {
	agency *regexp.Regexp
}

// NewEntityFinder returns a ready EntityFinder.
func NewEntityFinder() (*EntityFinder, error) {
	return &EntityFinder{agency: regexp.MustCompile(`\b(?:Ministry|Department) of(?: [A-Z][a-z]+(?:,| and)?)+`)}, nil
}

// Find returns the people, agencies and places in a.Text.
func (f *EntityFinder) Find(a *corpus.Article) ([]Person, []Agency, []Place) {
	var agencies []Agency
	seen := map[string]int{}
	for _, m := range f.agency.FindAllStringIndex(a.Text, -1) {
		name := a.Text[m[0]:m[1]]
		men := Mention{Text: name, Start: m[0], End: m[1]}
		if i, ok := seen[name]; ok {
			agencies[i].Mentions = append(agencies[i].Mentions, men)
			continue
		}
		seen[name] = len(agencies)
		agencies = append(agencies, Agency{Name: name, Kind: KindGovernment, Mentions: []Mention{men}})
	}
	for i := range agencies {
		agencies[i].ID = "a" + itoa(i+1)
	}
	return nil, agencies, nil
}
