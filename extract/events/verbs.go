package events

import (
	"slices"
	"strings"
)

// metMentions finds meetings named only by a verb between people: "<person>
// met <person>", "<person> held talks with <person>". The meeting is named
// from the verb to the end of the second person's name; both people are
// its chairs (each led their side).
func (f *Finder) metMentions(d *doc, si int, have []*candidate) []*candidate {
	sp := d.sents[si]
	if isHeadline(d, sp) {
		return nil
	}
	var out []*candidate
	for _, h := range d.hits[si] {
		if h.role != "met" || overlaps(have, h.start, h.end) || overlaps(out, h.start, h.end) {
			continue
		}
		subj, _ := f.listBefore(d, sp.Start, h.start)
		if len(subj) == 0 {
			continue
		}
		// the other side: the first person named soon after the verb
		pi := d.people.within(h.end, min(sp.End, h.end+90))
		if len(pi) == 0 {
			continue
		}
		end := d.people.spans[pi[0]].End
		c := &candidate{sent: si, span: Span{h.start, end}, date: -1, place: -1}
		c.name = d.in.Text[h.start:end]
		c.chairs = appendNew(append([]int{}, subj...), d.people.owner[pi[0]])
		out = append(out, c)
	}
	return out
}

// isHeadline reports whether sentence sp is the article's headline (its
// Title, a final period aside): "Minister meets the Mayor of Oslo" says in
// the present tense what the body reports, and a meeting named only by
// its verb there is no event of its own.
func isHeadline(d *doc, sp Span) bool {
	title := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(d.in.Title), "."))
	line := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(d.in.Text[sp.Start:sp.End]), "."))
	return title != "" && line == title
}

// signedMentions finds signings named by the verb: after the document
// ("the Agreement, signed in May 2018", "the MOU was signed on 3 June") or
// before it ("they signed the Water Accord on 3 June"). The event is named
// "signing of" the document.
func (f *Finder) signedMentions(d *doc, si int, have []*candidate) []*candidate {
	text := d.in.Text
	toks := d.toks[si]
	var out []*candidate
	for _, h := range d.hits[si] {
		if h.role != "signed" || h.next >= len(toks) {
			continue
		}
		if c := f.signedActive(d, si, h, have); c != nil {
			c.signing, c.reported = true, doneNow(toks, h.next-1)
			out = append(out, c)
			continue
		}
		if toks[h.next].lower != "in" && toks[h.next].lower != "on" {
			continue
		}
		start := h.start
		// the document: the capitalized name just before ("..., signed")
		k := -1
		for i, t := range toks {
			if t.end <= start {
				k = i
			}
		}
		for k >= 0 && (toks[k].lower == "was" || toks[k].lower == "were" || toks[k].lower == "been" || toks[k].lower == "had" || toks[k].lower == "has") {
			k--
		}
		if k < 0 || !(toks[k].cap || toks[k].paren) {
			continue
		}
		lo := k
		for i := k - 1; i >= 0; i-- {
			t := toks[i]
			if !plainGap(text, t, toks[i+1]) {
				break
			}
			if t.cap && !functionWords[t.lower] || t.paren || f.lx.modifiers[t.lower] {
				lo = i
				continue
			}
			if (t.lower == "of" || t.lower == "on" || t.lower == "and") && i > 0 && toks[i-1].cap {
				continue
			}
			break
		}
		if lo == k && !toks[k].acr && len(strings.Fields(text[toks[lo].start:toks[k].end])) < 2 {
			continue
		}
		end := toks[k].end
		if toks[k].paren {
			end++
		}
		span := Span{toks[lo].start, start + len("signed")}
		if overlaps(have, span.Start, span.End) {
			continue
		}
		c := &candidate{sent: si, span: span, date: -1, place: -1}
		c.name = "signing of the " + text[toks[lo].start:end]
		out = append(out, c)
	}
	return out
}

