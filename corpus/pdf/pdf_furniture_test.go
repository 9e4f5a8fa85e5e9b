package pdf

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// onePage is a page of body lines in 10-point type under edge lines.
func onePage(top, bottom []pdfLine) pdfPage {
	var lines []pdfLine
	lines = append(lines, top...)
	for i, t := range []string{
		"The agency opened a fund for harbour towns on Monday.",
		"Towns may apply for grants to raise their sea walls.",
		"The first awards follow a consultation next month.",
		"Officials will visit each town before deciding.",
	} {
		lines = append(lines, pdfLine{text: t, y: 700 - 14*float64(i), fs: 10, x0: 50, x1: 400})
	}
	return pdfPage{lines: append(lines, bottom...)}
}

func small(text string, y float64) pdfLine {
	return pdfLine{text: text, y: y, fs: 7, x0: 50, x1: 200}
}

func TestPDFEdgeRules(t *testing.T) {
	rule := func(name string) pdfEdgeRule {
		for _, r := range pdfEdgeRules {
			if r.name == name {
				return r
			}
		}
		t.Fatalf("no rule %q", name)
		return pdfEdgeRule{}
	}
	type tc struct {
		name  string
		pages []pdfPage
		page  int
		line  int
		want  bool
	}
	repeated := func(texts ...string) []pdfPage {
		var ps []pdfPage
		for _, s := range texts {
			ps = append(ps, onePage([]pdfLine{small(s, 800)}, nil))
		}
		return ps
	}
	for _, group := range []struct {
		rule  string
		cases []tc
	}{
		{"repeated line", []tc{
			{"a report's name on every page", repeated("Review of Inshore Stocks", "Review of Inshore Stocks", "Review of Inshore Stocks"), 1, 0, true},
			{"a banner with the page's number", repeated("CONFIDENTIAL draft 1", "CONFIDENTIAL draft 2"), 0, 0, true},
			{"a different headline on each page", repeated("Ports go electric", "Tugs begin trials", "Mangroves planted"), 0, 0, false},
		}},
		{"page number", []tc{
			{"Page 2 of 5", []pdfPage{onePage(nil, []pdfLine{small("Page 2 of 5", 30)})}, 0, 4, true},
			{"a dashed number", []pdfPage{onePage(nil, []pdfLine{small("- 3 -", 30)})}, 0, 4, true},
			{"a year is no page number", []pdfPage{onePage(nil, []pdfLine{small("2025", 30)})}, 0, 4, false},
		}},
		{"repeated header name", []tc{
			{"the name before a bar", repeated("Harbour News | Ports go electric", "Harbour News | Tugs on trial"), 0, 0, true},
			{"the name before a dash", repeated("Fisheries Review – Summary", "Fisheries Review – Findings"), 1, 0, true},
			{"one word before the bar", repeated("News | Ports go electric", "News | Tugs on trial"), 0, 0, false},
		}},
		{"margin code", []tc{
			{"a reference and print stamp in the top margin", []pdfPage{onePage([]pdfLine{small("Ref: PR/2025/0417 Printed 03/06/2025 09:14", 800)}, nil)}, 0, 0, true},
			{"a document code in the bottom margin", []pdfPage{onePage(nil, []pdfLine{small("DCA-MR-0417", 30)})}, 0, 4, true},
			{"a web address as footer", []pdfPage{onePage(nil, []pdfLine{small("www.coastal.example.gov", 30)})}, 0, 4, true},
			{"a dateline in small type stays", []pdfPage{onePage([]pdfLine{small("Issued 20 May 2025", 800)}, nil)}, 0, 0, false},
			{"a numeric dateline alone stays", []pdfPage{onePage([]pdfLine{small("03/06/2025", 800)}, nil)}, 0, 0, false},
			{"an embargo line stays", []pdfPage{onePage([]pdfLine{small("Embargoed until 00:01 on 10 June 2025", 800)}, nil)}, 0, 0, false},
			{"a code in body type stays", []pdfPage{onePage([]pdfLine{{text: "Ref: PR/2025/0417", y: 800, fs: 10}}, nil)}, 0, 0, false},
			{"a code next to the text stays", []pdfPage{onePage([]pdfLine{small("Ref: PR/2025/0417", 712)}, nil)}, 0, 0, false},
		}},
	} {
		r := rule(group.rule)
		for _, c := range group.cases {
			t.Run(group.rule+"/"+c.name, func(t *testing.T) {
				ctx := &pdfEdgeContext{pages: c.pages, counts: map[string]int{}, minPages: 2, banners: make([]map[int]bool, len(c.pages))}
				for _, pg := range c.pages {
					seen := map[string]bool{}
					for _, l := range pg.lines {
						for _, k := range []string{pdfRunningKey(l.text), pdfRunningPrefixKey(l.text)} {
							if k != "" && !seen[k] {
								seen[k] = true
								ctx.counts[k]++
							}
						}
					}
				}
				l := pdfEdgeLine{page: c.page, idx: c.line, text: c.pages[c.page].lines[c.line].text, extreme: true}
				if got := r.match(ctx, l); got != c.want {
					t.Errorf("%q: got %v, want %v", l.text, got, c.want)
				}
			})
		}
	}
}

