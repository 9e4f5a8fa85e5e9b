package pdf

import (
	"math"
	"math/rand/v2"
	"testing"
)

// pdfMatrixMulReference is the plain triple loop that pdfMatrix.mul must
// equal to the bit (glyph positions, and so the layout, depend on it).
func pdfMatrixMulReference(x, y pdfMatrix) pdfMatrix {
	var z pdfMatrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				z[i][j] += x[i][k] * y[k][j]
			}
		}
	}
	return z
}

func TestPDFMatrixMulExact(t *testing.T) {
	negZero := math.Copysign(0, -1)
	specials := []float64{0, negZero, 1, -1, 0.5, 1e-300, -1e300, math.Inf(1), math.NaN(), 12.000000000000002}
	rng := rand.New(rand.NewPCG(21, 4))
	pick := func() float64 {
		if rng.IntN(3) == 0 {
			return specials[rng.IntN(len(specials))]
		}
		return (rng.Float64() - 0.5) * math.Pow(10, float64(rng.IntN(8)-3))
	}
	for n := 0; n < 20000; n++ {
		var x, y pdfMatrix
		for i := range 3 {
			for j := range 3 {
				x[i][j], y[i][j] = pick(), pick()
			}
		}
		if n%2 == 0 { // the affine shape the interpreter makes
			x[0][2], x[1][2], x[2][2], y[0][2], y[1][2], y[2][2] = 0, 0, 1, 0, 0, 1
		}
		got, want := x.mul(y), pdfMatrixMulReference(x, y)
		for i := range 3 {
			for j := range 3 {
				if math.Float64bits(got[i][j]) != math.Float64bits(want[i][j]) && !(math.IsNaN(got[i][j]) && math.IsNaN(want[i][j])) {
					t.Fatalf("%v × %v: [%d][%d] = %v, want %v", x, y, i, j, got[i][j], want[i][j])
				}
			}
		}
	}
}

// TestPDFMayBeContentsLine: the prefilter holds for every line the
// contents regexp matches (it only spares the regexp the others).
func TestPDFMayBeContentsLine(t *testing.T) {
	lines := []string{
		"Introduction .......... 3", "Chapter 2 . . . . . 14 ", "Annex……12", "Foreword..…  7\r\n",
		"Overview.....1\t", "Summary .... 1234", "Contents", "The minister said 12 things.",
		"Page 3", "3.", "a.b 1", "……5", "....12345", "Intro .... 12 x", "Intro .... 12\v",
	}
	for _, s := range lines {
		t.Run(s, func(t *testing.T) {
			if pdfDotLeaderRE.MatchString(s) && !pdfMayBeContentsLine(s) {
				t.Errorf("%q matches the contents regexp but not the prefilter", s)
			}
		})
	}
}

func FuzzPDFMayBeContentsLine(f *testing.F) {
	for _, s := range []string{"Introduction .......... 3", "Annex……12", "a . . . . 9 \f", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if pdfDotLeaderRE.MatchString(s) && !pdfMayBeContentsLine(s) {
			t.Errorf("%q matches the contents regexp but not the prefilter", s)
		}
	})
}
