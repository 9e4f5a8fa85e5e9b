package dates

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/dates/grammar"
)

// The release date is what the document states about itself. The rules
// of pubRules are tried in their order and the first that finds a date
// gives it; the order is the order of trust:
//
//   - the page's own labelled date lines ("Posted: April 4, 2014",
//     "Released on", "Date:", "For immediate release" above the date),
//     at the top and then in the masthead (a machine's date there, a
//     front matter's "date: 2025-10-27", is metadata: see below), a
//     release's number line ("Press release No. 12/2024 of 5 March
//     2024", "Pressemitteilung Nr. 3/2024 vom 5. März 2024");
//   - datelines: a date alone on a line or after a place name
//     ("Washington, DC March 13, 2014", "Singapore, 05 January 2024 –")
//     below the title, a title that is itself a dateline, a run-in
//     dateline joined onto the line above;
//   - newsletter issue dates ("Vol. 28 No.5" / "Oct 31, 2017"), in the
//     text and then in the masthead, and a plain date line there;
//   - a closing dateline at the end of a statement ("Issued in Vientiane
//     on 11 October 2024", "Done at Hanoi, 4 April 2025");
//   - a masthead's machine date (a timestamp or a front matter's ISO
//     day) and a machine timestamp alone on a text line (a template's
//     post time): a statement's closing line outranks them;
//   - the HTML page's date as go-htmldate finds it (Meta.PageDate:
//     structured metadata, the URL, <time> and date-classed elements,
//     date patterns, original date before last-modified), then our own
//     reading of <meta> published-time properties, JSON-LD datePublished
//     and <time datetime> (text and Markdown front matter, feed hints);
//   - a month the document states as the last part of its title or
//     issue line ("Climate Action in SG (Nov 2019)", "Regional Digest —
//     March 2021"): a file name's or permalink's day in another month is
//     the day the file was posted, and yields to it;
//   - a date in the page's address (/2016/12/06/, 20161206-slug, a front
//     matter's permalink, a 2020-12-08-slug.md file name);
//   - the fallbacks: a sign-off date at the end, a date line right above
//     the title, a header line opening the document with a date beside
//     another field ("December 26, 2018 Contact: ..."), a date line above
//     it that the body's dates place.
//
// A release month (an issue line's "May 2025") takes the day the
// metadata names in that month (refineMonth).
//
// The rules read the text with the Markdown emphasis markers that open or
// close a line blanked ("*10 March 2021*", "**Date:** 5 May 2024":
// blankEmphasis), so that an article of a Markdown newsletter is dated by
// its own date line, not by the issue's month in the shared masthead.
//
// A label counts only on a header or date line, not inside a sentence
// of the body ("The report, released on November 5, 2019, sets out ..."
// dates the report: inSentence, labelEndsClause). go-htmldate's date is
// left out when no metadata, title or address carries it and the text
// shows it only as an entry of a list of dated links or on a print,
// access or copyright line (pageDateOffPage), or it is a guess from a
// year alone. No dateline after an embedded post's author handle ("—
// Jane Roe (@jroe) November 3, 2023") or after a field label other than
// the release's own ("Erscheinungsdatum:", "Closing date:"): placeLike.
//
// The page's own labelled date lines and datelines come before any
// metadata: where they disagree, last-modified stamps and related-link
// dates that metadata and page-wide scans pick up lose. Measured on
// htmldate's benchmark (scripts/peer-bench.sh): text steps first, then
// go-htmldate, then our metadata reading scores F1 0.951, go-htmldate
// alone 0.949, our cascade without it 0.826.
//
// A date line above the title or heading an untitled page is a print or
// visit date when it falls more than releaseLagDays after every date the
// body names (a page printed months after it was published); otherwise
// it may be the release date. A document that states none gets none.

// Thresholds of the page-top region where labels and datelines count.
const (
	topMaxLines     = 12   // non-empty lines after the title
	topMaxBytes     = 4096 // bytes after the title
	bodyLineWords   = 25   // a line this long is body text: the top ends there
	bodyLineBytes   = 200  // ... or this long
	datelineMaxWord = 6    // words of place name before a dateline date
	volLookback     = 3    // lines above an issue date to look for "Vol."
)

// pubEligible reports whether e can be a release date: an explicit day or
// month, not a range, not relative.
func pubEligible(e *grammar.Expr) bool {
	return !e.Drop && !e.Rng && !e.Amb && e.Rel == grammar.RuNone && e.A.Y != 0 &&
		(e.A.G == grammar.GDay || e.A.G == grammar.GMonth) && (e.A.G != grammar.GDay || grammar.ValidDay(e.A.Y, e.A.M, e.A.D))
}

// pubCtx is what the release-date rules read: the article, its parsed
// dates, where its title stands and where the page top ends. The
// masthead's dates are parsed on first use.
type pubCtx struct {
	f          *Finder
	a          *corpus.Article
	text       string
	exprs      []grammar.Expr
	order      dayOrder
	titleStart int
	titleEnd   int
	titleFound bool
	topEnd     int
	mast       []grammar.Expr
	mastDone   bool
}

// masthead returns the dates of the article's masthead.
func (c *pubCtx) masthead() []grammar.Expr {
	if !c.mastDone {
		c.mastDone = true
		if strings.TrimSpace(c.a.Masthead) != "" {
			c.mast = c.f.parse(c.a.Masthead)
			if c.order.settled {
				// The masthead's "04/11/2019" is read in the article's
				// order; unsettled, it stays ambiguous and dates nothing.
				settleNumeric(c.a.Masthead, c.mast, c.order)
			}
		}
	}
	return c.mast
}

// printDateFrom reports whether e is a page's print or visit date: a day
// later than everything the body (after the title and after offset from)
// dates, by more than releaseLagDays.
func (c *pubCtx) printDateFrom(e *grammar.Expr, from int) bool {
	latest, ok := latestBodyDate(c.exprs, max(c.titleEnd, from))
	if !ok || e.A.G != grammar.GDay {
		return false
	}
	return grammar.DateOf(e.A.Y, e.A.M, e.A.D).Sub(latest) > releaseLagDays*24*time.Hour
}

func (c *pubCtx) printDate(e *grammar.Expr) bool { return c.printDateFrom(e, e.End) }

// pubRule is one rule of the release-date cascade: a name (for tests and
// for reading) and a function that returns the date it finds.
type pubRule struct {
	name string
	find func(c *pubCtx) (grammar.Point, bool)
	// metadata marks a rule that reads the document's metadata (front
	// matter, properties, go-htmldate, the address) rather than its text:
	// only these refine a month another rule found (refineMonth).
	metadata bool
	// where is the part of the document the rule reads, when it matters
	// to the article of a document of several (ownBeforeShared).
	where rulePart
}

// rulePart is the part of a document a release-date rule reads.
type rulePart uint8

const (
	partAny      rulePart = iota
	partMasthead          // only the masthead, which a document of several articles shares
	partEnd               // the article's own closing lines
	partOwn               // the article's own headline, read before the shared masthead too
)

// pubRules is the release-date cascade, most trusted first; see the
// comment above for why this order.
var pubRules = []pubRule{
	{"labelled date at the top", ruleLabelTop, false, partAny},
	{"labelled date in the masthead", ruleLabelMasthead, false, partMasthead},
	{"release number line", ruleReleaseNumber, false, partAny},
	{"release header line", ruleReleaseHeader, false, partAny},
	{"dateline below the title", ruleDatelineBelowTitle, false, partAny},
	{"title that is a dateline", ruleTitleDateline, false, partAny},
	{"run-in dateline", ruleRunInDateline, false, partAny},
	{"byline stamp", ruleBylineStamp, false, partAny},
	{"issue date", ruleIssueDate, false, partAny},
	{"issue date in the masthead", ruleMastIssueDate, false, partMasthead},
	{"date line in the masthead", ruleMastDateline, false, partMasthead},
	{"closing dateline", ruleClosingDateline, false, partEnd},
	{"labelled date at the end", ruleLabelEnd, false, partEnd},
	{"place and date at the end", rulePlaceDateEnd, false, partEnd},
	{"timestamp in the masthead", ruleMastTimestamp, true, partMasthead},
	{"timestamp line in the text", ruleTextTimestamp, true, partAny},
	{"published-time metadata", rulePublishedTime, true, partAny},
	{"page date (go-htmldate)", rulePageDate, false, partAny},
	{"metadata", ruleMeta, true, partAny},
	{"day ending the title", ruleTitleEndDay, false, partOwn},
	{"month stated in the title", ruleTitleMonth, false, partAny},
	{"address", ruleURL, true, partAny},
	{"date in the file name", ruleFileMonth, false, partAny},
	{"sign-off date", ruleSignOff, false, partEnd},
	{"date line right above the title", ruleAboveTitle, false, partOwn},
	{"date opening the document", ruleOpeningDate, false, partAny},
	{"date line placed by the body", ruleBodyPlaced, false, partAny},
	{"listing item's first day", ruleListingItemDay, false, partAny},
}

// published finds the release date of a: the first rule of pubRules that
// finds one.
//
// A release date the caller states (corpus.PropReleaseDate) is the
// release date, and an empty one means none, without a rule tried: the
// later windows of a long article take the first window's, because their
// first lines are not the article's top.
func (f *Finder) published(a *corpus.Article, exprs []grammar.Expr, order dayOrder) (grammar.Point, bool) {
	if v, ok := a.Meta.Props[corpus.PropReleaseDate]; ok {
		return f.stated(v)
	}
	c := f.newPubCtx(a, exprs, order)
	shared := a.Meta.Props[corpus.PropSharedMasthead] == "true"
	for i, r := range pubRules {
		if pt, ok := r.find(c); ok {
			if shared && r.where == partMasthead {
				if own, ok := ownBeforeShared(c, pubRules[i+1:]); ok {
					return own, true
				}
			}
			if pt.G == grammar.GMonth {
				pt = refineMonth(c, pt, pubRules[i+1:])
			}
			return pt, true
		}
	}
	return grammar.Point{}, false
}

// ownBeforeShared returns the day an article of a document of several
// dates itself with in its own closing lines (a closing dateline, a
// labelled date or a place and date at its end, a sign-off), which
// outranks the date of the masthead the articles share (a newsletter's
// issue month, the first release's date line): the masthead dates the
// issue, the article's own line the article. A day ending the article's
// headline ("Bridge opens – 12 April 2022") or a date line right above
// it counts too. An article with none keeps the masthead's date.
func ownBeforeShared(c *pubCtx, later []pubRule) (grammar.Point, bool) {
	for _, r := range later {
		if r.where != partEnd && r.where != partOwn {
			continue
		}
		if pt, ok := r.find(c); ok && pt.G == grammar.GDay {
			return pt, true
		}
	}
	return dateLineAtEnd(c)
}

