package events

import (
	"fmt"
	"slices"
	"strings"
)

// Finder finds the events of an article. Build it once with New; it is
// safe for concurrent use.
type Finder struct {
	lx      *lexicon
	segment Segmenter
}

// Option changes a Finder built by New.
type Option func(*Finder)

// WithSegmenter replaces the default sentence splitter (used to measure
// other segmenters against it).
func WithSegmenter(s Segmenter) Option {
	return func(f *Finder) { f.segment = s }
}

// New loads the word lists and returns a ready Finder.
func New(opts ...Option) (*Finder, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, fmt.Errorf("events lexicon: %w", err)
	}
	f := &Finder{lx: lx, segment: lx.splitSentences}
	for _, o := range opts {
		o(f)
	}
	return f, nil
}

// doc is one article being read: its sentences, tokens and entity indexes.
type doc struct {
	in    *Input
	sents []Span
	// toks and hits are the words and role cues of the sentence being
	// read (nil for the others).
	toks   [][]token
	hits   [][]cueHit
	dates  spanIndex // owner: index into in.Dates
	people spanIndex
	agency spanIndex
	places spanIndex
	// leadEnd is where the release's opening ends (leadEnd), found once.
	leadEnd int
}

// Find returns the article's dated events in the order they are first
// named. It never fails: an article without events yields nil.
func (f *Finder) Find(in *Input) []Event {
	d := &doc{in: in, sents: f.segment(in.Text)}
	d.toks = make([][]token, len(d.sents))
	d.hits = make([][]cueHit, len(d.sents))
	d.dates = newSpanIndex(func(i int) []Span { return in.Dates[i].Spans }, len(in.Dates))
	d.people = newSpanIndex(func(i int) []Span { return in.People[i].Spans }, len(in.People))
	d.agency = newSpanIndex(func(i int) []Span { return in.Agencies[i].Spans }, len(in.Agencies))
	d.places = newSpanIndex(func(i int) []Span { return in.Places[i].Spans }, len(in.Places))

	// Sentences are read one at a time, in one reused buffer of words:
	// only those with an event noun, a role cue or an ordinal are read
	// further, and every rule looks at its own sentence and at mentions
	// found before it.
	low := asciiLower(in.Text)
	leadEnd := leadEnd(in.Text)
	d.leadEnd = leadEnd
	var scratch []token
	var cands []*candidate
	var metDates []int // dates of sentences that say only that a meeting met
	bySent := make([][]*candidate, len(d.sents))
	for si, sp := range d.sents {
		scratch = tokenize(scratch[:0], in.Text, low, sp)
		keep := false
		for k := range scratch {
			if f.lx.interesting(&scratch[k]) {
				keep = true
			}
		}
		if !keep {
			continue
		}
		d.toks[si], d.hits[si] = scratch, f.cueHits(scratch)
		ms := f.mentions(d, si)
		f.attachDates(d, si, ms)
		f.attachPlaces(d, si, ms)
		datesCoordinated(in.Text, ms)
		datesSameDay(d, si, ms)
		for _, c := range ms {
			c.lead = sp.Start <= leadEnd
		}
		if len(ms) == 0 {
			metDates = append(metDates, f.metDates(d, si)...)
		}
		cands = append(cands, ms...)
		bySent[si] = ms
		f.attachRoles(d, cands, bySent, si)
		d.toks[si], d.hits[si] = nil, nil // the buffer is the next sentence's
	}
	refineYearDates(d, cands, metDates)
	f.resolveSeries(cands)
	return f.merge(d, cands)
}

// metDates returns the absolute dates of sentence si when a convene cue
// stands in it ("The Heads of Delegation met virtually on August 5, 2021")
// and it names no event of its own.
func (f *Finder) metDates(d *doc, si int) []int {
	met := false
	for _, h := range d.hits[si] {
		if h.role == "convene" {
			met = true
		}
	}
	if !met {
		return nil
	}
	var out []int
	sp := d.sents[si]
	for _, i := range d.dates.within(sp.Start, sp.End) {
		if o := d.dates.owner[i]; !d.in.Dates[o].Relative {
			out = append(out, o)
		}
	}
	return out
}

// refineYearDates: the meeting a release opens with, dated only by the
// year in its name ("on the occasion of the 2021 Friends of the Mekong
// Ministerial Meeting"), took place on the first day of that year on which
// a later sentence says, without naming an event, that a meeting met ("The
// Heads of Delegation met virtually on August 5, 2021").
func refineYearDates(d *doc, cands []*candidate, metDates []int) {
	for _, c := range cands {
		if !c.lead || c.date < 0 || len(d.in.Dates[c.date].Value) != 4 || !dateInside(d, c.date, c.span) {
			continue
		}
		year := d.in.Dates[c.date].Value
		for n, m := range metDates {
			if n >= maxMetDates {
				break
			}
			if v := d.in.Dates[m].Value; strings.HasPrefix(v, year+"-") && len(v) >= 10 {
				c.date = m
				break
			}
		}
	}
}

