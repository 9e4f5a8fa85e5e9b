package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/output"
)

// inFlightPerWorker bounds the documents between the source and the sink
// to this many per worker: enough that a slow document does not idle the
// other workers while the emitter waits for it (output is in input order),
// small enough that memory stays flat in corpus size.
const inFlightPerWorker = 4

// Config configures a Runner.
type Config struct {
	// Workers is the number of documents processed concurrently; at least 1.
	Workers int
	// Logger receives one warning per failed document. Nil means no logging.
	Logger *zap.Logger
	// Progress, when not nil, is called after each document is emitted with
	// the running totals. It runs on the emitting goroutine: keep it fast.
	Progress func(Stats)
	// LearnProgress, when not nil, is called by Learn with the number of
	// inputs read so far, after each one.
	LearnProgress func(read int)
	// DocTimeout, when positive, bounds the time one document may spend in
	// the stages; a document over it becomes an error record ("decode:
	// timed out after 5m0s"). The stages' ctx is cancelled at the deadline
	// and the worker waits for them to stop (they check ctx often), so the
	// document's memory is freed before the next one starts; a stage that
	// ignores ctx for more than a second past the deadline is abandoned to
	// finish in the background, so one pathological input cannot stall the
	// run.
	DocTimeout time.Duration
	// Decoded, when set, is where Learn keeps the documents it decoded
	// and the inputs it read (within the cache's budget) and where a
	// Runner takes the documents from instead of decoding them again: the
	// learning pass and the run decode each document once, and a run over
	// Decoded.Replay() reads and hashes each input once. Records are the
	// same with or without it.
	Decoded *DocCache
	// grace is how long a timed-out document's stages get to stop before
	// they are abandoned; zero means abandonGrace (tests shorten it).
	grace time.Duration
}

// abandonAfter is cfg.grace, or abandonGrace when it is not set.
func (cfg Config) abandonAfter() time.Duration {
	if cfg.grace > 0 {
		return cfg.grace
	}
	return abandonGrace
}

// Stats counts what a run emitted.
type Stats struct {
	// Documents is the number of inputs emitted (succeeded or failed).
	Documents int
	// Records is the number of records written, error records included.
	Records int
	// Failures is the number of inputs that became an error record.
	Failures int
	// Bytes is the total raw size of the emitted inputs.
	Bytes int64
}

// Runner runs Stages over the inputs of a Source with a bounded pool of
// workers and writes the records to a Sink in input order. Build it with
// New; one Runner may serve several runs, one at a time or concurrently.
type Runner struct {
	cfg    Config
	stages Stages
	log    *zap.Logger
}

// New returns a Runner for stages. Every stage must be set.
func New(cfg Config, stages Stages) (*Runner, error) {
	if cfg.Workers < 1 {
		return nil, fmt.Errorf("workers %d: must be at least 1", cfg.Workers)
	}
	if stages.Decoder == nil || stages.Cleaner == nil || stages.Extractor == nil {
		return nil, errors.New("stages: decoder, cleaner and extractor are all required")
	}
	log := cfg.Logger
	if log == nil {
		log = zap.NewNop()
	}
	if cfg.Decoded != nil {
		stages.Decoder = cachedDecoder{Decoder: stages.Decoder, cache: cfg.Decoded}
	}
	return &Runner{cfg: cfg, stages: stages, log: log}, nil
}

// inFlight is the most documents read from the source but not yet emitted.
func (r *Runner) inFlight() int { return r.cfg.Workers * inFlightPerWorker }

// outcome is one processed document on its way to the emitter.
type outcome struct {
	// order is the input's position in the order the source yielded it;
	// the emitter orders by it rather than by Input.Seq so that a source
	// with gaps or duplicates in Seq cannot stall the run.
	order   int
	in      corpus.Input // Body dropped once processed
	records []output.Record
	failed  bool
	// cancelled marks a document whose processing was cut short by the
	// run's cancellation: it is not a document failure and is not emitted.
	cancelled bool
}

