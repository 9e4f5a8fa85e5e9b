package pdf

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Page layout: the library gives positioned glyphs. Glyphs are grouped into
// rows by baseline (a tolerance keeps superscripts on their line), each row
// is split into segments at wide horizontal gaps (column gutters, tab
// stops), and the segments are ordered by a recursive XY cut: a vertical
// gutter that no segment crosses splits the region into columns read left
// to right; otherwise the widest horizontal gap splits it into bands read
// top to bottom. A region whose rows all have one segment is a leaf, read
// row by row.

const (
	// pdfRowTolerance is how far (in font sizes) a glyph's baseline may sit
	// from its row's to belong to it: superscripts rise about a third.
	pdfRowTolerance = 0.5
	// pdfSpaceGap is the gap (in font sizes) between glyphs that is a space.
	pdfSpaceGap = 0.18
	// pdfSegmentGap is the gap (in font sizes, at least pdfMinSegmentGap points)
	// that separates segments of a row: wider than any justified word gap.
	pdfSegmentGap    = 1.6
	pdfMinSegmentGap = 10.0
	// pdfMinColumnGap is the narrowest gutter (points) between columns.
	pdfMinColumnGap = 8.0
	// pdfMinColumnShare is the smallest share of a region's text that each
	// side of a column cut must hold, so that a column of item labels or
	// a margin note does not count as a column.
	pdfMinColumnShare = 0.2
	// pdfMinColumnRows is the fewest rows each column must have.
	pdfMinColumnRows = 3
	// pdfLongSegment is the length (in glyphs) from which two segments on
	// one row are separate lines rather than a label and its text.
	pdfLongSegment = 24
	// pdfEdgeRowGap is the least distance (in font sizes) between a page's
	// top or bottom row and the rest for the row to be read apart from
	// columns it crosses.
	pdfEdgeRowGap = 2.0
	// pdfMaxCutDepth bounds the XY-cut recursion.
	pdfMaxCutDepth = 64
)

// pdfGlyph is one positioned glyph.
type pdfGlyph struct {
	x, y, w, fs float64
	s           string
	// idx is the glyph's position in the content stream; pile marks a
	// glyph the library placed on top of its predecessor because it had
	// no width for it (its x is then estimated).
	idx  int
	bold bool
	pile bool
}

// pdfSeg is a run of glyphs on one row without a wide gap.
type pdfSeg struct {
	x0, x1, y, fs float64
	text          string
	bold          bool
	chars         int
	// boldLead is the length in bytes of the bold run that opens text
	// when regular glyphs follow it (0 when the segment does not open in
	// bold, or is bold throughout).
	boldLead int
}

// pdfLine is one line of a page in reading order.
type pdfLine struct {
	text          string
	x0, x1, y, fs float64
	bold          bool
	// block numbers the XY-cut leaf the line came from, in reading order.
	block int
	// cells marks a line joined from segments set apart on one row
	// (table cells, a label and its value), parted by tabs in text.
	cells bool
	// lead marks a line that starts a paragraph whatever the lines
	// around it (lines moved by pdfHeadlineFirst).
	lead bool
	// boldLead is its first segment's pdfSeg.boldLead.
	boldLead int
}

// pdfPage is a laid-out page.
type pdfPage struct {
	lines []pdfLine
}

// pdfLayoutPage turns the glyphs of one page (in content order) into lines
// in reading order.
func pdfLayoutPage(in []pdfGlyph) pdfPage {
	glyphs := in[:0]
	var rawX float64 // the interpreter's x of the previous glyph
	for _, g := range in {
		// A glyph of control characters only is none (a first byte from
		// ' ' up starts a rune from ' ' up: the test is cheap for most).
		if g.s == "" || g.s[0] < ' ' && strings.TrimFunc(g.s, func(r rune) bool { return r < ' ' }) == "" {
			continue
		}
		g.fs = math.Abs(g.fs)
		if g.fs < 1 {
			g.fs = 1
		}
		g.w = math.Abs(g.w)
		g.idx = len(glyphs)
		x := g.x
		if n := len(glyphs); n > 0 {
			prev := &glyphs[n-1]
			if prev.w == 0 && math.Abs(prev.y-g.y) < 0.1 && math.Abs(rawX-g.x) < 0.05*g.fs {
				// Glyphs of a font without widths pile up at one x:
				// advance them by an estimate, in content order.
				prev.pile, g.pile = true, true
				g.x = prev.x + pdfGlyphWidth(prev)
			}
		}
		rawX = x
		glyphs = append(glyphs, g)
	}
	segs := pdfDropMarginNumbers(pdfRowSegments(glyphs))
	if len(segs) == 0 {
		return pdfPage{}
	}
	var leaves [][]pdfSeg
	pdfXYCut(segs, 0, &leaves)
	var pg pdfPage
	for bi, leaf := range leaves {
		for _, l := range pdfLeafLines(leaf) {
			l.block = bi
			pg.lines = append(pg.lines, l)
		}
	}
	return pg
}

const (
	// pdfMinMarginNumbers is the fewest numbered margin lines a page
	// needs for its margin numbers to be line numbers (a transcript's
	// 1-25), not a list's.
	pdfMinMarginNumbers = 5
	// pdfMarginGap is the least gap (points) between the line numbers and
	// the text they number.
	pdfMarginGap = 6.0
)

