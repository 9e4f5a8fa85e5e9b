package events

import (
	"slices"
	"strings"
)

// attachRoles reads who chaired, hosted and took part in the events from
// the role cues of sentence si (data/cues.txt) and gives them to the
// mention they refer to (see target): cands are the mentions up to this
// sentence, bySent the same by sentence. Each cue is read by the rule of
// roleRules for its role.
func (f *Finder) attachRoles(d *doc, cands []*candidate, bySent [][]*candidate, si int) {
	toks := d.toks[si]
	for _, h := range d.hits[si] {
		rule, ok := roleRules[h.role]
		if !ok {
			continue
		}
		rule(f, &roleCue{d: d, cands: cands, bySent: bySent, si: si, h: h, byNext: h.next < len(toks) && toks[h.next].lower == "by"})
	}
}

// roleCue is one role cue of a sentence with what its rule reads: the
// mentions so far (cands, bySent) and whether "by" follows the cue.
type roleCue struct {
	d      *doc
	cands  []*candidate
	bySent [][]*candidate
	si     int
	h      cueHit
	byNext bool
}

// cueTarget is the event the cue refers to (Finder.target).
func (f *Finder) cueTarget(r *roleCue) *candidate {
	return f.target(r.d, r.cands, r.bySent, r.si, r.h.start)
}

// roleRules read the cues of each role of data/cues.txt (roles without a
// rule, as "convene" or "met", are read by the mention finders).
var roleRules = map[string]func(f *Finder, r *roleCue){
	"chair-by":    roleByChairs,
	"host-by":     roleByHosts,
	"chair-verb":  roleVerbChairs,
	"host-verb":   roleVerbHosts,
	"attend-verb": roleVerbParts,
	"chair-after": roleAfterChairs,
	"chair-open":  roleOpenChairs,
	"chair-label": roleLabelChairs,
}

// afterBy returns the people and bodies after "<cue> by", ok false when
// no "by" follows the cue.
func (f *Finder) afterBy(r *roleCue) ([]int, []string, bool) {
	if !r.byNext {
		return nil, nil, false
	}
	people, bodies := f.listAfter(r.d, r.d.toks[r.si][r.h.next].end, r.d.sents[r.si].End)
	return people, bodies, true
}

// beforeVerb returns the people and bodies of the clause before the cue,
// ok false when "by" follows it (a passive: afterBy reads it).
func (f *Finder) beforeVerb(r *roleCue) ([]int, []string, bool) {
	if r.byNext {
		return nil, nil, false
	}
	people, bodies := f.listBefore(r.d, r.d.sents[r.si].Start, r.h.start)
	return people, bodies, true
}

// addChairs, addHosts and addParts give c (when not nil) its roles.
func addChairs(c *candidate, people []int) {
	if c != nil {
		c.chairs = appendNew(c.chairs, people...)
	}
}

func addHosts(c *candidate, bodies []string) {
	if c != nil {
		c.hosts = appendNew(c.hosts, bodies...)
	}
}

func addParts(c *candidate, bodies []string) {
	if c != nil {
		c.parts = appendNew(c.parts, bodies...)
	}
}

// roleByChairs: "<cue> by <people>": chaired by, led by.
func roleByChairs(f *Finder, r *roleCue) {
	if people, _, ok := f.afterBy(r); ok {
		addChairs(f.cueTarget(r), people)
	}
}

// roleByHosts: "<cue> by <bodies>": hosted by, organized by.
func roleByHosts(f *Finder, r *roleCue) {
	if _, bodies, ok := f.afterBy(r); ok {
		addHosts(f.cueTarget(r), bodies)
	}
}

// roleVerbChairs: "<people> <cue>": X and Y co-chaired; "He and Y
// co-chaired": a sentence that opens with a subject pronoun names the
// person last named before it (pronounSubject).
func roleVerbChairs(f *Finder, r *roleCue) {
	if people, _, ok := f.beforeVerb(r); ok {
		if p := pronounSubject(r.d, r.si, r.h.start); p >= 0 {
			people = appendNew([]int{p}, people...)
		}
		addChairs(f.cueTarget(r), people)
	}
}

// subjectPronouns open a sentence about a person named before it.
var subjectPronouns = map[string]bool{"he": true, "she": true}

// pronounSubject returns the person a sentence's opening "He" or "She"
// (before the cue at offset cue) stands for: the person named last in the
// two sentences before it, or -1 when the sentence opens otherwise or
// nobody was named there.
func pronounSubject(d *doc, si, cue int) int {
	toks := d.toks[si]
	if len(toks) == 0 || !subjectPronouns[toks[0].lower] || toks[0].start >= cue {
		return -1
	}
	from := d.sents[max(0, si-2)].Start
	in := d.people.within(from, d.sents[si].Start)
	if len(in) == 0 {
		return -1
	}
	return d.people.owner[in[len(in)-1]]
}

// roleVerbHosts: "<bodies> <cue> the <event>": the United States will host
// the event named after the cue.
func roleVerbHosts(f *Finder, r *roleCue) {
	if _, bodies, ok := f.beforeVerb(r); ok {
		addHosts(f.targetAfter(r.bySent[r.si], r.h.start), bodies)
	}
}

// roleVerbParts: "<bodies> <cue>": X and Y participated.
func roleVerbParts(f *Finder, r *roleCue) {
	if _, bodies, ok := f.beforeVerb(r); ok {
		addParts(f.cueTarget(r), bodies)
	}
}

