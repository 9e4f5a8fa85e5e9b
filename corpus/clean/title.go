package clean

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// maxHeadlineRunes is the longest line taken as a headline; a longer first
// line is a paragraph and the title then comes from the metadata or its
// first sentence.
const maxHeadlineRunes = 250

// releaseTypes are labels printed above or below a headline that name the
// kind of release, not its subject.
var releaseTypes = map[string]bool{
	"press release": true, "media release": true, "news release": true, "media note": true,
	"joint statement": true, "statement": true, "press statement": true, "joint press statement": true,
	"readout": true, "fact sheet": true, "remarks": true, "speech": true, "news": true,
	"announcement": true, "notice": true, "briefing": true, "media advisory": true, "op-ed": true,
	"for immediate release": true, "press releases": true, "news releases": true, "statements": true,
	"joint media release": true, "joint press release": true, "joint news release": true, "media statement": true,
	"joint media statement": true, "press note": true, "news advisory": true, "media briefing": true, "press briefing": true,
	"backgrounder": true, "communiqué": true, "communique": true, "joint communiqué": true, "joint communique": true,
	"press communiqué": true, "press communique": true, "information note": true, "news item": true, "media releases": true,
	"briefing notes": true, "press briefing notes": true, "briefing note": true, "news brief": true,
	"media information": true, "press information": true, "public notice": true, "media invitation": true, "press invitation": true,
	// The same labels in French, Spanish, Portuguese, Italian and German.
	"communiqué de presse": true, "communique de presse": true, "comunicado de prensa": true, "nota de prensa": true,
	"comunicado de imprensa": true, "comunicato stampa": true, "pressemitteilung": true,
}

// maxReleaseLabelBytes bounds a release-type label with the period it
// names ("Press releases, March 2024 – April 2024"): a longer line (a
// paragraph, which every line of a text is tried as) is no label, and is
// not normalized to find out.
const maxReleaseLabelBytes = 160

// isReleaseLabel reports whether t is a release-type label, alone or as
// one part of a label printed in two languages ("COMMUNIQUÉ CONJOINT /
// JOINT COMMUNIQUÉ", "Media Release | Communiqué").
func isReleaseLabel(t string) bool {
	if len(t) > maxReleaseLabelBytes && !strings.Contains(t, " / ") && !strings.Contains(t, " | ") {
		return false
	}
	if n := normLine(t); len(t) <= maxReleaseLabelBytes && (releaseTypes[n] || releaseTypes[stripPeriod(n)] || genericSections[stripPeriod(n)] && stripPeriod(n) != n) {
		return true
	} else if r := stripLabelNumber(n); r != n && releaseTypes[r] {
		return true
	}
	for _, sep := range []string{" / ", " | "} {
		if strings.Contains(t, sep) {
			for _, part := range strings.Split(t, sep) {
				if len(part) <= maxReleaseLabelBytes && releaseTypes[normLine(part)] {
					return true
				}
			}
		}
	}
	return false
}

// labelNumber matches the serial number a release label carries after
// its words ("statement no. 3", "press release n° 12", "statement
// 04/2022", "media release 19-045", "press release #7", "communiqué
// nr. 5/2021"): an optional number word, then digits with the slashes,
// dots and dashes of a reference.
var labelNumber = regexp.MustCompile(`\s+(?:(?:no|nr|nº|n°|number|ref|#)\.?:?\s*)?#?\d[\d/.\-]*[a-z]?$`)

// stripLabelNumber removes the serial number after a label's words (n is
// a normalized line); other lines come back unchanged.
func stripLabelNumber(n string) string {
	if loc := labelNumber.FindStringIndex(n); loc != nil && loc[0] > 0 {
		return n[:loc[0]]
	}
	return n
}

// stripPeriod removes the period a section label names after its words
// ("press releases 2024", "news – march 2024", "media releases, 2023"):
// trailing years, month names and dashes or commas between them.
func stripPeriod(n string) string {
	for {
		end := strings.TrimRight(n, " ,–—-")
		k := strings.LastIndexByte(end, ' ')
		if k < 0 {
			return end
		}
		w := strings.Trim(end[k+1:], ",.–—-")
		if !(monthNames[w] || len(w) == 4 && isDateFragment(w)) {
			return end
		}
		n = end[:k]
	}
}

// itemHeadline returns the headline line of a listed item (segment.item),
// or -1: the split started the item at its headline (or at the date line
// above it), so its first content line that is neither a date nor
// furniture is the headline when it reads as one (itemRoleOf). A label
// line under it ("Press Release | 03.08.2026") does not make it a kicker.
func (c *Cleaner) itemHeadline(lines []cline, s segment) int {
	if !s.item {
		return -1
	}
	for i, seen := s.start, 0; i < s.end && seen < 3; i++ {
		l := lines[i]
		if l.kind != kindBody && l.kind != kindDate {
			continue
		}
		seen++
		switch c.itemRoleOf(l) {
		case roleDate, roleFurniture:
			continue
		case roleHeadline:
			return i
		}
		return -1
	}
	return -1
}

