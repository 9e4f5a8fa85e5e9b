package html_test

import "testing"

// TestHTMLPictureCaptionLines: a block that repeats a picture's alt or
// title text, or a short credit line under a picture, is dropped; a
// heading that repeats the alt text (a teaser image named after the
// article) and a paragraph that mentions a photo stay.
func TestHTMLPictureCaptionLines(t *testing.T) {
	body := chromeCasePara("Buses first.") + chromeCasePara("Crossings next.") + chromeCasePara("Review last.")
	tests := []mainContentCase{
		{"caption repeating the alt text",
			`<article><h1>Transport plan approved</h1><div class="pic"><img src="a.jpg" alt="The mayor at the new bus depot in the north"><div class="meta"><span>The mayor at the new bus depot in the north</span></div></div>` + body + `</article>`,
			[]string{"Buses first.", "Review last."}, []string{"The mayor at the new bus depot"}},
		{"caption repeating the title text, other case and a final period",
			`<article><h1>Transport plan approved</h1>` + body + `<p><img src="b.jpg" title="Rural route map, as agreed on Thursday"></p><p>Rural route map, as agreed on Thursday.</p></article>`,
			[]string{"Crossings next."}, []string{"Rural route map"}},
		{"headline repeating the alt text stays",
			`<article><img src="c.jpg" alt="Transport plan approved by the council"><h1>Transport plan approved by the council</h1>` + body + `</article>`,
			[]string{"Transport plan approved by the council", "Buses first."}, nil},
		{"credit line under a picture",
			`<article><h1>Transport plan approved</h1><div class="inline"><img src="d.jpg"><span>Photo: Regional Press Office</span></div>` + body + `</article>`,
			[]string{"Buses first."}, []string{"Regional Press Office"}},
		{"credit with a label of another language",
			`<article><h1>Transport plan approved</h1>` + body + `<p>Bildnachweis: Stadtarchiv Beispielstadt</p></article>`,
			[]string{"Review last."}, []string{"Stadtarchiv"}},
		{"copyright line",
			`<article><h1>Transport plan approved</h1>` + body + `<div>© Example Regional Council 2024</div></article>`,
			[]string{"Review last."}, []string{"Example Regional Council 2024"}},
		{"a paragraph about photos stays",
			`<article><h1>Transport plan approved</h1>` + body + `<p>Photos of the new depot will be shown at the open day.</p></article>`,
			[]string{"Photos of the new depot"}, nil},
	}
	runDetectorCases(t, tests)
}

// TestHTMLCounters: a comment count or reading time inside a dateline
// line is dropped and the date and byline stay; a comment prompt after
// the text is dropped.
func TestHTMLCounters(t *testing.T) {
	body := chromeCasePara("Buses first.") + chromeCasePara("Crossings next.")
	tests := []mainContentCase{
		{"comment count in the dateline",
			`<article><h1>Transport plan approved</h1><div class="meta">12 March 2024 · Jane Example · <a href="#c">14 comments</a></div>` + body + `</article>`,
			[]string{"12 March 2024", "Jane Example", "Buses first."}, []string{"14 comments"}},
		{"reading time under the headline",
			`<article><h1>Transport plan approved</h1><p>By Jane Example <span>4 min read</span></p>` + body + `</article>`,
			[]string{"By Jane Example", "Crossings next."}, []string{"4 min read"}},
		{"bare duration under the headline",
			`<article><h1>Transport plan approved</h1><p>Jane Example</p><div>21 minutes</div>` + body + `</article>`,
			[]string{"Jane Example", "Buses first."}, []string{"21 minutes"}},
		{"reading time with a label and a duration of another language",
			`<article><h1>Transport plan approved</h1><div class="meta">12 March 2024</div><span>Lesezeit: 4 Minuten</span>` + body + `</article>`,
			[]string{"12 March 2024", "Crossings next."}, []string{"Lesezeit"}},
		{"a duration in the article's text stays",
			`<article><h1>Transport plan approved</h1>` + body + `<table><tr><td>Bus to the centre</td><td>25 minutes</td></tr></table>` + chromeCasePara("Review last.") + `</article>`,
			[]string{"25 minutes", "Review last."}, nil},
		{"comment prompt in another language",
			`<article><h1>Transport plan approved</h1>` + body + `<p><a href="#respond">Kommentar schreiben</a></p>` + chromeCasePara("Review last.") + `</article>`,
			[]string{"Review last."}, []string{"Kommentar schreiben"}},
	}
	runDetectorCases(t, tests)
}
