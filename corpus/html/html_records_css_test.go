package html

import (
	"testing"
)

// TestParseClassTypes checks that the rules of simple class selectors
// give their type, and that other selectors, at-rule blocks and comments
// do not.
func TestParseClassTypes(t *testing.T) {
	tests := []struct {
		name  string
		sheet string
		want  map[string]classType
	}{
		{"class on its own, size and weight", `.headline { font-size: 20px; font-weight: bold; color: #036 }`,
			map[string]classType{".headline": {bold: true, px: 20}}},
		{"class on a tag, in points, with a list of selectors", `td.story-title, .kicker{font-size:15pt} p{margin:0}`,
			map[string]classType{"td.story-title": {px: 20}, ".kicker": {px: 20}}},
		{"the font shorthand and a numeric weight", `.hl{font:700 1.25rem/1.4 Georgia,serif}`,
			map[string]classType{".hl": {bold: true, px: 20}}},
		{"media blocks, comments and complex selectors left out", `/* .x{font-weight:bold} */ @media only screen and (max-width:480px){ .h{font-size:30px !important} } .card .h{font-weight:bold} a.btn:hover{font-weight:bold} .h{font-weight:600}`,
			map[string]classType{".h": {bold: true}}},
		{"no type at all", `.wrapper{width:100%} .footer a{color:#999}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseClassTypes(tt.sheet)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, w := range tt.want {
				if g, ok := got[k]; !ok || g.bold != w.bold || g.px < w.px-0.01 || g.px > w.px+0.01 {
					t.Errorf("%s: got %+v, want %+v", k, g, w)
				}
			}
		})
	}
}