// maxMetDates bounds the "met on" dates refineYearDates looks at per
// meeting, so that a document of many such sentences stays linear.
const maxMetDates = 16

// dateInside reports whether date di is written inside span or shortly
// before it with no punctuation between ("the 2021 Friends of the Mekong
// Ministerial Meeting").
func dateInside(d *doc, di int, span Span) bool {
	for _, i := range d.dates.within(max(0, span.Start-32), span.End) {
		if d.dates.owner[i] != di {
			continue
		}
		s := d.dates.spans[i]
		if s.Start >= span.Start && s.End <= span.End {
			return true
		}
		if s.End <= span.Start && span.Start-s.End <= 32 && !strings.ContainsAny(d.in.Text[s.End:span.Start], ".,;:()\n") {
			return true
		}
	}
	return false
}

// leadEnd returns where the opening of a release ends: the end of its
// first prose paragraph (a line of at least leadMinLine bytes), after the
// title, dateline and other short lines.
func leadEnd(text string) int {
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			return len(text)
		}
		if end >= leadMinLine {
			return start + end
		}
		start += end + 1
	}
	return len(text)
}

// leadMinLine is the length of a line of prose, longer than a title.
const leadMinLine = 150

// candidate is one mention of a possible event, before mentions of one
// event are merged.
type candidate struct {
	sent    int
	span    Span
	name    string
	series  string
	acronym string
	ordinal int
	// inherit marks a bare round word ("the third meeting"): it is a round
	// of the article's main series. kind, when set, is the head noun of a
	// bare round of a body or gathering ("the fourth Forum"): it is a round
	// of the first series whose name holds that noun, else of the main one.
	inherit bool
	kind    string
	// generic marks a mention with no series ("the talks"): it is only
	// kept when it names the date of another mention's event.
	generic bool
	// again marks a "meet again" phrase: the next round of the main series.
	again bool
	// acro marks "the 15th ABCD": dropped unless ABCD is a series' acronym.
	acro bool
	// bare marks a generic mention of a single noun ("the dialogue"): it
	// joins an event of its date but is none by itself.
	bare bool
	// lead marks a mention the release opens with (its title or first
	// sentences) that may take the release date.
	lead bool
	// signing marks the signing of a document; reported one the release
	// reports as done at the time it reports on ("the ministers signed
	// three agreements", "witnessed the signing of ..."; not "have signed",
	// which may be any time before): without a date of its own it took
	// place at the meeting the release is about (dateSignings).
	signing, reported bool
	// indefinite marks a mention after "a" or "an" ("a plenary meeting
	// is scheduled on ..."): a meeting it introduces, never one named
	// before.
	indefinite bool
	date       int // index into Input.Dates, -1 when none
	place      int // index into Input.Places, -1 when none
	// placeText is the venue as written; venue a named building when no
	// city or country is stated.
	placeText, venue string
	// chairs are indexes into Input.People; hosts and parts are agency IDs
	// and country codes.
	chairs       []int
	hosts, parts []string
}

// functionWords end a name when met while reading leftwards; the
// connectors among them may sit inside one ("Exchange of Visits").
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "at": true, "in": true, "on": true, "of": true,
	"for": true, "to": true, "by": true, "with": true, "during": true, "this": true,
	"that": true, "these": true, "those": true, "its": true, "their": true, "our": true,
	"his": true, "her": true, "from": true, "after": true, "before": true,
	"following": true, "since": true, "and": true, "or": true, "as": true,
	"when": true, "while": true, "upon": true, "under": true, "between": true,
	"into": true, "all": true, "both": true, "each": true, "every": true, "some": true,
	"any": true, "no": true, "not": true, "it": true, "we": true, "they": true,
	"he": true, "she": true, "there": true, "here": true, "if": true, "but": true,
	"&": true, "at the": true, "last": true, "previous": true, "upcoming": true,
}

// determiners may stand before a bare lowercase event noun.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "its": true,
	"their": true, "our": true, "his": true, "her": true, "each": true, "every": true,
	"last": true, "next": true, "previous": true, "upcoming": true,
}

