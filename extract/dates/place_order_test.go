package dates

import (
	"slices"
	"testing"

	"github.com/communique/communique/corpus"
)

// TestPlaceOrder: an ambiguous numeric dateline in an English text takes
// the order of the country its place is in (the cities and countries of
// the entity gazetteer); a place of a country of neither convention, or
// one the gazetteer does not know, settles nothing, and the date is left
// out rather than guessed; other evidence (an unambiguous numeric date,
// the text's language) comes first.
func TestPlaceOrder(t *testing.T) {
	const body = "The Commission proposed new rules on batteries and the ministers will discuss them later in the year with the experts they have named."
	checkPublished(t, []titledPubCase{
		{"a belgian city writes the day first", "New rules", "New rules\n\nBRUSSELS, 12/06/2024 - " + body, "2024-06-12"},
		{"a us city writes the month first", "New rules", "New rules\n\nWASHINGTON, 12/06/2024 - " + body, "2024-12-06"},
		{"a city with its district", "New rules", "New rules\n\nWashington, D.C., 03/04/2014 — " + body, "2014-03-04"},
		{"a philippine city", "New rules", "New rules\n\nManila, 03/04/2021 - " + body, "2021-03-04"},
		{"a french city in an english text", "New rules", "New rules\n\nParis, 03/04/2021 - " + body, "2021-04-03"},
		{"a country of both conventions settles nothing", "New rules", "New rules\n\nOttawa, 03/04/2021 - " + body, ""},
		{"an unknown place settles nothing", "New rules", "New rules\n\nSpringfield, 03/04/2021 - " + body, ""},
		{"an unambiguous numeric date comes first", "New rules", "New rules\n\nWASHINGTON, 03/04/2021 - " + body + " The consultation closes on 25/05/2021.", "2021-04-03"},
	})
}

// TestSettleByRelease: ambiguous numeric dates that no convention of the
// document settles take the order in which one of them reads as the
// release date found in the masthead; a release date that fits neither
// reading leaves them out.
func TestSettleByRelease(t *testing.T) {
	tests := []struct{ name, text, masthead, want string }{
		{"month first", "05/01/13\tGrants awarded to first responders", "2013-05-01", "2013-05-01"},
		{"day first", "Grants awarded\n\n03/04/2021 - The grants were awarded; the next round opens on 02/05/2021.", "3 April 2021", "2021-05-02"},
		{"the same order for the other dates", "Talks\n\n06/07/2020 - The ministers met; they meet again on 08/09/2020.", "June 7, 2020", "2020-08-09"},
		{"no fitting reading", "Talks\n\n06/07/2020 - The ministers met.", "1 March 2020", ""},
	}
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dates, _ := f.Find(&corpus.Article{Title: "Talks", Text: tc.text, Masthead: tc.masthead})
			got := dateValues(dates)
			if tc.want == "" {
				for _, v := range got {
					if v != "2020-03-01" {
						t.Errorf("dates %v, want none read from the ambiguous ones", got)
					}
				}
				return
			}
			if !slices.Contains(got, tc.want) {
				t.Errorf("dates %v, want %s among them", got, tc.want)
			}
		})
	}
}
