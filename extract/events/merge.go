package events

import (
	"slices"
	"strings"
)

// resolveSeries completes series names: a short form that ends a longer
// series of the article ("the Policy Meeting"), or its acronym, becomes
// that series; bare round words take the article's main series, the first
// one it names.
func (f *Finder) resolveSeries(cands []*candidate) {
	// each distinct series once, with its words
	type series struct {
		name, acronym, initials string
		// words are the name's words; head the words before its first
		// complement ("Joint Commission" of "Joint Commission on Trade")
		words, head []string
	}
	var full []series
	seen := map[string]bool{}
	for _, c := range cands {
		if c.series != "" && !seen[c.series+"\x00"+c.acronym] {
			seen[c.series+"\x00"+c.acronym] = true
			words := strings.Fields(strings.ToLower(c.series))
			full = append(full, series{c.series, c.acronym, initials(c.series), words, complementHead(words)})
		}
	}
	for _, c := range cands {
		acr := isAcronym(c.series)
		// only short forms ("the Policy Meeting") and acronyms resolve
		if c.series == "" || (!acr && strings.Count(c.series, " ") >= maxShortForm) {
			continue
		}
		words := strings.Fields(strings.ToLower(c.series))
		for _, o := range full {
			if len(o.name) <= len(c.series) {
				continue
			}
			if hasWordSuffix(o.words, words) || hasWordSuffix(o.head, words) || complementPrefix(o.words, words) ||
				(o.acronym != "" && o.acronym == c.series) || (acr && o.initials == c.series) {
				c.series = o.name
				c.acro = false
				break
			}
		}
	}
	main := ""
	for _, c := range cands {
		if c.series != "" {
			main = c.series
			break
		}
	}
	for _, c := range cands {
		if c.inherit && main != "" {
			c.series = main
			if s := seriesOfKind(cands, c.kind); s != "" {
				c.series = s
			}
		}
		if c.inherit && main == "" {
			c.generic = true
		}
	}
}

// seriesOfKind returns the first series of cands whose name holds the
// word kind ("forum" in "Global Forum on the Ethics of AI"), "" when none
// does or kind is "".
func seriesOfKind(cands []*candidate, kind string) string {
	if kind == "" {
		return ""
	}
	for _, c := range cands {
		if c.series != "" && !c.inherit && slices.Contains(strings.Fields(strings.ToLower(c.series)), kind) {
			return c.series
		}
	}
	return ""
}

// complementHead returns the words of a series name before its first
// complement ("of", "on", "for", "between"): "Philippines-India Joint
// Commission on Bilateral Cooperation" -> "Philippines-India Joint
// Commission", whose short form "the Joint Commission" names the same
// series. A name without a complement returns nil (its words are matched
// whole).
func complementHead(words []string) []string {
	for i, w := range words {
		if i > 0 && (w == "of" || w == "on" || w == "for" || w == "between") {
			return words[:i]
		}
	}
	return nil
}

// complementPrefix reports whether short is the start of long up to one
// of its complements: "Council of Ministers" of "Council of Ministers of
// the Economic Cooperation Organization".
func complementPrefix(long, short []string) bool {
	if len(short) < 2 || len(short) >= len(long) {
		return false
	}
	for i := range short {
		if long[i] != short[i] {
			return false
		}
	}
	switch long[len(short)] {
	case "of", "on", "for", "between":
		return true
	}
	return false
}

// maxShortForm is the most words a short form of a series has.
const maxShortForm = 4

// hasWordSuffix reports whether the words long end with the words short.
func hasWordSuffix(long, short []string) bool {
	if len(short) == 0 || len(short) >= len(long) {
		return false
	}
	for i := range short {
		if long[len(long)-len(short)+i] != short[i] {
			return false
		}
	}
	return true
}