// dateLineAtEnd returns a day alone on one of the last endLines lines of
// the text ("12 April 2022", "[12 April 2022]"), not an entry of a list:
// an article's own date at its foot. Only an article of a document of
// several reads it (ownBeforeShared); a lone date at the end of a page
// is as often its print or update date.
func dateLineAtEnd(c *pubCtx) (grammar.Point, bool) {
	for i := len(c.exprs) - 1; i >= 0; i-- {
		e := &c.exprs[i]
		if e.Start < c.titleEnd || linesBetween(c.text, e.End, len(c.text)) >= endLines {
			break
		}
		ls, le := lineStart(c.text, e.Start), lineEnd(c.text, e.End)
		if !pubEligible(e) || e.A.G != grammar.GDay || strings.Trim(c.text[ls:e.Start], " \t([") != "" || strings.Trim(c.text[e.End:le], " \t\r.,)]") != "" {
			continue
		}
		if !listedDate(c.text, c.exprs, i) && !c.printDate(e) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// refineMonth gives a release month (an issue line's "May 2025") the day
// that the document's metadata names in that month (a front matter's
// "date: 2025-05-30", a published-time property, a <meta> date, the
// address): the issue is of that month, the metadata says which day.
// Dates of the text itself (body, sign-off) and go-htmldate's page date
// (which may be a guess or a modification date) do not refine it.
func refineMonth(c *pubCtx, month grammar.Point, later []pubRule) grammar.Point {
	for _, r := range later {
		if !r.metadata {
			continue
		}
		if pt, ok := r.find(c); ok && pt.G == grammar.GDay && pt.Y == month.Y && pt.M == month.M {
			return pt
		}
	}
	return month
}

func (f *Finder) newPubCtx(a *corpus.Article, exprs []grammar.Expr, order dayOrder) *pubCtx {
	c := &pubCtx{f: f, a: a, text: blankEmphasis(a.Text), exprs: exprs, order: order}
	c.titleStart, c.titleEnd, c.titleFound = locateTitle(a.Text, a.Title)
	c.topEnd = topRegionEnd(a.Text, c.titleEnd)
	return c
}

// blankEmphasis returns text with the emphasis markers that open or close
// a line ("*10 March 2021*", "_Published 24 March 2021_", "**Date:** 5
// May 2024") replaced by spaces, so that a Markdown date line reads as
// the plain line it renders to; every byte keeps its offset. A marker
// followed by a space (a list bullet, "* 12 May 2024") is left alone:
// an entry of a list is no date line.
func blankEmphasis(text string) string {
	if !strings.ContainsAny(text, "*_") {
		return text
	}
	var b []byte // a copy, made at the first line that needs it
	for ls := 0; ls < len(text); {
		le := ls + strings.IndexByte(text[ls:], '\n')
		if le < ls {
			le = len(text)
		}
		if line := text[ls:le]; lineHasEmphasis(line) {
			if b == nil {
				b = []byte(text)
			}
			blankLineEmphasis(b[ls:le])
		}
		ls = le + 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// lineHasEmphasis reports whether a line opens with an emphasis marker
// ("*", "**", "_") right before a non-space character.
func lineHasEmphasis(line string) bool {
	t := strings.TrimLeft(line, " \t")
	if t == "" || (t[0] != '*' && t[0] != '_') {
		return false
	}
	u := strings.TrimLeft(t, "*_")
	return u != "" && u[0] != ' ' && u[0] != '\t'
}

// blankLineEmphasis blanks the emphasis markers at both ends of one line
// and a bold label's closing marker ("**Date:**").
func blankLineEmphasis(line []byte) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	j := i
	for j < len(line) && j-i < 3 && (line[j] == '*' || line[j] == '_') {
		j++
	}
	if j == i || j == len(line) || line[j] == ' ' || line[j] == '\t' {
		return // no marker, or a bullet
	}
	for k := i; k < j; k++ {
		line[k] = ' '
	}
	e := len(line)
	for e > j && (line[e-1] == ' ' || line[e-1] == '\t' || line[e-1] == '\r') {
		e--
	}
	for k := e - 1; k >= j && e-k <= 3 && (line[k] == '*' || line[k] == '_'); k-- {
		line[k] = ' '
	}
	// "**Date:** 5 May 2024": the closing marker after a label's colon.
	for k := j; k+1 < len(line); k++ {
		if line[k] == ':' && (line[k+1] == '*' || line[k+1] == '_') {
			for m := k + 1; m < len(line) && (line[m] == '*' || line[m] == '_'); m++ {
				line[m] = ' '
			}
			break
		}
	}
}

// ruleLabelTop: a labelled date near the top ("Posted: April 4, 2014",
// "FOR IMMEDIATE RELEASE" over the date).
func ruleLabelTop(c *pubCtx) (grammar.Point, bool) {
	for i := range c.exprs {
		e := &c.exprs[i]
		if e.Start >= c.topEnd {
			break
		}
		if pubEligible(e) && c.f.hasPubLabel(c.text, e.Start) && !inSentence(c.text, e) && !c.f.labelEndsClause(c.text, e) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// Words on each side of a date that make its line a sentence.
const (
	sentenceWordsBefore = 3
	sentenceWordsAfter  = 3
)

// inSentence reports whether e stands inside a sentence of the body
// ("The report, released on November 5, 2019, sets out the findings"):
// words before it and words after it on its line, no field separator
// before it. A label that ends a clause there names the date of
// something the text is about, not the release's own date line.
func inSentence(text string, e *grammar.Expr) bool {
	ls, le := lineStart(text, e.Start), lineEnd(text, e.End)
	before := text[ls:e.Start]
	if strings.ContainsAny(before, "|•·\t") || strings.Contains(before, columnGap) {
		return false
	}
	after := strings.TrimLeft(text[e.End:le], " ,;")
	if isTimeTail(after) {
		return false
	}
	return countWords(before) >= sentenceWordsBefore && countWords(after) >= sentenceWordsAfter
}

// labelEndsClause reports whether the release label before e ends a
// clause of a sentence: two or more words stand before the label and the
// last of them is in lower case ("Python 3.0 was first released on
// December 3, 2008", "the report, published on"), unlike a header's
// capitalized name before its label ("Ministry of Energy Media Release").
func (f *Finder) labelEndsClause(text string, e *grammar.Expr) bool {
	before := strings.TrimRight(lastCell(text[lineStart(text, e.Start):e.Start]), " \t:,-–—")
	lower := strings.ToLower(before)
	for _, l := range f.lists.pubLabels {
		if !strings.HasSuffix(lower, l) {
			continue
		}
		words := strings.Fields(strings.TrimRight(before[:len(before)-len(l)], " \t,"))
		if len(words) < 2 {
			return false
		}
		last := words[len(words)-1]
		return last[0] >= 'a' && last[0] <= 'z'
	}
	return false
}

// ruleLabelMasthead: a labelled date among the lines the cleaner moved
// to the masthead. A machine date there (a timestamp, "date: 2016-09-23
// 07:10:35+00:00", or a front matter's "date: 2025-10-27") is metadata:
// see ruleMastTimestamp.
func ruleLabelMasthead(c *pubCtx) (grammar.Point, bool) {
	mast := c.masthead()
	for i := range mast {
		e := &mast[i]
		if pubEligible(e) && !isMachineDate(c.a.Masthead, e) && c.f.hasPubLabel(c.a.Masthead, e.Start) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// ruleMastTimestamp: a labelled machine date in the masthead (a
// timestamp or a front matter's ISO day, see isMachineDate), read as
// metadata: after the document's own datelines, which give the day where
// it was issued (a UTC stamp may fall on the next day; a site may post a
// statement signed abroad the day before its closing line's date).
func ruleMastTimestamp(c *pubCtx) (grammar.Point, bool) {
	mast := c.masthead()
	for i := range mast {
		e := &mast[i]
		if pubEligible(e) && isMachineDate(c.a.Masthead, e) && c.f.hasPubLabel(c.a.Masthead, e.Start) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// ruleTextTimestamp: a machine timestamp alone on a line of the text
// ("2022-06-01 12:48:19", "2019-04-02T23:10:00Z"), the post time a page's
// template prints with the article (beside its author and image), read
// as metadata: after the text's datelines. Several stamps of different
// days make a list (a log, an update history), not the page's post time;
// a list of human-written dates beside the stamp (a "Recent News" box
// after the article) does not.
func ruleTextTimestamp(c *pubCtx) (grammar.Point, bool) {
	var stamps []int
	for i := range c.exprs {
		e := &c.exprs[i]
		if !pubEligible(e) || !isTimestamp(c.text, e) {
			continue
		}
		ls, le := lineStart(c.text, e.Start), lineEnd(c.text, e.End)
		if strings.TrimSpace(c.text[ls:e.Start]) == "" && isStampTail(c.text[e.End:le]) {
			stamps = append(stamps, i)
		}
	}
	if len(stamps) == 0 {
		return grammar.Point{}, false
	}
	first := c.exprs[stamps[0]].A
	for _, i := range stamps[1:] {
		if a := c.exprs[i].A; a.Y != first.Y || a.M != first.M || a.D != first.D {
			return grammar.Point{}, false
		}
	}
	return first, true
}

// isStampTail reports whether s, what follows an ISO day on its line, is
// only a clock time with optional seconds, fraction and zone ("
// 12:48:19", "T23:10:00Z", " 07:10:35+00:00").
func isStampTail(s string) bool {
	s = strings.TrimRight(s, " \t\r")
	if s == "" || (s[0] != ' ' && s[0] != 'T') {
		return false
	}
	for _, r := range s[1:] {
		if !(r >= '0' && r <= '9') && !strings.ContainsRune(":.+-Z", r) {
			return false
		}
	}
	return len(s) >= 6
}

// isMachineDate reports whether e is a date a machine wrote: a timestamp
// (see isTimestamp), or an ISO 8601 day after a lower-case key and a colon
// that open its line ("date: 2025-10-27", "published: 2021-04-02", the
// keys of a front matter), unlike a person's "Date: 5 June 2019".
func isMachineDate(text string, e *grammar.Expr) bool {
	if isTimestamp(text, e) {
		return true
	}
	d := text[e.Start:e.End]
	if len(d) != 10 || d[4] != '-' || d[7] != '-' || !grammar.AllDigits(d[:4]) {
		return false
	}
	key, ok := strings.CutSuffix(strings.TrimRight(text[lineStart(text, e.Start):e.Start], " \t'\""), ":")
	if !ok || key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		if c := key[i]; !(c >= 'a' && c <= 'z') && c != '_' {
			return false
		}
	}
	return true
}

// isTimestamp reports whether e is an ISO 8601 day (2016-09-23) with a
// clock time right after it ("T07:10", " 07:10:35+00:00"): a machine's
// stamp, not a date a person wrote.
func isTimestamp(text string, e *grammar.Expr) bool {
	d := text[e.Start:e.End]
	if len(d) != 10 || d[4] != '-' || d[7] != '-' || !grammar.AllDigits(d[:4]) {
		return false
	}
	rest := text[e.End:]
	if len(rest) < 6 || (rest[0] != 'T' && rest[0] != ' ') {
		return false
	}
	return isDigitByte(rest[1]) && isDigitByte(rest[2]) && rest[3] == ':' && isDigitByte(rest[4]) && isDigitByte(rest[5])
}

// ruleReleaseNumber: the date of a release's number line at the top or
// in the masthead ("Press release No. 12/2024 of 5 March 2024",
// "Pressemitteilung Nr. 12/2024 vom 5. März 2024", "Communiqué n° 45 du
// 3 mars 2024"), see releaseNumberLine.
func ruleReleaseNumber(c *pubCtx) (grammar.Point, bool) {
	for i := range c.exprs {
		e := &c.exprs[i]
		if e.Start >= c.topEnd {
			break
		}
		if pubEligible(e) && c.f.releaseNumberLine(c.text, e) {
			return e.A, true
		}
	}
	mast := c.masthead()
	for i := range mast {
		if pubEligible(&mast[i]) && c.f.releaseNumberLine(c.a.Masthead, &mast[i]) {
			return mast[i].A, true
		}
	}
	return grammar.Point{}, false
}

// releaseNumberMaxLead bounds the words before a release noun on its
// number line (an issuer's name or acronym: "MOF Press Release No. 3").
const releaseNumberMaxLead = 4

// releaseNumberLine reports whether e ends a line that names a release
// and its number, then the date: a release noun (data/words/
// release_nouns.txt), an optional number marker ("No.", "Nr.", "n°"), a
// number ("12/2024", "45", "IP/24/1234"), a connector ("of", "vom",
// "du", "del", "van", a comma or a dash), the date, and nothing after it
// but a stop or a time of day. The number's own digits ("12/2024") are
// never read as the date.
func (f *Finder) releaseNumberLine(text string, e *grammar.Expr) bool {
	ls, le := lineStart(text, e.Start), lineEnd(text, e.End)
	if after := strings.Trim(text[e.End:le], " \t\r.,;)"); after != "" && !isTimeTail(after) {
		return false
	}
	words := strings.Fields(strings.ToLower(strings.Trim(text[ls:e.Start], " \t*_#|")))
	// The connector: a word, or a comma or dash that ends the number.
	n := len(words)
	if n == 0 {
		return false
	}
	switch last := words[n-1]; {
	case f.lists.dateConnectors[last]:
		n--
		if n > 0 && f.lists.dateConnectors[words[n-1]] { // "of the", "del" after ","
			n--
		}
	case last == "-" || last == "–" || last == "—" || last == "|":
		n--
	case strings.HasSuffix(last, ","):
		words[n-1] = strings.TrimSuffix(last, ",")
	default:
		return false
	}
	if n == 0 {
		return false
	}
	num := strings.TrimRight(words[n-1], ",:")
	for m := range f.lists.numberMarkers { // "Nr.12/2024", "n°45"
		if strings.HasSuffix(m, ".") || strings.HasSuffix(m, "°") || strings.HasSuffix(m, "º") {
			if rest, ok := strings.CutPrefix(num, m); ok && rest != "" {
				num = rest
				break
			}
		}
	}
	if !releaseNumber(num) {
		return false
	}
	n--
	if n > 0 && f.lists.numberMarkers[strings.TrimRight(words[n-1], ":")] {
		n--
	}
	lead := strings.Join(words[:n], " ")
	for _, noun := range f.lists.releaseNouns {
		if lead == noun || strings.HasSuffix(lead, " "+noun) && countWords(lead[:len(lead)-len(noun)]) <= releaseNumberMaxLead {
			return true
		}
	}
	return false
}

// releaseNumber reports whether s is a release's number: digits, letters
// and the separators "/", "-", "." with at least one digit ("12/2024",
// "45", "IP/24/1234", "2024-031").
func releaseNumber(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z', c == '/', c == '-', c == '.':
		default:
			return false
		}
	}
	return digits > 0
}

// ruleReleaseHeader: the one date of a short release header line at the
// top or in the masthead, its label anywhere on the line (see
// isReleaseHeaderLine).
func ruleReleaseHeader(c *pubCtx) (grammar.Point, bool) {
	for i := range c.exprs {
		if c.exprs[i].Start >= c.topEnd {
			break
		}
		if c.f.isReleaseHeaderLine(c.text, c.exprs, i) {
			return c.exprs[i].A, true
		}
	}
	mast := c.masthead()
	for i := range mast {
		if c.f.isReleaseHeaderLine(c.a.Masthead, mast, i) {
			return mast[i].A, true
		}
	}
	return grammar.Point{}, false
}

// ruleDatelineBelowTitle: a dateline in the page top below the title; a
// date heading an untitled page after all its content is a print date.
func ruleDatelineBelowTitle(c *pubCtx) (grammar.Point, bool) {
	for i := range c.exprs {
		e := &c.exprs[i]
		if e.Start >= c.topEnd {
			break
		}
		if e.Start < c.titleEnd || !pubEligible(e) || !c.f.isDateline(c.text, e) || listedDate(c.text, c.exprs, i) {
			continue
		}
		if !c.titleFound && isFirstLine(c.text, e.Start) && c.printDate(e) {
			continue
		}
		return e.A, true
	}
	return grammar.Point{}, false
}

// ruleTitleDateline: a "title" that is itself a dateline ("Brussels, 30
// November 2023" taken for the headline by a simple cleaner) or a header
// stamp ("Press Release No. 31/2024 | 12 June 2024", see bylineField),
// unless the body places it as a print date.
func ruleTitleDateline(c *pubCtx) (grammar.Point, bool) {
	if !c.titleFound || strings.TrimSpace(c.text[:c.titleStart]) != "" {
		return grammar.Point{}, false
	}
	for i := range c.exprs {
		e := &c.exprs[i]
		if e.Start >= c.titleEnd {
			break
		}
		if pubEligible(e) && !c.printDate(e) && (c.f.isDateline(c.text, e) || bylineField(c.text, e)) && !listedDate(c.text, c.exprs, i) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// ruleRunInDateline: a run-in dateline that a decoder joined onto the
// line above it ("... sustainable nation 7 MARCH 2022 – During the ...").
func ruleRunInDateline(c *pubCtx) (grammar.Point, bool) {
	for i := range c.exprs {
		e := &c.exprs[i]
		if e.Start >= c.topEnd {
			break
		}
		if e.Start >= c.titleEnd && pubEligible(e) && e.A.G == grammar.GDay && isRunInDateline(c.text, e) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// ruleIssueDate: a newsletter's issue date next to "Vol. N No. N". A
// running footer often gives only the month ("Issue 7 — November
// 2024"); the masthead's issue date of that month gives the day.
func ruleIssueDate(c *pubCtx) (grammar.Point, bool) {
	for i := range c.exprs {
		if !isIssueDate(c.text, &c.exprs[i]) {
			continue
		}
		pt := c.exprs[i].A
		if pt.G == grammar.GMonth {
			if m, ok := ruleMastIssueDate(c); ok && m.G == grammar.GDay && m.Y == pt.Y && m.M == pt.M {
				return m, true
			}
		}
		return pt, true
	}
	return grammar.Point{}, false
}

// ruleMastIssueDate: the same in the masthead.
func ruleMastIssueDate(c *pubCtx) (grammar.Point, bool) {
	mast := c.masthead()
	for i := range mast {
		if isIssueDate(c.a.Masthead, &mast[i]) {
			return mast[i].A, true
		}
	}
	return grammar.Point{}, false
}

// ruleMastDateline: a plain date line (or dateline) in the masthead that
// the body does not place as a print date.
func ruleMastDateline(c *pubCtx) (grammar.Point, bool) {
	mast := c.masthead()
	for i := range mast {
		e := &mast[i]
		if pubEligible(e) && !c.printDateFrom(e, c.titleEnd) && c.f.isDateline(c.a.Masthead, e) && !listedDate(c.a.Masthead, mast, i) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// ruleClosingDateline: "Issued in Vientiane on 11 October 2024", "Done
// at Hanoi, 4 April 2025" near the end of the text.
func ruleClosingDateline(c *pubCtx) (grammar.Point, bool) {
	for i := len(c.exprs) - 1; i >= 0; i-- {
		e := &c.exprs[i]
		if e.Start < len(c.text)-closingMaxBytes {
			break
		}
		if pubEligible(e) && c.f.isClosingDateline(c.text, e) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// publishedTimeKeys are the metadata keys that name the publication
// time and nothing else (a feed item's pubDate is filed under the
// first).
var publishedTimeKeys = []string{"article:published_time", "og:published_time", "og:article:published_time", "datepublished"}

// endLabelMaxWords bounds the label line of a labelled date at the end:
// the label alone ("Date of issue:"), never a sentence.
const endLabelMaxWords = 4

// endLines is how many of the last non-empty lines a closing place and
// date may stand among (contacts may follow it).
const endLines = 3

// ruleLabelEnd: a labelled date line among the last lines ("Issued: 5
// May 2024", "Date of issue: 5 May 2024", "Released 5 May 2024"), the
// label alone before the date, as fact sheets and transcripts close.
func ruleLabelEnd(c *pubCtx) (grammar.Point, bool) {
	for i := len(c.exprs) - 1; i >= 0; i-- {
		e := &c.exprs[i]
		if e.Start < len(c.text)-closingMaxBytes || e.Start < c.titleEnd {
			break
		}
		ls := lineStart(c.text, e.Start)
		if !pubEligible(e) || countWords(c.text[ls:e.Start]) > endLabelMaxWords || strings.TrimSpace(c.text[ls:e.Start]) == "" {
			continue
		}
		label := strings.ToLower(strings.Trim(c.text[ls:e.Start], " \t:|-–—"))
		if strings.Trim(c.text[e.End:lineEnd(c.text, e.End)], " \t\r.,") == "" && c.f.hasPubLabel(c.text, e.Start) && !c.f.lists.topOnlyLabels[label] {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// rulePlaceDateEnd: a place and a date alone on one of the last lines
// ("Tokyo, 3 March 2021" closing a communiqué), not an entry of a list.
func rulePlaceDateEnd(c *pubCtx) (grammar.Point, bool) {
	for i := len(c.exprs) - 1; i >= 0; i-- {
		e := &c.exprs[i]
		if e.Start < c.titleEnd || linesBetween(c.text, e.End, len(c.text)) >= endLines {
			break
		}
		ls := lineStart(c.text, e.Start)
		before := strings.TrimSpace(c.text[ls:e.Start])
		if !pubEligible(e) || e.A.G != grammar.GDay || !closingPlace(before) {
			continue
		}
		if dateOnlyAfter(c.text, e) && c.f.placeLike(before) && !listedDate(c.text, c.exprs, i) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// closingPlace reports whether s, the text before a closing date on its
// line, can be a place: some words, not a quotation's attribution ("—
// Jane Roe (@jroe)", "- ") or a handle.
func closingPlace(s string) bool {
	if strings.Trim(s, " ,|-–—―:([") == "" || strings.ContainsAny(s, "@()") {
		return false
	}
	for _, d := range []string{"—", "–", "―", "-"} {
		if strings.HasPrefix(s, d) {
			return false
		}
	}
	return true
}

// dateOnlyAfter reports whether nothing but a stop follows e on its line.
func dateOnlyAfter(text string, e *grammar.Expr) bool {
	return strings.Trim(text[e.End:lineEnd(text, e.End)], " \t\r.,") == ""
}

// rulePublishedTime: a publication time in the metadata (<meta
// property="article:published_time">, a feed item's pubDate, itemprop
// datePublished) when go-htmldate's page date is only a year's guess
// (see yearGuess); otherwise go-htmldate, which reads these keys first
// too, decides (rulePageDate).
func rulePublishedTime(c *pubCtx) (grammar.Point, bool) {
	if c.a.Meta.PageDate != "" && !c.yearGuess(c.a.Meta.PageDate) {
		return grammar.Point{}, false
	}
	for _, k := range publishedTimeKeys {
		if v, ok := c.a.Meta.Props[k]; ok {
			if pt, ok := c.f.parseDateString(v, c.order); ok {
				return pt, true
			}
		}
	}
	return grammar.Point{}, false
}

// yearGuess reports whether a page date is the first of January of a
// year while the text names no such day: go-htmldate's reading of a year
// alone (a page fragment's "2021"), not a day the page states.
func (c *pubCtx) yearGuess(pageDate string) bool {
	if len(pageDate) != 10 || pageDate[4:] != "-01-01" {
		return false
	}
	y := grammar.Atoi(pageDate[:4])
	for i := range c.exprs {
		e := &c.exprs[i]
		if e.A.G == grammar.GDay && e.A.Y == y && e.A.M == 1 && e.A.D == 1 {
			return false
		}
	}
	return true
}

// rulePageDate: the page's date as go-htmldate finds it in the whole
// HTML page (its metadata, URL, <time> and date-classed elements, date
// patterns).
func rulePageDate(c *pubCtx) (grammar.Point, bool) {
	if c.a.Meta.PageDate == "" {
		return grammar.Point{}, false
	}
	pt, ok := c.f.parseDateString(c.a.Meta.PageDate, c.order)
	if !ok || c.pageDateOffPage(pt) {
		return grammar.Point{}, false
	}
	return pt, true
}

// pageDateOffPage reports whether go-htmldate's day pt is a date of
// something other than the page: no metadata, title or address carries
// it, and the text shows it, but only as an entry of a list of dated
// links or on a print, access or copyright line (a "latest news" list
// kept in the text, "Printed on 3 March 2025"), or it is go-htmldate's
// guess from a year alone (the first of January, see yearGuess). A day
// the text does not show at all is kept: go-htmldate also reads page
// parts the cleaner leaves out (a date box above the headline).
func (c *pubCtx) pageDateOffPage(pt grammar.Point) bool {
	if c.f.metaHasDay(&c.a.Meta, pt) {
		return false
	}
	if u, ok := publishedFromURL(c.a); ok && u == pt {
		return false
	}
	if c.yearGuess(c.a.Meta.PageDate) || c.swappedReading(pt) || c.f.offPageSource(c.a.Meta.PageDateSource) {
		return true
	}
	seen := false
	for _, src := range []struct {
		text  string
		exprs []grammar.Expr
	}{{c.text, c.exprs}, {c.a.Masthead, c.masthead()}} {
		for i := range src.exprs {
			e := &src.exprs[i]
			if e.Drop || e.Rng || e.A.G != grammar.GDay || e.A.Y != pt.Y || e.A.M != pt.M || e.A.D != pt.D {
				continue
			}
			if !listedDate(src.text, src.exprs, i) && !c.f.offPageLine(src.text, e) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// swappedReading reports whether go-htmldate's day pt is an ambiguous
// numeric date read in the other order ("10/03/2017" on a US page read
// as 10 March): the text names no such day but names the day with day
// and month swapped (October 3, 2017, or the same numeric date read in
// the document's own order).
func (c *pubCtx) swappedReading(pt grammar.Point) bool {
	if pt.G != grammar.GDay || pt.D > 12 || pt.D == pt.M {
		return false
	}
	names := func(y, m, d int) bool {
		for i := range c.exprs {
			e := &c.exprs[i]
			if !e.Drop && !e.Rng && e.A.G == grammar.GDay && e.A.Y == y && e.A.M == m && e.A.D == d {
				return true
			}
		}
		return false
	}
	return !names(pt.Y, pt.M, pt.D) && names(pt.Y, pt.D, pt.M)
}

// offPageLine reports whether the text before e on its line names a
// print, access or copyright date (data/words/off_page_words.txt) or an
// embedded post's author ("— Jane Roe (@jroe) November 2, 2013").
func (f *Finder) offPageLine(text string, e *grammar.Expr) bool {
	before := strings.ToLower(text[lineStart(text, e.Start):e.Start])
	return strings.Contains(before, "(@") || f.hasOffPageWord(before)
}

// hasOffPageWord reports whether lower-case text holds a word of
// data/words/off_page_words.txt.
func (f *Finder) hasOffPageWord(lower string) bool {
	for _, w := range f.lists.offPageWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// offPageSource reports whether the text go-htmldate read its page date
// from is a print, access or copyright line (data/words/off_page_words.txt:
// "Page printed on 9 June 2024", "© 2024 ... 3 May 2024"), which dates the
// reader's copy or the site, wherever on the page it stands.
func (f *Finder) offPageSource(src string) bool {
	return src != "" && f.hasOffPageWord(strings.ToLower(src))
}

// metaHasDay reports whether the page's metadata names day pt: a <meta>
// property, a JSON-LD body, a <time datetime> or the <title>.
func (f *Finder) metaHasDay(m *corpus.Meta, pt grammar.Point) bool {
	iso := fmt.Sprintf("%04d-%02d-%02d", pt.Y, pt.M, pt.D)
	for _, v := range m.Props {
		if strings.Contains(v, iso) || f.textHasDay(v, pt) {
			return true
		}
	}
	for _, v := range m.Times {
		if strings.Contains(v, iso) || f.textHasDay(v, pt) {
			return true
		}
	}
	for _, raw := range m.JSONLD {
		if strings.Contains(raw, iso) {
			return true
		}
	}
	return f.textHasDay(m.Title, pt)
}

// textHasDay reports whether s names day pt in any form the grammar reads.
func (f *Finder) textHasDay(s string, pt grammar.Point) bool {
	if s == "" || !strings.Contains(s, strconv.Itoa(pt.Y%100)) {
		return false
	}
	exprs := f.parse(s)
	settleNumeric(s, exprs, dayOrder{dayFirst: true, settled: true})
	for i := range exprs {
		if a := exprs[i].A; !exprs[i].Drop && a.Y == pt.Y && a.M == pt.M && a.D == pt.D {
			return true
		}
	}
	return false
}

// ruleMeta: our own reading of the metadata (text and Markdown pages,
// feed hints).
func ruleMeta(c *pubCtx) (grammar.Point, bool) { return c.f.publishedFromMeta(&c.a.Meta, c.order) }

// stated returns the release date a caller states for the article
// (corpus.PropReleaseDate, YYYY-MM-DD or YYYY-MM; a later window of a long
// article), false for any other value (the article has none).
func (f *Finder) stated(v string) (grammar.Point, bool) {
	if pt, ok := f.parseDateString(v, dayOrder{}); ok {
		return pt, true
	}
	if len(v) == 7 && v[4] == '-' && grammar.AllDigits(v[:4]) && grammar.AllDigits(v[5:]) {
		pt := grammar.Point{Y: grammar.Atoi(v[:4]), M: grammar.Atoi(v[5:]), G: grammar.GMonth}
		return pt, pt.M >= 1 && pt.M <= 12
	}
	return grammar.Point{}, false
}

// ruleTitleMonth: the month a document states for itself as the last
// part of its title or issue line, after a bracket or a separator
// ("Climate Action in SG (Nov 2019)", "Regional Digest — March 2021",
// "Monthly Bulletin | June 2020", "Budget statement, March 2019"), in
// the metadata's title, the article's title, the masthead or the text's
// lines down to the title. It comes before the address: a file name's or
// permalink's day in another month ("/2019-12-03-newsletter-...") is the
// day the file was posted, not the issue's month; a day the address
// gives in the same month refines it (refineMonth). A month inside the
// title's words ("Floods of March 2019 reviewed") dates what the title
// is about.
func ruleTitleMonth(c *pubCtx) (grammar.Point, bool) {
	lines := []string{c.a.Meta.Title, c.a.Title}
	lines = append(lines, strings.Split(c.a.Masthead, "\n")...)
	if c.titleFound {
		lines = append(lines, strings.Split(c.text[:c.titleEnd], "\n")...)
	}
	for _, l := range lines {
		if pt, ok := c.f.titleMonth(l); ok {
			return pt, true
		}
	}
	return grammar.Point{}, false
}

// titleMonth returns the month that ends title line l after a bracket or
// a separator, or that is all of it (Markdown heading marks aside).
func (f *Finder) titleMonth(l string) (grammar.Point, bool) {
	l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#"))
	if l == "" || !strings.ContainsAny(l, "0123456789") {
		return grammar.Point{}, false
	}
	exprs := f.parse(l)
	if len(exprs) == 0 {
		return grammar.Point{}, false
	}
	e := &exprs[len(exprs)-1]
	if !pubEligible(e) || e.A.G != grammar.GMonth || !endsAfterSeparator(l, e.Start, e.End) {
		return grammar.Point{}, false
	}
	return e.A, true
}

// endsAfterSeparator reports whether the date at [start, end) of line l
// is its last part, set off from the words before it by a bracket or a
// separator with a space before it ("Digest — March 2021", "Talks (12
// May 2020)", "Bulletin | June 2020", "Statement, 3 May 2024"), or is
// all of the line; a date inside the line's words ("Floods of March 2019
// reviewed", "mid-March 2019") is none.
func endsAfterSeparator(l string, start, end int) bool {
	if strings.Trim(l[end:], " \t)]*_.") != "" {
		return false
	}
	before := strings.TrimRight(l[:start], " \t*_")
	if before == "" || strings.HasSuffix(before, "(") || strings.HasSuffix(before, "[") {
		return true
	}
	for _, sep := range []string{"—", "–", "-", "|", ":", ",", "·", "•"} {
		if strings.HasSuffix(before, sep) && strings.TrimSpace(strings.TrimSuffix(before, sep)) != "" && strings.HasSuffix(strings.TrimRight(l[:start], "*_"), " ") {
			return true
		}
	}
	return false
}

// ruleTitleEndDay: a day that ends the title's line after a bracket or a
// separator ("Bridge opens – 12 April 2022", "Minister visits Japan (3
// May 2024)", "Statement | 5 June 2023"): the date a headline of a
// newsletter's or a listing's article carries for itself. After a comma
// it is the day of what the title names ("Results: junior relays,
// Aalen, 19.5.2007"). It comes after a page's metadata (an event's day
// in the headline of a page posted the day after), and for an article of
// a document of several before the masthead they share (ownBeforeShared).
func ruleTitleEndDay(c *pubCtx) (grammar.Point, bool) {
	if !c.titleFound {
		return grammar.Point{}, false
	}
	for i := range c.exprs {
		e := &c.exprs[i]
		if e.Start >= c.titleEnd {
			break
		}
		if e.Start < c.titleStart || !pubEligible(e) || e.A.G != grammar.GDay || c.printDate(e) {
			continue
		}
		ls := lineStart(c.text, e.Start)
		line := c.text[ls:lineEnd(c.text, e.End)]
		if strings.TrimSpace(c.text[c.titleStart:e.Start]) != "" && endsAfterSeparator(line, e.Start-ls, e.End-ls) && !strings.HasSuffix(strings.TrimSpace(line[:e.Start-ls]), ",") {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// ruleURL: a date in the page's address (url.go).
func ruleURL(c *pubCtx) (grammar.Point, bool) { return publishedFromURL(c.a) }

// ruleFileMonth: an issue month, or a day, in the document's file name
// (url.go).
func ruleFileMonth(c *pubCtx) (grammar.Point, bool) { return c.f.monthFromName(c.a) }

// ruleSignOff: the issuing body's name on a line and the date on the
// next at the end ("MINISTRY OF DIGITAL DEVELOPMENT AND INFORMATION" /
// "14 MARCH 2025"), as Singapore and Commonwealth releases close.
func ruleSignOff(c *pubCtx) (grammar.Point, bool) {
	for i := len(c.exprs) - 1; i >= 0; i-- {
		e := &c.exprs[i]
		if e.Start < len(c.text)/2 {
			break
		}
		if pubEligible(e) && !c.printDate(e) && c.f.isDateline(c.text, e) && !listedDate(c.text, c.exprs, i) && c.f.isSignOff(c.text, e.Start) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// ruleAboveTitle: a plain date line right above the title ("March 13,
// 2014" over the headline, as many sites print it), a dateline there
// ("Geneva, 12 March 2021", "WELLINGTON (12 March 2021) –", "12 March
// 2021 | Media Release", as PDF releases set it under their letterhead)
// or a byline ("Posted by Jane Roe on March 12, 2021"), unless the body
// places it as a print date.
func ruleAboveTitle(c *pubCtx) (grammar.Point, bool) {
	if !c.titleFound {
		return grammar.Point{}, false
	}
	for i := range c.exprs {
		e := &c.exprs[i]
		if e.Start >= c.titleStart {
			break
		}
		if pubEligible(e) && !c.printDate(e) && (dateHeadsLine(c.text, e) || c.f.isDateline(c.text, e) || bylineField(c.text, e)) && linesBetween(c.text, e.End, c.titleStart) <= 1 && !listedDate(c.text, c.exprs, i) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// ruleOpeningDate: a day that opens the document's first line beside a
// field of a header laid out in columns ("December 26, 2018 Contact: Jane
// Roe", a PDF's header whose columns the decoder joined), unless the body
// places it as a print date. A day alone there is no header (a site's
// date of the visit above its menu): see ruleAboveTitle.
func ruleOpeningDate(c *pubCtx) (grammar.Point, bool) {
	if len(c.exprs) == 0 {
		return grammar.Point{}, false
	}
	e := &c.exprs[0]
	if !isFirstLine(c.text, e.Start) || !pubEligible(e) || e.A.G != grammar.GDay || c.printDate(e) || listedDate(c.text, c.exprs, 0) {
		return grammar.Point{}, false
	}
	after := strings.Trim(c.text[e.End:lineEnd(c.text, e.End)], " \t\r.,")
	if !dateHeadsLine(c.text, e) || !fieldCellAfter(after) {
		return grammar.Point{}, false
	}
	return e.A, true
}

// dateHeadsLine reports whether e opens its line and is followed by
// nothing but a stop, a time of day or another field of a header laid out
// in columns ("Contact: Jane Roe", "Media enquiries: ...", see
// fieldCellAfter).
func dateHeadsLine(text string, e *grammar.Expr) bool {
	ls, le := lineStart(text, e.Start), lineEnd(text, e.End)
	if strings.Trim(text[ls:e.Start], " \t\r") != "" {
		return false
	}
	after := strings.Trim(text[e.End:le], " \t\r.,")
	return after == "" || isTimeTail(after) || fieldCellAfter(after)
}

// fieldCellMaxLabel bounds the label of a header field beside a date.
const fieldCellMaxLabel = 4

// fieldCellAfter reports whether s, what follows a date on its line,
// opens another field of the header: a capitalized label of at most
// fieldCellMaxLabel words and a colon ("Contact: Ann Lee", "Media
// enquiries: +65 ...", "For more information: ..."), not a time.
func fieldCellAfter(s string) bool {
	label, _, ok := strings.Cut(s, ":")
	if !ok || label == "" || label[0] < 'A' || label[0] > 'Z' {
		return false
	}
	n := countWords(label)
	return n >= 1 && n <= fieldCellMaxLabel && !strings.ContainsAny(label, "0123456789.,;")
}

// ruleListingItemDay: the first day an item of a listing page states
// (corpus.PropListingItem) when no other rule dated it: a listed release
// is a headline, its date and a teaser, and a date the cleaner could not
// take as the item's date line ("Tuesday 4 June 2024 | Media release |
// Office of the Minister for Trade", a date run into the teaser) is still
// the item's. A range, a relative day or a print date is none.
func ruleListingItemDay(c *pubCtx) (grammar.Point, bool) {
	if c.a.Meta.Props[corpus.PropListingItem] != "true" {
		return grammar.Point{}, false
	}
	for i := range c.exprs {
		e := &c.exprs[i]
		if pubEligible(e) && e.A.G == grammar.GDay && !c.printDate(e) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// ruleBodyPlaced: a day alone on a line above the title (or in the
// masthead) that falls on or shortly after the latest day the body
// names: the release date, not the day a page was printed or saved
// (usually months or years later).
func ruleBodyPlaced(c *pubCtx) (grammar.Point, bool) {
	latest, ok := latestBodyDate(c.exprs, c.titleEnd)
	if !ok {
		return grammar.Point{}, false
	}
	for i := range c.exprs {
		e := &c.exprs[i]
		if e.Start >= c.titleEnd {
			break
		}
		if pubEligible(e) && e.A.G == grammar.GDay && dateOnlyLine(c.text, e) && closeAfter(e.A, latest) && !listedDate(c.text, c.exprs, i) {
			return e.A, true
		}
	}
	mast := c.masthead()
	for i := range mast {
		e := &mast[i]
		if pubEligible(e) && e.A.G == grammar.GDay && dateOnlyLine(c.a.Masthead, e) && closeAfter(e.A, latest) && !listedDate(c.a.Masthead, mast, i) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// listGap is how many non-empty lines may separate two dated entries of
// one list.
const listGap = 3

// listedDate reports whether exprs[i] opens a line next to another line
// that opens with a different date, within listGap lines: an entry of a
// list of dated links ("Latest news" / "12 May 2024" / "Minister visits
// Japan" / "3 May 2024" / ...), an update history or a schedule, never a
// dateline of the release.
func listedDate(text string, exprs []grammar.Expr, i int) bool {
	e := &exprs[i]
	if !lineOpensWith(text, e) {
		return false
	}
	for _, dir := range []int{-1, 1} {
		for j := i + dir; j >= 0 && j < len(exprs); j += dir {
			o := &exprs[j]
			var gap int
			if dir < 0 {
				gap = linesBetween(text, o.End, e.Start)
			} else {
				gap = linesBetween(text, e.End, o.Start)
			}
			if gap > listGap || lineStart(text, o.Start) == lineStart(text, e.Start) {
				if gap > listGap {
					break
				}
				continue
			}
			if pubEligible(o) && lineOpensWith(text, o) && (o.A.Y != e.A.Y || o.A.M != e.A.M || o.A.D != e.A.D || o.A.G != e.A.G) {
				return true
			}
		}
	}
	return false
}

// lineOpensWith reports whether e opens its line, or follows only a
// short place name there ("Seoul, 5 March 2021").
func lineOpensWith(text string, e *grammar.Expr) bool {
	before := strings.TrimSpace(text[lineStart(text, e.Start):e.Start])
	return before == "" || (countWords(before) <= datelineMaxWord && strings.HasSuffix(before, ",") && !strings.ContainsAny(before, "0123456789"))
}

// closingMaxBytes is how far from the end of the text a closing
// dateline may stand (contacts and notes to editors may follow it).
const closingMaxBytes = 1500

// isClosingDateline reports whether e ends a line that opens with a
// closing verb, "in" or "at" and a short place name, with only "on",
// "this day" or commas before the date and nothing but a stop after it:
// "Issued in Vientiane on 11 October 2024", "Done at Hanoi, 4 April 2025".
func (f *Finder) isClosingDateline(text string, e *grammar.Expr) bool {
	ls, le := lineStart(text, e.Start), lineEnd(text, e.End)
	if rest := strings.Trim(text[e.End:le], " \t\r."); rest != "" && !originalsClause(rest) {
		return false
	}
	words := strings.Fields(strings.ReplaceAll(text[ls:e.Start], ",", " "))
	if len(words) < 2 || !f.lists.closingVerbs[strings.ToLower(words[0])] {
		return false
	}
	words = append(words[:1], skipCopies(words[1:])...)
	if len(words) == 2 {
		// No place: "Issued on 11 October 2024", "Dated this 9th day of
		// August 2019".
		p := strings.ToLower(words[1])
		return p == "on" || p == "this"
	}
	p := strings.ToLower(words[1])
	if p != "in" && p != "at" && p != "by" {
		return false
	}
	place := words[2:]
	// "on", "this day", "the": the words between the place and the date.
	for len(place) > 0 {
		switch strings.ToLower(place[len(place)-1]) {
		case "on", "this", "day", "the", "of":
			place = place[:len(place)-1]
			continue
		}
		break
	}
	if p == "by" {
		// The issuer instead of the place: "Issued by the Ministry of
		// Foreign Affairs on 12 March 2024".
		if len(place) > 1 && strings.EqualFold(place[0], "the") {
			place = place[1:]
		}
		return len(place) > 0 && f.signOffName(strings.Join(place, " "))
	}
	return len(place) > 0 && len(place) <= datelineMaxWord && f.placeLike(strings.Join(place, " "))
}

// copiesWords are the nouns of the copies a document was done in, which
// a closing dateline may name between its verb and its place ("Done in
// duplicate at ...", "Signed in two originals at ...").
var copiesWords = map[string]bool{"duplicate": true, "triplicate": true, "quadruplicate": true, "originals": true, "copies": true}

// skipCopies drops a leading "in duplicate" or "in two originals" from the
// words after a closing dateline's verb.
func skipCopies(words []string) []string {
	if len(words) < 3 || !strings.EqualFold(words[0], "in") {
		return words
	}
	for n := 1; n <= 2 && n < len(words)-1; n++ {
		if copiesWords[strings.ToLower(words[n])] {
			return words[n+1:]
		}
	}
	return words
}

// originalsClause reports whether rest, what follows a closing
// dateline's date, only says in which copies or languages the text was
// done (", in two originals in the English language", ", in duplicate").
func originalsClause(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ",")
	if !ok {
		return false
	}
	rest = strings.ToLower(strings.TrimSpace(rest))
	return strings.HasPrefix(rest, "in ") && !strings.ContainsAny(rest, ".;")
}

// bylineMaxWords bounds a byline or header stamp line.
const bylineMaxWords = 12

// ruleBylineStamp: a date that makes up one whole field of a short
// byline or header line below the title, its fields split by "|", "·" or
// "•" ("Jane Roe | March 4, 2024 | 3 min read") or after "By Name," ("By
// Jane Roe, 4 March 2024"), unless the line is an entry of a list.
func ruleBylineStamp(c *pubCtx) (grammar.Point, bool) {
	for i := range c.exprs {
		e := &c.exprs[i]
		if e.Start >= c.topEnd {
			break
		}
		if e.Start < c.titleEnd || !pubEligible(e) || listedDate(c.text, c.exprs, i) {
			continue
		}
		if bylineField(c.text, e) {
			return e.A, true
		}
	}
	return grammar.Point{}, false
}

// bylineField reports whether e is a whole field of a short line split
// by field separators, or follows "By Name," at the start of its line.
func bylineField(text string, e *grammar.Expr) bool {
	ls, le := lineStart(text, e.Start), lineEnd(text, e.End)
	line := text[ls:le]
	if countWords(line) > bylineMaxWords {
		return false
	}
	before := strings.TrimSpace(text[ls:e.Start])
	after := strings.TrimSpace(text[e.End:le])
	if isTimeTail(after) {
		after = ""
	}
	if before == "" && authorAfter(after) {
		return true // "March 3, 2016 at 11:15 AM ET by Jane Roe"
	}
	sepBefore := before == "" || strings.HasSuffix(before, "|") || strings.HasSuffix(before, "·") || strings.HasSuffix(before, "•")
	sepAfter := after == "" || strings.HasPrefix(after, "|") || strings.HasPrefix(after, "·") || strings.HasPrefix(after, "•")
	if sepBefore && sepAfter && (before != "" || after != "") {
		return true
	}
	// "By Jane Roe, 4 March 2024", "Posted by Jane Roe on March 12,
	// 2021", "Issued by the Press Office on 12 March 2021": an author's
	// or issuer's name and a comma or "on".
	name, ok := strings.CutSuffix(before, ",")
	if !ok {
		name, ok = strings.CutSuffix(before, " on")
	}
	if !ok || after != "" {
		return false
	}
	return authorByline(strings.Fields(name))
}

// bylineVerbs may open a byline before "by" ("Posted by Jane Roe on").
var bylineVerbs = map[string]bool{"posted": true, "published": true, "issued": true, "released": true, "written": true}

// bylineNameMaxWords bounds the name after "by" in a byline.
const bylineNameMaxWords = 5

// authorByline reports whether words are a byline without its date:
// [posted|published|issued|released|written] "by" and a capitalized name
// ("Jane Roe", "the Press Office", "Ministry of Trade").
func authorByline(words []string) bool {
	if len(words) > 0 && bylineVerbs[strings.ToLower(words[0])] {
		words = words[1:]
	}
	if len(words) < 2 || len(words) > bylineNameMaxWords+1 || !strings.EqualFold(words[0], "by") {
		return false
	}
	name := words[1:]
	if strings.EqualFold(name[0], "the") && len(name) > 1 {
		name = name[1:]
	}
	for i, w := range name {
		if (w == "of" || w == "and" || w == "for") && i > 0 && i < len(name)-1 {
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// authorAfter reports whether s, what follows a date on its line, is an
// optional time of day and "by" with an author's name of one to four
// capitalized words ("at 11:15 AM ET by Jane Roe", "by Jane Roe").
func authorAfter(s string) bool {
	i := strings.LastIndex(" "+s, " by ")
	if i < 0 {
		return false
	}
	if t := strings.TrimSpace(s[:i]); t != "" && !isTimeTail(t) {
		return false
	}
	name := strings.Fields(s[i+len("by "):])
	if len(name) == 0 || len(name) > 4 {
		return false
	}
	for _, w := range name {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// linesBetween counts the non-empty lines strictly between offsets a
// and b (scanning at most maxLineScan bytes).
func linesBetween(text string, a, b int) int {
	if b-a > maxLineScan {
		return maxLineScan
	}
	// The first piece ends a's line; the last is the indentation of b's.
	n := 0
	seg := text[a:b]
	i := strings.IndexByte(seg, '\n')
	for i >= 0 {
		seg = seg[i+1:]
		i = strings.IndexByte(seg, '\n')
		line := seg
		if i >= 0 {
			line = seg[:i]
		}
		if strings.TrimSpace(line) != "" {
			n++
		}
	}
	return n
}

// releaseLagDays is how long after the latest dated event in its body a
// release may be dated.
const releaseLagDays = 60

// latestBodyDate returns the latest explicit day after offset from.
func latestBodyDate(exprs []grammar.Expr, from int) (time.Time, bool) {
	var latest time.Time
	for i := range exprs {
		e := &exprs[i]
		if e.Start < from || e.Drop || e.Rel != grammar.RuNone || e.Amb || e.Yearless() {
			continue
		}
		p := e.A
		if e.Rng {
			p = e.B
		}
		if p.G != grammar.GDay || !grammar.ValidDay(p.Y, p.M, p.D) {
			continue
		}
		if t := grammar.DateOf(p.Y, p.M, p.D); t.After(latest) {
			latest = t
		}
	}
	return latest, !latest.IsZero()
}

// closeAfter reports whether day p falls on or within releaseLagDays
// after latest.
func closeAfter(p grammar.Point, latest time.Time) bool {
	t := grammar.DateOf(p.Y, p.M, p.D)
	return !t.Before(latest) && t.Sub(latest) <= releaseLagDays*24*time.Hour
}

// locateTitle finds the title's lines in text: it returns the offset of
// the first title line, the end of the last one and whether it was found.
func locateTitle(text, title string) (int, int, bool) {
	words := strings.Fields(title)
	if len(words) == 0 {
		return 0, 0, false
	}
	key := strings.Join(words[:min(4, len(words))], " ")
	norm := strings.Join(words, " ")
	from := 0
	for from < len(text) {
		j := strings.Index(text[from:], key)
		if j < 0 {
			return 0, 0, false
		}
		j += from
		ls := lineStart(text, j)
		if strings.TrimSpace(text[ls:j]) == "" {
			end := lineEnd(text, j)
			// Extend over the following lines that continue the title.
			for n := 0; n < 4 && end < len(text); n++ {
				ns := end + 1
				ne := lineEnd(text, ns)
				line := strings.TrimSpace(text[ns:ne])
				if line == "" || !strings.Contains(norm, line) {
					break
				}
				end = ne
			}
			return ls, end, true
		}
		from = j + len(key)
	}
	return 0, 0, false
}

// topRegionEnd returns where the page top ends after offset from: after
// the first body-length line or topMaxLines non-empty lines, and at most
// topMaxBytes on.
func topRegionEnd(text string, from int) int {
	n := 0
	limit := min(len(text), from+topMaxBytes)
	for pos := from; pos < limit; {
		end := lineEnd(text, pos)
		line := strings.TrimSpace(text[pos:end])
		if line != "" {
			n++
			if n > topMaxLines || len(line) >= bodyLineBytes || countWords(line) >= bodyLineWords {
				return end
			}
		}
		pos = end + 1
	}
	return limit
}

// countWords counts the space-separated words of s without allocating.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// maxLineScan bounds the search for a line's ends: lines longer than
// this are body text, never datelines, and unbounded scans would make
// documents without line breaks quadratic.
const maxLineScan = 1024

// lineStart returns the start of the line holding pos (or a point
// maxLineScan bytes back on an overlong line).
func lineStart(text string, pos int) int {
	lo := max(0, pos-maxLineScan)
	if i := strings.LastIndexByte(text[lo:pos], '\n'); i >= 0 {
		return lo + i + 1
	}
	return lo
}

// lineEnd returns the end of the line holding pos (or a point
// maxLineScan bytes on, on an overlong line).
func lineEnd(text string, pos int) int {
	if pos >= len(text) {
		return len(text)
	}
	hi := min(len(text), pos+maxLineScan)
	if i := strings.IndexByte(text[pos:hi], '\n'); i >= 0 {
		return pos + i
	}
	return hi
}

// isFirstLine reports whether pos is on the first non-empty line.
func isFirstLine(text string, pos int) bool {
	return strings.TrimSpace(text[:lineStart(text, pos)]) == ""
}

// hasPubLabel reports whether the date at pos follows a release-date
// label on its line, or stands under a line that is only such a label.
func (f *Finder) hasPubLabel(text string, pos int) bool {
	ls := lineStart(text, pos)
	before := strings.TrimSpace(text[ls:pos])
	if before == "" && ls > 0 {
		// The label on the line above ("FOR IMMEDIATE RELEASE").
		pe := ls - 1
		for pe > 0 {
			ps := lineStart(text, pe)
			if l := strings.TrimSpace(text[ps:pe]); l != "" {
				before = l
				break
			}
			pe = ps - 1
		}
		if before == "" {
			return false
		}
		// A two-column header ("FOR IMMEDIATE RELEASE      Contact: ..."
		// over "Thursday, September 12, 2024      (202) ..."): the label
		// is the cell above the date, the line's first.
		before = firstCell(before)
	} else {
		// "Contact: Ann Lee      Released: 3 May 2024": the cell the
		// date ends.
		before = lastCell(before)
	}
	before = strings.ToLower(strings.TrimRight(before, " \t:|-–—,'\"“‘([]"))
	// "Embargoed until 00:01 GMT 14 March 2025": the time of day between
	// label and date.
	before = strings.TrimRight(trimTrailingTime(before), " \t:|-–—,'\"“‘([]")
	for _, l := range f.lists.pubLabels {
		if !strings.HasSuffix(before, l) {
			continue
		}
		rest := before[:len(before)-len(l)]
		if rest == "" {
			return true
		}
		if f.lists.wholeLabels[l] {
			// "Last updated: 15 March 2025 | Published: 14 March 2025":
			// a whole field after a separator.
			// "Last updated: 14 March 2021 Published: 12 March 2021": a
			// field after another field's date or time.
			r := strings.TrimRight(rest, " \t")
			if !strings.HasSuffix(r, "|") && !strings.HasSuffix(r, "•") && !strings.HasSuffix(r, "·") && !strings.HasSuffix(r, ";") && !endsWithFieldValue(r) {
				continue
			}
			return true
		}
		if c := rest[len(rest)-1]; !grammar.IsLetter(c) && !(c >= '0' && c <= '9') {
			return true
		}
	}
	return false
}

// columnGap is the run of spaces that separates two cells of a line laid
// out in columns (a header with the contact beside the release label).
const columnGap = "   "

// firstCell returns the first cell of a line laid out in columns (cells
// are separated by three or more spaces or a tab); a line without gaps
// is one cell.
func firstCell(line string) string {
	line = strings.TrimSpace(line)
	if i := cellGap(line); i >= 0 {
		return strings.TrimSpace(line[:i])
	}
	return line
}

// lastCell returns the last cell of a line laid out in columns.
func lastCell(line string) string {
	line = strings.TrimSpace(line)
	for {
		i := cellGap(line)
		if i < 0 {
			return line
		}
		line = strings.TrimSpace(line[i:])
	}
}

// cellGap returns the offset of the first column gap in line, or -1.
func cellGap(line string) int {
	i := strings.Index(line, columnGap)
	if j := strings.IndexByte(line, '\t'); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	return i
}

// headerLineMaxWords bounds a release header line: the label, the date
// and a contact or two beside them, never a sentence of the body.
const headerLineMaxWords = 16

// isReleaseHeaderLine reports whether e is the only date of a short line
// that opens with a release label ("FOR IMMEDIATE RELEASE Contact:
// Media Affairs January 14, 2025 media@agency.gov", a header whose
// columns a PDF decoder joined). Labels that only count as the whole text
// before a date ("Date", "Issued") do not count here.
func (f *Finder) isReleaseHeaderLine(text string, exprs []grammar.Expr, i int) bool {
	e := &exprs[i]
	if !pubEligible(e) || e.A.G != grammar.GDay {
		return false
	}
	ls, le := lineStart(text, e.Start), lineEnd(text, e.End)
	// The line opens with the label: a body sentence that mentions a
	// release ("The report published on 5 May ...") does not.
	lead := strings.TrimLeft(text[ls:e.Start], " \t*_#|")
	if lead == "" || countWords(text[ls:le]) > headerLineMaxWords {
		return false
	}
	for j := max(0, i-headerLineMaxWords); j < len(exprs) && exprs[j].Start < le; j++ {
		if j != i && exprs[j].Start >= ls && !exprs[j].Drop {
			return false // two dates: a schedule, not a header
		}
	}
	if prev := lastWord(lead); sentencePrepositions[prev] {
		// "For Immediate Release: New DA Swearing-in Staff on January 1,
		// 2019": the headline's event date, not the header's.
		return false
	}
	for _, l := range f.lists.pubLabels {
		if f.lists.wholeLabels[l] || !strings.Contains(l, " ") || len(lead) < len(l) {
			continue
		}
		// Nothing numeric between label and date: a date the grammar
		// could not read may stand there ("Posted on 15. April
		// 2016Samstag, 4. März 2017", a published and an updated date).
		if strings.EqualFold(lead[:len(l)], l) && !yearBetween(lead[len(l):]) {
			return true
		}
	}
	return false
}

// yearBetween reports whether s holds a year (1900-2100) alone or glued
// to letters ("2016Samstag"): a date the grammar could not read, unlike
// the digits of a phone number.
func yearBetween(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '/' || r == '-' || r == ':' }) {
		n := 0
		for n < len(w) && isDigitByte(w[n]) {
			n++
		}
		if n == 4 && (n == len(w) || !isDigitByte(w[n])) {
			if y := grammar.Atoi(w[:4]); y >= grammar.MinBareYear && y <= grammar.MaxBareYear {
				return true
			}
		}
	}
	return false
}

// Limits of a sign-off name line.
const (
	signOffMaxWords   = 14
	signOffMaxAfter   = 600 // bytes of contact lines after the date
	signOffMaxLineLen = 120
	signOffMarkerLen  = 32 // bytes after the date searched for a closing marker
)

// isSignOff reports whether the date line at pos closes the release: the
// line above names an issuing body (see signOffName), and what follows
// is short (contacts, "###", notes to editors).
func (f *Finder) isSignOff(text string, pos int) bool {
	end := lineEnd(text, pos)
	if !f.nameAbove(text, lineStart(text, pos)) {
		// The date first and the body's name under it ("14 March
		// 2025" / "Ministry of Foreign Affairs" / "Singapore"): what
		// follows is read after the name.
		var ok bool
		if end, ok = f.nameBelow(text, end); !ok {
			return false
		}
	}
	// What follows the date is short: the end of the release.
	rest := text[end:]
	if len(rest) <= signOffMaxAfter {
		return true
	}
	// Only the start of what follows matters: lower-case a bounded prefix
	// so that many candidate lines stay linear.
	rest = strings.TrimSpace(rest)
	lr := strings.ToLower(rest[:min(len(rest), signOffMarkerLen)])
	for _, m := range f.lists.closingMarkers {
		if strings.HasPrefix(lr, m) {
			return true
		}
	}
	return false
}

// nameAbove reports whether the lines above the line starting at ls name
// an issuing body: the line right above, or the line above a place line
// under it ("MINISTRY OF FOREIGN AFFAIRS" / "SINGAPORE" / "14 MARCH
// 2025").
func (f *Finder) nameAbove(text string, ls int) bool {
	above := linesAbove(text, ls, 2)
	switch {
	case len(above) == 0:
		return false
	case f.signOffName(above[0]):
		return true
	default:
		return len(above) == 2 && f.signOffPlace(above[0]) && f.signOffName(above[1])
	}
}

// nameBelow reports whether the line after offset le (a line end) names
// an issuing body, optionally followed by a place line ("Ministry of
// Foreign Affairs" / "Singapore"), and returns the end of the last of
// those lines.
func (f *Finder) nameBelow(text string, le int) (int, bool) {
	name, end, ok := nextLine(text, le)
	if !ok || !f.signOffName(name) {
		return 0, false
	}
	if place, pend, ok := nextLine(text, end); ok && f.signOffPlace(place) {
		end = pend
	}
	return end, true
}

// signOffPlace reports whether line is a short place line of a sign-off.
func (f *Finder) signOffPlace(line string) bool {
	return len(strings.Fields(line)) <= 3 && f.placeLike(line)
}

// nextLine returns the first non-empty line after offset le (a line
// end), trimmed, and its end; ok is false when only blank lines follow.
func nextLine(text string, le int) (line string, end int, ok bool) {
	for ls := le; ls < len(text); {
		if text[ls] == '\n' {
			ls++
			continue
		}
		e := lineEnd(text, ls)
		if l := strings.TrimSpace(text[ls:e]); l != "" {
			return l, e, true
		}
		ls = e
	}
	return "", 0, false
}

// linesAbove returns up to n non-empty lines above offset ls (a line
// start), nearest first.
func linesAbove(text string, ls, n int) []string {
	var out []string
	for pe := ls - 1; pe > 0 && len(out) < n; {
		ps := lineStart(text, pe)
		if l := strings.TrimSpace(text[ps:pe]); l != "" {
			out = append(out, l)
		}
		pe = ps - 1
	}
	return out
}

// signOffName reports whether line names an issuing body: short, with an
// organization word, capitalized and without a sentence's final stop.
func (f *Finder) signOffName(name string) bool {
	if len(name) > signOffMaxLineLen || len(strings.Fields(name)) > signOffMaxWords {
		return false
	}
	if strings.HasSuffix(name, ".") || strings.HasSuffix(name, ":") || strings.HasSuffix(name, ",") {
		return false
	}
	if strings.ContainsAny(name, "0123456789") {
		return false
	}
	lower := strings.ToLower(name)
	for _, w := range f.lists.signOffNotNames {
		if strings.Contains(lower, w) {
			return false // a heading ("MEDIA RELEASE", "NEXT COMMITTEE MEETING")
		}
	}
	if name[0] >= 'a' && name[0] <= 'z' {
		return false
	}
	for _, w := range f.lists.signOffWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// endsWithFieldValue reports whether s, the text before a release label
// on its line, ends with a date or time (a digit, or "am"/"pm" after one):
// the value of another header field ("Last updated: 14 March 2021
// Published: ...", "Updated 10:30 am Posted ...").
func endsWithFieldValue(s string) bool {
	s = strings.TrimRight(s, " \t.,")
	for _, suf := range []string{"am", "pm", "a.m", "p.m", "gmt", "utc"} {
		if t, ok := strings.CutSuffix(s, suf); ok {
			s = strings.TrimRight(t, " .")
			break
		}
	}
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// trimTrailingTime removes a time of day with an optional zone from the
// end of a lower-cased label ("embargoed until 00:01 gmt").
func trimTrailingTime(s string) string {
	f := strings.Fields(s)
	n := len(f)
	for k := 0; k < 3 && n > 0; k++ {
		w := strings.Trim(f[n-1], ",()")
		if !timeWord(w) {
			break
		}
		n--
	}
	if n == len(f) {
		return s
	}
	// Cut at the start of field n, keeping the original spacing before it.
	cut := len(s)
	for k := len(f) - 1; k >= n; k-- {
		cut = strings.LastIndex(s[:cut], f[k])
	}
	return s[:cut]
}

// timeWord reports whether w is a time of day (10:30, 00.01, 10am), a
// meridiem or a time zone abbreviation.
func timeWord(w string) bool {
	switch w {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "hrs", "h", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "pst", "pdt", "jst", "kst", "sgt", "aest", "aedt", "ist", "hkt", "at":
		return true
	}
	digits, seps := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ':' || c == '.':
			seps++
		case strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm") || strings.HasSuffix(w, "hrs"):
		default:
			return false
		}
	}
	return digits >= 1 && digits <= 4 && seps <= 1 && (seps == 1 || len(w) > digits)
}

// isDateline reports whether e stands alone on its line, possibly after a
// short place name ("Washington, DC March 13, 2014"), or opens a
// paragraph as a dateline ("SINGAPORE, 05 January 2024 – The ..."), or
// is followed by another field of a header laid out in columns ("March
// 13, 2014 Contact: Ann Lee", see fieldCellAfter) or by the document's
// type ("Apr 13, 2015 Press Release", see releaseNounAfter).
func (f *Finder) isDateline(text string, e *grammar.Expr) bool {
	ls, le := lineStart(text, e.Start), lineEnd(text, e.End)
	before := f.trimWeekday(strings.TrimSpace(text[ls:e.Start]))
	after := strings.TrimSpace(text[e.End:le])
	if strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") && countWords(strings.TrimSuffix(before, "(")) <= datelineMaxWord {
		// "Karlsruhe, (12.11.2021). Traditionell ...", "BERLIN (5 March
		// 2024) - The ...": the parenthesis closes the dateline.
		return f.placeLike(before)
	}
	after = strings.TrimLeft(after, ".,;)] ")
	after = trimAgencyCredit(after)
	if after != "" && !startsWithDash(after) && !isTimeTail(after) && !fieldCellAfter(after) && !f.releaseNounAfter(after) {
		return false
	}
	return f.placeLike(before)
}

// releaseNounAfter reports whether s, what follows a date on its line, is
// only a document type (data/words/release_nouns.txt: "Press Release",
// "Statement", "Media Advisory"), a listing's or a header's column beside
// the date ("Apr 13, 2015 Press Release").
func (f *Finder) releaseNounAfter(s string) bool {
	s = strings.ToLower(strings.Trim(s, " \t|·•"))
	return slices.Contains(f.lists.releaseNouns, s)
}

// trimWeekday removes a weekday name of another language (with its
// comma) that ends s, the text before a date: "mardi", "Madrid, martes",
// "terça-feira,". English weekdays are part of the date as parsed.
func (f *Finder) trimWeekday(s string) string {
	t := strings.TrimRight(s, " ,")
	i := strings.LastIndexAny(t, " ,") + 1
	if f.lists.weekdays[strings.ToLower(t[i:])] {
		return strings.TrimSpace(t[:i])
	}
	return s
}

// trimAgencyCredit removes a news agency's credit after a dateline
// date ("April 3 (Yonhap) --", "14 March (Reuters) -"): a parenthesized
// capitalized name of at most three words.
func trimAgencyCredit(s string) string {
	if !strings.HasPrefix(s, "(") {
		return s
	}
	end := strings.IndexByte(s, ')')
	if end < 2 || end > 40 {
		return s
	}
	inner := s[1:end]
	words := strings.Fields(inner)
	if len(words) == 0 || len(words) > 3 || inner[0] < 'A' || inner[0] > 'Z' || strings.ContainsAny(inner, "0123456789") {
		return s
	}
	return strings.TrimLeft(s[end+1:], " ")
}

// isTimeTail reports whether s is only a time of day with an optional
// zone after a dateline date ("10:00 JST", "3:30 p.m. EST", "14.00").
func isTimeTail(s string) bool {
	s = strings.TrimLeft(strings.TrimPrefix(s, "|"), " ")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "at "), "@ ")
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return false
	}
	rest := s[i:]
	if len(rest) >= 3 && (rest[0] == ':' || rest[0] == '.') && rest[1] >= '0' && rest[1] <= '9' && rest[2] >= '0' && rest[2] <= '9' {
		rest = rest[3:]
	}
	if len(rest) == len(s[i:]) && !strings.HasPrefix(strings.ToLower(strings.TrimSpace(rest)), "a") && !strings.HasPrefix(strings.ToLower(strings.TrimSpace(rest)), "p") {
		return false // a bare number is no time
	}
	words := strings.Fields(rest)
	if len(words) > 0 {
		switch strings.ToLower(strings.Trim(words[0], ".")) {
		case "am", "pm", "a.m", "p.m", "a", "p", "uhr", "h", "heures", "horas", "hrs", "ore", "uur":
			words = words[1:]
		}
	}
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		for j := 0; j < len(w); j++ {
			c := w[j]
			if !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '(' && c != ')' && c != ':' {
				return false
			}
		}
	}
	return true
}

// isRunInDateline reports whether e is followed by a spaced dash and a
// capitalized word ("7 MARCH 2022 – During") and not preceded by a word
// that makes it part of a sentence ("on 7 March 2022 – the first ...").
func isRunInDateline(text string, e *grammar.Expr) bool {
	rest := text[e.End:lineEnd(text, e.End)]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	dash := ""
	for _, d := range []string{"—", "–", "--", "-"} {
		if strings.HasPrefix(rest, d) {
			dash = d
			break
		}
	}
	if dash == "" || !strings.HasPrefix(rest[len(dash):], " ") {
		return false
	}
	next := strings.TrimLeft(rest[len(dash):], " ")
	if next == "" || next[0] < 'A' || next[0] > 'Z' {
		return false
	}
	before := strings.Fields(text[lineStart(text, e.Start):e.Start])
	if len(before) == 0 {
		return true
	}
	last := strings.ToLower(strings.Trim(before[len(before)-1], ",;:()\"'“”‘’"))
	if sentencePrepositions[last] || last == "dated" {
		return false
	}
	return last != "" && (last[len(last)-1] < '0' || last[len(last)-1] > '9')
}

// sentencePrepositions are the words that make a date after them part
// of a sentence ("held on 7 March 2022", "Staff on January 1, 2019").
var sentencePrepositions = map[string]bool{
	"on": true, "in": true, "at": true, "of": true, "the": true, "by": true, "since": true, "until": true, "till": true,
	"from": true, "to": true, "and": true, "or": true, "before": true, "after": true, "during": true, "through": true,
	"between": true, "than": true, "as": true,
}

// lastWord returns the last word of s, lower-cased and without the
// punctuation around it.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[len(f)-1], ",;:()\"'“”‘’"))
}

func startsWithDash(s string) bool {
	for _, p := range []string{"—", "–", "-", "--", ":", "/", "|", "·", "•"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// placeLike reports whether s is empty or a short capitalized place name
// ("Washington, DC", "TOKYO", "Singapore,").
func (f *Finder) placeLike(s string) bool {
	if fieldLabel(s) || strings.Contains(s, "@") {
		// "Erscheinungsdatum:", "Deadline:": a field of something else;
		// "— Jane Roe (@jroe)": an embedded post's author.
		return false
	}
	s = strings.TrimRight(s, " ,|-–—:([")
	if s == "" {
		return true
	}
	if strings.Contains(s, ":") {
		return false // "Ergebnisse: RM Schülerinnen A, Aalen": a headline
	}
	lower := strings.ToLower(s)
	for _, w := range f.lists.notReleaseWords {
		if strings.Contains(lower, w) {
			return false
		}
	}
	words := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(words) > 1 && f.lists.datelineArts[strings.ToLower(words[len(words)-1])] && strings.HasSuffix(strings.TrimSpace(s[:strings.LastIndex(s, words[len(words)-1])]), ",") {
		words = words[:len(words)-1] // "Paris, le", "Berlin, den": after the place's comma
	}
	if len(words) > datelineMaxWord {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "on", "in", "at", "from", "by", "during", "since", "until", "as", "for", "between", "before", "after", "of", "the":
		return false
	}
	for _, w := range words {
		if w == "of" || w == "and" || w == "de" || w == "&" {
			continue
		}
		c := w[0]
		if !(c >= 'A' && c <= 'Z') && c < 0x80 && c != '(' && c != '[' {
			return false
		}
	}
	return true
}

// fieldLabel reports whether s (the text before a date on its line) is
// a field's label: words ending in a colon, not all in capitals (a place
// in capitals may take a colon: "NEW DELHI:"). The release's own labels
// are read by hasPubLabel; any other label names the date of something
// else ("Erscheinungsdatum:" of a book, "Closing date:").
func fieldLabel(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ":") {
		return false
	}
	return strings.ToUpper(s) != s
}

// isIssueDate reports whether e is a newsletter's issue date: a date line
// under a "Vol. 28 No.5" line, or the date ending such a line.
func isIssueDate(text string, e *grammar.Expr) bool {
	if !pubEligible(e) {
		return false
	}
	ls, le := lineStart(text, e.Start), lineEnd(text, e.End)
	if strings.Trim(text[e.End:le], " \t\r.,") == "" && (isVolumeLine(text[ls:le]) || endsWithIssueNumber(text[ls:e.Start])) {
		return true
	}
	return dateOnlyLine(text, e) && volumeNearby(text, e.Start)
}

// endsWithIssueNumber reports whether s (the text before a date on its
// line) ends with an issue or volume number and a separator: "Bulletin
// of the Ministry Issue 7 —", "Newsletter, No. 12,", "Vol. 3 Nr 4 |".
func endsWithIssueNumber(s string) bool {
	s = strings.TrimRight(s, " \t,;:|·•—–-")
	words := strings.Fields(s)
	if len(words) < 2 || !grammar.AllDigits(words[len(words)-1]) {
		return false
	}
	switch strings.ToLower(strings.TrimRight(words[len(words)-2], ".")) {
	case "issue", "no", "number", "nr", "vol", "volume", "edition":
		return true
	}
	return false
}

// dateOnlyLine reports whether e is the only content of its line.
func dateOnlyLine(text string, e *grammar.Expr) bool {
	ls, le := lineStart(text, e.Start), lineEnd(text, e.End)
	return strings.Trim(text[ls:e.Start], " \t\r") == "" && strings.Trim(text[e.End:le], " \t\r.,") == ""
}

// volumeNearby reports whether a "Vol. 28 No.5" / "Issue 12" line is on
// the line of pos or among the volLookback non-empty lines above it.
func volumeNearby(text string, pos int) bool {
	ls := lineStart(text, pos)
	if isVolumeLine(text[ls:lineEnd(text, pos)]) {
		return true
	}
	for n, pe := 0, ls-1; n < volLookback && pe > 0; {
		ps := lineStart(text, pe)
		line := text[ps:pe]
		if strings.TrimSpace(line) != "" {
			if isVolumeLine(line) {
				return true
			}
			n++
		}
		pe = ps - 1
	}
	return false
}

// isVolumeLine reports whether line starts with a volume or issue number.
func isVolumeLine(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	for _, p := range []string{"vol.", "vol ", "volume ", "no.", "no ", "issue ", "number "} {
		if strings.HasPrefix(l, p) {
			rest := strings.TrimLeft(l[len(p):], " .")
			return rest != "" && rest[0] >= '0' && rest[0] <= '9'
		}
	}
	return false
}

// publishedFromMeta reads the release date from HTML metadata.
// Ambiguous numeric dates (03/04/2014) take the document's order.
func (f *Finder) publishedFromMeta(m *corpus.Meta, order dayOrder) (grammar.Point, bool) {
	for _, k := range f.lists.metaDateKeys {
		if v, ok := m.Props[k]; ok {
			if pt, ok := f.parseDateString(v, order); ok {
				return pt, true
			}
		}
	}
	for _, raw := range m.JSONLD {
		if v := jsonldDatePublished(raw); v != "" {
			if pt, ok := f.parseDateString(v, order); ok {
				return pt, true
			}
		}
	}
	for _, v := range m.Times {
		if pt, ok := f.parseDateString(v, order); ok {
			return pt, true
		}
	}
	return grammar.Point{}, false
}

// parseDateString reads one metadata date: ISO 8601 (2014-03-13,
// 2014-03-13T10:00:00-04:00, 2014-03), compact 20140313, or any form the
// grammar knows (Thu, 13 Mar 2014 10:00:00 GMT; March 13, 2014). The
// date is taken as written, without shifting time zones.
func (f *Finder) parseDateString(s string, order dayOrder) (grammar.Point, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && grammar.AllDigits(s[0:4]) && s[4] == '-' && grammar.AllDigits(s[5:7]) && s[7] == '-' && grammar.AllDigits(s[8:10]) &&
		(len(s) == 10 || s[10] == 'T' || s[10] == ' ' || s[10] == 't') {
		pt := grammar.Point{Y: grammar.Atoi(s[0:4]), M: grammar.Atoi(s[5:7]), D: grammar.Atoi(s[8:10]), G: grammar.GDay}
		return pt, grammar.ValidDay(pt.Y, pt.M, pt.D) && pt.Y >= grammar.MinFullYear && pt.Y <= grammar.MaxFullYear
	}
	if len(s) == 7 && grammar.AllDigits(s[0:4]) && s[4] == '-' && grammar.AllDigits(s[5:7]) {
		pt := grammar.Point{Y: grammar.Atoi(s[0:4]), M: grammar.Atoi(s[5:7]), G: grammar.GMonth}
		return pt, pt.M >= 1 && pt.M <= 12 && pt.Y >= grammar.MinFullYear && pt.Y <= grammar.MaxFullYear
	}
	if len(s) >= 8 && grammar.AllDigits(s[:8]) && (len(s) == 8 || s[8] == 'T' || s[8] == 't') {
		pt := grammar.Point{Y: grammar.Atoi(s[0:4]), M: grammar.Atoi(s[4:6]), D: grammar.Atoi(s[6:8]), G: grammar.GDay}
		return pt, grammar.ValidDay(pt.Y, pt.M, pt.D) && pt.Y >= grammar.MinFullYear && pt.Y <= grammar.MaxFullYear
	}
	exprs := f.parse(s)
	settleNumeric(s, exprs, order)
	for i := range exprs {
		if pubEligible(&exprs[i]) {
			return exprs[i].A, true
		}
	}
	return grammar.Point{}, false
}

// jsonldDatePublished returns the first datePublished in a JSON-LD body
// (objects, arrays and @graph are walked), or "" when there is none.
func jsonldDatePublished(raw string) string {
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return jsonldScan(raw)
	}
	return findDatePublished(v, 0)
}

// maxJSONDepth bounds the walk over untrusted JSON-LD.
const maxJSONDepth = 32

func findDatePublished(v any, depth int) string {
	if depth > maxJSONDepth {
		return ""
	}
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x["datePublished"].(string); ok && s != "" {
			return s
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if c, ok := x[k]; ok {
				if s := findDatePublished(c, depth+1); s != "" {
					return s
				}
			}
		}
		for k, c := range x {
			if k == "@graph" || k == "mainEntity" || k == "mainEntityOfPage" {
				continue
			}
			if s := findDatePublished(c, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, c := range x {
			if s := findDatePublished(c, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// jsonldScan finds "datePublished": "..." in JSON-LD that does not parse
// (trailing commas and other hand-written slips are common).
func jsonldScan(raw string) string {
	i := strings.Index(raw, `"datePublished"`)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(raw[i+len(`"datePublished"`):], " \t\r\n")
	if !strings.HasPrefix(rest, ":") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if !strings.HasPrefix(rest, `"`) {
		return ""
	}
	end := strings.IndexByte(rest[1:], '"')
	if end < 0 {
		return ""
	}
	return rest[1 : 1+end]
}
