package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "peerbench: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	mode := flag.String("mode", "", "text (go-trafilatura), date (go-htmldate) or ner (prose v2: named entities of plain text)")
	dirs := flag.String("dirs", "", "colon-separated folders searched in order for each name")
	fast := flag.Bool("fast", false, "date mode: go-htmldate without its extensive search (SkipExtensiveSearch)")
	flag.Parse()
	if *mode != "text" && *mode != "date" && *mode != "ner" {
		return errors.New("-mode must be text, date or ner")
	}
	var names []string
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		if n := strings.TrimSpace(sc.Text()); n != "" {
			names = append(names, n)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading names: %w", err)
	}
	out := make(map[string]any, len(names))
	var spent time.Duration
	for _, n := range names {
		body, err := readFirst(strings.Split(*dirs, ":"), n)
		if err != nil {
			return err
		}
		start := time.Now()
		switch *mode {
		case "text":
			res, err := trafilatura.Extract(bytes.NewReader(body), trafilatura.Options{EnableFallback: true, ExcludeComments: true})
			if err != nil || res == nil {
				out[n] = nil
			} else {
				out[n] = res.ContentText
			}
		case "ner":
			doc, err := prose.NewDocument(string(body))
			if err != nil {
				out[n] = nil
				break
			}
			var ents []string
			for _, e := range doc.Entities() {
				ents = append(ents, e.Label+":"+e.Text)
			}
			out[n] = ents
		case "date":
			res, err := htmldate.FromReader(bytes.NewReader(body), htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: *fast})
			if err != nil || res.DateTime.IsZero() {
				out[n] = nil
			} else {
				out[n] = res.DateTime.Format("2006-01-02")
			}
		}
		spent += time.Since(start)
	}
	fmt.Fprintf(os.Stderr, "peerbench: %s: %d files in %.2fs (%.1f files/s)\n", *mode, len(names), spent.Seconds(), float64(len(names))/spent.Seconds())
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func readFirst(dirs []string, name string) ([]byte, error) {
	for _, d := range dirs {
		b, err := os.ReadFile(filepath.Join(d, name))
		if err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("%s: not found in %v", name, dirs)
}
