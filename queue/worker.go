package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/output"
	"github.com/communique/communique/pipeline"
)

// WorkerConfig configures a Worker.
type WorkerConfig struct {
	// Workers is the number of documents processed at a time; at least 1.
	Workers int
	// MaxBytes and DocTimeout are as for `run` (pipeline.StageConfig,
	// pipeline.Config).
	MaxBytes   int64
	DocTimeout time.Duration
	// AckWait is how long the server waits for a delivered task's
	// acknowledgement before it redelivers it (the consumer's setting;
	// 0: DefaultAckWait). A worker that holds a task longer tells the
	// server it is still working on it.
	AckWait time.Duration
	// MaxDeliver is how many times a task is delivered (0:
	// DefaultMaxDeliver, at least 2). The last delivery is not processed:
	// every earlier attempt stopped a worker, so it becomes an error record
	// and is terminated.
	MaxDeliver int
	// Drain makes Run return once the queue is empty, instead of waiting
	// for tasks until ctx is done.
	Drain bool
	// CommitEvery and CommitDocs bound how long and how many finished
	// documents wait for the sink's commit and their acknowledgement
	// (0: defaults).
	CommitEvery time.Duration
	CommitDocs  int
	// Logger receives a warning per failed document; nil means none.
	Logger *zap.Logger
}

// Defaults of WorkerConfig.
const (
	DefaultAckWait     = time.Minute
	DefaultMaxDeliver  = 4
	defaultCommitEvery = time.Second
	defaultCommitDocs  = 64
	// fetchWait is how long one pull waits for tasks; it bounds how late
	// a worker notices that the queue is empty or that it should stop.
	fetchWait = time.Second
)

func (c *WorkerConfig) defaults() error {
	if c.Workers < 1 {
		return fmt.Errorf("workers %d: must be at least 1", c.Workers)
	}
	if c.AckWait == 0 {
		c.AckWait = DefaultAckWait
	}
	if c.MaxDeliver == 0 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if c.MaxDeliver < 2 {
		return fmt.Errorf("max deliver %d: must be at least 2", c.MaxDeliver)
	}
	if c.AckWait < 3*time.Second {
		return fmt.Errorf("ack wait %v: must be at least 3s", c.AckWait)
	}
	if c.CommitEvery == 0 {
		c.CommitEvery = defaultCommitEvery
	}
	if c.CommitDocs == 0 {
		c.CommitDocs = defaultCommitDocs
	}
	if c.Logger == nil {
		c.Logger = zap.NewNop()
	}
	return nil
}

// WorkerStats counts what a worker did.
type WorkerStats struct {
	pipeline.Stats
	// Skipped counts tasks whose records the sink already had (same
	// source identity and bytes): acknowledged without processing.
	Skipped int
	// Abandoned counts tasks on their last delivery, written as error
	// records and terminated.
	Abandoned int
}

// Worker processes tasks from the shared durable consumer. Build it with
// NewWorker; Run it once.
type Worker struct {
	cfg  WorkerConfig
	nc   *nats.Conn
	res  *resources
	cons jetstream.Consumer
	// runners by chrome model hash ("" for none).
	runners map[string]*pipeline.Runner
}

// NewWorker sets the queue up on nc and creates or updates the workers'
// durable consumer.
func NewWorker(ctx context.Context, nc *nats.Conn, qcfg Config, cfg WorkerConfig) (*Worker, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	res, err := setup(ctx, nc, qcfg)
	if err != nil {
		return nil, err
	}
	cons, err := res.js.CreateOrUpdateConsumer(ctx, TaskStream, jetstream.ConsumerConfig{
		Durable:       ConsumerName,
		Description:   "communique workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       cfg.AckWait,
		MaxDeliver:    cfg.MaxDeliver,
		MaxAckPending: -1,
		Replicas:      qcfg.Replicas,
	})
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", ConsumerName, err)
	}
	return &Worker{cfg: cfg, nc: nc, res: res, cons: cons, runners: map[string]*pipeline.Runner{}}, nil
}

