package events

// Span is a byte range [Start, End) of Input.Text.
type Span struct {
	Start int
	End   int
}

// Date is a normalized calendar value found in the text (as extracted by
// the date finder) with the places it is written.
type Date struct {
	// Value is the TIMEX3-style value: 2014-03-13, 2014-03, 2014-FA, or a
	// range 2012-10-18/2012-10-19.
	Value string
	// Start and End are the ISO days bounding Value.
	Start, End string
	// Relative marks values resolved against the release date ("next
	// week"); they date no event by themselves.
	Relative bool
	Spans    []Span
}

// Person is a named person of the article.
type Person struct {
	ID    string
	Name  string
	Spans []Span
}

// Agency is a named body of the article.
type Agency struct {
	ID      string
	Name    string
	Country string
	Spans   []Span
}

// Place is a city or country named in the article.
type Place struct {
	Name string
	// Kind is "city", "country" or "region".
	Kind    string
	Country string
	Spans   []Span
}

// Input is one article: its text and the entities found in it. Spans are
// byte offsets into Text.
type Input struct {
	Text string
	// Published is the release date's value (a Dates value), empty when
	// unknown. The meeting a release opens with, when it states no date of
	// its own, took place on it.
	Published string
	// Title is the article's headline ("" when unknown): it names the
	// meeting a release is about when its text says only who met.
	Title    string
	Dates    []Date
	People   []Person
	Agencies []Agency
	Places   []Place
}

// Mention is one place an event is named: Start and End are byte offsets
// into Input.Text (the record builder turns them into character offsets).
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Event is one dated occurrence of a meeting.
type Event struct {
	// Name is the fullest form of the event's name in the article.
	Name string `json:"name"`
	// Series is the recurring dialogue or body the event is an occurrence
	// of, as written; empty when none is named.
	Series string `json:"series,omitempty"`
	// SeriesKey is Series normalized (SeriesKey) so that one series gets
	// one key across releases and spellings.
	SeriesKey string `json:"series_key,omitempty"`
	// Ordinal is the round number ("Fourth", "10th"), 0 when not stated.
	Ordinal int `json:"ordinal,omitempty"`
	// Dates is the normalized date value, as Date.Value.
	Dates string `json:"dates"`
	// Start and End are the ISO days bounding Dates.
	Start string `json:"start"`
	End   string `json:"end"`
	// Place is the venue's city as written, else the venue or country;
	// Country is its ISO 3166-1 alpha-2 code. Empty when not stated.
	Place   string `json:"place,omitempty"`
	Country string `json:"country,omitempty"`
	// Chairs are the IDs of the people who chaired, co-chaired, hosted or
	// led a delegation at the event.
	Chairs []string `json:"chairs"`
	// Hosts and Participants are agency IDs and country codes.
	Hosts        []string  `json:"hosts"`
	Participants []string  `json:"participants"`
	Mentions     []Mention `json:"mentions"`
}

// Part is the events extractor's part of an extract.Result.
type Part struct {
	Events []Event
}