// pdfMarginNumberRE matches a bare line number.
var pdfMarginNumberRE = regexp.MustCompile(`^\d{1,3}$`)

// pdfDropMarginNumbers removes line numbers printed down a margin (court
// transcripts, bills, minutes), found by position and shape: segments that
// are bare numbers, all outside the left or right edge of the page's other
// text, at least pdfMinMarginNumbers of them, increasing down the page.
func pdfDropMarginNumbers(segs []pdfSeg) []pdfSeg {
	textX0, textX1 := math.Inf(1), math.Inf(-1)
	var nums []int
	for i, sg := range segs {
		if pdfMarginNumberRE.MatchString(sg.text) {
			nums = append(nums, i)
			continue
		}
		textX0, textX1 = math.Min(textX0, sg.x0), math.Max(textX1, sg.x1)
	}
	if len(nums) < pdfMinMarginNumbers {
		return segs
	}
	for _, left := range []bool{true, false} {
		var margin []int
		for _, i := range nums {
			if left && segs[i].x1 <= textX0-pdfMarginGap || !left && segs[i].x0 >= textX1+pdfMarginGap {
				margin = append(margin, i)
			}
		}
		if len(margin) < pdfMinMarginNumbers || !pdfIncreasingDown(segs, margin) {
			continue
		}
		drop := make(map[int]bool, len(margin))
		for _, i := range margin {
			drop[i] = true
		}
		kept := segs[:0:0]
		for i, sg := range segs {
			if !drop[i] {
				kept = append(kept, sg)
			}
		}
		return kept
	}
	return segs
}

// pdfIncreasingDown reports whether the numbers of segs[idx], read top to
// bottom, increase.
func pdfIncreasingDown(segs []pdfSeg, idx []int) bool {
	byY := slices.Clone(idx)
	slices.SortFunc(byY, func(a, b int) int { return cmp.Compare(segs[b].y, segs[a].y) })
	prev := -1
	for _, i := range byY {
		n, err := strconv.Atoi(segs[i].text)
		if err != nil || n <= prev {
			return false
		}
		prev = n
	}
	return true
}

