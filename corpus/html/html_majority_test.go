package html_test

import (
	"strings"
	"testing"
)

// TestHTMLKeepMajority: an element whose class or tag looks like chrome but
// that holds most of the page's text (outside links) is kept; chrome that
// is mostly links, or a small part of the page, is still dropped.
func TestHTMLKeepMajority(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The council met on Tuesday, heard the reports of its committees, and agreed the budget for the coming year after a long debate.</p>"
	}
	article := para("First paragraph.") + para("Second paragraph.") + para("Third paragraph.")
	menu := `<ul><li><a href="/a">Home</a></li><li><a href="/b">News</a></li><li><a href="/c">Contact us</a></li></ul>`
	tests := []mainContentCase{
		{"ad token in a layout wrapper",
			`<div class="Page-ad-margins"><h1>Budget agreed</h1>` + article + `</div><div class="site-nav">` + menu + `</div>`,
			[]string{"Budget agreed", "First paragraph.", "Third paragraph."}, []string{"Contact us"}},
		{"nav token in an outer layout class",
			`<div class="l-outer--nav"><div class="story">` + article + `</div></div><footer>Copyright notice of the site</footer>`,
			[]string{"First paragraph.", "Second paragraph."}, []string{"Copyright notice"}},
		{"complementary role around the whole article",
			`<nav>` + menu + `</nav><div role="complementary"><h2>Council news</h2>` + article + `</div>`,
			[]string{"Council news", "Third paragraph."}, []string{"Contact us"}},
		{"link-heavy sidebar stays chrome though long",
			`<div class="content">` + para("Only paragraph.") + `</div><div class="sidebar">` + strings.Repeat(menu, 12) + `</div>`,
			[]string{"Only paragraph."}, []string{"Contact us"}},
		{"every text block in class-marked chrome",
			`<div class="header-promo"><p>Short notice one.</p></div><div class="sidebar-box"><p>Short notice two.</p></div><div class="footer-note"><p>Short notice three.</p></div>`,
			[]string{"Short notice one.", "Short notice two.", "Short notice three."}, nil},
	}
	runMainContentCases(t, tests)
}
