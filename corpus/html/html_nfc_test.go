package html_test

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus/html"
)

// TestHTMLNFC: the text and headline are in Unicode's NFC whichever form
// the page wrote: a decomposed accent is composed, a composition-excluded
// letter (Bengali, Devanagari nukta forms) is decomposed as NFC has it.
func TestHTMLNFC(t *testing.T) {
	d, err := html.New(html.Config{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, page, want string
	}{
		{"decomposed accent", "Re\u0301union du conseil municipal", "R\u00e9union du conseil municipal"},
		{"Bengali precomposed rra", "\u09b8\u09be\u09dc\u09c7 \u09ed\u099f\u09be\u09b0 \u09a6\u09bf\u0995\u09c7", "\u09b8\u09be\u09a1\u09bc\u09c7 \u09ed\u099f\u09be\u09b0 \u09a6\u09bf\u0995\u09c7"},
		{"Devanagari precomposed qa", "\u0958\u093e\u0928\u0942\u0928 \u092a\u093e\u0938 \u0939\u0941\u0906", "\u0915\u093c\u093e\u0928\u0942\u0928 \u092a\u093e\u0938 \u0939\u0941\u0906"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := detectorDoc(t, d, "<html><body><article><h1>"+tc.page+"</h1><p>"+tc.page+" "+strings.Repeat("word ", 40)+"</p></article></body></html>")
			if !strings.Contains(doc.Text, tc.want) {
				t.Errorf("text %q lacks %q", doc.Text, tc.want)
			}
			if doc.Meta.Headline != tc.want {
				t.Errorf("headline %q, want %q", doc.Meta.Headline, tc.want)
			}
		})
	}
}
