package html_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
)

// recordHeads are invented headlines of a news index, one per record.
var recordHeads = []string{
	"Harbour Authority Opens Tender for Container Cranes",
	"New Rules on Drone Flights Near Airports Take Effect",
	"Regional Hospitals Receive Funding for Cancer Screening",
	"Trade Talks with Coastal Neighbours Resume in the Capital",
	"Teachers Awarded Grants for Rural Science Clubs",
}

// recordSummaries are invented one-sentence summaries.
var recordSummaries = []string{
	"The authority invited bids for six electric cranes to be installed at the eastern terminal over the next two years.",
	"Operators must now file a flight plan for any drone flown within five kilometres of a runway, the aviation office said.",
	"Four hospitals in the northern districts will offer free screening to residents aged fifty and over from next month.",
	"Negotiators met for two days to settle the remaining chapters on fisheries, customs and the movement of workers.",
	"Forty schools will share the grants, which pay for equipment, field trips and training for volunteer club leaders.",
}

// recordPage wraps the main content in a page with a header, navigation
// and a footer.
func recordPage(main string) string {
	return `<html><head><title>News | Example Ministry</title></head><body><header><a href="/">Example Ministry</a><nav><ul><li><a href="/a">About</a></li><li><a href="/n">News</a></li><li><a href="/c">Contact</a></li></ul></nav></header><main>` +
		main + `</main><footer><p>Copyright Example Ministry</p></footer></body></html>`
}

// items writes one string per record with item(i).
func items(n int, item func(i int) string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(item(i))
	}
	return b.String()
}

// recordHeadlines returns the headlines of corpus.PropRecords, in order,
// without the lines of text between or after the records.
func recordHeadlines(doc corpus.Doc) []string {
	var out []string
	for line := range strings.SplitSeq(strings.TrimRight(doc.Meta.Props[corpus.PropRecords], "\n"), "\n") {
		if _, head, ok := strings.Cut(line, "\t"); ok && head != "" {
			out = append(out, head)
		}
	}
	return out
}

