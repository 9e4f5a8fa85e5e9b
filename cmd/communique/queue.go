package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"go.uber.org/zap"

	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/output"
	"github.com/communique/communique/pipeline"
	"github.com/communique/communique/queue"
	"github.com/communique/communique/sources"
)

// This file holds the scale-out commands: enqueue, worker and queue (see
// docs/scale-out.md and package queue).

// natsFlags are the flags every queue command shares.
type natsFlags struct {
	url      string
	replicas int
}

func (f *natsFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.url, "nats", "", "the NATS server `URL`s, comma-separated (nats://host:4222)")
	fs.IntVar(&f.replicas, "replicas", 0, "set the replicas of the queue's streams and object store to `N` (3 on a 3-node cluster); 0 keeps them, and creates missing ones with 1")
}

func (f *natsFlags) validate(cmd string) error {
	if f.url == "" {
		return fmt.Errorf("%s: --nats URL is required", cmd)
	}
	if f.replicas < 0 || f.replicas > 5 {
		return fmt.Errorf("%s: --replicas %d: want 0 to 5", cmd, f.replicas)
	}
	return nil
}

const enqueueUsage = `Usage: communique enqueue --nats URL [flags] PATH...

Publishes one task per document of the files and folders named (read as
run reads them) to the NATS JetStream work queue, for communique worker.
Like run, it first learns the chrome model over the documents and ships it
with the tasks, so the workers' records equal run's. A document enqueued
again (same name, same bytes) within the queue's duplicate window is not
enqueued twice.
Exit status: 0 enqueued, 1 error, 2 usage error.

Flags:
`

// enqueueFlags are the flags of "communique enqueue".
type enqueueFlags struct {
	nats        natsFlags
	workers     int
	maxBytes    int64
	learnChrome bool
	chrome      string
	log         logFlags
}

// parseEnqueue parses enqueue's arguments; flags may come before or after
// paths. Every error but flag.ErrHelp is a usage error.
func parseEnqueue(args []string, stderr io.Writer) (enqueueFlags, []string, error) {
	f := enqueueFlags{workers: runtime.NumCPU(), maxBytes: defaultMaxBytes, learnChrome: true}
	fs := flag.NewFlagSet("enqueue", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), enqueueUsage)
		fs.PrintDefaults()
	}
	f.nats.register(fs)
	fs.IntVar(&f.workers, "workers", f.workers, "decode `N` documents at a time while learning the chrome model")
	fs.Var((*byteSize)(&f.maxBytes), "max-bytes", "refuse files larger than `SIZE` (52428800, 50MB, 50MiB; each becomes an error record)")
	fs.BoolVar(&f.learnChrome, "learn-chrome", f.learnChrome, "learn the chrome model over the documents first, as run does; =false drops none (unless --chrome)")
	fs.StringVar(&f.chrome, "chrome", "", "clean with the chrome model in `FILE` instead of learning one")
	f.log.register(fs)
	paths, err := parseInterspersed(fs, args)
	switch {
	case err != nil:
		return f, nil, err
	case len(paths) == 0:
		fs.Usage()
		return f, nil, errors.New("enqueue: no PATH given")
	case f.workers < 1:
		return f, nil, fmt.Errorf("enqueue: --workers %d: must be at least 1", f.workers)
	case f.maxBytes < 1:
		return f, nil, fmt.Errorf("enqueue: --max-bytes %d: must be at least 1", f.maxBytes)
	}
	if err := errors.Join(f.nats.validate("enqueue"), f.log.validate()); err != nil {
		return f, nil, err
	}
	return f, paths, nil
}

