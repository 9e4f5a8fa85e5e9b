package clean_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
)

// TestContentsBoxPages: a page that opens with a contents box (links to
// headings on the same page) and prints an article under each heading is
// one record per article, the box left out; a report's or an FAQ's
// contents and a box of two entries leave the page one article.
func TestContentsBoxPages(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The officials met on Tuesday and agreed the figures, with a review of the budget, the staffing plan and the timetable for the next two years of work.</p><p>A second paragraph follows.</p>"
	}
	heads := []string{"Ministers agree on joint river basin plan", "Minister opens new port terminal in the north", "Council adopts the annual budget for the coming year"}
	page := func(box func(i int, h string) string, heading func(i int, h string) string, hs []string) string {
		var b strings.Builder
		b.WriteString(`<html><head><title>Daily news</title></head><body><main><h1>Daily news</h1><ul>`)
		for i, h := range hs {
			b.WriteString("<li>" + box(i, h) + "</li>")
		}
		b.WriteString("</ul>")
		for i, h := range hs {
			b.WriteString(heading(i, h) + para("Story "+string(rune('A'+i))+"."))
		}
		b.WriteString("</main></body></html>")
		return b.String()
	}
	id := func(i int, h string) string { return `<a href="#s` + string(rune('0'+i)) + `">` + h + `</a>` }
	tests := []struct {
		name, page string
		want       []string
	}{
		{"fragments to heading ids", page(id, func(i int, h string) string { return `<h2 id="s` + string(rune('0'+i)) + `">` + h + `</h2>` }, heads), heads},
		{"fragments to named anchors before h3s", page(id, func(i int, h string) string { return `<a name="s` + string(rune('0'+i)) + `"></a><h3>` + h + `</h3>` }, heads), heads},
		{"a copy saved without its anchors", page(func(_ int, h string) string { return `<a href="#">` + h + `</a>` }, func(_ int, h string) string { return `<h2>` + h + `</h2>` }, heads), heads},
		{"a report's sections", page(id, func(i int, h string) string { return `<h2 id="s` + string(rune('0'+i)) + `">` + h + `</h2>` }, []string{"Introduction", "Key findings", "Next steps"}), []string{"Daily news"}},
		{"an FAQ", page(id, func(i int, h string) string { return `<h2 id="s` + string(rune('0'+i)) + `">` + h + `</h2>` }, []string{"What does the river plan change?", "Who pays for the new stations?", "When will the stations open?"}), []string{"Daily news"}},
		{"two entries", page(id, func(i int, h string) string { return `<h2 id="s` + string(rune('0'+i)) + `">` + h + `</h2>` }, heads[:2]), []string{"Daily news"}},
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	c, err := clean.New(clean.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := decodetest.DecodeBytes(t, d, "page.html", []byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			arts, err := c.Clean(t.Context(), doc)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range arts {
				got = append(got, a.Title)
				if len(tc.want) > 1 && strings.Count(a.Text, "Story ") > 1 {
					t.Errorf("article %q holds several stories", a.Title)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("titles %q, want %q", got, tc.want)
			}
		})
	}
}
