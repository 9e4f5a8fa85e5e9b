package score

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// GoldSuffix ends the name of every gold file in a gold folder.
const GoldSuffix = ".gold.json"

// ErrNoGold is returned by LoadGold for a folder without gold files.
var ErrNoGold = errors.New("no *" + GoldSuffix + " files")

// Gold is one gold file: the annotations of every article of one source
// document. The format is documented in docs/evaluation.md.
type Gold struct {
	// File is the gold file's name within its folder.
	File string `json:"-"`
	// Source is the base name of the annotated document; records are
	// matched to it by the base name of their source path or URI.
	Source  string       `json:"source"`
	Records []GoldRecord `json:"records"`
	// Notes is free text for people (provenance, annotation choices); the
	// scorer ignores it.
	Notes string `json:"notes,omitempty"`
}

// GoldRecord is the annotation of one article.
type GoldRecord struct {
	Title string `json:"title"`
	// Published is the release date (YYYY-MM-DD or YYYY-MM) or null.
	Published        any              `json:"published"`
	Dates            []string         `json:"dates"`
	DatesOptional    []string         `json:"dates_optional"`
	People           []GoldPerson     `json:"people"`
	PeopleOptional   []string         `json:"people_optional"`
	Agencies         []GoldAgency     `json:"agencies"`
	AgenciesOptional []string         `json:"agencies_optional"`
	Agenda           []GoldAgendaItem `json:"agenda"`
	AgendaOptional   []GoldAgendaItem `json:"agenda_optional"`
	Events           []GoldEvent      `json:"events"`
	EventsOptional   []string         `json:"events_optional"`
	// HasEvents reports whether the article annotates events (an "events"
	// list, even an empty one): only such articles are scored on events,
	// and a gold set is scored on events only when one of its articles is.
	HasEvents bool `json:"-"`
}

// GoldEvent is a dated occurrence of a meeting, dialogue round, summit or
// the like. Name is required; Dates is its normalized date value (nil when
// not stated); Ordinal is an integer or nil; Chairs are person names.
// Country is not scored.
type GoldEvent struct {
	Name    string   `json:"name"`
	Series  string   `json:"series"`
	Ordinal any      `json:"ordinal"`
	Dates   *string  `json:"dates"`
	Place   string   `json:"place"`
	Country string   `json:"country,omitempty"`
	Chairs  []string `json:"chairs"`
}

// GoldPerson is a named person; Title and Country are not scored.
type GoldPerson struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Title   string   `json:"title,omitempty"`
	Country string   `json:"country,omitempty"`
}

// GoldAgency is a named organization; a record's agency is a hit when its
// name or acronym equals the name, the acronym or one of the aliases.
type GoldAgency struct {
	Name    string   `json:"name"`
	Acronym string   `json:"acronym,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	Country string   `json:"country,omitempty"`
}

// GoldAgendaItem is a numbered item. Label and Parent are as printed
// ("(1)", "ii"); Parent is the label of the parent item or null.
type GoldAgendaItem struct {
	Label  any    `json:"label"`
	Title  string `json:"title"`
	Parent any    `json:"parent"`
}

// LoadGold reads every *.gold.json file of dir, in name order.
func LoadGold(dir string) ([]Gold, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read gold folder: %w", err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), GoldSuffix) && !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("gold folder %s: %w", dir, ErrNoGold)
	}
	sort.Strings(names)
	golds := make([]Gold, 0, len(names))
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("read gold: %w", err)
		}
		g, err := ParseGold(data)
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", filepath.Join(dir, name), err)
		}
		g.File = name
		golds = append(golds, g)
	}
	return golds, nil
}

// ParseGold decodes and checks one gold file.
func ParseGold(data []byte) (Gold, error) {
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return Gold{}, fmt.Errorf("decode: %w", err)
	}
	if dec.More() {
		return Gold{}, errors.New("decode: data after the gold object")
	}
	if err := g.markEvents(data); err != nil {
		return Gold{}, err
	}
	return g, g.check()
}

// markEvents sets HasEvents on the articles whose object has an "events"
// key; a null there is an error (the reference cannot iterate it).
func (g *Gold) markEvents(data []byte) error {
	var raw struct {
		Records []map[string]json.RawMessage `json:"records"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	for i, r := range raw.Records {
		ev, ok := r["events"]
		if !ok || i >= len(g.Records) {
			continue
		}
		if string(bytes.TrimSpace(ev)) == "null" {
			return fmt.Errorf(`records[%d]: "events" must be a list`, i)
		}
		g.Records[i].HasEvents = true
	}
	return nil
}

// check reports the first missing required field, naming where it is.
func (g Gold) check() error {
	if g.Source == "" {
		return errors.New(`missing "source"`)
	}
	if len(g.Records) == 0 {
		return errors.New(`missing "records"`)
	}
	for i, r := range g.Records {
		at := fmt.Sprintf("records[%d]", i)
		if r.Title == "" {
			return fmt.Errorf(`%s: missing "title"`, at)
		}
		if _, ok := r.Published.(string); r.Published != nil && !ok {
			return fmt.Errorf(`%s: "published" must be a string or null`, at)
		}
		for j, p := range r.People {
			if p.Name == "" {
				return fmt.Errorf(`%s.people[%d]: missing "name"`, at, j)
			}
		}
		for j, a := range r.Agencies {
			if a.Name == "" {
				return fmt.Errorf(`%s.agencies[%d]: missing "name"`, at, j)
			}
		}
		for j, it := range r.Agenda {
			if it.Label == nil || it.Title == "" {
				return fmt.Errorf(`%s.agenda[%d]: "label" and "title" are required`, at, j)
			}
		}
		for j, e := range r.Events {
			if e.Name == "" {
				return fmt.Errorf(`%s.events[%d]: missing "name"`, at, j)
			}
			if e.Ordinal != nil {
				if _, ok := pyInt(e.Ordinal); !ok || isBool(e.Ordinal) {
					return fmt.Errorf(`%s.events[%d]: "ordinal" must be an integer or null`, at, j)
				}
			}
		}
		for j, it := range r.AgendaOptional {
			if it.Label == nil || it.Title == "" {
				return fmt.Errorf(`%s.agenda_optional[%d]: "label" and "title" are required`, at, j)
			}
		}
	}
	return nil
}

func isBool(v any) bool {
	_, ok := v.(bool)
	return ok
}
