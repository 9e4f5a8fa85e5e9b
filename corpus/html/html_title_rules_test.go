package html

import "testing"

// TestHTMLTitleAgrees: a heading agrees with the page's title when equal
// to it or to one of its parts, or when one begins with the other (a
// subtitle run in, a title cut short); a site name, a section heading or
// another article's headline does not.
func TestHTMLTitleAgrees(t *testing.T) {
	tests := []struct {
		name, heading, title string
		want                 bool
	}{
		{"equal, other dash and quotes", `Council backs "green" bus plan – vote on Friday`, "Council backs “green” bus plan - vote on Friday", true},
		{"first part of a piped title", "Harbour bridge to close for repairs", "Harbour bridge to close for repairs | City News | Example Gazette", true},
		{"last part, site name first", "New library opens in the old post office", "Example Herald - New library opens in the old post office", true},
		{"heading with its subtitle run in", "Ministry delays the school reform A year more for the pilot schools", "Ministry delays the school reform - Daily Example", true},
		{"title cut short by the site", "Farmers protest against the new water tariffs in the north", "Farmers protest against the new water tariffs in the…", true},
		{"site name only", "Example Gazette", "Harbour bridge to close for repairs | Example Gazette", false},
		{"one-word section heading", "News", "News | Example Gazette", false},
		{"another article's headline", "Mayor opens the winter market", "Harbour bridge to close for repairs | Example Gazette", false},
		{"a short prefix of a long part", "Harbour bridge", "Harbour bridge to close for repairs during the whole summer | Example", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := htmlTitleAgrees(tc.heading, tc.title); got != tc.want {
				t.Errorf("htmlTitleAgrees(%q, %q) = %v, want %v", tc.heading, tc.title, got, tc.want)
			}
		})
	}
}
