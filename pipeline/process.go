package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sync/atomic"
	"time"

	"go.uber.org/zap"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/output"
)

// Stage names, used in error records ("decode: ...") and log fields.
const (
	stageDecode  = "decode"
	stageClean   = "clean"
	stageExtract = "extract"
	stageLearn   = "learn"
)

// errNoContent is the failure of a document the cleaner found no article in.
var errNoContent = errors.New("no content")

// PanicError is a panic inside a stage, recovered and turned into the
// failure of the one document that caused it.
type PanicError struct {
	Stage string
	Value any
	// Stack is the goroutine's stack at the panic, for the log.
	Stack []byte
}

// Error is "panic: VALUE"; the runner prefixes the stage to it.
func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// guard calls f and turns a panic inside it into a *PanicError.
func guard[T any](stage string, f func() (T, error)) (v T, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &PanicError{Stage: stage, Value: p, Stack: debug.Stack()}
		}
	}()
	return f()
}

// process runs one input through the stages. A document failure becomes
// one error record; a failure caused by ctx being done marks the outcome
// cancelled instead.
func (r *Runner) process(ctx context.Context, in corpus.Input) outcome {
	id := in
	id.Body = nil // the emitter and Acker need the identity, not the bytes
	records, src, stage, err := r.recordsWithin(ctx, &in)
	if err == nil {
		return outcome{in: id, records: records}
	}
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return outcome{in: id, cancelled: true}
	}
	msg := err.Error()
	if stage != "" {
		msg = stage + ": " + msg
	}
	fields := []zap.Field{zap.String("source", logName(src)), zap.String("error", msg)}
	if stage != "" {
		fields = append(fields, zap.String("stage", stage))
	}
	r.log.Warn("document failed", fields...)
	var pe *PanicError
	if errors.As(err, &pe) {
		r.log.Debug("panic stack", zap.String("source", logName(src)), zap.ByteString("stack", pe.Stack))
	}
	return outcome{in: id, records: []output.Record{output.NewErrorRecord(src, msg)}, failed: true}
}

// recordsWithin is records bounded by Config.DocTimeout (see withDeadline).
// The stages own *in from here: records drops its body once decoded, and
// the caller reads it no more.
func (r *Runner) recordsWithin(ctx context.Context, in *corpus.Input) ([]output.Record, corpus.Source, string, error) {
	src := in.Source
	var stage atomic.Value // the stage running now, for the timeout message
	stage.Store("")
	type result struct {
		records  []output.Record
		src      corpus.Source
		stage    string
		returned bool // false: abandoned at the deadline, or cancelled
	}
	res, abandoned, err := withDeadline(ctx, r.cfg.DocTimeout, r.cfg.abandonAfter(), func(ctx context.Context) (result, error) {
		res := result{returned: true}
		var err error
		res.records, res.src, res.stage, err = r.records(ctx, in, &stage)
		return res, err
	})
	if abandoned {
		r.log.Warn("stage ignored its deadline; left running", zap.String("source", logName(src)), zap.Any("stage", stage.Load()))
	}
	if !res.returned {
		return nil, src, stage.Load().(string), err
	}
	return res.records, res.src, res.stage, err
}

// abandonGrace is how long withDeadline waits, past the deadline, for f
// to see its cancelled ctx and return. The stages check ctx often enough
// to stop well within it; only a stage that ignores ctx is abandoned.
const abandonGrace = time.Second

// withDeadline calls f with ctx bounded by d (unbounded when d <= 0). When
// the deadline passes, f's ctx is cancelled and withDeadline waits up to
// grace for f to return, so that the document's work stops and its memory
// is freed before the worker takes the next one; it then returns a "timed
// out" error. If f ignores its ctx beyond the grace it is abandoned to
// finish in the background (abandoned is true), so that one stuck document
// cannot stall a run. An error of f caused by the deadline is reported as
// the same "timed out".
func withDeadline[T any](ctx context.Context, d, grace time.Duration, f func(context.Context) (T, error)) (v T, abandoned bool, err error) {
	if d <= 0 {
		v, err = f(ctx)
		return v, false, err
	}
	dctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	timedOut := fmt.Errorf("timed out after %v", d)
	type result struct {
		v   T
		err error
	}
	// Buffered: the one send never blocks, also when nobody waits for it
	// any more because f was abandoned.
	done := make(chan result, 1)
	go func() {
		v, err := f(dctx)
		done <- result{v, err}
	}()
	stopped := func() error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return timedOut
	}
	select {
	case res := <-done:
		if res.err != nil && ctx.Err() == nil && errors.Is(res.err, context.DeadlineExceeded) {
			res.err = timedOut
		}
		return res.v, false, res.err
	case <-dctx.Done():
	}
	// The deadline passed (or ctx is done): f's ctx is cancelled; wait for
	// it to stop, but not forever.
	var zero T
	timer := time.NewTimer(grace)
	defer timer.Stop()
	select {
	case <-done:
		return zero, false, stopped()
	case <-timer.C:
		return zero, true, stopped()
	}
}

// records returns the records of in, or the failing stage and its error
// with the most complete source description known when it failed (the
// decoder adds the content type). It records the stage it enters in stage.
// It drops in's body once decoded, so that a large document's raw bytes
// are not kept through cleaning and extraction.
func (r *Runner) records(ctx context.Context, in *corpus.Input, stage *atomic.Value) ([]output.Record, corpus.Source, string, error) {
	if in.Error != "" {
		return nil, in.Source, "", errors.New(in.Error)
	}
	stage.Store(stageDecode)
	doc, err := guard(stageDecode, func() (corpus.Doc, error) { return r.stages.Decoder.Decode(ctx, *in) })
	in.Body = nil
	if err != nil {
		return nil, in.Source, stageDecode, err
	}
	stage.Store(stageClean)
	articles, err := guard(stageClean, func() ([]corpus.Article, error) { return r.stages.Cleaner.Clean(ctx, doc) })
	if err != nil {
		return nil, doc.Source, stageClean, err
	}
	src := doc.Source
	doc = corpus.Doc{} // the articles hold what is kept; the decoded text may go
	if len(articles) == 0 {
		return nil, src, "", errNoContent
	}
	stage.Store(stageExtract)
	records := make([]output.Record, 0, len(articles))
	for _, a := range articles {
		res, err := guard(stageExtract, func() (extract.Result, error) { return r.stages.Extractor.Extract(ctx, a) })
		if err != nil {
			return nil, src, stageExtract, fmt.Errorf("article %d: %w", a.Segment, err)
		}
		records = append(records, output.NewRecord(a, res))
	}
	return records, src, "", nil
}

// logName names a source in logs: the path as the user gave it when there
// is one, else the URI.
func logName(src corpus.Source) string {
	if src.Path != "" {
		return src.Path
	}
	return src.URI
}
