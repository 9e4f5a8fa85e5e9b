package entity

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// entityGolden is the whole output of the Finder for one text.
type entityGolden struct {
	People   []Person `json:"people"`
	Agencies []Agency `json:"agencies"`
	Places   []Place  `json:"places"`
}

// entityUpdating reports whether the package's shared -update flag is set.
func entityUpdating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestEntitiesGolden compares the finder's output on each
// testdata/entities/*.txt with its .golden.json (go test -run
// TestEntitiesGolden -update rewrites them). The texts are written for these
// tests and exercise delegation lists, acronyms, bylines and a newsletter.
func TestEntitiesGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "entities", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	f := finderForTest(t)
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			people, agencies, places := f.find(string(raw))
			got, err := json.MarshalIndent(entityGolden{people, agencies, places}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(p, ".txt") + ".golden.json"
			if entityUpdating() {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create): %v", err)
			}
			if strings.TrimSpace(string(got)) != strings.TrimSpace(string(want)) {
				t.Errorf("output differs from %s:\ngot %s", golden, got)
			}
		})
	}
}
