package clean

import (
	"strings"

	"github.com/communique/communique/corpus"
)

// The records of an HTML page that prints several articles in one
// repeated structure, as the decoder found them in the page's elements
// (corpus.PropRecords; corpus/html's findRecords): a news index's items,
// an e-mail bulletin's stories, releases printed one after another. The
// elements show where each record starts more surely than its lines do,
// so markRecords finds each record's headline among the lines, and
// recordSplit starts an article there, titled by that headline. A record
// printing its date above its headline starts at the date line.

// maxRecordPreLines is how many lines above its headline a record's own
// text (its date line, a type label) may take.
const maxRecordPreLines = 3

// maxListedRecordBytes bounds the mean text of a listing's records: dated
// records longer than that are full releases one after another, each an
// article with the document's masthead, not listed items.
const maxListedRecordBytes = 800

// minRecordMatchShare is the least share of the decoder's records whose
// headlines must be found among the lines.
const minRecordMatchShare = 0.8

// markRecords marks the lines of the page's records (corpus.PropRecords):
// the first line of each (recordStart, with recordDated from
// corpus.PropRecordsDated) and the line holding its headline
// (recordTitle). The headlines are matched in order, each on a line that
// is it, starts with it, or holds it as a table cell. The lines of the
// text after the records (the list's last line with an empty headline)
// are chrome. Nothing is marked
// unless at least minListingItems and minRecordMatchShare of the records
// are found.
func markRecords(lines []cline, doc corpus.Doc) {
	list := doc.Meta.Props[corpus.PropRecords]
	if list == "" || doc.Format != corpus.FormatHTML {
		return
	}
	dated := doc.Meta.Props[corpus.PropRecordsDated] == "true"
	boxed := doc.Meta.Props[corpus.PropRecordsBoxed] == "true"
	type hit struct {
		start, head int
		title       string
	}
	var hits []hit
	records, k, gap := 0, 0, ""
	for line := range strings.SplitSeq(list, "\n") {
		pre, head, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if normLine(head) == "" {
			gap = strings.ReplaceAll(normLine(pre), " ", "")
			continue
		}
		records++
		for i := k; i < len(lines); i++ {
			if lines[i].kind == kindBlank || !recordLineHolds(lines[i].text, pre, head) {
				continue
			}
			start := i
			if np := normLine(pre); np != "" && !strings.Contains(normLine(lines[i].text), np) {
				for j, seen := i-1, 0; j >= k && seen < maxRecordPreLines; j-- {
					if lines[j].kind == kindBlank {
						continue
					}
					seen++
					if n := normLine(lines[j].text); n == "" || !strings.Contains(np, n) {
						break
					}
					start = j
				}
			}
			if gap != "" && len(hits) > 0 {
				dropGapLines(lines, hits[len(hits)-1].head+1, start, gap)
			}
			hits = append(hits, hit{start, i, strings.TrimSpace(head)})
			k = i + 1
			break
		}
		gap = ""
	}
	if len(hits) < minListingItems || float64(len(hits)) < minRecordMatchShare*float64(records) {
		return
	}
	for k, h := range hits {
		lines[h.start].recordStart = true
		lines[h.start].recordDated = dated
		lines[h.start].recordBoxed = boxed
		lines[h.head].recordTitle = h.title
		end := len(lines)
		if k+1 < len(hits) {
			end = hits[k+1].start
		} else if gap != "" {
			end = dropAfterRecords(lines, h.head+1, gap)
		}
		keepRecordDateLine(lines, h.head+1, end)
	}
}

// minAfterLineBytes is the shortest line that, being the start of the
// text after the records, ends them (a shorter one, "1" or "More", may be
// the last record's own).
const minAfterLineBytes = 8

// dropGapLines marks as chrome the content lines right above line end
// (and from from on) whose text is part of gap, the text between two
// records (normalized, without spaces): a month heading above a group.
func dropGapLines(lines []cline, from, end int, gap string) {
	for j := end - 1; j >= from; j-- {
		if lines[j].kind == kindBlank {
			continue
		}
		n := strings.ReplaceAll(normLine(lines[j].text), " ", "")
		if n == "" || !strings.Contains(gap, n) {
			return
		}
		lines[j].kind = kindChrome
	}
}

