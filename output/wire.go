package output

// The record's list fields, as they go over the wire (JSON, and the
// databases' child tables). Package output owns these types: extractors
// keep their own result types, and mapping.go turns those into these, in
// one place. Field names, order and JSON tags are the record schema
// (schema/record.v1.json); changing one changes every record.
//
// All spans (Mention.Start/End, AgendaItem.Start/End) are character
// (Unicode code point) offsets into Record.Text.

// Mention is one occurrence of a fact in the record's text.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Date is one normalized calendar value, with every place it was written.
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
	Relative bool      `json:"relative,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Person is a named individual.
type Person struct {
	// ID is stable within a record (p1, p2, ...).
	ID string `json:"id"`
	// Name is the fullest form of the name, without honorifics or titles.
	Name string `json:"name"`
	// Title is the role as stated.
	Title string `json:"title,omitempty"`
	// Affiliation is the ID of an Agency in the same record, when known.
	Affiliation string `json:"affiliation,omitempty"`
	// Country is an ISO 3166-1 alpha-2 code (or EU), when stated or implied.
	Country  string    `json:"country,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Agency is a named organization, one per body however it was written.
type Agency struct {
	// ID is stable within a record (a1, a2, ...).
	ID string `json:"id"`
	// Name is the canonical name.
	Name    string   `json:"name"`
	Acronym string   `json:"acronym,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	Country string   `json:"country,omitempty"`
	// Kind is government, intergovernmental, industry, academic, media or
	// other.
	Kind string `json:"kind,omitempty"`
	// Parent is the ID of the parent agency in the same record, when stated.
	Parent   string    `json:"parent,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Place is a city, region or country.
type Place struct {
	Name string `json:"name"`
	// Kind is "city", "country" or "region".
	Kind     string    `json:"kind,omitempty"`
	Country  string    `json:"country,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// AgendaItem is a numbered item that starts a line or paragraph.
type AgendaItem struct {
	// Label is as printed: "1.", "(1)", "(6", "ii", "A.".
	Label string `json:"label"`
	// Title is the heading text, or for a paragraph item its first sentence.
	Title string `json:"title"`
	// Text is the item's body up to the next item.
	Text string `json:"text"`
	// Level is the depth in the outline, 1 for top level.
	Level int `json:"level"`
	// Parent is the index of the parent item in the same list, or nil.
	Parent *int `json:"parent"`
	// Inline marks an enumeration inside a sentence, outside the outline.
	Inline bool `json:"inline,omitempty"`
	// Start and End are offsets of the whole item (label through body).
	Start int `json:"start"`
	End   int `json:"end"`
}

// Event is one dated occurrence of a meeting.
type Event struct {
	// Name is the fullest form of the event's name.
	Name string `json:"name"`
	// Series is the recurring dialogue or body the event is an occurrence
	// of, as written; empty when none is named.
	Series string `json:"series,omitempty"`
	// SeriesKey is Series normalized, one key per series across releases
	// and spellings.
	SeriesKey string `json:"series_key,omitempty"`
	// Ordinal is the round number, 0 when not stated.
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
	// Chairs are the IDs of the people (Person.ID) who chaired, co-chaired,
	// hosted or led a delegation at the event.
	Chairs []string `json:"chairs"`
	// Hosts and Participants are agency IDs (Agency.ID) and country codes.
	Hosts        []string  `json:"hosts"`
	Participants []string  `json:"participants"`
	Mentions     []Mention `json:"mentions"`
}
