package registry

import (
	"context"
	"fmt"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/agenda"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/extract/events"
)

// Extractor runs every extractor over an article. Build it once with New;
// it is safe for concurrent use by many workers.
type Extractor struct {
	dates    *dates.Finder
	entities *entity.Finder
	agenda   *agenda.Finder
	events   *events.Finder
}

// New loads the lexicons and models and returns a ready Extractor.
func New() (*Extractor, error) {
	ds, err := dates.New()
	if err != nil {
		return nil, fmt.Errorf("date finder: %w", err)
	}
	entities, err := entity.New()
	if err != nil {
		return nil, fmt.Errorf("entity finder: %w", err)
	}
	ag, err := agenda.New()
	if err != nil {
		return nil, fmt.Errorf("agenda finder: %w", err)
	}
	evs, err := events.New()
	if err != nil {
		return nil, fmt.Errorf("event finder: %w", err)
	}
	return &Extractor{dates: ds, entities: entities, agenda: ag, events: evs}, nil
}

// Extract returns the facts found in a. It fails only when ctx is done.
func (x *Extractor) Extract(ctx context.Context, a corpus.Article) (extract.Result, error) {
	if err := ctx.Err(); err != nil {
		return extract.Result{}, err
	}
	var d dates.Part
	d.Dates, d.Published = x.dates.Find(&a)
	var e entity.Part
	e.People, e.Agencies, e.Places = x.entities.Find(&a)
	g := agenda.Part{Items: x.agenda.Find(a.Text)}
	ev := events.Part{Events: x.events.Find(eventsInput(a.Text, d, e))}
	return extract.NewResult(extract.DetectLanguage(a.Text, a.Meta.Lang), d, e, g, ev), nil
}