// levelTitles are the words of a level phrase ("Director General-level",
// "Senior Officials' level"); they do not name a series.
var levelTitles = map[string]bool{
	"director": true, "general": true, "director-general": true, "senior": true,
	"officials": true, "officials'": true, "officials’": true, "vice": true,
	"deputy": true, "ministerial": true, "minister": true, "ministers": true,
	"working": true, "high": true, "expert": true, "experts": true, "chief": true,
	"secretary": true, "assistant": true, "under": true, "vice-minister": true,
	"vice-ministerial": true, "dg": true, "level": true,
}

// plainGap reports whether only white space, or the brackets around a bracketed
// word, separate two adjacent tokens.
func plainGap(text string, a, b token) bool {
	g := text[a.end:b.start]
	if a.paren {
		g = strings.TrimPrefix(g, ")")
	}
	if b.paren {
		g = strings.TrimSuffix(g, "(")
	}
	// a line break inside a sentence is a wrapped line
	g = strings.TrimSpace(g)
	if g == "" {
		return true
	}
	// a dash between two capitalized words joins the parties of one name
	// ("Central Asia – China Summit", "Forum–United States Leaders
	// Summit"), unless the first word starts its line (a dateline,
	// "NAIROBI – The Summit ...")
	return (g == "–" || g == "-") && a.cap && b.cap && !a.paren && !b.paren && !startsLine(text, a.start)
}

// startsLine reports whether only white space stands before offset i on
// its line.
func startsLine(text string, i int) bool {
	j := strings.LastIndexByte(text[:i], '\n')
	return strings.TrimSpace(text[j+1:i]) == ""
}

// mentions returns the event mentions of sentence si.
func (f *Finder) mentions(d *doc, si int) []*candidate {
	toks := d.toks[si]
	text := d.in.Text
	var out []*candidate
	lastEnd := -1
	for h, t := range toks {
		class := t.class
		if class == noClass || t.start < lastEnd {
			continue
		}
		// "Summit Meeting", "Ministerial Consultations", "Joint
		// Ministerial Committee": the last noun of a run is the head.
		if h+1 < len(toks) && plainGap(text, t, toks[h+1]) && t.cap == toks[h+1].cap {
			switch toks[h+1].class {
			case classMeet, classEvent, classTalks:
				continue
			case classBody:
				if t.cap {
					continue
				}
			}
		}
		if class == classBody && !t.cap {
			continue
		}
		if class != classBody && (d.people.at(t.start, t.end) >= 0 || (d.agency.at(t.start, t.end) >= 0 && !f.numberedBody(d, toks, d.agency.at(t.start, t.end)))) {
			continue // a body's name (World Economic Forum)
		}
		if f.aliasInBrackets(d, t, out) {
			continue
		}
		c := f.mention(d, si, h, class)
		if c == nil || (class == classBody && !f.bodyMeets(d, si, c)) {
			continue
		}
		if class == classBody && !c.inherit {
			c.series = f.bodySeries(c)
		}
		f.heldBy(d, si, c)
		out = append(out, c)
		lastEnd = c.span.End
	}
	out = f.yearNamedMentions(d, si, out)
	out = f.numberedAcronymMentions(d, si, out)
	out = append(out, f.againMentions(d, si, out)...)
	out = append(out, f.metMentions(d, si, out)...)
	out = append(out, f.gatheredMentions(d, si, out)...)
	out = append(out, f.signedMentions(d, si, out)...)
	out = append(out, f.acronymMentions(d, si, out)...)
	out = append(out, f.ellipticalRounds(d, si, out)...)
	return out
}

