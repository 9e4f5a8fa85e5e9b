package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/entity/lexicon"

	"github.com/communique/communique/extract"
)

// findPlaces returns the countries and cities named in text outside body
// names, one Place per place, and the number of mentions per country code
// (counting demonyms too), which breaks ties between same-named bodies.
func (f *Finder) findPlaces(text string, toks []lexicon.Token, covered []int) ([]Place, map[string]int, []bool) {
	var places []Place
	inPlace := make([]bool, len(toks))
	byID := map[int]int{}
	votes := map[string]int{}
	add := func(id, start, end int) {
		e := f.gaz.PlaceList[id]
		votes[e.Country]++
		pi, ok := byID[id]
		if !ok {
			// a city-state named as a city is the country (Singapore)
			for j, p := range places {
				if p.Name == e.Name && p.Country == e.Country {
					pi, ok = j, true
					break
				}
			}
		}
		if !ok {
			pi = len(places)
			places = append(places, Place{Name: e.Name, Kind: e.Kind, Country: e.Country})
			byID[id] = pi
		}
		places[pi].Mentions = append(places[pi].Mentions, extract.Mention{Text: text[start:end], Start: start, End: end})
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.Word {
			continue
		}
		if cc := f.gaz.Demonyms[t.Fold]; cc != "" {
			votes[cc]++
		}
		if covered[i] != 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsUpper(r) {
			continue
		}
		if end, id := f.placeMatch(toks, i); end > i {
			add(id, t.Start, toks[end-1].End)
			for k := i; k < end; k++ {
				inPlace[k] = true
			}
			i = end - 1
			continue
		}
		// "U.S.-Japan": the parts of a hyphenated compound
		if strings.Contains(t.Text, "-") {
			off := t.Start
			for _, part := range strings.Split(t.Text, "-") {
				if n := f.gaz.Places.Next[lexicon.FoldKey(part)]; n != nil && len(n.Ids) > 0 && part != "" {
					add(n.Ids[0], off, off+len(part))
				}
				off += len(part) + 1
			}
		}
	}
	// prefer the country reading of a name that is also a city (Singapore)
	drop := make([]bool, len(places))
	for i, p := range places {
		if p.Kind != "city" {
			continue
		}
		for j := range places {
			if places[j].Kind == "country" && places[j].Name == p.Name {
				places[j].Mentions = append(places[j].Mentions, p.Mentions...)
				drop[i] = true
			}
		}
	}
	out := make([]Place, 0, len(places))
	for i, p := range places {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out, votes, inPlace
}

// placeMatch returns the end token and id of the longest place name at i.
func (f *Finder) placeMatch(toks []lexicon.Token, i int) (int, int) {
	n := f.gaz.Places
	bestEnd, bestID := 0, -1
	for j := i; j < len(toks) && j < i+8; j++ {
		if j > i && toks[j].NL > 0 {
			break
		}
		n = n.Next[toks[j].Fold]
		if n == nil {
			break
		}
		if len(n.Ids) > 0 {
			bestEnd, bestID = j+1, n.Ids[0]
		}
	}
	return bestEnd, bestID
}
