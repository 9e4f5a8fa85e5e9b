package html

import "testing"

// TestIsClosingLine checks the lines that close a release and some that
// only repeat after sections.
func TestIsClosingLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"ends", true},
		{"- ends -", true},
		{"###", true},
		{"-30-", true},
		{"media contact: press office, 021 555 0100", true},
		{"for more information please contact the communications team", true},
		{"issued by the office of the minister", true},
		{"source: national statistics office", false},
		{"back to top", false},
		{"see also annex 2.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := isClosingLine(tt.line); got != tt.want {
				t.Errorf("isClosingLine(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}
