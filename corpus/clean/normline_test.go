package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// normLineBytewise is normLine as it was written before it copied runs:
// a byte at a time (the reference TestNormLineSame holds it to).
func normLineBytewise(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return normLineSlow(s)
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = b.Len() > 0
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	return strings.Trim(b.String(), normTrim)
}

func TestNormLineSame(t *testing.T) {
	lines := []string{
		"", " ", "The Minister Opened the HARBOUR.", "  Lead  and trail\t\tspaces  ", "-- Menu --", "Café de Paris",
		"UPPER", "a", "A", "x\vy\fz", "• Item one •", "Share on  Facebook | Twitter", "Line ending in é", "é first",
	}
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "Z", "M", " ", "  ", "\t", "\n", ".", "-", "•", "é", "7", ":", "_", "#"}
	for range 3000 {
		var sb strings.Builder
		for range r.IntN(24) {
			sb.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		lines = append(lines, sb.String())
	}
	for _, l := range lines {
		if got, want := normLine(l), normLineBytewise(l); got != want {
			t.Errorf("normLine(%q) = %q, want %q", l, got, want)
		}
	}
}
