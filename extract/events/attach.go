package events

import (
	"slices"
	"sort"
	"strings"
)

// occurrence is one written date or place inside a sentence.
type occurrence struct {
	span  Span
	owner int
}

// zones gives each mention of a sentence its stretch of text: the dates
// and places between a mention and the next one are its own; one standing
// before the first mention ("On March 22, the third meeting ...") belongs
// to the nearest mention after it that has none of its own, and so does
// one that leads to the next mention (leadsTo: "The Summit follows his
// speech in June 2025 at the Global Summit on ...").
func assignZones(ms []*candidate, occ []occurrence, sentEnd int, maxAfter int, leadsTo func(o occurrence, next *candidate) bool, take func(c *candidate, o occurrence)) {
	if len(ms) == 0 || len(occ) == 0 {
		return
	}
	claimed := make([]bool, len(occ))
	got := make([]bool, len(ms))
	// inside the name, then after it up to the next mention
	for k, c := range ms {
		limit := sentEnd
		if k+1 < len(ms) {
			limit = ms[k+1].span.Start
		}
		for oi, o := range occ {
			if claimed[oi] {
				continue
			}
			inside := o.span.Start >= c.span.Start && o.span.End <= c.span.End
			after := o.span.Start >= c.span.End && o.span.Start < limit && (maxAfter <= 0 || o.span.Start-c.span.End <= maxAfter)
			if after && leadsTo != nil && k+1 < len(ms) && leadsTo(o, ms[k+1]) {
				continue
			}
			if inside || after {
				take(c, o)
				claimed[oi], got[k] = true, true
				break
			}
		}
	}
	// before it, back to the previous mention
	for k, c := range ms {
		if got[k] {
			continue
		}
		from := 0
		if k > 0 {
			from = ms[k-1].span.End
		}
		for oi := len(occ) - 1; oi >= 0; oi-- {
			o := occ[oi]
			if !claimed[oi] && o.span.End <= c.span.Start && o.span.Start >= from {
				take(c, o)
				claimed[oi] = true
				break
			}
		}
	}
}

// attachDates gives the mentions of sentence si their dates.
func (f *Finder) attachDates(d *doc, si int, ms []*candidate) {
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].span.Start < ms[b].span.Start })
	sp := d.sents[si]
	var occ []occurrence
	for _, i := range d.dates.within(sp.Start, sp.End) {
		o := occurrence{d.dates.spans[i], d.dates.owner[i]}
		v := d.in.Dates[o.owner].Value
		if v == "" || strings.HasPrefix(v, "FY") || f.notDate(d.in.Text, sp.Start, o.span.Start) {
			continue
		}
		occ = append(occ, o)
	}
	leads := func(o occurrence, next *candidate) bool {
		return datePrefacesNext(d.in.Text, o.span.End, next.span.Start)
	}
	// a bare noun placed in time against, in a clause of its own ("Ahead
	// of the Summit, on May 17, they held talks"), is no meeting being
	// dated: the dates after the comma are the next mention's
	dated := ms
	if slices.ContainsFunc(ms, func(c *candidate) bool { return timedClause(d.in.Text, c) }) {
		dated = slices.DeleteFunc(slices.Clone(ms), func(c *candidate) bool { return timedClause(d.in.Text, c) })
	}
	dated, occ = scheduleDates(d.in.Text, dated, occ)
	assignZones(dated, occ, sp.End, 0, leads, func(c *candidate, o occurrence) { c.date = o.owner })
	f.refineNameYears(d, ms, occ)
	refineRelative(d, ms, occ)
	datesAlongside(d.in.Text, ms)
}

// datesCoordinated: meetings joined by "and" before one date clause ("the
// next meeting of the Policy Consultations and the next round of the
// Strategic Dialogue will be held in Manila in 2014") share its date: an
// undated mention followed by "and" and a dated one takes that date, and
// its place when it has none.
func datesCoordinated(text string, ms []*candidate) {
	for k := len(ms) - 2; k >= 0; k-- {
		c, o := ms[k], ms[k+1]
		if c.date >= 0 || o.date < 0 || o.span.Start < c.span.End {
			continue
		}
		g := strings.Fields(strings.ToLower(text[c.span.End:o.span.Start]))
		if len(g) == 0 || g[0] != "and" && g[0] != "&" || len(g) > 2 || len(g) == 2 && !determiners[g[1]] {
			continue
		}
		c.date = o.date
		if c.place < 0 && c.venue == "" {
			c.place, c.placeText, c.venue = o.place, o.placeText, o.venue
		}
	}
}