// findTitle sets the segment's title, the line its text starts at and its
// pre-title masthead. The headline is the first content line that is not
// chrome, a site name, a release-type label, a section heading, a
// breadcrumb trail or a date, joined with the lines it continues on. When
// useMeta is set (the document is one article) the page's own titles win
// in the order of metaTitles (an <h1> agreeing with og:title or <title>,
// og:title, <title> without its site suffix, any other <h1>): first the
// first of them the text holds as a line, else, when the page has an
// <h1>, the first of them even when the text does not hold it.
func (c *Cleaner) findTitle(lines []cline, s *segment, doc corpus.Doc, useMeta bool) {
	s.bodyFrom, s.titleEnd = s.start, s.start
	// A section name as <h1> or <title> ("Press Releases", "News") does
	// not name the article.
	if genericTitle(doc.Meta.Headline) || isBodyName(doc.Meta.Headline) {
		// An issuer's name as <h1> ("Ministry of Trade") is its letterhead:
		// the text's lines decide, and it names the article only when no
		// headline follows it (headlineLine).
		doc.Meta.Headline = ""
	}
	if genericTitle(stripSiteSuffix(doc.Meta.Title, c.rules)) {
		doc.Meta.Title = ""
	}
	if i := recordHeadLine(lines, *s); i >= 0 {
		c.takeRecordTitle(lines, s, i) // listing_html.go
		return
	}
	if i := c.issueArticleHeading(lines, *s); i >= 0 {
		// A one-article issue: its headline, not the issue's name.
		s.bodyFrom, s.titleEnd, s.title = c.takePreTitle(lines, s, i), i+1, strings.TrimSpace(lines[i].text)
		return
	}
	if useMeta {
		if i, n, t := c.metaTitleLine(lines, *s, doc.Meta); i >= 0 {
			s.bodyFrom, s.titleEnd, s.title = c.takePreTitle(lines, s, i), i+n, t
			return
		}
	}
	i := c.headlineLine(lines, *s)
	if useMeta && strings.TrimSpace(doc.Meta.Headline) != "" {
		i = -1 // the page's own headline is not in the text: it still names the page
	}
	if i < 0 {
		// No headline line: the metadata, else the first sentence.
		if useMeta {
			s.title = c.metaTitle(doc.Meta)
		}
		if j := c.firstContent(lines, s.start, s.end); j >= 0 {
			if s.title == "" {
				s.title = firstSentenceOf(strings.TrimSpace(lines[j].text), 160)
			}
			// The title is the paragraph's first sentence: the paragraph stays
			// in the text even when it is that one sentence.
			s.bodyFrom, s.titleEnd = c.takePreTitle(lines, s, j), j+1
		}
		return
	}
	from := c.takePreTitle(lines, s, i)
	head, date := c.stripTabbedDate(strings.TrimSpace(stripSymbol(lines[i].text)))
	if date != "" {
		// A listing row's date is its release date.
		s.masthead = strings.TrimSpace(s.masthead + "\n" + date)
	}
	parts := []string{head}
	end, last := i+1, i
	for end < s.end && len(parts) < 4 {
		at := end
		if lines[at].kind == kindBlank && at+1 < s.end {
			// A PDF puts a blank line between the lines of a wrapped
			// headline; only a line that cannot end a headline, or one set
			// in the same heading type, crosses it.
			prev, next := parts[len(parts)-1], strings.TrimSpace(lines[at+1].text)
			if !endsWithConnector(prev) && !startsLowerRune(next) && !(isAllCaps(prev) && isAllCaps(next)) &&
				!(doc.Format == corpus.FormatPDF && endsWithModifier(prev) && startsUpperRune(next)) &&
				!(lines[last].heading && lines[at+1].heading) {
				break
			}
			at++
		}
		if lines[at].kind != kindBody {
			break
		}
		next := strings.TrimSpace(lines[at].text)
		if !c.joinsHeadline(parts[len(parts)-1], next, lines[last].heading && lines[at].heading) {
			break
		}
		parts = append(parts, next)
		end, last = at+1, at
	}
	s.bodyFrom, s.titleEnd, s.title = from, end, strings.Join(parts, " ")
}

// headlineJoin is one way a line goes on with the headline line above it.
// sameType reports that the decoder marked both lines as headings of the
// page (Doc.Headings).
type headlineJoin struct {
	name  string
	joins func(c *Cleaner, prev, next string, sameType bool) bool
}

// headlineJoins are the ways a headline goes on over several lines; a
// line that none of them joins ends the headline.
var headlineJoins = []headlineJoin{
	{"wrapped phrase", func(c *Cleaner, prev, next string, _ bool) bool { return c.continuesHeadline(prev, next) }},
	{"date tail in capitals", func(_ *Cleaner, prev, next string, _ bool) bool { return dateTailContinues(prev, next) }},
	{"dangling modifier", func(c *Cleaner, prev, next string, _ bool) bool { return c.modifierContinues(prev, next) }},
	{"same heading type", (*Cleaner).typeContinues},
	{"name wrapped after its modifier", func(_ *Cleaner, prev, next string, sameType bool) bool {
		return openNameContinues(prev, next, sameType)
	}},
}

// openNameContinues reports whether next, in the same heading type, ends
// a body's name that the headline line prev leaves open: prev ends with
// "the" and a modifier that is no head noun ("... of the US-ASEAN" /
// "Business Council", "... to the Asian" / "Development Bank"), and next
// is the name's head.
func openNameContinues(prev, next string, sameType bool) bool {
	f := strings.Fields(prev)
	if !sameType || len(f) < 3 || endsClause(prev) || wordCount(next) > 5 || !isBodyName(next) {
		return false
	}
	last := strings.ToLower(strings.Trim(f[len(f)-1], ",.()’'"))
	r, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsUpper(r) && !orgHeads[last] && strings.EqualFold(f[len(f)-2], "the")
}

// joinsHeadline reports whether next goes on with the headline line prev
// by one of headlineJoins.
func (c *Cleaner) joinsHeadline(prev, next string, sameType bool) bool {
	for _, j := range headlineJoins {
		if j.joins(c, prev, next, sameType) {
			return true
		}
	}
	return false
}

// maxTypeJoinWords bounds the words of a line joined to a headline by its
// type alone.
const maxTypeJoinWords = 12

// minWrappedHeadlineRunes is the shortest headline line that the layout
// may have wrapped: a shorter line in heading type ends where its writer
// ended it ("Corruption Statistics 2018" above a subtitle).
const minWrappedHeadlineRunes = 45

// typeContinues reports whether next, set in the same heading type as the
// headline line prev, is the rest of the headline: prev is long enough to
// have been wrapped and does not close a sentence; next is shorter than
// prev, and neither a sentence, a section heading, a dateline nor a
// release label.
func (c *Cleaner) typeContinues(prev, next string, sameType bool) bool {
	pn := utf8.RuneCountInString(prev)
	return sameType && next != "" && pn >= minWrappedHeadlineRunes && utf8.RuneCountInString(next) < pn &&
		!endsSentence(prev) && !endsSentence(next) && wordCount(next) <= maxTypeJoinWords && !genericTitle(next) &&
		c.isHeadline(next) && !c.rules.isDateline(next) && !isReleaseLabel(next) && !c.rules.isIssuerLine(next)
}

// headlineTailPrepositions start the tail of a headline set in capitals
// that gives its date ("$300 VOUCHERS FOR ALL HOUSEHOLDS" / "FROM 15 APRIL
// 2024").
var headlineTailPrepositions = map[string]bool{"from": true, "on": true, "in": true, "until": true, "by": true,
	"starting": true, "till": true, "through": true, "for": true, "at": true, "after": true, "before": true}

// dateTailContinues reports whether next, a line in capitals starting with
// a preposition and holding a date, ends the headline prev set in
// capitals: a dateline would not start with a preposition.
func dateTailContinues(prev, next string) bool {
	if !isAllCaps(prev) || !isAllCaps(next) || endsSentence(prev) || wordCount(next) > 8 {
		return false
	}
	f := strings.Fields(next)
	return len(f) > 1 && headlineTailPrepositions[strings.ToLower(f[0])] && holdsDate(f[1:]) && !isReleaseLabel(next)
}