// mention reads the name around head token h, or returns nil when the
// noun is no event mention. It runs four steps: the name's left edge
// (leftEdge), its first proper word (firstProper), its right part
// (rightPart) and the series it names (seriesOf).
func (f *Finder) mention(d *doc, si, h int, class nounClass) *candidate {
	toks := d.toks[si]
	text := d.in.Text
	head := toks[h]
	lo, ordinal := f.leftEdge(d, toks, h)
	lower := !head.cap
	// an exercise's name follows the noun: "Exercise Blue Reef"
	named := -1
	if head.lower == "exercise" && head.cap && h+1 < len(toks) && plainGap(text, head, toks[h+1]) {
		if last := f.capRun(d, toks, h+1); last > h {
			named = last
		}
	}
	if lo == h && named < 0 {
		lo = f.adjuncts(d, toks, h)
		if lo < 0 && f.opensWith(d, toks, h) {
			lo = h
		}
		if lo < 0 {
			return nil
		}
	}
	firstProper := f.firstProper(toks, lo, h)
	r := f.rightPart(d, toks, h)
	if named > h && r.start < 0 {
		r.hi = named
		if firstProper < 0 {
			firstProper = h
		}
	}
	if f.namesDocument(text, toks, r.hi) || f.venueAfter(d, toks, r.hi) {
		return nil
	}

	c := &candidate{sent: si, ordinal: ordinal, date: -1, place: -1, acronym: r.acronym}
	nameEnd := toks[r.hi].end
	if toks[r.hi].paren {
		nameEnd++
	}
	// "meeting with <person>": the counterpart is named with the event
	pi, end := f.counterpart(d, toks, r.hi)
	withBody := false
	if pi >= 0 && (class == classMeet || class == classEvent || class == classCall || class == classTalks) {
		c.chairs = append(c.chairs, pi)
		nameEnd = end
	} else if pi < 0 && (class == classMeet || class == classTalks) {
		// "a meeting with the Confederation of Industry (CII)": the body
		// met is named with the meeting
		if end := f.counterpartBody(d, toks, r.hi); end > 0 {
			nameEnd, withBody = end, true
		}
	}
	if class == classCall && pi < 0 && (h == 0 || !callFormats[toks[h-1].lower]) {
		return nil // a call for proposals, a grant call
	}
	if head.lower == "signing" && r.hi == h && h+1 < len(toks) && toks[h+1].lower == "of" {
		// "the signing of three agreements": the document a common noun names
		if end := f.documentEnd(d, toks, h+2); end > 0 {
			nameEnd = end
		}
		c.signing, c.reported = true, f.witnessed(d, si, lo)
	}
	if signingCeremony(toks, lo, h) {
		// "the signing ceremony of five cooperation documents": a signing
		// named by its ceremony, with the documents it signs
		if r.hi == h && h+1 < len(toks) && (toks[h+1].lower == "of" || toks[h+1].lower == "for") {
			if end := f.documentEndFrom(d, toks, h+2, false); end > 0 {
				nameEnd = end
			}
		}
		c.signing, c.reported = true, f.witnessed(d, si, lo)
	}
	c.span = Span{toks[lo].start, nameEnd}
	c.name = text[c.span.Start:c.span.End]
	c.indefinite = lo > 0 && (toks[lo-1].lower == "a" || toks[lo-1].lower == "an") && plainGap(text, toks[lo-1], toks[lo])
	if !seriesOf(c, text, toks, nameParts{lo: lo, h: h, firstProper: firstProper, right: r, lower: lower}, class) {
		return nil
	}
	if withBody {
		c.bare = false
	}
	return c
}

// signingCeremony reports whether the name toks[lo:h+1] is a signing
// ceremony: its head is "ceremony" and "signing" stands right before it.
func signingCeremony(toks []token, lo, h int) bool {
	return toks[h].lower == "ceremony" && h > lo && toks[h-1].lower == "signing"
}

// venueAfter reports whether the name ending at token hi runs on into a
// venue's name: "the International Conference Centre", "Summit Hall".
func (f *Finder) venueAfter(d *doc, toks []token, hi int) bool {
	j := hi + 1
	return j < len(toks) && toks[j].cap && f.lx.venues[toks[j].lower] && plainGap(d.in.Text, toks[hi], toks[j])
}

// heldBy makes a bare noun right after a verb that takes an event (a
// determiner between) a
// meeting of the people before the verb when two or more are named there:
// "President A and President B held talks in Conakry on 12 July" is their
// meeting, and they are its chairs. One person, or none, leaves the noun
// bare ("the ministers held talks"). Talks or a meeting with a named other
// side ("A held talks with B") take one person before the verb as their
// first side.
func (f *Finder) heldBy(d *doc, si int, c *candidate) {
	// "A held talks with B": one person before the verb is the other side
	need := 2
	if !c.bare {
		if !c.generic || len(c.chairs) != 1 {
			return
		}
		need = 1
	}
	toks := d.toks[si]
	i := 0
	for i < len(toks) && toks[i].start < c.span.Start {
		i++
	}
	if i > 1 && determiners[toks[i-1].lower] {
		i-- // "held a roundtable"
	}
	if i == 0 || !eventVerbs[toks[i-1].lower] || !plainGap(d.in.Text, toks[i-1], toks[i]) {
		return
	}
	subj, _ := f.listBefore(d, d.sents[si].Start, toks[i-1].start)
	if len(subj) < need {
		return
	}
	c.chairs = appendNew(c.chairs, subj...)
	c.bare = false
}

