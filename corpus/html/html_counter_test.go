package html

import "testing"

// TestHTMLCounter: reading times, comment counts and comment prompts in
// several languages are counters; dates, numbers of people, years and
// sentences about comments are not.
func TestHTMLCounter(t *testing.T) {
	l := readCounterLabels()
	tests := []struct {
		text string
		want bool
	}{
		{"5 min read", true},
		{"21 minutes read - 4312 words", true},
		{"4 Min. Lesezeit", true},
		{"Lesezeit: 4", true},
		{"71 Kommentare", true},
		{"Comments (12)", true},
		{"3 commentaires", true},
		{"Post a Comment", true},
		{"Comments are closed.", true},
		{"Kommentar schreiben", true},
		{"12 March 2024", false},
		{"5 ministers", false},
		{"2024", false},
		{"Comments from the minister", false},
		{"Comments", false},
		{"The minister read 5 comments aloud.", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := l.isCounter(tc.text); got != tc.want {
				t.Errorf("isCounter(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
