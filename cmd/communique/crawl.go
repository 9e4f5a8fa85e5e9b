package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/output"
	"github.com/communique/communique/pipeline"
	"github.com/communique/communique/queue"
	"github.com/communique/communique/sources"
)

const crawlUsage = `Usage: communique crawl [flags] --state DIR (--seed URL | --feed URL | --sitemap URL | --config FILE)...

Fetches new and changed press releases from index pages (--seed, links
followed within scope), RSS/Atom feeds (--feed) and sitemaps (--sitemap),
and sends them through the same pipeline and outputs as "communique run".
The state directory remembers what was emitted: later runs send conditional
requests and emit records only for new or changed documents (a changed page
keeps its record ids). Polite by default: robots.txt, one request at a time
and 1 request/s per host, retries with backoff. Non-public addresses
(loopback, private, link-local, metadata) are refused unless
--allow-private-addresses is given.

  --once         one pass, then exit (cron, systemd timers, Kubernetes CronJobs)
  --every 1h     a pass every interval until SIGINT/SIGTERM
  --nats URL     publish the documents as tasks for "communique worker"s
                 instead of processing them here (see docs/scale-out.md)

-o FILE appends each pass's new records to FILE (under a file lock, the
whole pass at its end: a pass cut short appends nothing), unlike run -o,
which replaces its file. With {time} in the name (replaced by the pass's
UTC start, e.g. -o out/releases-{time}.jsonl) each pass writes its own
file instead, its folder created when missing.
With --every, SIGINT or SIGTERM stops the crawl: exit 0 when it came between
passes (or as a pass finished), 1 when it cut a pass short (the documents
that pass finished are kept and committed).
Exit status: 0 success (dead links found on the site's pages, answering 404
or 410, are error records and counted as dead_links, but do not fail a pass),
1 a seed, feed or sitemap failed, a fetch failed after retries, a document
failed to decode, or the crawl stopped; 2 usage error.
See docs/crawl.md and examples/crawl.yaml.

Flags:
`

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// crawlFlags are the flags of "communique crawl".
type crawlFlags struct {
	config, state string
	seeds, feeds  stringList
	sitemaps      stringList
	hosts         stringList
	prefixes      stringList
	once          bool
	every         time.Duration
	allowPrivate  bool
	userAgent     string
	rate          float64
	maxBytes      int64
	chrome        string
	maxDepth      int
	maxPages      int
	workers       int
	reprocess     bool
	set           map[string]bool // flags given on the command line
	log           logFlags
	sinks         sinkFlags
	nats          natsFlags
}

// parseCrawl parses crawl's arguments and builds the crawl configuration:
// the config file (if any) over the defaults, then the flags given.
func parseCrawl(args []string, stderr io.Writer) (crawlFlags, sources.CrawlConfig, error) {
	def := sources.DefaultCrawlConfig()
	f := crawlFlags{workers: runtime.NumCPU(), rate: def.Rate, maxBytes: def.MaxBytes, maxDepth: def.Scope.MaxDepth,
		maxPages: def.Scope.MaxPages, userAgent: def.UserAgent}
	fs := flag.NewFlagSet("crawl", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), crawlUsage)
		fs.PrintDefaults()
	}
	f.register(fs)
	if err := parseFlags(fs, args, fs.Output()); err != nil {
		return f, sources.CrawlConfig{}, err
	}
	f.set = map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { f.set[fl.Name] = true })

	fail := func(err error) (crawlFlags, sources.CrawlConfig, error) {
		return f, sources.CrawlConfig{}, fmt.Errorf("crawl: %w", err)
	}
	switch {
	case fs.NArg() > 0:
		return fail(fmt.Errorf("unexpected argument %q (URLs go after --seed, --feed or --sitemap)", fs.Arg(0)))
	case f.workers < 1:
		return fail(fmt.Errorf("--workers %d: must be at least 1", f.workers))
	}
	if err := f.log.validate(); err != nil {
		return fail(err)
	}

	cfg := def
	if f.config != "" {
		data, err := os.ReadFile(f.config)
		if err != nil {
			return fail(fmt.Errorf("read config: %w", err))
		}
		if cfg, err = sources.ParseCrawlConfig(data); err != nil {
			return fail(fmt.Errorf("%s: %w", f.config, err))
		}
	}
	if err := f.overlay(&cfg); err != nil {
		return f, sources.CrawlConfig{}, err
	}
	return f, cfg, nil
}