// pdfRowSegments groups glyphs into rows and rows into segments.
func pdfRowSegments(glyphs []pdfGlyph) []pdfSeg {
	if len(glyphs) == 0 {
		return nil
	}
	// Top to bottom, in content order where rows tie: the order of a
	// stable sort by y. The keys (y and position) are sorted, not the
	// glyphs: no two keys are equal, so the faster unstable sort gives
	// that order, and it moves 16 bytes, not a glyph.
	type key struct {
		y float64
		i int
	}
	keys := make([]key, len(glyphs))
	for i, g := range glyphs {
		keys[i] = key{g.y, i}
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(b.y, a.y); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	// The rows, as ranges of ordered (the glyphs in row order): all rows
	// are gathered before any is cut into segments, so that the page's
	// gutters (pdfGutters) can part them.
	ordered := make([]pdfGlyph, 0, len(glyphs))
	var rows [][2]int
	first := glyphs[keys[0].i]
	rowY, rowFS := first.y, first.fs
	start := 0
	for _, k := range keys {
		g := glyphs[k.i]
		if len(ordered) > start && !pdfSameRow(rowY, rowFS, g) {
			rows = append(rows, [2]int{start, len(ordered)})
			start = len(ordered)
		}
		if len(ordered) == start || g.fs > rowFS {
			// The row's baseline is its largest glyphs'.
			rowY, rowFS = g.y, g.fs
		}
		ordered = append(ordered, g)
	}
	rows = append(rows, [2]int{start, len(ordered)})
	for _, r := range rows {
		pdfOrderRow(ordered[r[0]:r[1]])
	}
	gutters := pdfGutters(ordered, rows)
	var segs []pdfSeg
	for _, r := range rows {
		segs = append(segs, pdfSplitRowAt(ordered[r[0]:r[1]], gutters)...)
	}
	return segs
}

const (
	// pdfInkJoin is the widest gap (in font sizes) between glyphs of a
	// row that pdfGutters counts as ink: a word space, even a justified
	// line's, not a gutter.
	pdfInkJoin = 1.0
	// pdfGutterShare is the largest share of the rows beside a gutter
	// that may run over it (a masthead, a headline spanning columns).
	pdfGutterShare = 0.2
	// pdfGutterReach is how far (points) beside a gutter the rows of its
	// columns are counted.
	pdfGutterReach = 30.0
	// pdfMaxGutters bounds the gutters of a page.
	pdfMaxGutters = 8
)

// pdfGutter is a vertical strip of a page [lo, hi] that the lines of the
// columns beside it do not enter.
type pdfGutter struct{ lo, hi float64 }

// pdfGutters finds the column gutters of a page by its ink: the x ranges
// at least pdfMinColumnGap wide, inside the text, that at most a
// pdfGutterShare of the rows' ink (glyphs joined over word spaces, see
// pdfInkJoin) covers, with at least pdfMinColumnRows rows of ink within
// pdfGutterReach on either side. A gutter narrower than the segment gap of
// the body type (5 mm between columns of 10-point type) is found so, as
// no single row can show it. rows index ordered, each range sorted left
// to right.
func pdfGutters(ordered []pdfGlyph, rows [][2]int) []pdfGutter {
	if len(rows) < 2*pdfMinColumnRows {
		return nil
	}
	minX, maxX := math.Inf(1), math.Inf(-1)
	for i := range ordered {
		minX = math.Min(minX, ordered[i].x)
		maxX = math.Max(maxX, ordered[i].x+pdfGlyphWidth(&ordered[i]))
	}
	if maxX-minX < 4*pdfMinColumnGap || maxX-minX > 1e5 {
		return nil
	}
	n := int(maxX-minX) + 2
	diff := make([]int32, n+1)
	bin := func(x float64) int { return min(n, max(0, int(x-minX))) }
	for _, r := range rows {
		row := ordered[r[0]:r[1]]
		a, b := row[0].x, row[0].x+pdfGlyphWidth(&row[0])
		for i := 1; i <= len(row); i++ {
			if i < len(row) {
				g := &row[i]
				if g.x-b <= pdfInkJoin*g.fs {
					b = math.Max(b, g.x+pdfGlyphWidth(g))
					continue
				}
			}
			diff[bin(a)]++
			diff[bin(b)+1]--
			if i < len(row) {
				a, b = row[i].x, row[i].x+pdfGlyphWidth(&row[i])
			}
		}
	}
	cov := make([]int32, n)
	var c int32
	for i := range cov {
		c += diff[i]
		cov[i] = c
	}
	peak := func(lo, hi int) int32 {
		var m int32
		for i := max(0, lo); i < min(n, hi); i++ {
			m = max(m, cov[i])
		}
		return m
	}
	var out []pdfGutter
	reach := int(pdfGutterReach)
	for i := 0; i < n && len(out) < pdfMaxGutters; {
		j := i
		left := peak(i-reach, i)
		limit := int32(pdfGutterShare * float64(left))
		for j < n && cov[j] <= limit {
			j++
		}
		if j-i >= int(pdfMinColumnGap) && i > 0 && j < n {
			right := peak(j, j+reach)
			if left >= pdfMinColumnRows && right >= pdfMinColumnRows && float64(peak(i, j)) <= pdfGutterShare*float64(min(left, right)) {
				out = append(out, pdfGutter{lo: minX + float64(i), hi: minX + float64(j)})
			}
		}
		i = max(j, i+1)
	}
	return out
}

// pdfSameRow reports whether glyph g sits on the row with baseline rowY
// and largest font rowFS: on the same baseline (within half the smaller
// font), or a superscript or subscript of it, but not a line of small
// print just under a large heading.
func pdfSameRow(rowY, rowFS float64, g pdfGlyph) bool {
	small, big := math.Min(rowFS, g.fs), math.Max(rowFS, g.fs)
	dy := math.Abs(g.y - rowY)
	if dy <= pdfRowTolerance*small {
		return true
	}
	if small > 0.85*big || dy > pdfRowTolerance*big {
		return false
	}
	smallY, bigY := g.y, rowY
	if g.fs > rowFS {
		smallY, bigY = rowY, g.y
	}
	if smallY > bigY {
		return true // raised: a superscript
	}
	return dy <= 0.25*big // lowered a little: a subscript
}

// pdfSplitRow sorts a row's glyphs by x and cuts it at wide gaps.
func pdfSplitRow(row []pdfGlyph) []pdfSeg { return pdfSplitRowAt(row, nil) }

// pdfSplitRowAt sorts a row's glyphs by x and cuts it at wide gaps and at
// gaps wider than a word space that hold the middle of one of gutters.
func pdfSplitRowAt(row []pdfGlyph, gutters []pdfGutter) []pdfSeg {
	row = pdfDropMarkers(pdfOrderRow(row))
	var segs []pdfSeg
	var b strings.Builder
	var cur pdfSeg
	var prev *pdfGlyph
	leadOpen := false // the segment has been bold so far
	start := func(g *pdfGlyph) {
		cur = pdfSeg{x0: g.x, x1: g.x + pdfGlyphWidth(g), y: g.y, fs: g.fs, bold: g.bold}
		if strings.TrimSpace(g.s) == "" {
			cur.fs = 0 // a space's font says nothing of the text's
		}
		b.Reset()
		leadOpen = true
	}
	end := func() {
		cur.text = strings.TrimSpace(b.String())
		if cur.bold || cur.boldLead >= len(cur.text) {
			cur.boldLead = 0
		}
		if cur.text != "" {
			segs = append(segs, cur)
		}
	}
	for i := range row {
		g := &row[i]
		if prev == nil {
			start(g)
		} else {
			gap := g.x - (prev.x + pdfGlyphWidth(prev))
			fs := pdfGapType(prev.fs, g.fs)
			if g.s == prev.s && !g.pile && math.Abs(g.x-prev.x) < 0.3*pdfGlyphWidth(prev) {
				continue // the same glyph drawn twice (fake bold, shadow)
			}
			if gap > math.Max(pdfSegmentGap*fs, pdfMinSegmentGap) || gap > pdfInkJoin*fs && pdfInGutter(gutters, prev.x+pdfGlyphWidth(prev), g.x) {
				end()
				start(g)
			} else if gap > pdfSpaceGap*fs && g.s != " " && prev.s != " " {
				b.WriteByte(' ')
			}
		}
		if g.s == " " && b.Len() == 0 {
			prev = g
			continue
		}
		b.WriteString(g.s)
		cur.chars++
		cur.x1 = math.Max(cur.x1, g.x+pdfGlyphWidth(g))
		if g.fs > cur.fs && strings.TrimSpace(g.s) != "" {
			// The segment's baseline is its largest glyphs', not a
			// superscript's; spaces, often set in another font, do not
			// count.
			cur.fs, cur.y = g.fs, g.y
		}
		if g.s != " " {
			if leadOpen && !g.bold {
				// The bold run ends before this glyph (the text
				// written so far holds it and this glyph).
				leadOpen = false
				if n := b.Len() - len(g.s); n > 0 && cur.chars > 1 {
					cur.boldLead = n
				}
			}
			cur.bold = cur.bold && g.bold
		}
		prev = g
	}
	end()
	return segs
}

// pdfOtherType is the share of the larger of two type sizes below which
// the smaller is another type (a headline's and the body's), not a
// small-caps or slightly scaled letter of the same line.
const pdfOtherType = 0.7

// pdfGapType is the type size a gap between glyphs of sizes a and b is
// measured in: the larger, or the smaller when the two are types of
// different levels. A headline line that ends a gutter's width before the
// body line of the next column on its baseline is then two segments, not
// one line with the two columns' words run together.
func pdfGapType(a, b float64) float64 {
	small, big := math.Min(a, b), math.Max(a, b)
	if small > 0 && small < pdfOtherType*big {
		return small
	}
	return big
}

// pdfInGutter reports whether the gap [x0, x1] holds the middle of one of
// gutters.
func pdfInGutter(gutters []pdfGutter, x0, x1 float64) bool {
	for _, g := range gutters {
		if mid := (g.lo + g.hi) / 2; x0 <= mid && mid <= x1 {
			return true
		}
	}
	return false
}

// pdfOrderRow puts a row's glyphs in left-to-right order. Normally that is
// a sort by x; in a row with piled glyphs (estimated x) the content-stream
// runs are kept whole and ordered by where they start, since the estimates
// may overlap the next run.
func pdfOrderRow(row []pdfGlyph) []pdfGlyph {
	piled := false
	for _, g := range row {
		if g.pile {
			piled = true
			break
		}
	}
	if !piled {
		// Left to right; ties keep the row's order (top to bottom, then
		// content order: pdfRowSegments'), as a stable sort would.
		slices.SortFunc(row, func(a, b pdfGlyph) int {
			if c := cmp.Compare(a.x, b.x); c != 0 {
				return c
			}
			if c := cmp.Compare(b.y, a.y); c != 0 {
				return c
			}
			return cmp.Compare(a.idx, b.idx)
		})
		return row
	}
	slices.SortFunc(row, func(a, b pdfGlyph) int { return cmp.Compare(a.idx, b.idx) })
	type run struct{ start, end int }
	var runs []run
	for i := range row {
		if i == 0 || row[i].idx != row[i-1].idx+1 || row[i].x < row[i-1].x-0.3*row[i].fs {
			runs = append(runs, run{start: i, end: i + 1})
			continue
		}
		runs[len(runs)-1].end = i + 1
	}
	slices.SortStableFunc(runs, func(a, b run) int { return cmp.Compare(row[a.start].x, row[b.start].x) })
	out := make([]pdfGlyph, 0, len(row))
	for _, r := range runs {
		out = append(out, row[r.start:r.end]...)
	}
	return out
}

// pdfDropMarkers removes footnote reference marks: digits in a smaller
// font raised above the row's baseline ("V3¹" would read "V31"), and the
// U+FFFD the library emits for glyphs it cannot map.
func pdfDropMarkers(row []pdfGlyph) []pdfGlyph {
	mainFS, base := 0.0, 0.0
	for _, g := range row {
		if g.fs > mainFS {
			mainFS, base = g.fs, g.y
		}
	}
	out := row[:0]
	for _, g := range row {
		if g.s == "\ufffd" {
			continue
		}
		if g.fs <= 0.8*mainFS && g.y > base+0.2*mainFS && len(g.s) == 1 && g.s[0] >= '0' && g.s[0] <= '9' {
			if n := len(out); n > 0 {
				// Close the gap the mark leaves, so that "V3¹)" reads
				// "V3)", not "V3 )".
				out[n-1].w = math.Max(out[n-1].w, g.x+pdfGlyphWidth(&g)-out[n-1].x)
			}
			continue
		}
		out = append(out, g)
	}
	return out
}

// pdfGlyphWidth is a glyph's advance, estimated when the font gave none.
func pdfGlyphWidth(g *pdfGlyph) float64 {
	if g.w > 0 {
		return g.w
	}
	return 0.5 * g.fs * float64(len([]rune(g.s)))
}

// pdfXYCut appends the leaves of segs in reading order.
func pdfXYCut(segs []pdfSeg, depth int, leaves *[][]pdfSeg) {
	if depth >= pdfMaxCutDepth || len(segs) < 2 || !pdfHasMultiSegmentRow(segs) {
		*leaves = append(*leaves, segs)
		return
	}
	if left, right, ok := pdfColumnCut(segs); ok {
		if display, below, _ := pdfDisplayBandCut(segs); display != nil {
			// A masthead or a headline over both columns is read
			// before them, not with the first column.
			*leaves = append(*leaves, display)
			pdfXYCut(below, depth+1, leaves)
			return
		}
		pdfXYCut(left, depth+1, leaves)
		pdfXYCut(right, depth+1, leaves)
		return
	}
	if top, mid, bottom, ok := pdfEdgeColumnCut(segs); ok {
		// A centred page number or a full-width running line crosses
		// the gutter: read it apart, before or after the columns,
		// rather than cut the columns into bands at a paragraph gap.
		if len(top) > 0 {
			*leaves = append(*leaves, top)
		}
		pdfXYCut(mid, depth+1, leaves)
		if len(bottom) > 0 {
			*leaves = append(*leaves, bottom)
		}
		return
	}
	if top, bottom, gap, ok := pdfBandCut(segs); ok {
		if display, below, displayGap := pdfDisplayBandCut(segs); display != nil && pdfClearlyWider*displayGap > gap {
			// The gap under a headline running over columns, unless
			// another is clearly wider: the widest may be a
			// paragraph gap of one column beside the other's end.
			*leaves = append(*leaves, display)
			pdfXYCut(below, depth+1, leaves)
			return
		}
		pdfXYCut(top, depth+1, leaves)
		pdfXYCut(bottom, depth+1, leaves)
		return
	}
	*leaves = append(*leaves, segs)
}

// pdfMaxDisplayRows bounds the rows above columns that pdfDisplayBandCut
// reads apart: a masthead with its issue line, a kicker and a headline
// wrapped over a few lines.
const pdfMaxDisplayRows = 10

// pdfDisplayBandCut reads apart the top rows of a region when they hold
// type larger than any below them (a newsletter's masthead with its
// issue line, a headline spanning the columns of its story) and the rows
// below have columns. The cut falls at the lowest gap (a gutter's width,
// across the region) among the first pdfMaxDisplayRows rows whose band
// above (the rows since the previous such gap) reaches over the column
// gutter: a masthead's name and issue line set over both columns, or a
// headline running across them, are read first; a headline set over one
// column only stays with that column, and rows that have columns of
// their own are never read apart. Without it a column cut reads a
// masthead's issue date, set above the second column, after the whole
// first column, and a band cut under a spanning headline may fall at any
// paragraph gap of a column.
func pdfDisplayBandCut(segs []pdfSeg) (top, bottom []pdfSeg, gap float64) {
	byY := slices.Clone(segs)
	slices.SortStableFunc(byY, func(a, b pdfSeg) int { return cmp.Compare(b.y, a.y) })
	// below[i] is the largest type of byY[i:].
	below := make([]float64, len(byY)+1)
	for i := len(byY) - 1; i >= 0; i-- {
		below[i] = math.Max(below[i+1], byY[i].fs)
	}
	if below[0]-pdfSameSizeSlack <= below[min(len(byY), pdfMaxDisplayRows)] {
		return nil, nil, 0 // no larger type at the top
	}
	cut, band, cutGap := -1, 0, 0.0
	low := byY[0].y - 0.25*byY[0].fs
	above := byY[0].fs
	for i, rows := 1, 1; i < len(byY) && rows <= pdfMaxDisplayRows; i++ {
		s := byY[i]
		if gap := low - (s.y + 0.8*s.fs); gap > 0 {
			rows++
		}
		if gap := low - (s.y + 0.8*s.fs); gap >= pdfMinColumnGap {
			// A gutter's width across the region above s: a cut when
			// the type above is larger than any below, the rows below
			// have columns and the band above reaches over their
			// gutter.
			if above > below[i]+pdfSameSizeSlack {
				if left, right, cols := pdfColumnCut(byY[i:]); cols && pdfBandSpans(byY[band:i], left, right) {
					if _, _, topCols := pdfColumnCut(byY[:i]); !topCols {
						cut, cutGap = i, gap
					}
				}
			}
			band = i
		}
		low = math.Min(low, s.y-0.25*s.fs)
		above = math.Max(above, s.fs)
	}
	if cut < 0 {
		return nil, nil, 0
	}
	return byY[:cut], byY[cut:], cutGap
}

// pdfClearlyWider is how many times wider than the gap under a display
// band (pdfDisplayBandCut) another gap across a region must be for the
// band cut to take it instead.
const pdfClearlyWider = 1.5

// pdfBandSpans reports whether the segments of band reach over the gutter
// between columns left and right: one crosses it, or some lie on each
// side of it.
func pdfBandSpans(band, left, right []pdfSeg) bool {
	lx, rx := math.Inf(-1), math.Inf(1)
	for _, s := range left {
		lx = math.Max(lx, s.x1)
	}
	for _, s := range right {
		rx = math.Min(rx, s.x0)
	}
	gutter := (lx + rx) / 2
	x0, x1 := math.Inf(1), math.Inf(-1)
	for _, s := range band {
		x0, x1 = math.Min(x0, s.x0), math.Max(x1, s.x1)
	}
	return x0 < gutter && x1 > gutter
}

// pdfSameSizeSlack is how far (points) two type sizes may differ and be
// one size.
const pdfSameSizeSlack = 0.5

// pdfEdgeColumnCut reports whether segs has columns once its top row, its
// bottom row or both are set aside, and returns those rows and the rest.
// Only a row that stands apart (a gap of a line above or below it) is set
// aside, so a column's last line is never taken for a footer.
func pdfEdgeColumnCut(segs []pdfSeg) (top, mid, bottom []pdfSeg, ok bool) {
	if len(segs) < 2*pdfMinColumnRows+1 {
		return nil, nil, nil, false
	}
	hi, lo := segs[0].y, segs[0].y
	for _, s := range segs {
		hi, lo = math.Max(hi, s.y), math.Min(lo, s.y)
	}
	// split returns the segments of the row at y and the others, and
	// whether the row is set off from the others by a line's gap.
	split := func(in []pdfSeg, y float64) (row, rest []pdfSeg, apart bool) {
		near := math.Inf(1)
		rest = make([]pdfSeg, 0, len(in))
		for _, s := range in {
			if math.Abs(s.y-y) <= pdfRowTolerance*s.fs {
				row = append(row, s)
			} else {
				rest = append(rest, s)
				near = math.Min(near, math.Abs(s.y-y))
			}
		}
		fs := 0.0
		for _, s := range row {
			fs = math.Max(fs, s.fs)
		}
		return row, rest, near >= pdfEdgeRowGap*fs
	}
	for _, edge := range [...]struct{ top, bottom bool }{{false, true}, {true, false}, {true, true}} {
		rest := segs
		var t, b []pdfSeg
		apart := true
		if edge.bottom {
			var a bool
			b, rest, a = split(rest, lo)
			apart = apart && a
		}
		if edge.top && len(rest) > 0 {
			y := rest[0].y
			for _, s := range rest {
				y = math.Max(y, s.y)
			}
			var a bool
			t, rest, a = split(rest, y)
			apart = apart && a
		}
		if !apart || len(rest) < 2 {
			continue
		}
		if _, _, cut := pdfColumnCut(rest); cut {
			return t, rest, b, true
		}
	}
	return nil, nil, nil, false
}

// pdfHasMultiSegmentRow reports whether some row holds two segments: only then
// can the region have columns.
//
// Two segments share a row when their baselines lie within the row
// tolerance of the smaller font: side-by-side blocks (two articles of a
// newsletter, two signature blocks) are seldom set on exactly one baseline.
func pdfHasMultiSegmentRow(segs []pdfSeg) bool {
	byY := slices.Clone(segs)
	slices.SortFunc(byY, func(a, b pdfSeg) int { return cmp.Compare(a.y, b.y) })
	for i := 1; i < len(byY); i++ {
		a, b := byY[i-1], byY[i]
		if b.y-a.y < math.Max(1, pdfRowTolerance*math.Min(a.fs, b.fs)) {
			return true
		}
	}
	return false
}

// pdfColumnCut finds the widest vertical gutter that no segment crosses and
// that leaves real columns on both sides.
func pdfColumnCut(segs []pdfSeg) (left, right []pdfSeg, ok bool) {
	byX := slices.Clone(segs)
	slices.SortFunc(byX, func(a, b pdfSeg) int { return cmp.Compare(a.x0, b.x0) })
	total := 0
	for _, s := range segs {
		total += s.chars
	}
	bestGap, bestX := 0.0, 0.0
	reach := byX[0].x1
	for i := 1; i < len(byX); i++ {
		if gap := byX[i].x0 - reach; gap >= pdfMinColumnGap && gap > bestGap {
			cut := (reach + byX[i].x0) / 2
			if pdfColumnsBalanced(segs, cut, total) {
				bestGap, bestX = gap, cut
			}
		}
		reach = math.Max(reach, byX[i].x1)
	}
	if bestGap == 0 {
		return nil, nil, false
	}
	for _, s := range segs {
		if s.x1 <= bestX {
			left = append(left, s)
		} else {
			right = append(right, s)
		}
	}
	if pdfTableColumns(left, right) {
		// The columns of a table: its rows are read across, cell by
		// cell, so a date stays with the event and place of its row.
		return nil, nil, false
	}
	return left, right, true
}

const (
	// pdfTableRowShare is the least share of each side's rows that must
	// sit on the baseline of a row of the other side for a cut to part
	// the columns of a table rather than two columns of text.
	pdfTableRowShare = 0.8
	// pdfTableCellChars is the longest median segment (in glyphs) of a
	// table's column of short cells (dates, amounts, labels): shorter
	// than the lines of the narrowest column of text.
	pdfTableCellChars = 16
)

// pdfTableColumns reports whether left and right, the two sides of a
// column cut, are columns of one table rather than two columns of text,
// by shape: nearly every row of each side has a row of the other side on
// its baseline, and one side is a column of short cells. Two columns of
// running text set on one baseline grid have long lines on both sides.
func pdfTableColumns(left, right []pdfSeg) bool {
	short := func(side []pdfSeg) bool {
		chars := make([]int, len(side))
		for i, s := range side {
			chars[i] = s.chars
		}
		slices.Sort(chars)
		return chars[len(chars)/2] < pdfTableCellChars
	}
	if !short(left) && !short(right) {
		return false // two columns of text: the common case, decided at once
	}
	// aligned reports whether most segments of a sit on the baseline of
	// a segment of b (ys: b's baselines, sorted).
	aligned := func(a []pdfSeg, b []pdfSeg) bool {
		ys := make([]float64, len(b))
		minFS := math.Inf(1)
		for i, o := range b {
			ys[i] = o.y
			minFS = math.Min(minFS, o.fs)
		}
		slices.Sort(ys)
		n := 0
		for _, s := range a {
			tol := math.Max(1, pdfRowTolerance*math.Min(s.fs, minFS))
			i, _ := slices.BinarySearch(ys, s.y-tol)
			if i < len(ys) && ys[i] <= s.y+tol {
				n++
			}
		}
		return float64(n) >= pdfTableRowShare*float64(len(a))
	}
	return aligned(left, right) && aligned(right, left)
}

func pdfColumnsBalanced(segs []pdfSeg, cut float64, total int) bool {
	var lc, rc, lr, rr int
	for _, s := range segs {
		if s.x1 <= cut {
			lc += s.chars
			lr++
		} else {
			rc += s.chars
			rr++
		}
	}
	share := pdfMinColumnShare * float64(total)
	if float64(lc) < share || float64(rc) < share {
		return false
	}
	if lr >= pdfMinColumnRows && rr >= pdfMinColumnRows {
		return true
	}
	// Two short blocks side by side (two headlines over their articles)
	// are columns when both are lines of text, not labels or cells.
	return lr >= 2 && rr >= 2 && lc >= pdfLongSegment*lr && rc >= pdfLongSegment*rr
}

// pdfBandCut splits segs at the widest horizontal gap between rows and
// returns that gap.
func pdfBandCut(segs []pdfSeg) (top, bottom []pdfSeg, gap float64, ok bool) {
	byY := slices.Clone(segs)
	slices.SortFunc(byY, func(a, b pdfSeg) int { return cmp.Compare(b.y, a.y) })
	bestGap, bestY := 0.0, 0.0
	// Each segment covers [y - 0.25 fs, y + 0.8 fs]: descenders to
	// ascenders.
	low := byY[0].y - 0.25*byY[0].fs
	for i := 1; i < len(byY); i++ {
		s := byY[i]
		if gap := low - (s.y + 0.8*s.fs); gap > bestGap {
			bestGap, bestY = gap, (low+s.y+0.8*s.fs)/2
		}
		low = math.Min(low, s.y-0.25*s.fs)
	}
	if bestGap <= 0 {
		return nil, nil, 0, false
	}
	for _, s := range segs {
		if s.y > bestY {
			top = append(top, s)
		} else {
			bottom = append(bottom, s)
		}
	}
	if len(top) == 0 || len(bottom) == 0 {
		return nil, nil, 0, false
	}
	return top, bottom, bestGap, true
}

// pdfSpreadRow reports whether a row's segments are mostly single words
// without digits: a justified line whose word spaces grew wide, not cells
// (whose figures and dates have digits).
func pdfSpreadRow(row []pdfSeg) bool {
	if len(row) < 3 {
		return false
	}
	single := 0
	for _, s := range row {
		if !strings.ContainsRune(s.text, ' ') && strings.IndexFunc(s.text, unicode.IsDigit) < 0 {
			single++
		}
	}
	return single*2 > len(row)
}

// pdfListMarker reports whether a segment is a list item's number or
// bullet alone ("1.", "(b)", "iv)", "•", "3").
func pdfListMarker(s string) bool {
	return pdfMarginNumberRE.MatchString(s) || pdfItemStartRE.MatchString(s) && !strings.ContainsAny(strings.TrimSpace(s), " \t")
}

// pdfLeafRowTolerance is how far apart (points) the baselines of two
// segments of a leaf may be for them to share a row: half the larger
// type, or half the smaller when the two are types of different levels
// set over each other (their x ranges overlap): a masthead and the
// strapline under it are two lines, not a row of cells, while a headline
// line beside another column's body line stays on its row.
func pdfLeafRowTolerance(a, b pdfSeg) float64 {
	if a.x0 < b.x1 && b.x0 < a.x1 {
		return pdfRowTolerance * pdfGapType(a.fs, b.fs)
	}
	return pdfRowTolerance * math.Max(a.fs, b.fs)
}

const (
	// pdfMaxSuperscriptChars bounds the letters of a superscript segment
	// put back into its line ("th", "nd", "2", "*").
	pdfMaxSuperscriptChars = 3
	// pdfSuperscriptShare is the largest share of its line's type size a
	// superscript is set in.
	pdfSuperscriptShare = 0.85
)

// pdfAttachSuperscripts puts back into their lines the superscript
// segments the page's rows parted from them: an ordinal's "th" raised
// over "Sunday 16 October" sits nearer the baseline of a line in another
// column, whose row took it, and came out as a line of its own. A
// segment of at most pdfMaxSuperscriptChars characters, in smaller type
// (pdfSuperscriptShare), raised above a segment of the leaf by at most
// pdfRowTolerance of that segment's size and set inside its x range (or
// right after its end), is inserted at the end of the word it follows,
// without a space. It returns the leaf without the attached segments.
func pdfAttachSuperscripts(leaf []pdfSeg) []pdfSeg {
	maxFS := 0.0
	for _, s := range leaf {
		maxFS = math.Max(maxFS, s.fs)
	}
	// The hosts, longer segments, by baseline: a superscript's host sits
	// within half the largest type below it.
	var hosts []int
	for i, s := range leaf {
		if s.chars > pdfMaxSuperscriptChars {
			hosts = append(hosts, i)
		}
	}
	slices.SortFunc(hosts, func(a, b int) int { return cmp.Compare(leaf[a].y, leaf[b].y) })
	out := leaf[:0:0]
	attached := false
	for i, s := range leaf {
		if s.chars > pdfMaxSuperscriptChars || s.chars < 0 || s.fs >= pdfSuperscriptShare*maxFS {
			continue
		}
		host := -1
		k, _ := slices.BinarySearchFunc(hosts, s.y-pdfRowTolerance*maxFS, func(h int, y float64) int { return cmp.Compare(leaf[h].y, y) })
		for ; k < len(hosts) && leaf[hosts[k]].y < s.y; k++ {
			b := leaf[hosts[k]]
			if s.fs >= pdfSuperscriptShare*b.fs || s.y-b.y > pdfRowTolerance*b.fs || s.x0 < b.x0 || s.x0 > b.x1+pdfRowTolerance*b.fs {
				continue
			}
			host = hosts[k]
			break
		}
		if host < 0 {
			continue
		}
		b := &leaf[host]
		b.text = pdfInsertAtWordEnd(b.text, (s.x0-b.x0)/math.Max(b.x1-b.x0, 1), s.text)
		b.x1 = math.Max(b.x1, s.x1)
		leaf[i].chars = -1 // attached
		attached = true
	}
	if !attached {
		return leaf
	}
	for _, s := range leaf {
		if s.chars >= 0 {
			out = append(out, s)
		}
	}
	return out
}

// pdfInsertAtWordEnd inserts sup into text at the end of the word nearest
// to the share at of text's width (a superscript follows the word it
// marks: "16" + "th").
func pdfInsertAtWordEnd(text string, at float64, sup string) string {
	want := int(at * float64(len(text)))
	best := len(text)
	for i := 1; i <= len(text); i++ {
		if (i == len(text) || text[i] == ' ') && text[i-1] != ' ' && abs(i-want) < abs(best-want) {
			best = i
		}
	}
	return text[:best] + sup + text[best:]
}

// abs returns the absolute value of n.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// pdfLeafLines joins the segments of a leaf into lines, top to bottom.
func pdfLeafLines(leaf []pdfSeg) []pdfLine {
	leaf = pdfAttachSuperscripts(leaf)
	slices.SortStableFunc(leaf, func(a, b pdfSeg) int { return cmp.Compare(b.y, a.y) })
	var lines []pdfLine
	for i := 0; i < len(leaf); {
		j := i + 1
		for j < len(leaf) && leaf[i].y-leaf[j].y <= pdfLeafRowTolerance(leaf[i], leaf[j]) {
			j++
		}
		row := leaf[i:j]
		slices.SortStableFunc(row, func(a, b pdfSeg) int { return cmp.Compare(a.x0, b.x0) })
		l := pdfLine{text: row[0].text, x0: row[0].x0, x1: row[0].x1, y: row[0].y, fs: row[0].fs, bold: row[0].bold, boldLead: row[0].boldLead}
		prev := row[0]
		spread := pdfSpreadRow(row)
		for _, s := range row[1:] {
			if prev.chars >= pdfLongSegment && s.chars >= pdfLongSegment {
				// Two runs of text side by side (captions, columns the
				// cut could not separate) are two lines, not one.
				lines = append(lines, l)
				l = pdfLine{text: s.text, x0: s.x0, x1: s.x1, y: s.y, fs: s.fs, bold: s.bold}
				prev = s
				continue
			}
			if spread || prev.x0 == l.x0 && pdfListMarker(prev.text) {
				// A justified line whose word spaces grew into gaps,
				// or a paragraph's number or bullet set at a tab stop
				// before its text: one line of words.
				l.text += " " + s.text
			} else {
				// Cells of one row (a table's, a label and its value)
				// are parted by a tab, as the HTML decoder parts table
				// cells, so that a date and a name in neighbouring
				// cells do not fuse.
				l.text += "\t" + s.text
				l.cells = true
			}
			l.x1 = math.Max(l.x1, s.x1)
			l.fs = math.Max(l.fs, s.fs)
			l.bold = l.bold && s.bold
			prev = s
		}
		lines = append(lines, l)
		i = j
	}
	return lines
}
