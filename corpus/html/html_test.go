package html_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fuzzSlowDecode is how long one fuzz input may take to decode: far above
// any real page, so that only pathological slowness fails.
const fuzzSlowDecode = 10 * time.Second

// fuzzSeedBytes bounds the fixture pages used as fuzz seeds.
const fuzzSeedBytes = 2 << 10

// realworld is the shared folder of real public documents; tests that use
// it skip when it is absent.
const realworld = "../../../shared/realworld"

func TestHTMLGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			body, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := decodetest.DecodeBytes(t, d, p, body)
			if err != nil {
				t.Fatal(err)
			}
			decodetest.CheckGolden(t, strings.TrimSuffix(p, ".html")+".golden", decodetest.GoldenDoc(doc), *update)
		})
	}
}

// TestHTMLMainContent states what main-content detection must keep and
// drop on the full-chrome pages, independent of the golden files.
func TestHTMLMainContent(t *testing.T) {
	tests := []struct {
		page         string
		keep, drop   []string
		headline     string
		wantCharset  string
		wantTimes    []string
		wantPropKeys []string
	}{
		{
			page: "state-chrome.html",
			keep: []string{"Joint Statement on the Coastal Resilience Dialogue\n", "Press Statement", "March 12, 2024",
				"Office of the Spokesperson", "1. Early warning.", "3. Research.", "End Text."},
			drop: []string{"Skip to content", "An official website", "Policy section", "Breadcrumb", "Home",
				"Twitter", "Related Articles", "Deputy Secretary Campbell", "Privacy Policy", "2201 C St",
				"cookies", "Tags", "Search", "Here's how you know", "Official websites use .gov"},
			headline: "Joint Statement on the Coastal Resilience Dialogue", wantCharset: "utf-8",
			wantTimes: []string{"2024-03-12"}, wantPropKeys: []string{"article:published_time", "og:title", "dc.date"},
		},
		{
			page: "mic-chrome.html",
			keep: []string{"March 14, 2014", "(1) Date: Thursday, March 13, 2014", "1. Outline", "2. Results",
				"(2) Cooperation in international fora\nBoth sides", "Contact\tInternational Cooperation Division"},
			drop: []string{"日本語", "English", "Site Map", "Press Releases", "Pressrelease section", "English section",
				"Page Top", "Kasumigaseki", "All Rights Reserved", "Home"},
			headline: "Results of the Japan-Maristan ICT Policy Dialogue", wantCharset: "shift_jis",
		},
		{
			page: "eu-chrome.html",
			keep: []string{"Press release | 12 March 2024 | Brussels", "€1.2 billion", "Quotes", "“This €1.2 billion scheme",
				"Background", "IP/24/1234"},
			drop: []string{"cookies", "български", "Select your language", "Skip to main content", "Press corner",
				"Share this page", "Print friendly pdf", "Press contacts", "Related media", "Directorate-General for Communication",
				"State aid weekly e-News"},
			headline: "Commission approves coastal adaptation fund for Maristan", wantCharset: "utf-8",
		},
		{
			page: "govuk-chrome.html",
			keep: []string{"Minister announces new coastal flood defence programme", "From: Department for Environment, Food & Rural Affairs",
				"Published 12 March 2024", "- upgrade 40 kilometres", "1. The programme forms part", "2. Further details"},
			drop: []string{"Cookies on GOV.UK", "Skip to main content", "Flooding and coastal change", "Print this page",
				"Share this page", "Related content", "Is this page useful?", "Open Government Licence", "Crown copyright",
				"Added Welsh translation"},
			headline: "Minister announces new coastal flood defence programme", wantCharset: "utf-8",
		},
		{
			page:        "teaser-sidebar.html",
			keep:        []string{"5 May 2024", "Ms Anna Berg", "consultations later this year."},
			drop:        []string{"More news", "Lisbon", "visas online", "scholarship", "Copyright", "Contact"},
			headline:    "Ministry welcomes new ambassador",
			wantCharset: "utf-8",
		},
		{
			page:        "kicker-wrapper.html",
			keep:        []string{"Media Release · 14 March 2024\n\nAgency opens new field office\n\nThe National Fisheries Agency", "Ruth Amsel"},
			drop:        []string{"Contact", "Press office", "Copyright", "Home"},
			headline:    "Agency opens new field office",
			wantCharset: "utf-8",
		},
		{
			page: "legacy-1252.html",
			keep: []string{"FOR IMMEDIATE RELEASE\nFebruary 3, 2009", "Port Authority Names Renée Dubois Executive Director",
				"“Renée brings", "O’Neill", "Contact: Public Affairs Office"},
			drop:        []string{"About the Authority", "Board of Directors", "Employment", "Privacy"},
			wantCharset: "windows-1252",
		},
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			p := filepath.Join("testdata", "html", tt.page)
			body, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := decodetest.DecodeBytes(t, d, p, body)
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range tt.keep {
				if !strings.Contains(doc.Text, k) {
					t.Errorf("text lacks %q", k)
				}
			}
			for _, k := range tt.drop {
				if strings.Contains(doc.Text, k) {
					t.Errorf("text keeps chrome %q", k)
				}
			}
			if doc.Meta.Headline != tt.headline {
				t.Errorf("got headline %q, want %q", doc.Meta.Headline, tt.headline)
			}
			if want := "text/html; charset=" + tt.wantCharset; doc.Source.ContentType != want {
				t.Errorf("got content type %q, want %q", doc.Source.ContentType, want)
			}
			if tt.wantTimes != nil && fmt.Sprint(doc.Meta.Times) != fmt.Sprint(tt.wantTimes) {
				t.Errorf("got times %q, want %q", doc.Meta.Times, tt.wantTimes)
			}
			for _, k := range tt.wantPropKeys {
				if _, ok := doc.Meta.Props[k]; !ok {
					t.Errorf("props lack %q: %v", k, doc.Meta.Props)
				}
			}
		})
	}
}

