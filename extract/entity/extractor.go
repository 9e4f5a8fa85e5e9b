package entity

import (
	"context"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
)

// Name returns "entities".
func (f *Finder) Name() string { return "entities" }

// Extract returns a's people, agencies and places as a Part. It reads no
// other part and never fails.
func (f *Finder) Extract(_ context.Context, a *corpus.Article, _ *extract.Result) (extract.Part, error) {
	var p Part
	p.People, p.Agencies, p.Places = f.Find(a)
	return p, nil
}