// TestHTMLRecordsListings checks that the records of listing pages are
// found in several markups, with a minority of other siblings among them,
// each headline once, dated.
func TestHTMLRecordsListings(t *testing.T) {
	dates := []string{"12 March 2024", "March 8, 2024", "2024-03-05", "01/03/2024", "Feb 27, 2024"}
	pages := map[string]string{
		"list items with a heading item, an unlinked headline and a more link": recordPage(`<ul class="posts"><li class="head"><h2>Latest news</h2></li>` + items(5, func(i int) string {
			head := fmt.Sprintf(`<a href="/n/%d">%s</a>`, i, recordHeads[i])
			if i == 2 {
				head = `<strong>` + recordHeads[i] + `</strong>`
			}
			return fmt.Sprintf(`<li class="post">%s<div class="meta">%s | Statements</div><div class="excerpt"><p>%s</p></div></li>`, head, dates[i], recordSummaries[i])
		}) + `<li class="more"><a href="/news?page=2">More news</a></li></ul>`),
		"article cards with an advertisement between them": recordPage(`<section class="results">` + items(5, func(i int) string {
			ad := ""
			if i == 1 {
				ad = `<div class="promo"><p><a href="/subscribe">Subscribe to our alerts</a></p></div>`
			}
			return fmt.Sprintf(`<article><h3><a href="/r/%d">%s</a></h3><p><time datetime="2024-03-%02d">%s</time> | Media release</p><p>%s</p></article>%s`, i, recordHeads[i], 12-i, dates[i], recordSummaries[i], ad)
		}) + `</section><p>Showing 1 to 5 of 80</p>`),
		"table rows with a header and a pager row": recordPage(`<table><tr><th>Date</th><th>Title</th></tr>` + items(5, func(i int) string {
			return fmt.Sprintf(`<tr class="r%d"><td>%s</td><td><a href="Item.aspx?id=%d">%s</a></td></tr>`, i%2, dates[i], i, recordHeads[i])
		}) + `<tr><td colspan="2"><a href="javascript:page(2)">2</a> <a href="javascript:page(3)">3</a></td></tr></table>`),
		"definition list of dates and linked headlines": recordPage(`<dl>` + items(5, func(i int) string {
			return fmt.Sprintf(`<dt>%s</dt><dd><a href="/x/%d">%s</a><br>%s</dd>`, dates[i], i, recordHeads[i], recordSummaries[i])
		}) + `</dl>`),
		"br-separated groups in one cell": recordPage(`<table><tr><td><font size="2"><b>Latest</b><br><br>` + items(5, func(i int) string {
			return fmt.Sprintf(`<b><a href="/n.php?id=%d">%s</a></b><br><font size="1">%s</font><br>%s<br><br>`, i, recordHeads[i], dates[i], recordSummaries[i])
		}) + `</font></td></tr></table>`),
		"flat headings, each with a date paragraph and a summary": recordPage(`<div class="content">` + items(5, func(i int) string {
			return fmt.Sprintf(`<h3>%s</h3><p class="date">Posted %s</p><p>%s</p>`, recordHeads[i], dates[i], recordSummaries[i])
		}) + `</div>`),
		"flat: date line above each headline": recordPage(`<div id="press">` + items(5, func(i int) string {
			return fmt.Sprintf(`<p class="when">%s</p><h2><a href="/p/%d">%s</a></h2><p>%s</p>`, dates[i], i, recordHeads[i], recordSummaries[i])
		}) + `</div>`),
		"a featured first item of another structure, then titles as lone links": recordPage(`<div id="news"><div class="featured"><img src="/f.jpg" alt=""><h2><a href="/n/0">` + recordHeads[0] + `</a></h2><p>` + dates[0] + `</p><p>` + recordSummaries[0] + `</p></div>` + items(4, func(i int) string {
			return fmt.Sprintf(`<div class="news-item"><span class="when">%s</span><div class="title"><a href="/n/%d">%s</a></div><div class="sum">%s</div></div>`, dates[i+1], i+1, recordHeads[i+1], recordSummaries[i+1])
		}) + `<div class="paging"><a href="?p=2">Next page</a></div></div>`),
		"rows grouped under month headings": recordPage(`<div class="archive">` +
			`<table><thead><tr><th colspan="2">March 2024</th></tr></thead><tbody>` + items(3, func(i int) string {
			return fmt.Sprintf(`<tr><td class="date">%s</td><td><a href="/a/%d">%s</a></td></tr>`, dates[i], i, recordHeads[i])
		}) + `</tbody></table><table><thead><tr><th colspan="2">February 2024</th></tr></thead><tbody>` + items(2, func(i int) string {
			return fmt.Sprintf(`<tr><td class="date">%s</td><td><a href="/a/%d">%s</a></td></tr>`, dates[i+3], i+3, recordHeads[i+3])
		}) + `</tbody></table></div>`),
	}
	decodeEach(t, decodetest.NewDecoder(t, decode.Config{}), pages, func(t *testing.T, doc corpus.Doc) {
		if got := recordHeadlines(doc); strings.Join(got, "|") != strings.Join(recordHeads, "|") {
			t.Errorf("records %q, want %q\n%s", got, recordHeads, doc.Meta.Props[corpus.PropRecords])
		}
		for _, h := range recordHeads {
			if !strings.Contains(doc.Text, h) {
				t.Errorf("text lacks the headline %q:\n%s", h, doc.Text)
			}
		}
		if doc.Meta.Props[corpus.PropRecordsDated] != "true" {
			t.Errorf("records not dated")
		}
	})
}

