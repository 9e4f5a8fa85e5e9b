package clean

import "strings"

// A file of several releases often prints the same masthead above each
// of them (a ministry's name and its media unit, a bulletin's name): a
// line that opens two or more of a document's articles is that masthead,
// never one article's title.

// mastheadHeadLines is how many content lines at the top of each
// article are compared.
const mastheadHeadLines = 3

// maxRepeatedMastheadWords bounds a masthead line.
const maxRepeatedMastheadWords = 10

// markRepeatedMastheads marks as repeatedMasthead the lines at the top of an
// article, among its first mastheadHeadLines content lines and up to the
// first line that is not one of them, that open at least one other
// article of the document too (text compared by normLine), reads as
// a masthead (isMastheadShape) and has a headline after it in its
// article: they stay in its text (an issuer's name there is a fact of the
// release) but never name it (headlineLine). Listing items and records
// are left alone: their titles come from the listing.
func (c *Cleaner) markRepeatedMastheads(lines []cline, segs []segment) {
	if len(segs) < 2 {
		return
	}
	count := make(map[string]int)
	for _, s := range segs {
		if s.item || s.record {
			continue
		}
		seen := make(map[string]bool, mastheadHeadLines)
		for _, i := range headContent(lines, s) {
			if n := normLine(lines[i].text); n != "" && !seen[n] {
				seen[n] = true
				count[n]++
			}
		}
	}
	for _, s := range segs {
		if s.item || s.record {
			continue
		}
		for _, i := range headContent(lines, s) {
			t := strings.TrimSpace(lines[i].text)
			if count[normLine(t)] < 2 || !c.isMastheadShape(t) || !c.headlineFollows(lines, i, s.end) {
				break // the masthead is a block at the top: a line under the headline ("From: ...") stays
			}
			lines[i].repeatedMasthead = true
		}
	}
}

// headContent returns the first mastheadHeadLines body lines of segment s.
func headContent(lines []cline, s segment) []int {
	var out []int
	for i := s.start; i < s.end && len(out) < mastheadHeadLines; i++ {
		if lines[i].kind == kindBody {
			out = append(out, i)
		}
	}
	return out
}

// isMastheadShape reports whether t can be a masthead line: short, no
// sentence, no year, and set in capitals, a line of the issuer block, or a name in
// title case with no headline verb ("Coastal Affairs Bulletin"). A
// headline in sentence case or with a verb, which two stories of one
// newsletter may share, is not one.
func (c *Cleaner) isMastheadShape(t string) bool {
	if wordCount(t) > maxRepeatedMastheadWords || endsSentence(t) || hasYear(t) {
		return false // a dated line ("Media Division, 2024-09-23") closes the release above
	}
	if isAllCaps(t) || c.rules.isIssuerLine(t) {
		return true
	}
	return caseStyle(t) == styleTitle && !hasHeadlineVerb(t)
}
