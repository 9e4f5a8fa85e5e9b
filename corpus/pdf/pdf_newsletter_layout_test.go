package pdf

import (
	"slices"
	"testing"
)

func TestPDFDateLine(t *testing.T) {
	for _, tc := range []struct {
		prev, cur string
		want      bool
	}{
		{"Foreign Office — Near East Department", "December 2015", true},
		{"Quarterly bulletin of the water board", "4 May 2021", true},
		{"Statement by the Minister of Health", "Sept. 12, 2019", true},
		{"Trade and Industry Newsletter", "2024-03-01", true},
		{"The review was first published in", "December 2015", false}, // a sentence wrapped before its date
		{"Talks resumed on Monday, 3 June,", "May 2021", false},
		{"The port handled record volumes in", "2023", false},
		{"Foreign Office — Near East Department", "December 2015 saw the talks resume", false},
	} {
		t.Run(tc.prev+"/"+tc.cur, func(t *testing.T) {
			if got := pdfDateLine(tc.prev, tc.cur); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPDFHeadlineLevel(t *testing.T) {
	head := func(fs float64, larger bool, para int) pdfHeadType {
		return pdfHeadType{fs: fs, larger: larger, para: para}
	}
	for _, tc := range []struct {
		name  string
		types []pdfHeadType
		want  []int // the indexes kept
	}{
		{"four 15-point headlines and a bold sub-heading: the sub-heading is dropped",
			[]pdfHeadType{head(26, true, 0), head(15, true, 3), head(15, true, 9), head(10, false, 14), head(15, true, 20), head(15, true, 30)},
			[]int{0, 1, 2, 4, 5}},
		{"three 18-point headlines, two 12-point section heads",
			[]pdfHeadType{head(18, true, 1), head(12, true, 4), head(18, true, 10), head(12, true, 12), head(18, true, 20)},
			[]int{0, 2, 4}},
		{"stories headed in bold body type, one feature headline larger: all kept",
			[]pdfHeadType{head(28, true, 0), head(9, false, 2), head(9, false, 6), head(16, true, 9), head(9, false, 12), head(16, true, 14), head(9, false, 18)},
			[]int{0, 1, 2, 3, 4, 5, 6}},
		{"one larger headline wrapped over adjacent paragraphs counts once: all kept",
			[]pdfHeadType{head(16, true, 0), head(16, true, 1), head(10, false, 5)},
			[]int{0, 1, 2}},
		{"masthead only: all kept",
			[]pdfHeadType{head(24, true, 0), head(10, false, 3), head(10, false, 8)},
			[]int{0, 1, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			offs := make([]int, len(tc.types))
			for i := range offs {
				offs[i] = i
			}
			if got := pdfHeadlineLevel(offs, tc.types); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
