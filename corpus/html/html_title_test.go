package html_test

import (
	"strings"
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
	tests := []titledCase{
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
		{"an h2 after the text began is a section even when og:title names it",
			`<title>Museum | Example City</title><meta property="og:title" content="What does the new museum show?">`,
			`<article><h1>City museum reopens</h1>` + para("Doors open.") + `<h2>What does the new museum show?</h2>` + para("Old maps.") + `</article>`,
			"City museum reopens", []string{"City museum reopens", "Doors open.", "What does the new museum show?"}, nil},
	}
	runTitledCases(t, tests)
}

// TestHTMLKeepTitledArticle: an element that is chrome only by a class
// token and holds the page's title heading and a paragraph of running text
// is the article; one with the heading alone (a title widget) or with
// paragraphs and no title heading stays chrome.
func TestHTMLKeepTitledArticle(t *testing.T) {
	para := "The school board agreed on Monday to open two new classrooms, with a budget of four million and work to start in the spring after the tender closes."
	news := `<div class="wire"><ul>` + strings.Repeat(`<li><a href="/n">Other headline of the day with several words</a></li>`, 12) + `</ul></div>`
	tests := []titledCase{
		{"article in a column named top",
			`<title>Two classrooms for the village school - Example News</title>`,
			`<div class="col-top"><article><h1>Two classrooms for the village school</h1><p>` + para + `</p><p>Parents welcomed it.</p></article></div>` + news,
			"", []string{"The school board agreed", "Parents welcomed it."}, nil},
		{"article in a hero widget",
			`<meta property="og:title" content="Harbour ferry returns for the summer">`,
			`<section class="hero-widget"><h1>Harbour ferry returns for the summer</h1><div><p>The harbour ferry runs again from June, with six crossings a day, cheaper tickets for residents and a new stop at the old pier.</p></div></section>` + news,
			"", []string{"The harbour ferry runs again"}, nil},
		{"article in a promo box",
			`<title>Library extends its opening hours | City of Example</title>`,
			`<div class="promo-box"><h2>Library extends its opening hours</h2><p>From next month the central library opens until nine in the evening, on weekdays and Saturdays, and on Sunday afternoons.</p></div>` + news,
			"", []string{"From next month the central library"}, nil},
		{"paragraph in a sidebar without the title stays chrome",
			`<title>Library extends its opening hours | City of Example</title>`,
			`<article><h1>Library extends its opening hours</h1><p>` + para + `</p><p>` + para + `</p></article><div class="sidebar-promo"><p>Subscribe to our newsletter and get the week's stories every Friday morning, with events, offers and tips.</p></div>`,
			"", []string{"The school board agreed"}, []string{"Subscribe to our newsletter"}},
	}
	runTitledCases(t, tests)
}

// titledCase is a page with its <head> (titles) and <body>, the headline
// expected ("" not checked) and the text kept and dropped.
type titledCase struct {
	name, head, body, headline string
	keep, drop                 []string
}

func runTitledCases(t *testing.T, tests []titledCase) {
	t.Helper()
	d, err := html.New(html.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := detectorDoc(t, d, "<html><head>"+tc.head+"</head><body>"+tc.body+"</body></html>")
			if tc.headline != "" && doc.Meta.Headline != tc.headline {
				t.Errorf("headline %q, want %q", doc.Meta.Headline, tc.headline)
			}
			checkKeepDrop(t, doc.Text, tc.keep, tc.drop)
		})
	}
}