// signedActive reads "<they> signed the <Document>": the signing of a
// document named after the verb (two capitalized words or an acronym).
func (f *Finder) signedActive(d *doc, si int, h cueHit, have []*candidate) *candidate {
	toks := d.toks[si]
	k := h.next
	if k >= len(toks) || !determiners[toks[k].lower] {
		return f.signedDocument(d, si, h, have)
	}
	k++
	for k < len(toks) && f.lx.modifiers[toks[k].lower] && !toks[k].cap {
		k++
	}
	last := f.capRun(d, toks, k)
	if last < k || (last == k && !toks[k].acr) || overlaps(have, h.start, toks[last].end) {
		return f.signedDocument(d, si, h, have)
	}
	end := toks[last].end
	if toks[last].paren {
		end++
	}
	c := &candidate{sent: si, span: Span{h.start, end}, date: -1, place: -1}
	c.name = "signing of the " + d.in.Text[toks[h.next+1].start:end]
	return c
}

// signedDocument reads a signing whose document is named by a common
// noun ("they signed a declaration of intent", "signed three agreements",
// "signed a renewable energy arrangement"): documentEnd after the verb.
// The event is "signing of" the document.
func (f *Finder) signedDocument(d *doc, si int, h cueHit, have []*candidate) *candidate {
	toks := d.toks[si]
	end := f.documentEnd(d, toks, h.next)
	if end < 0 || overlaps(have, h.start, end) {
		return nil
	}
	c := &candidate{sent: si, span: Span{h.start, end}, date: -1, place: -1}
	c.name = "signing of " + d.in.Text[toks[h.next].start:end]
	return c
}

// doneNow reports whether the verb at token i reports a signing done at
// the time the release reports on: a simple past ("signed"), not one still
// to come ("to be signed", "will be signed") nor a perfect ("have signed",
// which may be any time before).
func doneNow(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].lower {
	case "be", "to", "have", "has", "had", "been":
		return false
	}
	return true
}

// witnessed reports whether a witness cue ("witnessed", "oversaw",
// "attended") stands right before the signing named from token lo, with at
// most a determiner between: "the leaders witnessed the signing of ...".
func (f *Finder) witnessed(d *doc, si, lo int) bool {
	for _, h := range d.hits[si] {
		if h.role == "witness" && (h.next == lo || h.next+1 == lo && determiners[d.toks[si][h.next].lower]) {
			return true
		}
	}
	return false
}

// documentEnd reads a document named by a common noun from token k: a
// determiner or a number, up to four more words and a document noun of
// data/documents.txt (plural too), with its "of" complement when the list
// names one ("memorandum of understanding"). It returns where the
// document's name ends, -1 when no document is named there.
func (f *Finder) documentEnd(d *doc, toks []token, k int) int {
	return f.documentEndFrom(d, toks, k, true)
}

// documentEndFrom is documentEnd; without det the document's words may
// start at k without a determiner or number ("the signing ceremony of
// cooperation documents").
func (f *Finder) documentEndFrom(d *doc, toks []token, k int, det bool) int {
	text := d.in.Text
	if k >= len(toks) || det && !determiners[toks[k].lower] && f.lx.cardinal(toks[k].lower) == 0 {
		return -1
	}
	first := k
	if !det {
		k-- // the first word may itself be the document noun
	}
	for k++; k < len(toks) && k-first <= 5; k++ {
		t := toks[k]
		if !plainGap(text, toks[k-1], t) || functionWords[t.lower] {
			return -1
		}
		of, ok := f.lx.documents[t.lower]
		if !ok {
			of, ok = f.lx.documents[strings.TrimSuffix(t.lower, "s")]
		}
		if !ok {
			continue
		}
		end := t.end
		if k+2 < len(toks) && toks[k+1].lower == "of" && slices.Contains(of, toks[k+2].lower) {
			end = toks[k+2].end
		}
		return end
	}
	return -1
}

