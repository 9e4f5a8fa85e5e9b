package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"

	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
)

// Learner learns from every decoded document of a prepass, before any is
// cleaned (clean.ChromeLearner: lines repeated across many documents are
// chrome). Learn is called concurrently and must be safe for it.
type Learner interface {
	Learn(doc corpus.Doc)
}

// Learn is a prepass over src: it decodes every input with dec on a pool
// of cfg.Workers and passes each decoded document to l. Documents that
// fail to decode, panic or exceed cfg.DocTimeout are skipped here (the run
// that follows reports them). When cfg.Decoded is set, the decoded
// documents, and the inputs read, are kept there for the run (see
// DocCache.Replay). cfg.LearnProgress, when set, is called after
// each input read. Learn fails only when src fails or ctx is done.
func Learn(ctx context.Context, cfg Config, dec Decoder, l Learner, src Source) error {
	if cfg.Workers < 1 {
		return fmt.Errorf("workers %d: must be at least 1", cfg.Workers)
	}
	log := cfg.Logger
	if log == nil {
		log = zap.NewNop()
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(cfg.Workers)
	for read := 1; ; read++ {
		if err := ctx.Err(); err != nil {
			g.Wait() //nolint:errcheck // tasks return nil
			return err
		}
		in, err := src.Next(gctx)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			g.Wait() //nolint:errcheck // tasks only stop early on ctx; the source error is the one to report
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("learn: read source: %w", err)
		}
		if cfg.LearnProgress != nil {
			cfg.LearnProgress(read)
		}
		at := cfg.Decoded.read(in) // for the run's replay
		if in.Error != "" {
			continue
		}
		g.Go(func() error {
			doc, _, err := withDeadline(gctx, cfg.DocTimeout, cfg.abandonAfter(), func(ctx context.Context) (corpus.Doc, error) {
				doc, err := guard(stageDecode, func() (corpus.Doc, error) { return dec.Decode(ctx, in) })
				if err != nil {
					return corpus.Doc{}, errDecodeLater // the run reports it
				}
				_, err = guard(stageLearn, func() (struct{}, error) { l.Learn(doc); return struct{}{}, nil })
				if err == nil {
					err = ctx.Err()
				}
				return doc, err
			})
			// the run takes the document instead of decoding it again, or
			// the bytes instead of reading them again
			cfg.Decoded.settle(at, in, doc, err == nil)
			if err != nil && !errors.Is(err, errDecodeLater) && gctx.Err() == nil {
				log.Debug("learning from a document failed", zap.String("source", logName(in.Source)), zap.Error(err))
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	cfg.Decoded.finish()
	return nil
}

// errDecodeLater marks a document Learn could not decode: the run decodes
// it again and reports the failure.
var errDecodeLater = errors.New("not decoded")

// LearnChrome learns a chrome model (clean.ChromeModel) from the
// documents of src, decoded with dec; see Learn.
func LearnChrome(ctx context.Context, cfg Config, dec Decoder, src Source) (*clean.ChromeModel, error) {
	l, err := clean.NewChromeLearner(clean.ChromeLearnerConfig{})
	if err != nil {
		return nil, fmt.Errorf("chrome: %w", err)
	}
	if err := Learn(ctx, cfg, dec, l, src); err != nil {
		return nil, err
	}
	return l.Model(), nil
}
