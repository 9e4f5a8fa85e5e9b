package extract

import "github.com/communique/communique/extract/events"

// Mention is one occurrence of an entity in an article's text. Start and End
// are byte offsets into corpus.Article.Text while extracting; the record
// builder in package output turns them into character (code point) offsets
// into the record's text.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

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
	Relative bool      `json:"relative,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Person is a named individual.
type Person struct {
	// ID is stable within a record (p1, p2, ...).
	ID string `json:"id"`
	// Name is the fullest form of the name in the article, without
	// honorifics or titles.
	Name string `json:"name"`
	// Title is the role as stated ("Director General of the Global ICT Strategy Bureau").
	Title string `json:"title,omitempty"`
	// Affiliation is the ID of an Agency in the same record, when known.
	Affiliation string `json:"affiliation,omitempty"`
	// Country is an ISO 3166-1 alpha-2 code (or EU), when stated or implied.
	Country  string    `json:"country,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Agency kinds.
const (
	KindGovernment        = "government"
	KindIntergovernmental = "intergovernmental"
	KindIndustry          = "industry"
	KindAcademic          = "academic"
	KindMedia             = "media"
	KindOther             = "other"
)

// Agency is a named organization, one per body however it was written.
type Agency struct {
	// ID is stable within a record (a1, a2, ...).
	ID string `json:"id"`
	// Name is the canonical name.
	Name    string   `json:"name"`
	Acronym string   `json:"acronym,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	Country string   `json:"country,omitempty"`
	Kind    string   `json:"kind,omitempty"`
	// Parent is the ID of the parent agency in the same record, when stated.
	Parent   string    `json:"parent,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Place is a city or country mentioned in an article.
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
	// Parent is the index of the parent item in the same slice, or nil.
	Parent *int `json:"parent"`
	// Inline marks an enumeration inside a sentence; it is not part of the outline.
	Inline bool `json:"inline,omitempty"`
	// Start and End are offsets of the whole item (label through body).
	Start int `json:"start"`
	End   int `json:"end"`
}

// Result is everything extracted from one article.
type Result struct {
	// Published is the release date value (YYYY-MM-DD or YYYY-MM), empty
	// when the document states none.
	Published string
	Language  string
	Dates     []Date
	People    []Person
	Agencies  []Agency
	Places    []Place
	Agenda    []AgendaItem
	// Events are the dated meetings the article names (package events).
	Events []events.Event
}
