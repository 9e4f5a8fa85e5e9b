package corpus

import "testing"

func TestPDFHasMultiSegmentRow(t *testing.T) {
	seg := func(x0, y, fs float64) pdfSeg {
		return pdfSeg{x0: x0, x1: x0 + 100, y: y, fs: fs, text: "text", chars: 20}
	}
	for _, tc := range []struct {
		name string
		segs []pdfSeg
		want bool
	}{
		{"two columns on one baseline", []pdfSeg{seg(10, 700, 9), seg(300, 700, 9)}, true},
		{"two columns a little off each other's baseline", []pdfSeg{seg(10, 941.9, 9), seg(300, 945.4, 9)}, true},
		{"two signature blocks set half a point apart", []pdfSeg{seg(60, 200.5, 11), seg(330, 200, 11)}, true},
		{"one column of lines", []pdfSeg{seg(10, 700, 9), seg(10, 688.5, 9), seg(10, 677, 9)}, false},
		{"a heading over a line of small print", []pdfSeg{seg(10, 700, 18), seg(10, 690, 7)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pdfHasMultiSegmentRow(tc.segs); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
