package html_test

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/html"
	"github.com/communique/communique/corpus/internal/decodetest"
)

// mainContentCase is a page body with the text that must be kept and the
// text that must be dropped.
type mainContentCase struct {
	name       string
	page       string
	keep, drop []string
}

func runMainContentCases(t *testing.T, tests []mainContentCase) {
	t.Helper()
	d := decodetest.NewDecoder(t, decode.Config{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := decodetest.DecodeBytes(t, d, "page.html", []byte("<html><body>"+tc.page+"</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			checkKeepDrop(t, doc.Text, tc.keep, tc.drop)
		})
	}
}

// runDetectorCases is runMainContentCases for the detector alone, without
// a fallback extractor, for the tests of its own mechanisms.
func runDetectorCases(t *testing.T, tests []mainContentCase) {
	t.Helper()
	d, err := html.New(html.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := detectorDoc(t, d, "<html><body>"+tc.page+"</body></html>")
			checkKeepDrop(t, doc.Text, tc.keep, tc.drop)
		})
	}
}

// detectorDoc decodes page with d.
func detectorDoc(t *testing.T, d *html.Decoder, page string) corpus.Doc {
	t.Helper()
	var doc corpus.Doc
	if _, err := d.Decode([]byte(page), "", &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// checkKeepDrop reports every string of keep missing from text and every
// string of drop in it.
func checkKeepDrop(t *testing.T, text string, keep, drop []string) {
	t.Helper()
	for _, k := range keep {
		if !strings.Contains(text, k) {
			t.Errorf("dropped %q; text:\n%s", k, text)
		}
	}
	for _, k := range drop {
		if strings.Contains(text, k) {
			t.Errorf("kept %q; text:\n%s", k, text)
		}
	}
}

// TestHTMLMassFactor: a small box with a content-like class (a product
// box, a teaser, a meta line) does not outscore the container that holds
// the article's paragraphs.
func TestHTMLMassFactor(t *testing.T) {
	long := func(s string) string {
		return "<p>" + s + ", which the committee examined in detail over several sessions, hearing witnesses, reading submissions and comparing the options before it reported.</p>"
	}
	tests := []mainContentCase{
		{"product box with a content class",
			`<div class="layout"><div class="steps">` + long("Mix the flour and the sugar") + long("Bake the tray for forty minutes") + long("Leave the cake to cool") +
				`</div><div class="aside-col"><div class="products content-box"><h5>Products used, in this recipe</h5></div></div></div>`,
			[]string{"Mix the flour", "Leave the cake"}, nil},
		{"short article block beside the report",
			`<div class="wrap"><div class="article-block"><p>Published, 3 May, in News, updates</p></div></div><div class="wrap"><div class="report">` + long("The survey counted birds") + long("Numbers fell in the north") + long("Volunteers will count again") + `</div></div>`,
			[]string{"The survey counted", "Volunteers will count"}, nil},
		{"teaser text with a story class",
			`<div class="main-col"><div class="body-copy">` + long("The bridge reopened on Monday") + long("Engineers replaced the bearings") + long("Traffic returned to normal") + `</div></div><div class="side-col"><div class="story-teaser"><p>Also read, later, this other story</p></div></div>`,
			[]string{"The bridge reopened", "Traffic returned"}, nil},
	}
	runMainContentCases(t, tests)
}

// TestHTMLKeepTextDense: an element that is chrome only by a class token
// but holds paragraphs of running text with few links is kept; a short
// or link-heavy block with the same tokens, and a comment thread, are
// still dropped.
func TestHTMLKeepTextDense(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The agency published its annual figures today, showing that the number of inspections rose while the share of serious findings fell for a third year, as the report explains.</p>"
	}
	article := para("Figures first.") + para("Regions second.") + para("Outlook third.") + para("Method last.")
	links := `<a href="/x">Share on one network</a> <a href="/y">Share on another network</a> <a href="/z">Send by mail</a>`
	// a site map as long as the article, so that the article is not most
	// of the page
	siteMap := `<div class="site-map"><ul>` + strings.Repeat(`<li><a href="/s">Services for residents and businesses of the region</a></li>`, 16) + `</ul></div>`
	tests := []mainContentCase{
		{"wrapper that has ads beside the text",
			`<section class="section section--has-ads"><h1>Inspection figures</h1>` + article + `</section><div class="site-links">` + links + `</div>` + siteMap,
			[]string{"Figures first.", "Method last."}, nil},
		{"sharing container around the article body",
			`<h1>Inspection figures</h1><div class="content__sharing-wrapper"><div class="text">` + article + `</div></div><div class="sharing">` + links + `</div>` + siteMap,
			[]string{"Regions second.", "Outlook third."}, []string{"Send by mail"}},
		{"banner-named section of running text",
			`<div class="banner-area"><h2>Inspection figures</h2>` + article + `</div><div class="comments"><p>` + strings.Repeat("A reader wrote at length about the figures and the method used. ", 3) + `</p><p>` + strings.Repeat("Another reader answered and disagreed with the first reader. ", 3) + `</p></div>` + siteMap,
			[]string{"Figures first.", "Outlook third."}, []string{"A reader wrote", "Another reader"}},
	}
	runMainContentCases(t, tests)
}

// TestHTMLSiblingsContinue: an article split over sibling containers of
// one kind (sections, slides, numbered parts) is kept whole; a column of
// teasers of another kind beside it is not taken with it.
func TestHTMLSiblingsContinue(t *testing.T) {
	part := func(class, s string) string {
		return `<div class="` + class + `"><h2>` + s + `</h2><p>` + s + ` opens this part, and the text goes on, with detail, figures, and the views of those who took part in the work.</p><p>It closes with the next steps, the dates, and the people to contact.</p></div>`
	}
	tests := []mainContentCase{
		{"slides of one gallery",
			`<h1>Ten looks of a decade</h1><div class="gallery">` + part("slide", "First look") + part("slide", "Second look") + part("slide", "Third look") + `</div>`,
			[]string{"First look opens", "Second look opens", "Third look opens"}, nil},
		{"sections of one report",
			`<div class="report"><section class="block text-block">` + "<p>" + strings.Repeat("The opening section sets out the findings in full, with the data behind them. ", 4) + "</p></section>" +
				`<section class="block text-block"><p>` + strings.Repeat("A second section compares the regions, one by one, and notes the outliers. ", 3) + `</p></section></div>`,
			[]string{"opening section", "second section"}, nil},
		{"teaser column of another kind stays out",
			`<div class="row"><div class="col-main"><h1>Ministry opens office</h1>` + part("para", "The office") + `</div><div class="col-side"><h3>More news</h3><p>The minister travelled abroad for a summit, met counterparts from many countries, and signed a declaration.</p><p>Citizens of partner countries can apply for visas online, with decisions in ten working days, the ministry said.</p></div></div>`,
			[]string{"The office opens"}, []string{"More news", "visas online"}},
	}
	runMainContentCases(t, tests)
}

// chromeCasePara is a paragraph of article text for the chrome-family
// tests.
func chromeCasePara(s string) string {
	return "<p>" + s + " The regional council approved the new transport plan on Thursday, with more buses on rural routes, safer crossings near schools and a review in two years.</p>"
}

// TestHTMLPictureCaptions: a picture's caption or credit (a <figcaption>,
// or a caption or credit class next to an image) is dropped; a caption
// class over a headline with no picture is a kicker and stays.
func TestHTMLPictureCaptions(t *testing.T) {
	body := chromeCasePara("Buses first.") + chromeCasePara("Crossings next.") + chromeCasePara("Review last.")
	tests := []mainContentCase{
		{"figcaption under a photo",
			`<article><h1>Transport plan approved</h1><figure><img src="a.jpg" alt=""><figcaption>Councillors at the vote. Photo: press office</figcaption></figure>` + body + `</article>`,
			[]string{"Buses first.", "Review last."}, []string{"Councillors at the vote"}},
		{"caption class beside an image",
			`<article><h1>Transport plan approved</h1>` + body + `<div class="image-block"><img src="b.jpg" alt=""><p class="image-caption">A bus on the new rural route</p><span class="photo-credit">Picture agency</span></div></article>`,
			[]string{"Crossings next."}, []string{"A bus on the new rural route", "Picture agency"}},
		{"caption class on a kicker without a picture stays",
			`<article><span class="title-caption">Press release</span><h1>Transport plan approved</h1>` + body + `</article>`,
			[]string{"Press release", "Buses first."}, nil},
	}
	runMainContentCases(t, tests)
}

// TestHTMLRelatedAndAuthorBoxes: related-post blocks, author biography
// boxes and rating widgets inside the article's container are dropped.
func TestHTMLRelatedAndAuthorBoxes(t *testing.T) {
	body := chromeCasePara("Buses first.") + chromeCasePara("Crossings next.") + chromeCasePara("Review last.")
	tests := []mainContentCase{
		{"related posts block after the text",
			`<div class="entry">` + body + `<div class="blog-relatedposts"><h3>Similar posts</h3><p>Another plan for the city centre</p></div></div>`,
			[]string{"Review last."}, []string{"Similar posts", "Another plan"}},
		{"author biography box",
			`<div class="post-body">` + body + `<div class="about-author-area"><p>The writer covers local politics and has reported from the council for ten years.</p></div></div>`,
			[]string{"Buses first."}, []string{"covers local politics"}},
		{"star rating widget",
			`<div class="article-text">` + body + `<div class="post-ratings"><strong>4.5</strong> of 5 from 12 votes, was this useful?</div></div>`,
			[]string{"Crossings next."}, []string{"was this useful"}},
	}
	runMainContentCases(t, tests)
}

// TestHTMLKeepWrappingTag: a <header> or <footer> left unclosed that
// wraps nearly the whole page is kept; a real page header of links is
// still dropped (a page of a menu alone stays empty: corpus/decode's
// TestDecodeErrors).
func TestHTMLKeepWrappingTag(t *testing.T) {
	body := chromeCasePara("Buses first.") + chromeCasePara("Crossings next.") + chromeCasePara("Review last.")
	tests := []mainContentCase{
		{"unclosed header swallowing the page",
			`<header class="site"><a href="/">Home</a><div class="main"><h1>Transport plan approved</h1>` + body + `</div>`,
			[]string{"Buses first.", "Review last."}, nil},
		{"footer wrapping the article",
			`<footer><div class="wrap"><h2>Transport plan approved</h2>` + body + `</div></footer>`,
			[]string{"Crossings next."}, nil},
		{"a real header of links stays chrome",
			`<header><a href="/">Home</a> <a href="/news">All the news of the council</a> <a href="/contact">Contact the council offices</a></header><main>` + body + `</main>`,
			[]string{"Buses first."}, []string{"All the news"}},
	}
	runMainContentCases(t, tests)
}

// TestHTMLTailLinks: after the article's last paragraph, short blocks
// mostly of links (tags, filing, the previous and next post) are dropped;
// a contact line whose links are mail addresses and telephone numbers,
// and a link block before the last paragraph, stay.
func TestHTMLTailLinks(t *testing.T) {
	body := chromeCasePara("Buses first.") + chromeCasePara("Crossings next.") + chromeCasePara("Review last.")
	tests := []mainContentCase{
		{"tag line after the text",
			`<div class="text">` + body + `<div>Tags: <a href="/t/a">buses</a>, <a href="/t/b">road safety</a>, <a href="/t/c">rural areas</a></div></div>`,
			[]string{"Review last."}, []string{"road safety"}},
		{"previous and next post",
			`<div class="text">` + body + `<p><a href="/p">« Earlier: the budget vote</a> | <a href="/n">Later: the school year »</a></p></div>`,
			[]string{"Buses first."}, []string{"Earlier: the budget vote"}},
		{"filed under, after a paragraph",
			`<div class="text">` + body + `<div class="meta">Filed under <a href="/c/1">Transport</a> and <a href="/c/2">Council decisions</a></div></div>`,
			[]string{"Crossings next."}, []string{"Council decisions"}},
		{"contact line with mail and telephone links stays",
			`<div class="text">` + body + `<p>Press: <a href="mailto:press@council.example">press@council.example</a>, <a href="tel:+15550100">+1 555 0100</a></p></div>`,
			[]string{"press@council.example", "+1 555 0100"}, nil},
		{"link line before the last paragraph stays",
			`<div class="text">` + chromeCasePara("Buses first.") + `<div>See also <a href="/a">the plan</a> and <a href="/b">the map</a></div>` + chromeCasePara("Review last.") + `</div>`,
			[]string{"the plan", "Review last."}, nil},
	}
	runMainContentCases(t, tests)
}

// TestHTMLTailHeadings: a heading after the article's last paragraph of
// running text whose section was all dropped (related links, an author
// box, share buttons) is dropped with it; a tail heading with text under
// it, and headings inside the article, stay.
func TestHTMLTailHeadings(t *testing.T) {
	body := "<p>The agency published its annual report today, covering the budget, the staff, and the projects of the year in detail.</p>" +
		"<p>It also set out the plans for the coming year, with new targets, a review of the regional offices, and a public consultation.</p>"
	links := `<ul><li><a href="/a">Earlier report on the budget</a></li><li><a href="/b">Staff survey results</a></li><li><a href="/c">Regional offices map</a></li></ul>`
	tests := []mainContentCase{
		{"related links heading at the end",
			`<div class="story"><h1>Annual report out</h1>` + body + `<h2>Related articles</h2>` + links + `</div>`,
			[]string{"annual report today", "public consultation"}, []string{"Related articles"}},
		{"author heading over an author box",
			`<div class="story"><h1>Annual report out</h1>` + body + `<h3>About the writer</h3><div class="author-bio"><p>Writes about public finance.</p></div></div>`,
			[]string{"public consultation"}, []string{"About the writer", "public finance"}},
		{"share heading over share buttons, then a links heading",
			`<div class="story"><h1>Annual report out</h1>` + body + `<h4>Spread the word</h4><div class="share-buttons"><a href="/s1">Mail</a> <a href="/s2">Post</a></div><h4>More from the agency</h4>` + links + `</div>`,
			[]string{"public consultation"}, []string{"Spread the word", "More from the agency"}},
		{"contact heading with its text stays",
			`<div class="story"><h1>Annual report out</h1>` + body + `<h3>Media contact</h3><p>Press office, 020 7946 0000</p></div>`,
			[]string{"Media contact", "Press office, 020 7946 0000"}, nil},
		{"section headings inside the article stay",
			`<div class="story"><h1>Annual report out</h1><h2>Summary</h2><h3>Budget</h3>` + body + `<h2>Next steps</h2>` + body + `</div>`,
			[]string{"Summary", "Budget", "Next steps"}, nil},
	}
	runDetectorCases(t, tests)
}

// TestHTMLSiblingsUnderBody: an article split over sections that sit
// straight under <body> is taken whole, as one split deeper is; a body
// of other kinds of blocks is not taken for one of its parts.
func TestHTMLSiblingsUnderBody(t *testing.T) {
	part := func(tag, class, s string) string {
		return `<` + tag + ` class="` + class + `"><p>` + s + ` begins here, and the text goes on with the facts, the figures, and the comments of those who were there.</p><p>` + s + ` ends with the plans for the months ahead and the names of the people in charge of them.</p></` + tag + `>`
	}
	menu := `<nav><a href="/">Home</a> <a href="/news">News</a></nav>`
	tests := []mainContentCase{
		{"three text sections under body",
			menu + part("div", "text-section", "The first part") + part("div", "text-section", "The second part") + part("div", "text-section", "The third part"),
			[]string{"The first part begins", "The second part ends", "The third part ends"}, []string{"News"}},
		{"story chapters with a data table between",
			part("section", "chapter", "Chapter one") + `<div class="table-wrap"><table><tr><td>Output</td><td>12 t</td></tr></table></div>` + part("section", "chapter", "Chapter two"),
			[]string{"Chapter one begins", "Chapter two ends", "Output"}, nil},
		{"four unclassed sections after a link bar",
			`<div class="bar"><a href="/a">Print</a> <a href="/b">Mail</a></div>` + part("section", "", "Part A") + part("section", "", "Part B") + part("section", "", "Part C") + part("section", "", "Part D"),
			[]string{"Part A begins", "Part B ends", "Part D ends"}, nil},
		{"one story beside teasers of another kind",
			part("div", "story", "The main story") + `<div class="teaser"><p>Another story of the week, told in a long teaser line with many words in it.</p></div><div class="teaser"><p>Yet another story of the week, told in a long teaser line with many words too.</p></div>`,
			[]string{"The main story begins"}, []string{"Another story", "Yet another story"}},
	}
	runDetectorCases(t, tests)
}

// TestHTMLHeadLinks: a lone short link above the article's first
// paragraph (back to the overview, a pdf version, a section's name) is
// dropped; a linked dateline, linked names (a byline), a linked headline
// and a mail link stay.
func TestHTMLHeadLinks(t *testing.T) {
	body := chromeCasePara("Buses first.") + chromeCasePara("Crossings next.")
	tests := []mainContentCase{
		{"back to the overview",
			`<div class="text"><div><a href="/news">Back to the overview</a></div>` + body + `</div>`,
			[]string{"Buses first."}, []string{"Back to the overview"}},
		{"pdf version",
			`<div class="text"><p><a href="/x.pdf">pdf version</a></p>` + body + `</div>`,
			[]string{"Buses first."}, []string{"pdf version"}},
		{"section name above the article",
			`<div class="text"><div class="kicker"><a href="/transport">Transport</a></div>` + body + `</div>`,
			[]string{"Buses first."}, []string{"Transport"}},
		{"linked dateline, linked names and a linked headline stay",
			`<div class="text"><h2><a href="/a">Transport plan approved</a></h2><div><a href="/day">12 March 2024</a></div><div><a href="/p/1">Hon Jane Example</a> <a href="/p/2">Hon John Sample</a></div><div><a href="/p/3">Mary Example</a></div>` + body + `</div>`,
			[]string{"Transport plan approved", "12 March 2024", "Hon Jane Example", "Mary Example"}, nil},
		{"a link after the first paragraph stays",
			`<div class="text">` + chromeCasePara("Buses first.") + `<div><a href="/map">route map</a></div>` + chromeCasePara("Crossings next.") + `</div>`,
			[]string{"route map"}, nil},
	}
	runMainContentCases(t, tests)
}