// leftEdge walks left from head token h over the words that belong to the
// event's name (capitals, modifiers, "-level" words, a parenthesis, "of"
// or "and" between capitals) and stops at a person, a date, an ordinal or
// "next" (which it takes) or any other word. It returns the first token of
// the name and the ordinal written before it (0 when none).
func (f *Finder) leftEdge(d *doc, toks []token, h int) (lo, ordinal int) {
	text := d.in.Text
	lo = h
	for i := h - 1; i >= 0; i-- {
		t := toks[i]
		if !plainGap(text, t, toks[i+1]) || d.people.at(t.start, t.end) >= 0 {
			break
		}
		if di := d.dates.at(t.start, t.end); di >= 0 {
			// a year written as part of the name ("2022 ... Retreat")
			if isYear(t.lower) && d.dates.spans[di] == (Span{t.start, t.end}) {
				lo = i
			}
			break
		}
		if n := f.lx.ordinal(t.lower); n > 0 {
			return i, n
		}
		if n := romanOrdinal(text[t.start:t.end]); n > 0 && toks[i+1].cap {
			return i, n
		}
		if t.lower == "next" {
			return i, ordinal
		}
		if functionWords[t.lower] {
			if (t.lower == "of" || t.lower == "and" || t.lower == "&") && i > 0 &&
				toks[i-1].cap && !functionWords[toks[i-1].lower] &&
				plainGap(text, toks[i-1], t) && toks[i+1].cap &&
				f.lx.ordinal(toks[i+1].lower) == 0 {
				continue
			}
			break
		}
		if t.cap || f.lx.modifiers[t.lower] || strings.HasSuffix(t.lower, "-level") || t.paren {
			lo = i
			continue
		}
		break
	}
	return lo, ordinal
}

// firstProper returns the first proper word of the name's left part
// toks[lo:h]: a capital that is not an ordinal, a year, "next", a
// parenthesis or a word of a level phrase ("Vice-Ministerial level");
// -1 when there is none.
func (f *Finder) firstProper(toks []token, lo, h int) int {
	level := -1
	for i := lo; i < h; i++ {
		if strings.HasSuffix(toks[i].lower, "-level") || toks[i].lower == "level" {
			level = i
		}
	}
	for i := lo; i < h; i++ {
		t := toks[i]
		if !t.cap || t.paren || isYear(t.lower) || f.lx.ordinal(t.lower) > 0 || (t.acr && romanOrdinal(strings.ToUpper(t.lower)) > 0) || t.lower == "next" {
			continue
		}
		if i <= level && (levelTitles[t.lower] || strings.HasSuffix(t.lower, "-level")) {
			continue
		}
		return i
	}
	return -1
}

// rightParts is what follows an event noun: an acronym in parentheses and
// a capitalized "of/on/for (the) <Name>" (start..end, -1 when absent); hi
// is the name's last token.
type rightParts struct {
	hi         int
	acronym    string
	start, end int
}

// rightPart reads the name's right part after head token h: "(ACR)" and
// "of the <Name>", "on <Name>", "for <Name>".
func (f *Finder) rightPart(d *doc, toks []token, h int) rightParts {
	text := d.in.Text
	r := rightParts{hi: h, start: -1, end: -1}
	j := h + 1
	if j < len(toks) && toks[j].paren && plainGap(text, toks[r.hi], toks[j]) && toks[j].acr {
		r.acronym = text[toks[j].start:toks[j].end]
		r.hi = j
		j++
	}
	if j+1 < len(toks) && plainGap(text, toks[r.hi], toks[j]) && (toks[j].lower == "of" || toks[j].lower == "on" || toks[j].lower == "for") {
		k := j + 1
		if k < len(toks) && toks[k].lower == "the" && plainGap(text, toks[k-1], toks[k]) {
			k++
		}
		for k < len(toks) && f.lx.modifiers[toks[k].lower] && !toks[k].cap && plainGap(text, toks[k-1], toks[k]) {
			k++
		}
		if last := f.capRun(d, toks, k); last >= k && plainGap(text, toks[k-1], toks[k]) {
			r.start, r.end, r.hi = k, last, last
		}
	}
	if r.acronym == "" {
		// "(15th ABCD)": the acronym of the series, with this round's number
		r.acronym = f.numberedAcronym(text, toks, r.hi)
	}
	return r
}

// numberedAcronym returns ACR when "(<ordinal> ACR)" follows the name's
// last token h
// ("... on the Environment (15th BSAEV)"): the series' acronym written
// with the round's number. The name does not take the brackets in.
func (f *Finder) numberedAcronym(text string, toks []token, h int) string {
	if h+2 >= len(toks) {
		return ""
	}
	o, a := toks[h+1], toks[h+2]
	if !a.acr || f.lx.ordinal(o.lower) == 0 || o.start == 0 || text[o.start-1] != '(' ||
		a.end >= len(text) || text[a.end] != ')' || strings.TrimSpace(text[toks[h].end:o.start-1]) != "" ||
		text[o.end:a.start] != " " {
		return ""
	}
	return text[a.start:a.end]
}

