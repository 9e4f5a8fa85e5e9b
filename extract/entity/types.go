package entity

import "github.com/communique/communique/extract"

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
	Country  string            `json:"country,omitempty"`
	Mentions []extract.Mention `json:"mentions"`
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
	Parent   string            `json:"parent,omitempty"`
	Mentions []extract.Mention `json:"mentions"`
}

// Place is a city or country mentioned in an article.
type Place struct {
	Name string `json:"name"`
	// Kind is "city", "country" or "region".
	Kind     string            `json:"kind,omitempty"`
	Country  string            `json:"country,omitempty"`
	Mentions []extract.Mention `json:"mentions"`
}

// Part is the entity extractor's part of an extract.Result.
type Part struct {
	People   []Person
	Agencies []Agency
	Places   []Place
}
