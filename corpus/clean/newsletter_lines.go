package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// Line evidence for newsletters and concatenated releases, marked before
// segmentation by the passes of newsletterPasses (run from linePasses):
// what a document's own markup and layout say about which lines open its
// stories, and which lines are neither story text nor a headline.

// newsletterPass is one pass of newsletterPasses.
type newsletterPass struct {
	name string
	run  func(c *Cleaner, lines []cline, doc corpus.Doc)
}

// newsletterPasses run in order as the first of the cleaner's line passes
// (linePasses in clean.go), before the chrome passes.
var newsletterPasses = []newsletterPass{
	{"underlined headings", (*Cleaner).markSetextHeadings},         // "Port reopens" over "============" (split_text.go)
	{"end marks", markEndMarks},                                    // "-30-", "- END -", "(ENDS)" after a release
	{"strong-emphasis headlines", markStrongHeadlines},             // "**Headline**" alone on its line in Markdown
	{"image lines", blankImageLines},                               // "![](photo.jpg)" between a headline and its text
	{"display-type periodical names", (*Cleaner).keepDisplayNames}, // "Newsletter" set in large type is the masthead, not a menu item
	{"type headlines", markTypeHeadlines},                          // a PDF's "Next meeting" in heading type over text: a headline, though every issue has it
	{"truncated teasers", (*Cleaner).dropTeasers},                  // "Minister opens new…" above "Minister opens new port"
	{"release reference lines", (*Cleaner).markReferenceLines},     // "No. M85", "SC/3683 - EXTRACT" under a dateline
	{"issue month lines", markIssueMonths},                         // "June 2015" alone under a newsletter's name
	{"typeset mastheads", (*Cleaner).markTypesetMasthead},          // "Harbour Notes" in display type over "May 2024", then a headline
	{"continuation headings", markContinuations},                   // "Trade talks (cont'd)", "Continued from page 1"
	{"bracketed bylines", markBracketBylines},                      // "(By Rob Smith)" under a headline in the same type
	{"mail headers", markMailHeaders},                              // "From:", "Message: 2" aside; "Subject: X" is the headline X
	{"mail view lines", markMailViewLines},                         // "View this email in your browser" is the mail's furniture
}

// runNewsletterPasses runs newsletterPasses over the classified lines.
func (c *Cleaner) runNewsletterPasses(lines []cline, doc corpus.Doc) {
	for _, p := range newsletterPasses {
		p.run(c, lines, doc)
	}
}

// strongLineRE matches a line that is one run of strong emphasis
// ("**Headline**"), as Markdown newsletters set their story headlines.
// "__" is left alone, as stripMarkdownInline leaves it.
var strongLineRE = regexp.MustCompile(`^\s{0,3}\*\*([^*]+)\*\*\s*$`)

// markStrongHeadlines marks as headings (cline.heading, as a PDF's bold or
// larger type is) the lines of a text or Markdown document that are one
// run of strong emphasis and nothing else: the inline markers are gone
// from the cleaned lines, so the lines are matched by their text. A line
// with words before or after the emphasis ("**Note:** the office ...") is
// a sentence, not a headline.
func markStrongHeadlines(_ *Cleaner, lines []cline, doc corpus.Doc) {
	if doc.Format != corpus.FormatText && doc.Format != "" || !strings.Contains(doc.Text, "**") {
		return
	}
	strong := map[string]bool{}
	for raw := range strings.SplitSeq(doc.Text, "\n") {
		m := strongLineRE.FindStringSubmatch(raw)
		if m == nil {
			continue
		}
		t := m[1]
		if n := wordCount(t); n >= 1 && n <= maxHeadingWords {
			strong[normLine(t)] = true
		}
	}
	if len(strong) == 0 {
		return
	}
	for i := range lines {
		if lines[i].kind == kindBody && lines[i].level == 0 && strong[normLine(lines[i].text)] {
			lines[i].heading = true
		}
	}
}

// imageLineRE matches a line that is only Markdown images ("![](a.jpg)",
// "![Minister at the opening](/img/b.png "title")"), possibly linked.
var imageLineRE = regexp.MustCompile(`^\s*(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+$`)

