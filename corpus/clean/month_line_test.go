package clean

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// TestMonthLineAboveTitle: a short header line above the headline that
// names a month and its year (a listing's or bulletin's release month)
// moves to the masthead, where the release-date cascade reads it; a
// sentence naming a month, or a line of the body, does not.
func TestMonthLineAboveTitle(t *testing.T) {
	const body = "\n\nEASTGATE, March 5 - The Minister for Regional Affairs today opened the new border crossing, which will cut waiting times for freight by half.\n\nThe crossing was built over two years by the regional roads office and cost less than planned.\n"
	tests := []struct {
		name, top, wantMast string
	}{
		{"month alone under a letterhead", "Department of Regional Affairs\nMarch 2012\n\n", "March 2012"},
		{"listing name and month", "Department of Regional Affairs\nPress Releases, March 2012\n\n", "Press Releases, March 2012"},
		{"bulletin number and month", "OFFICE OF THE GOVERNOR\nBulletin No. 6 - June 2019\n\n", "Bulletin No. 6 - June 2019"},
	}
	c := mustCleaner(t, Config{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.top + "Minister opens new border crossing at Eastgate" + body
			arts := cleanArticles(t, c, corpus.Doc{Format: corpus.FormatText, Text: text})
			if len(arts) != 1 {
				t.Fatalf("got %d articles, want 1", len(arts))
			}
			if got := arts[0].Title; got != "Minister opens new border crossing at Eastgate" {
				t.Errorf("title %q", got)
			}
			if !strings.Contains(arts[0].Masthead, tc.wantMast) {
				t.Errorf("masthead %q, want it to hold %q", arts[0].Masthead, tc.wantMast)
			}
		})
	}
}

// TestIsMonthLine: what counts as a header line naming a release month.
func TestIsMonthLine(t *testing.T) {
	r := newChromeRules()
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"April 2015", true},
		{"Monthly bulletin, Sept. 2021", true},
		{"Issue 12 | December, 2020", true},
		{"The office moved to its new building in March 2012.", false},
		{"Ministers from the six member states will meet again in the capital in May 2026", false},
		{"Department of Regional Affairs", false},
		{"12 March 2012", true}, // a full date names its month too
	} {
		if got := r.isMonthLine(tc.line); got != tc.want {
			t.Errorf("isMonthLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
