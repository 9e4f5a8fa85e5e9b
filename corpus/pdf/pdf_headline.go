package pdf

import (
	"math"
	"strings"
	"unicode"
)

// Headline placement: the headline of a document is the largest type near
// the top of its first page. Letterheads, release-type labels, datelines
// and running headers are often set above it; a reader (and the title
// finder downstream, which takes the first line that is not chrome) reads
// the headline first. pdfHeadlineFirst moves the headline's lines ahead of
// the small lines above it, which stay in the text, right after it.

const (
	// pdfHeadlineTopShare is the share of the first page's text height,
	// from the top, the headline must start in, unless it is among the
	// page's first pdfHeadlineTopLines lines (a cover page, whose few
	// lines spread over the page).
	pdfHeadlineTopShare = 0.5
	pdfHeadlineTopLines = 8
	// pdfHeadlineMinWords is the fewest words of letters a headline has
	// (an issue number or a logo's initials in large type is none).
	pdfHeadlineMinWords = 2
	// pdfHeadlineSmaller is how much smaller (points) type must be to
	// count as smaller than a headline in the body's size.
	pdfHeadlineSmaller = 0.5
	// pdfHeadlineLineGap is the widest baseline distance (in its font
	// sizes) between two lines of one wrapped headline.
	pdfHeadlineLineGap = 2.0
)

// pdfHeadlineFirst moves the headline of the first page with text ahead of
// the lines above it. It does nothing when the largest type near the top
// is no larger than the body, when it is already first, or when a line
// read before it is not above it (a side column read first).
func pdfHeadlineFirst(pages []pdfPage) {
	for pi := range pages {
		if len(pages[pi].lines) == 0 {
			continue
		}
		lines := pages[pi].lines
		h, k := pdfHeadlineSpan(lines)
		if h <= 0 {
			return
		}
		// A bold headline in the body's size moves only ahead of smaller
		// type (a running title, a reference), never ahead of text.
		bodySize := lines[h].fs < pdfHeadlineLarger*pdfBodyFontSize(lines)
		for _, l := range lines[:h] {
			if l.y <= lines[h].y || bodySize && l.fs > lines[h].fs-pdfHeadlineSmaller {
				return
			}
		}
		moved := make([]pdfLine, 0, len(lines))
		moved = append(moved, lines[h:k]...)
		above := len(moved)
		moved = append(moved, lines[:h]...)
		moved[above].lead = true
		if k < len(lines) {
			moved = append(moved, lines[k:]...)
			moved[k].lead = true
		}
		pages[pi].lines = moved
		return
	}
}

// pdfTopBandFirst reads first the top band of the first page with text:
// the lines of a later column (an XY-cut block read after others) that
// are set above every line read before them, in display type (at least
// pdfHeadlineLarger times the body size), starting at the page's topmost
// line. A newsletter's masthead and issue line set at the top of its right
// column, beside a logo, belong over both columns, not between the left
// column's stories and the right column's. The band moves only when the
// rest of its column sits no higher than the columns read before it: a
// headline whose text runs on in its own column above a side column read
// first stays where it is (pdfHeadlineFirst's case).
func pdfTopBandFirst(pages []pdfPage) {
	for pi := range pages {
		lines := pages[pi].lines
		if len(lines) == 0 {
			continue
		}
		h := 0
		for i, l := range lines {
			if l.y > lines[h].y {
				h = i
			}
		}
		if h == 0 {
			return
		}
		top := math.Inf(-1) // the top of the lines read before the band
		for _, l := range lines[:h] {
			top = math.Max(top, l.y)
		}
		body := pdfBodyFontSize(lines)
		k := h
		for k < len(lines) && lines[k].block == lines[h].block && lines[k].y > top && lines[k].fs >= pdfHeadlineLarger*body {
			k++
		}
		if k == h || k < len(lines) && lines[k].block == lines[h].block && lines[k].y > top {
			return
		}
		moved := make([]pdfLine, 0, len(lines))
		moved = append(moved, lines[h:k]...)
		moved = append(moved, lines[:h]...)
		moved[k-h].lead = true
		if k < len(lines) {
			moved = append(moved, lines[k:]...)
			moved[k].lead = true
		}
		pages[pi].lines = moved
		return
	}
}

