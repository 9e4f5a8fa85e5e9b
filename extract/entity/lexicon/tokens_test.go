package lexicon

import "testing"

// TestJoinBroken checks the reading of words broken at a line end.
func TestJoinBroken(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mül-\nler", "Müller"},
		{"Coop\u00aderation", "Cooperation"},
		{"Asia-\nPacific", "Asia-Pacific"},
		{"Inter-\n  national", "International"},
		{"no break", "no break"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := JoinBroken(tt.in); got != tt.want {
				t.Errorf("JoinBroken(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