// register defines crawl's flags on fs, defaults from f.
func (f *crawlFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.config, "config", "", "read the crawl configuration from YAML `FILE` (see examples/crawl.yaml); flags override it")
	fs.StringVar(&f.state, "state", "", "keep the crawl state in `DIR` (created if needed; required)")
	fs.Var(&f.seeds, "seed", "index page `URL` whose links are followed (repeatable)")
	fs.Var(&f.feeds, "feed", "RSS or Atom feed `URL` whose items are fetched (repeatable)")
	fs.Var(&f.sitemaps, "sitemap", "sitemap or sitemap index `URL`, gzip allowed (repeatable)")
	fs.Var(&f.hosts, "host", "allowed `HOST` (repeatable; *.example.gov for subdomains; default: the hosts of the URLs given)")
	fs.Var(&f.prefixes, "path-prefix", "follow only links whose path starts with `PREFIX` (repeatable, e.g. /press-releases/)")
	fs.BoolVar(&f.once, "once", false, "crawl once and exit (the default)")
	fs.Var((*duration)(&f.every), "every", "crawl every `INTERVAL` (e.g. 1h) until interrupted")
	fs.BoolVar(&f.allowPrivate, "allow-private-addresses", false, "allow loopback, private and link-local addresses (tests, intranets)")
	fs.StringVar(&f.userAgent, "user-agent", f.userAgent, "User-Agent `STRING`; keep a contact URL in it")
	fs.Float64Var(&f.rate, "rate", f.rate, "at most `N` requests per second to each host")
	fs.Var((*byteSize)(&f.maxBytes), "max-bytes", "refuse responses and documents larger than `SIZE` (52428800, 50MB, 50MiB)")
	fs.IntVar(&f.maxDepth, "max-depth", f.maxDepth, "follow links `N` levels from a seed")
	fs.IntVar(&f.maxPages, "max-pages", f.maxPages, "fetch at most `N` URLs per pass")
	fs.IntVar(&f.workers, "workers", f.workers, "process `N` documents at a time")
	fs.StringVar(&f.chrome, "chrome", "", "drop the repeated lines of the chrome model in `FILE` (from communique learn-chrome); the crawler learns none itself")
	fs.BoolVar(&f.reprocess, "reprocess", false, "fetch every URL in full and emit every document again, changed or not (after upgrading communique)")
	f.log.register(fs)
	f.sinks.register(fs)
	f.nats.register(fs)
}

