package html

import (
	"testing"

	"golang.org/x/net/html"
)

// TestHTMLIsHidden: hidden by attribute, by inline style in any case and
// spacing, and by a hiding class in any case; visible otherwise.
func TestHTMLIsHidden(t *testing.T) {
	r, err := newHTMLRules()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		attrs [][2]string
		want  bool
	}{
		{[][2]string{{"style", "Display : None"}}, true},
		{[][2]string{{"style", "visibility:hidden;color:red"}}, true},
		{[][2]string{{"style", "display:block; margin:0"}}, false},
		{[][2]string{{"class", "note Visually-Hidden"}}, true},
		{[][2]string{{"class", "sr-only"}}, true},
		{[][2]string{{"class", "hiddenness notice"}}, false},
		{[][2]string{{"aria-hidden", "TRUE"}}, true},
	}
	for _, tc := range tests {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		for _, a := range tc.attrs {
			n.Attr = append(n.Attr, html.Attribute{Key: a[0], Val: a[1]})
		}
		if got := r.isHidden(n); got != tc.want {
			t.Errorf("isHidden(%v) = %v, want %v", tc.attrs, got, tc.want)
		}
	}
}
