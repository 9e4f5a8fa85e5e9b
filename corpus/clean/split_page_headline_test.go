package clean_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
)

// blockPara returns a story's or a section's paragraph about subject: two
// sentences of a length story blocks read as a paragraph.
func blockPara(subject string) string {
	return "Officials said on Tuesday that the work on " + subject + " would begin after the winter and run for most of the year. Residents can see the plans at the service centre and send their comments before the end of next month."
}

// blockMarkups set a title line over its paragraph in three ways web pages
// and e-mails do: a bold run and a line break in one cell, a styled <div>
// over a <div>, a <p><strong> line over a <p>.
var blockMarkups = map[string]func(title, para string) string{
	"strong and br": func(t, p string) string {
		return fmt.Sprintf(`<tr><td style="padding:16px 24px;font-size:14px;"><strong>%s</strong><br>%s</td></tr>`, t, p)
	},
	"styled divs": func(t, p string) string {
		return fmt.Sprintf(`<tr><td><div style="font-size:17px;font-weight:700;">%s</div><div style="font-size:14px;">%s</div></td></tr>`, t, p)
	},
	"bold paragraph": func(t, p string) string {
		return fmt.Sprintf(`<tr><td><p><b>%s</b></p><p>%s</p></td></tr>`, t, p)
	},
}

// pageWithBlocks returns an HTML page: an optional <h1> (none when h1 is
// empty) over a table of title-over-paragraph blocks.
func pageWithBlocks(title, h1 string, blocks [][2]string, markup func(t, p string) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body>", title)
	if h1 != "" {
		fmt.Fprintf(&b, "<main><h1>%s</h1>", h1)
	} else {
		b.WriteString("<main>")
	}
	b.WriteString(`<table width="600" cellpadding="0" cellspacing="0">`)
	for _, bl := range blocks {
		b.WriteString(markup(bl[0], bl[1]))
	}
	b.WriteString("</table></main></body></html>")
	return b.String()
}

// TestPageHeadlineGuard checks that title lines over paragraphs split a
// digest (no page headline, or one naming the collection) into its
// stories and never cut a page whose own <h1> heads one article at its
// sub-headings, in three markups of the blocks and three wordings each.
func TestPageHeadlineGuard(t *testing.T) {
	digests := [][][2]string{
		{{"Ferry timetable changes for summer", blockPara("the ferry timetable")}, {"New pier opens at Eastport", blockPara("the new pier")}, {"Volunteers clean the river banks", blockPara("the river banks")}},
		{{"Rangers count migratory birds", blockPara("the bird count")}, {"Campground bookings move online", blockPara("campground bookings")}, {"Track closures in the high country", blockPara("the alpine tracks")}, {"Grants for weed control", blockPara("weed control")}},
		{{"Clinic hours extended", blockPara("the clinic hours")}, {"Dental van visits schools", blockPara("the dental van")}, {"Flu vaccines arrive early", blockPara("flu vaccines")}},
	}
	articles := []struct {
		h1       string
		sections [][2]string
	}{
		{"Council sets out a ten-year plan for the harbour foreshore", [][2]string{{"Public access", blockPara("public access")}, {"Protecting the dunes", blockPara("the dunes")}, {"Paying for the works", blockPara("the funding")}}},
		{"Stadtwerke erhöhen die Wasserpreise ab Januar", [][2]string{{"Was sich für Mieter ändert", blockPara("the tenants")}, {"Warum steigen die Preise?", blockPara("the prices")}}},
		{"Speech at the opening of the maritime museum", [][2]string{{"Our seafaring past", blockPara("the old harbour")}, {"What the collection holds", blockPara("the collection")}, {"Looking ahead", blockPara("the next wing")}}},
	}
	collections := []string{"", "Media releases", "Latest news", "Category: Press Releases", "Community Bulletin - November 2026"}
	d := decodetest.NewDecoder(t, decode.Config{})
	c, err := clean.New(clean.Config{})
	if err != nil {
		t.Fatal(err)
	}
	count := func(t *testing.T, page string) []string {
		t.Helper()
		return articleTitles(t, d, c, "p.html", []byte(page))
	}
	for mname, markup := range blockMarkups {
		for i, dg := range digests {
			for _, h1 := range collections {
				t.Run(fmt.Sprintf("%s/digest %d under %q", mname, i, h1), func(t *testing.T) {
					if got := count(t, pageWithBlocks("Update", h1, dg, markup)); len(got) != len(dg) {
						t.Errorf("articles %q, want %d stories", got, len(dg))
					}
				})
			}
		}
		for _, a := range articles {
			t.Run(mname+"/article "+a.h1, func(t *testing.T) {
				if got := count(t, pageWithBlocks(a.h1, a.h1, a.sections, markup)); len(got) != 1 {
					t.Errorf("articles %q, want one", got)
				}
			})
		}
	}
}