// datesAlongside: a meeting held alongside another ("The inaugural youth
// dialogue was conducted in conjunction with the Ministerial Meeting in
// October 2021", "a business forum on the sidelines of the Summit on 4
// May") took place when that one did, when it has no date of its own.
func datesAlongside(text string, ms []*candidate) {
	for k := 0; k+1 < len(ms); k++ {
		c, o := ms[k], ms[k+1]
		if c.date >= 0 || o.date < 0 || o.span.Start < c.span.End || o.span.Start-c.span.End > maxAlongsideGap {
			continue
		}
		between := " " + strings.Join(strings.Fields(strings.ToLower(text[c.span.End:o.span.Start])), " ") + " "
		for _, p := range alongsidePhrases {
			if strings.Contains(between, " "+p+" ") {
				c.date = o.date
				break
			}
		}
	}
}

// maxAlongsideGap bounds the text between a meeting and the one it was
// held alongside.
const maxAlongsideGap = 120

// alongsidePhrases tie a meeting to the time of the one named next.
var alongsidePhrases = []string{"in conjunction with", "on the sidelines of", "on the margins of", "on the margin of", "alongside", "back-to-back with", "in the margins of", "at the margins of"}

// timedClause reports whether c is a bare noun placed in time against
// that ends its clause: "Ahead of the Summit, ...", "After the Forum, ..."
// (but not "After the Forum on 4 May, ...", which dates the Forum).
func timedClause(text string, c *candidate) bool {
	return c.bare && strings.HasPrefix(strings.TrimSpace(text[c.span.End:]), ",") && timedAgainst(text, c.span.Start)
}

// scheduleDates dates the items of a schedule, "March 6: Meeting with
// ...", "14 May – Opening Ceremony": a mention right after a date and a
// colon, or a dash after a date that starts its line, takes that date,
// whatever follows it. It returns the
// mentions and dates left for assignZones.
func scheduleDates(text string, ms []*candidate, occ []occurrence) ([]*candidate, []occurrence) {
	var restM []*candidate
	used := make([]bool, len(occ))
	for _, c := range ms {
		took := false
		for oi, o := range occ {
			if used[oi] || o.span.End > c.span.Start {
				continue
			}
			between := strings.TrimSpace(text[o.span.End:c.span.Start])
			// a dash only after a date that starts its line: a dateline's
			// dash ("NAIROBI, 4 May 2023 – ...") dates the release
			if between == ":" || (between == "–" || between == "-") && startsLine(text, o.span.Start) {
				c.date, used[oi], took = o.owner, true, true
				break
			}
		}
		if !took {
			restM = append(restM, c)
		}
	}
	if len(restM) == len(ms) {
		return ms, occ
	}
	var restO []occurrence
	for oi, o := range occ {
		if !used[oi] {
			restO = append(restO, o)
		}
	}
	return restM, restO
}

// refineRelative: a mention dated by a word ("opened today", "met
// yesterday") that its own stretch of the sentence dates again with a
// written date containing that day ("... opened today and will run from
// 11-14 July 2023") takes the written date: the word names one day of it.
func refineRelative(d *doc, ms []*candidate, occ []occurrence) {
	for k, c := range ms {
		if c.date < 0 {
			continue
		}
		limit := d.sents[c.sent].End
		if k+1 < len(ms) {
			limit = ms[k+1].span.Start
		}
		byWord := false
		for _, o := range occ {
			if o.owner == c.date && o.span.Start >= c.span.End && o.span.Start < limit {
				byWord = !strings.ContainsAny(d.in.Text[o.span.Start:o.span.End], "0123456789")
				break
			}
		}
		if !byWord {
			continue
		}
		day := d.in.Dates[c.date]
		for _, o := range occ {
			dt := d.in.Dates[o.owner]
			if o.span.Start < c.span.End || o.span.Start >= limit || o.owner == c.date || dt.Relative || taken(ms, o.owner) ||
				day.Start == "" || dt.Start == "" || dt.Start > day.Start || day.End > dt.End {
				continue
			}
			c.date = o.owner
			break
		}
	}
}

// refineNameYears: a year written in an event's name ("the 2025 Meeting of
// the Council ... was held on 3 and 4 June 2025") names the round, not its
// day; a date inside that year that no mention took dates it: after the
// name up to the next mention, else before it back to the previous one
// ("met on 3 March for the 2016 ... Summit").
func (f *Finder) refineNameYears(d *doc, ms []*candidate, occ []occurrence) {
	for k, c := range ms {
		if c.date < 0 || len(d.in.Dates[c.date].Value) != len("2006") || !dateInside(d, c.date, c.span) {
			continue
		}
		limit := d.sents[c.sent].End
		if k+1 < len(ms) {
			limit = ms[k+1].span.Start
		}
		from := d.sents[c.sent].Start
		if k > 0 {
			from = ms[k-1].span.End
		}
		year := d.in.Dates[c.date]
		inYear := func(o occurrence) bool {
			dt := d.in.Dates[o.owner]
			return !dt.Relative && !taken(ms, o.owner) && dt.Start >= year.Start && dt.End <= year.End && o.owner != c.date
		}
		// after the name first, else before it back to the last mention
		// ("met on 3 March for the 2016 ... Summit")
		for _, o := range occ {
			if o.span.Start >= c.span.End && o.span.Start < limit && inYear(o) {
				c.date = o.owner
				break
			}
		}
		if d.in.Dates[c.date].Value != year.Value {
			continue
		}
		for i := len(occ) - 1; i >= 0; i-- {
			if o := occ[i]; o.span.End <= c.span.Start && o.span.Start >= from && inYear(o) {
				c.date = o.owner
				break
			}
		}
	}
}