// merge joins the mentions of one event and returns the dated events.
// Two mentions are one event when they share the series key and the
// ordinal, or the series key and dates one of which contains the other; a
// mention without a series joins the event whose date contains its own
// ("the May 2013 talks"), and is dropped otherwise unless its own date is
// absolute. The steps are mergePasses, in order.
func (f *Finder) merge(d *doc, cands []*candidate) []Event {
	m := &merger{d: d, keys: map[string]string{}}
	for _, p := range mergePasses {
		p.run(m, cands)
	}
	var out []Event
	for _, g := range m.groups {
		if !m.absolute(g.date) && !m.relativeRound(g) {
			continue
		}
		out = append(out, f.event(d, g.cs, g.ordinal, g.date, m.keys))
	}
	return out
}

// relativeRound reports whether g is a numbered round of a named series
// dated only by a relative year ("the eighth round of the Consultations
// will be held in Colombo next year"): it takes that year, as an event of
// a later or earlier year is written. Other relative dates ("next week",
// "the talks last month") date no event.
func (m *merger) relativeRound(g *mergeGroup) bool {
	return g.date >= 0 && g.key != "" && g.ordinal > 0 && len(m.d.in.Dates[g.date].Value) == len("2006")
}

// mergePasses are merge's steps, each a named rule over the groups built
// so far.
var mergePasses = []struct {
	name string
	run  func(*merger, []*candidate)
}{
	{"one group per series and round", (*merger).bySeries},
	{"a dated round word dates the numbered round before it", (*merger).dateNumberedRounds},
	{"a capitalized mention of the opening meeting's kind dates it", (*merger).dateLeadByKind},
	{"mentions without a series join the event of their date", (*merger).joinUnnamed},
	{"the release's opening meeting took place on the release date", (*merger).dateLeadMeeting},
	{"a signing reported without a date took place at the release's meeting", (*merger).dateSignings},
}

// merger holds the groups of mentions merge builds, each one event.
type merger struct {
	d      *doc
	groups []*mergeGroup
	keys   map[string]string // series -> SeriesKey(series)
}

type mergeGroup struct {
	cs      []*candidate
	key     string
	ordinal int
	date    int
}

func (m *merger) absolute(di int) bool { return di >= 0 && !m.d.in.Dates[di].Relative }

// contains reports whether date a contains date b.
func (m *merger) contains(a, b int) bool {
	da, db := m.d.in.Dates[a], m.d.in.Dates[b]
	return da.Start != "" && db.Start != "" && da.Start <= db.Start && db.End <= da.End
}

func (m *merger) compatible(a, b int) bool {
	return a >= 0 && b >= 0 && (m.contains(a, b) || m.contains(b, a))
}

// better gives g date di when g has none, only a relative one, or a less
// precise one that contains di. A range keeps its place: a day inside it
// is one day of the event ("held on 18-19 May ... At the end of the
// Summit on 19 May"), not its date.
func (m *merger) better(g *mergeGroup, di int) {
	switch {
	case di < 0:
	case g.date < 0, !m.absolute(g.date) && m.absolute(di):
		g.date = di
	case m.absolute(di) && m.contains(g.date, di) && g.date != di && !isRange(m.d.in.Dates[g.date].Value):
		g.date = di // the more precise date
	}
}

// widen gives g the range di of a later mention that refers back to it
// ("The 45th ... Meeting opened on 29 May. The meeting is held on 29
// May–8 June"): when g is dated by one day and the range starts on that
// day, the day was its opening and the range is the whole meeting. Only a
// mention pointing back (a bare noun, a round word of the series) widens;
// one introducing another meeting ("a meeting", "the next meeting") does
// not.
func (m *merger) widen(g *mergeGroup, c *candidate) {
	di := c.date
	if !m.absolute(di) || !m.absolute(g.date) || di == g.date || c.indefinite || c.again || !(c.bare || c.inherit) {
		return
	}
	day, r := m.d.in.Dates[g.date], m.d.in.Dates[di]
	if isRange(day.Value) || day.Start != day.End || !isRange(r.Value) || r.Start != day.Start {
		return
	}
	if low := strings.ToLower(c.name); strings.HasPrefix(low, "next") || strings.HasPrefix(low, "previous") || strings.HasPrefix(low, "last") {
		return
	}
	g.date = di
}

