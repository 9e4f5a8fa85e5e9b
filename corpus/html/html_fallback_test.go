package html_test

import (
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/html"
)

// fakeFallback returns a fixed text as one paragraph, or an error, and
// counts its calls.
type fakeFallback struct {
	text  string
	err   error
	calls atomic.Int32
}

func (f *fakeFallback) MainContent(*xhtml.Node) (*xhtml.Node, error) {
	f.calls.Add(1)
	if f.err != nil {
		return nil, f.err
	}
	div := &xhtml.Node{Type: xhtml.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, line := range strings.Split(f.text, "\n") {
		p := &xhtml.Node{Type: xhtml.ElementNode, Data: "p", DataAtom: atom.P}
		p.AppendChild(&xhtml.Node{Type: xhtml.TextNode, Data: line})
		div.AppendChild(p)
	}
	return div, nil
}

// TestHTMLFallback: the fallback is asked only when the detector's result
// is short with more text on the page, or a small part of the page's text
// outside chrome; its text then replaces the result, the page's headline
// in front when it lacks it. A page rendered whole, or an article that is
// most of the page, never asks it.
func TestHTMLFallback(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The board reviewed the accounts of the year, heard the auditors and approved the plan for the next three years of work.</p>"
	}
	long := para("First.") + para("Second.") + para("Third.") + para("Fourth.")
	cells := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(`<tr><td>Region north</td><td>Figure 1234</td><td>Change plus</td><td>Note none</td></tr>`)
		}
		return b.String()
	}
	tests := []struct {
		name, page string
		asked      bool
	}{
		{"article most of the page", `<h1>Plan approved</h1><div class="story">` + long + `</div>`, false},
		{"short notice rendered whole", `<div class="notice"><p>The office is closed on Monday for the holiday.</p></div>`, false},
		{"one-line item with its date", `<h2>Visit postponed</h2><p>12 May 2024</p>`, false},
		{"short result beside a long sidebar",
			`<div class="main"><h1>Plan approved</h1><p>Plan approved, see below.</p></div><aside>` + long + long + `</aside>`, true},
		{"headlined article beside a larger table of short cells",
			`<div class="post"><h1>Plan approved</h1>` + long + `</div><table>` + cells(90) + `</table>`, false},
		{"short box chosen beside a larger table of short cells",
			`<div class="post"><p>Plan approved, see the figures below.</p></div><table>` + cells(90) + `</table>`, true},
		{"everything in chrome by class",
			`<div class="header-promo">` + para("Only.") + `</div><div class="sidebar-box">` + para("Again.") + `</div><div class="footer-text">` + para("Also.") + `</div>`, true},
		{"a few lines all in chrome by class",
			`<div class="sidebar-main"><p>Closed on Monday.</p></div><div class="footer-text"><p>Open again on Tuesday.</p></div>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fb := &fakeFallback{text: "Text of the fallback, in one paragraph."}
			d, err := html.New(html.Config{Fallback: fb})
			if err != nil {
				t.Fatal(err)
			}
			var doc corpus.Doc
			if _, err := d.Decode([]byte("<html><body>"+tc.page+"</body></html>"), "", &doc); err != nil {
				t.Fatal(err)
			}
			if asked := fb.calls.Load() > 0; asked != tc.asked {
				t.Fatalf("fallback asked %v, want %v; text:\n%s", asked, tc.asked, doc.Text)
			}
			if tc.asked && !strings.Contains(doc.Text, fb.text) {
				t.Errorf("fallback's text not taken:\n%s", doc.Text)
			}
			if !tc.asked && strings.Contains(doc.Text, fb.text) {
				t.Errorf("fallback's text taken though not asked:\n%s", doc.Text)
			}
		})
	}
}

// TestHTMLFallbackResult: the fallback's text is taken with the headline
// in front when it lacks it; an empty text or an error leaves the
// detector's result.
func TestHTMLFallbackResult(t *testing.T) {
	page := `<div class="main"><h1>Bridge reopens</h1><p>Bridge reopens, more below.</p></div><aside>` +
		strings.Repeat("<p>A long sidebar paragraph about other matters of the city, with commas, and more words.</p>", 12) + `</aside>`
	tests := []struct {
		name       string
		fb         *fakeFallback
		keep, drop []string
	}{
		{"headline added in front", &fakeFallback{text: "The bridge reopened on Monday after repairs."},
			[]string{"Bridge reopens\n\nThe bridge reopened on Monday"}, []string{"more below"}},
		{"headline already in the text", &fakeFallback{text: "Bridge reopens\nThe bridge reopened on Monday."},
			[]string{"Bridge reopens\n\nThe bridge reopened"}, []string{"more below", "Bridge reopens\n\nBridge reopens"}},
		{"empty text keeps the result", &fakeFallback{text: "  \n "}, []string{"Bridge reopens, more below."}, nil},
		{"error keeps the result", &fakeFallback{err: errors.New("broken page")}, []string{"Bridge reopens, more below."}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := html.New(html.Config{Fallback: tc.fb})
			if err != nil {
				t.Fatal(err)
			}
			var doc corpus.Doc
			if _, err := d.Decode([]byte("<html><body>"+page+"</body></html>"), "", &doc); err != nil {
				t.Fatal(err)
			}
			if tc.fb.calls.Load() != 1 {
				t.Fatalf("fallback asked %d times, want 1", tc.fb.calls.Load())
			}
			checkKeepDrop(t, doc.Text, tc.keep, tc.drop)
		})
	}
}

// TestTrafilaturaFallback: go-trafilatura finds the article of a page
// whose text sits beside chrome, and leaves the parsed page as it was.
func TestTrafilaturaFallback(t *testing.T) {
	pages := []struct{ name, page, want string }{
		{"article among menus", `<nav><a href="/">Home</a></nav><article><h1>Rates held</h1>` +
			strings.Repeat("<p>The central bank held its rates, citing steady prices and a firm labour market this quarter.</p>", 4) + `</article><footer>Copyright</footer>`,
			"The central bank held its rates"},
		{"story in plain divs", `<div><div><h2>Harvest up</h2>` +
			strings.Repeat("<p>Farmers brought in a larger harvest than last year, helped by a wet spring and a dry summer.</p>", 4) + `</div></div>`,
			"Farmers brought in a larger harvest"},
		{"report in a table cell", `<table><tr><td>` +
			strings.Repeat("<p>The inspectors found the building sound, though the roof needs repairs before the winter.</p>", 4) + `</td></tr></table>`,
			"The inspectors found the building sound"},
	}
	for _, tc := range pages {
		t.Run(tc.name, func(t *testing.T) {
			root, err := xhtml.Parse(strings.NewReader("<html><body>" + tc.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			var before strings.Builder
			if err := xhtml.Render(&before, root); err != nil {
				t.Fatal(err)
			}
			content, err := html.Trafilatura{}.MainContent(root)
			if err != nil || content == nil {
				t.Fatalf("no content, error %v", err)
			}
			var text strings.Builder
			if err := xhtml.Render(&text, content); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(text.String(), tc.want) {
				t.Errorf("missing %q in %q", tc.want, text.String())
			}
			var after strings.Builder
			if err := xhtml.Render(&after, root); err != nil {
				t.Fatal(err)
			}
			if before.String() != after.String() {
				t.Errorf("page modified")
			}
		})
	}
}
