package pdf

import (
	"strings"
	"testing"
)

// boldGlyphs lays text out as one row of glyphs, the first nBold runes
// bold.
func boldGlyphs(text string, nBold int) []pdfGlyph {
	var out []pdfGlyph
	x := 72.0
	for i, r := range []rune(text) {
		out = append(out, pdfGlyph{x: x, y: 700, w: 5, fs: 10, s: string(r), bold: i < nBold})
		x += 5
	}
	return out
}

// TestPDFSegBoldLead: a segment records the bold run that opens it when
// regular glyphs follow, and nothing when it is bold throughout or does
// not open in bold.
func TestPDFSegBoldLead(t *testing.T) {
	tests := []struct {
		name, text string
		nBold      int
		want       string
	}{
		{"bold sentence then text", "Port reopens. Ships sail again.", 14, "Port reopens. "},
		{"bold words then text", "Talks end well the ministers said", 14, "Talks end well "},
		{"all bold", "Port reopens.", 13, ""},
		{"regular", "Port reopens.", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := pdfSplitRow(boldGlyphs(tc.text, tc.nBold))
			if len(segs) != 1 {
				t.Fatalf("%d segments", len(segs))
			}
			if got := segs[0].text[:segs[0].boldLead]; got != tc.want {
				t.Errorf("bold lead %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPDFSplitBoldLead: the bold headline run into the first paragraph of
// running text under a letterhead becomes a line of its own; a dateline
// in bold, a short lead-in, a bold lead further down and a lead with no
// text after it stay as they are.
func TestPDFSplitBoldLead(t *testing.T) {
	line := func(text string, lead int) pdfLine {
		return pdfLine{text: text, x0: 72, x1: 72 + 5*float64(len(text)), fs: 10, boldLead: lead}
	}
	withLead := func(head, rest string) pdfLine { return line(head+" "+rest, len(head)+1) }
	body := "the ministers of the three countries met on Monday to review the plan for the basin"
	tests := []struct {
		name  string
		lines []pdfLine
		want  []string // the first lines after the split
	}{
		{"headline with a stop under a letterhead",
			[]pdfLine{line("MINISTRY OF WATER RESOURCES", 0), line("12 March 2024", 0), withLead("Ministers agree on joint plan for the river basin.", "The "+body)},
			[]string{"MINISTRY OF WATER RESOURCES", "12 March 2024", "Ministers agree on joint plan for the river basin", "The " + body}},
		{"headline with a colon, no letterhead",
			[]pdfLine{withLead("New flood warning stations for three countries:", body)},
			[]string{"New flood warning stations for three countries", body}},
		{"headline without a stop, bold letterhead above",
			[]pdfLine{{text: "EMBASSY OF FREEDONIA", bold: true, fs: 10}, withLead("Ambassador meets the governor of the northern province", "and "+body)},
			[]string{"EMBASSY OF FREEDONIA", "Ambassador meets the governor of the northern province", "and " + body}},
		{"a dateline in bold",
			[]pdfLine{withLead("SINGAPORE, 12 March 2024 –", "The "+body)},
			[]string{"SINGAPORE, 12 March 2024 – The " + body}},
		{"a short lead-in",
			[]pdfLine{withLead("Note:", "The "+body)},
			[]string{"Note: The " + body}},
		{"a bold lead after the text began",
			[]pdfLine{line("The "+body+" and agreed.", 0), withLead("Flood warning network grows again this year.", "The "+body)},
			[]string{"The " + body + " and agreed.", "Flood warning network grows again this year. The " + body}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pages := []pdfPage{{lines: tc.lines}}
			pdfSplitBoldLead(pages)
			var got []string
			for _, l := range pages[0].lines {
				got = append(got, l.text)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("lines\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}