// isRange reports whether a date value is a range start/end.
func isRange(v string) bool { return strings.Contains(v, "/") }

// bySeries puts each named mention in the group of its series key and
// ordinal, or of its series key and a compatible absolute date.
func (m *merger) bySeries(cands []*candidate) {
	for _, c := range cands {
		if c.generic || c.acro {
			continue
		}
		key, ok := m.keys[c.series]
		if !ok {
			key = SeriesKey(c.series)
			m.keys[c.series] = key
		}
		var hit *mergeGroup
		for _, g := range m.groups {
			if key == "" || g.key != key {
				continue
			}
			if c.ordinal > 0 && g.ordinal > 0 {
				if c.ordinal == g.ordinal {
					hit = g
					break
				}
				continue
			}
			if m.compatible(g.date, c.date) && m.absolute(c.date) && m.absolute(g.date) {
				hit = g
				break
			}
		}
		if hit == nil {
			hit = &mergeGroup{key: key, date: -1}
			m.groups = append(m.groups, hit)
		}
		hit.cs = append(hit.cs, c)
		if hit.ordinal == 0 {
			hit.ordinal = c.ordinal
		}
		m.better(hit, c.date)
		m.widen(hit, c)
	}
}

// dateNumberedRounds: "The 10th ... Meeting was held in Oslo. The meeting
// took place on 5 May": a dated round word of a series dates the undated
// numbered round named before it, unless it points elsewhere ("the next
// meeting").
func (m *merger) dateNumberedRounds(cands []*candidate) {
	for i, g := range m.groups {
		if g.key == "" || g.ordinal == 0 || g.date >= 0 {
			continue
		}
		for _, o := range m.groups[i+1:] {
			if o.key != g.key || o.ordinal != 0 || !m.absolute(o.date) || !anaphoric(o.cs) {
				continue
			}
			g.cs, g.date = append(g.cs, o.cs...), o.date
			o.cs = nil
			break
		}
		if g.date >= 0 {
			continue
		}
		// "last hosted the Summit in July 2018, when the 10th BRICS
		// Summit took place": a dated bare mention of the round's kind,
		// before it in its sentence, dates it
		for _, c := range cands {
			if c.generic && c.bare && m.absolute(c.date) && c.sent == g.cs[0].sent && c.span.End <= g.cs[0].span.Start &&
				strings.EqualFold(lastWord(c.name), lastWord(g.cs[0].series)) {
				g.cs, g.date = append(g.cs, c), c.date
				c.generic = false // joined here, not again by joinUnnamed
				break
			}
		}
	}
	live := m.groups[:0]
	for _, g := range m.groups {
		if len(g.cs) > 0 {
			live = append(live, g)
		}
	}
	m.groups = live
}