// namesDocument reports whether the name ending at token hi is the name of
// a document: it ends in a document noun ("... Joint Statement"), or the
// capitalized words right after it do ("... Forum Joint Statement").
func (f *Finder) namesDocument(text string, toks []token, hi int) bool {
	if f.lx.tails[toks[hi].lower] {
		return true
	}
	for k := hi + 1; k < len(toks) && plainGap(text, toks[k-1], toks[k]) && (toks[k].cap || f.lx.tails[toks[k].lower]); k++ {
		if f.lx.tails[toks[k].lower] {
			return true
		}
	}
	return false
}

// nameParts are the token positions mention found for one event name.
type nameParts struct {
	lo, h, firstProper int
	right              rightParts
	lower              bool // the head noun is lowercase
}

// seriesOf sets c's series (or marks it as inheriting, generic or bare)
// from the name's parts; false means the mention names no one event (a
// plural noun without a name).
func seriesOf(c *candidate, text string, toks []token, p nameParts, class nounClass) bool {
	seriesEnd := func(i int) int {
		for i > p.lo && toks[i].paren {
			i--
		}
		return toks[i].end
	}
	h, r := p.h, p.right
	switch {
	case class == classEvent && (toks[h].lower == "signing" || signingCeremony(toks, p.lo, h)):
		// the act of signing, or its ceremony, names no series
	case p.firstProper >= 0:
		end := seriesEnd(h)
		if class == classMeet && p.lower {
			end = seriesEnd(h - 1)
		}
		if r.start >= 0 && !p.lower {
			end = seriesEnd(r.end)
		}
		if r.hi > h && r.start < 0 && !p.lower {
			end = seriesEnd(r.hi)
		}
		c.series = text[toks[p.firstProper].start:end]
	case r.start >= 0:
		c.series = text[toks[r.start].start:seriesEnd(r.end)]
	case class == classPlural:
		return false // "workshops", "meetings": no one occurrence
	case class == classMeet:
		c.inherit = true // "the third meeting": a round of the main series
	case c.ordinal > 0 && (class == classBody || class == classEvent):
		// "the 4th Council", "the fourth Forum": a round of the series of
		// that kind
		c.inherit, c.kind = true, toks[h].lower
	default:
		c.generic = true
		// a bare "the conference" names no event of its own; it only
		// dates one named elsewhere
		c.bare = (p.lo == h || (p.lo == h-1 && determiners[toks[p.lo].lower])) && len(c.chairs) == 0
	}
	return true
}

// adjuncts returns where a bare lowercase event noun's name starts: up to
// maxAdjuncts lowercase words before it ("cybersecurity talks", "the joint
// civil society forum") are part of it when
// a determiner, a date or a verb that takes an event ("hold", "host")
// stands before them; -1 when none does, and the noun is no mention.
func (f *Finder) adjuncts(d *doc, toks []token, h int) int {
	text := d.in.Text
	for i := h - 1; i >= 0 && i >= h-maxAdjuncts-1; i-- {
		p := toks[i]
		if !plainGap(text, p, toks[i+1]) {
			return -1
		}
		if determiners[p.lower] || eventVerbs[p.lower] || d.dates.at(p.start, p.end) >= 0 {
			return i + 1
		}
		if p.cap || functionWords[p.lower] || i == h-maxAdjuncts-1 {
			return -1
		}
	}
	return -1
}

// maxAdjuncts is the most lowercase words a bare event noun's name takes
// before it ("the joint civil society forum").
const maxAdjuncts = 3

// callFormats make a call a meeting: "a video call".
var callFormats = map[string]bool{"video": true, "virtual": true, "phone": true, "telephone": true, "conference": true, "online": true}

// eventVerbs take an event as their object: "hold talks".
var eventVerbs = map[string]bool{
	"hold": true, "held": true, "holds": true, "holding": true, "host": true, "hosted": true,
	"hosts": true, "hosting": true, "convene": true, "convened": true, "attend": true,
	"attended": true, "organize": true, "organized": true, "organise": true, "organised": true,
}

// capRun returns the index of the last token of the run of capitalized
// words starting at k ("International Telecommunication Union", "Internet
// Economy"), with the connectors of, on, and, for, the inside it; k-1 when
// there is none.
func (f *Finder) capRun(d *doc, toks []token, k int) int {
	text := d.in.Text
	last := k - 1
	for m := k; m < len(toks); m++ {
		t := toks[m]
		if m > k && !plainGap(text, toks[m-1], t) {
			break
		}
		if d.dates.at(t.start, t.end) >= 0 || d.people.at(t.start, t.end) >= 0 {
			break
		}
		if t.cap && !functionWords[t.lower] {
			last = m
			continue
		}
		if t.paren && t.acr && last >= k {
			last = m
			continue
		}
		if m > k && (t.lower == "of" || t.lower == "on" || t.lower == "and" || t.lower == "for" || t.lower == "the" || t.lower == "&") &&
			m+1 < len(toks) && (toks[m+1].cap || toks[m+1].lower == "the") {
			continue
		}
		break
	}
	return last
}

