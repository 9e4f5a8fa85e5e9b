package clean

import (
	"regexp"
	"strings"

	"github.com/communique/communique/corpus"
)

// minRepeatedHeaders is how many release headers of one form make a file
// of concatenated releases however short each release is.
const minRepeatedHeaders = 3

// repeatedHeaderSplit starts a release at each release header of a file
// that opens with one and repeats its form (one of releaseHeaderRules) at
// least minRepeatedHeaders times, each after text that closes a sentence:
// short releases pasted one after another (a headline and a run-in
// dateline, a dateline and a headline) are several releases whatever the
// length of each, which releaseSplit, asking for a full body before each
// cut, would keep as one. Text of its own before the first header (a
// release's paragraphs) means the headers are not the file's structure.
func (c *Cleaner) repeatedHeaderSplit(lines []cline) split {
	var starts []int
	form := -1
	for i, l := range lines {
		if l.kind != kindBody && l.kind != kindDate {
			continue
		}
		f, start, ok := c.headerFormAt(lines, i)
		if !ok || form >= 0 && f != form {
			if t := strings.TrimSpace(l.text); form < 0 && len(t) >= minSummaryBytes && isProse(t) {
				return split{} // prose before the first header
			}
			continue
		}
		if form < 0 {
			form, starts = f, []int{start}
			continue
		}
		prev := starts[len(starts)-1]
		if start <= prev || sectionText(lines, prev, start) == 0 || !c.closesBody(lines, start) {
			continue
		}
		starts = append(starts, start)
	}
	if len(starts) < minRepeatedHeaders || c.headlineRepeats(lines, starts) {
		return split{}
	}
	return split{starts: starts, headed: true}
}

// headlineRepeats reports whether two of the parts that start at starts
// carry the same headline (the first release headline line of each): a
// release pasted twice is one release, not two.
func (c *Cleaner) headlineRepeats(lines []cline, starts []int) bool {
	seen := make(map[string]bool, len(starts))
	for j, s := range starts {
		end := len(lines)
		if j+1 < len(starts) {
			end = starts[j+1]
		}
		for i := s; i < end; i++ {
			if lines[i].kind == kindBody && c.isReleaseHeadline(lines[i]) {
				n := normLine(lines[i].text)
				if seen[n] {
					return true
				}
				seen[n] = true
				break
			}
		}
	}
	return false
}

// markSetextHeadings reads a rule of "=" or "-" right under a short
// headline line of a text or Markdown file, about as long as it, as that
// line's underline (a setext heading, as text exports and mail set
// headlines: "Export credit scheme extended" over "====="): the line is a
// heading of level 1 for "=" and 2 for "-", and the rule no separator
// between releases. A rule after a blank line, under a sentence, or much
// longer or shorter than the line above (underlines) stays a separator.
func (c *Cleaner) markSetextHeadings(lines []cline, doc corpus.Doc) {
	if doc.Format != corpus.FormatText && doc.Format != "" {
		return
	}
	for i := 1; i < len(lines); i++ {
		if lines[i].kind != kindSeparator || lines[i-1].kind != kindBody || lines[i-1].level > 0 {
			continue
		}
		rule, head := strings.TrimSpace(lines[i].text), strings.TrimSpace(lines[i-1].text)
		if rule == "" || rule[0] != '=' && rule[0] != '-' || !isRuleLine(rule) || !underlines(rule, head) {
			continue
		}
		if wordCount(head) > maxHeadingWords || endsSentence(head) && !strings.HasSuffix(head, "?") || !c.isHeadline(head) {
			continue
		}
		if lines[i-1].dateline || boxedAbove(lines, i-1, rule[0]) {
			continue // a date line, or the last line of a header boxed between two rules
		}
		lines[i-1].heading = true
		lines[i-1].level = 2
		if rule[0] == '=' {
			lines[i-1].level = 1
		}
		lines[i] = cline{kind: kindBlank}
	}
}

// maxBoxLines is how many lines a header boxed between two rules holds
// (a mail digest's "=====" / headline / date line / "=====").
const maxBoxLines = 4

// boxedAbove reports whether a rule drawn with ch stands above line i
// within maxBoxLines lines, with no blank line between: the rule under
// line i closes a box around a header, it does not underline one line.
func boxedAbove(lines []cline, i int, ch byte) bool {
	for j := i - 1; j >= 0 && j >= i-maxBoxLines; j-- {
		t := strings.TrimSpace(lines[j].text)
		if t == "" {
			return false
		}
		if lines[j].kind == kindSeparator && isRuleLine(t) && t[0] == ch {
			return true
		}
	}
	return false
}

// closingDateline matches the start of a line that closes a statement
// with its place and date ("Issued in Suva on 3 May 2024", "Done at
// Geneva, 12 June 2023", "Signed in Canberra on ...").
var closingDateline = regexp.MustCompile(`(?i)^(?:issued|signed|done|adopted|made|released|dated|given)\s+(?:in|at)\s+\S`)

// maxClosingDatelineWords bounds a closing dateline.
const maxClosingDatelineWords = 16