// holdsDate reports whether the words f name a date: a year, a month
// name or a day number with its ordinal suffix ("15 APRIL", "2024",
// "1ST"). A label under a headline ("FOR IMMEDIATE RELEASE", "FOR
// PUBLICATION") holds none.
func holdsDate(f []string) bool {
	for _, w := range f {
		w = strings.ToLower(strings.Trim(w, ",.;:()"))
		if monthNames[w] || hasYear(w) {
			return true
		}
		if d := strings.TrimRight(w, "stndrh"); d != w && d != "" && isAllDigits(d) && len(d) <= 2 {
			return true
		}
	}
	return false
}

// modifierNouns end in an adjective's suffix but are nouns that can end a
// headline.
var modifierNouns = map[string]bool{
	"proposal": true, "approval": true, "arrival": true, "festival": true, "renewal": true, "capital": true,
	"hospital": true, "portal": true, "journal": true, "signal": true, "terminal": true, "potential": true,
	"official": true, "officials": true, "rival": true, "tribunal": true, "manual": true, "interval": true,
	"material": true, "trial": true, "memorial": true, "survival": true, "disposal": true, "removal": true,
	"animal": true, "canal": true, "total": true, "referral": true, "withdrawal": true, "dismissal": true,
	"appraisal": true, "rehearsal": true, "proposals": true, "archive": true, "initiative": true, "executive": true,
	"representative": true, "incentive": true, "objective": true, "directive": true, "perspective": true,
	"alternative": true, "republic": true, "public": true, "traffic": true, "topic": true, "clinic": true,
	"music": true, "logic": true, "mechanic": true, "epidemic": true, "pandemic": true, "criminal": true,
	"territory": true, "history": true, "victory": true, "laboratory": true, "inventory": true, "directory": true,
	"category": true, "memory": true, "theory": true, "story": true, "factory": true, "trajectory": true,
}

// endsWithModifier reports whether headline line s ends with a capitalized
// adjective that needs its noun ("Notice of Meeting: U.S. Advisory" /
// "Commission on Public Diplomacy"): National, Economic, Advisory,
// Executive, Japanese.
func endsWithModifier(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || endsSentence(s) {
		return false
	}
	w := f[len(f)-1]
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || isAllCaps(w) && len(f) > 1 && !isAllCaps(f[len(f)-2]) {
		return false // an acronym after lower-case words ends a phrase
	}
	lw := strings.ToLower(w)
	if modifierNouns[lw] || len(lw) < 5 {
		return false
	}
	for _, suf := range []string{"ory", "al", "ic", "ive", "ian", "ean", "ese"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// stripTabbedDate removes a date set after a tab at the end of a headline
// line ("Senator Announces Grant<TAB>March 13, 2015") or before one at its
// start ("04/30/13<TAB>Senator Announces Grant"), as listing pages print
// them. It returns the headline and the date removed, if any.
func (c *Cleaner) stripTabbedDate(t string) (head, date string) {
	if i := strings.LastIndexByte(t, '\t'); i > 0 && c.isTabDate(strings.TrimSpace(t[i+1:])) {
		return strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:])
	}
	if i := strings.IndexByte(t, '\t'); i > 0 && c.isTabDate(strings.TrimSpace(t[:i])) {
		return strings.TrimSpace(t[i+1:]), strings.TrimSpace(t[:i])
	}
	return t, ""
}

// modifierContinues reports whether next, a short capitalized line, is
// the noun phrase the headline line prev leaves dangling.
func (c *Cleaner) modifierContinues(prev, next string) bool {
	return endsWithModifier(prev) && !isReleaseLabel(prev) && startsUpperRune(next) && c.isHeadline(next) && !c.rules.isDateline(next) &&
		utf8.RuneCountInString(next) <= 60 && !endsSentence(next)
}

// isSentenceCase reports whether headline line s is set in sentence case:
// after its first word, at least two content words start in lower case
// and they outnumber the capitalized ones.
func isSentenceCase(s string) bool {
	lower, upper := 0, 0
	for i, w := range strings.Fields(s) {
		if i == 0 || corpus.IsTitleConnector(strings.ToLower(w)) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			upper++
		}
	}
	return lower >= 2 && lower > upper
}

// startsUpperRune reports whether s starts with an upper-case letter.
func startsUpperRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// takePreTitle copies the date and release lines before line i into the
// segment's masthead and sets where the article's text starts. The issuer
// block's body names and dates stay in the text (they are facts of the
// release: its issuing agencies and date) when they sit right above the
// headline; other lines before it (site names of a page, release-type
// labels, section names, codes) are dropped.
//
// A title line below running text (proseAbove) is a heading inside the
// article, taken for its title because the page named it so (a note's
// heading as the page's <h1>): the text above it stays the article's.
func (c *Cleaner) takePreTitle(lines []cline, s *segment, i int) int {
	if proseAbove(lines, s.start, i) {
		return s.start
	}
	var pre []string
	from := i
	keep := true   // still inside the block of issuer lines right above line i
	named := false // the block names a body: without one, a date above a page's headline is the site's
	for j := i - 1; j >= s.start; j-- {
		switch lines[j].kind {
		case kindBlank:
			continue
		case kindBody, kindDate:
		default:
			keep = false
			continue
		}
		t := strings.TrimSpace(lines[j].text)
		date := lines[j].kind == kindDate || c.rules.isDateline(t) || isNumericDate(t)
		if keep && (date && !c.rules.isReleaseLine(t) || isBodyName(t) || isContactLine(t)) {
			from = j
			named = named || isBodyName(t)
			continue
		}
		if !c.rules.isIssuerLine(t) {
			keep = false
		}
	}
	if !named {
		from = i
	}
	for j := s.start; j < i; j++ {
		switch lines[j].kind {
		case kindBody, kindDate:
			t := strings.TrimSpace(lines[j].text)
			if lines[j].kind == kindDate || c.rules.isDateline(t) || isNumericDate(t) || c.rules.isMonthLine(t) {
				pre = append(pre, t)
			}
			if d := c.blockDate(t); d != "" {
				pre = append(pre, d)
			}
			if j < from {
				lines[j].kind = kindChrome
			} else if !(lines[j].kind == kindDate || c.rules.isDateline(t) && !c.rules.isReleaseLine(t) || isNumericDate(t) || isBodyName(t) || isContactLine(t)) {
				lines[j].kind = kindChrome // a label inside the block
			}
		}
	}
	s.masthead = strings.Join(pre, "\n")
	return from
}

