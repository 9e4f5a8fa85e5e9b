package pdf

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// PDF-level cleanup, run on the laid-out pages before they become text:
//   - running headers and footers: lines among the top or bottom few of a
//     page whose text, digits ignored, repeats on at least half the pages;
//   - page numbers: "7", "- 7 -", "Page 3 of 7", "3/7", "iv" at the top or
//     bottom of a page;
//   - table-of-contents lines with dot leaders ("Introduction ..... 3") and
//     the "Contents" heading above them;
//   - wrapped lines joined into paragraphs (one paragraph per line, a blank
//     line between paragraphs), with words hyphenated across line ends
//     re-joined. A line starting with an item label or bullet, a heading
//     (bold or larger type, or a short line) and a line after a paragraph
//     gap start a new paragraph.

const (
	// pdfEdgeLines is how many lines at the top and at the bottom of a page
	// are looked at as running headers, footers and page numbers.
	pdfEdgeLines = 3
	// pdfMinRepeatShare is the share of pages a line must repeat on to be a
	// running header or footer; under a half, so that headers that differ
	// on odd and even pages count.
	pdfMinRepeatShare = 0.4
	// pdfParagraphGap is the baseline distance, relative to the block's usual
	// line spacing, that separates paragraphs.
	pdfParagraphGap = 1.35
	// pdfShortLineShare: a line ending this much (share of the block width)
	// before the block's right edge ends its paragraph.
	pdfShortLineShare = 0.15
	// pdfEdgeTolerance is how far (in points) the ends of two lines may be
	// apart and still mark the same column edge.
	pdfEdgeTolerance = 2.0
	// pdfColumnWindow is how far (in font sizes) above and below a line
	// the lines that set its column's right edge may be.
	pdfColumnWindow = 12.0
	// pdfDefaultLeading is the line spacing, relative to the font size,
	// assumed for a block of one line.
	pdfDefaultLeading = 1.2
	// pdfFootnoteSmaller is how much smaller (points) than the body's
	// footnotes are set, at least; pdfFootnoteGap the gap (in body font
	// sizes) between the body's last line and the first footnote.
	pdfFootnoteSmaller = 0.75
	pdfFootnoteGap     = 1.5
	// pdfOwnLeadingShare: lines of a type whose usual spacing
	// (pdfDefaultLeading times its size, times this share) exceeds the
	// block's line spacing are spaced by their own size: headlines.
	pdfOwnLeadingShare = 0.95
	// pdfHeadlineLarger is how much larger than the body type a headline
	// is set, at least.
	pdfHeadlineLarger = 1.15
	// pdfMaxHeadingBytes is the longest paragraph marked as a heading.
	pdfMaxHeadingBytes = 200
)

var (
	pdfPageNumberRE = regexp.MustCompile(`(?i)^(?:page|p\.|pg\.?)?\s*[-–—]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—]?\s*(?:(?:of|/)\s*\d{1,4})?$`)
	// pdfDotLeaderRE matches a contents line: text, a leader of dots (or
	// dot-space pairs, or ellipses), a page number.
	pdfDotLeaderRE = regexp.MustCompile(`(?:\.\s?){4,}\s*\d{1,4}\s*$|…{2,}\s*\d{1,4}\s*$|\.{2,}…*\s*\d{1,4}\s*$`)
	pdfContentsRE  = regexp.MustCompile(`(?i)^(?:table of )?contents$`)
	// pdfItemStartRE matches the start of a numbered item or a bullet.
	// One ^ before both alternatives, not one in each: the matcher then
	// knows the pattern is anchored and tries the start of the line only,
	// not every position of it (the same matches, a fraction of the cost).
	pdfItemStartRE = regexp.MustCompile(`^(?:(?:\(?\d{1,3}[.)]|\(?\d{1,3}(?:\.\d{1,3})+\.?|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\)|\[\d{1,3}\]|[•▪◦●○■□➢►\-–*·])(?:\s|$)|\(\d{1,3}[A-Z])`)
)

// pdfAssemble turns laid-out pages into Doc text, page offsets and the
// offsets of heading paragraphs (see Doc.Headings). With clean false,
// every line is kept as it is, one per line, and no headings are marked.
func pdfAssemble(pages []pdfPage, clean bool) (string, []int, []int) {
	var notes []pdfLine
	if clean {
		pdfDropRunningLines(pages)
		pdfDropContentsLines(pages)
		notes = pdfTakeFootnotes(pages)
		pdfTopBandFirst(pages)
		pdfGatherHeadlines(pages)
		pdfSplitDateCells(pages)
		pdfSplitBoldLead(pages)
		pdfHeadlineFirst(pages)
	}
	words := pdfWordSet(pages)
	var out []byte
	var headings []int
	var headTypes []pdfHeadType
	para := 0 // paragraphs so far, for pdfHeadType.para
	starts := make([]int, 0, len(pages))
	var prevLast *pdfLine // last line of the previous page, for joins
	for pi := range pages {
		lines := pages[pi].lines
		if len(lines) == 0 {
			starts = append(starts, len(out))
			continue
		}
		if !clean {
			if len(out) > 0 {
				out = append(out, "\n\n"...)
			}
			starts = append(starts, len(out))
			for i, l := range lines {
				if i > 0 {
					out = append(out, '\n')
				}
				out = append(out, l.text...)
			}
			continue
		}
		paras, heads := pdfJoinLinesMarked(lines, words)
		if prevLast != nil && pdfContinuesAcrossPages(prevLast, &lines[0]) {
			out = pdfAppendJoined(out, paras[0], words)
			starts = append(starts, len(out)-len(paras[0]))
		} else {
			if len(out) > 0 {
				out = append(out, "\n\n"...)
			}
			starts = append(starts, len(out))
			if heads[0] != (pdfHeadType{}) {
				heads[0].para = para
				headings, headTypes = append(headings, len(out)), append(headTypes, heads[0])
			}
			para++
			out = append(out, paras[0]...)
		}
		for i, p := range paras[1:] {
			out = append(out, "\n\n"...)
			if heads[i+1] != (pdfHeadType{}) {
				heads[i+1].para = para
				headings, headTypes = append(headings, len(out)), append(headTypes, heads[i+1])
			}
			para++
			out = append(out, p...)
		}
		prevLast = &lines[len(lines)-1]
	}
	if len(notes) > 0 {
		// Footnotes go after the text, so that they neither split a
		// paragraph running over a page break nor read as numbered items.
		for _, p := range pdfJoinLines(notes, words) {
			out = append(out, "\n\n"...)
			out = append(out, p...)
		}
	}
	return string(out), starts, pdfHeadlineLevel(headings, headTypes)
}