// isClosingDateline reports whether t closes a statement with its place
// and date.
func (c *Cleaner) isClosingDateline(t string) bool {
	t = strings.TrimSpace(t)
	return closingDateline.MatchString(t) && wordCount(t) <= maxClosingDatelineWords && hasYear(t) && c.rules.isDateline(t)
}

// minSeparatedStories is how many stories after end markers make a file
// of separated stories.
const minSeparatedStories = 2

// separatedStorySplit starts an article after each end marker (a
// separator line, or a closing dateline such as "Issued in Suva on 3 May
// 2024") that a headline line and a body follow, when at least
// minSeparatedStories markers do so and the file shows that its parts
// are separate articles: it is a periodical, or every marker is a
// closing dateline (each statement dates itself). A release whose
// sections a rule divides is neither. The part before the first marker
// is an article too when it has a body of its own; else it is the
// periodical's masthead.
func (c *Cleaner) separatedStorySplit(lines []cline) split {
	var stories []int
	closing := true
	for m, l := range lines {
		isClosing := (l.kind == kindBody || l.kind == kindDate) && c.isClosingDateline(l.text)
		if l.kind != kindSeparator && !isClosing {
			continue
		}
		j := c.nextContent(lines, m)
		if j < 0 || !c.isStoryHeadline(lines[j]) {
			continue
		}
		end := len(lines)
		for k := j + 1; k < len(lines); k++ {
			if lines[k].kind == kindSeparator || lines[k].kind == kindBody && c.isClosingDateline(lines[k].text) {
				end = k
				break
			}
		}
		if sectionText(lines, j+1, end) < minSectionBody {
			continue
		}
		closing = closing && isClosing
		stories = append(stories, j)
	}
	if len(stories) < minSeparatedStories || !closing && !c.periodical(lines) {
		return split{}
	}
	if sectionText(lines, 0, stories[0]) >= minSectionBody {
		if first := c.nextContent(lines, -1); first >= 0 && first < stories[0] {
			stories = append([]int{first}, stories...)
		}
	}
	return split{starts: stories, headed: true}
}

// isStoryHeadline reports whether l can head a story after an end
// marker: a headline line of at least three words, not a section name,
// a release label or a sentence, and no web address.
func (c *Cleaner) isStoryHeadline(l cline) bool {
	t := strings.TrimSpace(l.text)
	return l.kind == kindBody && l.headline && !l.dateline && wordCount(t) >= 3 && !endsSentence(t) &&
		!genericTitle(t) && !isReleaseLabel(t) && !hasWebAddress(t)
}

// numberedHeadline matches a story headline numbered by its place in a
// periodical ("1. VACCINATION CLINICS EXTEND HOURS", "2) New Wing
// Approved"): the number and the headline.
var numberedHeadline = regexp.MustCompile(`^(\d{1,2})[.)]\s+(\S.*)$`)

// minNumberedStories is the fewest numbered stories that make them a
// periodical's articles.
const minNumberedStories = 3

// numberedStorySplit starts the articles of a periodical at its numbered
// headlines: lines numbered 1, 2, 3 ... in order, each a headline of at
// least three words in the case style of the first (capitals or title
// case, never a sentence), standing on its own line over a body. Numbered
// section names inside one article ("1. Overview", "4. Next steps", "2.
// Working sessions") are short or generic and a release is no periodical:
// neither splits.
func (c *Cleaner) numberedStorySplit(lines []cline) split {
	var starts []int
	style := -1
	for i, l := range lines {
		if l.kind != kindBody {
			continue
		}
		m := numberedHeadline.FindStringSubmatch(strings.TrimSpace(l.text))
		if m == nil {
			continue
		}
		head := strings.TrimSpace(m[2])
		st := caseStyle(head)
		if atoi2(m[1]) != len(starts)+1 || wordCount(head) < 3 || wordCount(head) > maxHeadingWords || endsClause(head) ||
			genericTitle(head) || st == styleSentence || style >= 0 && st != style {
			continue
		}
		style = st
		starts = append(starts, i)
	}
	if len(starts) < minNumberedStories || !c.periodical(lines) {
		return split{}
	}
	p := bodyPrefix(lines)
	for j, s := range starts {
		end := len(lines)
		if j+1 < len(starts) {
			end = starts[j+1]
		}
		if sectionText(lines, s+1, end) < minSectionBody && bodyBetween(p, s+1, end) < minSectionBody {
			return split{}
		}
	}
	return split{starts: starts, headed: true}
}

// pageCounter matches a page counter closing a line of page furniture
// ("Page 1 of 2", "page 3/4", "Pg. 2 of 5"), alone or after a running
// header ("Ministry of Health | Media Release    Page 2 of 3").
var pageCounter = regexp.MustCompile(`(?i)(?:^|\s)(?:page|pg\.?|p\.)\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}$`)

// maxFurnitureBytes bounds a line of page furniture.
const maxFurnitureBytes = 160

// markPageFurniture marks as chrome the lines of a printout saved as text
// that end with a page counter: a running header or footer with its
// page number is no headline and no text of the release.
func markPageFurniture(lines []cline) {
	for i, l := range lines {
		t := strings.TrimSpace(l.text)
		if l.kind == kindBody && len(t) <= maxFurnitureBytes && pageCounter.MatchString(t) {
			lines[i].kind = kindChrome
		}
	}
}
