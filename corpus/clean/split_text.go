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