// counterpart finds "with <person>" after token hi: the person's index and
// the end of their name, or -1.
func (f *Finder) counterpart(d *doc, toks []token, hi int) (int, int) {
	j := hi + 1
	if j >= len(toks) || toks[j].lower != "with" || !plainGap(d.in.Text, toks[hi], toks[j]) {
		return -1, 0
	}
	for k := j + 1; k < len(toks) && k <= j+12; k++ {
		if strings.ContainsAny(d.in.Text[toks[k-1].end:toks[k].start], ",;:") {
			break
		}
		if pi := d.people.at(toks[k].start, toks[k].end); pi >= 0 {
			sp := d.people.spans[pi]
			return d.people.owner[pi], sp.End
		}
	}
	return -1, 0
}

// opensWith reports whether a capitalized meeting noun opens its clause
// (first in the sentence, or after a colon or dash) and names whom it is
// with: "March 6: Meeting with the Confederation of Industry", "- Talks
// with Minister Ruiz".
func (f *Finder) opensWith(d *doc, toks []token, h int) bool {
	if !toks[h].cap || (h > 0 && plainGap(d.in.Text, toks[h-1], toks[h])) {
		return false
	}
	if pi, _ := f.counterpart(d, toks, h); pi >= 0 {
		return true
	}
	return f.counterpartBody(d, toks, h) > 0
}

// counterpartBody finds "with <organization>" right after token hi (a
// determiner between): the end of the organization's name, with an
// acronym in brackets after it, or 0.
func (f *Finder) counterpartBody(d *doc, toks []token, hi int) int {
	text := d.in.Text
	j := hi + 1
	if j+1 >= len(toks) || toks[j].lower != "with" || !plainGap(text, toks[hi], toks[j]) {
		return 0
	}
	k := j + 1
	if toks[k].lower == "the" && k+1 < len(toks) {
		k++
	}
	ai := d.agency.at(toks[k].start, toks[k].end)
	if ai < 0 || d.agency.spans[ai].Start != toks[k].start {
		return 0
	}
	end := d.agency.spans[ai].End
	for m := k; m < len(toks); m++ {
		if toks[m].start >= end {
			if toks[m].paren && toks[m].acr && strings.TrimSpace(text[end:toks[m].start]) == "(" {
				end = toks[m].end + 1
			}
			break
		}
	}
	return end
}

// againMentions finds "meet again" phrases: the next round of the main
// series, named by the verb.
func (f *Finder) againMentions(d *doc, si int, have []*candidate) []*candidate {
	var out []*candidate
	for _, h := range d.hits[si] {
		if h.role != "again" || overlaps(have, h.start, h.end) || overlaps(out, h.start, h.end) {
			continue
		}
		s := Span{h.start, h.end}
		out = append(out, &candidate{sent: si, span: s, name: d.in.Text[s.Start:s.End], inherit: true, again: true, date: -1, place: -1})
	}
	return out
}

// aliasInBrackets reports whether head t stands in brackets right after
// another mention: "the 10th ... Meeting (the "Policy Meeting") was held"
// names one meeting, and the dates after it belong to the first name.
func (f *Finder) aliasInBrackets(d *doc, t token, prev []*candidate) bool {
	if len(prev) == 0 {
		return false
	}
	p := prev[len(prev)-1]
	text := d.in.Text
	open := strings.IndexByte(text[p.span.End:t.start], '(')
	if open < 0 || strings.TrimSpace(text[p.span.End:p.span.End+open]) != "" {
		return false
	}
	return !strings.Contains(text[p.span.End+open:t.start], ")")
}

// numberedBody reports whether the organization mention ai (an index of
// d.agency's spans) has an ordinal right before it: "the 30th ASEAN
// Regional Forum" is a round of the forum, not the forum itself.
func (f *Finder) numberedBody(d *doc, toks []token, ai int) bool {
	sp := d.agency.spans[ai]
	for i, t := range toks {
		if t.start != sp.Start {
			continue
		}
		if i == 0 || !plainGap(d.in.Text, toks[i-1], t) ||
			(f.lx.ordinal(toks[i-1].lower) == 0 && romanOrdinal(d.in.Text[toks[i-1].start:toks[i-1].end]) == 0) {
			return false
		}
		// the name runs on ("the 52nd Pacific Islands Forum Leaders
		// Meeting"): the round is of the longer name
		for k := i + 1; k < len(toks); k++ {
			if toks[k].start >= sp.End {
				return !(toks[k].cap && !toks[k].paren && plainGap(d.in.Text, toks[k-1], toks[k]))
			}
		}
		return true
	}
	return false
}

