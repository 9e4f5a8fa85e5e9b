package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"time"

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

// cmdEnqueue is "communique enqueue".
func cmdEnqueue(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var (
		nf          natsFlags
		workers     = runtime.NumCPU()
		maxBytes    = int64(defaultMaxBytes)
		learnChrome = true
		chrome      string
		logf        logFlags
	)
	fs := flag.NewFlagSet("enqueue", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), enqueueUsage)
		fs.PrintDefaults()
	}
	nf.register(fs)
	fs.IntVar(&workers, "workers", workers, "decode `N` documents at a time while learning the chrome model")
	fs.Int64Var(&maxBytes, "max-bytes", maxBytes, "refuse files larger than `BYTES` (each becomes an error record)")
	fs.BoolVar(&learnChrome, "learn-chrome", learnChrome, "learn the chrome model over the documents first, as run does; =false drops none (unless --chrome)")
	fs.StringVar(&chrome, "chrome", "", "clean with the chrome model in `FILE` instead of learning one")
	logf.register(fs)
	paths, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	switch {
	case err != nil:
		return usageError{err}
	case len(paths) == 0:
		fs.Usage()
		return usageError{errors.New("enqueue: no PATH given")}
	case workers < 1:
		return usageError{fmt.Errorf("enqueue: --workers %d: must be at least 1", workers)}
	case maxBytes < 1:
		return usageError{fmt.Errorf("enqueue: --max-bytes %d: must be at least 1", maxBytes)}
	}
	if err := errors.Join(nf.validate("enqueue"), logf.validate()); err != nil {
		return usageError{err}
	}
	log := logf.logger(stderr)
	defer log.Sync() //nolint:errcheck // stderr may not support sync
	start := time.Now()

	nc, err := queue.Connect(nf.url, "communique enqueue")
	if err != nil {
		return err
	}
	defer nc.Close()
	fcfg, err := folderConfig(ctx, maxBytes, paths, stdin, inputFlags{}, log)
	if err != nil {
		return err
	}
	var model *clean.ChromeModel
	switch {
	case chrome != "":
		if model, err = readChromeModel(chrome); err != nil {
			return usageError{fmt.Errorf("enqueue: %w", err)}
		}
	case learnChrome:
		log.Info("learning repeated lines (site chrome): a first pass over the documents")
		dec, err := pipeline.NewDecoder(pipeline.StageConfig{MaxBytes: maxBytes, PDFEngines: workers})
		if err != nil {
			return err
		}
		defer dec.Close() //nolint:errcheck // the PDF engines only hold memory
		if model, err = learnChromeOver(ctx, pipeline.Config{Workers: workers, Logger: log}, dec, fcfg, paths, nil); err != nil {
			return err
		}
	}
	enq, err := queue.NewEnqueuer(ctx, nc, queue.Config{Replicas: nf.replicas}, model)
	if err != nil {
		return err
	}
	src, err := sources.NewFolder(fcfg, paths...)
	if err != nil {
		return usageError{fmt.Errorf("enqueue: %w", err)}
	}
	var enqueued, dups int
	for {
		in, err := src.Next(ctx)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("enqueue: read: %w", err)
		}
		dup, err := enq.Enqueue(ctx, in)
		if err != nil {
			return fmt.Errorf("enqueue: %w", err)
		}
		if dup {
			dups++
		} else {
			enqueued++
		}
	}
	if enqueued+dups == 0 {
		return fmt.Errorf("enqueue: no documents found in %v", paths)
	}
	log.Info("enqueued", zap.Int("tasks", enqueued), zap.Int("duplicates", dups), zap.String("chrome", enq.Chrome()),
		zap.Duration("elapsed", time.Since(start).Round(time.Millisecond)))
	return nil
}

const workerUsage = `Usage: communique worker --nats URL (--postgres DSN | --sqlite FILE | -o FILE) [flags]

Takes tasks from the NATS JetStream work queue (communique enqueue), runs
each through the same stages as run and writes its records to the sink; a
task is acknowledged only once its records are committed. Any number of
workers may share the queue; with several, use --postgres (one SQLite
file or one -o file per worker). -o appends JSON Lines to FILE.
Without --drain it runs until SIGTERM or Ctrl-C, then releases what it
has not finished.
Exit status: 0 stopped or drained, 1 error, 2 usage error.

Flags:
`

// cmdWorker is "communique worker".
func cmdWorker(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var (
		nf    natsFlags
		sinks sinkFlags
		logf  logFlags
		cfg   = queue.WorkerConfig{Workers: runtime.NumCPU(), MaxBytes: defaultMaxBytes, DocTimeout: defaultDocTimeout}
	)
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), workerUsage)
		fs.PrintDefaults()
	}
	nf.register(fs)
	sinks.register(fs)
	logf.register(fs)
	fs.IntVar(&cfg.Workers, "workers", cfg.Workers, "process `N` documents at a time")
	fs.Int64Var(&cfg.MaxBytes, "max-bytes", cfg.MaxBytes, "refuse documents larger than `BYTES` (each becomes an error record)")
	fs.DurationVar(&cfg.DocTimeout, "doc-timeout", cfg.DocTimeout, "give up on a document after `DURATION` in the stages (an error record); 0 means no limit")
	fs.DurationVar(&cfg.AckWait, "ack-wait", queue.DefaultAckWait, "redeliver a task whose worker went silent for `DURATION` (the shared consumer's setting: the last worker started sets it)")
	fs.IntVar(&cfg.MaxDeliver, "max-deliver", queue.DefaultMaxDeliver, "deliver a task at most `N` times; the last delivery becomes an error record")
	fs.BoolVar(&cfg.Drain, "drain", false, "exit once the queue is empty")
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return nil
	} else if err != nil {
		return usageError{err}
	}
	n := 0
	for _, s := range []string{sinks.out, sinks.sqlite, sinks.postgres} {
		if s != "" {
			n++
		}
	}
	switch {
	case fs.NArg() > 0:
		return usageError{fmt.Errorf("worker: unexpected argument %q", fs.Arg(0))}
	case n != 1:
		return usageError{errors.New("worker: name exactly one sink: --postgres DSN, --sqlite FILE or -o FILE")}
	case cfg.Workers < 1:
		return usageError{fmt.Errorf("worker: --workers %d: must be at least 1", cfg.Workers)}
	}
	if err := errors.Join(nf.validate("worker"), logf.validate()); err != nil {
		return usageError{err}
	}
	log := logf.logger(stderr)
	defer log.Sync() //nolint:errcheck // stderr may not support sync
	cfg.Logger = log
	start := time.Now()

	nc, err := queue.Connect(nf.url, "communique worker")
	if err != nil {
		return err
	}
	defer nc.Close()
	w, err := queue.NewWorker(ctx, nc, queue.Config{Replicas: nf.replicas}, cfg)
	if err != nil {
		return usageError{fmt.Errorf("worker: %w", err)}
	}
	var sink output.Sink
	if sinks.out != "" {
		sink, err = output.AppendInPlaceJSONL(sinks.out)
	} else {
		sink, err = sinks.open(ctx, stdout)
	}
	if err != nil {
		return err
	}
	stats, runErr := w.Run(ctx, sink)
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
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
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