// roleAfterChairs: "convened by co-chairs X and Y", "under the leadership
// of X": the people right after the cue.
func roleAfterChairs(f *Finder, r *roleCue) {
	people, _ := f.listAfter(r.d, r.h.end, r.d.sents[r.si].End)
	addChairs(f.cueTarget(r), people)
}

// roleOpenChairs: "<people> opened the <event>", "<event> was opened by
// <people>".
func roleOpenChairs(f *Finder, r *roleCue) {
	sp := r.d.sents[r.si]
	var people []int
	var c *candidate
	if r.byNext {
		people, _ = f.listAfter(r.d, r.d.toks[r.si][r.h.next].end, sp.End)
		c = f.targetBefore(r.bySent[r.si], r.h.start)
	} else {
		people, _ = f.listBefore(r.d, sp.Start, r.h.start)
		c = f.targetAfter(r.bySent[r.si], r.h.start)
	}
	addChairs(c, people)
}

// roleLabelChairs: label lines "Co-chairs: ...", "Chair: ...".
func roleLabelChairs(f *Finder, r *roleCue) {
	sp := r.d.sents[r.si]
	rest := strings.TrimLeft(stripMarkup(r.d.in.Text[r.h.end:sp.End]), " ")
	if !strings.HasPrefix(rest, ":") {
		return
	}
	people, _ := f.listAfter(r.d, r.h.end, sp.End)
	addChairs(f.cueTarget(r), people)
}

// stripMarkup drops leading inline tags left in text ("</u>").
func stripMarkup(s string) string {
	for strings.HasPrefix(s, "</") || strings.HasPrefix(s, "<") {
		i := strings.IndexByte(s, '>')
		if i < 0 || i > 6 {
			break
		}
		s = s[i+1:]
	}
	return s
}

// target is the event a role cue at byte at of sentence si refers to: a
// dated mention of the same sentence (the nearest before the cue, else the
// first after it), else the nearest dated mention of the sentences before.
func (f *Finder) target(d *doc, cands []*candidate, bySent [][]*candidate, si, at int) *candidate {
	dated := func(c *candidate) bool { return c.date >= 0 && !d.in.Dates[c.date].Relative }
	var before, after *candidate
	for _, c := range bySent[si] {
		if !dated(c) {
			continue
		}
		if c.span.Start < at {
			before = c
		} else if after == nil {
			after = c
		}
	}
	if before != nil {
		return before
	}
	if after != nil {
		return after
	}
	var best *candidate
	for _, c := range cands {
		if c.sent < si && c.sent >= si-8 && dated(c) {
			best = c
		}
	}
	return best
}

// targetBefore is the last mention before byte at in a sentence's mentions.
func (f *Finder) targetBefore(ms []*candidate, at int) *candidate {
	var last *candidate
	for _, c := range ms {
		if c.span.Start < at {
			last = c
		}
	}
	return last
}

// targetAfter is the first mention after byte at in a sentence's mentions.
func (f *Finder) targetAfter(ms []*candidate, at int) *candidate {
	for _, c := range ms {
		if c.span.Start >= at {
			return c
		}
	}
	return nil
}

// listAfter returns the people (indexes into Input.People) and the
// bodies (agency IDs, country codes) named from byte from up to the end of
// the clause: a semicolon, a label ("Co-chairs:") or end.
func (f *Finder) listAfter(d *doc, from, end int) ([]int, []string) {
	seg := d.in.Text[from:end]
	if i := strings.IndexByte(seg, ';'); i >= 0 {
		seg = seg[:i]
	}
	// the next label ends this one
	if i := strings.Index(seg, ":"); i >= 0 {
		if j := strings.Index(seg[i+1:], ":"); j >= 0 {
			seg = seg[:i+1+j]
			if k := strings.LastIndexAny(seg, "<)"); k > i {
				seg = seg[:k+1]
			}
		}
	}
	return f.entitiesIn(d, from, from+len(seg))
}

// listBefore returns the people and bodies named in the clause that ends
// at byte at (back to a semicolon or the sentence start).
func (f *Finder) listBefore(d *doc, start, at int) ([]int, []string) {
	seg := d.in.Text[start:at]
	if i := strings.LastIndexByte(seg, ';'); i >= 0 {
		start += i + 1
	}
	return f.entitiesIn(d, start, at)
}

// entitiesIn returns the people and bodies whose spans lie in [from, to).
func (f *Finder) entitiesIn(d *doc, from, to int) ([]int, []string) {
	var people []int
	var bodies []string
	for _, i := range d.people.within(from, to) {
		people = appendNew(people, d.people.owner[i])
	}
	for _, i := range d.agency.within(from, to) {
		bodies = appendNew(bodies, d.in.Agencies[d.agency.owner[i]].ID)
	}
	for _, i := range d.places.within(from, to) {
		p := d.in.Places[d.places.owner[i]]
		if p.Kind == "country" && p.Country != "" && d.agency.at(d.places.spans[i].Start, d.places.spans[i].End) < 0 {
			bodies = appendNew(bodies, p.Country)
		}
	}
	return people, bodies
}

func appendNew[T comparable](s []T, vs ...T) []T {
	for _, v := range vs {
		if !slices.Contains(s, v) {
			s = append(s, v)
		}
	}
	return s
}