// TestHTMLRecordsTextBetween checks that text between two records (a
// month heading) and after the last (a pager) is listed with an empty
// headline, and a date printed above a headline is its record's.
func TestHTMLRecordsTextBetween(t *testing.T) {
	page := recordPage(`<div class="archive"><h4>March 2024</h4><ul>` + items(3, func(i int) string {
		return fmt.Sprintf(`<li><span>%d March 2024</span> <a href="/a/%d">%s</a></li>`, 12-i, i, recordHeads[i])
	}) + `</ul><h4>February 2024</h4><ul>` + items(2, func(i int) string {
		return fmt.Sprintf(`<li><span>%d February 2024</span> <a href="/a/%d">%s</a></li>`, 20-i, i+3, recordHeads[i+3])
	}) + `</ul><p class="note">Older entries are in the full archive</p></div>`)
	doc, err := decodetest.DecodeBytes(t, decodetest.NewDecoder(t, decode.Config{}), "a.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "12 March 2024\t" + recordHeads[0] + "\n11 March 2024\t" + recordHeads[1] + "\n10 March 2024\t" + recordHeads[2] +
		"\nFebruary 2024\t\n20 February 2024\t" + recordHeads[3] + "\n19 February 2024\t" + recordHeads[4] + "\nOlder entries are in the full archive\t\n"
	if got := doc.Meta.Props[corpus.PropRecords]; got != want {
		t.Errorf("records\n%q, want\n%q", got, want)
	}
}

// TestHTMLRecordsStories checks that the stories of table-laid-out
// e-mail bulletins are records under headlines set apart by style or
// bold type, undated, and that the issue's own rows are not.
func TestHTMLRecordsStories(t *testing.T) {
	story := func(i int) string { return strings.Repeat(recordSummaries[i]+" ", 3) }
	heads := recordHeads[:4]
	pages := map[string]string{
		"headline spans styled bold and large": items(4, func(i int) string {
			return fmt.Sprintf(`<tr><td style="padding:16px"><span style="font-size:20px;font-weight:bold">%s</span><p>%s</p><p>%s</p></td></tr><tr><td><hr></td></tr>`, heads[i], story(i), story(i+1))
		}),
		"headline cells in a large font": items(4, func(i int) string {
			return fmt.Sprintf(`<tr><td class="h" style="font-size:22px;color:#003366">%s</td></tr><tr><td class="story"><div>%s</div><div>%s</div></td></tr>`, heads[i], story(i), story(i+1))
		}),
		"bold headlines in one cell per story": items(4, func(i int) string {
			return fmt.Sprintf(`<tr><td><p><b>%s</b></p><p>%s</p><p>%s</p><p><a href="/s/%d">Read the full story</a></p></td></tr>`, heads[i], story(i), story(i+1), i)
		}),
		"plain link headlines, one cell per story": items(4, func(i int) string {
			return fmt.Sprintf(`<tr><td><a href="https://news.example.org/s/%d">%s</a><br>%s<br><br>%s</td></tr>`, i, heads[i], story(i), story(i+1))
		}),
		"headline cells set large by a class rule": items(4, func(i int) string {
			return fmt.Sprintf(`<tr><td class="story-head">%s</td></tr><tr><td class="story-body"><p>%s</p><p>%s</p></td></tr>`, heads[i], story(i), story(i+1))
		}),
		"headline paragraphs set bold by a class rule on their tag": items(4, func(i int) string {
			return fmt.Sprintf(`<tr><td><p class="title">%s</p><p>%s</p><p>%s</p></td></tr>`, heads[i], story(i), story(i+1))
		}),
		"headline divs set by a font shorthand, each story its own table": items(4, func(i int) string {
			return fmt.Sprintf(`<tr><td><table class="story"><tr><td><div class="lede-head">%s</div><div>%s</div><div>%s</div></td></tr></table></td></tr>`, heads[i], story(i), story(i+1))
		}),
	}
	for name, rows := range pages {
		pages[name] = `<html><head><style>.story-head{font-size:21px;color:#003366} p.title{font-weight:700} .lede-head{font:bold 19px/1.3 Georgia,serif} @media (max-width:480px){.story-body{font-size:24px}}</style></head><body><table width="100%"><tr><td align="center"><table width="600"><tr><td><a href="/web">View this email in your browser</a></td></tr><tr><td style="font-size:28px">Harbour Weekly Bulletin</td></tr><tr><td>Issue 14, 3 May 2024</td></tr>` +
			rows + `<tr><td><a href="/unsubscribe">Unsubscribe</a> | <a href="/prefs">Update preferences</a></td></tr></table></td></tr></table></body></html>`
	}
	decodeEach(t, decodetest.NewDecoder(t, decode.Config{}), pages, func(t *testing.T, doc corpus.Doc) {
		if got := recordHeadlines(doc); strings.Join(got, "|") != strings.Join(heads, "|") {
			t.Errorf("records %q, want %q\n%s", got, heads, doc.Text)
		}
		if doc.Meta.Props[corpus.PropRecordsDated] != "" {
			t.Errorf("stories marked dated")
		}
		if doc.Meta.Props[corpus.PropRecordsBoxed] != "true" {
			t.Errorf("stories in table cells not marked boxed")
		}
	})
}

// TestHTMLRecordsShortStoryAtAnEnd checks that a bulletin's story shorter
// than the others at the end or the start of the run (one paragraph of
// thirty-odd words) is one of its records, not the issue's own closing
// or masthead row, in three markups; a closing row of a few words stays
// out.
func TestHTMLRecordsShortStoryAtAnEnd(t *testing.T) {
	long := func(i int) string {
		return recordSummaries[i] + " " + recordSummaries[(i+1)%len(recordSummaries)] + " " + recordSummaries[(i+2)%len(recordSummaries)]
	}
	short := func(i int) string { return recordSummaries[i] + " " + recordSummaries[(i+1)%len(recordSummaries)] }
	heads := recordHeads[:4]
	body := func(i, shortAt int) string {
		if i == shortAt {
			return short(i)
		}
		return long(i)
	}
	pages := map[string]string{}
	for _, shortAt := range []int{0, 3} {
		pages[fmt.Sprintf("bold line and a break, story %d short", shortAt)] = items(4, func(i int) string {
			return fmt.Sprintf(`<tr><td style="padding:16px"><strong style="font-size:17px">%s</strong><br>%s</td></tr>`, heads[i], body(i, shortAt))
		})
		pages[fmt.Sprintf("headline row over a story row, story %d short", shortAt)] = items(4, func(i int) string {
			return fmt.Sprintf(`<tr><td style="font-size:19px;font-weight:bold">%s</td></tr><tr><td>%s</td></tr>`, heads[i], body(i, shortAt))
		})
		pages[fmt.Sprintf("h3 and a paragraph in a cell, story %d short", shortAt)] = items(4, func(i int) string {
			return fmt.Sprintf(`<tr><td><h3>%s</h3><p>%s</p></td></tr>`, heads[i], body(i, shortAt))
		})
	}
	for name, rows := range pages {
		pages[name] = `<html><head><title>Bulletin</title></head><body><table width="600"><tr><td style="font-size:28px">Harbour Weekly Bulletin</td></tr><tr><td>Issue 15, 10 May 2024</td></tr>` +
			rows + `<tr><td style="font-size:16px;font-weight:bold">Thank you for reading</td></tr><tr><td><a href="/unsubscribe">Unsubscribe</a></td></tr></table></body></html>`
	}
	decodeEach(t, decodetest.NewDecoder(t, decode.Config{}), pages, func(t *testing.T, doc corpus.Doc) {
		if got := recordHeadlines(doc); strings.Join(got, "|") != strings.Join(heads, "|") {
			t.Errorf("records %q, want %q\n%s", got, heads, doc.Text)
		}
	})
}

// TestHTMLRecordsReleases checks that undated releases printed one after
// another are records marked as boxes of their own (the cleaner splits
// them) when each is an <article> or each ends with the same closing line.
func TestHTMLRecordsReleases(t *testing.T) {
	body := func(i int) string {
		return fmt.Sprintf(`<p>%s</p><p>%s</p>`, strings.Repeat(recordSummaries[i]+" ", 2), recordSummaries[(i+1)%len(recordSummaries)])
	}
	heads := recordHeads[:3]
	pages := map[string]string{
		"each release an article element": recordPage(items(3, func(i int) string {
			return fmt.Sprintf(`<article class="release"><h2>%s</h2>%s</article>`, heads[i], body(i))
		})),
		"bold headlines, each release closed by ENDS": recordPage(`<div class="field-body">` + items(3, func(i int) string {
			return fmt.Sprintf("<p><strong>%s</strong></p>\n%s\n<p>ENDS</p>\n", heads[i], body(i))
		}) + `</div>`),
		"heading headlines, each release closed by the same media contact": recordPage(items(3, func(i int) string {
			return fmt.Sprintf(`<h3>%s</h3>%s<p>Media contact: Press Office, +44 20 7946 0000</p>`, heads[i], body(i))
		})),
		"sections, each closed by a row of hashes": recordPage(items(3, func(i int) string {
			return fmt.Sprintf(`<section><h2>%s</h2>%s<p class="end">###</p></section>`, heads[i], body(i))
		})),
	}
	decodeEach(t, decodetest.NewDecoder(t, decode.Config{}), pages, func(t *testing.T, doc corpus.Doc) {
		if got := recordHeadlines(doc); strings.Join(got, "|") != strings.Join(heads, "|") {
			t.Errorf("records %q, want %q\n%s", got, heads, doc.Text)
		}
		if doc.Meta.Props[corpus.PropRecordsBoxed] != "true" {
			t.Errorf("releases not marked as boxes of their own")
		}
	})
}

// TestHTMLRecordsSectionsNotBoxed checks that the undated sections of one
// article are not marked as boxes of their own (the cleaner splits those
// only on a periodical's page): sections of one <article>, sections each
// followed by a link back to the top, sections closed by different lines.
func TestHTMLRecordsSectionsNotBoxed(t *testing.T) {
	pages := map[string]string{
		"sections each followed by a back-to-top link": recordPage(`<article><h1>Guidance on the Drone Rules</h1>` + items(4, func(i int) string {
			return fmt.Sprintf(`<h2>%s</h2><p>%s</p><p><a href="#top">Back to top</a></p>`, recordHeads[i], strings.Repeat(recordSummaries[i]+" ", 3))
		}) + `</article>`),
		"one article element with undated sections": recordPage(`<article><h1>Ministry Publishes Annual Report on Ports</h1>` + items(3, func(i int) string {
			return fmt.Sprintf(`<section><h2>%s</h2><p>%s</p></section>`, recordHeads[i], strings.Repeat(recordSummaries[i]+" ", 3))
		}) + `</article>`),
		"a release e-mail's sections in table rows under its larger headline": `<html><body><table width="600"><tr><td style="font-size:24px;font-weight:bold">Ministry Publishes Annual Report on the Ports and Harbours</td></tr><tr><td>3 May 2024</td></tr>` + items(3, func(i int) string {
			return fmt.Sprintf(`<tr><td><p style="font-size:17px;font-weight:bold">%s</p><p>%s</p></td></tr>`, recordHeads[i], strings.Repeat(recordSummaries[i]+" ", 3))
		}) + `</table></body></html>`,
		"the same with the type set by class rules": `<html><head><style>.rel-head{font-size:26px} .sec{font-weight:bold}</style></head><body><table width="600"><tr><td class="rel-head">Regional Hospitals Receive New Funding for Cancer Screening Programmes</td></tr>` + items(3, func(i int) string {
			return fmt.Sprintf(`<tr><td><div class="sec">%s</div><div>%s</div></td></tr>`, recordHeads[i], strings.Repeat(recordSummaries[i]+" ", 3))
		}) + `</table></body></html>`,
		"a release e-mail's sections under a bold cell in a larger font": `<html><body><table><tr><td style="font-size:20pt"><b>New Rules on Drone Flights Near Airports Take Effect Next Month</b></td></tr>` + items(3, func(i int) string {
			return fmt.Sprintf(`<tr><td><b>%s</b><br>%s</td></tr>`, recordHeads[i], strings.Repeat(recordSummaries[i]+" ", 3))
		}) + `</table></body></html>`,
		"sections each closed by the same source line": recordPage(`<article><h1>Labour Market Statistics for the March Quarter</h1>` + items(3, func(i int) string {
			return fmt.Sprintf(`<h2>%s</h2><p>%s</p><p>Source: National Statistics Office</p>`, recordHeads[i], strings.Repeat(recordSummaries[i]+" ", 3))
		}) + `</article>`),
		"sections closed by lines of their own": recordPage(`<article><h1>Guidance on the Drone Rules</h1>` + items(3, func(i int) string {
			return fmt.Sprintf(`<h2>%s</h2><p>%s</p><p>See also annex %d.</p>`, recordHeads[i], strings.Repeat(recordSummaries[i]+" ", 3), i+1)
		}) + `</article>`),
	}
	decodeEach(t, decodetest.NewDecoder(t, decode.Config{}), pages, func(t *testing.T, doc corpus.Doc) {
		if doc.Meta.Props[corpus.PropRecordsBoxed] != "" {
			t.Errorf("sections of one article marked as boxes:\n%s", doc.Meta.Props[corpus.PropRecords])
		}
	})
}

// TestHTMLRecordsOneArticle checks that a page holding one article has
// no records: a related-news list, a deck of more-news cards, dated
// section headings or bold lead-ins inside the article are its parts or
// its chrome, not records.
func TestHTMLRecordsOneArticle(t *testing.T) {
	body := "<p>" + strings.Join(recordSummaries, " ") + "</p><p>" + strings.Join(recordSummaries[1:], " ") + "</p><p>" + strings.Join(recordSummaries[:3], " ") + "</p>"
	related := items(4, func(i int) string {
		return fmt.Sprintf(`<li><a href="/r/%d">%s</a> <span class="date">%d April 2024</span></li>`, i, recordHeads[i], 20-i)
	})
	pages := map[string]string{
		"related news list inside the article": recordPage(`<article><h1>Ministry Publishes Annual Report on Ports</h1><p class="date">3 May 2024</p>` + body + `<section class="related"><h2>Related news</h2><ul>` + related + `</ul></section></article>`),
		"more-news cards after the article": recordPage(`<div class="post"><h1>Ministry Publishes Annual Report on Ports</h1><div class="meta">Media release | 3 May 2024</div>` + body + `</div><div class="more"><h2>More from the newsroom</h2>` + items(3, func(i int) string {
			return fmt.Sprintf(`<div class="card"><h3><a href="/m/%d">%s</a></h3><p>%d Apr 2024</p><p>%s</p></div>`, i, recordHeads[i], 25-i, recordSummaries[i])
		}) + `</div>`),
		"sections under headings that mention dates": recordPage(`<article><h1>Timeline of the Port Expansion Programme</h1>` + items(3, func(i int) string {
			return fmt.Sprintf(`<h2>Stage %d of the works</h2><p>%s It began on %d June 2023 and ran for a year.</p>`, i+1, strings.Repeat(recordSummaries[i]+" ", 2), i+1)
		}) + `</article>`),
		"paragraphs led by bold phrases": recordPage(`<article><h1>Questions and Answers on the Drone Rules</h1><p>Published 3 May 2024</p>` + items(4, func(i int) string {
			return fmt.Sprintf(`<p><strong>What changes for operators?</strong> %s</p>`, recordSummaries[i])
		}) + `</article>`),
		"section headings set apart only inside a phone's media rule": `<html><head><style>@media (max-width:480px){.sec{font-size:22px;font-weight:bold}}</style></head><body><main><h1>Ministry Publishes Annual Report on Ports</h1><p>3 May 2024</p>` + items(4, func(i int) string {
			return fmt.Sprintf(`<div><p class="sec">%s</p><p>%s</p></div>`, recordHeads[i], strings.Repeat(recordSummaries[i]+" ", 3))
		}) + `</main></body></html>`,
		"related links in table rows after the article": recordPage(`<article><h1>Ministry Publishes Annual Report on Ports</h1><p class="date">3 May 2024</p>` + body + body + `</article><table class="related">` + items(3, func(i int) string {
			return fmt.Sprintf(`<tr><td><a href="/r/%d">%s</a><br>%s</td></tr>`, i, recordHeads[i], recordSummaries[i])
		}) + `</table>`),
	}
	decodeEach(t, decodetest.NewDecoder(t, decode.Config{}), pages, func(t *testing.T, doc corpus.Doc) {
		if got := doc.Meta.Props[corpus.PropRecords]; got != "" {
			t.Errorf("records on a one-article page:\n%s", got)
		}
	})
}

// TestHTMLRecordsArticleAmongTeasers checks that an article printed in
// the same markup as the few teasers beside it (each card a headline, a
// date and a text) keeps the page one article: the card holding the main
// content holds most of the run's text, so the run is the article's
// teasers, not a listing of which the article is one card.
func TestHTMLRecordsArticleAmongTeasers(t *testing.T) {
	long := func(i int) string {
		var b strings.Builder
		for k := range 12 {
			b.WriteString("<p>" + strings.Repeat(recordSummaries[(i+k)%len(recordSummaries)]+" ", 2) + "</p>")
		}
		return b.String()
	}
	dates := []string{"3 May 2024", "28 April 2024", "21 April 2024", "14 April 2024", "7 April 2024"}
	teaser := func(i int) string {
		return "<span>" + recordSummaries[i%len(recordSummaries)] + "</span>"
	}
	// page puts the cards in a page titled by the first card's headline.
	page := func(head, cards string) string {
		return `<html><head><title>` + head + ` | Example Ministry</title></head><body><header><a href="/">Example Ministry</a></header><main>` + cards + `</main><footer><p>Copyright Example Ministry</p></footer></body></html>`
	}
	pages := map[string]string{
		"div cards with a heading, a date line and a text": page(recordHeads[0], `<div class="stream">`+items(5, func(i int) string {
			h, body := "h2", teaser(i)
			if i == 0 {
				h, body = "h1", long(i)
			}
			return fmt.Sprintf(`<div class="entry"><%s><a href="/e/%d">%s</a></%s><p class="when">%s</p><div class="text">%s</div></div>`, h, i, recordHeads[i], h, dates[i], body)
		})+`</div>`),
		"list items with a date above the heading": page(recordHeads[1], `<ul class="feed">`+items(5, func(i int) string {
			h, body := "h3", teaser(i+1)
			if i == 0 {
				h, body = "h1", long(i+1)
			}
			return fmt.Sprintf(`<li><div class="stamp">%s</div><%s><a href="/f/%d">%s</a></%s><div class="copy">%s</div></li>`, dates[i], h, i, recordHeads[(i+1)%5], h, body)
		})+`</ul>`),
		"article elements with a byline and a date": page(recordHeads[4], `<section>`+items(5, func(i int) string {
			h, body := "h2", teaser(4-i)
			if i == 0 {
				h, body = "h1", long(4-i)
			}
			return fmt.Sprintf(`<article><header><%s><a href="/s/%d">%s</a></%s><div>By the press office, %s</div></header><div class="summary">%s</div></article>`, h, i, recordHeads[4-i], h, dates[i], body)
		})+`</section>`),
	}
	decodeEach(t, decodetest.NewDecoder(t, decode.Config{}), pages, func(t *testing.T, doc corpus.Doc) {
		if got := doc.Meta.Props[corpus.PropRecords]; got != "" {
			t.Errorf("records on a page of one article among teasers:\n%s\ntext:\n%s", got, doc.Text)
		}
	})
}