// acronymMentions finds rounds named by an ordinal, a round pointer
// ("next") or a year and the acronym of a series named elsewhere in the
// article: "the 15th ABCD", "the next ABCD", "the 2026 ABCD" where ABCD
// are the initials of "Alpha-Beta Conference on Development" or the
// acronym written after its name.
func (f *Finder) acronymMentions(d *doc, si int, have []*candidate) []*candidate {
	toks := d.toks[si]
	var out []*candidate
	for j := 1; j < len(toks); j++ {
		a := toks[j]
		if !a.acr {
			continue
		}
		i := f.levelWordsBefore(d, toks, j)
		if i < 0 {
			continue
		}
		n := f.lx.ordinal(toks[i].lower)
		// "the next ABCD", "the 2026 ABCD": a round named by a pointer or
		// by its year (which dates it) instead of a number
		pointer := roundPointers[toks[i].lower] || isYear(toks[i].lower) && d.dates.at(toks[i].start, toks[i].end) >= 0
		if n == 0 && !pointer || !plainGap(d.in.Text, toks[j-1], a) || overlaps(have, toks[i].start, a.end) {
			continue
		}
		if j+1 < len(toks) && plainGap(d.in.Text, a, toks[j+1]) && toks[j+1].cap {
			continue // "10th ABC Meeting", "1st ABC Youth Award": a longer name
		}
		c := &candidate{sent: si, span: Span{toks[i].start, a.end}, ordinal: n, date: -1, place: -1}
		c.name = d.in.Text[c.span.Start:c.span.End]
		c.series = d.in.Text[a.start:a.end] // resolveSeries turns it into the full name
		c.acro = true
		out = append(out, c)
	}
	return out
}

// levelWordsBefore returns the index of the word before acronym token j,
// skipping up to maxLevelWords lower-case level or format words between
// ("the next ministerial-level ABCD", "the 12th annual ABCD"); -1 when the
// acronym starts the sentence or the words run on longer.
func (f *Finder) levelWordsBefore(d *doc, toks []token, j int) int {
	i := j - 1
	for k := 0; i >= 0 && k < maxLevelWords; k++ {
		t := toks[i]
		if t.cap || roundPointers[t.lower] || f.lx.ordinal(t.lower) > 0 || !(strings.HasSuffix(t.lower, "-level") || f.lx.modifiers[t.lower]) || !plainGap(d.in.Text, t, toks[i+1]) {
			break
		}
		i--
	}
	if i >= 0 && i < j-1 && !plainGap(d.in.Text, toks[i], toks[i+1]) {
		return -1
	}
	return i
}

// maxLevelWords is the most level or format words between a round's
// pointer or ordinal and its series' acronym.
const maxLevelWords = 2

// ellipticalRounds finds a round named by its ordinal alone before a
// meeting verb, its noun left out after a round of the same kind: "The
// second Forum was held in Kranj ..., and the fourth will take place in
// 2026". It is a round of the series of the sentence's last mention
// before it (resolveSeries).
func (f *Finder) ellipticalRounds(d *doc, si int, have []*candidate) []*candidate {
	toks := d.toks[si]
	var out []*candidate
	for _, h := range d.hits[si] {
		if h.role != "convene" {
			continue
		}
		// the token right before the verb: "the fourth will take place"
		k := -1
		for i, t := range toks {
			if t.end <= h.start {
				k = i
			}
		}
		if k < 1 || toks[k-1].lower != "the" || !plainGap(d.in.Text, toks[k], toks[k+1]) || overlaps(have, toks[k].start, toks[k].end) {
			continue
		}
		n := f.lx.ordinal(toks[k].lower)
		if n == 0 {
			continue
		}
		var prev *candidate
		for _, c := range have {
			if c.span.End <= toks[k].start && c.ordinal > 0 {
				prev = c
			}
		}
		if prev == nil {
			continue
		}
		c := &candidate{sent: si, span: Span{toks[k].start, toks[k].end}, ordinal: n, date: -1, place: -1}
		c.name = d.in.Text[c.span.Start:c.span.End] + " " + lastWord(prev.name)
		c.series = prev.series
		c.inherit, c.kind = prev.series == "" || prev.inherit, strings.ToLower(lastWord(prev.name))
		out = append(out, c)
	}
	return out
}

// initials returns the capitals that start the words of a name, hyphen
// parts included ("Brunei-Singapore Annual Exchange" -> "BSAE").
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

func overlaps(cs []*candidate, start, end int) bool {
	for _, c := range cs {
		if c.span.Start < end && start < c.span.End {
			return true
		}
	}
	return false
}