// overlay applies the flags given over cfg (the config file's or the
// defaults): the file's state, schedule and outputs unless a flag names
// them, flags' URLs added to the file's, and the checks of the result.
func (f *crawlFlags) overlay(cfg *sources.CrawlConfig) error {
	if f.state == "" {
		f.state = cfg.State
	}
	if !f.set["every"] && !f.once {
		f.every = time.Duration(cfg.Every)
	}
	for _, o := range []struct {
		flag     string
		dst      *string
		fromFile string
	}{{"o", &f.sinks.out, cfg.Output.File}, {"sqlite", &f.sinks.sqlite, cfg.Output.SQLite}, {"postgres", &f.sinks.postgres, cfg.Output.Postgres}} {
		if !f.set[o.flag] && *o.dst == "" {
			*o.dst = o.fromFile
		}
	}
	switch {
	case f.state == "":
		return errors.New("crawl: --state DIR is required (or state: in the --config file): it is how later runs know what was already emitted")
	case f.once && f.every != 0:
		return errors.New("crawl: --once and --every contradict each other")
	case f.every < 0 || (f.every > 0 && f.every < time.Second):
		return fmt.Errorf("crawl: --every %v: want at least 1s", f.every)
	case f.nats.url != "" && f.sinks.out+f.sinks.sqlite+f.sinks.postgres != "":
		return errors.New("crawl: --nats publishes tasks for workers, which write the records: give -o, --sqlite or --postgres to the workers")
	}
	if f.nats.url != "" {
		if err := f.nats.validate("crawl"); err != nil {
			return err
		}
	}
	cfg.Seeds = append(cfg.Seeds, f.seeds...)
	cfg.Feeds = append(cfg.Feeds, f.feeds...)
	cfg.Sitemaps = append(cfg.Sitemaps, f.sitemaps...)
	cfg.Scope.Hosts = append(cfg.Scope.Hosts, f.hosts...)
	cfg.Scope.PathPrefixes = append(cfg.Scope.PathPrefixes, f.prefixes...)
	if f.set["allow-private-addresses"] {
		cfg.AllowPrivateAddresses = f.allowPrivate
	}
	if f.set["user-agent"] {
		cfg.UserAgent = f.userAgent
	}
	if f.set["rate"] {
		cfg.Rate = f.rate
	}
	if f.set["max-bytes"] {
		cfg.MaxBytes = f.maxBytes
	}
	if f.set["max-depth"] {
		cfg.Scope.MaxDepth = f.maxDepth
	}
	if f.set["max-pages"] {
		cfg.Scope.MaxPages = f.maxPages
	}
	cfg.Reprocess = f.reprocess
	if !cfg.HasStartURLs() {
		return errors.New("crawl: nothing to crawl: give --seed, --feed, --sitemap or a --config naming them")
	}
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("crawl: %w", err)
	}
	return nil
}

// timePlaceholder in -o is replaced by each pass's start time, written
// as passTimeFormat.
const (
	timePlaceholder = "{time}"
	passTimeFormat  = "20060102T150405Z"
)

// passOutputs returns, for an -o template with {time} in its file name,
// the folder of the pass files and a test of whether a base name is one
// of them; ok is false for other templates.
func passOutputs(template string) (dir string, isPassOutput func(base string) bool, ok bool) {
	dir, name := filepath.Split(template)
	prefix, suffix, found := strings.Cut(name, timePlaceholder)
	if !found || strings.Contains(dir, timePlaceholder) {
		return "", nil, false
	}
	if dir == "" {
		dir = "."
	}
	return dir, func(base string) bool {
		stamp, ok := strings.CutPrefix(base, prefix)
		if !ok {
			return false
		}
		if stamp, ok = strings.CutSuffix(stamp, suffix); !ok {
			return false
		}
		_, err := time.Parse(passTimeFormat, stamp)
		return err == nil
	}, true
}

