package html_test

import "testing"

// TestHTMLIconLabels: an icon with a word or two beside it (a share, pin
// or print button) is dropped wherever it sits; an icon beside a
// telephone number, a heading, a sentence or a linked name (the byline)
// stays.
func TestHTMLIconLabels(t *testing.T) {
	body := chromeCasePara("Buses first.") + chromeCasePara("Crossings next.") + chromeCasePara("Review last.")
	tests := []mainContentCase{
		{"pin button over a picture",
			`<article><h1>Transport plan approved</h1><figure><img src="a.jpg"><span><svg viewBox="0 0 24 24"><path d="M0 0h24"/></svg> Pin it</span></figure>` + body + `</article>`,
			[]string{"Buses first."}, []string{"Pin it"}},
		{"share link of another language under the headline",
			`<article><h1>Transport plan approved</h1><div class="tools"><a href="#"><svg><title>icon</title></svg>Teilen</a></div>` + body + `</article>`,
			[]string{"Crossings next."}, []string{"Teilen", "icon"}},
		{"print label after the text",
			`<article><h1>Transport plan approved</h1>` + body + `<div><svg></svg><span>imprimer la page</span></div></article>`,
			[]string{"Review last."}, []string{"imprimer"}},
		{"telephone beside an icon stays",
			`<article><h1>Transport plan approved</h1>` + body + `<p><svg></svg> +41 31 555 01 99</p></article>`,
			[]string{"+41 31 555 01 99"}, nil},
		{"heading with an icon stays",
			`<article><h1>Transport plan approved</h1>` + body + `<h3><svg></svg> Timetable</h3>` + chromeCasePara("Trains follow.") + `</article>`,
			[]string{"Timetable", "Trains follow."}, nil},
		{"linked name beside a person icon stays",
			`<article><h1>Transport plan approved</h1><div><a href="/authors/maria-lopez"><svg></svg>Maria Lopez</a></div>` + body + `</article>`,
			[]string{"Maria Lopez", "Buses first."}, nil},
		{"a sentence beside an icon stays",
			`<article><h1>Transport plan approved</h1>` + body + `<div><svg></svg> Works start.</div></article>`,
			[]string{"Works start."}, nil},
	}
	runDetectorCases(t, tests)
}
