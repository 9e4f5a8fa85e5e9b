package corpus

import (
	"strings"
	"testing"
)

func TestTokenBound(t *testing.T) {
	tests := []struct {
		text string
		want int // without the slack of 16
	}{
		{"", 0},
		{"The Minister met officials.", 5},
		{"1. 1. 1. ", 6},
		{"(1) (a) (i) ", 9},
		{"Mül-\nler, café — 3/4", 9},
		{strings.Repeat("word ", 100), 100},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := TokenBound(tt.text); got != tt.want+tokenSlack(tt.want) {
				t.Errorf("TokenBound(%q) = %d, want %d + %d", tt.text, got, tt.want, tokenSlack(tt.want))
			}
		})
	}
}

// TestTokenBoundEveryByte holds TokenBound's byte classes to their
// definition (runs of letters, digits and non-ASCII bytes; every other
// byte that is not white space alone) for each byte between letters and
// spaces.
func TestTokenBoundEveryByte(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		var want int
		switch {
		case b >= 0x80 || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z':
			want = 1 // "a" b "a": one run
		case b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v':
			want = 2 // two runs
		default:
			want = 3 // a run, the byte, a run
		}
		if got := TokenBound("a" + string([]byte{b}) + "a"); got != want+tokenSlack(want) {
			t.Errorf("TokenBound(a %#x a) = %d, want %d + %d", b, got, want, tokenSlack(want))
		}
	}
}
