package html_test

import (
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
)

// TestHTMLTypeHeadings checks that the lines a page sets whole in bold are
// listed as type headings, whatever the markup (a bold paragraph, a bold
// run before a line break, a bold cell), and that a line only partly
// bold is not.
func TestHTMLTypeHeadings(t *testing.T) {
	body := "The office announced new funding for eleven rural clinics, which will cut waiting times for patients across the region."
	pages := map[string]string{
		"bold paragraphs":              `<html><body><div id="content"><p><strong>Clinics extend opening hours</strong></p><p>` + body + `</p><p><strong>New maternity wing approved</strong></p><p>` + body + ` It also said <b>more</b> would follow.</p></div></body></html>`,
		"bold run before a line break": `<html><body><div id="content"><p><b>Clinics extend opening hours</b><br>` + body + `</p><p><b>New maternity wing approved</b><br>` + body + ` It also said <b>more</b> would follow.</p></div></body></html>`,
		"bold table cells":             `<html><body><table><tr><td><b>Clinics extend opening hours</b></td></tr><tr><td>` + body + `</td></tr><tr><td><strong><em>New maternity wing approved</em></strong></td></tr><tr><td>` + body + ` It also said <b>more</b> would follow.</td></tr></table></body></html>`,
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			doc, err := decodetest.DecodeBytes(t, d, "page.html", []byte(page))
			if err != nil {
				t.Fatal(err)
			}
			got := doc.Meta.Props[corpus.PropTypeHeadings]
			if want := "Clinics extend opening hours\nNew maternity wing approved"; got != want {
				t.Errorf("type headings %q, want %q\ntext:\n%s", got, want, doc.Text)
			}
		})
	}
}