func TestPDFDropFurnitureCells(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Issued 20 May 2025\tPage 1 of 1", "Issued 20 May 2025"},
		{"Harbour Department\t- 2 -", "Harbour Department"},
		{"Contact: press office\tDCA-MR-0417", "Contact: press office"},
	} {
		t.Run(tc.line, func(t *testing.T) {
			l := small(tc.line, 30)
			l.cells = true
			pages := []pdfPage{onePage(nil, []pdfLine{l})}
			pdfDropRunningLines(pages)
			got := pages[0].lines[len(pages[0].lines)-1].text
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPDFHeadlineFirst(t *testing.T) {
	body := func(y float64) []pdfLine {
		var ls []pdfLine
		for i := range 6 {
			ls = append(ls, pdfLine{text: "Body text of the release runs on across the column.", y: y - 14*float64(i), fs: 10, block: 1})
		}
		return ls
	}
	head := func(y float64, texts ...string) []pdfLine {
		var ls []pdfLine
		for i, s := range texts {
			ls = append(ls, pdfLine{text: s, y: y - 20*float64(i), fs: 16, bold: true})
		}
		return ls
	}
	cat := func(parts ...[]pdfLine) []pdfLine { return slices.Concat(parts...) }
	for _, tc := range []struct {
		name  string
		lines []pdfLine
		want  []string // the first lines after placement
	}{
		{"a letterhead and label above a wrapped headline", cat(
			[]pdfLine{{text: "Department of Coastal Affairs", y: 780, fs: 12, bold: true}, {text: "MEDIA RELEASE", y: 760, fs: 10}},
			head(730, "Grants help harbour towns", "prepare for rising seas"), body(680)),
			[]string{"Grants help harbour towns", "prepare for rising seas", "Department of Coastal Affairs", "MEDIA RELEASE"}},
		{"a running title in small type above the headline", cat(
			[]pdfLine{small("Transcript - Minister for Trade", 800)},
			head(760, "Radio interview on the new trade pact"), body(720)),
			[]string{"Radio interview on the new trade pact", "Transcript - Minister for Trade"}},
		{"a report's cover: organisation above a large title", cat(
			[]pdfLine{{text: "National Fisheries Council", y: 720, fs: 12}},
			[]pdfLine{{text: "Review of Inshore Stocks", y: 540, fs: 30, bold: true}, {text: "2024-2025", y: 504, fs: 30, bold: true}},
			[]pdfLine{{text: "Final report, May 2025", y: 470, fs: 12}}),
			[]string{"Review of Inshore Stocks", "2024-2025", "National Fisheries Council"}},
		{"a bold headline in body size under a small running title", cat(
			[]pdfLine{small("Hearing transcript - Committee on Ports", 800)},
			[]pdfLine{{text: "Public hearing on the harbour dredging plan", y: 770, fs: 10, bold: true}}, body(740)),
			[]string{"Public hearing on the harbour dredging plan", "Hearing transcript - Committee on Ports"}},
		{"a bold headline in body size under a small banner", cat(
			[]pdfLine{small("OFFICIAL - for public release", 800)},
			[]pdfLine{{text: "Joint communique of the river basin ministers", y: 770, fs: 10, bold: true}}, body(740)),
			[]string{"Joint communique of the river basin ministers", "OFFICIAL - for public release"}},
		{"a bold heading in body size under body text stays", cat(
			[]pdfLine{{text: "The minister opened the new terminal on Monday.", y: 790, fs: 10}},
			[]pdfLine{{text: "Background to the terminal project", y: 770, fs: 10, bold: true}}, body(740)),
			[]string{"The minister opened the new terminal on Monday.", "Background to the terminal project"}},
		{"the headline already first", cat(head(760, "Ministers agree on river basin rules"), body(720)),
			[]string{"Ministers agree on river basin rules", "Body text of the release runs on across the column."}},
		{"an issue number in large type is no headline", cat(
			[]pdfLine{{text: "Harbour Bulletin", y: 780, fs: 12}, {text: "7", y: 760, fs: 40}}, body(720)),
			[]string{"Harbour Bulletin", "7"}},
		{"a side column read before the headline stays", cat(
			[]pdfLine{{text: "In this issue", y: 600, fs: 10, x0: 400}}, head(760, "Ports go electric this year"), body(720)),
			[]string{"In this issue", "Ports go electric this year"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFirstLines(t, pdfHeadlineFirst, tc.lines, tc.want) })
	}
}

// TestLayoutShapes decodes the PDFs of testdata/pdf/layout (made by
// make_layout.py: shapes of real releases, invented wording) and checks
// reading order and headline placement.
func TestLayoutShapes(t *testing.T) {
	d := New(Config{OCRCommand: "-"})
	t.Cleanup(func() { _ = d.Close() })
	for _, tc := range []struct {
		file    string
		first   string   // the text's first paragraph
		inOrder []string // paragraphs or lines, in this order
		absent  []string
	}{
		{"letterhead_release.pdf", "New grants help harbour towns prepare for rising seas and stronger storms",
			[]string{"Department of Coastal Affairs", "MEDIA RELEASE", "2 June 2025", "The Department of Coastal Affairs today"},
			[]string{"PR/2025/0417", "09:14", "DCA-MR-0417"}},
		{"fact_sheet.pdf", "Regional Water Security Dialogue",
			[]string{"FACT SHEET", "\n\nDate Meeting Venue", "\n\n14 March 2025\tFirst Senior Officials Meeting\tLakeview Hall, Dorran\n\n",
				"\n\n3 October 2025\tMinisterial Roundtable\tRiverside Centre, Olm\n\n", "Issued 20 May 2025"},
			[]string{"FS-2025-11", "Page 1 of 1"}},
		{"newsletter_two_column.pdf", "Green Ports Bulletin",
			[]string{"\n\nShore power arrives at the northern quay\n\nShips berthing", "draw power from the grid.", "\n\nElectric tugs begin sea trials\n\n",
				"\n\nPort staff plant mangroves at Kell Point\n\n", "\n\nAward for cleaner cargo handling\n\n"}, nil},
		{"newsletter_standard_fonts.pdf", "Green Ports Bulletin",
			[]string{"\n\nShore power arrives at the northern quay\n\nShips berthing", "draw power from the grid.", "\n\nElectric tugs begin sea trials\n\n",
				"\n\nPort staff plant mangroves at Kell Point\n\n", "\n\nAward for cleaner cargo handling\n\n"}, nil},
		{"transcript.pdf", "Radio interview with the Minister for Agriculture, Morning Country Hour",
			[]string{"Wednesday 11 June 2025", "\n\nINTERVIEWER:\tMinister, what does", "\n\nMINISTER OKAFOR: It opens three new markets"}, nil},
		{"report_cover.pdf", "Review of Inshore Fish Stocks 2024-2025",
			[]string{"National Fisheries Council", "Final report, May 2025", "\n\n1. Summary\n\nCatches of the four", "\n\n2. Findings\n\nSurvey boats"}, nil},
	} {
		t.Run(tc.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "pdf", "layout", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			var doc corpus.Doc
			if err := d.Decode(context.Background(), body, &doc); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(doc.Text, tc.first+"\n\n") {
				t.Errorf("text starts %q, want %q", doc.Text[:min(len(doc.Text), 120)], tc.first)
			}
			at := 0
			for _, s := range tc.inOrder {
				i := strings.Index(doc.Text[at:], s)
				if i < 0 {
					t.Errorf("%q not found after offset %d in\n%s", s, at, doc.Text)
					break
				}
				at += i + len(s)
			}
			for _, s := range tc.absent {
				if strings.Contains(doc.Text, s) {
					t.Errorf("furniture %q kept", s)
				}
			}
		})
	}
}
