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

// Default builds the extractors in the order they run: each may read the
// parts of those listed before it (events reads dates and entities). A new
// extractor is one line here.
func Default() ([]extract.Extractor, error) {
	return build(
		use(dates.New),
		use(entity.New),
		use(agenda.New),
		use(func() (*events.Finder, error) { return events.New() }),
	)
}

// constructor builds one extractor (loading its word lists).
type constructor func() (extract.Extractor, error)

// use turns a package's constructor into a constructor of the list.
func use[T extract.Extractor](newT func() (T, error)) constructor {
	return func() (extract.Extractor, error) {
		x, err := newT()
		if err != nil {
			return nil, err
		}
		return x, nil
	}
}

func build(cs ...constructor) ([]extract.Extractor, error) {
	xs := make([]extract.Extractor, 0, len(cs))
	for _, c := range cs {
		x, err := c()
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
	return xs, nil
}

// Runner runs a list of extractors over an article. Build it once with
// New or NewRunner; it is safe for concurrent use by many workers.
type Runner struct {
	xs []extract.Extractor
}

// New returns a Runner of the Default extractors.
func New() (*Runner, error) {
	xs, err := Default()
	if err != nil {
		return nil, fmt.Errorf("extractors: %w", err)
	}
	return NewRunner(xs...), nil
}

// NewRunner returns a Runner of xs, run in the order given.
func NewRunner(xs ...extract.Extractor) *Runner {
	return &Runner{xs: xs}
}

// Extract returns the facts found in a: its language and the part of every
// extractor, each extractor seeing the parts of those before it. It fails
// when ctx is done (with ctx.Err()) or when an extractor fails (with the
// extractor's name).
func (r *Runner) Extract(ctx context.Context, a corpus.Article) (extract.Result, error) {
	res := extract.NewResult(extract.DetectLanguage(a.Text, a.Meta.Lang))
	for _, x := range r.xs {
		if err := ctx.Err(); err != nil {
			return extract.Result{}, err
		}
		p, err := x.Extract(ctx, &a, &res)
		if err != nil {
			return extract.Result{}, fmt.Errorf("%s: %w", x.Name(), err)
		}
		res.Set(p)
	}
	return res, nil
}
