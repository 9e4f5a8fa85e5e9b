package pdf

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// typeLine lays out text as glyphs of fs-point type, half an em wide each,
// from x on baseline y.
func typeLine(text string, x, y, fs float64) []pdfGlyph {
	var out []pdfGlyph
	for _, r := range text {
		out = append(out, pdfGlyph{x: x, y: y, w: fs / 2, fs: fs, s: string(r)})
		x += fs / 2
	}
	return out
}

func TestPDFGapType(t *testing.T) {
	for _, tc := range []struct {
		a, b, want float64
	}{
		{15, 9.5, 9.5}, // a headline beside body text: the body's size
		{9.5, 18, 9.5},
		{10, 9, 10},  // one type, a letter scaled a little: the larger
		{12, 12, 12}, // one size
		{0, 10, 10},  // no size known for one glyph
	} {
		t.Run(fmt.Sprint(tc.a, "/", tc.b), func(t *testing.T) {
			if got := pdfGapType(tc.a, tc.b); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestPDFSplitRowHeadlineBesideBody: a headline line of one column that
// ends a gutter's width before a body line of the next column, a few
// points off its baseline, is two segments (a gap in the body's type), not
// one line with the columns' words run together.
func TestPDFSplitRowHeadlineBesideBody(t *testing.T) {
	for _, tc := range []struct {
		name, head, body string
		headFS, bodyFS   float64
	}{
		{"15-point headline, 9.5-point body", "Harbour dredging begins", "together with the partners who are", 15, 9.5},
		{"18-point headline, 10-point body", "Grants open to farms", "the minister said on Tuesday that", 18, 10},
		{"14-point headline, 9-point body", "New clinic for the north", "and the survey will close in June", 14, 9},
	} {
		t.Run(tc.name, func(t *testing.T) {
			row := typeLine(tc.head, 40, 400, tc.headFS)
			end := 40 + float64(len(tc.head))*tc.headFS/2
			// The gutter: wider than the body's segment gap, narrower
			// than the headline's.
			gap := (pdfSegmentGap*tc.bodyFS + pdfSegmentGap*tc.headFS) / 2
			row = append(row, typeLine(tc.body, end+gap, 400-0.3*tc.bodyFS, tc.bodyFS)...)
			segs := pdfSplitRow(row)
			var got []string
			for _, s := range segs {
				got = append(got, s.text)
			}
			if want := []string{tc.head, tc.body}; !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

// column lays out lines of body text down a column from y, 12 points apart,
// with an extra gap of extra points before the lines listed in breaks.
func column(prefix string, n int, x, y float64, extra float64, breaks ...int) []pdfGlyph {
	var out []pdfGlyph
	for i := range n {
		if slices.Contains(breaks, i) {
			y -= extra
		}
		out = append(out, typeLine(fmt.Sprintf("%s line %02d of the column text here", prefix, i), x, y, 10)...)
		y -= 12
	}
	return out
}

// lineIndex returns the index of the first laid-out line containing s.
func lineIndex(pg pdfPage, s string) int {
	for i, l := range pg.lines {
		if strings.Contains(l.text, s) {
			return i
		}
	}
	return -1
}

// checkLineOrder fails t unless the first lines of pg holding the texts of
// order come in that order.
func checkLineOrder(t *testing.T, pg pdfPage, order []string) {
	t.Helper()
	prev := -1
	for _, s := range order {
		i := lineIndex(pg, s)
		if i <= prev {
			var got []string
			for _, l := range pg.lines {
				got = append(got, l.text)
			}
			t.Fatalf("%q at line %d, not after line %d; lines:\n%s", s, i, prev, strings.Join(got, "\n"))
		}
		prev = i
	}
}

func TestPDFDisplayBandCut(t *testing.T) {
	for _, tc := range []struct {
		name   string
		glyphs []pdfGlyph
		// order lists texts whose first lines must come in this order.
		order []string
	}{
		{"masthead over the first column, issue date over the second: read before both columns",
			slices.Concat(typeLine("Harbour Notes", 40, 760, 30),
				typeLine("Port authority staff newsletter", 40, 735, 10), typeLine("May 2024", 420, 735, 10),
				column("left", 8, 40, 700, 0), column("right", 8, 300, 700, 0)),
			[]string{"Harbour Notes", "May 2024", "left line 00", "left line 07", "right line 00"}},
		{"masthead with its volume line over two columns",
			slices.Concat(typeLine("Farm Bulletin", 40, 760, 26),
				typeLine("Extension service", 40, 736, 10), typeLine("Vol. 4 No. 2, June 2023", 380, 736, 10),
				column("west", 9, 40, 700, 0), column("east", 9, 300, 700, 0)),
			[]string{"Farm Bulletin", "Vol. 4 No. 2", "west line 00", "west line 08", "east line 00"}},
		{"headline spanning both columns, a paragraph gap in the first column below the second's end",
			slices.Concat(typeLine("Dredging of the inner harbour starts in June after years of", 40, 720, 20),
				typeLine("planning", 40, 698, 20),
				column("left", 12, 40, 670, 15.5, 10), column("right", 6, 300, 670, 0)),
			[]string{"Dredging of the inner", "planning", "left line 00", "left line 11", "right line 00"}},
		{"kicker and spanning headline, the first column longer",
			slices.Concat(typeLine("EVENTS", 40, 740, 8), typeLine("Clinics open in three northern towns as the ministry", 40, 716, 19),
				typeLine("widens its rural health programme", 40, 694, 19),
				column("a", 11, 40, 664, 16, 9), column("b", 5, 300, 664, 0)),
			[]string{"EVENTS", "Clinics open", "widens its", "a line 00", "a line 10", "b line 00"}},
		{"headline over the second column only stays with it",
			slices.Concat(column("left", 8, 40, 700, 0), typeLine("Water week", 300, 700, 16), column("right", 7, 300, 676, 0)),
			[]string{"left line 00", "left line 07", "Water week", "right line 00"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkLineOrder(t, pdfLayoutPage(tc.glyphs), tc.order)
		})
	}
}

func TestPDFLeafRowTolerance(t *testing.T) {
	seg := func(text string, x0, x1, y, fs float64) pdfSeg {
		return pdfSeg{x0: x0, x1: x1, y: y, fs: fs, text: text, chars: len(text)}
	}
	for _, tc := range []struct {
		name string
		segs []pdfSeg
		want []string
	}{
		{"masthead over its strapline: two lines",
			[]pdfSeg{seg("Campaign Notes", 72, 256, 772.3, 26), seg("Combined task force in the north", 72, 302, 760.3, 10)},
			[]string{"Campaign Notes", "Combined task force in the north"}},
		{"display name over a smaller e-newsletter line: two lines",
			[]pdfSeg{seg("HARBOUR WATCH", 76, 447, 2110.4, 33.5), seg("An e-newsletter on the port and its people", 80, 444, 2094.4, 9)},
			[]string{"HARBOUR WATCH", "An e-newsletter on the port and its people"}},
		{"newsletter name over the issue line: two lines",
			[]pdfSeg{seg("Farm Line", 40, 200, 730, 30), seg("Spring 2023", 40, 95, 716, 10)},
			[]string{"Farm Line", "Spring 2023"}},
		{"headline line beside another column's body line: one row",
			[]pdfSeg{seg("(AR7) Cycle Bureau", 7, 133, 1122.2, 16), seg("recycling of incinerated ash from the", 275, 524, 1127.5, 9)},
			[]string{"(AR7) Cycle Bureau\trecycling of incinerated ash from the"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, l := range pdfLeafLines(tc.segs) {
				got = append(got, l.text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPDFSplitDateCells(t *testing.T) {
	line := func(text string, fs float64) pdfLine {
		return pdfLine{text: text, x0: 40, x1: 500, fs: fs, cells: strings.Contains(text, "\t")}
	}
	body := line("The port authority said on Monday that the dredging of the inner harbour would start.", 10)
	for _, tc := range []struct {
		name  string
		lines []pdfLine
		want  []string
	}{
		{"strapline and issue month", []pdfLine{line("Harbour Notes", 30), line("Port authority staff newsletter\tMay 2024", 10), body},
			[]string{"Harbour Notes", "Port authority staff newsletter", "May 2024", body.text}},
		{"bureau name and full date", []pdfLine{line("Iraq and Syria Brief", 24), line("Statements and notices\tOctober 28, 2016", 10), body},
			[]string{"Iraq and Syria Brief", "Statements and notices", "October 28, 2016", body.text}},
		{"issue number, edition and day-month date", []pdfLine{line("Coast Watch", 28), line("Issue 12\tWinter edition\t4 May 2021", 9), body},
			[]string{"Coast Watch", "Issue 12\tWinter edition", "4 May 2021", body.text}},
		{"a weekly's week-of date", []pdfLine{line("Syria Desk Weekly", 30), line("Selected statements\tWeek of December 14, 2015", 10), body},
			[]string{"Syria Desk Weekly", "Selected statements", "Week of December 14, 2015", body.text}},
		{"a cell that is no date stays", []pdfLine{line("Harbour Notes", 30), line("Port authority\tTel. 6123 4567", 10), body},
			[]string{"Harbour Notes", "Port authority\tTel. 6123 4567", body.text}},
		{"a table row further down stays", append(slices.Repeat([]pdfLine{body}, pdfHeadlineTopLines), line("Board meeting\tMay 2024", 10)),
			append(slices.Repeat([]string{body.text}, pdfHeadlineTopLines), "Board meeting\tMay 2024")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages := []pdfPage{{}, {lines: slices.Clone(tc.lines)}}
			pdfSplitDateCells(pages)
			var got []string
			for _, l := range pages[1].lines {
				got = append(got, l.text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// justified lays out n lines of exactly chars characters of fs-point type
// down a column from (x, y), lead points apart.
func justified(prefix string, n, chars int, x, y, fs, lead float64) []pdfGlyph {
	var out []pdfGlyph
	for i := range n {
		t := fmt.Sprintf("%s %02d words of the column text set justified so that it runs on", prefix, i)
		for len(t) < chars {
			t += " on"
		}
		out = append(out, typeLine(t[:chars], x, y-float64(i)*lead, fs)...)
	}
	return out
}

// TestPDFNarrowGutter: columns set closer than the body type's segment gap
// (a 5 mm gutter between columns of 10-point type) are read one after the
// other, found by the strip of the page their lines never enter.
func TestPDFNarrowGutter(t *testing.T) {
	for _, tc := range []struct {
		name   string
		glyphs []pdfGlyph
		order  []string
	}{
		{"two columns of 10-point type, 14-point gutter",
			slices.Concat(justified("west", 12, 40, 40, 700, 10, 12), justified("east", 12, 40, 254, 700, 10, 12)),
			[]string{"west 00", "west 11", "east 00", "east 11"}},
		{"two columns of 9-point type, 12-point gutter, a headline over both",
			slices.Concat(typeLine("Ferry services to resume across the strait next month", 40, 730, 14),
				justified("left", 10, 44, 40, 700, 9, 11), justified("right", 10, 44, 250, 700, 9, 11)),
			[]string{"Ferry services", "left 00", "left 09", "right 00"}},
		{"three columns of 9-point type, 11-point gutters",
			slices.Concat(justified("one", 9, 30, 40, 700, 9, 11), justified("two", 9, 30, 186, 700, 9, 11), justified("three", 9, 30, 332, 700, 9, 11)),
			[]string{"one 00", "one 08", "two 00", "two 08", "three 00"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkLineOrder(t, pdfLayoutPage(tc.glyphs), tc.order)
		})
	}
}

// rowsOf groups glyphs laid out by typeLine into rows (one baseline each,
// top to bottom, left to right), as pdfGutters takes them.
func rowsOf(glyphs []pdfGlyph) ([]pdfGlyph, [][2]int) {
	ordered := slices.Clone(glyphs)
	slices.SortStableFunc(ordered, func(a, b pdfGlyph) int {
		if a.y != b.y {
			return cmp.Compare(b.y, a.y)
		}
		return cmp.Compare(a.x, b.x)
	})
	var rows [][2]int
	for i := range ordered {
		if i == 0 || ordered[i].y != ordered[i-1].y {
			rows = append(rows, [2]int{i, i})
		}
		rows[len(rows)-1][1] = i + 1
	}
	return ordered, rows
}

func TestPDFGutters(t *testing.T) {
	for _, tc := range []struct {
		name   string
		glyphs []pdfGlyph
		mids   [][2]float64 // for each gutter, the gap its middle lies in
	}{
		{"two columns, 14-point gutter", slices.Concat(justified("w", 12, 40, 40, 700, 10, 12), justified("e", 12, 40, 254, 700, 10, 12)),
			[][2]float64{{240, 254}}},
		{"two columns under a masthead running over the gutter",
			slices.Concat(typeLine("Coast Watch staff news", 40, 740, 24), justified("w", 12, 44, 40, 700, 9, 11), justified("e", 12, 44, 250, 700, 9, 11)),
			[][2]float64{{238, 250}}},
		{"three columns, 11-point gutters", slices.Concat(justified("a", 9, 30, 40, 700, 9, 11), justified("b", 9, 30, 186, 700, 9, 11), justified("c", 9, 30, 332, 700, 9, 11)),
			[][2]float64{{175, 186}, {321, 332}}},
		{"one justified column", justified("line", 20, 80, 40, 700, 10, 12), nil},
		{"one ragged column", column("ragged", 20, 40, 700, 0), nil},
		{"a label column too short for a column", slices.Concat(typeLine("Date:", 40, 700, 10), typeLine("4 May 2024", 80, 700, 10),
			typeLine("Venue:", 40, 688, 10), typeLine("Town hall", 80, 688, 10), column("body", 6, 40, 670, 0)), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := pdfGutters(rowsOf(tc.glyphs))
			if len(got) != len(tc.mids) {
				t.Fatalf("got gutters %v, want %d", got, len(tc.mids))
			}
			for i, g := range got {
				if mid := (g.lo + g.hi) / 2; mid < tc.mids[i][0] || mid > tc.mids[i][1] {
					t.Errorf("gutter %v: middle %.1f outside %v", g, mid, tc.mids[i])
				}
			}
		})
	}
}

// TestPDFHeadlineBreakSlack: a headline line is broken by hand only when
// the next line's first word would have fitted with an em to spare; the
// width of a word is estimated, and a line the column's width wrapped
// ends within that.
func TestPDFHeadlineBreakSlack(t *testing.T) {
	hl := func(text string, x0, x1 float64) pdfLine {
		return pdfLine{text: text, x0: x0, x1: x1, fs: 12.5, bold: true}
	}
	g := pdfBlockGeometry{width: 244.6}
	for _, tc := range []struct {
		name      string
		prev, cur pdfLine
		want      bool
	}{
		{"wrapped by the column, the word just short of fitting", hl("DoD Identifies Fallen U.S. Service", 45.4, 244.7), hl("Member in Syria", 45.4, 141.9), false},
		{"wrapped by the column, a long word", hl("Harbour authority opens the new", 45.4, 230), hl("Breakwater to ferries", 45.4, 170), false},
		{"broken by hand after a short line", hl("Water week", 45.4, 110), hl("Events across the island", 45.4, 200), true},
		{"broken by hand before a subtitle", hl("Budget 2024", 45.4, 120), hl("What it means for farms", 45.4, 190), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pdfHeadlineBreak(&tc.prev, &tc.cur, g, 10); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