// pdfSplitDateCells parts, among the first pdfHeadlineTopLines lines of
// the first page with text, a row of cells whose last cell is a date
// alone (pdfDateLineRE) into the row's other cells and the date as a line
// of its own: a masthead's strapline with the issue date set at the
// right ("Port authority staff newsletter    May 2024"), a department's
// name with the release date beside it. The date then reads as the
// issue's or release's date line, not as a cell of a table row.
func pdfSplitDateCells(pages []pdfPage) {
	for pi := range pages {
		lines := pages[pi].lines
		if len(lines) == 0 {
			continue
		}
		var out []pdfLine // nil until a row splits
		for i, l := range lines {
			k := strings.LastIndexByte(l.text, '\t')
			if i >= pdfHeadlineTopLines || !l.cells || k < 0 || !pdfDateLineRE.MatchString(strings.TrimSpace(l.text[k+1:])) {
				if out != nil {
					out = append(out, l)
				}
				continue
			}
			if out == nil {
				out = append(make([]pdfLine, 0, len(lines)+1), lines[:i]...)
			}
			rest, date := l, l
			rest.text, date.text = l.text[:k], strings.TrimSpace(l.text[k+1:])
			rest.cells = strings.IndexByte(rest.text, '\t') >= 0
			date.cells, date.lead = false, true
			date.x0 = math.Max(l.x0, l.x1-float64(utf8.RuneCountInString(date.text))*l.fs/2)
			out = append(out, rest, date)
		}
		if out != nil {
			pages[pi].lines = out
		}
		return
	}
}

// Bounds of a bold lead that pdfSplitBoldLead sets apart as a headline.
const (
	pdfBoldLeadMinWords = 4
	pdfBoldLeadMaxWords = 25
)

// pdfSplitBoldLead sets apart, among the first pdfHeadlineTopLines lines
// of the first page with text, the bold run that opens the first line of
// running text when regular text follows it on the line ("Ministers
// agree on a joint plan. The ministers of the three countries ..."): a
// release's headline set in bold at the body's size, run into its first
// paragraph, which is then a line of its own, above the rest. Only the
// first line with regular text is looked at: a bold lead further down is
// a paragraph's lead-in, not the document's headline. A bold run of
// fewer than pdfBoldLeadMinWords or more than pdfBoldLeadMaxWords words,
// or one that holds a digit (a dateline: "SINGAPORE, 12 March 2024 –")
// or ends in a dash, stays where it is.
func pdfSplitBoldLead(pages []pdfPage) {
	for pi := range pages {
		lines := pages[pi].lines
		if len(lines) == 0 {
			continue
		}
		for i := range min(len(lines), pdfHeadlineTopLines) {
			l := lines[i]
			if l.bold || l.cells || l.boldLead == 0 && !pdfRunningTextLine(l.text) {
				continue // headlines, letterhead and date lines above the text
			}
			if l.boldLead == 0 {
				return // the text began without a bold lead
			}
			head := strings.TrimSpace(l.text[:l.boldLead])
			rest := strings.TrimSpace(l.text[l.boldLead:])
			if !pdfBoldLeadHeadline(head) || rest == "" {
				return
			}
			h, r := l, l
			h.text, h.bold, h.boldLead, h.lead = strings.TrimRight(head, ".:"), true, 0, true
			r.text, r.boldLead, r.lead = rest, 0, true
			r.x0 = l.x0 + (l.x1-l.x0)*float64(len(head))/float64(len(l.text))
			out := make([]pdfLine, 0, len(lines)+1)
			out = append(append(append(out, lines[:i]...), h, r), lines[i+1:]...)
			pages[pi].lines = out
			return
		}
		return
	}
}

// pdfRunningTextWords is how many words make a line one of running text
// rather than of a letterhead or header (with most of its letters in
// lower case).
const pdfRunningTextWords = 8

// pdfRunningTextLine reports whether s reads as a line of running text:
// pdfRunningTextWords words or more, most letters in lower case.
func pdfRunningTextLine(s string) bool {
	if len(strings.Fields(s)) < pdfRunningTextWords {
		return false
	}
	lower, upper := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			upper++
		}
	}
	return lower > upper
}

// pdfBoldLeadHeadline reports whether a bold lead reads as a headline:
// pdfBoldLeadMinWords to pdfBoldLeadMaxWords words, no digit, not ending
// in a dash.
func pdfBoldLeadHeadline(s string) bool {
	n := len(strings.Fields(s))
	if n < pdfBoldLeadMinWords || n > pdfBoldLeadMaxWords || strings.ContainsAny(s, "0123456789") {
		return false
	}
	return !strings.HasSuffix(s, "-") && !strings.HasSuffix(s, "–") && !strings.HasSuffix(s, "—")
}

