package suggest

import "testing"

func TestNearest(t *testing.T) {
	keys := []string{"max_depth", "max_pages", "path_prefixes", "hosts", "include", "exclude", "workers", "max-bytes"}
	tests := []struct{ in, want string }{
		{"max_deph", "max_depth"},
		{"path_prefix", "path_prefixes"},
		{"worker", "workers"},
		{"wrokers", "workers"},
		{"max-byte", "max-bytes"},
		{"includ", "include"},
		{"colour", ""},
		{"x", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := Nearest(tc.in, keys); got != tc.want {
				t.Errorf("Nearest(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"flaw", "lawn", 2}, {"same", "same", 0}} {
		if got := Distance(tc.a, tc.b); got != tc.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
