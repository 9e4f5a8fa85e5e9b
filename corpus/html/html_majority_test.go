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

// TestHTMLKeepNestedChrome: the article sits inside wrappers that each look
// like chrome by their class, nested deeper than a few levels (page
// builders wrap every widget so); every level that holds most of the page's
// text is kept in turn.
func TestHTMLKeepNestedChrome(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The inspectors visited the site twice, spoke with the staff and the residents, and wrote their findings down in a long report.</p>"
	}
	article := para("Opening paragraph.") + para("Middle paragraph.") + para("Closing paragraph.")
	nest := func(classes []string, inner string) string {
		for i := len(classes) - 1; i >= 0; i-- {
			inner = `<div class="` + classes[i] + `">` + inner + `</div>`
		}
		return inner
	}
	menu := `<div class="menu"><a href="/1">Start</a> <a href="/2">Archive</a> <a href="/3">About the team</a></div>`
	tests := []mainContentCase{
		{"widget wrappers five deep",
			menu + nest([]string{"builder-widget-wrap", "builder-widget", "widget-container", "widget-inner", "sidebar-widget-text"}, article),
			[]string{"Opening paragraph.", "Closing paragraph."}, []string{"About the team"}},
		{"promo and banner layers around the story",
			nest([]string{"promo-zone", "banner-slot", "ad-wrap", "sponsor-frame", "toolbar-host", "popup-layer"}, `<h2>Inspection report</h2>`+article) + menu,
			[]string{"Inspection report", "Middle paragraph."}, []string{"About the team"}},
		{"share and tag wrappers four deep",
			nest([]string{"share-area", "tags-box", "social-row", "follow-col"}, article),
			[]string{"Opening paragraph.", "Middle paragraph.", "Closing paragraph."}, nil},
	}
	runDetectorCases(t, tests)
}
