package pdf

import (
	"slices"
	"strings"
	"testing"
)

func TestPDFDateLine(t *testing.T) {
	for _, tc := range []struct {
		prev, cur string
		want      bool
	}{
		{"Foreign Office — Near East Department", "December 2015", true},
		{"Quarterly bulletin of the water board", "4 May 2021", true},
		{"Statement by the Minister of Health", "Sept. 12, 2019", true},
		{"Trade and Industry Newsletter", "2024-03-01", true},
		{"The review was first published in", "December 2015", false}, // a sentence wrapped before its date
		{"Talks resumed on Monday, 3 June,", "May 2021", false},
		{"The port handled record volumes in", "2023", false},
		{"Foreign Office — Near East Department", "December 2015 saw the talks resume", false},
	} {
		t.Run(tc.prev+"/"+tc.cur, func(t *testing.T) {
			if got := pdfDateLine(tc.prev, tc.cur); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPDFHeadlineLevel(t *testing.T) {
	head := func(fs float64, larger bool, para int) pdfHeadType {
		return pdfHeadType{fs: fs, larger: larger, para: para}
	}
	for _, tc := range []struct {
		name  string
		types []pdfHeadType
		want  []int // the indexes kept
	}{
		{"four 15-point headlines and a bold sub-heading: the sub-heading is dropped",
			[]pdfHeadType{head(26, true, 0), head(15, true, 3), head(15, true, 9), head(10, false, 14), head(15, true, 20), head(15, true, 30)},
			[]int{0, 1, 2, 4, 5}},
		{"three 18-point headlines, two 12-point section heads",
			[]pdfHeadType{head(18, true, 1), head(12, true, 4), head(18, true, 10), head(12, true, 12), head(18, true, 20)},
			[]int{0, 2, 4}},
		{"stories headed in bold body type, one feature headline larger: all kept",
			[]pdfHeadType{head(28, true, 0), head(9, false, 2), head(9, false, 6), head(16, true, 9), head(9, false, 12), head(16, true, 14), head(9, false, 18)},
			[]int{0, 1, 2, 3, 4, 5, 6}},
		{"one larger headline wrapped over adjacent paragraphs counts once: all kept",
			[]pdfHeadType{head(16, true, 0), head(16, true, 1), head(10, false, 5)},
			[]int{0, 1, 2}},
		{"masthead only: all kept",
			[]pdfHeadType{head(24, true, 0), head(10, false, 3), head(10, false, 8)},
			[]int{0, 1, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkHeadingsKept(t, pdfHeadlineLevel, tc.types, tc.want) })
	}
}

// checkHeadingsKept runs keep, a filter of heading offsets, over headings
// of types at offsets 0, 1, ... and checks that it keeps those of want.
func checkHeadingsKept(t *testing.T, keep func([]int, []pdfHeadType) []int, types []pdfHeadType, want []int) {
	t.Helper()
	offs := make([]int, len(types))
	for i := range offs {
		offs[i] = i
	}
	if got := keep(offs, types); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestPDFTopBandFirst checks that a masthead set at the top of a later
// column, above the columns read before it, is read first, and that a
// column whose text runs on above them stays where it is.
func TestPDFTopBandFirst(t *testing.T) {
	col := func(block int, x0, y float64, n int) []pdfLine {
		var ls []pdfLine
		for i := range n {
			ls = append(ls, pdfLine{text: "Body text of the story runs on down its column.", x0: x0, x1: x0 + 200, y: y - 14*float64(i), fs: 11, block: block})
		}
		return ls
	}
	disp := func(block int, y, fs float64, s string) pdfLine {
		return pdfLine{text: s, x0: 320, x1: 520, y: y, fs: fs, bold: true, block: block}
	}
	cat := func(parts ...[]pdfLine) []pdfLine { return slices.Concat(parts...) }
	for _, tc := range []struct {
		name  string
		lines []pdfLine
		want  []string // the first lines after placement
	}{
		{"three-line masthead and issue month beside a logo", cat(
			[]pdfLine{{text: "Previous meeting", x0: 60, x1: 200, y: 600, fs: 14, bold: true}}, col(0, 56, 580, 8),
			[]pdfLine{disp(1, 780, 24, "HILLSIDE PARK"), disp(1, 752, 24, "CARE GROUP"), disp(1, 680, 18, "Newsletter"), disp(1, 660, 18, "March 2020"),
				{text: "Next meeting", x0: 320, x1: 480, y: 590, fs: 14, bold: true, block: 1}}, col(1, 316, 560, 8)),
			[]string{"HILLSIDE PARK", "CARE GROUP", "Newsletter", "March 2020", "Previous meeting"}},
		{"bulletin name over a right column that starts lower", cat(
			col(0, 56, 640, 10), []pdfLine{disp(1, 760, 20, "Harbour Bulletin"), disp(1, 736, 14, "Issue 12, Winter 2024")}, col(1, 316, 600, 10)),
			[]string{"Harbour Bulletin", "Issue 12, Winter 2024", "Body text of the story runs on down its column."}},
		{"one-line masthead over a boxed notice", cat(
			col(0, 56, 620, 6), []pdfLine{disp(1, 790, 22, "Friends of the Wetlands")}, []pdfLine{{text: "Working bee: Saturday 4 May", x0: 320, x1: 500, y: 600, fs: 13, bold: true, block: 1}}, col(1, 316, 580, 6)),
			[]string{"Friends of the Wetlands", "Body text of the story runs on down its column."}},
		{"a headline whose text runs on above the side column read first stays", cat(
			[]pdfLine{{text: "In this issue", x0: 400, x1: 500, y: 600, fs: 10}}, []pdfLine{disp(1, 760, 16, "Ports go electric this year")}, col(1, 56, 730, 6)),
			[]string{"In this issue", "Ports go electric this year"}},
		{"a top line in body type stays", cat(
			col(0, 56, 640, 6), []pdfLine{{text: "Department of Coastal Affairs", x0: 320, x1: 500, y: 780, fs: 11, block: 1}}, col(1, 316, 620, 6)),
			[]string{"Body text of the story runs on down its column.", "Body text of the story runs on down its column."}},
		{"the top line already first", cat(
			[]pdfLine{disp(0, 780, 24, "Harbour Notes")}, col(0, 56, 740, 6), col(1, 316, 740, 6)),
			[]string{"Harbour Notes", "Body text of the story runs on down its column."}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFirstLines(t, pdfTopBandFirst, tc.lines, tc.want) })
	}
}

// checkFirstLines places the lines of one page with place and checks
// that they then start with want.
func checkFirstLines(t *testing.T, place func([]pdfPage), lines []pdfLine, want []string) {
	t.Helper()
	pages := []pdfPage{{lines: slices.Clone(lines)}}
	place(pages)
	var got []string
	for _, l := range pages[0].lines[:len(want)] {
		got = append(got, l.text)
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestPDFAttachSuperscripts checks that raised short segments go back
// into the line they mark, and that other short segments stay apart.
func TestPDFAttachSuperscripts(t *testing.T) {
	seg := func(s string, x0, x1, y, fs float64) pdfSeg {
		return pdfSeg{text: s, x0: x0, x1: x1, y: y, fs: fs, chars: len(s)}
	}
	for _, tc := range []struct {
		name string
		leaf []pdfSeg
		want []string
	}{
		{"ordinal inside a headline line", []pdfSeg{seg("Sunday 16 October", 100, 240, 576, 14), seg("th", 170, 178, 582.5, 9)},
			[]string{"Sunday 16th October"}},
		{"ordinal at the end of a line", []pdfSeg{seg("Meeting on the 2", 56, 150, 400, 11), seg("nd", 150.5, 158, 404, 7)},
			[]string{"Meeting on the 2nd"}},
		{"footnote mark after a word", []pdfSeg{seg("The levy rises in July and again in May", 56, 280, 300, 10), seg("1", 182, 186, 304, 6.5)},
			[]string{"The levy rises in July1 and again in May"}},
		{"a page number under the text stays", []pdfSeg{seg("The levy rises in July and again in May", 56, 280, 300, 10), seg("7", 160, 164, 280, 8)},
			[]string{"The levy rises in July and again in May", "7"}},
		{"a cell of body size stays", []pdfSeg{seg("Total ships handled", 56, 180, 300, 10), seg("12", 150, 160, 302, 10)},
			[]string{"Total ships handled", "12"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range pdfAttachSuperscripts(slices.Clone(tc.leaf)) {
				got = append(got, s.text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPDFCentredHeadlineWhole checks that a centred headline broken by
// hand over three bold lines stays one paragraph, each part on its line,
// while centred lines in regular type (a masthead's) stay apart.
func TestPDFCentredHeadlineWhole(t *testing.T) {
	centred := func(bold bool, texts ...string) []pdfLine {
		var ls []pdfLine
		for i, s := range texts {
			w := 7 * float64(len(s))
			ls = append(ls, pdfLine{text: s, x0: 170 - w/2, x1: 170 + w/2, y: 600 - 19*float64(i), fs: 14, bold: bold})
		}
		for i := range 4 {
			ls = append(ls, pdfLine{text: "Six of us gathered at the circle before beginning the monthly weeding on the hill.", x0: 56, x1: 284, y: 540 - 13.8*float64(i), fs: 12})
		}
		return ls
	}
	for _, tc := range []struct {
		name  string
		lines []pdfLine
		want  string // the end of the first paragraph
	}{
		{"meeting report", centred(true, "Report of the previous meeting", "Sunday 17 June", "Lincoln Place over the hill"), "\nLincoln Place over the hill"},
		{"dinner notice", centred(true, "Annual dinner and awards night", "Friday 3 May", "Weston Town Hall"), "\nWeston Town Hall"},
		{"working bee", centred(true, "Working bee on the northern slopes", "Saturday 9 March", "North Ridge gate"), "\nNorth Ridge gate"},
		{"centred lines in regular type stay apart", centred(false, "Friends of the Ridge", "Volunteer group", "Canberra"), "Friends of the Ridge"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pdfJoinLines(tc.lines, nil)[0]; !strings.HasSuffix(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPDFBoldFont checks the faces read as bold by name or weight.
func TestPDFBoldFont(t *testing.T) {
	for _, tc := range []struct {
		name   string
		weight float64
		want   bool
	}{
		{"Arial-BoldMT", 0, true},
		{"ABCDEF+Calibri,Bold", 0, true},
		{"Arial-Black", 0, true},
		{"FranklinGothic-Demi", 0, true},
		{"QWERTY+HelveticaNeue-Heavy", 0, true},
		{"ArialBlack", 0, true},
		{"ABCDEF+Montserrat", 700, true},
		{"ABCDEF+OpenSans-Regular", 400, false},
		{"TimesNewRomanPSMT", 0, false},
		{"Helvetica-Medium", 500, false},
		{"Blackadder-Regular", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pdfBoldFont(tc.name, tc.weight); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestPDFGatherHeadlines checks that a headline's second line, read after
// lines of the column beside it, moves back under its first line.
func TestPDFGatherHeadlines(t *testing.T) {
	head := func(s string, y float64) pdfLine { return pdfLine{text: s, x0: 56, x1: 280, y: y, fs: 16, bold: true} }
	side := func(s string, y float64) pdfLine { return pdfLine{text: s, x0: 316, x1: 540, y: y, fs: 10} }
	body := func(s string, y float64) pdfLine { return pdfLine{text: s, x0: 56, x1: 280, y: y, fs: 10} }
	for _, tc := range []struct {
		name  string
		lines []pdfLine
		want  []string
	}{
		{"one line of the other column between", []pdfLine{head("Ports go electric", 700), side("the ferry timetable for the winter", 690), head("this year", 681), body("The harbour board said on Monday", 660)},
			[]string{"Ports go electric", "this year", "the ferry timetable for the winter", "The harbour board said on Monday"}},
		{"two lines of the other column between", []pdfLine{head("Grants help harbour", 700), side("and the pilots will", 694), side("train on the new tugs", 684), head("towns prepare", 681), body("Coastal towns may apply", 660)},
			[]string{"Grants help harbour", "towns prepare", "and the pilots will", "train on the new tugs", "Coastal towns may apply"}},
		{"a three-line headline", []pdfLine{head("Reef survey finds", 700), side("volunteers counted", 695), head("coral recovering", 681), side("more turtles than", 680), head("after the storms", 662), body("Divers counted", 640)},
			[]string{"Reef survey finds", "coral recovering", "after the storms", "volunteers counted", "more turtles than", "Divers counted"}},
		{"body under the headline stays", []pdfLine{head("Ports go electric this year", 700), body("The harbour board said on Monday", 680), head("Ferry news", 640)},
			[]string{"Ports go electric this year", "The harbour board said on Monday", "Ferry news"}},
		{"a later headline far below stays", []pdfLine{head("Ports go electric", 700), side("the ferry timetable", 690), head("Ferry news", 600)},
			[]string{"Ports go electric", "the ferry timetable", "Ferry news"}},
	} {
		lines := slices.Clone(tc.lines)
		for i := range 20 { // the page's body type
			lines = append(lines, pdfLine{text: "Body text of the story runs on down its column.", x0: 56, x1: 280, y: 500 - 12*float64(i), fs: 10})
		}
		t.Run(tc.name, func(t *testing.T) { checkFirstLines(t, pdfGatherHeadlines, lines, tc.want) })
	}
}

// TestPDFTakeFootnotes checks that small lines below a page's text are
// taken as its notes, unless the text's lowest line is a heading over
// them.
func TestPDFTakeFootnotes(t *testing.T) {
	page := func(last pdfLine, small ...string) []pdfLine {
		var ls []pdfLine
		for i := range 12 {
			ls = append(ls, pdfLine{text: "Body text of the story runs on down its column.", x0: 56, x1: 500, y: 700 - 14*float64(i), fs: 12})
		}
		ls = append(ls, last)
		for i, s := range small {
			ls = append(ls, pdfLine{text: s, x0: 56, x1: 400, y: last.y - 30 - 12*float64(i), fs: 10})
		}
		return ls
	}
	text := pdfLine{text: "and the works end in May.", x0: 56, x1: 200, y: 520, fs: 12}
	heading := pdfLine{text: "Contributions", x0: 56, x1: 150, y: 520, fs: 12, bold: true}
	larger := pdfLine{text: "Dates for your diary", x0: 56, x1: 250, y: 520, fs: 15}
	for _, tc := range []struct {
		name  string
		lines []pdfLine
		notes int
	}{
		{"numbered notes", page(text, "1 Figures of the port authority, 2024.", "2 See the annual report."), 2},
		{"a starred note", page(text, "* Provisional figures."), 1},
		{"notes of a source line", page(text, "Source: harbour board survey, March 2024", "Note: totals are rounded"), 2},
		{"small text under a bold heading", page(heading, "With the editor away, your stand-in is", "wondering what to say."), 0},
		{"small text under a larger heading", page(larger, "Sunday 11 September: rally at the hall", "Sunday 6 November: fair at the park"), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages := []pdfPage{{lines: slices.Clone(tc.lines)}}
			if got := len(pdfTakeFootnotes(pages)); got != tc.notes {
				t.Errorf("%d notes, want %d", got, tc.notes)
			}
		})
	}
}
