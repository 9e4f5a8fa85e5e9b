package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// Article boundaries of newsletters and concatenated releases that the
// rules of segment.go take from the evidence newsletter_lines.go marks.

// lineShapeRules name the split rules (splitRules) that read a
// periodical's stories from the shape of its lines alone: a headline line
// standing between blank lines, a numbered headline, a dated headline
// over a summary, a headline after a separator.
var lineShapeRules = map[string]bool{
	"standalone headlines":            true,
	"numbered stories":                true,
	"listing items":                   true,
	"separated stories":               true,
	"mixed-case standalone headlines": true,
	"story blocks":                    true,
	"separated parts":                 true,
}

// typeSetPDF reports whether the document is a PDF whose decoder marked
// lines by their type (cline.heading: larger or bold). Its headlines are
// then known by type, and the type headline rule, tried before the line
// shape rules, splits it where it has two stories or more: when type says
// one story, the shape of other lines (a photo caption standing alone, a
// short bold line, a headline broken over columns) must not cut it.
//
// A periodical whose type marks only its masthead (the lines above its
// first paragraph) sets its headlines in the body's type: the line shape
// rules read them (mastheadOnlyType).
func (c *Cleaner) typeSetPDF(lines []cline, format corpus.Format) bool {
	if format != corpus.FormatPDF {
		return false
	}
	for _, l := range lines {
		if l.heading {
			return !c.mastheadOnlyType(lines)
		}
	}
	return false
}

// mastheadOnlyType reports whether the lines the decoder marked by their
// type all stand above the document's first paragraph (isBodyParagraph),
// the line right above that paragraph not among them, and the document
// is a periodical: the type set its name and issue line, not its
// headlines. A headline in type right over the first paragraph is a
// story's, and type then tells the stories apart.
func (c *Cleaner) mastheadOnlyType(lines []cline) bool {
	first := -1
	for i, l := range lines {
		switch {
		case first < 0 && isBodyParagraph(l):
			first = i
		case l.heading && first >= 0:
			return false
		}
	}
	if first < 0 {
		return false
	}
	if above := prevContent(lines, first); above >= 0 && lines[above].heading {
		return false
	}
	return c.periodical(lines)
}

// separatedHeader is a release header that opens the file or follows a
// separator line ("###", "* * *", a rule): a dateline and, right under
// it, a headline of any length ("CANBERRA, 30 July 1947" / "INDONESIAN
// SITUATION"). The separator and the dateline are evidence enough that a
// release starts, so the headline needs no more words than the text
// gives it.
func (c *Cleaner) separatedHeader(lines []cline, i int) (int, bool) {
	if !lines[i].dateline || !c.afterSeparator(lines, i) {
		return 0, false
	}
	j := c.nextContent(lines, i)
	if j < 0 || lines[j].kind != kindBody || lines[j].dateline {
		return 0, false
	}
	t := strings.TrimSpace(lines[j].text)
	if !lines[j].headline || endsSentence(t) || c.rules.isItemStart(t) {
		return 0, false
	}
	return i, true
}

// afterSeparator reports whether the content line before line i is a
// separator line, or line i opens the file.
func (c *Cleaner) afterSeparator(lines []cline, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch lines[j].kind {
		case kindBlank, kindChrome, kindMasthead:
			continue
		}
		return lines[j].kind == kindSeparator
	}
	return true
}

// issueMonthRE matches a periodical's issue name ending in its month and
// year: "Climate Action in SG (Nov 2020)", "Trade News – March 2021",
// "Monthly Update, June 2019", "Ocean Bulletin: Sept. 2024".
var issueMonthRE = regexp.MustCompile(`(?i)^\S.{1,60}?(?:\(\s*([a-z][a-z0-9]{1,8}\.?\s+\d{4})\s*\)|(?:\s[-–—]|[:,])\s*([a-z][a-z0-9]{1,8}\.?\s+\d{4}))$`)

// maxIssueNameWords bounds the words of an issue name.
const maxIssueNameWords = 10

