package entity

import (
	"slices"
	"strconv"

	"github.com/communique/communique/extract"
)

// Join implements extract.Joiner. A body found again in a later window (by
// name, or by an acronym that is the other's name or acronym) is one body
// with the aliases and mentions of both; a person found again by name is
// one person, keeping the first window's title, affiliation and country
// and taking the later window's where the first had none; places by name
// and kind. What the window found only in its context is dropped. Window
// IDs are renumbered after the joined ones (a1.., p1..) and recorded in
// w.IDs, agencies first, so affiliations and parents point to the joined
// bodies.
func (p Part) Join(next extract.Part, w extract.Window) extract.Part {
	q, ok := next.(Part)
	if !ok {
		return p
	}
	out := p
	out.joinAgencies(q.Agencies, w, newAgencyIndex(out.Agencies))
	out.joinPeople(q.People, w)
	out.joinPlaces(q.Places, w)
	return out
}

// joinAgencies appends or merges the window's bodies, recording their IDs.
func (p *Part) joinAgencies(as []Agency, w extract.Window, idx agencyIndex) {
	ids := w.IDs
	for _, a := range as {
		men := w.Mentions(a.Mentions)
		j := idx.same(a)
		if j < 0 && len(men) == 0 {
			ids[a.ID] = ""
			continue
		}
		if j >= 0 {
			o := &p.Agencies[j]
			o.Mentions = append(o.Mentions, men...)
			o.Aliases = unionStrings(o.Aliases, a.Aliases)
			if o.Acronym == "" {
				o.Acronym = a.Acronym
			}
			if o.Country == "" {
				o.Country = a.Country
			}
			if o.Kind == "" {
				o.Kind = a.Kind
			}
			ids[a.ID] = o.ID
			continue
		}
		a.Mentions = men
		a.Aliases = slices.Clone(a.Aliases)
		id := "a" + strconv.Itoa(len(p.Agencies)+1)
		ids[a.ID] = id
		a.ID = id
		a.Parent = "" // set below, once every window ID is known
		idx.add(a, len(p.Agencies))
		p.Agencies = append(p.Agencies, a)
	}
	// Parents: a body new in this window takes its window parent's joined ID.
	for _, a := range as {
		if a.Parent == "" || ids[a.ID] == "" {
			continue
		}
		o := &p.Agencies[idx.byID[ids[a.ID]]]
		if o.Parent == "" && ids[a.Parent] != "" && ids[a.Parent] != o.ID {
			o.Parent = ids[a.Parent]
		}
	}
}

// agencyIndex finds joined bodies by name, acronym and ID.
type agencyIndex struct{ byName, byAcronym, byID map[string]int }

func newAgencyIndex(as []Agency) agencyIndex {
	idx := agencyIndex{map[string]int{}, map[string]int{}, map[string]int{}}
	for i, a := range as {
		idx.add(a, i)
	}
	return idx
}

func (idx agencyIndex) add(a Agency, i int) {
	if _, ok := idx.byName[a.Name]; !ok {
		idx.byName[a.Name] = i
	}
	if _, ok := idx.byAcronym[a.Acronym]; !ok && a.Acronym != "" {
		idx.byAcronym[a.Acronym] = i
	}
	idx.byID[a.ID] = i
}

// same returns the index of the joined body a names again, or -1: the same
// name, the same acronym, its acronym as the other's name or its name as
// the other's acronym.
func (idx agencyIndex) same(a Agency) int {
	if i, ok := idx.byName[a.Name]; ok {
		return i
	}
	if i, ok := idx.byAcronym[a.Name]; ok {
		return i
	}
	if a.Acronym != "" {
		if i, ok := idx.byAcronym[a.Acronym]; ok {
			return i
		}
		if i, ok := idx.byName[a.Acronym]; ok {
			return i
		}
	}
	return -1
}

// joinPeople appends or merges the window's people, recording their IDs.
func (p *Part) joinPeople(ps []Person, w extract.Window) {
	ids := w.IDs
	byName := make(map[string]int, len(p.People))
	for i, o := range p.People {
		byName[o.Name] = i
	}
	for _, x := range ps {
		men := w.Mentions(x.Mentions)
		aff := ids[x.Affiliation]
		j, ok := byName[x.Name]
		if !ok && len(men) == 0 {
			ids[x.ID] = ""
			continue
		}
		if ok {
			o := &p.People[j]
			o.Mentions = append(o.Mentions, men...)
			if o.Title == "" {
				o.Title = x.Title
			}
			if o.Affiliation == "" {
				o.Affiliation = aff
			}
			if o.Country == "" {
				o.Country = x.Country
			}
			ids[x.ID] = o.ID
			continue
		}
		id := "p" + strconv.Itoa(len(p.People)+1)
		ids[x.ID] = id
		x.ID, x.Affiliation, x.Mentions = id, aff, men
		byName[x.Name] = len(p.People)
		p.People = append(p.People, x)
	}
}

// joinPlaces appends or merges the window's places.
func (p *Part) joinPlaces(ps []Place, w extract.Window) {
	type key struct{ name, kind string }
	idx := make(map[key]int, len(p.Places))
	for i, o := range p.Places {
		idx[key{o.Name, o.Kind}] = i
	}
	for _, x := range ps {
		men := w.Mentions(x.Mentions)
		if len(men) == 0 {
			continue
		}
		if j, ok := idx[key{x.Name, x.Kind}]; ok {
			p.Places[j].Mentions = append(p.Places[j].Mentions, men...)
			continue
		}
		x.Mentions = men
		idx[key{x.Name, x.Kind}] = len(p.Places)
		p.Places = append(p.Places, x)
	}
}

// unionStrings returns a followed by the strings of b not in a.
func unionStrings(a, b []string) []string {
	out := a
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