func TestHTMLKeepBoilerplate(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "html", "eu-chrome.html"))
	if err != nil {
		t.Fatal(err)
	}
	d := decodetest.NewDecoder(t, decode.Config{KeepBoilerplate: true})
	doc, err := decodetest.DecodeBytes(t, d, "eu.html", body)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"Press contacts", "Share this page", "€1.2 billion"} {
		if !strings.Contains(doc.Text, k) {
			t.Errorf("with KeepBoilerplate, text lacks %q", k)
		}
	}
	for _, k := range []string{"Priorities section 1", "Skip to main content"} {
		if strings.Contains(doc.Text, k) {
			t.Errorf("with KeepBoilerplate, text keeps header/nav text %q", k)
		}
	}
}

func TestHTMLRender(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"inline elements glue like a browser", `<p>word<b>word</b> <i>next</i>  one</p>`, "wordword next one"},
		{"blocks break lines", `<div>a</div><div>b</div><p>c<br>d</p>`, "a\n\nb\n\nc\nd"},
		{"double br is a paragraph break", `<td>para one<br><br>para two<br> <br><br>three</td>`, "para one\n\npara two\n\nthree"},
		{"entities and nbsp", `<p>Fish&nbsp;&amp;&nbsp;Chips &ldquo;x&rdquo; &#8212; &eacute;</p>`, "Fish & Chips “x” — é"},
		{"invisible characters", "<p>zero\u200bwidth soft\u00adhyphen</p>", "zerowidth softhyphen"},
		{"ordered list", `<ol><li>One</li><li>Two</li></ol>`, "1. One\n\n2. Two"},
		{"ordered list start and type", `<ol start="3" type="a"><li>x</li><li>y</li></ol>`, "c. x\n\nd. y"},
		{"ordered list roman and value", `<ol type="I"><li>x</li><li value="9">y</li><li>z</li></ol>`, "I. x\n\nIX. y\n\nX. z"},
		{"reversed list", `<ol reversed><li>x</li><li>y</li><li>z</li></ol>`, "3. x\n\n2. y\n\n1. z"},
		{"list with its own labels", `<ol style="list-style:none"><li>(a) first</li><li>(b) second</li></ol>`, "(a) first\n\n(b) second"},
		{"unordered list", `<ul><li>alpha</li><li>beta</li></ul>`, "- alpha\n\n- beta"},
		{"list items holding blocks", "<ol>\n <li>\n  <p>One</p><p>More</p></li><li> <div><strong>Two</strong> text</div></li></ol>", "1. One\n\nMore\n\n2. Two text"},
		{"nested list", `<ol><li>Top<ol type="i"><li>sub</li></ol></li></ol>`, "1. Top\n\ni. sub"},
		{"table cells", `<table><tr><th>Date</th><td> 5 May </td></tr><tr><td>a</td><td>b</td></tr></table>`, "Date\t5 May\n\na\tb"},
		{"hidden elements", `<p>seen</p><p hidden>x</p><p style="display: none">y</p><p aria-hidden="true">z</p><p class="sr-only">w</p><p class="hidden-xs">kept</p>`, "seen\n\nkept"},
		{"scripts styles forms", `<p>a</p><script>b()</script><style>.c{}</style><noscript>d</noscript><select><option>e</option></select><button>f</button>`, "a"},
		{"pre keeps lines", "<pre>line 1\n  line 2\n</pre>", "line 1\n  line 2"},
		{"definition list", `<dl><dt>From:</dt><dd>Agency</dd><dt>Published</dt><dd>1 May</dd></dl>`, "From: Agency\n\nPublished 1 May"},
		{"comments", `<p>a<!-- hidden -->b</p>`, "ab"},
	}
	d := decodetest.NewDecoder(t, decode.Config{KeepBoilerplate: true})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := decodetest.DecodeBytes(t, d, "x.html", []byte("<html><body>"+tt.html+"</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.want {
				t.Errorf("got %q, want %q", doc.Text, tt.want)
			}
		})
	}
}

