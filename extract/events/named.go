package events

import "strings"

// yearNamedMentions finds the occurrences named by a proper name and their
// year without an event noun: exercises, weeks and gatherings such as
// "Steadfast Defender 2024", "Southern Katipo 2022", "Abu Dhabi
// Sustainability Week (ADSW) 2025". A run of capitalized words ending in a
// year written on its own is such a name when the sentence says it takes
// place (a convene, occur or attend cue of data/cues.txt: "took place",
// "will run", "took part in") and dates it again inside that year ("from
// February to May 2024", "in October and November 2018"); the year of the
// name alone dates no event ("athletes of Tokyo 2020"). The series is the
// name without its year. A descriptive mention standing beside the name as
// its apposition ("the largest exercise of the Alliance", "The previous
// large-scale exercise, Trident Juncture 2018, ...") is the same occurrence
// and is dropped, so that its dates are the name's. It returns have with
// the new mentions added.
func (f *Finder) yearNamedMentions(d *doc, si int, have []*candidate) []*candidate {
	toks := d.toks[si]
	if !f.saysOccurs(d, si) {
		return have
	}
	text := d.in.Text
	for k := 1; k < len(toks); k++ {
		t := toks[k]
		if !isYear(t.lower) {
			continue
		}
		if !f.ownYear(d, t) || !f.datedAgainIn(d, si, t.lower) {
			continue
		}
		lo := f.nameBeforeYear(d, toks, k)
		if lo < 0 || overlaps(have, toks[lo].start, t.end) {
			continue
		}
		c := &candidate{sent: si, date: -1, place: -1, span: Span{toks[lo].start, t.end}}
		c.name = text[c.span.Start:c.span.End]
		last := k - 1
		if toks[last].paren && toks[last].acr && last > lo {
			c.acronym = text[toks[last].start:toks[last].end]
			last--
		}
		c.series = text[toks[lo].start:toks[last].end]
		have = dropApposition(text, have, c)
		have = append(have, c)
	}
	return have
}

// saysOccurs reports whether sentence si has a cue that something takes
// place or is attended.
func (f *Finder) saysOccurs(d *doc, si int) bool {
	for _, h := range d.hits[si] {
		switch h.role {
		case "convene", "occur", "attend-verb":
			return true
		}
	}
	return false
}

// ownYear reports whether year token t stands on its own: no date is
// written over it ("June 2024", "FY 2024"). The date finder leaves years
// inside names undated, or dates the year alone.
func (f *Finder) ownYear(d *doc, t token) bool {
	j := d.dates.at(t.start, t.end)
	return j < 0 || d.dates.spans[j] == (Span{t.start, t.end})
}

// datedAgainIn reports whether sentence si writes an absolute date inside
// year (as "2024"), other than the year alone: the occurrence's days,
// months or season.
func (f *Finder) datedAgainIn(d *doc, si int, year string) bool {
	sp := d.sents[si]
	for _, i := range d.dates.within(sp.Start, sp.End) {
		dt := d.in.Dates[d.dates.owner[i]]
		if !dt.Relative && dt.Value != year && strings.HasPrefix(dt.Start, year+"-") && strings.HasPrefix(dt.End, year+"-") {
			return true
		}
	}
	return false
}

// nameBeforeYear returns the first token of the proper name written right
// before the year at token k, -1 when there is none or it is no
// occurrence's name: a lone place ("Tokyo 2020"), a document or plan
// ("Vision 2030", "Budget 2024": data/tails.txt, data/documents.txt).
func (f *Finder) nameBeforeYear(d *doc, toks []token, k int) int {
	text := d.in.Text
	lo := -1
	for i := k - 1; i >= 0; i-- {
		t := toks[i]
		if !plainGap(text, t, toks[i+1]) || d.people.at(t.start, t.end) >= 0 || d.dates.at(t.start, t.end) >= 0 {
			break
		}
		if t.paren && t.acr && i == k-1 {
			continue
		}
		if t.cap && !functionWords[t.lower] && f.lx.ordinal(t.lower) == 0 {
			lo = i
			continue
		}
		if (t.lower == "of" || t.lower == "and" || t.lower == "&") && lo == i+1 && i > 0 && toks[i-1].cap {
			continue
		}
		break
	}
	if lo < 0 || !toks[lo].cap {
		return -1
	}
	last := toks[k-1]
	if last.paren {
		last = toks[k-2]
	}
	if f.lx.tails[last.lower] || f.lx.documents[strings.TrimSuffix(last.lower, "s")] != nil || f.isDocumentNoun(last.lower) {
		return -1
	}
	if lo == k-1 && (d.places.at(toks[lo].start, toks[lo].end) >= 0 || d.agency.at(toks[lo].start, toks[lo].end) >= 0) {
		return -1
	}
	return lo
}

