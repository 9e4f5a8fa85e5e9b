package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A release's header often opens with a short line that names who issues
// it, in capitals or with an issuer's head noun ("PACIFIC OCEAN WATCH",
// "Riverside Arts Council", "OXFAM NEW ZEALAND"), one to three lines
// above the headline, which is longer. Such a line is not the title when
// that longer headline, with the body under it, follows.

// maxIssuerBlockWords bounds a short issuer line.
const maxIssuerBlockWords = 5

// minHeadlineUnderIssuerWords is the fewest words of the headline that
// wins over a short issuer line; it also has issuerMarginWords more
// words than the issuer line.
const (
	minHeadlineUnderIssuerWords = 6
	issuerMarginWords           = 3
)

// issuerLookahead is how many content lines under the issuer line are
// looked at for the headline (past dates, labels and other issuer lines).
const issuerLookahead = 3

// issuerOverHeadline reports whether line i is a short issuer line
// (isShortIssuer) with a longer headline under it: within issuerLookahead
// content lines, past dates, labels, reference lines and other short
// issuer lines, a headline of at least minHeadlineUnderIssuerWords words
// that is no sentence and has the body under it (headlineBodyFollows).
func (c *Cleaner) issuerOverHeadline(lines []cline, i, end int) bool {
	t := strings.TrimSpace(stripSymbol(lines[i].text))
	named := hasIssuerHead(t)
	if !isShortIssuer(t) {
		return false
	}
	j, block := i, false
	for k := 0; k < issuerLookahead; k++ {
		if j = c.nextContent(lines, j); j < 0 || j >= end {
			return false
		}
		n := strings.TrimSpace(stripSymbol(lines[j].text))
		if lines[j].kind == kindDate || lines[j].dateline || c.namesNoArticle(n) || c.rules.isIssuerLine(n) || isShortIssuer(n) || isPlaceLine(n) || isShortLabel(n) {
			block = true
			continue
		}
		w := wordCount(n)
		// A name in capitals with no issuer's noun ("PACIFIC OCEAN
		// WATCH") is an issuer only over the rest of a header block (a
		// label, a unit, a date); right above a line it can be a short
		// headline in capitals.
		return (named || block) && lines[j].kind == kindBody && w >= minHeadlineUnderIssuerWords && w >= wordCount(t)+issuerMarginWords &&
			c.isHeadline(n) && !endsSentence(n) && !isAttribution(n) && c.headlineBodyFollows(lines, j, end)
	}
	return false
}

// maxShortLabelWords bounds a label line of the header block that no
// list names ("Briefing Notes", "Media Desk", "Kōrero Pāpāho").
const maxShortLabelWords = 3

// isShortLabel reports whether t is a short line in name case with no
// digits, no closing punctuation and no headline verb: a label, unit or
// desk line of the header block, which the headline is longer than.
func isShortLabel(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > maxShortLabelWords || strings.ContainsAny(t, "0123456789") || endsClause(t) || hasHeadlineVerb(t) {
		return false
	}
	return namedAsBody(t, len(f))
}

// isPlaceLine reports whether t is a place written with its region or
// country, as a letterhead prints it under the issuer ("Wellington, New
// Zealand", "Rome, Italy", "Geneva, Switzerland"): two or three places
// joined by commas.
func isPlaceLine(t string) bool {
	parts := strings.Split(t, ",")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if !isPlaceName(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// hasHeadlineVerb reports whether one of t's words is a headline verb
// ("announces", "opens", "publishes").
func hasHeadlineVerb(t string) bool {
	for _, w := range strings.Fields(t) {
		if headlineVerbs[strings.ToLower(strings.Trim(w, ",.:;()’'&-–"))] {
			return true
		}
	}
	return false
}

// hasIssuerHead reports whether one of t's words is an issuer's head noun
// (orgHeads).
func hasIssuerHead(t string) bool {
	for _, w := range strings.Fields(t) {
		if orgHeads[strings.ToLower(strings.Trim(w, ",.()’'&-–"))] {
			return true
		}
	}
	return false
}

// attributionWords join a release type to its author in an attribution
// line ("Statement by the Acting Prime Minister", "Remarks of the
// Secretary", "Message from the President").
var attributionWords = []string{" by ", " of ", " from "}

// isAttribution reports whether t names the kind of release and who gave
// it ("Statement by the Minister for External Affairs", "Address by the
// Governor", "Speech of the President"): a line under a headline, not one.
func isAttribution(t string) bool {
	low := strings.ToLower(t)
	for _, w := range attributionWords {
		k := strings.Index(low, w)
		if k <= 0 {
			continue
		}
		kind := low[:k]
		plural := strings.HasSuffix(kind, "s") && releaseTypes[strings.TrimSuffix(kind, "s")] // "Statements by officials ..."
		if releaseTypes[kind] && !plural || attributionTypes[kind] {
			return true
		}
	}
	return false
}

// attributionTypes are kinds of address named before their speaker,
// beyond the release types.
var attributionTypes = map[string]bool{"address": true, "message": true, "opening remarks": true, "keynote address": true,
	"keynote speech": true, "opening statement": true, "closing remarks": true, "welcome remarks": true, "lecture": true}

// isShortIssuer reports whether t reads as a short issuer line: at most
// maxIssuerBlockWords words written as a name (each capitalized, or a
// connector), no digits, no closing punctuation, no headline verb, not
// ending on a connector; and set in capitals or holding an issuer's head
// noun ("Council", "Association", "Ministry").
func isShortIssuer(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > maxIssuerBlockWords || strings.ContainsAny(t, "0123456789") || endsClause(t) || endsWithConnector(t) {
		return false
	}
	if hasHeadlineVerb(t) {
		return false
	}
	for i, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",.()’'&-–"))
		if orgConnectors[lw] && i > 0 || lw == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return hasIssuerHead(t) || isAllCaps(t)
}

// headlineBodyFollows reports whether the body starts under the headline
// at line j: past the lines that continue the headline (joinsHeadline)
// and past date, dateline and label lines, the next content line is a
// paragraph or a line of body length (a PDF's wrapped paragraph line).
func (c *Cleaner) headlineBodyFollows(lines []cline, j, end int) bool {
	prev := strings.TrimSpace(lines[j].text)
	for k := 0; k < 3; k++ {
		n := c.nextContent(lines, j)
		if n < 0 || n >= end || lines[n].kind != kindBody {
			break
		}
		next := strings.TrimSpace(lines[n].text)
		if !c.joinsHeadline(prev, next, lines[j].heading && lines[n].heading) {
			break
		}
		j, prev = n, next
	}
	for k := 0; k < 3; k++ {
		if j = c.nextContent(lines, j); j < 0 || j >= end {
			return false
		}
		t := strings.TrimSpace(lines[j].text)
		if isParagraph(t) || wordCount(t) >= minBodyLineWords {
			return true // a paragraph, a PDF's paragraph line, a run-in dateline's paragraph
		}
		if lines[j].kind != kindDate && !lines[j].dateline && !c.rules.isIssuerLine(t) {
			return false
		}
	}
	return false
}

// minBodyLineWords is the fewest words of a line read as body text under
// a headline.
const minBodyLineWords = 12