// pdfTakeFootnotes removes each page's footnotes and returns them in
// order: the lines at the bottom of a page, below all of its body text,
// in a smaller font than the body's, unless the lowest line of body type
// is a heading (pdfHeadingType): the small lines are then its text.
func pdfTakeFootnotes(pages []pdfPage) []pdfLine {
	var notes []pdfLine
	for pi := range pages {
		pg := &pages[pi]
		body := pdfBodyFontSize(pg.lines)
		if body == 0 {
			continue
		}
		small := func(l pdfLine) bool { return l.fs <= body-pdfFootnoteSmaller }
		lowestBody := math.Inf(1)
		var lowest *pdfLine
		for i, l := range pg.lines {
			if !small(l) && l.y < lowestBody {
				lowestBody, lowest = l.y, &pg.lines[i]
			}
		}
		if lowest != nil && pdfHeadingType(lowest, body, pdfBodyIsBold(pg.lines, body)) {
			// Small lines under a heading are its section's text (a
			// newsletter's last item set a size smaller), not notes.
			continue
		}
		kept := pg.lines[:0]
		var pageNotes []pdfLine
		for _, l := range pg.lines {
			// Below the body text, past a gap (where the footnote rule
			// sits).
			if small(l) && l.y < lowestBody-pdfFootnoteGap*body {
				pageNotes = append(pageNotes, l)
				continue
			}
			kept = append(kept, l)
		}
		// A page of small print only, or a lone small line, is text.
		if len(kept) == 0 || len(pageNotes) == 0 {
			pg.lines = append(kept, pageNotes...)
			continue
		}
		slices.SortStableFunc(pageNotes, func(a, b pdfLine) int { return cmp.Compare(b.y, a.y) })
		for i := range pageNotes {
			pageNotes[i].block = -1 - pi // one block per page's notes
		}
		pg.lines = kept
		notes = append(notes, pageNotes...)
	}
	return notes
}

// pdfBodyFontSize is the font size most of a page's text is set in.
func pdfBodyFontSize(lines []pdfLine) float64 {
	chars := make(map[float64]int)
	best, bestN := 0.0, 0
	for _, l := range lines {
		fs := math.Round(l.fs*2) / 2
		chars[fs] += len(l.text)
		if chars[fs] > bestN {
			best, bestN = fs, chars[fs]
		}
	}
	return best
}

// pdfEdgeContext is what the page-furniture rules know of a document.
type pdfEdgeContext struct {
	pages []pdfPage
	// counts holds, per running key, the pages whose edge lines have it;
	// minPages is the count that makes a line a running one.
	counts   map[string]int
	minPages int
	// banners marks, per page, the edge lines of a varying banner.
	banners []map[int]bool
}

// pdfEdgeLine is one of a page's top or bottom pdfEdgeLines lines.
type pdfEdgeLine struct {
	page, idx int
	text      string
	// extreme marks the page's topmost or bottommost line.
	extreme bool
}

// pdfEdgeRule is a named rule that tells page furniture among a page's
// edge lines; pdfDropRunningLines drops a line any rule matches.
type pdfEdgeRule struct {
	name  string
	match func(c *pdfEdgeContext, l pdfEdgeLine) bool
}

// pdfEdgeRules are the page-furniture rules, walked in order.
var pdfEdgeRules = []pdfEdgeRule{
	{"repeated line", func(c *pdfEdgeContext, l pdfEdgeLine) bool {
		return c.counts[pdfRunningKey(l.text)] >= c.minPages
	}},
	{"page number", func(c *pdfEdgeContext, l pdfEdgeLine) bool {
		return pdfPageNumberRE.MatchString(l.text) && pdfIsPageNumber(l.text, len(c.pages))
	}},
	{"repeated header name", func(c *pdfEdgeContext, l pdfEdgeLine) bool {
		return l.extreme && c.counts[pdfRunningPrefixKey(l.text)] >= c.minPages
	}},
	{"varying banner", func(c *pdfEdgeContext, l pdfEdgeLine) bool {
		return c.banners[l.page][l.idx]
	}},
	{"margin code", func(c *pdfEdgeContext, l pdfEdgeLine) bool {
		return l.extreme && pdfInMarginBand(c.pages[l.page].lines, l.idx) && pdfFurnitureShape(l.text)
	}},
}

// pdfDropRunningLines removes running headers, footers, page numbers and
// other page furniture (pdfEdgeRules), and the furniture cells of an edge
// line that also holds text ("Issued 3 May 2025" beside "Page 1 of 2").
func pdfDropRunningLines(pages []pdfPage) {
	c := &pdfEdgeContext{pages: pages, counts: make(map[string]int)}
	for _, pg := range pages {
		seen := make(map[string]bool)
		edges := pdfEdgeIndexes(pg.lines)
		for n, i := range edges {
			t := pg.lines[i].text
			prefix := ""
			if n == 0 || n == len(edges)-1 {
				prefix = pdfRunningPrefixKey(t) // the page's top or bottom line
			}
			for _, k := range [2]string{pdfRunningKey(t), prefix} {
				if k != "" && !seen[k] {
					seen[k] = true
					c.counts[k]++
				}
			}
		}
	}
	c.minPages = max(2, int(math.Ceil(pdfMinRepeatShare*float64(len(pages)))))
	c.banners = pdfVaryingBanners(pages)
	for pi := range pages {
		pg := &pages[pi]
		drop := make(map[int]bool)
		edges := pdfEdgeIndexes(pg.lines)
		for n, i := range edges {
			l := pdfEdgeLine{page: pi, idx: i, text: strings.TrimSpace(pg.lines[i].text), extreme: n == 0 || n == len(edges)-1}
			if pdfFurniture(c, l) {
				drop[i] = true
				continue
			}
			if pg.lines[i].cells {
				pg.lines[i].text = pdfDropFurnitureCells(c, l)
			}
		}
		if len(drop) == 0 {
			continue
		}
		kept := pg.lines[:0]
		for i, l := range pg.lines {
			if !drop[i] {
				kept = append(kept, l)
			}
		}
		pg.lines = kept
	}
}

// pdfFurniture reports whether some rule takes l for page furniture.
func pdfFurniture(c *pdfEdgeContext, l pdfEdgeLine) bool {
	for _, r := range pdfEdgeRules {
		if r.match(c, l) {
			return true
		}
	}
	return false
}

// pdfDropFurnitureCells returns l's text without the tab-parted cells that
// are furniture on their own.
func pdfDropFurnitureCells(c *pdfEdgeContext, l pdfEdgeLine) string {
	cells := strings.Split(l.text, "\t")
	kept := cells[:0]
	for _, cell := range cells {
		cl := l
		cl.text = strings.TrimSpace(cell)
		if !pdfFurniture(c, cl) {
			kept = append(kept, cell)
		}
	}
	if len(kept) == 0 {
		return l.text
	}
	return strings.Join(kept, "\t")
}

