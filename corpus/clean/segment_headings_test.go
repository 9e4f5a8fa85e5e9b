package clean_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
)

// headingDoc builds a PDF-like Doc from paragraphs; those starting with
// "#" are marked as headings (Doc.Headings) and written without the mark.
func headingDoc(paras ...string) corpus.Doc {
	var b strings.Builder
	var heads []int
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		if t, ok := strings.CutPrefix(p, "#"); ok {
			heads = append(heads, b.Len())
			p = t
		}
		b.WriteString(p)
	}
	return corpus.Doc{Format: corpus.FormatPDF, Text: b.String(), Headings: heads}
}

// TestSegmentByMarkedHeadings checks that a newsletter whose headlines
// the PDF decoder marked by their type splits into one article per
// headline, and that a release with bold section headings stays whole.
func TestSegmentByMarkedHeadings(t *testing.T) {
	body := func(s string) string {
		return "On 8 March 2023, the Minister met the " + s + " delegation to discuss cooperation on coastal protection, water security and decarbonisation. Both sides agreed to deepen their exchanges in the coming year."
	}
	cases := []struct {
		name string
		doc  corpus.Doc
		want []string
	}{
		{"newsletter", headingDoc(
			"#CLIMATE ACTION IN SG An e-newsletter on sustainable development",
			"#United Nations Water Conference", body("United Nations"), "Read the statement here.",
			"#Meeting with Malaysia’s Deputy Minister for Agriculture", "#and Food Security", body("Malaysian"),
			"#Geo Connect Asia 2023", body("conference"), body("second")),
			[]string{"United Nations Water Conference", "Meeting with Malaysia’s Deputy Minister for Agriculture and Food Security", "Geo Connect Asia 2023"}},
		{"release with bold section headings", headingDoc(
			"#MEDIA RELEASE",
			"#Coastal Protection Research Programme Launched",
			body("national water agency"),
			"#Multi-disciplinary research agenda", body("research"),
			"#Building on coastal protection efforts", body("coastal")),
			[]string{"Coastal Protection Research Programme Launched"}},
	}
	c, err := clean.New(clean.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := c.Clean(t.Context(), tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range arts {
				got = append(got, a.Title)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("titles: got %q, want %q", got, tc.want)
			}
		})
	}
}
