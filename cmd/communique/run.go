package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"time"

	"go.uber.org/zap"

	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/pipeline"
	"github.com/communique/communique/sources"
)

// defaultMaxBytes is the default --max-bytes: larger than any release or
// newsletter seen, small enough that a few in flight fit in memory.
const defaultMaxBytes = 50 << 20

// defaultDocTimeout is the default --doc-timeout: far beyond what a large
// PDF needs, short enough that a pathological one does not stall a batch.
const defaultDocTimeout = 5 * time.Minute

// runFlags are the flags of "communique run".
type runFlags struct {
	workers     int
	docTimeout  time.Duration
	maxBytes    int64
	ocr         string
	learnChrome bool
	chrome      string
	inputs      inputFlags
	cpuProfile  string
	log         logFlags
	sinks       sinkFlags
}

const runUsage = `Usage: communique run [flags] PATH...

Reads the files and folders named (folders recursively, in name order),
standard input for "-" and http(s) URLs (also from --urls FILE), decodes
text, HTML, PDF and feeds, and writes one JSON record per article to
stdout (or -o FILE); a document that fails becomes one error record.
Exit status: 0 all documents succeeded, 1 some failed, 2 usage error.

Flags:
`

// parseRun parses run's arguments; flags may come before or after paths.
func parseRun(args []string, stderr io.Writer) (runFlags, []string, error) {
	f := runFlags{workers: runtime.NumCPU(), maxBytes: defaultMaxBytes, learnChrome: true, docTimeout: defaultDocTimeout}
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), runUsage)
		fs.PrintDefaults()
	}
	fs.IntVar(&f.workers, "workers", f.workers, "process `N` documents at a time")
	fs.Var((*byteSize)(&f.maxBytes), "max-bytes", "refuse files larger than `SIZE` (52428800, 50MB, 50MiB; each becomes an error record)")
	fs.Var((*duration)(&f.docTimeout), "doc-timeout", "give up on a document after `DURATION` (30s, 5m) in the stages (an error record); 0 means no limit")
	fs.BoolVar(&f.learnChrome, "learn-chrome", f.learnChrome, "first read every document to learn lines repeated across many of them (site chrome) and drop them; =false drops none (unless --chrome)")
	fs.StringVar(&f.chrome, "chrome", "", "drop the repeated lines of the chrome model in `FILE` (from communique learn-chrome) instead of learning them")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `FILE` (go tool pprof)")
	fs.StringVar(&f.ocr, "ocr", "", "tesseract `COMMAND` run on PDF pages that are images without text (default: tesseract on PATH); - turns OCR off")
	f.log.register(fs)
	f.sinks.register(fs)
	f.inputs.register(fs)

	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return f, nil, err
	}
	if f.inputs.urls != "" {
		urls, err := urlList(f.inputs.urls)
		if err != nil {
			return f, nil, err
		}
		paths = append(paths, urls...)
	}
	switch {
	case len(paths) == 0:
		fs.Usage()
		return f, nil, errors.New("run: no PATH given")
	case f.workers < 1:
		return f, nil, fmt.Errorf("run: --workers %d: must be at least 1", f.workers)
	case f.maxBytes < 1:
		return f, nil, fmt.Errorf("run: --max-bytes %d: must be at least 1", f.maxBytes)
	case f.docTimeout < 0:
		return f, nil, fmt.Errorf("run: --doc-timeout %v: must not be negative", f.docTimeout)
	}
	if err := f.log.validate(); err != nil {
		return f, nil, fmt.Errorf("run: %w", err)
	}
	return f, paths, nil
}