const (
	// pdfMarginSmaller is how much smaller than the body a line of the
	// margin band is set, at most (a share of the body size).
	pdfMarginSmaller = 0.9
	// pdfMarginMaxWords is the most words of letters a furniture line
	// has besides its codes ("Ref:", "Printed", "Version").
	pdfMarginMaxWords = 2
)

// pdfInMarginBand reports whether line i of a page sits in the top or
// bottom margin band: in smaller type than the body, and set apart from
// every other line by at least pdfEdgeRowGap of its own size.
func pdfInMarginBand(lines []pdfLine, i int) bool {
	l := lines[i]
	if l.fs > pdfMarginSmaller*pdfBodyFontSize(lines) {
		return false
	}
	for j, o := range lines {
		if j != i && math.Abs(o.y-l.y) < pdfEdgeRowGap*l.fs {
			return false
		}
	}
	return true
}

// pdfFurnitureShape reports whether a line reads as page furniture rather
// than text: at least one code (a document reference, a numeric date, a
// clock time, a web or mail address) and at most pdfMarginMaxWords words
// of letters besides ("Ref: PR/2025/0417", "Printed 03/06/2025 09:14",
// "DCA-MR-0417"). A dateline ("Issued 20 May 2025") has no code.
func pdfFurnitureShape(s string) bool {
	codes, words := 0, 0
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, ",;()[]|")
		switch {
		case pdfCodeToken(f):
			codes++
		case strings.IndexFunc(f, unicode.IsLetter) >= 0 && utf8.RuneCountInString(f) >= 2:
			words++
		}
	}
	return codes > 0 && words <= pdfMarginMaxWords
}

// pdfNumericDateRE matches a numeric date ("03/06/2025", "2025-06-03").
var pdfNumericDateRE = regexp.MustCompile(`^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$`)

// pdfCodeToken reports whether a token is a code: digits mixed with
// letters or joined by / - : . ("PR/2025/0417", "09:14", "v2.1"), or an
// address ("www.agency.gov", "press@agency.gov").
func pdfCodeToken(f string) bool {
	if strings.Contains(f, "://") || strings.HasPrefix(strings.ToLower(f), "www.") || strings.Contains(f, "@") && strings.Contains(f, ".") {
		return true
	}
	f = strings.TrimRight(f, ".:")
	if utf8.RuneCountInString(f) < 3 || strings.IndexFunc(f, unicode.IsDigit) < 0 || pdfNumericDateRE.MatchString(f) {
		// A numeric date alone may be the dateline: only a clock
		// time or a reference beside it makes a stamp.
		return false
	}
	return strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || strings.ContainsRune("/-:.", r) }) >= 0
}

const (
	// pdfBannerSimilarity is the least share of shared words (Jaccard)
	// between the top (or bottom) lines of neighbouring pages for them to
	// be one banner whose wording varies ("CONFIDENTIAL - prepared for the
	// Board, 3 March" and "Confidential: prepared for Board members").
	pdfBannerSimilarity = 0.6
	// pdfBannerMinWords is the fewest words a varying banner has.
	pdfBannerMinWords = 3
	// pdfBannerReach is how many pages before and after a page are
	// compared with it (bounded, so that long documents stay linear).
	pdfBannerReach = 3
)

// pdfVaryingBanners finds running banners whose wording varies slightly
// from page to page, by position and shape: a page's topmost or bottommost
// line, not a headline, that shares most of its words with the line at the same edge of at
// least two pages nearby (one in a two-page document). It returns, per
// page, the indexes of such lines.
func pdfVaryingBanners(pages []pdfPage) []map[int]bool {
	out := make([]map[int]bool, len(pages))
	if len(pages) < 2 {
		return out
	}
	need := min(2, len(pages)-1)
	// edge[p][0] and edge[p][1] are page p's top and bottom line indexes.
	type edgeLine struct {
		idx   int
		words map[string]bool
	}
	edges := make([][2]edgeLine, len(pages))
	for pi, pg := range pages {
		idx := pdfEdgeIndexes(pg.lines)
		if len(idx) == 0 {
			edges[pi] = [2]edgeLine{{idx: -1}, {idx: -1}}
			continue
		}
		body := pdfBodyFontSize(pg.lines)
		for side, i := range [2]int{idx[0], idx[len(idx)-1]} {
			edges[pi][side] = edgeLine{idx: -1}
			// A headline (bold, or larger than the body) is never a
			// banner, however alike the headlines of the pages.
			if l := pg.lines[i]; !l.bold && l.fs <= body*pdfHeadlineLarger {
				edges[pi][side] = edgeLine{idx: i, words: pdfLineWords(l.text)}
			}
		}
	}
	for pi := range pages {
		for side := range 2 {
			e := edges[pi][side]
			if e.idx < 0 || len(e.words) < pdfBannerMinWords {
				continue
			}
			similar := 0
			for pj := max(0, pi-pdfBannerReach); pj <= min(len(pages)-1, pi+pdfBannerReach); pj++ {
				if pj != pi && edges[pj][side].idx >= 0 && pdfJaccard(e.words, edges[pj][side].words) >= pdfBannerSimilarity {
					similar++
				}
			}
			if similar >= need {
				if out[pi] == nil {
					out[pi] = make(map[int]bool)
				}
				out[pi][e.idx] = true
			}
		}
	}
	return out
}

// pdfLineWords is the set of a line's lower-case words of letters.
func pdfLineWords(s string) map[string]bool {
	words := make(map[string]bool)
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		words[w] = true
	}
	return words
}

func pdfJaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	both := 0
	for w := range a {
		if b[w] {
			both++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

// pdfIsPageNumber rejects page-number look-alikes that are not: a roman
// numeral only counts in a multi-page document.
func pdfIsPageNumber(t string, pages int) bool {
	if strings.IndexFunc(t, unicode.IsDigit) < 0 {
		return pages > 1
	}
	// A bare year in a masthead or date line is not a page number.
	if n, err := strconv.Atoi(strings.Trim(t, " -–—")); err == nil && n >= 1900 && n <= 2100 {
		return false
	}
	return true
}

// pdfEdgeIndexes returns the indexes of the top and bottom pdfEdgeLines lines of
// a page by position.
func pdfEdgeIndexes(lines []pdfLine) []int {
	idx := make([]int, len(lines))
	for i := range idx {
		idx[i] = i
	}
	if len(lines) <= 2*pdfEdgeLines {
		return idx
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case lines[a].y > lines[b].y:
			return -1
		case lines[a].y < lines[b].y:
			return 1
		}
		return 0
	})
	return append(idx[:pdfEdgeLines:pdfEdgeLines], idx[len(idx)-pdfEdgeLines:]...)
}

// pdfRunningKey normalizes a line for repeat counting: lower case, digits as
// '#', spaces collapsed. Short keys (a bare number) are left to the
// page-number rule.
func pdfRunningKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsDigit(r):
			r = '#'
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if utf8.RuneCountInString(strings.Trim(b.String(), "# -")) < 3 {
		return ""
	}
	return b.String()
}

// pdfRunningSeparators part a running header's fixed name from the part
// that changes from page to page ("Communications News | <article title>").
var pdfRunningSeparators = []string{" | ", " · ", " • ", " – ", " — ", " - "}

