package registry

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/events"
	"github.com/communique/communique/extract/internal/extracttest"
	"github.com/jdkato/prose/v2"
)

// proseSegmenter splits with prose v2's sentence segmenter (its punkt
// model), mapping each sentence back to its byte span in text.
func proseSegmenter(t testing.TB) events.Segmenter {
	return func(text string) []events.Span {
		doc, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithExtraction(false), prose.WithTokenization(false))
		if err != nil {
			t.Fatalf("prose: %v", err)
		}
		var out []events.Span
		from := 0
		for _, s := range doc.Sentences() {
			i := strings.Index(text[from:], s.Text)
			if i < 0 {
				continue
			}
			out = append(out, events.Span{Start: from + i, End: from + i + len(s.Text)})
			from += i + len(s.Text)
		}
		return out
	}
}

// goldEvent is an event of a gold file, as score.py reads it.
type goldEvent struct {
	Name   string  `json:"name"`
	Series *string `json:"series"`
	Dates  string  `json:"dates"`
}

var eventWordRE = regexp.MustCompile(`[a-z0-9]+`)

// eventWords are the content words score.py compares event names by: no
// stop words, ordinals or numbers.
func eventWords(s string) map[string]bool {
	stop := map[string]bool{"the": true, "of": true, "on": true, "and": true, "for": true, "in": true, "at": true,
		"a": true, "an": true, "to": true, "with": true, "between": true}
	ordinals := map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
		"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true,
		"twelfth": true, "thirteenth": true, "fourteenth": true, "fifteenth": true}
	out := map[string]bool{}
	for _, w := range eventWordRE.FindAllString(strings.ToLower(s), -1) {
		if len(w) > 1 && !stop[w] && !ordinals[w] && !numberRE.MatchString(w) {
			out[w] = true
		}
	}
	return out
}

var numberRE = regexp.MustCompile(`^\d+(st|nd|rd|th)?$`)

// eventsF1 matches events as score.py does (equal dates, names or series
// sharing 60% of the smaller word set) over the union of a file's records.
func eventsF1(pred []events.Event, gold []goldEvent) (tp, fp, fn int) {
	used := make([]bool, len(gold))
	for _, e := range pred {
		hit := -1
		for j, g := range gold {
			if used[j] || g.Dates != e.Dates {
				continue
			}
			gs := []string{g.Name}
			if g.Series != nil {
				gs = append(gs, *g.Series)
			}
			for _, n := range []string{e.Name, e.Series} {
				for _, gn := range gs {
					a, b := eventWords(n), eventWords(gn)
					shared := 0
					for w := range a {
						if b[w] {
							shared++
						}
					}
					if m := min(len(a), len(b)); m > 0 && float64(shared)/float64(m) >= 0.6 {
						hit = j
					}
				}
			}
			if hit >= 0 {
				break
			}
		}
		if hit < 0 {
			fp++
			continue
		}
		used[hit] = true
		tp++
	}
	for _, u := range used {
		if !u {
			fn++
		}
	}
	return tp, fp, fn
}

// TestEventSegmenters measures the event finder with its own sentence
// splitter and with prose v2's segmenter on the shared dev texts and the
// real Markdown releases: events found (approximate score.py rule, records
// of a file pooled) and time spent splitting. The default must not score
// below prose.
func TestEventSegmenters(t *testing.T) {
	shared := filepath.Join(extracttest.Shared())
	type doc struct{ text, gold string }
	var docs []doc
	for _, set := range []struct{ gold, dir string }{{"dev", "corpus/dev"}, {"real", "realworld"}} {
		golds, _ := filepath.Glob(filepath.Join(shared, "eval", set.gold, "*.gold.json"))
		for _, g := range golds {
			name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
			if !strings.HasSuffix(name, ".md") && !strings.HasSuffix(name, ".txt") {
				continue // PDFs need the decoder
			}
			var path string
			filepath.WalkDir(filepath.Join(shared, set.dir), func(p string, d os.DirEntry, err error) error {
				if err == nil && d.Name() == name {
					path = p
				}
				return nil
			})
			if path != "" {
				docs = append(docs, doc{path, g})
			}
		}
	}
	if len(docs) == 0 {
		t.Skip("shared corpus not beside the checkout")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	simple, err := events.New()
	if err != nil {
		t.Fatal(err)
	}
	withProse, err := events.New(events.WithSegmenter(proseSegmenter(t)))
	if err != nil {
		t.Fatal(err)
	}
	type tally struct {
		tp, fp, fn int
		split      time.Duration
	}
	results := map[string]*tally{"simple": {}, "prose": {}}
	segs := map[string]events.Segmenter{"prose": proseSegmenter(t)}
	for _, d := range docs {
		raw, err := os.ReadFile(d.text)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Records []struct {
				Events []goldEvent `json:"events"`
			} `json:"records"`
		}
		b, err := os.ReadFile(d.gold)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		var gold []goldEvent
		for _, r := range g.Records {
			gold = append(gold, r.Events...)
		}
		res, err := x.Extract(context.Background(), corpus.Article{Text: string(raw)})
		if err != nil {
			t.Fatal(err)
		}
		in := events.NewInput(string(raw), &res)
		for name, f := range map[string]*events.Finder{"simple": simple, "prose": withProse} {
			got := f.Find(in)
			tp, fp, fn := eventsF1(got, gold)
			if os.Getenv("DEBUGSEG") != "" {
				for _, e := range got {
					t.Logf("%s %s %s | %s", filepath.Base(d.text)[:12], name, e.Dates, e.Name)
				}
			}
			r := results[name]
			r.tp, r.fp, r.fn = r.tp+tp, r.fp+fp, r.fn+fn
		}
		start := time.Now()
		segs["prose"](string(raw))
		results["prose"].split += time.Since(start)
		start = time.Now()
		simple.Segment(string(raw))
		results["simple"].split += time.Since(start)
	}
	f1 := func(r *tally) float64 {
		if r.tp == 0 {
			return 0
		}
		return 2 * float64(r.tp) / float64(2*r.tp+r.fp+r.fn)
	}
	for name, r := range results {
		t.Logf("%-6s events tp %d fp %d fn %d F1 %.3f, splitting %v over %d texts", name, r.tp, r.fp, r.fn, f1(r), r.split, len(docs))
	}
	if f1(results["simple"]) < f1(results["prose"]) {
		t.Errorf("the default splitter scores below prose v2's segmenter: use prose")
	}
}
