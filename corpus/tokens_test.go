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
			if got := TokenBound(tt.text) - 16; got != tt.want {
				t.Errorf("TokenBound(%q) = %d + 16, want %d + 16", tt.text, got, tt.want)
			}
		})
	}
}