func TestHTMLRealworldItems(t *testing.T) {
	items, _ := filepath.Glob(filepath.Join(realworld, "items", "*.html"))
	if len(items) == 0 {
		t.Skip("realworld items not present")
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	for _, p := range items {
		t.Run(filepath.Base(p), func(t *testing.T) {
			body := decodetest.ReadOrSkip(t, p)
			doc, err := decodetest.DecodeBytes(t, d, p, body)
			if err != nil {
				t.Fatal(err)
			}
			// The items wrap a whole feed body: nothing may be lost.
			for _, k := range []string{"Office of the Spokesperson", doc.Meta.Title} {
				if !strings.Contains(doc.Text, k) {
					t.Errorf("text lacks %q", k)
				}
			}
			if doc.Meta.Headline != doc.Meta.Title {
				t.Errorf("got headline %q, want the title %q", doc.Meta.Headline, doc.Meta.Title)
			}
		})
	}
}

// TestHTMLCongressListings runs the listing pages of Members of Congress:
// the listing must be kept, the site chrome dropped.
func TestHTMLCongressListings(t *testing.T) {
	tests := []struct {
		file       string
		keep, drop []string
	}{
		{"bill_nelson_press.html", []string{"Lawmakers seek tougher penalties for ID thieves", "WASHINGTON, D.C. - Federal lawmakers"},
			[]string{"Contact Bill", "Privacy Policy", "Stay Informed"}},
		{"keating_press.html", []string{"Keating Announces EPA Grant for New Bedford\tMarch 13, 2015"}, []string{"Stay Informed", "Sign-up for the latest"}},
		{"rand_paul_press.html", []string{"Sens. Rand Paul & Mark Warner Introduce the Bonuses for Cost-Cutters Act of 2015", "05.19.15"}, []string{"Privacy Policy"}},
		{"vitter_press.html", []string{"04/30/13\tVitter: BP to Pay $340 Million of $1 Billion in Early Restoration Fines"}, []string{"Privacy Policy"}},
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			body := decodetest.ReadOrSkip(t, filepath.Join(realworld, "congress-html", "spec", tt.file))
			doc, err := decodetest.DecodeBytes(t, d, tt.file, body)
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range tt.keep {
				if !strings.Contains(doc.Text, k) {
					t.Errorf("text lacks %q", k)
				}
			}
			for _, k := range tt.drop {
				if strings.Contains(doc.Text, k) {
					t.Errorf("text keeps chrome %q", k)
				}
			}
		})
	}
}

// rssItem is one item of the State Department feed snapshots.
type rssItem struct {
	Title   string `xml:"title"`
	Content string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
}

func readRSSItems(t testing.TB) []rssItem {
	t.Helper()
	feeds, _ := filepath.Glob(filepath.Join(realworld, "state-dept-rss", "*", "data.rss"))
	if len(feeds) == 0 {
		t.Skip("state-dept-rss not present")
	}
	var items []rssItem
	for _, f := range feeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var feed struct {
			Items []rssItem `xml:"channel>item"`
		}
		if err := xml.Unmarshal(b, &feed); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		items = append(items, feed.Items...)
	}
	return items
}

