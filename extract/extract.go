package extract

import (
	"context"
	"fmt"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/events"
)

// Extractor runs every extractor over an article. Build it once with New;
// it is safe for concurrent use by many workers.
type Extractor struct {
	dates    *DateFinder
	entities *EntityFinder
	agenda   *AgendaFinder
	events   *events.Finder
}

// New loads the lexicons and models and returns a ready Extractor.
func New() (*Extractor, error) {
	dates, err := NewDateFinder()
	if err != nil {
		return nil, fmt.Errorf("date finder: %w", err)
	}
	entities, err := NewEntityFinder()
	if err != nil {
		return nil, fmt.Errorf("entity finder: %w", err)
	}
	agenda, err := NewAgendaFinder()
	if err != nil {
		return nil, fmt.Errorf("agenda finder: %w", err)
	}
	evs, err := events.New()
	if err != nil {
		return nil, fmt.Errorf("event finder: %w", err)
	}
	return &Extractor{dates: dates, entities: entities, agenda: agenda, events: evs}, nil
}

// Extract returns the facts found in a. It fails only when ctx is done.
func (x *Extractor) Extract(ctx context.Context, a corpus.Article) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	var r Result
	r.Language = DetectLanguage(a.Text, a.Meta.Lang)
	r.Dates, r.Published = x.dates.Find(&a)
	r.People, r.Agencies, r.Places = x.entities.Find(&a)
	r.Agenda = x.agenda.Find(a.Text)
	r.Events = x.events.Find(eventsInput(a.Text, &r))
	return r, nil
}
