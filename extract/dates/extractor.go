package dates

import (
	"context"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
)

// Name returns "dates".
func (f *Finder) Name() string { return "dates" }

// Extract returns a's dates and release date as a Part. It reads no other
// part and fails only with ctx.Err(), checked between its passes.
func (f *Finder) Extract(ctx context.Context, a *corpus.Article, _ *extract.Result) (extract.Part, error) {
	var p Part
	var err error
	p.Dates, p.Published, err = f.findCtx(ctx, a)
	if err != nil {
		return nil, err
	}
	return p, nil
}
