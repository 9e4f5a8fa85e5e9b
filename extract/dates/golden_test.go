package dates

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The golden tests' -update flag, defined once (flag.Lookup guards
// against a second definition by another test file of the package).
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata")
	}
}

func updatingGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// dateGolden is the whole output of Find for one dev article.
type dateGolden struct {
	Published string `json:"published"`
	Dates     []Date `json:"dates"`
}

// TestDatesGolden compares Find's full output (values, bounds, roles,
// relative flags, every mention span) on the dev articles with
// testdata/dates/golden; run with -update to rewrite them after an
// intended change, and review the diff.
func TestDatesGolden(t *testing.T) {
	f := newTestFinder(t)
	arts, golds := devArticles(t)
	for i, a := range arts {
		name := fmt.Sprintf("%s.%d.json", strings.TrimSuffix(golds[i].Source, ".txt"), a.Segment)
		t.Run(name, func(t *testing.T) {
			dates, pub := f.Find(&a)
			got, err := json.MarshalIndent(dateGolden{Published: pub, Dates: dates}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "dates", "golden", name)
			if updatingGolden() {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run with -update to create): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run with -update and review the diff):\ngot:\n%s", path, got)
			}
		})
	}
}