// Run processes tasks into sink until ctx is done (or, with Drain, the
// queue is empty). sink must be an output.Flusher: a task is acknowledged
// only after Flush committed its records. Run does not close sink. On
// return every task it received is acknowledged, terminated or released
// (Nak) for another worker. Run fails when the sink or the server fails.
func (w *Worker) Run(ctx context.Context, sink output.Sink) (WorkerStats, error) {
	flusher, ok := sink.(output.Flusher)
	if !ok {
		return WorkerStats{}, fmt.Errorf("sink %T cannot commit without closing: a worker needs a database or an appended file", sink)
	}
	checker, _ := sink.(output.SourceChecker)
	c := &committer{w: w, sink: sink, flusher: flusher, held: map[int]*task{}}
	f := newFetcher(ctx, w, c, checker)
	tickCtx, stopTick := context.WithCancel(context.WithoutCancel(ctx))
	tickDone := make(chan struct{}, 2)
	go func() {
		c.tick(tickCtx)
		tickDone <- struct{}{}
	}()
	go func() {
		c.heartbeat(tickCtx)
		tickDone <- struct{}{}
	}()

	var runErr error
	for runErr == nil {
		msg, err := f.peek(ctx)
		if err != nil {
			if !errors.Is(err, io.EOF) {
				runErr = err
			}
			break
		}
		chrome := msg.Headers().Get(headerChrome)
		runner, err := w.runner(ctx, chrome)
		if err != nil {
			runErr = err
			break
		}
		src := &taskSource{f: f, chrome: chrome}
		stats, err := runner.Run(ctx, src, c)
		c.addRun(stats)
		c.release()
		if err != nil {
			runErr = err
		}
	}
	stopTick()
	<-tickDone
	<-tickDone
	f.stop()
	// Commit what was written, also after ctx is done, then release the
	// rest for other workers.
	final := context.WithoutCancel(ctx)
	commitErr := c.commit(final)
	c.nakHeld()
	// Acknowledgements and releases are fire-and-forget publishes: make
	// sure the server has them before the caller closes the connection.
	if err := w.nc.FlushTimeout(10 * time.Second); err != nil {
		w.cfg.Logger.Warn("flushing acknowledgements to the server; the tasks come back after the ack wait", zap.Error(err))
	}
	if errors.Is(runErr, context.Canceled) && ctx.Err() != nil {
		runErr = nil
	}
	return c.stats, errors.Join(runErr, commitErr)
}

// runner returns the runner of the stages with the chrome model hash
// names, loading the model from the object store the first time.
func (w *Worker) runner(ctx context.Context, hash string) (*pipeline.Runner, error) {
	if r, ok := w.runners[hash]; ok {
		return r, nil
	}
	var model *clean.ChromeModel
	if hash != "" {
		data, err := w.res.objects.GetBytes(ctx, chromeObject(hash))
		if errors.Is(err, jetstream.ErrObjectNotFound) {
			return nil, fmt.Errorf("chrome model %s: %w", hash, errNoChrome)
		}
		if err != nil {
			return nil, fmt.Errorf("object store: chrome model %s: %w", hash, err)
		}
		if model, err = clean.ParseChromeModel(data); err != nil {
			return nil, fmt.Errorf("chrome model %s: %w", hash, err)
		}
		if got := model.Hash(); got != hash {
			return nil, fmt.Errorf("chrome model %s: stored model hashes to %s", hash, got)
		}
	}
	stages, err := pipeline.NewStages(pipeline.StageConfig{MaxBytes: w.cfg.MaxBytes, Chrome: model})
	if err != nil {
		return nil, err
	}
	r, err := pipeline.New(pipeline.Config{Workers: w.cfg.Workers, Logger: w.cfg.Logger, DocTimeout: w.cfg.DocTimeout}, stages)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	w.runners[hash] = r
	return r, nil
}

// task is a delivered message the worker holds.
type task struct {
	msg  jetstream.Msg
	last bool // its last allowed delivery: terminate, not acknowledge
	// body is the object store name of its body, deleted once it is done.
	body string
}