// blankImageLines makes the lines that hold only Markdown images blank:
// a photo set between a story's headline and its text (or under its
// text) is neither, and must not keep the headline from its paragraph.
// The image's alt text, when any, is a caption the text already gives.
func blankImageLines(_ *Cleaner, lines []cline, doc corpus.Doc) {
	if doc.Format != corpus.FormatText && doc.Format != "" || !strings.Contains(doc.Text, "![") {
		return
	}
	for i := range lines {
		if lines[i].kind == kindBody && strings.Contains(lines[i].text, "![") && imageLineRE.MatchString(lines[i].text) {
			lines[i] = cline{kind: kindBlank}
		}
	}
}

// keepDisplayNames gives back to the text the periodical names the chrome
// rules took for a menu item or a line repeated across documents
// ("Newsletter", "Bulletin", "An e-newsletter on ...") when the decoder set
// them in a heading's type, or set them right under a line in a heading's
// type (a PDF's masthead and its strapline): they say the document is a
// periodical, and are marked so (cline.periodicalName).
func (c *Cleaner) keepDisplayNames(lines []cline, _ corpus.Doc) {
	prevHeading := false // the last non-blank line is in a heading's type
	for i := range lines {
		if lines[i].kind == kindBlank {
			continue
		}
		if (lines[i].heading || prevHeading) && c.isPeriodicalCue(strings.TrimSpace(lines[i].text)) {
			if lines[i].kind == kindChrome {
				lines[i].kind = kindBody
			}
			// The mark outlasts the chrome passes, which drop the
			// masthead when it repeats across the run's documents.
			lines[i].periodicalName = true
		}
		prevHeading = lines[i].heading
	}
}

// markTypeHeadlines marks (cline.typeHeadline) the lines of a PDF that
// the decoder set in a heading's type (cline.heading) and that head text:
// the next content line is in body type. A newsletter's issues repeat
// some of their headlines ("Previous meeting", "Dates for your diary",
// "From the editor"), and a run over several issues must not drop them as
// chrome repeated across documents: a PDF has no site chrome, and its
// page furniture the decoder already removed. A masthead's lines, each
// over another line in display type, stay unmarked.
func markTypeHeadlines(c *Cleaner, lines []cline, doc corpus.Doc) {
	if doc.Format != corpus.FormatPDF {
		return
	}
	for i := range lines {
		if !lines[i].heading || lines[i].kind != kindBody {
			continue
		}
		if j := c.nextContent(lines, i); j >= 0 && !lines[j].heading && lines[j].kind == kindBody {
			lines[i].typeHeadline = true
		}
	}
}

// teaserEnds are the marks that end a truncated summary line.
var teaserEnds = []string{"…", "...", "[…]", "[...]", "(…)"}

// minTeaserWords is the fewest words a truncated summary line keeps.
const minTeaserWords = 3

// dropTeasers drops a truncated summary line ("Minister opens new
// port in…") that the next content line gives in full ("Minister opens
// new port in the north"), as exports of feeds and listing pages print a
// story's teaser above its headline: the full line is the headline.
func (c *Cleaner) dropTeasers(lines []cline, _ corpus.Doc) {
	for i := range lines {
		if lines[i].kind != kindBody {
			continue
		}
		head, ok := teaserHead(strings.TrimSpace(lines[i].text))
		if !ok {
			continue
		}
		j := c.nextContent(lines, i)
		if j < 0 || lines[j].kind != kindBody {
			continue
		}
		full := normLine(lines[j].text)
		if h := normLine(head); len(full) > len(h) && strings.HasPrefix(full, h) {
			lines[i].kind = kindChrome
		}
	}
}

// teaserHead returns the text of a truncated summary line without its
// ellipsis; ok is false for a line that does not end in one or keeps too
// few words.
func teaserHead(t string) (string, bool) {
	for _, e := range teaserEnds {
		if h, ok := strings.CutSuffix(t, e); ok {
			h = strings.TrimSpace(h)
			return h, wordCount(h) >= minTeaserWords && utf8.RuneCountInString(h) <= maxHeadlineRunes
		}
	}
	return "", false
}

