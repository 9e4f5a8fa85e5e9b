package agenda

import (
	"context"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
)

// Name returns "agenda".
func (f *Finder) Name() string { return "agenda" }

// Extract returns the outline of a's text as a Part. It reads no other
// part and never fails.
func (f *Finder) Extract(_ context.Context, a *corpus.Article, _ *extract.Result) (extract.Part, error) {
	return Part{Items: f.Find(a.Text)}, nil
}