// cmdCrawl is "communique crawl".
func cmdCrawl(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags, cfg, err := parseCrawl(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return usageError{err}
	}
	// On a terminal a status line shows the pass (fetched, queued per
	// host, failures), and the crawler's per-URL lines are left out
	// (--verbose keeps them); elsewhere every URL fetched is a log line.
	tuneGC(os.Getenv, flags.workers, flags.maxBytes)
	bar := newProgressBar(stderr)
	logOut := stderr
	if bar != nil {
		logOut = bar // clears the status line before each log line
	}
	log := flags.log.logger(logOut)
	defer log.Sync() //nolint:errcheck // stderr may not support sync
	crawlLog := log
	if bar != nil && !flags.log.verbose {
		crawlLog = log.WithOptions(zap.IncreaseLevel(zapcore.WarnLevel))
	}

	state, err := sources.OpenState(flags.state)
	if err != nil {
		return err
	}
	defer func() {
		if err := state.Close(); err != nil {
			log.Error("close crawl state", zap.Error(err))
		}
	}()
	crawler, err := sources.NewCrawler(cfg, state, crawlLog)
	if err != nil {
		return usageError{err}
	}
	var model *clean.ChromeModel
	if flags.chrome != "" {
		if model, err = readChromeModel(flags.chrome); err != nil {
			return usageError{fmt.Errorf("crawl: %w", err)}
		}
	}
	p := crawlPass{crawler: crawler, sinks: flags.sinks, stdout: stdout, log: log, bar: bar}
	if flags.nats.url != "" {
		// Fetching stays here; decoding, cleaning, extraction and the
		// sinks are the workers'.
		nc, err := queue.Connect(flags.nats.url, "communique crawl")
		if err != nil {
			return err
		}
		defer nc.Close()
		if p.enq, err = queue.NewEnqueuer(ctx, nc, queue.Config{Replicas: flags.nats.replicas}, model); err != nil {
			return err
		}
		return p.schedule(ctx, flags.every, flags.state)
	}
	stages, err := pipeline.NewStages(pipeline.StageConfig{MaxBytes: cfg.MaxBytes, Chrome: model, PDFEngines: flags.workers})
	if err != nil {
		return err
	}
	defer stages.Close() //nolint:errcheck // the PDF engines only hold memory
	pcfg := pipeline.Config{Workers: flags.workers, Logger: log}
	if bar != nil {
		pcfg.Progress = func(s pipeline.Stats) { bar.done.Store(int64(s.Documents)) }
	}
	if p.runner, err = pipeline.New(pcfg, stages); err != nil {
		return fmt.Errorf("pipeline: %w", err)
	}
	return p.schedule(ctx, flags.every, flags.state)
}

// schedule runs one pass, or with every > 0 a pass every interval until
// ctx is done.
func (p crawlPass) schedule(ctx context.Context, every time.Duration, state string) error {
	if every == 0 {
		return p.run(ctx)
	}
	log := p.log
	log.Info("crawling periodically", zap.Duration("every", every), zap.String("state", state))
	for {
		start := time.Now()
		err := p.run(ctx)
		switch {
		case ctx.Err() != nil && errors.Is(err, errInterrupted):
			// Cut a pass short: what it finished is saved, the rest is
			// fetched again next time; exit 1 says the pass is incomplete.
			log.Warn("stopped by signal during a pass; its finished documents were written and committed, the rest come next run")
			return err
		case ctx.Err() != nil:
			log.Info("stopped by signal; the pass had finished")
			return nil
		case err != nil && !errors.Is(err, errSomeFailed):
			// A sink or state failure may be transient (a database
			// restarting): log it and try again next pass.
			log.Error("crawl pass failed", zap.Error(err))
		}
		wait := time.Until(start.Add(every))
		log.Info("next pass", zap.Time("at", time.Now().Add(max(wait, 0)).UTC()))
		t := time.NewTimer(max(wait, 0))
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			log.Info("stopped by signal")
			return nil
		}
	}
}

// crawlPass runs one crawl pass through the pipeline into the sinks.
type crawlPass struct {
	crawler *sources.Crawler
	runner  *pipeline.Runner
	sinks   sinkFlags
	stdout  io.Writer
	log     *zap.Logger
	bar     *progressBar // nil: no terminal
	// enq, when set, publishes the documents as tasks for workers
	// instead of running them through runner into sinks.
	enq *queue.Enqueuer
}