// fetcher hands the pipeline's reading goroutine the delivered tasks. A
// pulling goroutine (pull) keeps up to prefetch tasks ready in a bounded
// channel, so that the next tasks are at hand while one is processed
// instead of one server round trip per pull on the document path. The
// tasks waiting there are held like the others: the heartbeat resets
// their ack wait, and stop releases (Nak) those never started.
type fetcher struct {
	w       *Worker
	c       *committer
	checker output.SourceChecker
	// ready holds the prefetched tasks; pull closes it when it ends, after
	// setting err (nil: ctx done or, draining, the queue is empty).
	ready chan jetstream.Msg
	// took tells pull that the reader took a task: there may be room.
	took   chan struct{}
	err    error
	cancel context.CancelFunc
	ended  chan struct{}
	stash  jetstream.Msg // reading goroutine only
}

// prefetchPerWorker bounds the tasks a worker keeps ready besides those
// in its pipeline (pipeline.Config.Workers × 4 at most): at most Workers ×
// (prefetchPerWorker + 4) + 1 tasks are delivered to a worker and not yet
// written (the +1: the task set aside at a chrome model change). Few enough that at the
// end of a queue no worker sits on tasks another could take; enough that a
// pull's round trip hides behind the documents already at hand.
const prefetchPerWorker = 8

// newFetcher starts pulling tasks until ctx is done or stop is called.
func newFetcher(ctx context.Context, w *Worker, c *committer, checker output.SourceChecker) *fetcher {
	n := w.cfg.Workers * prefetchPerWorker
	f := &fetcher{w: w, c: c, checker: checker, ready: make(chan jetstream.Msg, n), took: make(chan struct{}, 1), ended: make(chan struct{})}
	ctx, f.cancel = context.WithCancel(ctx)
	go func() {
		defer close(f.ended)
		defer close(f.ready)
		f.err = f.pull(ctx)
	}()
	return f
}

// pull fetches tasks into ready whenever at least half of it is free,
// never more than it has room for, so that sending never blocks. Each task
// is registered with the committer's heartbeat before it waits.
func (f *fetcher) pull(ctx context.Context) error {
	size := cap(f.ready)
	wait := !f.w.cfg.Drain // draining: ask without waiting until none came
	for {
		if ctx.Err() != nil {
			return nil
		}
		room := size - f.c.waitingCount()
		if room < (size+1)/2 {
			select {
			case <-f.took:
				continue
			case <-ctx.Done():
				return nil
			}
		}
		var b jetstream.MessageBatch
		var err error
		if wait {
			b, err = f.w.cons.Fetch(room, jetstream.FetchMaxWait(fetchWait))
		} else {
			b, err = f.w.cons.FetchNoWait(room)
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			f.w.cfg.Logger.Warn("pulling tasks failed; retrying", zap.Error(err))
			sleep(ctx, fetchWait)
			continue
		}
		got := 0
		for m := range b.Messages() {
			got++
			f.c.wait(m)
			f.ready <- m
		}
		if err := b.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, jetstream.ErrNoMessages) {
			f.w.cfg.Logger.Warn("pulling tasks failed; retrying", zap.Error(err))
			sleep(ctx, fetchWait)
		}
		if !f.w.cfg.Drain || got > 0 {
			continue
		}
		// Draining and nothing came: done once the stream holds no task,
		// or else wait for redeliveries and tasks other workers release.
		empty, err := f.empty(ctx)
		if err != nil || empty {
			if errors.Is(err, io.EOF) {
				err = nil
			}
			return err
		}
		wait = true
	}
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// peek returns the next task without taking it; io.EOF when ctx is done
// or, draining, the queue is empty.
func (f *fetcher) peek(ctx context.Context) (jetstream.Msg, error) {
	if f.stash == nil {
		m, err := f.next(ctx)
		if err != nil {
			return nil, err
		}
		f.stash = m
	}
	return f.stash, nil
}