// blockDate returns the date inside a header line that sets it beside
// other fields (a release label, a contact, a phone number), as a release
// header's two columns read line by line ("FOR IMMEDIATE RELEASE
// Contact: Press Office March 3, 2026", "Thursday, May 7, 2026     (202)
// 555-0100"); "" for other lines and for a line that is the date alone.
func (c *Cleaner) blockDate(t string) string {
	if len(t) > 160 || c.rules.isDateOnly(t) || !hasYear(t) || !isASCII(t) {
		return ""
	}
	columns := strings.Contains(t, "   ") || strings.Contains(t, "\t")
	if !columns && !containsFold(t, "contact", "for immediate release", "media affairs", "press office") {
		return ""
	}
	loc := c.rules.dateIn.FindStringIndex(strings.ToLower(t))
	if loc == nil || loc[1]-loc[0] == len(t) {
		return ""
	}
	return t[loc[0]:loc[1]]
}

// isASCII reports whether s has only ASCII bytes (its lower-case form
// then has the same byte offsets).
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// headlineLine returns the segment's headline line, or -1 when its first
// content is a paragraph.
func (c *Cleaner) headlineLine(lines []cline, s segment) int {
	if i := c.itemHeadline(lines, s); i >= 0 {
		return i
	}
	seen := 0
	for i := s.start; i < s.end && seen < 8; i++ {
		l := lines[i]
		if l.kind != kindBody {
			continue
		}
		seen++
		t, _ := c.stripTabbedDate(strings.TrimSpace(stripSymbol(l.text))) // a listing row's date cell is no dateline
		t = stripMarkdownLink(t)                                          // a linked headline is read by its text
		if l.repeatedMasthead || c.namesNoArticle(t) {
			continue
		}
		if !c.isHeadline(t) {
			if utf8.RuneCountInString(t) > maxHeadlineRunes || c.rules.isItemStart(t) {
				return -1
			}
			continue
		}
		n := normLine(t)
		if relatedHeads[n] || c.rules.siteName.MatchString(t) && wordCount(t) <= 10 || c.rules.isIssuerLine(t) || c.labelFollows(lines, i, s.end) || c.kickerAbove(lines, i, s.end) || c.isIssueLine(t) {
			// A site name, section name, release label or other line of
			// the issuer block heads the page when a headline follows.
			if c.headlineFollows(lines, i, s.end) {
				continue
			}
		}
		if c.issuerOverHeadline(lines, i, s.end) {
			continue // issuer_block.go
		}
		if j := c.headlineAbove(lines, s, i, t); j >= 0 {
			return j
		}
		return i
	}
	return -1
}

// headlineSkip is a kind of line above or around a headline that never
// names the article.
type headlineSkip struct {
	name string
	is   func(c *Cleaner, t string) bool
}

// headlineSkips are the lines the headline is never taken from.
var headlineSkips = []headlineSkip{
	{"short dateline", func(c *Cleaner, t string) bool { return c.rules.isDateline(t) && wordCount(t) <= 8 }},
	{"section heading", func(_ *Cleaner, t string) bool { return sectionHeadings[normLine(t)] }},
	{"breadcrumb trail", func(_ *Cleaner, t string) bool { return isBreadcrumbTrail(t) }},
	{"letterhead or postal address", func(_ *Cleaner, t string) bool { return isLetterheadLine(t) }},
	{"rule or page number", func(_ *Cleaner, t string) bool { return hasFewLetters(t) }},
	{"month and year", func(_ *Cleaner, t string) bool { return isMonthYear(t) }},
	{"reference number", func(_ *Cleaner, t string) bool { return isReferenceLine(t) || isFileReference(t) }},
	{"issuer with its reference", func(_ *Cleaner, t string) bool { return isNumberedIssuer(t) }},
	{"issuer with its place and date", func(c *Cleaner, t string) bool { return c.isDatedIssuer(t) }},
}

// issuerPartSeparators join the parts of an issuer's line (body, place,
// label).
var issuerPartSeparators = []string{" - ", " – ", " | ", ", ", " / "}

// isDatedIssuer reports whether t is an issuer's line that ends with its
// date: before the date only bodies' names, places and labels, joined by
// separators ("THE NATIONAL TREASURY - REPUBLIC OF SOUTH AFRICA - PRETORIA
// - 21 FEBRUARY 2018", "GOVERNMENT OF KENYA MINISTRY OF HEALTH NAIROBI 14
// MARCH 2020"), at least one of them a body; after it at most a time.
func (c *Cleaner) isDatedIssuer(t string) bool {
	if len(t) > 200 || !hasYear(t) || !isASCII(t) {
		return false
	}
	loc := c.rules.dateIn.FindStringIndex(strings.ToLower(t))
	if loc == nil || loc[0] == 0 || wordCount(t[loc[1]:]) > 2 {
		return false
	}
	parts := []string{strings.TrimRight(t[:loc[0]], " ,-–|/")}
	for _, sep := range issuerPartSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	body := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case isBodyName(p):
			body = true
		case isPlaceName(p) || isReleaseLabel(p):
		default:
			return false
		}
	}
	return body
}

// referenceWord opens a file reference ("Ref:", "Our ref.", "Reference
// No.", "File No:").
var referenceWord = regexp.MustCompile(`(?i)^(?:our |your )?(?:ref|reference|file)\b\.?\s*(?:no\b\.?)?\s*:?\s*`)

// isFileReference reports whether t is a file reference alone: a
// reference word and a document code with a number
// ("Ref: CGN/COMMS/VOL.II/044", "Our ref. MFA/12/2020").
func isFileReference(t string) bool {
	loc := referenceWord.FindStringIndex(t)
	if loc == nil {
		return false
	}
	rest := strings.TrimSpace(t[loc[1]:])
	return rest != "" && strings.ContainsAny(rest, "0123456789") && wordCount(rest) <= 2 && (isCodeLine(rest) || hasFewLetters(rest) || !strings.Contains(rest, " "))
}

// issuerReference matches where a reference number or an issue date
// starts inside an issuer's line ("MINISTRY OF WATER NO. 14 OF 2019
// DATED 3RD APRIL 2019", "Embassy of Chile Ref: 12/2020").
var issuerReference = regexp.MustCompile(`(?i)\s(?:no|nr|n°|nº|ref|reference)\b\.?\s*[:.]?\s*\d|\sdated\s`)