// isIssueName reports whether t names a periodical's issue by its month,
// season or quarter: a short name followed by a month and a year ("Nov
// 2020"), a season and a year ("Winter 2024") or a quarter ("Q3 2023") in
// brackets or after a dash, colon or comma; or an edition line ("July 2023
// Edition", "Edition 12"). A headline that ends in a full date ("Talks
// end, 3 May 2024") names no issue.
func isIssueName(t string) bool {
	if wordCount(t) > maxIssueNameWords {
		return false
	}
	if editionRE.MatchString(t) {
		return true
	}
	m := issueMonthRE.FindStringSubmatch(t)
	return m != nil && (isMonthYear(m[1]+m[2]) || seasonYearRE.MatchString(m[1]+m[2]))
}

// seasonYearRE matches a season or a quarter and a year ("Winter 2024",
// "Q3 2023").
var seasonYearRE = regexp.MustCompile(`(?i)^(?:spring|summer|autumn|fall|winter|q[1-4])\s+\d{4}$`)

// editionRE matches an edition line: "July 2023 Edition", "Spring Edition
// 2024", "Edition 12", "Edition No. 4".
var editionRE = regexp.MustCompile(`(?i)^(?:[a-z]+\.?\s+)?(?:\d{4}\s+)?edition(?:\s+\d{4})?$|^edition\s+(?:no\.?\s*)?\d{1,4}$`)

// maxTypeHeadlineWords bounds a headline the decoder marks by its type:
// the type, not the length, sets it apart, and a narrow column wraps a
// long official title ("Special Envoy for ... Travels to ... for a Special
// Event with the Committee on ...") over four or five lines that the
// decoder joins into one.
const maxTypeHeadlineWords = 30

// maxExclaimedHeadlineWords bounds a headline that closes with an
// exclamation ("Grevilleas are gremlins!"): a bold lead sentence that
// exclaims runs longer.
const maxExclaimedHeadlineWords = 5

// isTypeHeadline reports whether t, a line in a heading's type, can be a
// story's headline: at most maxTypeHeadlineWords words and no closing full
// stop; a question can be a headline ("Is the network ready for
// winter?"), and so can a short exclamation (maxExclaimedHeadlineWords).
// A bold lead paragraph ends its sentence and is not one.
func isTypeHeadline(t string) bool {
	if wordCount(t) > maxTypeHeadlineWords {
		return false
	}
	if !endsSentence(t) {
		return true
	}
	end := strings.TrimRight(t, `"'”’) `)
	return strings.HasSuffix(end, "?") || strings.HasSuffix(end, "!") && wordCount(t) <= maxExclaimedHeadlineWords
}

// restartsRun reports whether the headline at line s, after the headline
// at line run with no story text between them, heads a story of its own
// rather than going on with run's headline: both are complete headlines of
// two words or more, s is no bracketed subtitle or byline and does not
// continue run's phrase, run is too short to have been wrapped
// (minWrappedHeadlineRunes) and does not end in a capitalized word (a name
// the next line may go on with: "... of the US-ASEAN" / "Business
// Council"), and run is no kicker over s. A headline left
// without text (an image's caption, a box whose text is a picture) then
// stays with the story before it.
func (c *Cleaner) restartsRun(lines []cline, run, s int) bool {
	if run == s {
		return false
	}
	prev, next := strings.TrimSpace(lines[run].text), strings.TrimSpace(lines[s].text)
	if wordCount(prev) < 2 || wordCount(next) < 2 || strings.HasPrefix(next, "(") || continuesHeadline(prev, next) ||
		endsWithCapitalized(prev) || utf8.RuneCountInString(prev) >= minWrappedHeadlineRunes {
		return false
	}
	return !c.kickerAbove(lines, run, len(lines))
}

// endsWithCapitalized reports whether the last word of t starts with an
// upper-case letter or a digit.
func endsWithCapitalized(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f[len(f)-1], "(\"'‘“"))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// openingShapeHeader is a release header of the shape the file opens with,
// found again after a full release: when the file's first release opens
// with a dateline over a headline ("3 May 2024" / "Drought relief"), or a
// headline over a dateline, a later pair of that shape starts a release
// whatever the headline's length. The file's own first release shows
// that this is how its releases open. The first pair may stand under a
// short masthead (openingPair).
func (c *Cleaner) openingShapeHeader(lines []cline, i int) (int, bool) {
	first := c.openingPair(lines)
	if first < 0 || i <= first {
		return 0, false
	}
	if lines[first].dateline != lines[i].dateline || !c.pairedHeader(lines, first) || !c.pairedHeader(lines, i) {
		return 0, false
	}
	return i, true
}

