package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/pipeline"
	"github.com/communique/communique/sources"
)

const learnChromeUsage = `Usage: communique learn-chrome [flags] PATH... -o chrome.json

Reads the files and folders named (as run does) and writes the chrome model
learned from them: the short lines repeated across many documents (menus,
footers, mastheads), which the cleaner drops. Give it to run or crawl with
--chrome FILE, so that the same documents give the same records whatever
else is in the run, on any machine. Every record cleaned with a model names
it by its sha256 (source.chrome).
Exit status: 0 written, 1 error, 2 usage error.

Flags:
`

// cmdLearnChrome is "communique learn-chrome".
func cmdLearnChrome(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var (
		out      string
		workers  = runtime.NumCPU()
		maxBytes = int64(defaultMaxBytes)
		logf     logFlags
		inputs   inputFlags
	)
	fs := flag.NewFlagSet("learn-chrome", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), learnChromeUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&out, "o", "", "write the model to `FILE` (- for stdout)")
	fs.IntVar(&workers, "workers", workers, "decode `N` documents at a time")
	fs.Var((*byteSize)(&maxBytes), "max-bytes", "skip files larger than `SIZE` (52428800, 50MB, 50MiB)")
	logf.register(fs)
	inputs.register(fs)
	paths, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err == nil && inputs.urls != "" {
		var urls []string
		urls, err = urlList(inputs.urls)
		paths = append(paths, urls...)
	}
	switch {
	case err != nil:
		return usageError{err}
	case len(paths) == 0:
		fs.Usage()
		return usageError{errors.New("learn-chrome: no PATH given")}
	case out == "":
		return usageError{errors.New("learn-chrome: -o FILE is required (- for stdout)")}
	case workers < 1:
		return usageError{fmt.Errorf("learn-chrome: --workers %d: must be at least 1", workers)}
	case maxBytes < 1:
		return usageError{fmt.Errorf("learn-chrome: --max-bytes %d: must be at least 1", maxBytes)}
	}
	if err := logf.validate(); err != nil {
		return usageError{fmt.Errorf("learn-chrome: %w", err)}
	}
	log := logf.logger(stderr)
	defer log.Sync() //nolint:errcheck // stderr may not support sync

	start := time.Now()
	fcfg, err := folderConfig(ctx, maxBytes, paths, stdin, inputs, log)
	if err != nil {
		return err
	}
	var unread inputErrors
	dec, err := pipeline.NewDecoder(pipeline.StageConfig{MaxBytes: maxBytes, PDFEngines: workers})
	if err != nil {
		return err
	}
	defer dec.Close() //nolint:errcheck // the PDF engines only hold memory
	model, err := learnChromeOver(ctx, pipeline.Config{Workers: workers, Logger: log}, dec, fcfg, paths, &unread)
	if err != nil {
		return err
	}
	if len(unread) > 0 {
		return fmt.Errorf("learn-chrome: %d inputs could not be read (no model written): %s", len(unread), strings.Join(unread, "; "))
	}
	data, err := json.MarshalIndent(model, "", " ")
	if err != nil {
		return err
	}
	if out == "-" {
		_, err = stdout.Write(append(data, '\n'))
	} else {
		err = writeFileAtomic(out, append(data, '\n'))
	}
	if err != nil {
		return fmt.Errorf("learn-chrome: write %s: %w", out, err)
	}
	log.Info("chrome model written", zap.String("file", out), zap.String("sha256", model.Hash()),
		zap.Int("documents", model.Documents()), zap.Int("lines", model.Lines()),
		zap.Duration("elapsed", time.Since(start).Round(time.Millisecond)))
	return nil
}

// learnChromeOver learns a chrome model over the files and folders named,
// decoding them as run does.
// Inputs that cannot be read are skipped, and listed in unread when it is
// not nil; fcfg.Skipped, when set, is told what the walk leaves out.
func learnChromeOver(ctx context.Context, cfg pipeline.Config, dec pipeline.Decoder, fcfg sources.FolderConfig, paths []string, unread *inputErrors) (*clean.ChromeModel, error) {
	folder, err := sources.NewFolder(fcfg, paths...)
	if err != nil {
		return nil, usageError{fmt.Errorf("learn: %w", err)}
	}
	var src pipeline.Source = folder
	if unread != nil {
		src = unreadSource{Source: folder, unread: unread}
	}
	return pipeline.LearnChrome(ctx, cfg, dec, src)
}

// readChromeModel reads a model written by learn-chrome.
func readChromeModel(path string) (*clean.ChromeModel, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("chrome model: %w", err)
	}
	m, err := clean.ParseChromeModel(data)
	if err != nil {
		return nil, fmt.Errorf("chrome model %s: %w", path, err)
	}
	return m, nil
}

// writeFileAtomic writes data to path through a temporary file in the same
// folder, renamed over path once complete.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name()) //nolint:errcheck // best effort; the write error is the one to report
	}
	return err
}

// inputErrors lists inputs that could not be read, as "PATH: reason".
type inputErrors []string

// unreadSource is a source that notes the inputs it yields with an Error.
type unreadSource struct {
	pipeline.Source
	unread *inputErrors
}

func (s unreadSource) Next(ctx context.Context) (corpus.Input, error) {
	in, err := s.Source.Next(ctx)
	if err == nil && in.Error != "" {
		*s.unread = append(*s.unread, in.Source.Identity()+": "+in.Error)
	}
	return in, err
}

// inputFlags are the flags of the commands that read documents named on
// the command line (run, learn-chrome) beyond files and folders.
type inputFlags struct {
	urls         string
	allowPrivate bool
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.urls, "urls", "", "also read the http(s) URLs listed in `FILE`, one per line (# comments)")
	fs.BoolVar(&f.allowPrivate, "allow-private-addresses", false, "let URLs reach loopback, private and link-local addresses (tests, intranets)")
}

// urlList reads a --urls file: one http(s) URL per line; blank lines and
// lines starting with # are skipped.
func urlList(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--urls: %w", err)
	}
	var urls []string
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !sources.IsPrereadPath(line) || line == sources.StdinPath {
			return nil, fmt.Errorf("--urls %s line %d: %q is not an http(s) URL", path, i+1, line)
		}
		urls = append(urls, line)
	}
	return urls, nil
}

// folderConfig is the folder source configuration for paths: standard
// input ("-") is read and URLs are fetched here, once, for every pass.
func folderConfig(ctx context.Context, maxBytes int64, paths []string, stdin io.Reader, in inputFlags, log *zap.Logger) (sources.FolderConfig, error) {
	cfg := sources.FolderConfig{MaxBytes: maxBytes, Preread: map[string]corpus.Input{}}
	var urls []string
	for _, p := range paths {
		switch {
		case p == sources.StdinPath:
			if _, done := cfg.Preread[p]; !done && stdin != nil {
				cfg.Preread[p] = sources.ReadStdin(stdin, maxBytes)
			}
		case sources.IsPrereadPath(p):
			urls = append(urls, p)
		}
	}
	if len(urls) == 0 {
		return cfg, nil
	}
	fc := sources.DefaultCrawlConfig()
	fc.MaxBytes = maxBytes
	fc.AllowPrivateAddresses = in.allowPrivate
	fetched, err := sources.FetchURLs(ctx, fc, log, urls)
	if err != nil {
		return cfg, fmt.Errorf("fetch: %w", err)
	}
	maps.Copy(cfg.Preread, fetched)
	return cfg, nil
}
