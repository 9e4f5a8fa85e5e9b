package html_test

import (
	"testing"

	"github.com/communique/communique/corpus/html"
)

// TestHTMLTitleHeading: the heading that agrees with the page's <title>
// or og:title is the headline even where its wrapper looks like chrome by
// its class or sits in the page's <header>: it is reported as
// Meta.Headline (its chrome stays out of the text), and the article's
// container after it wins over a column of teasers beside it.
func TestHTMLTitleHeading(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The board met on Tuesday evening and agreed the figures, with a review of the budget, the staffing plan and the timetable for the next two years of work.</p>"
	}
	teasers := `<ul class="teasers">` +
		`<li><a href="/a">Other story one</a><p>A teaser of another story, long enough to score as a paragraph of its own, with commas, lists, and more words.</p></li>` +
		`<li><a href="/b">Other story two</a><p>A teaser of another story, long enough to score as a paragraph of its own, with commas, lists, and more words.</p></li>` +
		`<li><a href="/c">Other story three</a><p>A teaser of another story, long enough to score as a paragraph of its own, with commas, lists, and more words.</p></li>` +
		`<li><a href="/d">Other story four</a><p>A teaser of another story, long enough to score as a paragraph of its own, with commas, lists, and more words.</p></li></ul>`
	tests := []struct {
		name, head, body string
		headline         string
		keep, drop       []string
	}{
		{"title widget classed as chrome",
			`<title>Board approves the new budget - Example Times</title>`,
			`<div class="widget-title"><h1>Board approves the new budget</h1></div><div class="story">` + para("First.") + para("Second.") + `</div>`,
			"Board approves the new budget", []string{"First.", "Second."}, nil},
		{"headline in the page header, teasers beside the article",
			`<title>Rail line reopens after the floods | Example Post</title>`,
			`<header class="article"><h1>Rail line reopens after the floods</h1></header><div class="text">` + para("Trains run.") + para("Repairs done.") + `</div>` + teasers,
			"Rail line reopens after the floods", []string{"Trains run.", "Repairs done."}, []string{"Other story one", "Rail line reopens"}},
		{"og:title matches an h2 in a top block, a donation box has an h1",
			`<title>Example Weekly</title><meta property="og:title" content="Clinic hours extended for the winter">`,
			`<div class="page-top"><h2>Clinic hours extended for the winter</h2></div><div class="body">` + para("Evenings added.") + para("Weekends too.") + `<div class="box"><h1>Support our work</h1><p>Give a little every month.</p></div></div>`,
			"Clinic hours extended for the winter", []string{"Evenings added.", "Weekends too."}, nil},
	}
	d, err := html.New(html.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := detectorDoc(t, d, "<html><head>"+tc.head+"</head><body>"+tc.body+"</body></html>")
			if doc.Meta.Headline != tc.headline {
				t.Errorf("headline %q, want %q", doc.Meta.Headline, tc.headline)
			}
			checkKeepDrop(t, doc.Text, tc.keep, tc.drop)
		})
	}
}
