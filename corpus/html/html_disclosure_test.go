package html_test

import "testing"

// TestHTMLDisclosures: an advertising or affiliate notice before the
// article's first paragraph is dropped, in three wordings and languages;
// the headline and byline in the same header stay, and so does a
// paragraph of the article that speaks of advertising.
func TestHTMLDisclosures(t *testing.T) {
	body := chromeCasePara("Buses first.") + chromeCasePara("Crossings next.") + chromeCasePara("Review last.")
	tests := []mainContentCase{
		{"affiliate notice under the headline",
			`<article><h1>Ten picnic baskets tested</h1><p class="meta">By Jane Example</p><p><em>This post contains affiliate links: we may earn a commission on purchases.</em></p>` + body + `</article>`,
			[]string{"By Jane Example", "Buses first."}, []string{"affiliate links"}},
		{"German advertising notice",
			`<article><h1>Unsere liebsten Picknickkörbe</h1><div>*Unbezahlte Werbung wegen Markennennung.</div>` + body + `</article>`,
			[]string{"Unsere liebsten Picknickkörbe", "Crossings next."}, []string{"Werbung"}},
		{"Spanish sponsored notice",
			`<article><h1>Las mejores cestas de picnic</h1><span class="kicker"><p>Contenido patrocinado por una marca</p></span>` + body + `</article>`,
			[]string{"Las mejores cestas de picnic", "Review last."}, []string{"patrocinado"}},
		{"header block with the byline stays",
			`<article><div class="head"><h1>Ten picnic baskets tested</h1><div>By Jane Example, 12 March 2024 · affiliate links marked</div></div>` + body + `</article>`,
			[]string{"By Jane Example, 12 March 2024"}, nil},
		{"a paragraph about advertising stays",
			`<article><h1>Rules for influencers tightened</h1>` + body + `<p>From June, every post that contains affiliate links must say so in its first line.</p></article>`,
			[]string{"contains affiliate links"}, nil},
	}
	runDetectorCases(t, tests)
}
