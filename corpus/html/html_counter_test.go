package html

import (
	"fmt"
	"testing"
)

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
			if got := l.isCounter(tc.text, false); got != tc.want {
				t.Errorf("isCounter(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestHTMLHeadDuration: before the article's first paragraph a bare
// duration, alone or beside a reading-time label, is the reading time;
// elsewhere it is text. A duration beside other words is never a counter.
func TestHTMLHeadDuration(t *testing.T) {
	l := readCounterLabels()
	tests := []struct {
		text       string
		head, want bool
	}{
		{"21 minutes", true, true},
		{"Lesezeit: 4 Minuten", true, true},
		{"3 minuty", true, true},
		{"8 min.", true, true},
		{"21 minutes", false, false},
		{"Lesezeit: 4 Minuten", false, false},
		{"Zubereitungszeit: 25 Minuten", true, false},
		{"25 minutes by bus", true, false},
		{"minutes", true, false},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s/head=%v", tc.text, tc.head), func(t *testing.T) {
			if got := l.isCounter(tc.text, tc.head); got != tc.want {
				t.Errorf("isCounter(%q, %v) = %v, want %v", tc.text, tc.head, got, tc.want)
			}
		})
	}
}
