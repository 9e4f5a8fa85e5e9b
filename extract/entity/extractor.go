package entity

import (
	"context"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
)

// Name returns "entities".
func (f *Finder) Name() string { return "entities" }

// Extract returns a's people, agencies and places as a Part. It reads no
// other part and fails only with ctx.Err(), checked between its passes.
func (f *Finder) Extract(ctx context.Context, a *corpus.Article, _ *extract.Result) (extract.Part, error) {
	var p Part
	var err error
	p.People, p.Agencies, p.Places, err = f.findCtx(ctx, a.Text)
	if err != nil {
		return nil, err
	}
	f.expandSurnames(p.People, a.Meta)
	p.People, p.Agencies = f.addHeadline(a.Title, p.People, p.Agencies)
	return p, nil
}