// maxOpeningMastheadLines bounds the masthead lines above a file's first
// release header (an issuer's name, "PRESS RELEASES", a date range).
const maxOpeningMastheadLines = 4

// openingPair returns the first line of the file's first release header
// of the paired shape (pairedHeader): its first content line, or one of
// the next maxOpeningMastheadLines content lines when no paragraph of
// text comes before it. It returns -1 when the file opens otherwise.
func (c *Cleaner) openingPair(lines []cline) int {
	i := c.nextContent(lines, -1)
	for seen := 0; i >= 0 && seen <= maxOpeningMastheadLines; seen++ {
		if isBodyParagraph(lines[i]) || lines[i].kind == kindSeparator {
			return -1
		}
		if c.pairedHeader(lines, i) {
			return i
		}
		i = c.nextContent(lines, i)
	}
	return -1
}

// pairedHeader reports whether line i and the next content line are a
// dateline and a headline, in either order: a short dateline alone on its
// line, and a headline of any length that is no sentence, item or section
// name, followed by text.
func (c *Cleaner) pairedHeader(lines []cline, i int) bool {
	j := c.nextContent(lines, i)
	if j < 0 || lines[i].kind == kindSeparator || lines[j].kind == kindSeparator {
		return false
	}
	date, head := i, j
	if !lines[i].dateline {
		date, head = j, i
	}
	if !c.shortDateline(lines[date]) || lines[head].dateline || lines[head].kind != kindBody {
		return false
	}
	t := strings.TrimSpace(lines[head].text)
	if !lines[head].headline || endsSentence(t) || !c.isArticleHeading(t) {
		return false
	}
	k := c.nextContent(lines, j)
	return k >= 0 && lines[k].kind == kindBody && len(lines[k].text) >= minSummaryBytes
}

// maxShortDatelineWords bounds the words of a dateline alone on its line.
const maxShortDatelineWords = 8

// shortDateline reports whether l is a dateline or date alone on its line,
// not the signature of a quotation or an embedded post ("— Jane Park
// (@jpark) July 3, 2019") or a link (isHeaderDateline).
func (c *Cleaner) shortDateline(l cline) bool {
	return (isHeaderDateline(l) || l.kind == kindDate && !isAttributionLine(l.text)) && wordCount(l.text) <= maxShortDatelineWords
}

// closingLineRE matches a release's closing line that dates it at its
// end: "Issued in Canberra on 3 May 2024", "Signed at Geneva on 12
// June 2023", "Done at Brussels, this 4th day of March 2022", "Released
// in Tokyo on March 3, 2024".
var closingLineRE = regexp.MustCompile(`(?i)^(?:issued|signed|done|released|dated|adopted)\s+(?:in|at)\s+\p{Lu}[\p{L}.' -]{1,40}?,?\s+(?:on|this)\s+\S.{2,40}$`)

// isClosingLine reports whether t is a release's closing dateline.
func isClosingLine(t string) bool {
	return len(t) <= 100 && hasYear(t) && closingLineRE.MatchString(t)
}

// closingLineSplit starts a further release after each closing line
// ("Issued in Canberra on 3 May 2024") that a headline follows, when every
// release of the file closes so: at least two closing lines, no more
// releases than closing lines, and a full body (minArticleBody) on each
// side of every cut. A headline after the last closing line of a single
// release ("Notes to editors") is a section name and starts nothing.
func (c *Cleaner) closingLineSplit(lines []cline) split {
	var closing []int
	for i, l := range lines {
		if l.kind == kindBody && isClosingLine(strings.TrimSpace(l.text)) {
			closing = append(closing, i)
		}
	}
	if len(closing) < 2 {
		return split{}
	}
	p := bodyPrefix(lines)
	starts := []int{0}
	for _, ci := range closing {
		j := c.nextContent(lines, ci)
		if j < 0 {
			continue
		}
		t := strings.TrimSpace(lines[j].text)
		if !lines[j].headline || endsSentence(t) || !c.isArticleHeading(t) {
			continue
		}
		if bodyBetween(p, starts[len(starts)-1], ci) < minArticleBody || bodyBetween(p, j, len(lines)) < minArticleBody {
			continue
		}
		starts = append(starts, j)
	}
	if len(starts) < 2 || len(starts) > len(closing) {
		return split{}
	}
	return split{starts: starts, headed: true}
}

