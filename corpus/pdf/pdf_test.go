package pdf

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/communique/communique/internal/pdftest"
)

func TestPDFAppendJoined(t *testing.T) {
	words := map[string]bool{"westbrook": true, "e-mail": true}
	tests := []struct{ para, next, want string }{
		{"the national me-", "teorological service", "the national meteorological service"},
		{"University of West-", "brook welcomed", "University of Westbrook welcomed"},
		{"committed to evidence-", "based policymaking", "committed to evidence-based policymaking"},
		{"send an e-", "mail today", "send an e-mail today"},
		{"the Asia-", "Pacific region", "the Asia-Pacific region"},
		{"COVID-", "19 measures", "COVID-19 measures"},
		{"soft\u00ad", "ware", "software"},
		{"ends here", "next line", "ends here next line"},
		{"a dash -", "then", "a dash - then"},
		{"meeting of the U.S.-", "Japan Policy", "meeting of the U.S.-Japan Policy"},
		{"Question 22-", "1 / 1", "Question 22-1 / 1"},
		{"in 2012 -", "2013", "in 2012 - 2013"},
	}
	for _, tt := range tests {
		t.Run(tt.para, func(t *testing.T) {
			if got := string(pdfAppendJoined([]byte(tt.para), tt.next, words)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPDFJunkTitle(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Microsoft Word - Media Release final v3.docx", true}, {"untitled", true}, {"press_release.pdf", true},
		{"Document1", true}, {"Joint Media Release on the Third National Climate Change Study", false},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := pdfJunkTitle(tt.title); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPDFPageNumberLines(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"7", true}, {"- 7 -", true}, {"Page 3 of 7", true}, {"page 3", true}, {"3 / 7", true}, {"iv", true},
		{"1. Introduction", false}, {"2024 Annual Report", false}, {"Page Top", false}, {"(1)", false}, {"2024", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := pdfPageNumberRE.MatchString(tt.line) && pdfIsPageNumber(tt.line, 7); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPDFXYCut lays out synthetic glyph rows: a full-width title above two
// columns must read title, left column, right column.
func TestPDFXYCut(t *testing.T) {
	var glyphs []pdfGlyph
	word := func(x, y float64, s string) {
		for i, r := range s {
			glyphs = append(glyphs, pdfGlyph{x: x + float64(i)*6, y: y, w: 6, fs: 10, s: string(r)})
		}
	}
	word(72, 760, "A TITLE THAT SPANS THE WHOLE WIDTH OF THE PAGE ABOVE THE COLUMNS")
	for i := 0; i < 5; i++ {
		y := 720 - float64(i)*12
		word(72, y, "left column line text")
		word(320, y, "right column line text")
	}
	pg := pdfLayoutPage(glyphs)
	var got []string
	for _, l := range pg.lines {
		got = append(got, l.text)
	}
	want := []string{"A TITLE THAT SPANS THE WHOLE WIDTH OF THE PAGE ABOVE THE COLUMNS"}
	for i := 0; i < 5; i++ {
		want = append(want, "left column line text")
	}
	for i := 0; i < 5; i++ {
		want = append(want, "right column line text")
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// buildPDF assembles a PDF from object bodies (object i+1 is objs[i]).
func buildPDF(objs []string) []byte { return pdftest.Build(objs) }

func pdfStream(s string) string { return pdftest.Stream(s) }

func TestPDFHeadingBeforeNumbered(t *testing.T) {
	cases := []struct {
		prev, cur string
		want      bool
	}{
		{"Shoring up coastal protection", "3 To protect Singapore from the threat of sea-level rise, PUB has", true},
		{"Strengthening Resilience of Food Supply and Safety", "5 The Singapore Food Agency (SFA) is committed to building", true},
		{"The scheme will reach a total of", "2 Million households from April, officials said.", false},
		{"Households will receive vouchers worth about", "300 Dollars each under the enhanced programme.", false},
		{"Shoring up coastal protection.", "3 To protect Singapore from the threat of sea-level rise, PUB has", false},
		{"Shoring up coastal protection", "To protect Singapore from the threat of sea-level rise, PUB has", false},
		{"Shoring up coastal protection", "3 million people live near the coast, and the agency plans to", false},
		{"these plans were set out in the budget and the agency will", "3 To protect", false},
	}
	for _, tc := range cases {
		t.Run(tc.prev+"/"+tc.cur, func(t *testing.T) {
			if got := pdfHeadingBeforeNumbered(tc.prev, tc.cur); got != tc.want {
				t.Errorf("pdfHeadingBeforeNumbered(%q, %q) = %v, want %v", tc.prev, tc.cur, got, tc.want)
			}
		})
	}
}

// TestPDFJoinAcrossBlocks checks that a gap wider than the line spacing
// ends a paragraph between XY-cut blocks, and that lines of one paragraph
// split into two blocks still join.
func TestPDFJoinAcrossBlocks(t *testing.T) {
	line := func(text string, block int, y float64) pdfLine {
		return pdfLine{text: text, x0: 71, x1: 527, y: y, fs: 11, block: block}
	}
	cases := []struct {
		name  string
		lines []pdfLine
		want  int // paragraphs
	}{
		{"subtitle above dateline", []pdfLine{
			{text: "Everyone can play a part in building a resilient nation", x0: 129, x1: 469, y: 710, fs: 11, block: 0},
			line("7 MARCH 2022 – During the debates on 7 March 2022, the Minister and the", 1, 681),
			line("Senior Minister of State spoke on the key initiatives of the ministry.", 1, 668)}, 2},
		{"paragraph over two blocks", []pdfLine{
			line("2 As a small, island city-state with no natural resources and limited land, climate", 0, 618),
			line("change is an existential challenge for Singapore, with potential impact such as", 1, 605),
			line("sea-level rise and extreme weather events that disrupt flows of resources.", 1, 593)}, 1},
		{"heading above numbered paragraph", []pdfLine{
			{text: "Closing our resource loops", x0: 71, x1: 205, y: 403, fs: 11, block: 0},
			line("4 Singapore has adopted a circular economy approach to reduce waste, maximise the", 1, 391),
			line("value of resources and strengthen our resource resilience in the long term.", 1, 378)}, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pdfJoinLines(tc.lines, nil); len(got) != tc.want {
				t.Errorf("got %d paragraphs %q, want %d", len(got), got, tc.want)
			}
		})
	}
}

// TestPDFColumnRightIgnoresStrays checks that a column's right edge is
// where its lines end, not where a full-width line far away, a line of the
// next column touching its edge or one line run into a caption ends.
func TestPDFColumnRightIgnoresStrays(t *testing.T) {
	col := func(text string, y float64) pdfLine { return pdfLine{text: text, x0: 22, x1: 277, y: y, fs: 9} }
	lines := []pdfLine{
		{text: "A full-width paragraph at the top of the tall page runs right across it.", x0: 20, x1: 525, y: 2400, fs: 9},
		col("On 27 July 2023, the university’s associate professor", 953),
		col("was elected as co-chair of the working group on", 942),
		{text: "Read the speech here.", x0: 275, x1: 446, y: 940, fs: 9},
		{text: "the findings of the report. in Nairobi, Kenya.", x0: 22, x1: 436, y: 931, fs: 9},
		col("With the election, the professor will work closely", 920),
	}
	if got := pdfColumnRight(lines, 1); got != 277 {
		t.Errorf("got right edge %v, want 277", got)
	}
	if got := pdfJoinLines(lines[1:3], nil); len(got) != 1 {
		t.Errorf("got %d paragraphs %q, want the two column lines joined", len(got), got)
	}
}

// TestPDFXYCutFooterAcrossGutter checks that a centred page number under
// two columns of unequal length does not make the columns read as bands:
// the left column's last paragraph, below the right column's end and past
// a gap wider than the one above the footer, stays in the left column.
func TestPDFXYCutFooterAcrossGutter(t *testing.T) {
	var glyphs []pdfGlyph
	word := func(x, y, fs float64, s string) {
		for i, r := range s {
			glyphs = append(glyphs, pdfGlyph{x: x + float64(i)*0.6*fs, y: y, w: 0.6 * fs, fs: fs, s: string(r)})
		}
	}
	y := 760.0
	for i := 0; i < 8; i++ {
		if i < 6 {
			word(72, y-float64(i)*12, 10, "left column first part")
		}
		word(320, y-float64(i)*12, 10, "right column text")
	}
	for i := 0; i < 3; i++ {
		word(72, 640-float64(i)*12, 10, "left column last part")
	}
	word(170, 590, 8, "Page 2 of 2 | Bulletin of the Ministry")
	pg := pdfLayoutPage(glyphs)
	var got []string
	for _, l := range pg.lines {
		got = append(got, l.text)
	}
	var want []string
	for i := 0; i < 6; i++ {
		want = append(want, "left column first part")
	}
	for i := 0; i < 3; i++ {
		want = append(want, "left column last part")
	}
	for i := 0; i < 8; i++ {
		want = append(want, "right column text")
	}
	want = append(want, "Page 2 of 2 | Bulletin of the Ministry")
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPDFJoinHeadlinesAndMastheads checks paragraph joining of lines in
// large or centred type.
func TestPDFJoinHeadlinesAndMastheads(t *testing.T) {
	body := func(text string, y float64) pdfLine {
		return pdfLine{text: text, x0: 62.5, x1: 532, y: y, fs: 10}
	}
	cases := []struct {
		name  string
		lines []pdfLine
		want  []string
	}{
		{"headline wrapped in large type", []pdfLine{
			{text: "Results of 10th Japan-ASEAN Information Security", x0: 62.5, x1: 491.4, y: 531.1, fs: 15, bold: true},
			{text: "Policy Meeting", x0: 62.5, x1: 186.8, y: 513.7, fs: 15, bold: true},
			body("The 10th Japan-ASEAN Information Security Policy Meeting (hereinafter referred to as", 492.4),
			body("the Policy Meeting) was held in Singapore on Tuesday, October 10, and Wednesday, October", 480.7),
			body("11, 2017.", 469.1)},
			[]string{"Results of 10th Japan-ASEAN Information Security Policy Meeting",
				"The 10th Japan-ASEAN Information Security Policy Meeting (hereinafter referred to as the Policy Meeting) was held in Singapore on Tuesday, October 10, and Wednesday, October 11, 2017."}},
		{"headline broken by hand keeps its line breaks, except after a connector", []pdfLine{
			{text: "Joint Press Statement for the", x0: 62.5, x1: 309.8, y: 770.4, fs: 15, bold: true},
			{text: "U.S.-Japan Policy Cooperation", x0: 62.5, x1: 314.1, y: 750.1, fs: 15, bold: true},
			{text: "The Third Director General-Level Meeting", x0: 62.5, x1: 413.3, y: 729.8, fs: 15, bold: true},
			body("On March 22 and 23, 2012, the third Director General-level meeting of the dialogue", 700),
			body("was held in Tokyo.", 688)},
			[]string{"Joint Press Statement for the U.S.-Japan Policy Cooperation\nThe Third Director General-Level Meeting",
				"On March 22 and 23, 2012, the third Director General-level meeting of the dialogue was held in Tokyo."}},
		{"centred masthead lines", []pdfLine{
			{text: "Newsletter of the Ministry of Internal Affairs and Communications(MIC), Japan", x0: 83.9, x1: 511.2, y: 733.4, fs: 11},
			{text: "Vol. 28 No.5 Oct 31, 2017", x0: 227.2, x1: 368.2, y: 720.6, fs: 11},
			body("A body line sets the width of the page's text block across the whole column here.", 700)},
			[]string{"Newsletter of the Ministry of Internal Affairs and Communications(MIC), Japan", "Vol. 28 No.5 Oct 31, 2017",
				"A body line sets the width of the page's text block across the whole column here."}},
		{"dateline above columns", []pdfLine{
			{text: "March 23, 2012", x0: 62.5, x1: 143.1, y: 693.9, fs: 10, block: 0},
			{text: "On March 22 and 23, 2012, the third", x0: 62.5, x1: 286.1, y: 670.9, fs: 10, block: 1},
			{text: "Director General-level meeting of the", x0: 62.5, x1: 286.1, y: 659.2, fs: 10, block: 1},
			{text: "dialogue was held in Tokyo.", x0: 62.5, x1: 200, y: 647.6, fs: 10, block: 1}},
			[]string{"March 23, 2012", "On March 22 and 23, 2012, the third Director General-level meeting of the dialogue was held in Tokyo."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pdfJoinLines(tc.lines, nil); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPDFDropRunningLines checks running headers and footers: a header
// whose second part names the current article (different on every page),
// page-number footers, and body lines that stay.
func TestPDFDropRunningLines(t *testing.T) {
	titles := []string{"Results of the Policy Meeting", "Outcome of the ICT Dialogue", "Regional Cooperation Update", "Upcoming Events"}
	var pages []pdfPage
	for i, title := range titles {
		pages = append(pages, pdfPage{lines: []pdfLine{
			{text: "Communications News Vol. 28 No.5 | " + title, y: 800},
			{text: "Body line one of page " + title, y: 760},
			{text: "Body line two - with a dash " + title, y: 748},
			{text: "Body line three " + title, y: 736},
			{text: "Body line four " + title, y: 724},
			{text: "Body line five " + title, y: 712},
			{text: "Body line six " + title, y: 700},
			{text: fmt.Sprintf("Page %d of %d", i+1, len(titles)), y: 40},
		}})
	}
	pdfDropRunningLines(pages)
	for i, pg := range pages {
		var got []string
		for _, l := range pg.lines {
			got = append(got, l.text)
		}
		var want []string
		for _, b := range []string{"Body line one of page", "Body line two - with a dash", "Body line three", "Body line four", "Body line five", "Body line six"} {
			want = append(want, b+" "+titles[i])
		}
		if !slices.Equal(got, want) {
			t.Errorf("page %d: got %q, want %q", i+1, got, want)
		}
	}
}