// gatheredMentions finds the meeting a release is about when its opening
// says only that people met: "A of X, B of Y and C of Z gathered on 16 June
// 2023 in Tokyo", "... met for talks on April 2, 2021". Two or more people
// before a convene cue in the lead of the article, and the release's title
// names the meeting: its event phrase after the genre ("Joint Readout of
// Trilateral Meeting Between ..."), or its subject before the genre
// ("Trilateral National Security Advisors' Press Statement") with the noun
// the sentence uses ("talks"). The people are its chairs.
func (f *Finder) gatheredMentions(d *doc, si int, have []*candidate) []*candidate {
	sp := d.sents[si]
	if sp.Start > d.leadEnd {
		return nil
	}
	for _, h := range d.hits[si] {
		if h.role != "convene" {
			continue
		}
		subj, _ := f.listBefore(d, sp.Start, h.start)
		if len(subj) < 2 {
			continue
		}
		title := d.in.Title
		for _, c := range have {
			if (c.generic || c.bare) && c.span.Start >= h.end && c.series == "" {
				// "met for talks on April 2": the title's subject names them
				if name := titleSubject(f.lx, title); name != "" {
					c.name = name + " " + d.in.Text[c.span.Start:c.span.End]
					c.generic, c.bare = false, false
					c.chairs = appendNew(c.chairs, subj...)
				}
				return nil
			}
		}
		if overlaps(have, sp.Start, sp.End) {
			return nil
		}
		name := titleEvent(f.lx, title)
		if name == "" {
			// "met for talks": the noun right after the cue, named by the
			// title's subject
			noun := f.nounAfter(d.toks[si], h.next)
			subject := titleSubject(f.lx, title)
			if noun == "" || subject == "" {
				return nil
			}
			name = subject + " " + noun
		}
		c := &candidate{sent: si, span: Span{h.start, h.end}, name: name, date: -1, place: -1}
		c.chairs = append([]int{}, subj...)
		return []*candidate{c}
	}
	return nil
}

// titleEvent returns the event phrase of a title that names a meeting
// after its genre: "Joint Readout of Trilateral Meeting Between the ..." ->
// "Trilateral Meeting Between the ...", "Meeting of the Harbour Council" as
// it stands; "" when no event noun is in the title.
func titleEvent(lx *lexicon, title string) string {
	words := strings.Fields(title)
	at := -1
	for i, w := range words {
		switch lx.nouns[strings.ToLower(strings.Trim(w, ",.:;’'"))] {
		case classMeet, classEvent, classTalks:
			at = i
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return ""
	}
	start := 0
	for i := 0; i < at; i++ {
		lw := strings.ToLower(words[i])
		if (lw == "of" || lw == "on") && hasTail(lx, words[:i]) {
			start = i + 1
		}
	}
	if start < at && strings.ToLower(words[start]) == "the" {
		start++
	}
	return strings.Join(words[start:], " ")
}

// titleSubject returns what a title says the release is about before its
// genre: "Trilateral National Security Advisors’ Press Statement" ->
// "Trilateral National Security Advisors’"; "" when no genre noun ends it.
func titleSubject(lx *lexicon, title string) string {
	words := strings.Fields(title)
	n := len(words)
	if n < 3 || !lx.tails[strings.ToLower(words[n-1])] {
		return ""
	}
	n--
	for n > 0 && genreModifiers[strings.ToLower(words[n-1])] {
		n--
	}
	if n < 2 {
		return ""
	}
	return strings.Join(words[:n], " ")
}

// genreModifiers stand before a release's genre noun ("Joint Press
// Statement", "Media Release").
var genreModifiers = map[string]bool{"press": true, "joint": true, "media": true, "news": true}

// hasTail reports whether one of words is a document or genre noun.
func hasTail(lx *lexicon, words []string) bool {
	for _, w := range words {
		if lx.tails[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// nounAfter returns an event noun among the three tokens from k ("met for
// talks", "gathered for a meeting"), or "".
func (f *Finder) nounAfter(toks []token, k int) string {
	for i := k; i < len(toks) && i < k+3; i++ {
		switch toks[i].class {
		case classMeet, classEvent, classTalks:
			return toks[i].lower
		}
	}
	return ""
}
