package html_test

import "testing"

// TestHTMLTeaserLinks: a block that is one link of several words between
// the article's paragraphs (another story's headline) is dropped, in
// three wordings; a link in a sentence, a linked heading, a numbered
// item, a linked name and a link after the last paragraph (left to the
// tail rules) stay.
func TestHTMLTeaserLinks(t *testing.T) {
	first := chromeCasePara("Buses first.")
	last := chromeCasePara("Review last.")
	tests := []mainContentCase{
		{"related story between paragraphs",
			`<article><h1>Transport plan approved</h1>` + first + `<p><a href="/news/rail-strike">Rail strike called off after late talks</a></p>` + last + `</article>`,
			[]string{"Buses first.", "Review last."}, []string{"Rail strike called off"}},
		{"teaser in a list item of another language",
			`<article><h1>Verkehrsplan beschlossen</h1>` + first + `<ul><li><a href="/a">Neue Radwege für die Innenstadt geplant</a></li></ul>` + last + `</article>`,
			[]string{"Review last."}, []string{"Neue Radwege"}},
		{"teaser in a div with a kicker colon",
			`<article><h1>Plan de transporte aprobado</h1>` + first + `<div><a href="/b">Lea más: el metro amplía su horario nocturno</a></div>` + last + `</article>`,
			[]string{"Buses first."}, []string{"metro amplía"}},
		{"kicker before the link",
			`<article><h1>Transport plan approved</h1>` + first + `<p>Read more: <a href="/c">Why rural buses run empty</a></p>` + last + `</article>`,
			[]string{"Review last."}, []string{"Read more", "rural buses run empty"}},
		{"kicker of another language with a space before the colon",
			`<article><h1>Le plan de transport adopté</h1>` + first + `<p>Lire aussi : <a href="/d">Les critiques de la région contre le projet</a></p>` + last + `</article>`,
			[]string{"Buses first."}, []string{"Lire aussi", "Les critiques"}},
		{"table row of a date and a linked title stays",
			`<article><h1>Transport plan approved</h1>` + first + `<table><tr><td>04/30/13</td><td><a href="/e">Council: depot to open in May</a></td></tr></table>` + last + `</article>`,
			[]string{"Council: depot to open in May"}, nil},
		{"text with a colon of its own before a link stays",
			`<article><h1>Transport plan approved</h1>` + first + `<p>Depot at Mill Road 23: <a href="/f">open day for residents on Saturday</a></p>` + last + `</article>`,
			[]string{"open day for residents"}, nil},
		{"link inside a sentence stays",
			`<article><h1>Transport plan approved</h1>` + first + `<p>The full plan is <a href="/plan.pdf">on the council's site</a> for comment.</p>` + last + `</article>`,
			[]string{"on the council's site"}, nil},
		{"linked heading stays",
			`<article><h1>Transport plan approved</h1>` + first + `<div><h3><a href="#rural">Rural routes and school crossings</a></h3></div>` + last + `</article>`,
			[]string{"Rural routes and school crossings"}, nil},
		{"numbered item stays",
			`<article><h1>Transport plan approved</h1>` + first + `<ol><li><a href="#s1">Rural routes and school crossings</a></li></ol>` + last + `</article>`,
			[]string{"Rural routes and school crossings"}, nil},
		{"linked name stays",
			`<article><h1>Transport plan approved</h1>` + first + `<p><a href="/people/jane">Jane Alice Example Smith</a></p>` + last + `</article>`,
			[]string{"Jane Alice Example Smith"}, nil},
	}
	runDetectorCases(t, tests)
}