// isDocumentNoun reports whether w (or its singular) is a noun of a signed
// document (data/documents.txt).
func (f *Finder) isDocumentNoun(w string) bool {
	_, ok := f.lx.documents[w]
	if !ok {
		_, ok = f.lx.documents[strings.TrimSuffix(w, "s")]
	}
	return ok
}

// dropApposition removes from have a descriptive mention (one written in
// lower case: "the largest exercise of the Alliance") that stands right
// beside named mention c, separated only by a comma, a dash, an article or
// a possessive ("Steadfast Defender 2024, NATO's largest exercise ...").
func dropApposition(text string, have []*candidate, c *candidate) []*candidate {
	out := have[:0]
	for _, m := range have {
		if m.sent == c.sent && m.name != "" && m.name[0] >= 'a' && m.name[0] <= 'z' && beside(text, m.span, c.span) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// beside reports whether only punctuation, an article or one possessive
// word stand between spans a and b (in either order).
func beside(text string, a, b Span) bool {
	var gap string
	switch {
	case a.End <= b.Start:
		gap = text[a.End:b.Start]
	case b.End <= a.Start:
		gap = text[b.End:a.Start]
	default:
		return false
	}
	ws := strings.Fields(strings.NewReplacer(",", " ", "–", " ", "—", " ", "-", " ").Replace(gap))
	switch len(ws) {
	case 0:
		return true
	case 1:
		w := strings.ToLower(ws[0])
		return w == "the" || w == "a" || w == "an" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
	}
	return false
}

// numberedAcronymMentions finds conferences named by their series'
// acronym fused with the round's number ("COP21", "MC14"): such a word,
// written alone (no capitalized word or event noun after it, no entity
// over it), is a round of that series when the sentence says it takes
// place or is attended; the number is its ordinal. It returns have with
// the new mentions added.
func (f *Finder) numberedAcronymMentions(d *doc, si int, have []*candidate) []*candidate {
	toks := d.toks[si]
	if !f.saysOccurs(d, si) {
		return have
	}
	text := d.in.Text
	for k, t := range toks {
		letters, n := acronymNumber(text[t.start:t.end])
		if n == 0 || overlaps(have, t.start, t.end) ||
			d.people.at(t.start, t.end) >= 0 || d.agency.at(t.start, t.end) >= 0 || d.places.at(t.start, t.end) >= 0 {
			continue
		}
		if k+1 < len(toks) && plainGap(text, t, toks[k+1]) && (toks[k+1].cap || toks[k+1].class != noClass) {
			continue // "COP28 Presidency", "MC13 meeting": a longer name
		}
		if !f.occursBeside(d, si, t) {
			continue // "the downing of flight MH17 ... met"
		}
		c := &candidate{sent: si, date: -1, place: -1, span: Span{t.start, t.end}, ordinal: n}
		c.name = text[t.start:t.end]
		c.series = letters
		have = append(have, c)
	}
	return have
}

// occursBeside reports whether an occurrence cue of sentence si governs
// token t: it ends right before t ("attended WCIT12", "participating in
// the COP21") or starts right after it ("MC15 will take place").
func (f *Finder) occursBeside(d *doc, si int, t token) bool {
	text := d.in.Text
	for _, h := range d.hits[si] {
		if h.role != "convene" && h.role != "occur" && h.role != "attend-verb" {
			continue
		}
		if h.end <= t.start {
			if g := strings.ToLower(strings.TrimSpace(text[h.end:t.start])); g == "" || g == "the" || g == "in" || g == "in the" {
				return true
			}
		}
		if h.start >= t.end && strings.TrimSpace(text[t.end:h.start]) == "" {
			return true
		}
	}
	return false
}

// acronymNumber splits a word of two to six capitals fused with a number
// of one to three digits ("COP21" -> "COP", 21); n is 0 for other words.
func acronymNumber(w string) (letters string, n int) {
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i < 2 || i > 6 || len(w)-i < 1 || len(w)-i > 3 {
		return "", 0
	}
	for _, c := range w[i:] {
		if c < '0' || c > '9' {
			return "", 0
		}
		n = n*10 + int(c-'0')
	}
	return w[:i], n
}
