package pdf

import (
	"slices"
	"strings"
	"testing"
)

// tableRows lays out rows of cells as glyphs, each cell at its column's x,
// rows lineGap points apart.
func tableRows(rows [][]string, xs []float64, lineGap float64) []pdfGlyph {
	var gs []pdfGlyph
	for i, row := range rows {
		y := 700 - lineGap*float64(i)
		for j, cell := range row {
			gs = append(gs, glyphLine(cell, xs[j], y)...)
		}
	}
	return gs
}

func TestPDFTableRowsReadAcross(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]string
		xs   []float64
		want []string
	}{
		{"dates, meetings and places", [][]string{
			{"4 May 2024", "Working group on ports", "Harbour Hall"},
			{"9 June 2024", "Senior officials", "Online"},
			{"1 July 2024", "Ministers' roundtable", "Civic Centre"},
			{"3 Sept 2024", "Review meeting", "Town Hall"},
		}, []float64{50, 150, 300}, []string{
			"4 May 2024\tWorking group on ports\tHarbour Hall",
			"9 June 2024\tSenior officials\tOnline",
			"1 July 2024\tMinisters' roundtable\tCivic Centre",
			"3 Sept 2024\tReview meeting\tTown Hall",
		}},
		{"a row label and its figures", [][]string{
			{"Exports", "12.4", "13.1"},
			{"Imports", "10.2", "11.0"},
			{"Balance", "2.2", "2.1"},
		}, []float64{50, 200, 260}, []string{
			"Exports\t12.4\t13.1", "Imports\t10.2\t11.0", "Balance\t2.2\t2.1",
		}},
		{"labels and values of a contact box", [][]string{
			{"Name:", "Ana Ruiz"},
			{"Office:", "Press desk"},
			{"Phone:", "555 0134"},
		}, []float64{50, 140}, []string{
			"Name:\tAna Ruiz", "Office:\tPress desk", "Phone:\t555 0134",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pg := pdfLayoutPage(tableRows(tc.rows, tc.xs, 18))
			var got []string
			for _, l := range pg.lines {
				got = append(got, l.text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestPDFTableColumns(t *testing.T) {
	col := func(x float64, texts ...string) []pdfSeg {
		var out []pdfSeg
		for i, s := range texts {
			out = append(out, pdfSeg{x0: x, x1: x + 5*float64(len(s)), y: 700 - 14*float64(i), fs: 10, text: s, chars: len(s)})
		}
		return out
	}
	prose := func(x float64, n int) []pdfSeg {
		return col(x, slices.Repeat([]string{"a line of running text that fills the column"}, n)...)
	}
	for _, tc := range []struct {
		name        string
		left, right []pdfSeg
		want        bool
	}{
		{"a column of dates beside event names", col(50, "2 May 2024", "18 June 2024", "1 July 2024"), col(150, "Opening of the port", "Senior officials meet", "Ministerial meeting"), true},
		{"amounts beside their labels", col(50, "Total grants awarded", "Firms supported", "Workers trained"), col(300, "$4.2 million", "312", "1,450"), true},
		{"two columns of running text on one grid", prose(50, 5), prose(310, 5), false},
		{"short cells that do not share rows", col(50, "2 May 2024", "18 June 2024", "1 July 2024"), func() []pdfSeg {
			r := col(150, "one", "two", "three")
			for i := range r {
				r[i].y -= 7
			}
			return r
		}(), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pdfTableColumns(tc.left, tc.right); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPDFListMarkerJoinsWithSpace(t *testing.T) {
	for _, tc := range []struct{ marker, text, want string }{
		{"1.", "The ministers met in the capital.", "1. The ministers met in the capital."},
		{"(b)", "a fund for coastal towns;", "(b) a fund for coastal towns;"},
		{"•", "Shore power at the quay", "• Shore power at the quay"},
		{"7", "Officials will report next year.", "7 Officials will report next year."},
	} {
		t.Run(tc.marker, func(t *testing.T) {
			gs := append(glyphLine(tc.marker, 50, 700), glyphLine(tc.text, 90, 700)...)
			pg := pdfLayoutPage(gs)
			if len(pg.lines) != 1 || pg.lines[0].text != tc.want || pg.lines[0].cells {
				t.Errorf("got %+v, want one line %q", pg.lines, tc.want)
			}
			if strings.Contains(pg.lines[0].text, "\t") {
				t.Errorf("marker parted by a tab: %q", pg.lines[0].text)
			}
		})
	}
}

func TestPDFSpreadRow(t *testing.T) {
	seg := func(texts ...string) []pdfSeg {
		var out []pdfSeg
		for _, s := range texts {
			out = append(out, pdfSeg{text: s})
		}
		return out
	}
	for _, tc := range []struct {
		name string
		row  []pdfSeg
		want bool
	}{
		{"justified words spread wide", seg("the", "minister", "said", "on"), true},
		{"capitalised words of a justified line", seg("Senior", "Officials", "of", "member states"), true},
		{"figures of a table row", seg("Exports", "12.4", "13.1"), false},
		{"cells of several words", seg("4 May 2024", "Working group", "Harbour Hall"), false},
		{"two cells", seg("Role", "Name"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pdfSpreadRow(tc.row); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPDFSideBySideHeadlines(t *testing.T) {
	// Two bold headlines side by side, set a few points off each other's
	// baselines, over a gap: each is read whole, left then right, as its
	// own paragraph.
	bold := func(text string, x, y float64) []pdfGlyph {
		gs := glyphLine(text, x, y)
		for i := range gs {
			gs[i].bold = true
		}
		return gs
	}
	for _, tc := range []struct {
		name        string
		left, right []string
	}{
		{"two lines beside three", []string{"Meeting with the Fisheries Minister", "of the island republic today"},
			[]string{"Virtual call with the Minister for", "Water, Land and Coastal Resources", "on the new river basin rules"}},
		{"two lines each", []string{"Port authority opens a new quay", "for electric ferries in the bay"},
			[]string{"Council approves the harbour plan", "after a year of consultation"}},
		{"three lines beside two", []string{"Working visit to the northern", "provinces by the Deputy Prime", "Minister and two delegations"},
			[]string{"Signing of an agreement on green", "shipping corridors in the strait"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var gs []pdfGlyph
			for i, s := range tc.left {
				gs = append(gs, bold(s, 40, 700-11*float64(i))...)
			}
			for i, s := range tc.right {
				gs = append(gs, bold(s, 330, 703.5-11*float64(i))...)
			}
			pg := pdfLayoutPage(gs)
			paras := pdfJoinLines(pg.lines, map[string]bool{})
			want := []string{strings.Join(tc.left, " "), strings.Join(tc.right, " ")}
			if !slices.Equal(paras, want) {
				t.Errorf("got %q\nwant %q", paras, want)
			}
		})
	}
}

func TestPDFSignatureBlocks(t *testing.T) {
	// Two signature blocks side by side: each name stays apart from the
	// other, read block by block or parted by a tab.
	for _, tc := range []struct {
		name        string
		left, right []string
	}{
		{"governments", []string{"For the Government of the Republic", "Amina Diallo", "Minister for Foreign Affairs"},
			[]string{"For the Government of the Kingdom", "Lars Holm", "Minister for Trade and Industry"}},
		{"agencies", []string{"Signed for the Port Authority", "Chen Wei Ling", "Chief Executive"},
			[]string{"Signed for the Maritime Council", "Rafael Ortiz", "Chairman of the Council"}},
		{"names and titles only", []string{"Sione Tupou", "Minister of Energy"},
			[]string{"Grace Mwangi", "Cabinet Secretary for Energy"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var gs []pdfGlyph
			for i, s := range tc.left {
				gs = append(gs, glyphLine(s, 60, 300-14*float64(i))...)
			}
			for i, s := range tc.right {
				gs = append(gs, glyphLine(s, 330, 300-14*float64(i))...)
			}
			pg := pdfLayoutPage(gs)
			var text []string
			for _, l := range pg.lines {
				text = append(text, l.text)
			}
			joined := strings.Join(text, "\n")
			for i := range tc.left {
				if strings.Contains(joined, tc.left[i]+" "+tc.right[i]) {
					t.Errorf("%q and %q fused: %q", tc.left[i], tc.right[i], text)
				}
				if !strings.Contains(joined, tc.left[i]) || !strings.Contains(joined, tc.right[i]) {
					t.Errorf("lines lost: %q", text)
				}
			}
		})
	}
}
