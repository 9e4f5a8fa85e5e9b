package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"go.uber.org/zap"
	"golang.org/x/term"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/internal/present"
	"github.com/communique/communique/output"
	"github.com/communique/communique/pipeline"
	"github.com/communique/communique/sources"
)

const showUsage = `Usage: communique show [flags] FILE|URL

Processes one document as "run" does (without a chrome model: one document
has no repeated lines to learn) and prints its extraction for reading: the
clean text with every mention marked by kind (colours on a terminal,
[text:kind] otherwise), then its people, agencies, places, dates, agenda
and events. --html writes the same as a standalone HTML page.

Flags:
`

// showFetchTimeout bounds fetching a URL for show.
const showFetchTimeout = 30 * time.Second

// cmdShow is "communique show": one document's extraction for a person.
func cmdShow(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("show", showUsage, stderr)
	htmlOut := fs.String("html", "", "write a standalone HTML page to `FILE` (- for stdout) instead of text")
	colour := fs.String("color", "auto", "mark mentions with colours: `auto` (on a terminal), always or never")
	maxBytes := fs.Int64("max-bytes", defaultMaxBytes, "refuse documents larger than `BYTES`")
	names, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return usageError{err}
	}
	if len(names) != 1 {
		fs.Usage()
		return usageError{errors.New("show: give one FILE or URL")}
	}
	style := present.Brackets
	switch *colour {
	case "always":
		style = present.ANSI
	case "auto":
		if f, ok := stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			style = present.ANSI
		}
	case "never":
	default:
		return usageError{fmt.Errorf("show: --color %q: want auto, always or never", *colour)}
	}

	records, err := extractOne(ctx, names[0], *maxBytes)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	for i, rec := range records {
		if rec.Error != "" {
			return fmt.Errorf("show %s: %s", names[0], rec.Error)
		}
		r, err := present.FromRecord(rec)
		if err != nil {
			return err
		}
		if *htmlOut != "" {
			err = present.WriteHTML(&out, r)
		} else {
			if i > 0 {
				out.WriteString("\n" + strings.Repeat("=", 72) + "\n\n")
			}
			err = present.WriteText(&out, r, style)
		}
		if err != nil {
			return err
		}
	}
	if *htmlOut != "" && *htmlOut != "-" {
		if err := os.WriteFile(*htmlOut, out.Bytes(), 0o644); err != nil {
			return fmt.Errorf("show: %w", err)
		}
		return nil
	}
	_, err = stdout.Write(out.Bytes())
	return err
}

// extractOne runs the document at name (a path, or an http(s) URL)
// through the stages of run and returns its records.
func extractOne(ctx context.Context, name string, maxBytes int64) ([]output.Record, error) {
	stages, err := pipeline.NewStages(pipeline.StageConfig{MaxBytes: maxBytes})
	if err != nil {
		return nil, err
	}
	runner, err := pipeline.New(pipeline.Config{Workers: 1, Logger: zap.NewNop(), DocTimeout: defaultDocTimeout}, stages)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	var src pipeline.Source
	if strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://") {
		in, err := fetchOne(ctx, name, maxBytes)
		if err != nil {
			return nil, err
		}
		src = &oneInput{in: in}
	} else {
		if _, err := os.Stat(name); err != nil {
			return nil, usageError{fmt.Errorf("show: %w", err)}
		}
		if src, err = sources.NewFolder(sources.FolderConfig{MaxBytes: maxBytes}, name); err != nil {
			return nil, usageError{fmt.Errorf("show: %w", err)}
		}
	}
	var sink collectSink
	if _, err := runner.Run(ctx, src, &sink); err != nil {
		return nil, err
	}
	if len(sink) == 0 {
		return nil, fmt.Errorf("show: %s is not a document communique reads", name)
	}
	return sink, nil
}

// fetchOne downloads url as one input.
func fetchOne(ctx context.Context, url string, maxBytes int64) (corpus.Input, error) {
	ctx, cancel := context.WithTimeout(ctx, showFetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return corpus.Input{}, usageError{fmt.Errorf("show: %w", err)}
	}
	req.Header.Set("User-Agent", "communique-show")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return corpus.Input{}, fmt.Errorf("show: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return corpus.Input{}, fmt.Errorf("show: %s: %s", url, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
	if err != nil {
		return corpus.Input{}, fmt.Errorf("show: read %s: %w", url, err)
	}
	if int64(len(body)) > maxBytes {
		return corpus.Input{}, fmt.Errorf("show: %s is larger than --max-bytes %d", url, maxBytes)
	}
	now := time.Now().UTC()
	return corpus.Input{Source: corpus.Source{URI: url, Size: int64(len(body)), FetchedAt: &now},
		Body: body, ContentType: resp.Header.Get("Content-Type")}, nil
}

// oneInput is a source of one input.
type oneInput struct {
	in   corpus.Input
	done bool
}

func (o *oneInput) Next(ctx context.Context) (corpus.Input, error) {
	if o.done {
		return corpus.Input{}, io.EOF
	}
	o.done = true
	return o.in, ctx.Err()
}

// collectSink keeps the records written to it.
type collectSink []output.Record

func (s *collectSink) Write(_ context.Context, r output.Record) error {
	*s = append(*s, r)
	return nil
}

func (s *collectSink) Close(context.Context) error { return nil }