// cmdEnqueue is "communique enqueue".
func cmdEnqueue(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	flags, paths, err := parseEnqueue(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return usageError{err}
	}
	bar := newProgressBar(stderr)
	logOut := stderr
	if bar != nil {
		logOut = bar // clears the status line before each log line
	}
	log := flags.log.logger(logOut)
	defer log.Sync() //nolint:errcheck // stderr may not support sync
	start := time.Now()

	nc, err := queue.Connect(flags.nats.url, "communique enqueue")
	if err != nil {
		return err
	}
	defer nc.Close()
	fcfg, err := folderConfig(ctx, flags.maxBytes, paths, stdin, inputFlags{}, log)
	if err != nil {
		return err
	}
	model, err := enqueueChromeModel(ctx, flags, fcfg, paths, log, bar)
	if err != nil {
		return err
	}
	enq, err := queue.NewEnqueuer(ctx, nc, queue.Config{Replicas: flags.nats.replicas}, model)
	if err != nil {
		return err
	}
	src, err := sources.NewFolder(fcfg, paths...)
	if err != nil {
		return usageError{fmt.Errorf("enqueue: %w", err)}
	}
	// Counted atomically: the status line reads them from its ticker.
	var enqueued, dups atomic.Int64
	if bar != nil {
		bar.done.Store(0)
		watch := queueWatch{nc: nc}
		stop := bar.startLine(ctx, func() string {
			st, known := watch.stats(ctx)
			return renderQueue(st, known, renderEnqueued(enqueued.Load(), dups.Load(), bar.total.Load()))
		})
		defer stop()
	}
	err = enqueueAll(ctx, src, enq, &enqueued, &dups)
	if bar != nil {
		bar.stop()
	}
	if err != nil {
		return err
	}
	if enqueued.Load()+dups.Load() == 0 {
		return fmt.Errorf("enqueue: no documents found in %v", paths)
	}
	log.Info("enqueued", zap.Int64("tasks", enqueued.Load()), zap.Int64("duplicates", dups.Load()), zap.String("chrome", enq.Chrome()),
		zap.Duration("elapsed", time.Since(start).Round(time.Millisecond)))
	return nil
}

// enqueueChromeModel is the chrome model the enqueued tasks carry: read
// from --chrome, learned by a first pass over the documents (the default),
// or none (--learn-chrome=false).
func enqueueChromeModel(ctx context.Context, flags enqueueFlags, fcfg sources.FolderConfig, paths []string, log *zap.Logger, bar *progressBar) (*clean.ChromeModel, error) {
	switch {
	case flags.chrome != "":
		model, err := readChromeModel(flags.chrome)
		if err != nil {
			return nil, usageError{fmt.Errorf("enqueue: %w", err)}
		}
		return model, nil
	case !flags.learnChrome:
		return nil, nil
	}
	log.Info("learning repeated lines (site chrome): a first pass over the documents")
	dec, err := pipeline.NewDecoder(pipeline.StageConfig{MaxBytes: flags.maxBytes, PDFEngines: flags.workers})
	if err != nil {
		return nil, err
	}
	defer dec.Close() //nolint:errcheck // the PDF engines only hold memory
	lcfg := pipeline.Config{Workers: flags.workers, Logger: log}
	if bar != nil {
		bar.learning.Store(true)
		lcfg.LearnProgress = func(read int) { bar.done.Store(int64(read)) }
		defer bar.start(ctx, paths)()
	}
	model, err := learnChromeOver(ctx, lcfg, dec, fcfg, paths, nil)
	if bar != nil {
		bar.stop()
	}
	return model, err
}

// enqueueAll puts every document src yields on the work queue, counting
// new tasks and duplicates, until src is exhausted or an error.
func enqueueAll(ctx context.Context, src pipeline.Source, enq *queue.Enqueuer, enqueued, dups *atomic.Int64) error {
	for {
		in, err := src.Next(ctx)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("enqueue: read: %w", err)
		}
		dup, err := enq.Enqueue(ctx, in)
		if err != nil {
			return fmt.Errorf("enqueue: %w", err)
		}
		if dup {
			dups.Add(1)
		} else {
			enqueued.Add(1)
		}
	}
}