// referenceLineRE matches a release's reference number alone on its line:
// "No. M85", "No 12/2024", "Ref: PR-2024-117", "Release No. 45", "SC/3683
// - EXTRACT", "MR 024/23", "PR 23-045".
var referenceLineRE = regexp.MustCompile(`(?i)^(?:(?:(?:press|media|news)\s+)?(?:release|statement)\s+)?(?:no\.?|nr\.?|number|ref\.?|reference)\s*:?\s*[a-z]{0,4}[-/ ]?\d{1,6}(?:[-/.]\d{1,6})*[a-z]?\s*$` +
	`|(?-i:^[A-Z]{1,5}\s?(?:/\s?\d{1,6}(?:[-/]\d{1,6})*|\d{1,6}[-/]\d{1,6}(?:[-/]\d{1,6})*|-?\d{3,6})(?:\s*[-–—]\s*[A-Z][A-Za-z]+)?$)`)

// markReferenceLines moves aside (kindMasthead) a release's reference
// number line ("No. M85", "SC/3683 - EXTRACT") set next to its dateline:
// it is neither the headline nor text, and must not stand between a
// release's dateline and its headline.
func (c *Cleaner) markReferenceLines(lines []cline, _ corpus.Doc) {
	for i := range lines {
		if lines[i].kind != kindBody || lines[i].dateline || !isReferenceLine(strings.TrimSpace(lines[i].text)) {
			continue
		}
		if c.datelineNear(lines, i) {
			lines[i].kind = kindMasthead
		}
	}
}

// isReferenceLine reports whether t is a release's reference number
// alone: a short line with a number that is not a date, an amount or a
// numbered item.
func isReferenceLine(t string) bool {
	if t == "" || len(t) > 40 || !strings.ContainsAny(t, "0123456789") || isNumericDate(t) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsDigit(r) {
		return false // "12 May", "1. Overview"
	}
	return referenceLineRE.MatchString(t)
}

// datelineNear reports whether the content line before or after line i is
// a dateline.
func (c *Cleaner) datelineNear(lines []cline, i int) bool {
	if j := c.nextContent(lines, i); j >= 0 && lines[j].dateline {
		return true
	}
	j := prevContent(lines, i)
	return j >= 0 && lines[j].dateline
}

// markIssueMonths makes a month and a year alone on a line in a heading's
// type ("June 2015", "Sept. 2024") a date line: a newsletter prints its
// issue month so under its name, and the line is neither a headline nor
// the first line of a story's headline set in the same type. A month
// label in body type (a listing's group of releases) is left as it is.
func markIssueMonths(_ *Cleaner, lines []cline, _ corpus.Doc) {
	for i := range lines {
		if lines[i].kind == kindBody && lines[i].heading && isMonthYear(strings.TrimSpace(lines[i].text)) {
			lines[i].kind = kindDate
		}
	}
}

const (
	// maxMastheadWords bounds the words of a periodical's name set as a
	// masthead.
	maxMastheadWords = 5
	// maxMastheadLines bounds the lines between a masthead and the first
	// headline under it (a strapline, the issue line, a kicker).
	maxMastheadLines = 3
	// maxMastheadLineBytes bounds each of those lines: none is a
	// paragraph.
	maxMastheadLineBytes = 100
)

// markTypesetMasthead marks as the periodical's name (cline.periodicalName)
// the masthead of a typeset periodical that no word names one ("Harbour
// Notes", "Coalition Update", "Campaign Notes"): the document's first
// content line is set in a heading's type (cline.heading: a PDF's display
// type), a short name that is no sentence, release label or issuer (a
// ministry's letterhead); at most maxMastheadLines short lines follow it,
// one of them (or a cell of one) the issue's date ("May 2024", "Spring
// 2023", "October 28, 2016", "Vol. 4 No. 2"); and the next line is again a
// heading: the first story's headline (or its kicker's). A release opens
// with its headline and date over its text, never a heading under them.
func (c *Cleaner) markTypesetMasthead(lines []cline, _ corpus.Doc) {
	first := c.nextContent(lines, -1)
	if first < 0 || !lines[first].heading || lines[first].kind != kindBody {
		return
	}
	name := strings.TrimSpace(lines[first].text)
	if n := wordCount(name); n == 0 || n > maxMastheadWords || endsSentence(name) || isReleaseLabel(name) || isBodyName(name) {
		return
	}
	dated := false
	for i, n := c.nextContent(lines, first), 0; i >= 0; i, n = c.nextContent(lines, i), n+1 {
		if lines[i].heading {
			if dated && n > 0 {
				lines[first].periodicalName = true
			}
			return
		}
		if n == maxMastheadLines || len(lines[i].text) > maxMastheadLineBytes {
			return
		}
		for cell := range strings.SplitSeq(lines[i].text, "\t") {
			dated = dated || c.isIssueDate(strings.TrimSpace(cell))
		}
	}
}