// isNumberedIssuer reports whether t is a body's name or a release label
// followed by its reference number or date on one line.
func isNumberedIssuer(t string) bool {
	loc := issuerReference.FindStringIndex(t)
	if loc == nil || loc[0] == 0 {
		return false
	}
	head := strings.TrimRight(t[:loc[0]], " ,;:-–—")
	return isBodyName(head) || isReleaseLabel(head)
}

// namesNoArticle reports whether line t is one of headlineSkips.
func (c *Cleaner) namesNoArticle(t string) bool {
	for _, sk := range headlineSkips {
		if sk.is(c, t) {
			return true
		}
	}
	return false
}

// headlineAbove returns the line right above line i (text t) when t
// starts with a connector ("OF THE 27TH SUMMIT", "on Maritime Security")
// and so goes on with that line, a headline line skipped as a label
// ("CHAIRMAN'S STATEMENT", "Joint Declaration"); else -1.
func (c *Cleaner) headlineAbove(lines []cline, s segment, i int, t string) int {
	f := strings.Fields(t)
	if len(f) < 2 || !corpus.IsTitleConnector(strings.ToLower(f[0])) || articleWords[strings.ToLower(f[0])] {
		return -1
	}
	j := i - 1
	for j >= s.start && lines[j].kind == kindBlank {
		j--
	}
	if j < s.start || j < i-2 || lines[j].kind != kindBody {
		return -1
	}
	p := strings.TrimSpace(lines[j].text)
	if !c.isHeadline(p) || c.rules.isDateline(p) || endsSentence(p) || wordCount(p) > maxTypeJoinWords {
		return -1
	}
	return j
}

// labelFollows reports whether a release label ("Press release", "JOINT
// COMMUNIQUÉ") comes within the next three content lines after line i,
// past short letterhead lines only: the lines above a label are the
// issuer's letterhead ("HM Revenue & Customs / Press release", a ministry
// and its press directorate above "Joint Communiqué").
func (c *Cleaner) labelFollows(lines []cline, i, end int) bool {
	t := strings.TrimSpace(lines[i].text)
	if wordCount(t) > 8 || endsSentence(t) || hasHeadlineVerb(t) {
		return false // a headline above its label block ("TREASURY PUBLISHES DRAFT RULES" / "MEDIA STATEMENT"), as a PDF's decoder puts it first
	}
	j := i
	for k := 0; k < 3; k++ {
		j++
		for j < end && lines[j].kind == kindBlank {
			j++
		}
		if j >= end || lines[j].kind != kindBody && lines[j].kind != kindChrome {
			return false
		}
		next := strings.TrimSpace(lines[j].text)
		n := normLine(next)
		if isReleaseLabel(next) || genericSections[n] || issuerLabels[n] {
			return true
		}
		if wordCount(next) > 8 || endsSentence(next) || lines[j].dateline {
			return false
		}
	}
	return false
}

// issueArticleHeading returns the headline of a periodical issue that
// holds one article: the segment opens with a heading that is the issue
// line ("# Certification Newsletter - August 28, 2013"), and the first
// deeper heading that can start an article and heads a section's body is
// the article's headline. It returns -1 for other segments.
func (c *Cleaner) issueArticleHeading(lines []cline, s segment) int {
	first := c.firstContent(lines, s.start, s.end)
	if first < 0 || lines[first].level == 0 || !c.isIssueLine(strings.TrimSpace(lines[first].text)) {
		return -1
	}
	top := lines[first].level
	for i := first + 1; i < s.end; i++ {
		l := lines[i]
		if l.level <= top || l.kind != kindBody || !c.isArticleHeading(strings.TrimSpace(l.text)) {
			continue
		}
		end := s.end
		for j := i + 1; j < s.end; j++ {
			if lines[j].level > 0 && lines[j].level <= l.level {
				end = j
				break
			}
		}
		if sectionText(lines, i+1, end) >= minSectionBody {
			return i
		}
	}
	return -1
}

// periodicalWords name a periodical at the end of its title line.
var periodicalWords = map[string]bool{"newsletter": true, "bulletin": true, "digest": true, "magazine": true, "gazette": true, "e-newsletter": true}

// isIssueLine reports whether t is a periodical's name or issue line
// ("MINISTRY NEWSLETTER", "Trade Bulletin, Vol. 4 No. 2", "Windows
// Certification Newsletter - August 28, 2013"): the masthead, which never
// names an article when a headline follows it. A headline that mentions
// a newsletter ("Ministry launches newsletter for farmers") is none.
func (c *Cleaner) isIssueLine(t string) bool {
	if !c.isPeriodicalCue(t) {
		return false
	}
	if hasYear(t) || c.rules.issueNumber.MatchString(t) {
		return true
	}
	f := strings.Fields(t)
	return len(f) > 0 && periodicalWords[strings.ToLower(strings.Trim(f[len(f)-1], ",.:"))]
}

// maxKickerWords bounds the words of each part of a kicker line.
const maxKickerWords = 3

// kickerAbove reports whether line i is a kicker: a topic or category
// label set above the headline ("Environment", "TRADE AND INDUSTRY",
// "Climate | Oceans") rather than the headline itself. It names no action
// (no headline verb), has no number and no closing punctuation, and the
// next content line is a headline of at least four words that the label
// is set apart from: a single word, capitals above a headline in
// ordinary case, or category names joined by separators.
func (c *Cleaner) kickerAbove(lines []cline, i, end int) bool {
	t := strings.TrimSpace(lines[i].text)
	if t == "" || strings.ContainsAny(t, "0123456789") || endsClause(t) || strings.ContainsRune(t, ';') {
		return false
	}
	comma := strings.ContainsRune(t, ',')
	parts := kickerParts(t)
	for _, p := range parts {
		if w := wordCount(p); w == 0 || w > maxKickerWords {
			return false
		}
		for _, f := range strings.Fields(p) {
			if headlineVerbs[strings.ToLower(f)] {
				return false
			}
		}
	}
	j := c.nextContent(lines, i)
	if j < 0 || j >= end || lines[j].kind != kindBody || lines[j].dateline {
		return false
	}
	next := strings.TrimSpace(lines[j].text)
	if wordCount(next) < 4 || !c.isHeadline(next) || endsSentence(next) {
		return false
	}
	if !comma && (len(parts) > 1 || wordCount(t) == 1 || isAllCaps(t) && !isAllCaps(next)) {
		return true
	}
	return c.kickerOverLongHeadline(lines, t, next, j, end)
}

// kickerLongHeadlineWords is the fewest words of a headline under which a
// short line reads as its kicker.
const kickerLongHeadlineWords = 6