// bodyMeets reports whether the name of a standing body (council,
// committee, commission, group) names one of its meetings: with a round
// number ("the 3rd Digital Partnership Council", "the Fifth Joint
// Commission") or as the next one ("the next Joint Committee"), or
// followed closely by a meeting verb ("the Working Group, which will
// convene in the fall").
func (f *Finder) bodyMeets(d *doc, si int, c *candidate) bool {
	if c.ordinal > 0 || nextRound(c.name) || pointedRound(d.in.Text, c.span.Start) {
		return true
	}
	return c.series != "" && (f.convenes(d, si, c.span.End) || f.attended(d, si, c.span.Start))
}

// attended reports whether a verb of taking part stands right before a
// body's name, a determiner between: "attended the Council Working Group
// on ...", "took part in the Joint Committee": its meeting is meant.
func (f *Finder) attended(d *doc, si, start int) bool {
	for _, h := range d.hits[si] {
		if h.role != "attend-verb" || h.end > start {
			continue
		}
		gap := strings.Fields(strings.ToLower(d.in.Text[h.end:start]))
		if len(gap) > 0 && gap[0] == "in" {
			gap = gap[1:]
		}
		if len(gap) == 0 || (len(gap) == 1 && gap[0] == "the") {
			return true
		}
	}
	return false
}

// nextRound reports whether an event name starts with a word that points
// to a round of a series without numbering it ("next", "previous").
func nextRound(name string) bool {
	first, _, _ := strings.Cut(strings.ToLower(name), " ")
	return roundPointers[first]
}

// bodySeries returns the series a body's meeting belongs to: the body's
// name without an ordinal or "next" before it ("the fourth Digital
// Partnership Council", "the next Joint Ministerial Committee"), whose
// ordinal c takes.
func (f *Finder) bodySeries(c *candidate) string {
	words := strings.Fields(c.name)
	k := 0
	for k < len(words)-1 {
		lw := strings.ToLower(words[k])
		if n := f.lx.ordinal(lw); n > 0 {
			if c.ordinal == 0 {
				c.ordinal = n
			}
			k++
			continue
		}
		if roundPointers[lw] {
			k++
			continue
		}
		break
	}
	return strings.Join(words[k:], " ")
}

// pointedRound reports whether a round pointer stands right before a
// name starting at at: "the previous Association Council, held in ...".
func pointedRound(text string, at int) bool {
	f := strings.Fields(strings.ToLower(text[max(0, at-16):at]))
	return len(f) > 0 && roundPointers[f[len(f)-1]]
}

// roundPointers point to a round of a series without numbering it.
var roundPointers = map[string]bool{"next": true, "previous": true, "last": true, "upcoming": true, "coming": true, "forthcoming": true}

// convenes reports whether a meeting verb follows a body's name closely in
// its sentence: "the Working Group, which will convene in the fall".
func (f *Finder) convenes(d *doc, si, end int) bool {
	for _, h := range d.hits[si] {
		if h.role == "convene" && h.start >= end && h.start < end+60 &&
			!strings.Contains(d.in.Text[end:h.start], ";") {
			return true
		}
	}
	return false
}

// cueHit is a role cue found in a sentence: its role, byte span and the
// index of the token after it.
type cueHit struct {
	role       string
	start, end int
	next       int
}

// cueHits returns the role cues among a sentence's tokens, the longest
// phrase of a role at each token.
func (f *Finder) cueHits(toks []token) []cueHit {
	var out []cueHit
	for i, t := range toks {
		if !t.cue {
			continue
		}
		var seen []string
		for _, c := range f.lx.cueFirst[t.lower] {
			if slices.Contains(seen, c.role) || i+len(c.words) > len(toks) {
				continue
			}
			ok := true
			for k, w := range c.words[1:] {
				if toks[i+1+k].lower != w {
					ok = false
					break
				}
			}
			if ok {
				seen = append(seen, c.role)
				last := toks[i+len(c.words)-1]
				out = append(out, cueHit{role: c.role, start: t.start, end: last.end, next: i + len(c.words)})
			}
		}
	}
	return out
}

// isAcronym reports whether w is written in capitals (ASEM, ITU-PP, BSAEV).
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r >= '0' && r <= '9', r == '-', r == '&', r == '.':
		default:
			return false
		}
	}
	return n >= 2
}

// Segment returns the sentences the Finder reads text in.
func (f *Finder) Segment(text string) []Span { return f.segment(text) }
