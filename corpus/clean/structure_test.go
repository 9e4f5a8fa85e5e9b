package clean_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/extract/agenda"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/structure")

// structureGolden is what the golden files record of one cleaned document.
type structureGolden struct {
	Segment  int           `json:"segment"`
	Title    string        `json:"title"`
	Masthead string        `json:"masthead,omitempty"`
	Text     string        `json:"text"`
	Agenda   []goldenAgent `json:"agenda,omitempty"`
}

type goldenAgent struct {
	Label  string `json:"label"`
	Title  string `json:"title"`
	Level  int    `json:"level"`
	Parent *int   `json:"parent"`
}

// TestStructureGolden cleans every testdata/structure/*.txt document, finds
// the agenda of each article and compares the result with the .golden.json
// beside it (go test -update rewrites them).
func TestStructureGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "structure", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no structure test documents: %v", err)
	}
	c, err := clean.New(clean.Config{})
	if err != nil {
		t.Fatal(err)
	}
	finder, err := agenda.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			arts, err := c.Clean(context.Background(), corpus.Doc{Format: corpus.FormatText, Text: string(raw), Source: corpus.Source{Path: f}})
			if err != nil {
				t.Fatal(err)
			}
			got := make([]structureGolden, 0, len(arts))
			for _, a := range arts {
				g := structureGolden{Segment: a.Segment, Title: a.Title, Masthead: a.Masthead, Text: a.Text}
				for _, it := range finder.Find(a.Text) {
					g.Agenda = append(g.Agenda, goldenAgent{Label: it.Label, Title: it.Title, Level: it.Level, Parent: it.Parent})
				}
				got = append(got, g)
			}
			b, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(b) != string(want) {
				t.Errorf("%s differs from %s:\ngot:\n%s", f, golden, b)
			}
		})
	}
}
