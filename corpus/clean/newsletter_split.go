package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Article boundaries of newsletters and concatenated releases that the
// rules of segment.go take from the evidence newsletter_lines.go marks.

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
var issueMonthRE = regexp.MustCompile(`(?i)^\S.{1,60}?(?:\(\s*([a-z]{3,9}\.?\s+\d{4})\s*\)|(?:\s[-–—]|[:,])\s*([a-z]{3,9}\.?\s+\d{4}))$`)

// maxIssueNameWords bounds the words of an issue name.
const maxIssueNameWords = 10

// isIssueName reports whether t names a periodical's issue by its month:
// a short name followed by a month and a year in brackets or after a dash,
// colon or comma. A headline that ends in a full date ("Talks end, 3 May
// 2024") names no issue.
func isIssueName(t string) bool {
	if wordCount(t) > maxIssueNameWords {
		return false
	}
	m := issueMonthRE.FindStringSubmatch(t)
	return m != nil && isMonthYear(m[1]+m[2])
}

// isTypeHeadline reports whether t, a line in a heading's type, can be a
// story's headline: at most maxHeadingWords words and no closing full
// stop or exclamation; a question can be a headline ("Is the network
// ready for winter?").
func isTypeHeadline(t string) bool {
	return wordCount(t) <= maxHeadingWords && (!endsSentence(t) || strings.HasSuffix(strings.TrimRight(t, `"'”’) `), "?"))
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
