package html

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
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
		{"a word processor's sheet", "\n/* Style Definitions */\n@font-face\n\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;}\np.MsoTitle\n\t{font-size:28.0pt;\n\tfont-weight:bold;}\n",
			map[string]classType{"p.MsoNormal": {px: 14.67}, "li.MsoNormal": {px: 14.67}, "p.MsoTitle": {bold: true, px: 37.33}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := make(map[string]classType)
			for class, byTag := range parseClassTypes(tt.sheet) {
				for tag, ty := range byTag {
					got[tag+"."+class] = ty
				}
			}
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

// TestReadClassTypes checks that the sheets of the page's head are read,
// inside HTML comment markers too, and that a page without type rules
// gives none.
func TestReadClassTypes(t *testing.T) {
	tests := []struct {
		name, page string
		want       string // a class that must be read, "" for none
	}{
		{"sheet in an HTML comment", `<html><head><style><!-- p.MsoTitle {font-size:26pt} --></style></head><body></body></html>`, "MsoTitle"},
		{"two sheets", `<html><head><style>body{margin:0}</style><style>.kicker{font-weight:bold}</style></head><body></body></html>`, "kicker"},
		{"a type selector only", `<html><head><style>h2{font-size:20px}</style></head><body></body></html>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			got := readClassTypes(root)
			if tt.want == "" {
				if len(got) != 0 {
					t.Errorf("got %v, want none", got)
				}
				return
			}
			if _, ok := got[tt.want]; !ok {
				t.Errorf("got %v, want %s", got, tt.want)
			}
		})
	}
}