// pdfHeadlineSpan returns the lines [h, k) of the headline of a page: the
// first line in the largest type in the top part of the page (or among
// its first lines), larger than the body or bold in the body's size (when
// the body is not bold), of at least pdfHeadlineMinWords words, with the
// lines of the same type wrapped under it. h is -1 when the page has none.
func pdfHeadlineSpan(lines []pdfLine) (h, k int) {
	hi, lo := math.Inf(-1), math.Inf(1)
	for _, l := range lines {
		hi, lo = math.Max(hi, l.y), math.Min(lo, l.y)
	}
	top := hi - pdfHeadlineTopShare*(hi-lo)
	body := pdfBodyFontSize(lines)
	bodyBold := pdfBodyIsBold(lines, body)
	h = -1
	for i, l := range lines {
		larger := l.fs >= pdfHeadlineLarger*body
		boldBody := l.bold && !bodyBold && l.fs >= body-pdfHeadlineSmaller
		if l.y < top && i >= pdfHeadlineTopLines || !larger && !boldBody || pdfLetterWords(l.text) < pdfHeadlineMinWords {
			continue
		}
		if h < 0 || l.fs > lines[h].fs+0.5 {
			h = i
		}
	}
	if h < 0 {
		return -1, -1
	}
	k = h + 1
	for k < len(lines) {
		prev, cur := lines[k-1], lines[k]
		if cur.block != prev.block || math.Abs(cur.fs-prev.fs) > 0.5 || cur.bold != prev.bold ||
			prev.y-cur.y <= 0 || prev.y-cur.y > pdfHeadlineLineGap*prev.fs {
			break
		}
		k++
	}
	return h, k
}

// pdfLetterWords counts the words of s with at least two letters.
func pdfLetterWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		letters := 0
		for _, r := range f {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 2 {
			n++
		}
	}
	return n
}

// pdfHeadingType reports whether line l is set in a heading's type: larger
// than the body (pdfHeadlineLarger), whether the body is bold or not, or
// bold in a page whose body is not bold. A newsletter set wholly in a bold
// face still marks its headlines by size.
func pdfHeadingType(l *pdfLine, body float64, bodyBold bool) bool {
	return l.fs >= pdfHeadlineLarger*body || l.bold && !bodyBold
}

// pdfHeadlineGatherRows bounds how far below a headline line (in its font
// sizes) the next line of the same headline is looked for.
const pdfHeadlineGatherRows = 2.0

// pdfGatherHeadlines puts back together the lines of a headline that the
// reading order parted: when the page's rows could not be cut into
// columns, a two-line headline beside another column's text comes out as
// its first line, a line or two of the other column, then its second
// line. A line in display type (pdfHeadlineLarger times the body size or
// more) is followed by the next line below it, within
// pdfHeadlineGatherRows of its size, in the same type and overlapping it
// across, when every line read between them lies beside it (no overlap
// across): that line moves up under it, the other column's lines after.
func pdfGatherHeadlines(pages []pdfPage) {
	for pi := range pages {
		lines := pages[pi].lines
		if len(lines) < 3 {
			continue
		}
		body := pdfBodyFontSize(lines)
		for i := 0; i < len(lines)-2; i++ {
			l := lines[i]
			if l.fs < pdfHeadlineLarger*body {
				continue
			}
			for j := i + 1; j < len(lines); j++ {
				m := lines[j]
				if l.y-m.y > pdfHeadlineGatherRows*l.fs || m.y >= l.y && j > i+1 {
					break
				}
				across := m.x0 < l.x1 && l.x0 < m.x1
				if !across {
					continue // beside the headline: another column's line
				}
				if j > i+1 && math.Abs(m.fs-l.fs) <= pdfSameSize && m.bold == l.bold && m.y < l.y {
					copy(lines[i+2:j+1], lines[i+1:j])
					lines[i+1] = m
				}
				break
			}
		}
	}
}
