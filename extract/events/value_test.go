package events

import "testing"

// A quarter or half of a year dates an event by the year; seasons, months
// and days stand as written.
func TestFindPartOfYear(t *testing.T) {
	runFind(t, []findCase{
		{"first half of a year", fixture{
			text:  "The fourth Baltic Grid Council will take place in Tallinn in the first half of 2027.",
			dates: map[string]string{"first half of 2027": "2027-H1"}, cities: map[string]string{"Tallinn": "EE"}},
			[]brief{{ordinal: 4, dates: "2027", place: "Tallinn"}}},
		{"quarter written with Q", fixture{
			text:  "Both sides agreed to convene the 2nd Andes Water Dialogue in Q3 2026.",
			dates: map[string]string{"Q3 2026": "2026-Q3"}},
			[]brief{{ordinal: 2, dates: "2026"}}},
		{"second half, next round of a named series", fixture{
			text:  "The 11th Sahel Health Forum met in Dakar on 4 March 2025. The 12th Sahel Health Forum is planned for the second half of 2026.",
			dates: map[string]string{"4 March 2025": "2025-03-04", "second half of 2026": "2026-H2"}},
			[]brief{{ordinal: 11, dates: "2025-03-04"}, {ordinal: 12, dates: "2026"}}},
		{"a season stays a season", fixture{
			text:  "The fifth Arctic Fisheries Roundtable will be held in spring 2026.",
			dates: map[string]string{"spring 2026": "2026-SP"}},
			[]brief{{ordinal: 5, dates: "2026-SP"}}},
	})
}
