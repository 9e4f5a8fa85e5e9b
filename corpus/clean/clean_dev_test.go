package clean_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/extract/agenda"
	"github.com/communique/communique/internal/score"
)

// The dev harness cleans the shared dev documents, finds their agenda items
// and scores titles, article counts and agenda items against the gold with
// the reference scorer's rules (internal/score). It is skipped where the
// shared folders (beside the checkout) are absent.
var (
	devCorpus = filepath.Join("..", "..", "shared", "corpus", "dev")
	devGold   = filepath.Join("..", "..", "shared", "eval", "dev")
)

func TestCleanDevHarness(t *testing.T) {
	golds, err := score.LoadGold(devGold)
	if err != nil {
		t.Skipf("dev gold not available: %v", err)
	}
	c, err := clean.New(clean.Config{})
	if err != nil {
		t.Fatal(err)
	}
	finder, err := agenda.New()
	if err != nil {
		t.Fatal(err)
	}
	preds := score.NewPredictions()
	for _, g := range golds {
		raw, err := os.ReadFile(filepath.Join(devCorpus, g.Source))
		if err != nil {
			t.Skip(err)
		}
		arts, err := c.Clean(t.Context(), corpus.Doc{Format: corpus.FormatText, Text: string(raw), Source: corpus.Source{Path: g.Source}})
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) != len(g.Records) {
			t.Errorf("%s: %d articles, want %d", g.Source, len(arts), len(g.Records))
		}
		for _, a := range arts {
			line, err := json.Marshal(map[string]any{
				"source": map[string]string{"path": g.Source},
				"title":  a.Title,
				"agenda": finder.Find(a.Text),
			})
			if err != nil {
				t.Fatal(err)
			}
			preds.AddLine(line)
		}
	}
	rep := score.Score(golds, preds)
	for _, a := range rep.Articles {
		if !a.TitleOK {
			t.Errorf("%s: title %q, want %q", a.Source, a.RecordTitle, a.Title)
		}
		if len(a.Agenda.False)+len(a.Agenda.Missed) > 0 {
			t.Logf("%s %q: agenda false %q, missed %q", a.Source, a.Title, a.Agenda.False, a.Agenda.Missed)
		}
	}
	agenda, _ := rep.Field("agenda")
	t.Logf("title accuracy %.3f; agenda P %.3f R %.3f F1 %.3f; parent accuracy %.3f",
		rep.TitleAccuracy, agenda.Precision, agenda.Recall, agenda.F1, rep.AgendaParentAccuracy)
	if rep.TitleAccuracy < 1 || agenda.F1 < 0.95 || rep.AgendaParentAccuracy < 0.95 {
		t.Errorf("title accuracy %.3f, agenda F1 %.3f, parent accuracy %.3f; want 1, >= 0.95, >= 0.95",
			rep.TitleAccuracy, agenda.F1, rep.AgendaParentAccuracy)
	}
}
