package goldguard

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/agenda"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/internal/score"
	"github.com/communique/communique/output"
	"github.com/communique/communique/pipeline"
)

var update = flag.Bool("update", false, "raise testdata/gold/floors.json to the measured scores (floors are never lowered by this flag)")

// The repository's gold set, relative to this package.
const (
	goldDocs   = "../../testdata/gold/docs"
	goldGold   = "../../testdata/gold/gold"
	floorsPath = "../../testdata/gold/floors.json"
	// referenceScorer is the repository's copy of score.py.
	referenceScorer = "../score/testdata/score.py"
	// sharedDev is the shared dev material beside the repository, absent in CI.
	sharedDevDocs = "../../../shared/corpus/dev"
	sharedDevGold = "../../../shared/eval/dev"
)

// runStages runs stages over a documents folder and returns the records.
func runStages(t *testing.T, stages pipeline.Stages, docs string) (*MemorySink, pipeline.Stats) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	sink, stats, err := Run(ctx, pipeline.Config{Workers: 2}, stages, docs)
	if err != nil {
		t.Fatal(err)
	}
	return sink, stats
}

// measure runs stages over the gold set and scores the records.
func measure(t *testing.T, stages pipeline.Stages) score.Report {
	t.Helper()
	golds, err := score.LoadGold(goldGold)
	if err != nil {
		t.Fatal(err)
	}
	sink, stats := runStages(t, stages, goldDocs)
	preds, err := sink.Predictions()
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != len(golds) {
		t.Errorf("documents run: got %d, want %d (one per gold file)", stats.Documents, len(golds))
	}
	return score.Score(golds, preds)
}

func defaultStages(t *testing.T) pipeline.Stages {
	t.Helper()
	stages, err := DefaultStages()
	if err != nil {
		t.Fatal(err)
	}
	return stages
}

// TestGoldGuard is the quality guard: it fails when any score on the gold
// set is below its floor. Run with -v to see the scores; with -update to
// raise the floors after an improvement.
func TestGoldGuard(t *testing.T) {
	floors, err := LoadFloors(floorsPath)
	if err != nil {
		t.Fatal(err)
	}
	r := measure(t, defaultStages(t))
	t.Logf("gold set %s: scores against floors\n%s", goldGold, Table(r, floors))
	var summary bytes.Buffer
	if err := r.WriteJSON(&summary); err != nil {
		t.Fatal(err)
	}
	t.Logf("summary: %s", strings.TrimSpace(summary.String()))
	var articles bytes.Buffer
	if err := r.WriteArticles(&articles); err != nil {
		t.Fatal(err)
	}
	t.Logf("articles with misses (-) or false hits (+):\n%s", articles.String())
	if *update {
		raised := Raise(floors, Measured(r))
		raised.Note = fmt.Sprintf("%s Last raised by `go test ./internal/goldguard -run TestGoldGuard -update` on %s.", floorsPolicy, time.Now().UTC().Format("2006-01-02"))
		data, err := json.MarshalIndent(raised, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(floorsPath, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("floors written to %s", floorsPath)
		floors = raised
	}
	for _, v := range Check(r, floors) {
		t.Errorf("quality regression on the gold set: %v (see the misses with: communique eval --gold testdata/gold/gold --docs testdata/gold/docs --detail)", v)
	}
}

// dropField is an Extractor that loses one field: a deliberately broken
// extractor for checking that the guard notices.
type dropField struct {
	inner pipeline.Extractor
	field string
}

func (d dropField) Extract(ctx context.Context, a corpus.Article) (extract.Result, error) {
	res, err := d.inner.Extract(ctx, a)
	ds, en := extract.Get[dates.Part](&res), extract.Get[entity.Part](&res)
	switch d.field {
	case "dates":
		ds.Dates = nil
		res.Set(ds)
	case "people":
		en.People = nil
		res.Set(en)
	case "agencies":
		en.Agencies = nil
		res.Set(en)
	case "agenda":
		res.Set(agenda.Part{})
	}
	return res, err
}

// TestGuardCatchesBrokenExtractor breaks the extractor one field at a
// time and checks that the guard reports that field's F1 below its floor.
func TestGuardCatchesBrokenExtractor(t *testing.T) {
	floors, err := LoadFloors(floorsPath)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, field := range score.Fields {
		t.Run("without "+field, func(t *testing.T) {
			if floors.F1[field] == 0 {
				t.Skipf("%s has no floor yet: losing it cannot be caught", field)
			}
			checked++
			stages := defaultStages(t)
			stages.Extractor = dropField{inner: stages.Extractor, field: field}
			r := measure(t, stages)
			violations := Check(r, floors)
			t.Logf("broken extractor (no %s):\n%s", field, Table(r, floors))
			for _, v := range violations {
				if v.Name == field+" F1" {
					return
				}
			}
			t.Errorf("guard did not report %s F1 below its floor %.2f; violations: %v", field, floors.F1[field], violations)
		})
	}
	if checked == 0 {
		t.Error("no field has a floor above 0: the guard guards nothing")
	}
}

// TestParityWithReference runs the pipeline and checks that the Go scorer
// prints exactly what score.py prints on its records: on the repository's
// gold set and on the shared dev set.
func TestParityWithReference(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH: agreement with score.py not checked")
	}
	sets := []struct{ name, docs, gold string }{
		{"repository gold set", goldDocs, goldGold},
		{"shared dev set", sharedDevDocs, sharedDevGold},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			if _, err := os.Stat(set.gold); errors.Is(err, os.ErrNotExist) {
				t.Skipf("%s absent (no shared material beside the repository): dev-set parity not checked here; the repository gold set holds the same five documents", set.gold)
			}
			sink, _ := runStages(t, defaultStages(t), set.docs)
			path := filepath.Join(t.TempDir(), "records.jsonl")
			out, err := output.CreateJSONL(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := sink.WriteJSONL(t.Context(), out); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(py, referenceScorer, "--gold", set.gold, "--pred", path, "--json", "--detail")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("score.py: %v\n%s", err, stderr.String())
			}

			golds, err := score.LoadGold(set.gold)
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			preds, err := score.ReadRecords(f)
			if err != nil {
				t.Fatal(err)
			}
			r := score.Score(golds, preds)
			var got bytes.Buffer
			if err := r.WriteDetail(&got); err != nil {
				t.Fatal(err)
			}
			if err := r.WriteJSON(&got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("Go scorer and score.py differ on %s\n got:\n%s\nwant:\n%s", set.name, got.Bytes(), want)
			}
			// The in-memory path (--docs) must score as the file path does.
			memPreds, err := sink.Predictions()
			if err != nil {
				t.Fatal(err)
			}
			if mem, file := score.Score(golds, memPreds), r; mem.OverallF1 != file.OverallF1 || mem.Fields != file.Fields {
				t.Errorf("in-memory records score %v, written records %v", mem.Fields, file.Fields)
			}
			t.Logf("%s: %s", set.name, strings.TrimSpace(lastLine(want)))
		})
	}
}

func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return lines[len(lines)-1]
}
