package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"golang.org/x/term"

	"github.com/communique/communique/internal/goldguard"
	"github.com/communique/communique/internal/score"
	"github.com/communique/communique/pipeline"
)

const evalUsage = `Usage: communique eval --gold DIR [flags] [RECORDS.jsonl | -]
       communique eval --gold DIR --docs DIR [flags]

Scores records against a gold set (DIR/*.gold.json; format and rules in
docs/evaluation.md): per-field precision, recall and F1 for dates, people,
agencies and agenda items; title, published-date and agenda-parent
accuracy; and, where the gold set annotates events, events F1 with event
place and ordinal accuracy and chairs F1. Records come from RECORDS.jsonl, from stdin ("-" or nothing), or,
with --docs, from running the pipeline over the gold set's documents.
The numbers equal those of the reference scorer score.py.
Exit status: 0 scored (and at or above --floors), 1 error or below a
floor, 2 usage error.

Flags:
`

// evalFlags are the flags of "communique eval".
type evalFlags struct {
	gold     string
	docs     string
	detail   bool
	articles bool
	json     bool
	floors   string
	workers  int
	log      logFlags
}

// parseEval parses eval's arguments; flags may come before or after the
// records file.
func parseEval(args []string, stderr io.Writer) (evalFlags, string, error) {
	f := evalFlags{workers: runtime.NumCPU()}
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), evalUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&f.gold, "gold", "", "gold set: a folder `DIR` of *.gold.json files (required)")
	fs.StringVar(&f.docs, "docs", "", "run the pipeline over the documents in `DIR` instead of reading records")
	fs.BoolVar(&f.detail, "detail", false, "first print one JSON line per gold article with its misses and false hits")
	fs.BoolVar(&f.articles, "articles", false, "first print one line per gold article that has errors: wrong title or date, and per field the misses (-) and false hits (+)")
	fs.BoolVar(&f.json, "json", false, "print the summary as one JSON object")
	fs.StringVar(&f.floors, "floors", "", "fail (exit 1) when a score is below its floor in `FILE` (format of testdata/gold/floors.json)")
	fs.IntVar(&f.workers, "workers", f.workers, "with --docs, process `N` documents at a time")
	f.log.register(fs)

	positional, err := parseInterspersed(fs, args)
	if err != nil {
		return f, "", err
	}
	switch {
	case f.gold == "":
		fs.Usage()
		return f, "", errors.New("eval: --gold DIR is required")
	case len(positional) > 1:
		return f, "", fmt.Errorf("eval: one RECORDS file at most, got %d: %s", len(positional), strings.Join(positional, " "))
	case f.docs != "" && len(positional) == 1:
		return f, "", fmt.Errorf("eval: --docs runs the pipeline itself: drop %s, or drop --docs", positional[0])
	case f.workers < 1:
		return f, "", fmt.Errorf("eval: --workers %d: must be at least 1", f.workers)
	}
	if err := f.log.validate(); err != nil {
		return f, "", fmt.Errorf("eval: %w", err)
	}
	if len(positional) == 1 {
		return f, positional[0], nil
	}
	return f, "", nil // stdin, unless --docs
}

// cmdEval is "communique eval".
func cmdEval(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	flags, records, err := parseEval(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return usageError{err}
	}
	golds, err := score.LoadGold(flags.gold)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	var floors goldguard.Floors
	if flags.floors != "" {
		if floors, err = goldguard.LoadFloors(flags.floors); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}

	var preds *score.Predictions
	switch {
	case flags.docs != "":
		preds, err = evalDocs(ctx, flags, stderr)
	case records == "" && isTerminal(stdin):
		// Nothing piped in: waiting for typed records helps nobody.
		return usageError{errors.New("eval: no records: give RECORDS.jsonl, pipe them to stdin, or run the pipeline with --docs DIR")}
	case records == "" || records == "-":
		preds, err = score.ReadRecords(stdin)
	default:
		preds, err = readRecordsFile(records)
	}
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}

	report := score.Score(golds, preds)
	if flags.detail {
		if err := report.WriteDetail(stdout); err != nil {
			return err
		}
	}
	if flags.articles {
		if err := report.WriteArticles(stdout); err != nil {
			return err
		}
	}
	if flags.json {
		err = report.WriteJSON(stdout)
	} else {
		err = report.WriteText(stdout)
	}
	if err != nil {
		return err
	}
	if flags.floors == "" {
		return nil
	}
	violations := goldguard.Check(report, floors)
	for _, v := range violations {
		fmt.Fprintf(stderr, "communique: eval: %v\n", v)
	}
	if len(violations) > 0 {
		return fmt.Errorf("eval: %d score(s) below the floors of %s: %w", len(violations), flags.floors, goldguard.ErrBelowFloor)
	}
	return nil
}

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func readRecordsFile(path string) (*score.Predictions, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	defer f.Close()
	return score.ReadRecords(f)
}

// evalDocs runs the default pipeline over the documents folder.
func evalDocs(ctx context.Context, flags evalFlags, stderr io.Writer) (*score.Predictions, error) {
	if fi, err := os.Stat(flags.docs); err != nil {
		return nil, fmt.Errorf("docs: %w", err)
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("docs: %s is not a folder", flags.docs)
	}
	stages, err := goldguard.DefaultStages()
	if err != nil {
		return nil, err
	}
	defer stages.Close()            //nolint:errcheck // the PDF engines only hold memory
	log := flags.log.logger(stderr) // one warning per failed document
	defer log.Sync()                //nolint:errcheck // stderr may not support sync
	sink, stats, err := goldguard.Run(ctx, pipeline.Config{Workers: flags.workers, Logger: log}, stages, flags.docs)
	if err != nil {
		return nil, err
	}
	if stats.Failures > 0 {
		fmt.Fprintf(stderr, "communique: eval: %d of %d documents failed (see the warnings above; their articles count as missed)\n", stats.Failures, stats.Documents)
	}
	return sink.Predictions()
}
