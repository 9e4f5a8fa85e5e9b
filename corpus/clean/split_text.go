package clean

import "strings"

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
	if len(starts) < minRepeatedHeaders {
		return split{}
	}
	return split{starts: starts, headed: true}
}

// markSetextHeadings reads a plain-text heading underlined with a rule
// ("Export credit scheme extended" over "=====", "Field days return" over
// "-----"): the line above the rule is a heading (level 1 for "=", 2 for
// "-"), and the rule is no separator between releases. Only a short line
// that closes no sentence, right above the rule, is underlined: a rule
// under a paragraph's last line still separates.
func markSetextHeadings(lines []cline) {
	for i := 1; i < len(lines); i++ {
		rule := strings.TrimSpace(lines[i].text)
		if lines[i].kind != kindSeparator || !isRuleLine(rule) || rule[0] != '=' && rule[0] != '-' {
			continue
		}
		above := lines[i-1]
		t := strings.TrimSpace(above.text)
		if above.kind != kindBody || above.level > 0 || t == "" || wordCount(t) > maxHeadingWords || endsSentence(t) {
			continue
		}
		lines[i-1].level = 1
		if rule[0] == '-' {
			lines[i-1].level = 2
		}
		lines[i].kind = kindBlank
	}
}
