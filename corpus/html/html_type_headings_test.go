package html_test

import (
	"strings"
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

// TestHTMLStyledTypeHeadings checks that e-mail newsletters which set
// their headlines by inline style alone (a larger font-size, a bold
// font-weight) list them as type headings, and that a line only bold at
// the body's size under larger headlines (a sub-heading) is left out.
func TestHTMLStyledTypeHeadings(t *testing.T) {
	body := "The office announced new funding for eleven rural clinics, which will cut waiting times for patients across the region."
	cell := func(style, text string) string { return `<tr><td style="` + style + `">` + text + `</td></tr>` }
	table := func(rows ...string) string {
		return `<html><body><table width="600">` + strings.Join(rows, "") + `</table></body></html>`
	}
	for _, tc := range []struct {
		name, page, want string
	}{
		{"larger cells in px", table(
			cell("font-size:22px", "Clinics extend opening hours"), cell("font-size:14px", body),
			cell("font-size:14px;font-weight:bold", "Background"), cell("font-size:14px", body),
			cell("font-size:22px", "New maternity wing approved"), cell("font-size:14px", body)),
			"Clinics extend opening hours\nNew maternity wing approved"},
		{"larger spans in pt inside paragraphs", `<html><body><div id="c">` +
			`<p><span style="font-size: 16pt; color:#036">Rail fares frozen for a year</span></p><p style="font-size:11pt">` + body + `</p>` +
			`<p style="font-size:11pt"><strong>What happens next?</strong></p><p style="font-size:11pt">` + body + `</p>` +
			`<p><span style="font-size: 16pt">Bridge repairs finished early</span></p><p style="font-size:11pt">` + body + `</p></div></body></html>`,
			"Rail fares frozen for a year\nBridge repairs finished early"},
		{"bold by font-weight at the body's size", table(
			cell("font-weight:700", "Grants open for village halls"), cell("", body),
			cell("font-weight: bold", "Flood defences tested"), cell("", body+" It also said <span style=\"font-weight:bold\">more</span> would follow.")),
			"Grants open for village halls\nFlood defences tested"},
	} {
		t.Run(tc.name, func(t *testing.T) { wantProp(t, tc.page, corpus.PropTypeHeadings, tc.want) })
	}
}

// TestHTMLLinkedHeadlines checks that type headings set whole as a link
// (a digest's headlines pointing to their stories) are listed as linked
// headings, in three wordings, and that an unlinked one is not.
func TestHTMLLinkedHeadlines(t *testing.T) {
	body := "The office announced new funding for eleven rural clinics, which will cut waiting times for patients across the region."
	for _, tc := range []struct {
		name, page, want string
	}{
		{"links in large cells", `<html><body><table>` +
			`<tr><td style="font-size:20px"><a href="/a">Clinics extend opening hours</a></td></tr><tr><td style="font-size:14px">` + body + `</td></tr>` +
			`<tr><td style="font-size:20px"><a href="/b">New maternity wing approved</a></td></tr><tr><td style="font-size:14px">` + body + `</td></tr></table></body></html>`,
			"Clinics extend opening hours\nNew maternity wing approved"},
		{"bold links in cells", `<html><body><table>` +
			`<tr><td><a href="/x"><strong>Rail fares frozen for a year</strong></a></td></tr><tr><td>` + body + `</td></tr>` +
			`<tr><td style="font-weight:bold"><a href="/y">Bridge repairs finished early</a></td></tr><tr><td>` + body + `</td></tr>` +
			`<tr><td><strong>Ferry timetable changes</strong></td></tr><tr><td>` + body + `</td></tr></table></body></html>`,
			"Rail fares frozen for a year\nBridge repairs finished early"},
		{"one linked headline is no digest", `<html><body><div id="c">` +
			`<p><a href="/x"><b>Grants open for village halls</b></a></p><p>` + body + `</p>` +
			`<p><b>Flood defences tested</b></p><p>` + body + `</p></div></body></html>`,
			""},
	} {
		t.Run(tc.name, func(t *testing.T) { wantProp(t, tc.page, corpus.PropLinkedHeadings, tc.want) })
	}
}

// wantProp checks that page decodes with Meta.Props[key] == want.
func wantProp(t *testing.T, page, key, want string) {
	t.Helper()
	d := decodetest.NewDecoder(t, decode.Config{})
	doc, err := decodetest.DecodeBytes(t, d, "page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Meta.Props[key]; got != want {
		t.Errorf("%s = %q, want %q\ntext:\n%s", key, got, want, doc.Text)
	}
}
