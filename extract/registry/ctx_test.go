package registry

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
)

// TestLongExtractorsStopOnDoneCtx: the extractors whose passes are long
// on a large text (dates, entities) check ctx between them and return
// ctx.Err() once it is done, so a timed-out document stops soon; with a
// live ctx they return their part.
func TestLongExtractorsStopOnDoneCtx(t *testing.T) {
	xs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	texts := []string{
		"Minister John Smith met the Ministry of Finance on 3 March 2024.",
		strings.Repeat("(1) (a) (i) ", 1000),
		"",
	}
	for _, x := range xs {
		if x.Name() != "dates" && x.Name() != "entities" {
			continue
		}
		t.Run(x.Name(), func(t *testing.T) {
			var res extract.Result
			for _, text := range texts {
				p, err := x.Extract(ctx, &corpus.Article{Text: text}, &res)
				if !errors.Is(err, context.Canceled) || p != nil {
					t.Errorf("Extract(%.20q) with a cancelled ctx: got %v, %v; want nil, context.Canceled", text, p, err)
				}
			}
			if p, err := x.Extract(t.Context(), &corpus.Article{Text: texts[0]}, &res); err != nil || p == nil {
				t.Errorf("Extract with a live ctx: got %v, %v; want a part", p, err)
			}
		})
	}
}