// run crawls once. The crawl state is committed only after the sink
// closed successfully, so a pass that dies before leaves the state as it
// was and the next pass emits the same documents again (same ids).
func (p crawlPass) run(ctx context.Context) error {
	if p.enq != nil {
		return p.publish(ctx)
	}
	start := time.Now()
	sf := p.sinks
	if strings.Contains(sf.out, timePlaceholder) {
		sf.out = strings.ReplaceAll(sf.out, timePlaceholder, start.UTC().Format(passTimeFormat))
		if err := os.MkdirAll(filepath.Dir(sf.out), 0o755); err != nil {
			return fmt.Errorf("create output folder: %w", err)
		}
		if dir, isPassOutput, ok := passOutputs(p.sinks.out); ok {
			// Earlier passes wrote other files: their writer removes no
			// temporary file of theirs that a killed pass left.
			if err := output.RemoveAbandonedTemps(dir, isPassOutput); err != nil {
				p.log.Warn("remove temporary files of killed passes", zap.Error(err))
			}
		}
	} else {
		sf.appendOut = true
	}
	sink, err := sf.open(ctx, p.stdout)
	if err != nil {
		return err
	}
	crawl := p.crawler.Start(ctx)
	if p.bar != nil {
		p.bar.done.Store(0)
		stop := p.bar.startLine(ctx, func() string {
			return renderCrawl(crawl.Summary(), crawl.Queued(), int(p.bar.done.Load()))
		})
		defer stop()
	}
	stats, runErr := p.runner.Run(ctx, crawl, sink)
	if p.bar != nil {
		p.bar.stop()
	}
	crawl.Close()
	closeErr := sink.Close(context.WithoutCancel(ctx))
	var commitErr error
	if closeErr == nil {
		commitErr = crawl.Commit()
	}
	if closeErr == nil && sf.out != p.sinks.out && stats.Records == 0 {
		// A pass with nothing new leaves no empty per-pass file behind.
		if err := os.Remove(sf.out); err != nil {
			p.log.Warn("remove empty output", zap.Error(err))
		}
	}
	sum := crawl.Summary()
	sum.LogSummary(p.log)
	p.log.Info("pass done", zap.Int("documents", stats.Documents), zap.Int("records", stats.Records),
		zap.Int("failures", stats.Failures), zap.Duration("elapsed", time.Since(start).Round(time.Millisecond)))
	switch {
	case errors.Is(runErr, context.Canceled) && ctx.Err() != nil:
		return errors.Join(errInterrupted, closeErr, commitErr)
	case runErr != nil || closeErr != nil || commitErr != nil:
		return errors.Join(runErr, closeErr, commitErr)
	case stats.Failures > sum.Total.DeadLinks:
		// Dead links the site's own pages point to (404, 410) are
		// written as error records and counted, but do not fail a pass:
		// a cron job would alert every day for them.
		return errSomeFailed
	}
	return nil
}

// publish crawls once and publishes every document (and every failed URL,
// which a worker writes as an error record) as a task for the workers.
// The crawl state of a document is committed once its task is in the
// stream, so a pass that dies loses nothing; a task published twice
// (same URL, same bytes) within the queue's duplicate window is one task.
func (p crawlPass) publish(ctx context.Context) error {
	start := time.Now()
	crawl := p.crawler.Start(ctx)
	var tasks, dups atomic.Int64
	if p.bar != nil {
		stop := p.bar.startLine(ctx, func() string {
			return renderCrawl(crawl.Summary(), crawl.Queued(), int(tasks.Load()+dups.Load()))
		})
		defer stop()
	}
	var pubErr error
	for {
		in, err := crawl.Next(ctx)
		if errors.Is(err, io.EOF) {
			break
		}
		if err == nil {
			var dup bool
			if dup, err = p.enq.Enqueue(ctx, in); err == nil {
				err = crawl.Ack(ctx, in, false)
			}
			if dup {
				dups.Add(1)
			} else {
				tasks.Add(1)
			}
		}
		if err != nil {
			pubErr = err
			break
		}
	}
	if p.bar != nil {
		p.bar.stop()
	}
	crawl.Close()
	// What was acknowledged is in the stream: its state is kept, also
	// when the pass was cut short.
	commitErr := crawl.Commit()
	sum := crawl.Summary()
	sum.LogSummary(p.log)
	p.log.Info("pass done", zap.Int64("tasks", tasks.Load()), zap.Int64("already_queued", dups.Load()),
		zap.Duration("elapsed", time.Since(start).Round(time.Millisecond)))
	switch {
	case errors.Is(pubErr, context.Canceled) && ctx.Err() != nil:
		return errors.Join(errInterrupted, commitErr)
	case pubErr != nil || commitErr != nil:
		return errors.Join(pubErr, commitErr)
	case sum.Total.Failed > sum.Total.DeadLinks:
		return errSomeFailed
	}
	return nil
}