const workerUsage = `Usage: communique worker --nats URL (--postgres DSN | --sqlite FILE | -o FILE | --publish SUBJECT) [flags]

Takes tasks from the NATS JetStream work queue (communique enqueue), runs
each through the same stages as run and writes its records to the sink; a
task is acknowledged only once its records are committed. Any number of
workers may share the queue; with several, use --postgres or --publish
(one SQLite file or one -o file per worker). -o appends JSON Lines to
FILE; --publish puts each record, as its JSON line, on a JetStream subject.
Without --drain it runs until SIGTERM or Ctrl-C, then releases what it
has not finished.
Exit status: 0 stopped or drained, 1 error, 2 usage error.

Flags:
`

// cmdWorker is "communique worker".
// workerFlags are the flags of "communique worker".
type workerFlags struct {
	nats    natsFlags
	sinks   sinkFlags
	publish string
	log     logFlags
	cfg     queue.WorkerConfig
}

// parseWorker parses worker's arguments. Every error but flag.ErrHelp is a
// usage error.
func parseWorker(args []string, stderr io.Writer) (workerFlags, error) {
	f := workerFlags{cfg: queue.WorkerConfig{Workers: runtime.NumCPU(), MaxBytes: defaultMaxBytes, DocTimeout: defaultDocTimeout, AckWait: queue.DefaultAckWait}}
	cfg := &f.cfg
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), workerUsage)
		fs.PrintDefaults()
	}
	f.nats.register(fs)
	f.sinks.register(fs)
	fs.StringVar(&f.publish, "publish", "", "publish the records on the JetStream `SUBJECT` (a stream "+queue.RecordStream+" is created for it unless one takes it), de-duplicated by record id; safe with several workers")
	f.log.register(fs)
	fs.IntVar(&cfg.Workers, "workers", cfg.Workers, "process `N` documents at a time")
	fs.Var((*byteSize)(&cfg.MaxBytes), "max-bytes", "refuse documents larger than `SIZE` (52428800, 50MB, 50MiB; each becomes an error record)")
	fs.Var((*duration)(&cfg.DocTimeout), "doc-timeout", "give up on a document after `DURATION` (30s, 5m) in the stages (an error record); 0 means no limit")
	fs.Var((*duration)(&cfg.AckWait), "ack-wait", "redeliver a task whose worker went silent for `DURATION` (the shared consumer's setting: the last worker started sets it)")
	fs.IntVar(&cfg.MaxDeliver, "max-deliver", queue.DefaultMaxDeliver, "deliver a task at most `N` times; the last delivery becomes an error record")
	fs.BoolVar(&cfg.Drain, "drain", false, "exit once the queue is empty")
	if err := parseFlags(fs, args, stderr); err != nil {
		return f, err
	}
	n := 0
	for _, s := range []string{f.sinks.out, f.sinks.sqlite, f.sinks.postgres, f.publish} {
		if s != "" {
			n++
		}
	}
	switch {
	case fs.NArg() > 0:
		return f, fmt.Errorf("worker: unexpected argument %q", fs.Arg(0))
	case n != 1:
		return f, errors.New("worker: name exactly one sink: --postgres DSN, --sqlite FILE, -o FILE or --publish SUBJECT")
	case cfg.Workers < 1:
		return f, fmt.Errorf("worker: --workers %d: must be at least 1", cfg.Workers)
	case cfg.MaxBytes < 1:
		return f, fmt.Errorf("worker: --max-bytes %d: must be at least 1", cfg.MaxBytes)
	case cfg.DocTimeout < 0:
		return f, fmt.Errorf("worker: --doc-timeout %v: must not be negative", cfg.DocTimeout)
	}
	return f, errors.Join(f.nats.validate("worker"), f.log.validate())
}