// weekOfRE matches the start of a weekly's issue date: "Week of", "Week
// ending", "Week beginning".
var weekOfRE = regexp.MustCompile(`(?i)^week\s+(?:of|ending|beginning)\s+`)

// isIssueDate reports whether t names an issue by its date or number
// alone: a month and year, a season or quarter and year, a full date
// (after "Week of" in a weekly), a volume or issue number ("Issue 12 |
// December 2016").
func (c *Cleaner) isIssueDate(t string) bool {
	if t == "" || wordCount(t) > maxShortDatelineWords {
		return false
	}
	t = weekOfRE.ReplaceAllString(t, "")
	return isMonthYear(t) || seasonYearRE.MatchString(t) || c.rules.isDateOnly(t) || isNumericDate(t) ||
		containsFold(t, "vol", "issue") && c.rules.issueNumber.MatchString(t)
}

// continuationRE matches a heading or line that marks a story continued
// from an earlier page or column: "(cont'd)", "(continued)", "contd.",
// "Continued from page 1", "Continued on page 4", "cont. from p. 2".
var continuationRE = regexp.MustCompile(`(?i)\(\s*cont(?:['’]d|d|\.|inued)?\s*\.?\s*\)|\bcont(?:['’]d|d)\b|^\s*(?:\(\s*)?(?:continued|cont\.?|contd\.?)\s+(?:from|on|to|overleaf)\b`)

// markContinuations drops the lines that mark a story continued from or
// on another page: a repeated headline with "(cont'd)" over the rest of a
// story is not the headline of another one, and "Continued on page 4" is
// no text of the story.
func markContinuations(_ *Cleaner, lines []cline, _ corpus.Doc) {
	for i := range lines {
		t := strings.TrimSpace(lines[i].text)
		if lines[i].kind != kindBody || len(t) > maxHeadlineRunes || endsSentence(t) && !strings.HasSuffix(t, ".)") && !strings.HasSuffix(t, "d.") {
			continue
		}
		// Every match holds "cont" (any case): a literal test first spares
		// the regexp most lines (issue 21).
		if !containsFold(t, "cont") || !continuationRE.MatchString(t) {
			continue
		}
		if lines[i].heading || strings.HasPrefix(t, "(") {
			// "(The latest cont'd)" under the repeated headline "GB7TC":
			// the headline line above goes too.
			if j := prevContent(lines, i); j >= 0 && lines[j].heading && lines[j].kind == kindBody && wordCount(lines[j].text) <= maxHeadingWords {
				lines[j].kind, lines[j].heading = kindChrome, false
			}
		}
		lines[i].kind, lines[i].heading = kindChrome, false
	}
}

// prevContent returns the last line before i that is neither blank nor
// chrome, or -1.
func prevContent(lines []cline, i int) int {
	for j := i - 1; j >= 0; j-- {
		switch lines[j].kind {
		case kindBlank, kindChrome:
			continue
		}
		return j
	}
	return -1
}

// bracketBylineRE matches a byline set in brackets under a headline: "(By
// Rob Smith)", "(a short report by Jane Doe)", "(Report by J. Lee)".
var bracketBylineRE = regexp.MustCompile(`^\(\s*(?:[A-Za-z]+\s+){0,4}[Bb]y\s+\p{Lu}[^()]{1,60}\)$`)

// markBracketBylines takes the heading mark off a bracketed byline set in
// the headline's type, so that it neither joins the headline nor starts a
// story of its own; it stays in the text.
func markBracketBylines(_ *Cleaner, lines []cline, _ corpus.Doc) {
	for i := range lines {
		if lines[i].kind == kindBody && bracketBylineRE.MatchString(strings.TrimSpace(lines[i].text)) {
			lines[i].heading = false
		}
	}
}

// underlines reports whether rule is about as long as the line head it
// stands under: a writer draws an underline to the headline's width.
func underlines(rule, head string) bool {
	r, h := utf8.RuneCountInString(rule), utf8.RuneCountInString(head)
	return 2*r >= h && r <= 2*h+4
}