// kickerOverLongHeadline reports whether the short line t (at most
// maxKickerWords words) is a kicker by its place: the content type, place
// or byline set above a headline ("News Article", "Washington, DC", "Jane
// Roe", "Policy Update") when the next line, next at j, is a headline at least
// twice its length and of kickerLongHeadlineWords words or more, right
// above the body, and none of its words of four letters or more comes
// again in that line. A short headline under which a deck follows is not
// one: the deck repeats its subject, or is a sentence (a standfirst),
// which no headline line is.
func (c *Cleaner) kickerOverLongHeadline(lines []cline, t, next string, j, end int) bool {
	w, n := wordCount(t), wordCount(next)
	if w > maxKickerWords || n < kickerLongHeadlineWords || n < 2*w+2 {
		return false
	}
	next = strings.ToLower(next)
	for _, f := range strings.Fields(t) {
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) && !orgConnectors[strings.ToLower(f)] {
			return false
		}
		if w := strings.ToLower(strings.Trim(f, ",.")); utf8.RuneCountInString(w) >= 4 && strings.Contains(next, w) {
			return false // a short headline whose deck says it again ("Climate Vouchers" / "... climate vouchers ...")
		}
	}
	return c.bodyFollows(lines, j, end)
}

// bodyFollows reports whether the body starts right after line j: the
// next content line is a paragraph, or a date or dateline line with a
// paragraph after it.
func (c *Cleaner) bodyFollows(lines []cline, j, end int) bool {
	for k := 0; k < 2; k++ {
		if j = c.nextContent(lines, j); j < 0 || j >= end {
			return false
		}
		t := strings.TrimSpace(lines[j].text)
		if isParagraph(t) {
			return true
		}
		if lines[j].kind != kindDate && !lines[j].dateline {
			return false
		}
	}
	return false
}

// isParagraph reports whether t reads as a paragraph of body text: a
// sentence of a dozen words or more.
func isParagraph(t string) bool {
	return wordCount(t) >= 12 && (endsSentence(t) || utf8.RuneCountInString(t) > 100)
}

// kickerParts splits a category line at its separators ("Climate |
// Oceans", "Energy · Trade", "Health / Research").
func kickerParts(t string) []string {
	for _, sep := range []string{" | ", " · ", " / ", " • "} {
		if strings.Contains(t, sep) {
			return strings.Split(t, sep)
		}
	}
	return []string{t}
}

// headlineFollows reports whether a headline line comes within the next
// few content lines after line i, past dates, datelines, issuer lines,
// release labels and month lines.
func (c *Cleaner) headlineFollows(lines []cline, i, end int) bool {
	for k := 0; k < 10; k++ {
		if i = c.nextContent(lines, i); i < 0 || i >= end {
			return false
		}
		t := strings.TrimSpace(stripSymbol(lines[i].text))
		if lines[i].kind == kindDate || c.rules.isDateline(t) || c.rules.isIssuerLine(t) || isLetterheadLine(t) || hasFewLetters(t) || isReleaseLabel(t) || isMonthYear(t) {
			continue // release labels and month lines are no headline either
		}
		return c.isHeadline(t)
	}
	return false
}

// isHeadline reports whether t can be a headline line.
func (c *Cleaner) isHeadline(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 3 || n > maxHeadlineRunes || c.rules.isItemStart(t) {
		return false
	}
	if strings.HasSuffix(t, ":") || c.rules.isDateOnly(t) || c.rules.isReleaseLine(t) || hasFewLetters(t) {
		return false
	}
	// A headline is not several sentences, nor a long sentence.
	return sentenceBreaks(t, 2) < 2 && !(n > 100 && endsSentence(t))
}

// continuesHeadline reports whether next continues the headline line prev
// (a headline wrapped over several lines) rather than starting a subtitle,
// a byline or the body.
func (c *Cleaner) continuesHeadline(prev, next string) bool {
	if next == "" || !c.isHeadline(next) || c.rules.isDateline(next) || c.rules.isChrome(next) {
		return false
	}
	nn := utf8.RuneCountInString(next)
	if nn > 90 {
		return false
	}
	if isReleaseLabel(next) {
		return false
	}
	words := strings.Fields(prev)
	lastWord := strings.ToLower(words[len(words)-1])
	if !corpus.IsTitleConnector(lastWord) && (c.rules.siteName.MatchString(next) || c.rules.isIssuerLine(next)) {
		return false // the issuing body or a label printed under the headline
	}
	if corpus.IsTitleConnector(lastWord) || strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, "-") || startsLowerRune(next) {
		return true
	}
	if endsSentence(prev) || strings.HasSuffix(prev, ":") {
		return false
	}
	if isAllCaps(prev) && !isAllCaps(next) && startsUpperRune(next) {
		return false // a deck in ordinary case under a headline in capitals
	}
	if caseStyle(prev) == styleTitle && startsUpperRune(next) && isSentenceCase(next) {
		return false // a deck in sentence case under a headline in title case
	}
	first := strings.ToLower(strings.Fields(next)[0])
	if first == "the" || first == "a" || first == "an" {
		return false // a subtitle ("The Third Director General-Level Meeting")
	}
	if startsUpperRune(next) && isSentenceCase(prev) {
		// A headline in sentence case goes on in lower case; a capitalized
		// line under it is a byline or a subtitle ("Boris Johnson").
		return false
	}
	return utf8.RuneCountInString(prev) <= 60 && nn <= 60
}

// metaTitleLine finds the line of the text that holds the HTML headline or
// the page title without its site suffix; it returns the line, how many
// lines the title spans (1) and the title, or -1. When no line holds a
// whole candidate, a line that holds one part of it, of at least three
// words, joined to the rest by a separator ("Minister for Trade - Talks
// with Japan Conclude", "Talks Conclude | Office of the Minister"), is the
// headline: the text confirms which part names the article.
func (c *Cleaner) metaTitleLine(lines []cline, s segment, m corpus.Meta) (int, int, string) {
	cands := c.metaTitles(m)
	for _, cand := range cands {
		if i := c.lineHolding(lines, s, cand); i >= 0 {
			if isBodyName(cand) && c.headlineFollows(lines, i, s.end) {
				// The page is titled with its issuer's name ("Ministry of
				// Trade" in <title> and an <h1> above the release's own
				// headline): the headline names the article.
				continue
			}
			return i, 1, strings.TrimSpace(cand)
		}
	}
	for _, cand := range cands {
		for _, part := range titleParts(cand) {
			if i := c.lineHolding(lines, s, part); i >= 0 {
				return i, 1, part
			}
		}
	}
	return -1, 0, ""
}

// titlePartSeparators join a page title's parts (an issuer and the
// headline, the headline and a section).
var titlePartSeparators = []string{" - ", " – ", " — ", " | ", " :: "}