// taken reports whether a mention of ms is dated by date di.
func taken(ms []*candidate, di int) bool {
	for _, c := range ms {
		if c.date == di {
			return true
		}
	}
	return false
}

// datePrefacesNext reports whether the text between a date ending at end
// and the next mention starting at next is only "at" or "at the": the date
// is that meeting's ("in June 2025 at the Global Summit ...").
func datePrefacesNext(text string, end, next int) bool {
	if end > next || next > len(text) {
		return false
	}
	between := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text[end:next]), ","))
	return between == "at" || between == "at the"
}

// notDate reports whether the words before a date ("since 2009", "was
// established in 2021") make it no date the event takes place on.
func (f *Finder) notDate(text string, from, at int) bool {
	before := " " + strings.ToLower(strings.TrimRight(text[max(from, at-32):at], " "))
	for _, p := range f.lx.cues["not-date"] {
		if strings.HasSuffix(before, " "+p) {
			return true
		}
	}
	return false
}

// venuePrepositions introduce a venue: "held in Tokyo", "at Geneva".
var venuePrepositions = []string{" in", " at", " in the city of", "(", " in the", " at the"}

// attachPlaces gives the mentions of sentence si their venue: a city or
// country after "in" or "at" (or in brackets after a venue), or a city
// named inside the event's name ("the Copenhagen ... Ministerial").
func (f *Finder) attachPlaces(d *doc, si int, ms []*candidate) {
	sp := d.sents[si]
	text := d.in.Text
	var occ []occurrence
	for _, i := range d.places.within(sp.Start, sp.End) {
		o := occurrence{d.places.spans[i], d.places.owner[i]}
		if d.agency.at(o.span.Start, o.span.End) >= 0 {
			continue
		}
		inName := false
		for _, c := range ms {
			if o.span.Start >= c.span.Start && o.span.End <= c.span.End {
				inName = true
			}
		}
		if inName {
			// a city in the name is the venue; countries there are the parties
			if d.in.Places[o.owner].Kind != "city" || strings.HasPrefix(text[o.span.End:], "-") || strings.HasSuffix(text[:o.span.Start], "-") {
				continue
			}
		} else if !hasVenuePrep(text[max(sp.Start, o.span.Start-24):o.span.Start], o.span.Start-24 <= sp.Start) {
			continue
		}
		occ = append(occ, o)
	}
	// a country right after a city ("Busan, Republic of Korea") is the
	// city's country, not a second venue
	var kept []occurrence
	for _, o := range occ {
		if n := len(kept); n > 0 && d.in.Places[o.owner].Kind == "country" && o.span.Start-kept[n-1].span.End <= 3 {
			continue
		}
		kept = append(kept, o)
	}
	assignZones(ms, kept, sp.End, 160, nil, func(c *candidate, o occurrence) {
		c.place, c.placeText = o.owner, text[o.span.Start:o.span.End]
	})
	f.attachVenues(d, si, ms)
}

// attachVenues gives a mention without a city its venue: "at the <Name>"
// after it whose last word is a venue noun (data/venues.txt), "... held at
// the Harbour View Hotel".
func (f *Finder) attachVenues(d *doc, si int, ms []*candidate) {
	toks := d.toks[si]
	for k, c := range ms {
		if c.place >= 0 {
			continue
		}
		limit := d.sents[si].End
		if k+1 < len(ms) {
			limit = ms[k+1].span.Start
		}
		for i, t := range toks {
			if t.start < c.span.End || t.start >= limit || t.start-c.span.End > 160 || t.lower != "at" {
				continue
			}
			j := i + 1
			if j < len(toks) && toks[j].lower == "the" {
				j++
			}
			last := f.capRun(d, toks, j)
			if last < j || !f.lx.venues[toks[last].lower] {
				continue
			}
			c.venue = d.in.Text[toks[j].start:toks[last].end]
			break
		}
	}
}

// hasVenuePrep reports whether before ends with a venue preposition;
// atStart says it starts the sentence (a preposition there needs no blank
// before it).
func hasVenuePrep(before string, atStart bool) bool {
	b := strings.TrimRight(before, " ")
	if atStart {
		b = " " + b
	}
	for _, p := range venuePrepositions {
		if strings.HasSuffix(b, p) {
			return true
		}
	}
	return false
}