// cmdRun is "communique run": folders and files through the pipeline.
func cmdRun(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	flags, paths, err := parseRun(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return usageError{err}
	}
	start := time.Now()
	tuneGC(os.Getenv, flags.workers, flags.maxBytes)
	if flags.cpuProfile != "" {
		stop, err := startCPUProfile(flags.cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}

	bar := newProgressBar(stderr)
	logOut := stderr
	if bar != nil {
		logOut = bar // clears the bar line before each log line
	}
	log := flags.log.logger(logOut)
	defer log.Sync() //nolint:errcheck // stderr may not support sync

	if err := flags.sinks.check(ctx); err != nil {
		return usageError{fmt.Errorf("run: %w", err)}
	}
	// One decoder for the learning pass and the run: what it OCRs once it
	// keeps for the second pass.
	decoder, err := pipeline.NewDecoder(pipeline.StageConfig{MaxBytes: flags.maxBytes, OCRCommand: flags.ocr, PDFEngines: flags.workers})
	if err != nil {
		return err
	}
	defer decoder.Close() //nolint:errcheck // the PDF engines only hold memory
	cfg := pipeline.Config{Workers: flags.workers, Logger: log, DocTimeout: flags.docTimeout}
	if flags.learnChrome && flags.chrome == "" {
		// the learning pass keeps what it decoded for the run
		cfg.Decoded = pipeline.NewDocCache(pipeline.DefaultDecodedBudget)
	}
	fcfg, err := folderConfig(ctx, flags.maxBytes, paths, stdin, flags.inputs, log)
	if err != nil {
		return err
	}
	learning := flags.learnChrome && flags.chrome == ""
	if bar != nil {
		cfg.Progress = func(s pipeline.Stats) { bar.done.Store(int64(s.Documents)) }
		cfg.LearnProgress = func(read int) { bar.done.Store(int64(read)) }
		bar.learning.Store(learning)
		stopBar := bar.start(ctx, paths)
		defer stopBar()
	}
	// The learning pass's walk notes what it skips: a replayed run (below)
	// does not walk again.
	var learnSkips skipList
	lfcfg := fcfg
	lfcfg.Skipped = learnSkips.add
	model, err := runChromeModel(ctx, flags, cfg, decoder, lfcfg, paths, log, bar)
	if err != nil {
		return err
	}
	stages, err := pipeline.NewStages(pipeline.StageConfig{Chrome: model, Decoder: decoder})
	if err != nil {
		return err
	}
	runner, err := pipeline.New(cfg, stages)
	if err != nil {
		return fmt.Errorf("pipeline: %w", err)
	}

	var skipped atomic.Int64
	fcfg.Skipped = func(path, reason string) {
		skipped.Add(1)
		log.Debug("skipped", zap.String("path", path), zap.String("reason", reason))
	}
	// The run replays the inputs the learning pass read, when it kept them
	// all, instead of reading and hashing every file again.
	src, replayed := cfg.Decoded.Replay()
	if replayed {
		learnSkips.tell(fcfg.Skipped)
	} else {
		src, err = sources.NewFolder(fcfg, paths...)
		if err != nil {
			return usageError{fmt.Errorf("run: %w", err)}
		}
	}
	sink, err := flags.sinks.open(ctx, stdout)
	if err != nil {
		return err
	}
	stats, runErr := runner.Run(ctx, src, sink)
	// The sink commits what was written, also after Ctrl-C.
	closeErr := sink.Close(context.WithoutCancel(ctx))
	if bar != nil {
		bar.stop()
	}

	return runOutcome(log, stats, runErr, closeErr, runSummary(stats, skipped.Load(), time.Since(start)), paths, skipped.Load())
}

// runChromeModel is the chrome model of a run: read from --chrome, learned
// by a first pass over the documents (the default), or none
// (--learn-chrome=false). An interrupted learning pass is errInterrupted.
func runChromeModel(ctx context.Context, flags runFlags, cfg pipeline.Config, decoder pipeline.Decoder, fcfg sources.FolderConfig, paths []string, log *zap.Logger, bar *progressBar) (*clean.ChromeModel, error) {
	switch {
	case flags.chrome != "":
		model, err := readChromeModel(flags.chrome)
		if err != nil {
			return nil, usageError{fmt.Errorf("run: %w", err)}
		}
		log.Info("using the chrome model", zap.String("file", flags.chrome), zap.String("sha256", model.Hash()),
			zap.Int("documents", model.Documents()), zap.Int("lines", model.Lines()))
		return model, nil
	case !flags.learnChrome:
		return nil, nil
	}
	learnStart := time.Now()
	log.Info("learning repeated lines (site chrome): a first pass over the documents")
	model, err := learnChromeOver(ctx, cfg, decoder, fcfg, paths, nil)
	if errors.Is(err, context.Canceled) {
		log.Error("interrupted during the learning pass: no records written")
		return nil, errInterrupted
	}
	if err != nil {
		return nil, err
	}
	log.Info("learned repeated lines", zap.Duration("elapsed", time.Since(learnStart).Round(time.Millisecond)),
		zap.Int("lines", model.Lines()), zap.String("sha256", model.Hash()))
	if bar != nil {
		bar.learned()
	}
	return model, nil
}

// skipList keeps what a walk skipped (path and reason), in order, to be
// told again when the walk's inputs are replayed. The walk calls add from
// one goroutine.
type skipList [][2]string

func (l *skipList) add(path, reason string) { *l = append(*l, [2]string{path, reason}) }

// tell calls skipped with every entry, in order.
func (l skipList) tell(skipped func(path, reason string)) {
	for _, e := range l {
		skipped(e[0], e[1])
	}
}

// runSummary is the closing log line's fields of a run.
func runSummary(stats pipeline.Stats, skipped int64, elapsed time.Duration) []zap.Field {
	return []zap.Field{
		zap.Int("documents", stats.Documents),
		zap.Int("records", stats.Records),
		zap.Int("failures", stats.Failures),
		zap.Int64("skipped", skipped),
		zap.Duration("elapsed", elapsed.Round(time.Millisecond)),
		zap.String("docs_per_sec", fmt.Sprintf("%.1f", float64(stats.Documents)/elapsed.Seconds())),
		zap.String("mb_per_sec", fmt.Sprintf("%.2f", float64(stats.Bytes)/(1<<20)/elapsed.Seconds())),
	}
}

// runOutcome logs how a run ended and returns its error: errInterrupted
// after Ctrl-C, the run's or the sink's error, errSomeFailed when some
// documents failed, an error when no document was found, else nil.
func runOutcome(log *zap.Logger, stats pipeline.Stats, runErr, closeErr error, summary []zap.Field, paths []string, skipped int64) error {
	switch {
	case errors.Is(runErr, context.Canceled):
		log.Error("interrupted: records of the documents finished so far were written", summary...)
		if closeErr != nil {
			return errors.Join(errInterrupted, closeErr)
		}
		return errInterrupted
	case runErr != nil:
		return errors.Join(fmt.Errorf("run stopped after %d documents (%d records written): %w", stats.Documents, stats.Records, runErr), closeErr)
	case closeErr != nil:
		return closeErr
	case stats.Failures > 0:
		log.Error("finished; some documents failed", summary...)
		return errSomeFailed
	}
	if stats.Documents == 0 {
		return fmt.Errorf("run: no documents found in %s (%d files skipped; --verbose lists them)", strings.Join(paths, ", "), skipped)
	}
	log.Info("finished", summary...)
	return nil
}

// startCPUProfile profiles the process into path until stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// errInterrupted is the error of a run stopped by a signal; alone, it
// exits 1 without a message (the log already said so).
var errInterrupted = errors.New("interrupted")

// logFlags are the logging flags.
type logFlags struct {
	format  string
	quiet   bool
	verbose bool
}

func (f *logFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "log-format", "console", "log format on stderr: `console` or json")
	fs.BoolVar(&f.quiet, "quiet", false, "log errors only (not each failed document)")
	fs.BoolVar(&f.verbose, "verbose", false, "also log debug details (skipped files, panic stacks)")
}

func (f *logFlags) validate() error {
	switch strings.ToLower(f.format) {
	case "console", "json":
	default:
		return fmt.Errorf("--log-format %q: want console or json", f.format)
	}
	if f.quiet && f.verbose {
		return errors.New("--quiet and --verbose contradict each other")
	}
	return nil
}

// parseInterspersed parses args with fs, flags before or after the
// positional arguments (until "--"), and returns the positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	rest := args
	out := fs.Output()
	for {
		if err := parseFlags(fs, rest, out); err != nil {
			return nil, err
		}
		left := fs.Args()
		if len(left) == 0 {
			return paths, nil
		}
		if n := len(rest) - len(left); n > 0 && rest[n-1] == "--" {
			return append(paths, left...), nil
		}
		paths = append(paths, left[0])
		rest = left[1:]
	}
}