// teaserItems is a list of n teasers (linked heading and a summary
// paragraph of their own) in a <ul> of class list.
func teaserItems(n int, heading, summary string) string {
	var b strings.Builder
	b.WriteString(`<ul class="list">`)
	for i := range n {
		b.WriteString(`<li class="item"><h3><a href="/story-` + strings.Repeat("x", i+1) + `">` + heading + `</a></h3><p>` + summary + `</p></li>`)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// TestHTMLPreferHeadlined: a list of teasers that outscores the article
// under the page's headline (many short summaries, with commas) gives way
// to the article; a listing page whose headline has no article under it
// stays the listing.
func TestHTMLPreferHeadlined(t *testing.T) {
	article := func(s string) string {
		p := "<p>" + s + " The works start in May and end in October, when the line reopens to all trains, buses replacing them in between.</p>"
		return strings.Repeat(p, 8)
	}
	summary := "Summary of another story, with commas, names, places, figures, dates, and more, and more, to score."
	tests := []titledCase{
		{"teasers after the article",
			`<title>Track works on the coast line this summer - Example Rail News</title>`,
			`<div class="story"><h1>Track works on the coast line this summer</h1>` + article("First.") + article("Second.") + `</div>` + teaserItems(24, "Another story", summary),
			"", []string{"First.", "Second."}, []string{"Another story"}},
		{"teasers before the article",
			`<meta property="og:title" content="New cycle lanes open on the ring road">`,
			teaserItems(24, "Read also this", summary) + `<div class="post"><h2>New cycle lanes open on the ring road</h2>` + article("Lanes open.") + article("More soon.") + `</div>`,
			"", []string{"Lanes open.", "More soon."}, []string{"Read also this"}},
		{"teasers in a sidebar column",
			`<title>Museum doubles its opening days | Example City</title>`,
			`<div class="row"><div class="col-main"><h1>Museum doubles its opening days</h1>` + article("Open daily.") + article("Free Sundays.") + `</div><div class="col-side">` + teaserItems(24, "More culture", summary) + `</div></div>`,
			"", []string{"Open daily.", "Free Sundays."}, []string{"More culture"}},
		{"a listing page under its headline stays the listing",
			`<title>Press releases of the ministry | Example Ministry</title>`,
			`<h1>Press releases of the ministry</h1><p>Latest first.</p>` + teaserItems(24, "Minister opens the new clinic", summary),
			"", []string{"Minister opens the new clinic"}, nil},
	}
	runTitledCases(t, tests)
}

// TestHTMLChromeHeadline: a page's only <h1>, set in a banner the class
// hints mark as chrome above the article (design systems' page headers)
// and agreeing with no <title>, is still the headline; a site's name as a
// heading (it links home), a one- or two-word section name and one of
// several <h1>s are not.
func TestHTMLChromeHeadline(t *testing.T) {
	body := `<div class="content-body"><p>The ministers of the three countries met to review progress on the joint plan for the river basin and agreed to expand the flood warning network before the next rainy season.</p><p>Officials said the network would be extended to twelve new stations by 2027.</p></div>`
	tests := []struct{ name, head, page, want string }{
		{"design-system page header",
			`<title>Statement | Example Commission</title>`,
			`<div class="ecl-page-header"><div class="meta">Statement | 12 March 2024</div><h1 class="ecl-page-header__title">Ministers agree on joint river basin plan</h1></div>` + body,
			"Ministers agree on joint river basin plan"},
		{"hero banner",
			`<title>News</title>`,
			`<section class="hero banner"><h1>Council opens three new libraries in the north</h1></section>` + body,
			"Council opens three new libraries in the north"},
		{"page-title region",
			`<title>Media centre - Example Ministry</title>`,
			`<div id="page-title-region" class="region-header"><h1>Port authority signs a pact with two shipping lines</h1></div>` + body,
			"Port authority signs a pact with two shipping lines"},
		{"site name linking home",
			`<title>News</title>`,
			`<header class="site-header"><h1><a href="/">Ministry of Water and Rivers</a></h1></header>` + body,
			""},
		{"site name linking to the host",
			`<title>News</title>`,
			`<div class="masthead"><h1><a href="https://water.example.gov/">Ministry of Water and Rivers</a></h1></div>` + body,
			""},
		{"a section name",
			`<title>News</title>`,
			`<div class="page-header"><h1>Media releases</h1></div>` + body,
			""},
		{"two h1s",
			`<title>News</title>`,
			`<div class="page-header"><h1>Ministers agree on joint river basin plan</h1><h1>Council opens three new libraries</h1></div>` + body,
			""},
	}
	d, err := html.New(html.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := detectorDoc(t, d, "<html><head>"+tc.head+"</head><body>"+tc.page+"</body></html>")
			if doc.Meta.Headline != tc.want {
				t.Errorf("headline %q, want %q", doc.Meta.Headline, tc.want)
			}
		})
	}
}
