package pdf

import (
	"slices"
	"testing"
)

func TestParseTesseractTSV(t *testing.T) {
	const head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
	for _, tc := range []struct {
		name, tsv string
		want      []string
		blocks    []int
	}{
		{"one line", head +
			"1\t1\t0\t0\t0\t0\t0\t0\t800\t600\t-1\t\n" +
			"5\t1\t1\t1\t1\t1\t10\t20\t50\t12\t96.5\tMinister\n" +
			"5\t1\t1\t1\t1\t2\t65\t20\t30\t12\t95\tmet\n",
			[]string{"Minister met"}, []int{0}},
		{"two paragraphs", head +
			"5\t1\t1\t1\t1\t1\t10\t20\t50\t12\t90\tHeadline\n" +
			"5\t1\t1\t2\t1\t1\t10\t60\t50\t12\t90\tBody\n" +
			"5\t1\t1\t2\t2\t1\t10\t80\t50\t12\t90\ttext\n",
			[]string{"Headline", "Body", "text"}, []int{0, 1, 1}},
		{"low confidence and empty words dropped", head +
			"5\t1\t1\t1\t1\t1\t10\t20\t50\t12\t12\t~=\n" +
			"5\t1\t1\t1\t1\t2\t65\t20\t30\t12\t91\t \n" +
			"5\t1\t1\t1\t1\t3\t99\t20\t30\t12\t88\tharbour\n" +
			"garbage line\n",
			[]string{"harbour"}, []int{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := parseTesseractTSV([]byte(tc.tsv))
			var got []string
			var blocks []int
			for _, l := range lines {
				got = append(got, l.text)
				blocks = append(blocks, l.block)
			}
			if !slices.Equal(got, tc.want) || !slices.Equal(blocks, tc.blocks) {
				t.Errorf("got %q %v, want %q %v", got, blocks, tc.want, tc.blocks)
			}
		})
	}
}

func TestPDFOCRPageGeometry(t *testing.T) {
	// A 200 dpi page 2200 pixels tall: a bold heading over two body lines.
	lines := []pdfOCRLine{
		{text: "Meeting with the Ambassador", left: 100, top: 100, right: 900, bottom: 140, block: 0, ink: 0.40},
		{text: "On 16 January the Minister met the Ambassador", left: 100, top: 200, right: 1500, bottom: 236, block: 1, ink: 0.20},
		{text: "to discuss recycling and the circular economy.", left: 100, top: 250, right: 1400, bottom: 286, block: 1, ink: 0.21},
		{text: "=p", left: 100, top: 300, right: 130, bottom: 330, block: 2, ink: 0.5},
	}
	pg := pdfOCRPage(lines, 2200, 200)
	if len(pg.lines) != 3 {
		t.Fatalf("got %d lines, want 3 (noise dropped): %+v", len(pg.lines), pg.lines)
	}
	if !pg.lines[0].bold || pg.lines[1].bold {
		t.Errorf("bold: got %v %v, want the heading only", pg.lines[0].bold, pg.lines[1].bold)
	}
	if !(pg.lines[0].y > pg.lines[1].y && pg.lines[1].y > pg.lines[2].y) {
		t.Errorf("y must fall down the page: %v %v %v", pg.lines[0].y, pg.lines[1].y, pg.lines[2].y)
	}
	if fs := pg.lines[1].fs; fs < 9 || fs > 16 {
		t.Errorf("body font size %v, want about 10-14 points", fs)
	}
}
