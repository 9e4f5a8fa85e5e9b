package dates

import "github.com/communique/communique/extract"

// Date is one normalized calendar value found in an article, with every
// place it was written.
type Date struct {
	// Text is the first mention as written.
	Text string `json:"text"`
	// Value is the TIMEX3-style value: 2014-03-13, 2014-03, 2014, 2014-FA,
	// 2014-W15, FY2018, or a range start/end (2012-10-18/2012-10-19).
	Value string `json:"value"`
	// Start and End are the ISO dates (YYYY-MM-DD) bounding Value.
	Start string `json:"start"`
	End   string `json:"end"`
	// Role is "published" for the release date, "event" for a date
	// something happens on, empty when unknown.
	Role string `json:"role,omitempty"`
	// Relative marks values resolved against the release date (next week).
	Relative bool `json:"relative,omitempty"`
	// Mentions are the places the text writes it, in order; none for a
	// release date that only the masthead writes (a dateline the cleaner
	// moved out of the text: Text is then the masthead's wording).
	Mentions []extract.Mention `json:"mentions"`
}

// Part is the dates extractor's part of an extract.Result.
type Part struct {
	// Published is the release date value (YYYY-MM-DD or YYYY-MM), empty
	// when the document states none.
	Published string
	Dates     []Date
}
