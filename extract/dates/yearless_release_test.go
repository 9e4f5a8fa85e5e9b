package dates

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// TestYearlessDatelineRelease: an article's own year-less dateline
// ("EASTGATE, March 5 –") dates it: its year comes from the release
// month the document states (a listing's or bulletin's month in the
// masthead or above the title), which it refines to the day. A dateline
// of another month leaves the month; with no year anywhere there is no
// release date.
func TestYearlessDatelineRelease(t *testing.T) {
	const body = "The Minister said the work would continue next year with support from the regional council and local firms."
	tests := []struct {
		name, masthead, text, want string
	}{
		{"place, month day and a hyphen under a listing month", "Department of Regional Affairs\nPress Releases, March 2012",
			"Minister opens border crossing\n\nEASTGATE, March 5 - The Minister today opened the new border crossing. " + body, "2012-03-05"},
		{"place and an em dash under an issue month", "NEWS FROM THE MINISTRY OF FISHERIES\nApril 2015",
			"Council agrees quota rules\n\nPort Lewis, April 14 — The Fisheries Council agreed on Tuesday to new quota rules. " + body, "2015-04-14"},
		{"bare day and two hyphens under a bulletin number", "Office of the Governor\nBulletin No. 6, June 2019",
			"Governor signs relief package\n\nJune 21 -- The Governor signed a flood relief package on Friday. " + body, "2019-06-21"},
		{"month in the text refined by the dateline", "",
			"Monthly update: March 2012\n\nMinister opens border crossing\n\nEASTGATE, March 5 - The Minister today opened the new border crossing. " + body, "2012-03-05"},
		{"dateline of another month keeps the month", "",
			"Monthly update: March 2012\n\nMinister opens border crossing\n\nEASTGATE, April 5 - The Minister today opened the new border crossing. " + body, "2012-03"},
		{"a day alone under the title is what the title names", "Friends of the Park\nNewsletter, November 2016",
			"Next meeting: annual general meeting\n\nSunday 20th November\n\nTime: 8.30 am to noon. Bring a hat and gloves. " + body, "2016-11"},
		{"no year anywhere", "Department of Regional Affairs",
			"Minister opens border crossing\n\nEASTGATE, March 5 - The Minister today opened the new border crossing. " + body, ""},
	}
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &corpus.Article{Title: tc.text[:strings.IndexByte(tc.text, '\n')], Text: tc.text, Masthead: tc.masthead}
			if _, pub := f.Find(a); pub != tc.want {
				t.Errorf("published got %q, want %q", pub, tc.want)
			}
		})
	}
}