// dropAfterRecords marks as chrome the lines from the first line at or
// after from that starts the text following the records (after,
// normalized: a pager, a "Date modified" line), and returns that line's
// index, or len(lines) when none does.
func dropAfterRecords(lines []cline, from int, after string) int {
	for i := from; i < len(lines); i++ {
		n := normLine(lines[i].text)
		// Compared without spaces: the decoder's text joins elements
		// ("Date modified:" "2017-01-10") its lines keep apart.
		if n = strings.ReplaceAll(n, " ", ""); n == "" || !strings.HasPrefix(after, n) || len(n) < minAfterLineBytes && n != after {
			continue
		}
		for j := i; j < len(lines); j++ {
			if lines[j].kind != kindBlank {
				lines[j].kind = kindChrome
			}
		}
		return i
	}
	return len(lines)
}

// keepRecordDateLine gives a record its date line back when the line
// rules took it for chrome ("2016-12-30 | News release | Defence", a row
// of labels like a navigation bar): the first of the record's lines
// [from, end) that is a date with labels (labelDate) is its text.
func keepRecordDateLine(lines []cline, from, end int) {
	for i, seen := from, 0; i < end && seen < maxRecordPreLines; i++ {
		if lines[i].kind == kindBlank {
			continue
		}
		seen++
		if lines[i].kind == kindChrome && labelDate(strings.TrimSpace(lines[i].text)) != "" {
			lines[i].kind = kindBody
			return
		}
	}
}

// recordLineHolds reports whether line holds the headline head of a
// record that prints pre above it: it is the headline, starts with it (a
// paragraph led by its bold headline) or with pre and it (a date and a
// headline on one line), or holds it as one of its tab-separated cells (a
// table row).
func recordLineHolds(line, pre, head string) bool {
	n, h := normLine(line), normLine(head)
	if n == h || strings.HasPrefix(n, h+" ") {
		return true
	}
	if np := normLine(pre); np != "" && (n == np+" "+h || strings.HasPrefix(n, np+" "+h+" ")) {
		return true
	}
	if !strings.Contains(line, "\t") {
		return false
	}
	for cell := range strings.SplitSeq(line, "\t") {
		if normLine(cell) == h {
			return true
		}
	}
	return false
}

// recordSplit starts one article at each record the decoder found
// (markRecords). Dated records of a listing's length are listed items,
// each dated by its own line; longer ones are releases printed one after
// another. Undated records (an e-mail bulletin's stories) split only a
// periodical's page or one where each record is a box of its own
// (corpus.PropRecordsBoxed: a table row or cell, an <article>, a text
// closed like the others): an article's own sections are not stories.
func (c *Cleaner) recordSplit(lines []cline) split {
	var starts []int
	dated, boxed := false, false
	for i, l := range lines {
		if l.recordStart {
			starts = append(starts, i)
			dated, boxed = l.recordDated, l.recordBoxed
		}
	}
	if len(starts) < minListingItems || !dated && !boxed && !c.periodical(lines) {
		return split{}
	}
	text := 0
	for i := starts[0]; i < len(lines); i++ {
		if lines[i].kind == kindBody || lines[i].kind == kindDate {
			text += len(strings.TrimSpace(lines[i].text))
		}
	}
	listed := dated && text <= maxListedRecordBytes*len(starts)
	return split{starts: starts, headed: true, listing: listed, records: true}
}

// recordHeadLine returns the line of segment s holding its record's
// headline (markRecords) among its first lines, or -1. Only a segment the
// record split started has one: a page whose records did not split it (a
// single article beside a list of links) is titled as any other.
func recordHeadLine(lines []cline, s segment) int {
	if !s.record {
		return -1
	}
	for i := s.start; i < s.end && i <= s.start+maxRecordPreLines; i++ {
		if lines[i].recordTitle != "" {
			return i
		}
	}
	return -1
}

// takeRecordTitle titles segment s by its record's headline on line i
// (recordHeadLine). Lines above it are the record's pre-title lines (its
// date); a table row's other cells (its date, its type) join the
// segment's masthead; a paragraph led by the headline stays in the text.
func (c *Cleaner) takeRecordTitle(lines []cline, s *segment, i int) {
	l := lines[i]
	s.title = l.recordTitle
	s.bodyFrom, s.titleEnd = c.takePreTitle(lines, s, i), i+1
	n, h := normLine(l.text), normLine(l.recordTitle)
	switch {
	case n == h:
	case strings.Contains(l.text, "\t"):
		var rest []string
		for cell := range strings.SplitSeq(l.text, "\t") {
			if t := strings.TrimSpace(cell); t != "" && normLine(t) != h {
				rest = append(rest, t)
			}
		}
		s.masthead = strings.TrimSpace(s.masthead + "\n" + strings.Join(rest, "\n"))
	default:
		s.titleEnd = i // the headline leads its paragraph
		if s.bodyFrom > i {
			s.bodyFrom = i
		}
	}
}
