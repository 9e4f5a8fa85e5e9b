package goldguard

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/internal/score"
	"github.com/communique/communique/output"
	"github.com/communique/communique/pipeline"
	"github.com/communique/communique/sources"
)

// DefaultStages returns the stages `communique run` uses with its default
// flags, before the chrome model is learned (Run learns it).
func DefaultStages() (pipeline.Stages, error) {
	return pipeline.NewStages(pipeline.StageConfig{})
}

// Run runs stages over the documents of dir (recursively) as `communique
// run` does with its defaults: a chrome model is learned over dir first
// and the stages' cleaner replaced by the default cleaner built with it.
// It returns the records (Predictions gives them ready for scoring) with
// the run's stats.
func Run(ctx context.Context, cfg pipeline.Config, stages pipeline.Stages, dir string) (*MemorySink, pipeline.Stats, error) {
	src, err := sources.NewFolder(sources.FolderConfig{}, dir)
	if err != nil {
		return nil, pipeline.Stats{}, fmt.Errorf("documents: %w", err)
	}
	model, err := pipeline.LearnChrome(ctx, cfg, stages.Decoder, src)
	if err != nil {
		return nil, pipeline.Stats{}, fmt.Errorf("learn: %w", err)
	}
	if stages.Cleaner, err = clean.New(clean.Config{Chrome: model}); err != nil {
		return nil, pipeline.Stats{}, fmt.Errorf("cleaner: %w", err)
	}
	runner, err := pipeline.New(cfg, stages)
	if err != nil {
		return nil, pipeline.Stats{}, fmt.Errorf("pipeline: %w", err)
	}
	if src, err = sources.NewFolder(sources.FolderConfig{}, dir); err != nil {
		return nil, pipeline.Stats{}, fmt.Errorf("documents: %w", err)
	}
	sink := &MemorySink{}
	stats, err := runner.Run(ctx, src, sink)
	if err != nil {
		return nil, stats, fmt.Errorf("run: %w", err)
	}
	return sink, stats, nil
}

// MemorySink keeps records in memory, in order; fine for a gold set's few
// documents. It is safe for concurrent use.
type MemorySink struct {
	mu      sync.Mutex
	records []output.Record
}

// Write appends r.
func (s *MemorySink) Write(_ context.Context, r output.Record) error {
	s.mu.Lock()
	s.records = append(s.records, r)
	s.mu.Unlock()
	return nil
}

// Close does nothing.
func (s *MemorySink) Close(context.Context) error { return nil }

// Records returns the records written so far.
func (s *MemorySink) Records() []output.Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]output.Record(nil), s.records...)
}

// Predictions returns the records as the scorer reads them: each goes
// through its JSON Lines form, so scoring them equals scoring the output
// of `communique run`.
func (s *MemorySink) Predictions() (*score.Predictions, error) {
	preds := score.NewPredictions()
	for _, r := range s.Records() {
		line, err := json.Marshal(r)
		if err != nil {
			return nil, fmt.Errorf("encode record %s: %w", r.ID, err)
		}
		preds.AddLine(line)
	}
	return preds, nil
}

// WriteJSONL writes the records as JSON Lines (what `communique run`
// prints), for handing them to another scorer.
func (s *MemorySink) WriteJSONL(ctx context.Context, sink output.Sink) error {
	for _, r := range s.Records() {
		if err := sink.Write(ctx, r); err != nil {
			return err
		}
	}
	return sink.Close(ctx)
}
