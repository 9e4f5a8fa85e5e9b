package dates

import "testing"

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