// TestHTMLStateDeptFeedBodies decodes every item body of the feed
// snapshots: each must decode, keep its text and carry no script clutter.
func TestHTMLStateDeptFeedBodies(t *testing.T) {
	items := readRSSItems(t)
	d := decodetest.NewDecoder(t, decode.Config{})
	for i, it := range items {
		if strings.TrimSpace(it.Content) == "" {
			continue
		}
		t.Run(fmt.Sprintf("%02d", i), func(t *testing.T) {
			doc, err := decodetest.DecodeBytes(t, d, "item.html", []byte(it.Content))
			if err != nil {
				t.Fatalf("%s: %v", it.Title, err)
			}
			for _, junk := range []string{"function(", "window.", "<script", "</"} {
				if strings.Contains(doc.Text, junk) {
					t.Errorf("%s: text has clutter %q", it.Title, junk)
				}
			}
			if len(doc.Text) < 200 {
				t.Errorf("%s: got only %d bytes of text: %q", it.Title, len(doc.Text), doc.Text)
			}
		})
	}
}

func FuzzDecodeHTML(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, p := range pages {
		// The Go fuzzer crawls on seeds of several KB: seed with the
		// start of each page's body.
		if b, err := os.ReadFile(p); err == nil {
			if i := bytes.Index(b, []byte("<body")); i > 0 {
				b = b[i:]
			}
			f.Add(b[:min(len(b), fuzzSeedBytes)])
		}
	}
	for _, s := range []string{"<p>x", "<ol start=-5 type=i><li>a", "<table><td><td><tr>", "<html><body><article><h1>t</h1></article>",
		"<dl><dd>x<dt>", "<meta charset=utf-16><p>x", "<h1></h1><main></main>"} {
		f.Add([]byte(s))
	}
	d := decodetest.NewDecoder(f, decode.Config{})
	f.Fuzz(func(t *testing.T, body []byte) {
		start := time.Now()
		doc, err := d.Decode(context.Background(), corpus.Input{Source: corpus.Source{Path: "f.html"}, Body: body})
		if el := time.Since(start); el > fuzzSlowDecode {
			t.Errorf("decoding %d bytes took %v", len(body), el)
		}
		if err == nil && strings.TrimSpace(doc.Text) == "" {
			t.Errorf("nil error with empty text")
		}
	})
}

// BenchmarkDecodeHTML decodes the full-chrome pages and the congress
// listing pages (when present), main-content detection included.
func BenchmarkDecodeHTML(b *testing.B) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "html", "*-chrome.html"))
	more, _ := filepath.Glob(filepath.Join(realworld, "congress-html", "spec", "*.html"))
	pages = append(pages, more...)
	var bodies [][]byte
	total := 0
	for _, p := range pages {
		body, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, body)
		total += len(body)
	}
	d := decodetest.NewDecoder(b, decode.Config{})
	ctx := context.Background()
	b.SetBytes(int64(total))
	b.ResetTimer()
	cpu0 := decodetest.ProcessCPUTime()
	for i := 0; i < b.N; i++ {
		for _, body := range bodies {
			if _, err := d.Decode(ctx, corpus.Input{Body: body}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(bodies))/b.Elapsed().Seconds(), "pages/s")
	if cpu := decodetest.ProcessCPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N*len(bodies))/cpu.Seconds(), "pages/cpu-s")
		b.ReportMetric(float64(b.N*total)/cpu.Seconds()/1e6, "MB/cpu-s")
	}
	b.ReportMetric(float64(total)/float64(len(bodies))/1024, "KB/page")
}

// TestHTMLDeepNesting: the parser refuses more than 512 open elements;
// such legacy pages are flattened and still decode with all their text.
func TestHTMLDeepNesting(t *testing.T) {
	body := "<html><body>" + strings.Repeat("<div><font>", 700) + "<p>Deep text</p>" + strings.Repeat("<b>", 600) + "bold end"
	d := decodetest.NewDecoder(t, decode.Config{})
	doc, err := decodetest.DecodeBytes(t, d, "deep.html", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Deep text\nbold end"; doc.Text != want {
		t.Errorf("got %q, want %q", doc.Text, want)
	}
}