// dateLeadByKind: "President X opened the inaugural Andean Water Summit.
// The four-day Summit, which runs from 3 to 6 March 2024, ...": the
// meeting a release opens with, undated where it is named, is dated by a
// later mention without a series whose capitalized head is the head noun
// of its series, with an absolute date written after it in its sentence.
// A mention placed in time against the meeting ("ahead of the Summit, on
// 2 March") dates another occasion and is left alone.
func (m *merger) dateLeadByKind(cands []*candidate) {
	var lead *mergeGroup
	for _, g := range m.groups {
		if g.key != "" && g.cs[0].lead && !g.cs[0].inherit && g.cs[0].series != "" {
			if !m.absolute(g.date) {
				lead = g
			}
			break
		}
	}
	if lead == nil {
		return
	}
	head := lastWord(lead.cs[0].series)
	text := m.d.in.Text
	for _, c := range cands {
		if !c.generic || !m.absolute(c.date) {
			continue
		}
		w := lastWord(c.name)
		if w == "" || !isUpper(w[0]) || !strings.EqualFold(w, head) || timedAgainst(text, c.span.Start) || !m.dateAfter(c) {
			continue
		}
		lead.cs = append(lead.cs, c)
		lead.date = c.date
		c.generic = false // joined here, not again by joinUnnamed
		return
	}
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

// timedAgainst reports whether a word placing another time against the
// mention starting at at stands right before it: "ahead of the Summit",
// "after the Summit", "since the Forum".
func timedAgainst(text string, at int) bool {
	before := " " + strings.Join(strings.Fields(strings.ToLower(text[max(0, at-24):at])), " ")
	before = strings.TrimSuffix(before, " the")
	for _, p := range timeAgainstWords {
		if strings.HasSuffix(before, " "+p) {
			return true
		}
	}
	return false
}

// timeAgainstWords place a time before or after an event named next.
var timeAgainstWords = []string{"ahead of", "before", "after", "following", "since", "prior to", "preceding", "in preparation for", "until"}

// dateAfter reports whether c's date is written after c in its sentence.
func (m *merger) dateAfter(c *candidate) bool {
	sp := m.d.sents[c.sent]
	for _, i := range m.d.dates.within(c.span.End, sp.End) {
		if m.d.dates.owner[i] == c.date {
			return true
		}
	}
	return false
}

// joinUnnamed puts each mention without a series in the group whose
// absolute date is compatible with its own, or in a new group when its own
// date is absolute and it is not a bare noun.
func (m *merger) joinUnnamed(cands []*candidate) {
	for _, c := range cands {
		if !c.generic || c.date < 0 {
			continue
		}
		var hit *mergeGroup
		for _, g := range m.groups {
			if m.absolute(g.date) && m.compatible(g.date, c.date) && !(sidesNamed(c) && m.d.in.Dates[g.date].Value != m.d.in.Dates[c.date].Value) {
				hit = g
				break
			}
		}
		if hit == nil {
			if !m.absolute(c.date) || c.bare {
				continue
			}
			hit = &mergeGroup{date: -1}
			m.groups = append(m.groups, hit)
		}
		hit.cs = append(hit.cs, c)
		m.better(hit, c.date)
		m.widen(hit, c)
	}
}

// sidesNamed reports whether c is a meeting of named people ("A and B
// held talks"): it joins a meeting of its very date, not a longer one
// that contains its day (a conference they both attended).
func sidesNamed(c *candidate) bool { return len(c.chairs) >= 2 }

// dateLeadMeeting: the meeting a release opens with took place on the
// dateline's date (else the release date), at the dateline's place, when
// no date of its own is stated and the body dates no round of its series.
func (m *merger) dateLeadMeeting([]*candidate) {
	// a lead meeting dated only by a relative word ("Today we welcomed ...
	// for the 14th ...") is undated here: the dateline dates it
	undated := false
	for _, g := range m.groups {
		undated = undated || (!m.absolute(g.date) && g.cs[0].lead)
	}
	if !undated {
		return
	}
	pub, datePlace, placeText := m.d.dateline()
	if pub < 0 {
		pub = m.d.publishedDate()
	}
	if pub < 0 {
		return
	}
	// the body dates the lead meeting when it dates a round that may be
	// the same one: of its series with no number or the same number ("the
	// 14th ..." is not dated by "the 15th ... in 2025"), or of any series
	// with the same number (a short name of it: "Third Forum on AI", "the
	// third Forum on Artificial Intelligence")
	datedRound := func(g *mergeGroup) bool {
		for _, o := range m.groups {
			if o == g || o.date < 0 {
				continue
			}
			if g.key != "" && o.key == g.key && (g.ordinal == 0 || o.ordinal == 0 || o.ordinal == g.ordinal) {
				return true
			}
			if g.ordinal > 0 && o.ordinal == g.ordinal {
				return true
			}
		}
		return false
	}
	for _, g := range m.groups {
		if !m.absolute(g.date) && g.cs[0].lead && (g.cs[0].chairs != nil || g.key != "") && !g.cs[0].inherit && !datedRound(g) {
			g.date = pub
			if c := g.cs[0]; c.place < 0 && datePlace >= 0 {
				c.place, c.placeText = datePlace, placeText
			}
			return
		}
	}
}

// dateSignings: a signing with no date of its own took place on the date
// a later sentence gives it (signedLater). One the release reports as done
// ("the ministers witnessed the signing of three agreements", "the two
// sides signed a declaration of intent") took place at the meeting the
// release is about. It takes the date of the first meeting of
// the release's opening that is dated to the day, and that meeting's
// place when it names none; when the opening dates no meeting, the
// dateline's date, else the release date.
func (m *merger) dateSignings([]*candidate) {
	var main *mergeGroup
	for _, g := range m.groups {
		if g.cs[0].lead && !g.cs[0].reported && m.absolute(g.date) && len(m.d.in.Dates[g.date].Value) >= len("2006-01-02") {
			main = g
			break
		}
	}
	fallback := -1
	for _, g := range m.groups {
		if g.date >= 0 || !g.cs[0].signing {
			continue
		}
		if di := m.signedLater(g.cs[0]); di >= 0 {
			g.date = di
			continue
		}
		if !g.cs[0].reported {
			continue
		}
		if di := m.daySaid(g.cs[0]); di >= 0 {
			g.date = di
			continue
		}
		if main != nil {
			g.date = main.date
			if c := g.cs[0]; c.place < 0 {
				for _, o := range main.cs {
					if o.place >= 0 {
						c.place, c.placeText = o.place, o.placeText
						break
					}
				}
			}
			continue
		}
		if fallback < 0 {
			if fallback, _, _ = m.d.dateline(); fallback < 0 {
				fallback = m.d.publishedDate()
			}
		}
		g.date = fallback
	}
}

// daySaid returns the one day written in c's own sentence ("At the end of
// the Summit on 19 May, the leaders signed the Declaration": another
// mention took it), -1 when the sentence writes no day or several.
func (m *merger) daySaid(c *candidate) int {
	sp := m.d.sents[c.sent]
	day := -1
	for _, i := range m.d.dates.within(sp.Start, sp.End) {
		o := m.d.dates.owner[i]
		if !m.absolute(o) || len(m.d.in.Dates[o].Value) != len("2006-01-02") {
			continue
		}
		if day >= 0 && day != o {
			return -1
		}
		day = o
	}
	return day
}

// signedLater returns the date a later sentence gives the signing c
// reports ("They have signed a new MoU. ... The MoU was signed in Kuala
// Lumpur on 2 September"): the first absolute date of the first later
// sentence that says "signed" and names c's document by the last word of
// its name (a plural counts as its singular), -1 when none does.
func (m *merger) signedLater(c *candidate) int {
	name := strings.Fields(c.name)
	if len(name) < 2 || name[0] != "signing" {
		return -1
	}
	doc := strings.TrimSuffix(strings.ToLower(strings.Trim(name[len(name)-1], "()")), "s")
	d := m.d
	for _, sp := range d.sents[c.sent+1:] {
		low := asciiLower(d.in.Text[sp.Start:sp.End])
		if !strings.Contains(low, "signed") || !strings.Contains(low, doc) {
			continue
		}
		for _, i := range d.dates.within(sp.Start, sp.End) {
			if o := d.dates.owner[i]; m.absolute(o) {
				return o
			}
		}
	}
	return -1
}

// event builds one Event from the mentions of it.
func (f *Finder) event(d *doc, cs []*candidate, ordinal, di int, keys map[string]string) Event {
	dt := d.in.Dates[di]
	e := Event{Ordinal: ordinal, Dates: eventValue(dt.Value), Start: dt.Start, End: dt.End,
		Chairs: []string{}, Hosts: []string{}, Participants: []string{}, Mentions: []Mention{}}
	place, placeText := -1, ""
	var named *candidate
	for _, c := range cs {
		if !c.generic && (named == nil || named.again || len(c.name) > len(named.name)) {
			named = c
		}
		if e.Series == "" && c.series != "" {
			e.Series = c.series
		}
		if c.place >= 0 {
			p := d.in.Places[c.place]
			if place < 0 || (d.in.Places[place].Kind != "city" && p.Kind == "city" && p.Country == d.in.Places[place].Country) {
				place, placeText = c.place, c.placeText
			}
		}
		for _, pi := range c.chairs {
			e.Chairs = appendNew(e.Chairs, d.in.People[pi].ID)
		}
		e.Hosts = appendNew(e.Hosts, c.hosts...)
		e.Participants = appendNew(e.Participants, c.parts...)
		e.Mentions = append(e.Mentions, Mention{Text: d.in.Text[c.span.Start:c.span.End], Start: c.span.Start, End: c.span.End})
	}
	if named == nil {
		named = cs[0]
	}
	e.Name = strings.Trim(stripTags(named.name), "“”\"' ")
	var ok bool
	if e.SeriesKey, ok = keys[e.Series]; !ok {
		e.SeriesKey = SeriesKey(e.Series)
	}
	if place >= 0 {
		e.Place, e.Country = placeText, d.in.Places[place].Country
	}
	for _, c := range cs {
		if e.Place == "" && c.venue != "" {
			e.Place = c.venue
		}
	}
	return e
}

// eventValue returns the value an event is dated by: a quarter or half of
// a year ("in the first half of 2026": 2026-H1, "Q3 2025": 2025-Q3) dates
// the event by its year, as the annotation conventions write an event's
// date (the part of the year is a property of the phrase, not of the
// meeting's calendar); every other value stands as written. Start and End
// keep the part's bounds.
func eventValue(v string) string {
	if len(v) == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H') && v[6] >= '1' && v[6] <= '4' {
		return v[:4]
	}
	return v
}

