package pdf

import "testing"

// TestPDFHeadingType checks which lines are set in a heading's type, with
// a body in a regular face and with a body set wholly in bold.
func TestPDFHeadingType(t *testing.T) {
	for _, tc := range []struct {
		name     string
		fs       float64
		bold     bool
		body     float64
		bodyBold bool
		want     bool
	}{
		{"larger type over a regular body", 18, false, 11, false, true},
		{"larger type over a bold body", 26, false, 12, true, true},
		{"larger bold type over a bold body", 22, true, 12, true, true},
		{"bold in the body's size over a regular body", 11, true, 11, false, true},
		{"bold in the body's size over a bold body", 12, true, 12, true, false},
		{"slightly larger type", 12, false, 11, false, false},
		{"body type", 10, false, 10, false, false},
	} {
		l := pdfLine{text: "Harbour works begin", fs: tc.fs, bold: tc.bold}
		if got := pdfHeadingType(&l, tc.body, tc.bodyBold); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
