package pdf

import (
	"strconv"
	"strings"
	"testing"
)

func TestPDFHasMultiSegmentRow(t *testing.T) {
	seg := func(x0, y, fs float64) pdfSeg {
		return pdfSeg{x0: x0, x1: x0 + 100, y: y, fs: fs, text: "text", chars: 20}
	}
	for _, tc := range []struct {
		name string
		segs []pdfSeg
		want bool
	}{
		{"two columns on one baseline", []pdfSeg{seg(10, 700, 9), seg(300, 700, 9)}, true},
		{"two columns a little off each other's baseline", []pdfSeg{seg(10, 941.9, 9), seg(300, 945.4, 9)}, true},
		{"two signature blocks set half a point apart", []pdfSeg{seg(60, 200.5, 11), seg(330, 200, 11)}, true},
		{"one column of lines", []pdfSeg{seg(10, 700, 9), seg(10, 688.5, 9), seg(10, 677, 9)}, false},
		{"a heading over a line of small print", []pdfSeg{seg(10, 700, 18), seg(10, 690, 7)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pdfHasMultiSegmentRow(tc.segs); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// glyphLine lays out text as glyphs of 10-point type, 5 points wide, from x.
func glyphLine(text string, x, y float64) []pdfGlyph {
	var out []pdfGlyph
	for _, r := range text {
		out = append(out, pdfGlyph{x: x, y: y, w: 5, fs: 10, s: string(r)})
		x += 5
	}
	return out
}

func TestPDFDropMarginNumbers(t *testing.T) {
	body := []string{
		"THE COURT: Please be seated. We are on the record",
		"in the matter before the court this morning, and",
		"counsel will state their appearances for the record.",
		"MS GREEN: Good morning, Your Honour, for the applicant.",
		"MR BLACK: Good morning, for the respondent, Your Honour.",
		"THE COURT: Thank you. Ms Green, you may begin now.",
	}
	page := func(numberX func(i int) float64, number func(i int) string) []pdfGlyph {
		var gs []pdfGlyph
		for i, l := range body {
			y := 700 - 14*float64(i)
			gs = append(gs, glyphLine(l, 72, y)...)
			if x := numberX(i); x >= 0 {
				gs = append(gs, glyphLine(number(i), x, y)...)
			}
		}
		return gs
	}
	seq := func(i int) string { return strconv.Itoa(i + 1) }
	for _, tc := range []struct {
		name   string
		glyphs []pdfGlyph
		keep   bool
	}{
		{"line numbers down the left margin", page(func(int) float64 { return 36 }, seq), false},
		{"line numbers down the right margin", page(func(int) float64 { return 560 }, seq), false},
		{"line numbers from 11, right-aligned", page(func(i int) float64 { return 46 - 5*float64(len(strconv.Itoa(i+11))-1) }, func(i int) string { return strconv.Itoa(i + 11) }), false},
		{"numbers that do not count down the page", page(func(int) float64 { return 36 }, func(i int) string { return strconv.Itoa(10 - i) }), true},
		{"too few numbers", page(func(i int) float64 {
			if i < 3 {
				return 36
			}
			return -1
		}, seq), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pg := pdfLayoutPage(tc.glyphs)
			var text strings.Builder
			for _, l := range pg.lines {
				text.WriteString(l.text + "\n")
			}
			hasNumbers := strings.ContainsAny(text.String(), "0123456789")
			if hasNumbers != tc.keep {
				t.Errorf("numbers kept: %v, want %v:\n%s", hasNumbers, tc.keep, text.String())
			}
			if !strings.Contains(text.String(), "THE COURT: Please be seated.") {
				t.Errorf("body text lost:\n%s", text.String())
			}
		})
	}
}

func TestPDFVaryingBanners(t *testing.T) {
	line := func(text string, y float64, bold bool) pdfLine {
		return pdfLine{text: text, x0: 72, x1: 500, y: y, fs: 10, bold: bold}
	}
	body := []string{
		"The committee met to review the draft budget and the work plan.",
		"Members discussed the timetable and agreed to meet again in May.",
		"The secretariat will circulate revised papers before that meeting.",
		"Questions may be sent to the secretariat by the end of the month.",
	}
	pagesWith := func(top func(p int) (string, bool)) []pdfPage {
		var pages []pdfPage
		for p := 0; p < 4; p++ {
			var pg pdfPage
			text, bold := top(p)
			pg.lines = append(pg.lines, line(text, 760, bold))
			for i := range body {
				// Each page's body differs, as real pages do.
				text := body[(i+p)%len(body)] + " Item " + []string{"alpha", "bravo", "charlie", "delta"}[p] + "."
				pg.lines = append(pg.lines, line(text, 700-14*float64(i), false))
			}
			pages = append(pages, pg)
		}
		return pages
	}
	for _, tc := range []struct {
		name string
		top  func(p int) (string, bool)
		drop bool
	}{
		{"confidentiality banner with a varying date", func(p int) (string, bool) {
			return []string{"CONFIDENTIAL - prepared for the Board meeting of 3 March", "Confidential: prepared for the Board meeting, 3 March", "CONFIDENTIAL prepared for the Board meeting (draft)", "Confidential - prepared for the Board meeting of 4 March"}[p], false
		}, true},
		{"reporting company's name with the session", func(p int) (string, bool) {
			return []string{"Transcript by Acme Reporting Services Ltd, morning session", "Transcript by Acme Reporting Services Ltd, afternoon session", "Transcript by Acme Reporting Services Limited, morning session", "Transcript by Acme Reporting Services, evening session"}[p], false
		}, true},
		{"draft marking with a version", func(p int) (string, bool) {
			return []string{"Draft for discussion only, version one", "Draft for discussion only, version two", "Draft - for discussion only - version three", "Draft for discussion only (version four)"}[p], false
		}, true},
		{"bold headlines of a similar pattern", func(p int) (string, bool) {
			return []string{"Meeting with the Netherlands Ambassador", "Meeting with the France Ambassador", "Meeting with the Japan Ambassador", "Meeting with the Chile Ambassador"}[p], true
		}, false},
		{"different first lines", func(p int) (string, bool) {
			return []string{"Opening remarks by the chair of the committee", "Budget review for the coming financial year", "Work plan and the timetable of the secretariat", "Any other business raised by members"}[p], false
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages := pagesWith(tc.top)
			want, _ := tc.top(1)
			pdfDropRunningLines(pages)
			kept := false
			for _, l := range pages[1].lines {
				kept = kept || l.text == want
			}
			if kept == tc.drop {
				t.Errorf("top line %q kept: %v, want %v", want, kept, !tc.drop)
			}
			if len(pages[1].lines) < len(body) {
				t.Errorf("body lines dropped: %d left", len(pages[1].lines))
			}
		})
	}
}