// Run reads every input of src, processes it through the stages and writes
// its records to sink in the order src yielded the inputs (Seq order):
// one record per article, or one error record for a document that failed
// (logged as a warning). When src is an Acker, each input is acked in the
// same order after its records were written.
//
// Run does not close sink; the caller does, also after an error, so that a
// cancelled run commits what was done. When ctx is cancelled Run stops
// reading, writes the records of the documents finished in order before the
// first unfinished one, and returns the stats with ctx's error. Run fails
// on infrastructure errors only: the source's Next, the sink's Write or an
// Ack failing.
func (r *Runner) Run(ctx context.Context, src Source, sink Sink) (Stats, error) {
	g, gctx := errgroup.WithContext(ctx)
	// slots holds one token per document in flight; the emitter returns the
	// token when it has emitted the document. This bounds both the workers'
	// backlog and the emitter's reorder buffer.
	slots := make(chan struct{}, r.inFlight())
	// results is unbuffered: the emitter is always receiving, and the slots
	// already bound the documents in flight.
	results := make(chan outcome)

	g.Go(func() error {
		defer close(results)
		return r.feed(gctx, src, slots, results)
	})
	var stats Stats
	g.Go(func() error {
		var err error
		stats, err = r.emit(ctx, src, sink, slots, results)
		return err
	})
	err := g.Wait()
	if err == nil {
		err = ctx.Err()
	}
	return stats, err
}

// feed reads src and starts one bounded worker task per input, each sending
// its outcome to results. It returns once every task has finished.
func (r *Runner) feed(ctx context.Context, src Source, slots chan<- struct{}, results chan<- outcome) error {
	var workers errgroup.Group
	workers.SetLimit(r.cfg.Workers)
	err := func() error {
		for order := 0; ; order++ {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			in, err := src.Next(ctx)
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				return fmt.Errorf("read source: %w", err)
			}
			workers.Go(func() error {
				// process owns the input: this closure keeps no reference
				// to its body, which the stages drop once decoded.
				task := in
				in = corpus.Input{}
				o := r.process(ctx, task)
				o.order = order
				// The emitter is nearly always receiving: try first without
				// the ctx case, so that a document finished as the run is
				// cancelled is still delivered (and flushed) rather than
				// dropped by the select's random choice.
				select {
				case results <- o:
					return nil
				default:
				}
				select {
				case results <- o:
				case <-ctx.Done():
				}
				return nil
			})
		}
	}()
	workers.Wait() // tasks never fail; they only stop early on ctx
	return err
}

// emit writes outcomes in the order they were read. It drains results
// until it is closed, so no worker ever blocks on it; after ctx is
// cancelled it keeps writing only the documents that finished in order,
// with a context that is not cancelled, so the sink receives whole
// documents.
func (r *Runner) emit(ctx context.Context, src Source, sink Sink, slots <-chan struct{}, results <-chan outcome) (Stats, error) {
	acker, _ := src.(Acker)
	var stats Stats
	pending := make(map[int]outcome, r.inFlight())
	next := 0
	stopped := false // a gap after cancellation: nothing more is emitted
	for o := range results {
		pending[o.order] = o
		for !stopped {
			o, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if o.cancelled {
				<-slots
				stopped = true
				break
			}
			wctx := ctx
			if ctx.Err() != nil {
				wctx = context.WithoutCancel(ctx)
			}
			if err := r.write(wctx, sink, acker, o, &stats); err != nil {
				return stats, err
			}
			next++
			<-slots
			if r.cfg.Progress != nil {
				r.cfg.Progress(stats)
			}
		}
		if stopped {
			// Return the slot of every outcome received from now on so
			// that the feeder, if still running, can wind down.
			for range pending {
				<-slots
			}
			clear(pending)
		}
	}
	return stats, nil
}

// write sends one document's records to sink and acks it.
func (r *Runner) write(ctx context.Context, sink Sink, acker Acker, o outcome, stats *Stats) error {
	for _, rec := range o.records {
		if err := sink.Write(ctx, rec); err != nil {
			return fmt.Errorf("write %s: %w", o.in.Source.Identity(), err)
		}
	}
	stats.Documents++
	stats.Records += len(o.records)
	stats.Bytes += o.in.Source.Size
	if o.failed {
		stats.Failures++
	}
	if acker != nil {
		if err := acker.Ack(ctx, o.in, o.failed); err != nil {
			return fmt.Errorf("ack %s: %w", o.in.Source.Identity(), err)
		}
	}
	return nil
}