// next returns the next delivered task.
func (f *fetcher) next(ctx context.Context) (jetstream.Msg, error) {
	if m := f.stash; m != nil {
		f.stash = nil
		return m, nil
	}
	if ctx.Err() != nil {
		return nil, io.EOF
	}
	select {
	case m, ok := <-f.ready:
		if !ok {
			if f.err != nil {
				return nil, f.err
			}
			return nil, io.EOF
		}
		f.c.unwait(m)
		select {
		case f.took <- struct{}{}:
		default:
		}
		return m, nil
	case <-ctx.Done():
		return nil, io.EOF
	}
}

// empty reports whether the task stream holds no task: every task was
// acknowledged or terminated, by this worker or another.
func (f *fetcher) empty(ctx context.Context) (bool, error) {
	info, err := f.w.res.tasks.Info(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return false, io.EOF
		}
		f.w.cfg.Logger.Warn("reading the queue's state failed; retrying", zap.Error(err))
		return false, nil
	}
	return info.State.Msgs == 0, nil
}

// stop ends pulling and releases the tasks prefetched but not started.
func (f *fetcher) stop() {
	f.cancel()
	<-f.ended
	if f.stash != nil {
		f.stash.Nak() //nolint:errcheck // best effort: the ack wait redelivers it anyway
		f.stash = nil
	}
	for m := range f.ready {
		f.c.unwait(m)
		m.Nak() //nolint:errcheck // as above
	}
}

// taskSource is a pipeline.Source over the tasks of one chrome model: it
// ends (io.EOF) before the first task of another model.
type taskSource struct {
	f      *fetcher
	chrome string
}

// Next returns the next task as an Input; see pipeline.Source.
func (s *taskSource) Next(ctx context.Context) (corpus.Input, error) {
	for {
		m, err := s.f.next(ctx)
		if err != nil {
			return corpus.Input{}, err
		}
		if m.Headers().Get(headerChrome) != s.chrome {
			s.f.stash = m
			return corpus.Input{}, io.EOF
		}
		in, t, ok := s.f.input(ctx, m)
		if !ok {
			continue
		}
		in.Seq = s.f.c.hold(t)
		return in, nil
	}
}

// input decodes a message into its Input. A task already in the sink is
// queued for acknowledgement and ok is false; so is a message that is no
// task at all (terminated).
func (f *fetcher) input(ctx context.Context, m jetstream.Msg) (in corpus.Input, t *task, ok bool) {
	t = &task{msg: m, body: m.Headers().Get(headerObject)}
	if err := json.Unmarshal([]byte(m.Headers().Get(headerInput)), &in); err != nil || in.Source.Identity() == "" {
		f.w.cfg.Logger.Error("not a task: terminated", zap.String("subject", m.Subject()), zap.Error(err))
		m.Term() //nolint:errcheck // nothing else to do with it
		return in, nil, false
	}
	if meta, err := m.Metadata(); err == nil && meta.NumDelivered >= uint64(f.w.cfg.MaxDeliver) {
		t.last = true
		in.Error = fmt.Sprintf("abandoned after %d deliveries: each stopped or stalled a worker", meta.NumDelivered-1)
		return in, t, true
	}
	if in.Error == "" && f.checker != nil {
		stored, err := f.checker.Stored(ctx, in.Source.Identity(), in.Source.SHA256)
		if err != nil {
			f.w.cfg.Logger.Warn("checking the sink for a document failed; processing it", zap.String("source", in.Source.Identity()), zap.Error(err))
		} else if stored {
			f.c.skip(t)
			return in, nil, false
		}
	}
	if t.body == "" {
		in.Body = m.Data()
		return in, t, true
	}
	body, err := f.w.res.objects.GetBytes(ctx, t.body)
	if err != nil {
		in.Error = fmt.Sprintf("read body %s from the object store: %v", t.body, err)
	}
	in.Body = body
	return in, t, true
}

// Ack tells the worker a task's records were written; see pipeline.Acker.
func (s *taskSource) Ack(ctx context.Context, in corpus.Input, failed bool) error {
	return s.f.c.ack(ctx, in, failed)
}