// subheadingNumberRE matches a numbered or lettered sub-heading's marker:
// "1. Context", "2) Next steps", "(3) Funding", "B. Eligibility", "iv.
// Costs".
var subheadingNumberRE = regexp.MustCompile(`^(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[A-Za-z][.)]|\(?[ivxIVX]{1,4}[.)])\s+\S`)

// isSubheadingLabel reports whether t, a line in a heading's type, has the
// shape of a sub-heading inside a story rather than a story's headline:
// numbered or lettered ("1. Context", "(b) Funding"), bracketed whole
// ("[Update]", "(Background)"), closed by a colon ("Key dates:"), a
// section name ("Next steps", "Background") or a short question label
// ("How to apply").
func isSubheadingLabel(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return false
	}
	switch {
	case subheadingNumberRE.MatchString(t):
		return true
	case (t[0] == '(' && strings.HasSuffix(t, ")")) || (t[0] == '[' && strings.HasSuffix(t, "]")):
		return true
	case strings.HasSuffix(t, ":"):
		return true
	}
	return genericTitle(t) || isQuestionLabel(t)
}

// dropSubheadingLabels removes from cands, the lines marked as headlines
// by their type, those shaped as sub-headings (isSubheadingLabel) when at
// least two others are not: the periodical's headlines are the plain
// ones, and a label among them heads a part of a story. When (nearly) all
// are labels ("1. Port reopens", "2. Grants open"), they are the
// periodical's own numbered headlines and all stay.
func dropSubheadingLabels(lines []cline, cands []int) []int {
	part := func(t string) bool { return isSubheadingLabel(t) || isPullQuote(t) }
	plain := 0
	for _, i := range cands {
		if !part(lines[i].text) {
			plain++
		}
	}
	if plain < 2 || plain == len(cands) {
		return cands
	}
	out := cands[:0:0]
	for _, i := range cands {
		if !part(lines[i].text) {
			out = append(out, i)
		}
	}
	return out
}

// quotePairs are the quotation marks that open and close a pull quote.
var quotePairs = [][2]string{{"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"'", "'"}, {"«", "»"}, {"„", "“"}}

// isPullQuote reports whether t is a quotation set whole in display type
// (a pull quote: "“Tertiary education remains affordable”"), opening
// and closing with matching quotation marks and no mark of the same kind
// between: a line of the story beside it, not a headline of its own. A
// headline that quotes and goes on ("“Never again”: minister on the
// floods") is none.
func isPullQuote(t string) bool {
	t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), "."))
	for _, q := range quotePairs {
		if !strings.HasPrefix(t, q[0]) || !strings.HasSuffix(t, q[1]) || len(t) <= len(q[0])+len(q[1]) {
			continue
		}
		inner := t[len(q[0]) : len(t)-len(q[1])]
		if !strings.Contains(inner, q[0]) && !strings.Contains(inner, q[1]) && wordCount(inner) >= 2 {
			return true
		}
	}
	return false
}

// linkedDigest reports whether at least two of cands, the lines marked
// as headlines by their type, are set whole as links (cline.linked): an
// e-mail digest links each headline to its story's own page, as a
// release never links its section headings.
func linkedDigest(lines []cline, cands []int) bool {
	n := 0
	for _, i := range cands {
		if lines[i].linked {
			n++
		}
	}
	return n >= 2
}

// readMoreDigest reports whether at least two of the sections that cands,
// the lines marked as headlines by their type, open close with a call to
// action ("Read more »", "Full story", "Continue reading"): an e-mail
// digest's stories each lead on to their own page, as a release's
// sections never do. The call may already be chrome.
func readMoreDigest(lines []cline, cands []int) bool {
	n := 0
	for j, s := range cands {
		end := len(lines)
		if j+1 < len(cands) {
			end = cands[j+1]
		}
		for k := end - 1; k > s; k-- {
			if lines[k].kind == kindBlank || lines[k].kind == kindSeparator {
				continue
			}
			if callsToAction[normLine(strings.TrimRight(lines[k].text, " »›>→…:."))] {
				n++
			}
			break
		}
	}
	return n >= 2
}