// pdfRunningPrefixKey returns the running key of the part of s before its
// first separator, marked so that it never equals a whole line's key, or
// "" when s has no separator or the part is under two words: a header
// whose second part names the current article repeats only in its first.
func pdfRunningPrefixKey(s string) string {
	cut := -1
	for _, sep := range pdfRunningSeparators {
		if i := strings.Index(s, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 || len(strings.Fields(s[:cut])) < 2 {
		return ""
	}
	if k := pdfRunningKey(s[:cut]); k != "" {
		return k + " |"
	}
	return ""
}

// pdfDropContentsLines removes dot-leader contents lines and the "Contents"
// heading that precedes them.
func pdfDropContentsLines(pages []pdfPage) {
	for pi := range pages {
		pg := &pages[pi]
		drop := make(map[int]bool)
		for i, l := range pg.lines {
			if pdfMayBeContentsLine(l.text) && pdfDotLeaderRE.MatchString(l.text) {
				drop[i] = true
				for j := i - 1; j >= 0 && j >= i-2; j-- {
					if pdfContentsRE.MatchString(strings.TrimSpace(pg.lines[j].text)) {
						drop[j] = true
					}
				}
			}
		}
		if len(drop) == 0 {
			continue
		}
		kept := pg.lines[:0]
		for i, l := range pg.lines {
			if !drop[i] {
				kept = append(kept, l)
			}
		}
		pg.lines = kept
	}
}

// pdfMayBeContentsLine is what every match of pdfDotLeaderRE has: a line
// that ends in an ASCII digit before trailing white space (\s: tab, line
// feed, form feed, carriage return, space) and holds a dot or an ellipsis.
// It spares the regexp, which tries a match at every position, the lines
// of prose.
func pdfMayBeContentsLine(s string) bool {
	s = strings.TrimRight(s, "\t\n\f\r ")
	if s == "" || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return false
	}
	return strings.Contains(s, ".") || strings.Contains(s, "…")
}

// pdfWordSet collects the lower-cased words of all lines, for telling a
// hyphenated line break ("imple-" "mentation") from a compound
// ("climate-" "friendly") by the forms the document uses elsewhere.
func pdfWordSet(pages []pdfPage) map[string]bool {
	words := make(map[string]bool)
	afterHyphen := false
	for _, pg := range pages {
		for _, l := range pg.lines {
			fields := strings.Fields(l.text)
			for i, w := range fields {
				// The halves of a word broken at a line end are not
				// words: they would vouch for each other.
				if i == 0 && afterHyphen || i == len(fields)-1 && strings.HasSuffix(w, "-") {
					continue
				}
				words[strings.ToLower(pdfTrimWord(w))] = true
			}
			afterHyphen = strings.HasSuffix(l.text, "-")
		}
	}
	return words
}

// pdfWordPunct is the punctuation around a word that pdfWordSet drops.
const pdfWordPunct = `.,;:!?()[]"'“”‘’`

// pdfTrimWord is strings.Trim(w, pdfWordPunct), without its work when w
// starts and ends in an ASCII byte that is none of them (most words).
func pdfTrimWord(w string) string {
	if w == "" {
		return w
	}
	first, last := w[0], w[len(w)-1]
	if first < utf8.RuneSelf && last < utf8.RuneSelf &&
		strings.IndexByte(pdfWordPunct, first) < 0 && strings.IndexByte(pdfWordPunct, last) < 0 {
		return w
	}
	return strings.Trim(w, pdfWordPunct)
}

// pdfBlockGeometry is what paragraph joining knows of an XY-cut leaf.
type pdfBlockGeometry struct {
	right, width, leading float64
}

func pdfBlockGeometries(lines []pdfLine) map[int]pdfBlockGeometry {
	type acc struct {
		left, right float64
		gaps        []float64
		last        pdfLine
		n           int
	}
	accs := make(map[int]*acc)
	for _, l := range lines {
		a := accs[l.block]
		if a == nil {
			a = &acc{left: l.x0, right: l.x1, last: l}
			accs[l.block] = a
		} else {
			a.left = math.Min(a.left, l.x0)
			a.right = math.Max(a.right, l.x1)
			// Only lines of one column and type give the line spacing: a
			// caption beside the text interleaves lines at other heights.
			p := a.last
			if d := p.y - l.y; d > 0 && math.Abs(p.fs-l.fs) <= 0.5 && p.x0 < l.x1 && l.x0 < p.x1 {
				a.gaps = append(a.gaps, d)
			}
			a.last = l
		}
		a.n++
	}
	out := make(map[int]pdfBlockGeometry, len(accs))
	for k, a := range accs {
		g := pdfBlockGeometry{right: a.right, width: a.right - a.left}
		if len(a.gaps) > 0 {
			slices.Sort(a.gaps)
			g.leading = a.gaps[len(a.gaps)/2]
		}
		out[k] = g
	}
	return out
}

// pdfJoinLines joins a page's lines into paragraphs.
func pdfJoinLines(lines []pdfLine, words map[string]bool) []string {
	paras, _ := pdfJoinLinesMarked(lines, words)
	return paras
}

// pdfJoinLinesMarked joins a page's lines into paragraphs and reports for
// each whether it is a heading (pdfHeadingType) and short: the heading's
// type, or none.
func pdfJoinLinesMarked(lines []pdfLine, words map[string]bool) ([]string, []pdfHeadType) {
	geo := pdfBlockGeometries(lines)
	body := pdfBodyFontSize(lines)
	bodyBold := pdfBodyIsBold(lines, body)
	var paras []string
	var heads []pdfHeadType
	var cur []byte
	var head pdfHeadType
	for i := range lines {
		l := &lines[i]
		if i > 0 && pdfContinuesParagraph(&lines[i-1], l, geo, pdfColumnRight(lines, i-1)) {
			if pdfHeadlineBreak(&lines[i-1], l, geo[lines[i-1].block], body) {
				// Kept as a line break, as a text file has it, so that
				// a subtitle set under the headline stays apart.
				cur = append(append(cur, '\n'), l.text...)
				continue
			}
			cur = pdfAppendJoined(cur, l.text, words)
			continue
		}
		if len(cur) > 0 {
			paras = append(paras, string(cur))
			heads = append(heads, head.short(len(cur)))
		}
		cur = append(cur[:0], l.text...)
		head = pdfHeadType{}
		if pdfHeadingType(l, body, bodyBold) {
			head = pdfHeadType{fs: l.fs, larger: l.fs >= pdfHeadlineLarger*body}
		}
	}
	if len(cur) > 0 {
		paras = append(paras, string(cur))
		heads = append(heads, head.short(len(cur)))
	}
	return paras, heads
}

// pdfHeadType is the type of a heading paragraph: its font size and
// whether that is larger than the body's (else it is marked by weight
// alone). The zero value marks no heading.
type pdfHeadType struct {
	fs     float64
	larger bool
	// para numbers the paragraph in the document (set by pdfAssemble).
	para int
}

// short returns h for a paragraph of n bytes short enough for a heading
// (pdfMaxHeadingBytes), else no heading.
func (h pdfHeadType) short(n int) pdfHeadType {
	if n > pdfMaxHeadingBytes {
		return pdfHeadType{}
	}
	return h
}

// pdfMinHeadlineRepeats is how many headings set larger than the body in
// one size make that size the document's headline level.
const pdfMinHeadlineRepeats = 2

// pdfSameSize is how far (points) two font sizes may differ and be one size.
const pdfSameSize = 0.5

// pdfHeadlineLevel keeps of a document's heading offsets only those at its
// headline level when it has one: a size above the body carried by at
// least pdfMinHeadlineRepeats headings with text between them (a
// newsletter's article headlines), more of them than headings below it. Headings marked a level below (bold body type, a smaller
// size) are then sub-headings inside an article, and the cleaner, which
// splits a periodical at its marked headings, does not split there.
func pdfHeadlineLevel(offs []int, types []pdfHeadType) []int {
	level := 0.0
	for _, t := range types {
		if !t.larger || t.fs <= level {
			continue
		}
		// Headings of the size with other text between them: a
		// headline wrapped over paragraphs, or lines of one region
		// the layout could not part, count once.
		n, last := 0, -2
		for _, o := range types {
			if o.larger && math.Abs(o.fs-t.fs) <= pdfSameSize {
				if o.para != last+1 {
					n++
				}
				last = o.para
			}
		}
		if n >= pdfMinHeadlineRepeats {
			level = t.fs
		}
	}
	if level == 0 {
		return offs
	}
	// The level is the headlines' only when the headings below it are
	// fewer: a newsletter whose stories are headed in bold body type
	// may set a feature's headline, once, in a larger size.
	above, below := 0, 0
	for i, t := range types {
		if i > 0 && t.para == types[i-1].para+1 && (t.fs >= level-pdfSameSize) == (types[i-1].fs >= level-pdfSameSize) {
			continue // one heading wrapped over paragraphs
		}
		if t.fs >= level-pdfSameSize {
			above++
		} else {
			below++
		}
	}
	if below >= above {
		return offs
	}
	out := offs[:0]
	for i, t := range types {
		if t.fs >= level-pdfSameSize {
			out = append(out, offs[i])
		}
	}
	return out
}

// pdfBodyIsBold reports whether most text in the body size is bold (then
// bold marks no heading).
func pdfBodyIsBold(lines []pdfLine, body float64) bool {
	bold, all := 0, 0
	for _, l := range lines {
		if math.Abs(l.fs-body) <= 0.5 {
			all += len(l.text)
			if l.bold {
				bold += len(l.text)
			}
		}
	}
	return bold*2 > all
}

// pdfContinuesParagraph reports whether line cur continues prev's paragraph.
// right is the right edge of prev's column (see pdfColumnRight).
func pdfContinuesParagraph(prev, cur *pdfLine, geo map[int]pdfBlockGeometry, right float64) bool {
	if pdfStartsItem(cur.text) || pdfHeadingLine(prev) || cur.cells && prev.cells || cur.lead {
		// Rows of cells (a table's rows, labels and their values) are
		// a paragraph each.
		return false
	}
	if math.Abs(prev.fs-cur.fs) > 1 || prev.bold != cur.bold {
		return false
	}
	g := geo[prev.block]
	if prev.block == cur.block {
		// A headline in larger type than the block's text has its own,
		// wider line spacing: its lines are one paragraph.
		leading := math.Max(g.leading, pdfDefaultLeading*math.Min(prev.fs, cur.fs)*pdfOwnLeadingShare)
		if g.leading > 0 && prev.y-cur.y > pdfParagraphGap*leading {
			return false
		}
		if prev.y-cur.y <= 0 {
			return false // not below: a new region
		}
	} else {
		if pdfEndsSentence(prev.text) {
			return false
		}
		if cur.y > prev.y && prev.bold && cur.bold {
			// Bold lines at the top of the next column: the headline
			// of the article beside, not the rest of this one.
			return false
		}
		// Across blocks, a gap wider than the line spacing of either
		// block (or of the type, for a one-line block) ends the paragraph.
		leading := math.Max(g.leading, geo[cur.block].leading)
		if leading == 0 {
			leading = pdfDefaultLeading * prev.fs
		}
		if prev.y-cur.y > pdfParagraphGap*leading {
			return false
		}
		// A line that a paragraph runs on from fills its column: a short
		// line above a new block (a dateline over the columns) ends its
		// paragraph.
		if w := geo[cur.block].width; prev.x1-prev.x0 < (1-pdfShortLineShare)*w {
			return false
		}
	}
	if pdfCenteredBreak(prev, cur, g) && !pdfBoldPair(prev, cur) {
		return false
	}
	if pdfHeadingBeforeNumbered(prev.text, cur.text) {
		return false
	}
	if pdfDateLine(prev.text, cur.text) {
		return false
	}
	if g.width > 0 && prev.x1 < right-math.Max(pdfShortLineShare*(right-prev.x0), 3*prev.fs) {
		return false // a short line ends its paragraph
	}
	return true
}

// pdfDateLineRE matches a line that is a date alone: a month and a year
// ("December 2015", "Sept. 2019"), a day, month and year ("4 May 2021",
// "May 4, 2021", a weekly's "Week of May 4, 2021") or a numeric date
// ("04/05/2021", "2021-05-04"), with no sentence after it.
var pdfDateLineRE = regexp.MustCompile(`(?i)^(?:(?:week\s+(?:of|ending|beginning)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?` + corpus.MonthPattern + `(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$`)

// pdfDateLine reports whether cur is a date line of its own (an issue's
// month under a masthead, a release's date under its headline) rather
// than the end of prev's sentence: cur is a date alone, and prev ends in
// neither a connector ("published in" / "May 2021"), a comma nor a hyphen.
func pdfDateLine(prev, cur string) bool {
	if !pdfDateLineRE.MatchString(strings.TrimSpace(cur)) {
		return false
	}
	p := strings.TrimSpace(prev)
	if p == "" || strings.HasSuffix(p, ",") || strings.HasSuffix(p, "-") {
		return false
	}
	f := strings.Fields(p)
	return !corpus.IsTitleConnector(strings.ToLower(f[len(f)-1]))
}

// pdfCenteredBreak reports whether prev and cur are centred lines (shared
// centre, different left ends) and cur's first word would have fitted on
// prev's line: a masthead's lines set one under the other ("Newsletter of
// the Ministry ..." over "Vol. 28 No.5  Oct 31, 2017"), not a wrapped
// paragraph.
func pdfCenteredBreak(prev, cur *pdfLine, g pdfBlockGeometry) bool {
	fs := math.Max(prev.fs, cur.fs)
	if math.Abs(prev.x0-cur.x0) < fs || math.Abs((prev.x0+prev.x1)/2-(cur.x0+cur.x1)/2) > fs {
		return false
	}
	n := utf8.RuneCountInString(cur.text)
	if n == 0 || g.width <= 0 {
		return false
	}
	word := pdfFirstField(cur.text)
	need := (cur.x1 - cur.x0) / float64(n) * float64(utf8.RuneCountInString(word)+1)
	return prev.x1-prev.x0+need < g.width
}

// pdfBoldPair reports whether prev and cur are bold lines of one size: a
// headline's lines, which a centred headline ("Previous meeting" /
// "Sunday 17 June" / "Lincoln Place") breaks by hand like a masthead's;
// they stay one paragraph, each on its line (pdfHeadlineBreak), so that
// the headline reads whole.
func pdfBoldPair(prev, cur *pdfLine) bool {
	return prev.bold && cur.bold && math.Abs(prev.fs-cur.fs) <= pdfSameSize
}

// pdfHeadlineBreak reports whether prev and cur are lines of a headline
// (bold, or larger than the body type) that the author broke by hand: the
// first word of cur would have fitted on prev's line.
func pdfHeadlineBreak(prev, cur *pdfLine, g pdfBlockGeometry, body float64) bool {
	if !prev.bold && prev.fs < pdfHeadlineLarger*body || strings.HasSuffix(prev.text, "-") {
		return false
	}
	// A line that starts in lower case, or follows a connector ("... for
	// Agriculture" / "and Food Security"), continues the phrase.
	if r, _ := utf8.DecodeRuneInString(cur.text); unicode.IsLower(r) {
		return false
	}
	if f := strings.Fields(prev.text); len(f) > 0 && corpus.IsTitleConnector(strings.ToLower(f[len(f)-1])) {
		return false
	}
	n := utf8.RuneCountInString(cur.text)
	if n == 0 || g.width <= 0 {
		return false
	}
	// The word's width is estimated from the line's mean letter width:
	// it must fit with an em to spare.
	need := (cur.x1 - cur.x0) / float64(n) * float64(utf8.RuneCountInString(pdfFirstField(cur.text))+1)
	return prev.x1-prev.x0+need+prev.fs < g.width
}

// pdfFirstField returns s up to its first space.
func pdfFirstField(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// pdfColumnRight returns the right edge of the text column of line i: the
// furthest right that lines of its block in the same type and overlapping
// it reach. A caption or heading beside or above the column does not count.
func pdfColumnRight(lines []pdfLine, i int) float64 {
	l := &lines[i]
	var rights [16]float64
	cand := rights[:0]
	for j := range lines {
		o := &lines[j]
		if j == i || o.block != l.block || math.Abs(o.fs-l.fs) > 0.5 || o.bold != l.bold {
			continue
		}
		if math.Abs(o.y-l.y) > pdfColumnWindow*l.fs {
			continue // a full-width paragraph far above or below a column
		}
		// The lines must share most of their width: a line of the next
		// column touching this one's edge is not in its column.
		overlap := math.Min(o.x1, l.x1) - math.Max(o.x0, l.x0)
		if overlap <= 0.5*math.Min(o.x1-o.x0, l.x1-l.x0) {
			continue
		}
		cand = append(cand, o.x1)
	}
	// The column's edge is where at least two lines end: one line running
	// into a caption beside the column does not move it.
	right := l.x1
	for a, x := range cand {
		if x <= right {
			continue
		}
		for b, y := range cand {
			if a != b && math.Abs(x-y) <= pdfEdgeTolerance {
				right = x
				break
			}
		}
	}
	return right
}

// pdfContinuesAcrossPages reports whether a page's first line continues the
// previous page's last paragraph.
func pdfContinuesAcrossPages(prev, cur *pdfLine) bool {
	if pdfEndsSentence(prev.text) || pdfStartsItem(cur.text) || pdfHeadingLine(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(cur.text)
	return unicode.IsLower(r)
}

func pdfStartsItem(s string) bool { return pdfItemStartRE.MatchString(s) }

// pdfHeadingBeforeNumbered reports whether prev is a short heading line
// and cur starts a paragraph numbered without a dot ("Shoring up coastal
// protection" above "3 To protect Singapore ..."): a line ending mid-phrase
// ("a total of", "rose by") or with a comma continues, as "2 million" then
// reads as a quantity.
func pdfHeadingBeforeNumbered(prev, cur string) bool {
	if !bareNumberedStart(cur) || pdfEndsSentence(prev) || strings.HasSuffix(prev, ",") {
		return false
	}
	words := strings.Fields(prev)
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	if corpus.IsTitleConnector(last) || last == "by" || last == "than" || last == "some" || last == "about" || last == "nearly" || last == "almost" || last == "over" || last == "under" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(prev)
	return unicode.IsUpper(r)
}

// bareNumberedStart reports whether s starts with a paragraph number
// printed without a dot and a capitalized word ("3 To protect"); a
// quantity ("2 Million", "10 Types") reads the same, so callers also look
// at the line before.
func bareNumberedStart(s string) bool {
	i := 0
	for i < len(s) && i < 3 && corpus.IsDigitByte(s[i]) {
		i++
	}
	if i == 0 || i >= len(s) || s[0] == '0' || s[i] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[i:], " "))
	return unicode.IsUpper(r)
}

// pdfHeadingLine: a short line in capitals is a heading.
func pdfHeadingLine(l *pdfLine) bool {
	t := l.text
	if utf8.RuneCountInString(t) > 80 || pdfEndsSentence(t) {
		return false
	}
	letters, upper := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 4 && upper*10 >= letters*9
}

func pdfEndsSentence(s string) bool {
	s = strings.TrimRight(s, ` "'”’)]`)
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}

// pdfAppendJoined appends next to para as its next wrapped line: after a
// space, or directly when para ends in a word broken by a hyphen. A soft
// hyphen is always dropped; a hard one is dropped unless the document
// writes the word with a hyphen elsewhere or the next part starts with a
// capital or digit ("Asia-Pacific", "COVID-19").
func pdfAppendJoined(para []byte, next string, words map[string]bool) []byte {
	var soft bool
	trimmed := para
	switch {
	case len(para) >= 2 && string(para[len(para)-2:]) == "\u00ad":
		soft, trimmed = true, para[:len(para)-2]
	case len(para) >= 1 && para[len(para)-1] == '-':
		trimmed = para[:len(para)-1]
	default:
		return append(append(para, ' '), next...)
	}
	before, _ := utf8.DecodeLastRune(trimmed)
	first, _ := utf8.DecodeRuneInString(next)
	if !soft && (before == '.' || unicode.IsDigit(before)) && (unicode.IsLetter(first) || unicode.IsDigit(first)) {
		// "U.S.-" / "Japan", "22-" / "1": a compound or a number range
		// broken after its hyphen.
		return append(para, next...)
	}
	if !unicode.IsLetter(before) || !(unicode.IsLetter(first) || unicode.IsDigit(first)) {
		if soft {
			return append(append(trimmed, ' '), next...)
		}
		return append(append(para, ' '), next...)
	}
	if soft || !pdfKeepHyphen(pdfLastWord(trimmed), pdfFirstWord(next), words) {
		return append(trimmed, next...)
	}
	return append(para, next...)
}

// pdfCompoundHeads are common second elements of English hyphenated
// compounds ("evidence-based", "long-term"): a line break before one of
// them keeps its hyphen.
var pdfCompoundHeads = map[string]bool{
	"based": true, "led": true, "related": true, "term": true, "scale": true, "level": true,
	"making": true, "wide": true, "free": true, "friendly": true, "oriented": true,
	"owned": true, "specific": true, "driven": true, "sharing": true, "building": true,
	"up": true, "out": true, "off": true, "in": true, "on": true, "going": true, "time": true,
	"year": true, "month": true, "day": true, "week": true, "country": true, "party": true,
	"sector": true, "income": true, "saving": true, "efficient": true, "resilient": true,
	"intensive": true, "neutral": true, "ready": true, "wise": true, "like": true,
}

func pdfKeepHyphen(left, right string, words map[string]bool) bool {
	l, r := strings.ToLower(left), strings.ToLower(right)
	switch {
	case words[l+r]:
		return false
	case words[l+"-"+r]:
		return true
	case pdfCompoundHeads[r] || words[l] && words[r] && len(l) > 2 && len(r) > 2:
		return true
	}
	first, _ := utf8.DecodeRuneInString(right)
	return unicode.IsUpper(first) || unicode.IsDigit(first)
}

// pdfLastWord returns the trailing run of letters of b.
func pdfLastWord(b []byte) string {
	i := len(b)
	for i > 0 {
		r, size := utf8.DecodeLastRune(b[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return string(b[i:])
}

// pdfFirstWord returns the leading run of letters and digits of s.
func pdfFirstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}