// workerSink opens the one sink a worker writes to: a JetStream subject
// (--publish), a JSON Lines file appended in place (-o), or a database.
func workerSink(ctx context.Context, flags workerFlags, nc *nats.Conn, stdout io.Writer) (output.Sink, error) {
	switch {
	case flags.publish != "":
		sink, err := queue.NewPublisher(ctx, nc, queue.Config{Replicas: flags.nats.replicas}, flags.publish)
		if err != nil {
			return nil, usageError{fmt.Errorf("worker: %w", err)}
		}
		return sink, nil
	case flags.sinks.out != "":
		return output.AppendInPlaceJSONL(flags.sinks.out)
	}
	return flags.sinks.open(ctx, stdout)
}

func cmdWorker(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags, err := parseWorker(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return usageError{err}
	}
	cfg, nf, logf := flags.cfg, flags.nats, flags.log
	var bar *progressBar
	logOut := stderr
	if cfg.Drain {
		// A batch job watched on a terminal: the queue's counts as it drains.
		if bar = newProgressBar(stderr); bar != nil {
			logOut = bar
		}
	}
	log := logf.logger(logOut)
	defer log.Sync() //nolint:errcheck // stderr may not support sync
	cfg.Logger = log
	start := time.Now()
	tuneGC(os.Getenv, cfg.Workers, cfg.MaxBytes)

	nc, err := queue.Connect(nf.url, "communique worker")
	if err != nil {
		return err
	}
	defer nc.Close()
	w, err := queue.NewWorker(ctx, nc, queue.Config{Replicas: nf.replicas}, cfg)
	if err != nil {
		return usageError{fmt.Errorf("worker: %w", err)}
	}
	sink, err := workerSink(ctx, flags, nc, stdout)
	if err != nil {
		return err
	}
	if bar != nil {
		watch := queueWatch{nc: nc}
		first, began := uint64(0), time.Now()
		defer bar.startLine(ctx, func() string {
			st, known := watch.stats(ctx)
			if known && first == 0 {
				first = st.Tasks
			}
			return renderQueue(st, known, drainProgress(first, st.Tasks, time.Since(began)))
		})()
	}
	stats, runErr := w.Run(ctx, sink)
	if bar != nil {
		bar.stop()
	}
	closeErr := sink.Close(context.WithoutCancel(ctx))
	elapsed := time.Since(start)
	log.Info("worker stopped", zap.Int("documents", stats.Documents), zap.Int("records", stats.Records),
		zap.Int("failures", stats.Failures), zap.Int("skipped", stats.Skipped), zap.Int("abandoned", stats.Abandoned),
		zap.Duration("elapsed", elapsed.Round(time.Millisecond)),
		zap.String("docs_per_sec", fmt.Sprintf("%.1f", float64(stats.Documents)/elapsed.Seconds())))
	return errors.Join(runErr, closeErr)
}

const queueUsage = `Usage: communique queue --nats URL [--json]

Prints the work queue's counts: tasks pending (not yet delivered), in
flight (delivered, not acknowledged), redelivered, and documents failed
(error records written by workers).

Flags:
`

// cmdQueue is "communique queue".
func cmdQueue(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var (
		nf     natsFlags
		asJSON bool
	)
	fs := flag.NewFlagSet("queue", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), queueUsage)
		fs.PrintDefaults()
	}
	nf.register(fs)
	fs.BoolVar(&asJSON, "json", false, "print the counts as one JSON object")
	if err := parseFlags(fs, args, stderr); errors.Is(err, flag.ErrHelp) {
		return nil
	} else if err != nil {
		return usageError{err}
	}
	if err := nf.validate("queue"); err != nil {
		return usageError{err}
	}
	nc, err := queue.Connect(nf.url, "communique queue")
	if err != nil {
		return err
	}
	defer nc.Close()
	s, err := queue.ReadStats(ctx, nc)
	if err != nil {
		return err
	}
	if asJSON {
		return json.NewEncoder(stdout).Encode(s)
	}
	_, err = fmt.Fprintf(stdout, "pending     %d\nin flight   %d\nredelivered %d\nfailed      %d\n", s.Pending, s.InFlight, s.Redelivered, s.Failed)
	return err
}