// publishedDate returns the index of the release date among the dates, or
// -1.
func (d *doc) publishedDate() int {
	if d.in.Published == "" {
		return -1
	}
	for i, dt := range d.in.Dates {
		if dt.Value == d.in.Published {
			return i
		}
	}
	return -1
}

// dateline returns the date and place a release opens with on lines of
// their own ("New York", "22 September 2016", "Geneva, 3 May 2019"): the
// index of the date among the dates and of the place among the places
// with its text, -1 when not found.
func (d *doc) dateline() (int, int, string) {
	end := leadEnd(d.in.Text)
	date, place, placeText := -1, -1, ""
	for _, sp := range d.sents {
		if sp.Start > end || date >= 0 {
			break
		}
		rest := d.in.Text[sp.Start:sp.End]
		var ds []int
		for _, i := range d.dates.within(sp.Start, sp.End) {
			ds = append(ds, d.dates.owner[i])
			o := d.dates.spans[i]
			rest = strings.Replace(rest, d.in.Text[o.Start:o.End], "", 1)
		}
		lastPlace, lastText := -1, ""
		for _, i := range d.places.within(sp.Start, sp.End) {
			o := d.places.spans[i]
			lastPlace, lastText = d.places.owner[i], d.in.Text[o.Start:o.End]
			rest = strings.Replace(rest, lastText, "", 1)
		}
		if strings.Trim(rest, " ,.-–—|\t") != "" {
			continue // prose, a title or a label
		}
		if lastPlace >= 0 && place < 0 {
			place, placeText = lastPlace, lastText
		}
		if len(ds) == 1 && !d.in.Dates[ds[0]].Relative {
			date = ds[0]
		}
	}
	return date, place, placeText
}

// stripTags removes inline markup left in a name ("10<sup>th</sup>").
func stripTags(s string) string {
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 || j > 8 {
			return s
		}
		s = s[:i] + s[i+j+1:]
	}
}

// anaphoric reports whether mentions only point back to a round named
// before: bare round words ("the meeting"), not "the next meeting" nor
// "a plenary meeting".
func anaphoric(cs []*candidate) bool {
	for _, c := range cs {
		low := strings.ToLower(c.name)
		if !c.inherit || c.again || c.indefinite || strings.HasPrefix(low, "next") || strings.HasPrefix(low, "upcoming") || strings.HasPrefix(low, "previous") || strings.HasPrefix(low, "last") {
			return false
		}
	}
	return true
}
