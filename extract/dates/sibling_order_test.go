package dates

import (
	"testing"

	"github.com/communique/communique/corpus"
)

// TestSiblingOrder: an article of a listing or a newsletter that prints
// only an ambiguous numeric date is read in the order its whole document
// writes numeric dates (corpus.PropDayOrder); without that order the
// date stays unread, never guessed.
func TestSiblingOrder(t *testing.T) {
	f := newTestFinder(t)
	tests := []struct {
		name, masthead, text, order, want string
	}{
		{"listing item, month first", "04/11/2019", "Senator opens field office\n\nThe office will serve the county.", "month-first", "2019-04-11"},
		{"listing item, day first", "04/11/2019", "Minister opens field office\n\nThe office will serve the district.", "day-first", "2019-11-04"},
		{"two-digit year, dashes", "3-04-19", "Board approves grants\n\nThe board approved four grants.", "month-first", "2019-03-04"},
		{"newsletter article with its own dateline", "", "Council meets on water\n\nCAPITAL CITY, 05/06/2021 - The council met today.", "day-first", "2021-06-05"},
		{"no order: left unread", "04/11/2019", "Agency opens field office\n\nThe office will serve the region.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &corpus.Article{Text: tt.text, Masthead: tt.masthead}
			if tt.order != "" {
				a.Meta.Props = map[string]string{corpus.PropDayOrder: tt.order}
			}
			if _, got := f.Find(a); got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
}
