package pdf

import (
	"regexp"
	"testing"
)

// TestPDFItemStartAnchored holds pdfItemStartRE (one ^ before both
// alternatives, so the matcher tries the line's start only) to the form it
// replaced (a ^ in each alternative), on items of each kind and lines that
// hold them further on.
func TestPDFItemStartAnchored(t *testing.T) {
	old := regexp.MustCompile(`^(?:\(?\d{1,3}[.)]|\(?\d{1,3}(?:\.\d{1,3})+\.?|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\)|\[\d{1,3}\]|[•▪◦●○■□➢►\-–*·])(?:\s|$)|^\(\d{1,3}[A-Z]`)
	lines := []string{
		"1. The Minister opened the harbour.", "(2) a clause", "3) item", "4.2.1 Section", "a) first", "(b) second",
		"iv. fourth", "(iii) third", "[12] note", "• bullet", "– dash item", "* star", "· dot", "(12A) amended",
		"The Minister said 1. nothing", "Page 2 of 3", "", "12", "1.", "(1)", "(12", "x", "Dr. Lim", "ii)",
		"In 2024 (1) the", "  1. indented", "1.Dot", "A. Heading", "AB. no", "(ivx) roman", "-", "—em dash",
	}
	for _, l := range lines {
		for _, s := range []string{l, "text " + l, l + " tail"} {
			if got, want := pdfStartsItem(s), old.MatchString(s); got != want {
				t.Errorf("pdfStartsItem(%q) = %v, the two-anchor form says %v", s, got, want)
			}
		}
	}
}
