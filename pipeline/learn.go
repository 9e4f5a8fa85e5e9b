package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"

	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/communique/communique/corpus"
)

// Learn is a prepass over src for cleaners that learn from the whole run
// (see Learner): it decodes every input with the worker pool and passes
// each decoded document to the cleaner's Learn. It does nothing, without
// reading src, when the cleaner is not a Learner. Documents that fail to
// decode, panic or exceed Config.DocTimeout are skipped here; Run reports
// them. Learn fails only
// when src fails or ctx is done.
func (r *Runner) Learn(ctx context.Context, src Source) error {
	learner, ok := r.stages.Cleaner.(Learner)
	if !ok {
		return nil
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(r.cfg.Workers)
	for read := 1; ; read++ {
		in, err := src.Next(gctx)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			g.Wait() // tasks only stop early on ctx; the source error is the one to report
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("learn: read source: %w", err)
		}
		if r.cfg.LearnProgress != nil {
			r.cfg.LearnProgress(read)
		}
		if in.Error != "" {
			continue
		}
		g.Go(func() error {
			_, err := withDeadline(gctx, r.cfg.DocTimeout, func(ctx context.Context) (struct{}, error) {
				doc, err := guard(stageDecode, func() (corpus.Doc, error) { return r.stages.Decoder.Decode(ctx, in) })
				if err != nil {
					return struct{}{}, nil // Run reports it
				}
				return guard(stageLearn, func() (struct{}, error) { learner.Learn(doc); return struct{}{}, nil })
			})
			if err != nil && gctx.Err() == nil {
				r.log.Debug("learning from a document failed", zap.String("source", logName(in.Source)), zap.Error(err))
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	return ctx.Err()
}
