package dates

import (
	"context"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
)

// Name returns "dates".
func (f *Finder) Name() string { return "dates" }

// Extract returns a's dates and release date as a Part. It reads no other
// part and never fails.
func (f *Finder) Extract(_ context.Context, a *corpus.Article, _ *extract.Result) (extract.Part, error) {
	var p Part
	p.Dates, p.Published = f.Find(a)
	return p, nil
}
