package extract

import (
	"context"

	"github.com/communique/communique/corpus"
)

// Extractor finds one kind of fact in an article and returns it as its
// own Part. The registry (package extract/registry) runs the extractors in
// one fixed order over each article; found holds the parts of the
// extractors that ran before this one (read them with Get), so an
// extractor may build on earlier ones but never on later ones.
//
// Extract must treat a and found as read-only and must not keep them after
// it returns. It returns the Part (a value of a type its package owns; nil
// adds nothing) or an error, which fails the article; it returns ctx.Err()
// if it stops because ctx is done. An Extractor is built once by its
// package's constructor (word lists loaded there) and is safe for
// concurrent use by many workers.
type Extractor interface {
	// Name is the extractor's short name ("dates", "entities"); it
	// prefixes the extractor's errors.
	Name() string
	Extract(ctx context.Context, a *corpus.Article, found *Result) (Part, error)
}