// titleParts returns the parts of at least three words of a title joined
// by one of titlePartSeparators, or none.
func titleParts(t string) []string {
	for _, sep := range titlePartSeparators {
		if !strings.Contains(t, sep) {
			continue
		}
		var parts []string
		for _, p := range strings.Split(t, sep) {
			if p = strings.TrimSpace(p); wordCount(p) >= 3 {
				parts = append(parts, p)
			}
		}
		return parts
	}
	return nil
}

// lineHolding returns the first of the segment's first 40 body lines
// whose text is want (case, spaces and a leading symbol ignored), or -1.
func (c *Cleaner) lineHolding(lines []cline, s segment, want string) int {
	want = normLine(want)
	if len(want) < 3 {
		return -1
	}
	seen := 0
	for i := s.start; i < s.end && seen < 40; i++ {
		if lines[i].kind != kindBody {
			continue
		}
		seen++
		if normLine(stripSymbol(lines[i].text)) == want {
			return i
		}
	}
	return -1
}

// genericTitle reports whether t is a section or release-type name.
func genericTitle(t string) bool {
	n := normLine(t)
	return releaseTypes[n] || genericSections[n] || sectionHeadings[n]
}

// sectionHeadings are the headings of parts of an article or page
// ("Details", "Background"): they never name the article.
var sectionHeadings = map[string]bool{
	"details": true, "background": true, "summary": true, "overview": true, "introduction": true,
	"contents": true, "table of contents": true, "key points": true, "highlights": true, "context": true,
	"notes to editors": true, "note to editors": true, "contact": true, "contacts": true, "media contacts": true,
	"related": true, "related links": true, "documents": true, "attachments": true, "downloads": true,
	"share": true, "share this page": true, "in this section": true, "on this page": true, "menu": true,
	"main content": true, "content": true, "search": true, "navigation": true,
	"next steps": true, "key facts": true, "quick facts": true, "at a glance": true, "further information": true,
	"more information": true, "eligibility": true, "timeline": true, "conclusion": true, "outcomes": true,
}

// questionWords open the short question sub-headings inside an article
// ("How to Apply", "What Changes", "Who Qualifies").
var questionWords = map[string]bool{"how": true, "what": true, "who": true, "why": true, "when": true, "where": true, "which": true}

// maxQuestionLabelWords bounds the words of a question sub-heading.
const maxQuestionLabelWords = 4

// isQuestionLabel reports whether t is a short question sub-heading: at
// most four words, opening with a question word, no question mark (a
// headline asking a question keeps it: "Who will curate the biennale?").
func isQuestionLabel(t string) bool {
	if k := strings.IndexByte(t, ' '); k < 0 || !questionWords[strings.ToLower(t[:k])] {
		return false
	}
	f := strings.Fields(t)
	return len(f) >= 2 && len(f) <= maxQuestionLabelWords && questionWords[strings.ToLower(f[0])] && !strings.HasSuffix(t, "?")
}

// genericSections are page section names used as headings of listing and
// article pages.
var genericSections = map[string]bool{
	"newsroom": true, "news room": true, "media centre": true, "media center": true, "press room": true,
	"media releases": true, "press": true, "media": true, "latest news": true, "news and events": true,
	"news & events": true, "announcements": true, "publications": true, "speeches": true, "home": true,
	"press and media": true, "news and media": true, "news & media": true, "statements and releases": true,
	"briefing room": true, "readouts": true, "updates": true, "article": true, "blog": true,
}

// metaTitle is the title from metadata when the text has no headline
// line: the first of metaTitles.
func (c *Cleaner) metaTitle(m corpus.Meta) string {
	if ts := c.metaTitles(m); len(ts) > 0 {
		return ts[0]
	}
	return ""
}