// endMarkRE matches a release's end mark alone on its line: "-30-", "- 30
// -", "(END)", "- END -", "ENDS", "End of release", "-###-".
var endMarkRE = regexp.MustCompile(`(?i)^[-–—(\[]*\s*(?:30|ends?|end of (?:release|statement|text|document)|#{1,3})\s*[-–—)\]]*$`)

// markEndMarks makes a release's end mark a separator line, as "###" is:
// the mark closes the release above, and the next release header starts
// another.
func markEndMarks(_ *Cleaner, lines []cline, _ corpus.Doc) {
	for i := range lines {
		t := strings.TrimSpace(lines[i].text)
		if lines[i].kind != kindBody || len(t) > 24 || !endMarkRE.MatchString(t) {
			continue
		}
		if t == "30" || strings.Trim(t, "#") == "" {
			continue // a bare number is no mark; "#" runs are separators already
		}
		lines[i].kind = kindSeparator
	}
}

// mailHeaderRE matches a mail header field that names no date and no
// subject: "From: Press Office <press@example.gov>", "To: ...", "Message:
// 2", "Message-ID: <...>".
var mailHeaderRE = regexp.MustCompile(`^(?:From|To|Cc|Bcc|Reply-To|Sender|Message-I[Dd]|Message|Content-Type|Content-Transfer-Encoding|MIME-Version|X-[A-Za-z-]+):\s*\S`)

// subjectRE matches a mail's subject line and captures the subject.
var subjectRE = regexp.MustCompile(`^(?:Subject|SUBJECT|Betreff|Objet|Asunto):\s*(?:(?:Re|RE|Fwd?|FW|TR|AW|WG):\s*)*(\S.*)$`)

// markMailHeaders reads the header blocks of mails saved or digested as
// text: a block of header fields (at least a subject and one other field,
// on adjacent lines) moves aside its fields other than the date, and its
// subject line becomes the subject alone, the mail's headline.
func markMailHeaders(_ *Cleaner, lines []cline, _ corpus.Doc) {
	for i := range lines {
		if lines[i].kind != kindBody {
			continue
		}
		m := subjectRE.FindStringSubmatch(strings.TrimSpace(lines[i].text))
		if m == nil {
			continue
		}
		from, to := i, i+1
		for from > 0 && lines[from-1].kind != kindBlank && mailField(lines[from-1].text) {
			from--
		}
		for to < len(lines) && lines[to].kind != kindBlank && mailField(lines[to].text) {
			to++
		}
		if to-from < 2 {
			continue // a subject line alone is a line of text
		}
		for j := from; j < to; j++ {
			if j != i && mailHeaderRE.MatchString(strings.TrimSpace(lines[j].text)) {
				lines[j].kind = kindMasthead
			}
		}
		lines[i].text = m[1]
		lines[i].headline = true
	}
}

// mailField reports whether t is a mail header field (the date included).
func mailField(t string) bool {
	t = strings.TrimSpace(t)
	return mailHeaderRE.MatchString(t) || subjectRE.MatchString(t) || strings.HasPrefix(t, "Date:") || strings.HasPrefix(t, "Sent:")
}

// mailViewRE matches a mailing's offer to show itself elsewhere, at the
// top of an e-mail newsletter or e-mailed release: "View this email in
// your browser", "Having trouble viewing this email? View it as a Web
// page.", "Email not displaying correctly? View it online".
var mailViewRE = regexp.MustCompile(`(?i)^(?:(?:view|read|open|see)\s+(?:this|the)\s+(?:e-?mail|message|newsletter|mailing)\s+(?:in\s+(?:your|a)\s+(?:web\s+)?browser|online|on\s+(?:the|our)\s+(?:web|website))|(?:having\s+trouble\s+viewing|problems\s+viewing|can'?t\s+see|(?:e-?mail|message|newsletter)\s+not\s+displaying)\b.*\b(?:e-?mail|message|newsletter|images|correctly)\b)`)

// maxMailViewWords bounds a mailing's view line.
const maxMailViewWords = 20

// markMailViewLines moves to chrome the lines of a mailing that offer to
// show it in a browser (mailViewRE): furniture of the mail, never its
// headline or text.
func markMailViewLines(_ *Cleaner, lines []cline, _ corpus.Doc) {
	for i := range lines {
		t := strings.TrimSpace(lines[i].text)
		if lines[i].kind == kindBody && wordCount(t) <= maxMailViewWords && mailViewRE.MatchString(t) {
			lines[i].kind = kindChrome
		}
	}
}