// metaTitles lists a page's own titles in order of trust:
//
//  1. the content's <h1> (Meta.Headline) when it agrees, by word overlap,
//     with og:title or the <title>: two witnesses name the article;
//  2. og:title without a site suffix;
//  3. the <title> without its site suffix (" | News", " - GOV.UK");
//  4. the <h1> that agrees with neither (a page whose metadata names the
//     site, or a page without metadata).
//
// A candidate that is a section or release-type name ("Details", "Press
// Releases"), a breadcrumb trail ("Home > News > ...") or a site name is
// left out. The first headline line of the text comes after all of them
// (findTitle).
func (c *Cleaner) metaTitles(m corpus.Meta) []string {
	ok := func(t string) bool {
		return t != "" && !genericTitle(t) && !isBreadcrumbTrail(t)
	}
	h1 := strings.TrimSpace(m.Headline)
	og := stripSiteSuffix(m.Props["og:title"], c.rules)
	if site := strings.TrimSpace(m.Props["og:site_name"]); site != "" && strings.EqualFold(og, site) {
		og = ""
	}
	tt := stripSiteSuffix(m.Title, c.rules)
	out := make([]string, 0, 4)
	if ok(h1) && (titlesAgree(h1, og) || titlesAgree(h1, tt)) {
		out = append(out, h1)
	}
	for _, t := range []string{og, tt, h1} {
		if ok(t) && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// titleAgreeShare is the share of the shorter title's words that the
// longer one must hold for two titles to agree.
const titleAgreeShare = 0.6

// titlesAgree reports whether titles a and b name the same article: most
// words of the shorter one are in the longer one (case and punctuation
// ignored), as an <h1> and its page's og:title or <title> do when one
// adds a kicker or the site's name.
func titlesAgree(a, b string) bool {
	wa, wb := titleWords(a), titleWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	in := make(map[string]bool, len(wb))
	for _, w := range wb {
		in[w] = true
	}
	n := 0
	for _, w := range wa {
		if in[w] {
			n++
		}
	}
	return float64(n) >= titleAgreeShare*float64(len(wa))
}

// titleWords splits t into lower-cased words of letters and digits.
func titleWords(t string) []string {
	return strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// breadcrumbSeparators join the steps of a breadcrumb trail.
var breadcrumbSeparators = []string{" > ", " » ", " › ", " / ", " >> ", " → "}

// isBreadcrumbTrail reports whether t is a breadcrumb trail: three or more
// steps joined by one separator ("Home > Press Releases > 2024"), or two
// when the first is "Home".
func isBreadcrumbTrail(t string) bool {
	for _, sep := range breadcrumbSeparators {
		if !strings.Contains(t, sep) {
			continue
		}
		parts := strings.Split(t, sep)
		if len(parts) >= 3 || (len(parts) == 2 && strings.EqualFold(strings.TrimSpace(parts[0]), "home")) {
			return true
		}
	}
	return false
}

// stripSiteSuffix removes a site name joined to a page title with " | ",
// " - ", " – ", " — " or " :: " ("Joint Statement | U.S. Department of
// State" -> "Joint Statement"); the longest remaining part is the headline
// when the site name leads.
func stripSiteSuffix(title string, r *chromeRules) string {
	title = strings.TrimSpace(strings.Join(strings.Fields(title), " "))
	for _, sep := range []string{" | ", " :: ", " — ", " – ", " - ", " · "} {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		last := strings.TrimSpace(parts[len(parts)-1])
		firstPart := strings.TrimSpace(parts[0])
		switch {
		case sep == " | " || sep == " :: " || siteLike(last, r):
			if siteLike(firstPart, r) && !siteLike(last, r) && len(parts) == 2 {
				return last
			}
			return strings.TrimSpace(strings.Join(parts[:len(parts)-1], sep))
		case siteLike(firstPart, r):
			return strings.TrimSpace(strings.Join(parts[1:], sep))
		}
	}
	return title
}

// siteLike reports whether s reads as a site or organization name.
func siteLike(s string, r *chromeRules) bool {
	low := strings.ToLower(s)
	if strings.Contains(low, ".gov") || strings.Contains(low, ".org") || strings.Contains(low, ".com") || strings.Contains(low, ".go.jp") {
		return true
	}
	if r != nil && r.siteName.MatchString(s) && wordCount(s) <= 10 {
		return true
	}
	for _, w := range []string{"ministry", "department", "embassy", "government", "white house", "office", "agency", "commission", "news", "press"} {
		if strings.Contains(low, w) && wordCount(s) <= 8 {
			return true
		}
	}
	return false
}

// firstContent returns the first body line in [from, to), or -1.
func (c *Cleaner) firstContent(lines []cline, from, to int) int {
	for i := from; i < to; i++ {
		if lines[i].kind == kindBody {
			return i
		}
	}
	return -1
}

// firstSentenceOf returns the first sentence of s, cut at a word boundary
// to at most limit runes.
func firstSentenceOf(s string, limit int) string {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' && i > 20 && !(s[i] == '.' && abbreviationBefore(s, i)) {
			s = s[:i+1]
			break
		}
	}
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	cut, n := 0, 0
	for i, r := range s {
		if n > limit {
			break
		}
		if r == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 {
		return s
	}
	return s[:cut]
}

// isAllCaps reports whether s has letters and none of them lower-case
// (a headline set in capitals).
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// stripSymbol removes a leading block symbol ("■ ") from a headline line.
func stripSymbol(s string) string {
	t := strings.TrimSpace(s)
	r, n := utf8.DecodeRuneInString(t)
	if strings.ContainsRune("■◆◇□▶▼◎", r) {
		return strings.TrimSpace(t[n:])
	}
	return s
}

// sentenceBreaks counts the sentence ends (". " not after an abbreviation
// such as "U.S." or "Dr.") in s, stopping at limit.
func sentenceBreaks(s string, limit int) int {
	n := 0
	for i := 0; i+1 < len(s) && n < limit; i++ {
		if s[i] == '.' && s[i+1] == ' ' && !abbreviationBefore(s, i) {
			n++
		}
	}
	return n
}

// titleAbbreviations end with a dot inside a sentence.
var titleAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "jr": true, "sr": true, "st": true, "no": true, "vs": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "prof": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "dept": true, "amb": true, "hon": true, "rev": true, "col": true, "lt": true, "capt": true,
}

// abbreviationBefore reports whether the dot at s[i] ends an abbreviation:
// a word with an inner dot ("U.S.", "D.C."), a single letter (an initial)
// or a title ("Dr.", "Jr.").
func abbreviationBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] != ' ' && s[j-1] != '(' && s[j-1] != '-' && s[j-1] != '"' {
		j--
	}
	w := s[j:i]
	return len(w) == 1 || strings.Contains(w, ".") || titleAbbreviations[strings.ToLower(w)]
}

// sectionMarkerPrefix matches a newsletter section marker printed before
// its headline on one line ("TOPIC 1: Resilience programme launched").
var sectionMarkerPrefix = regexp.MustCompile(`(?i)^(?:topic|article|story|feature|news item|item)\s*(?:no\.?\s*)?(?:\d{1,2}|[ivx]{1,4})\s*[:.–—-]\s+`)

// stripSectionMarker removes a section marker before a headline of at
// least two words.
func stripSectionMarker(title string) string {
	loc := sectionMarkerPrefix.FindStringIndex(title)
	if loc == nil || wordCount(title[loc[1]:]) < 2 {
		return title
	}
	return title[loc[1]:]
}

// articleWords start a subtitle or a sentence, not the rest of a headline.
var articleWords = map[string]bool{"the": true, "a": true, "an": true}

// annexLabel matches an annex label glued to the start or the end of a
// headline ("ANNEX A Joint Statement ...", "... Work Plan - Appendix 2"),
// as a PDF's first line or a page title runs them together.
var annexLabel = regexp.MustCompile(`(?i)^(?:annex|appendix|attachment|enclosure)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})\b\s*[:.–—-]?\s+` +
	`|\s*[:–—-]?\s+(?:annex|appendix|attachment|enclosure)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})$`)

// stripAnnexLabel removes an annex label glued to a headline that keeps
// at least three words without it.
func stripAnnexLabel(title string) string {
	if !containsFold(title, "annex", "appendix", "attachment", "enclosure") {
		return title
	}
	loc := annexLabel.FindStringIndex(title)
	if loc == nil {
		return title
	}
	rest := strings.TrimSpace(title[:loc[0]] + title[loc[1]:])
	if wordCount(rest) < 3 {
		return title
	}
	return rest
}

// Running text above a title line: paragraphs of at least
// minProseLineBytes that read as sentences (isProse), together at least
// minProseAboveBytes (two or three paragraphs; a teaser, a caption or a
// cookie notice above a page's headline is one).
const (
	minProseLineBytes  = 100
	minProseAboveBytes = 300
)

// proseAbove reports whether the body lines [from, to) hold running text
// (see minProseAboveBytes): a headline does not stand below the article's
// own paragraphs.
func proseAbove(lines []cline, from, to int) bool {
	n := 0
	for j := from; j < to; j++ {
		if l := lines[j]; l.kind == kindBody && len(l.text) >= minProseLineBytes && isProse(l.text) {
			n += len(l.text)
			if n >= minProseAboveBytes {
				return true
			}
		}
	}
	return false
}
