package agenda

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/communique/communique/extract/internal/extracttest"
	"github.com/communique/communique/internal/score"
)

// TestAgendaDevSingleRecord runs the finder on the raw dev texts that hold
// one article each and scores its items with the reference scorer's rules
// (internal/score). The newsletter is covered through the cleaner's
// harness in package corpus. Skipped where the shared folders (beside the
// checkout) are absent.
func TestAgendaDevSingleRecord(t *testing.T) {
	corpusDir := filepath.Join(extracttest.Shared(), "corpus", "dev")
	all, err := score.LoadGold(filepath.Join(extracttest.Shared(), "eval", "dev"))
	if err != nil {
		t.Skipf("dev gold not available: %v", err)
	}
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var golds []score.Gold
	preds := score.NewPredictions()
	for _, g := range all {
		if len(g.Records) != 1 {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(corpusDir, g.Source))
		if err != nil {
			t.Skip(err)
		}
		golds = append(golds, g)
		line, err := json.Marshal(map[string]any{
			"source": map[string]string{"path": g.Source},
			"title":  g.Records[0].Title,
			"agenda": f.Find(string(raw)),
		})
		if err != nil {
			t.Fatal(err)
		}
		preds.AddLine(line)
	}
	rep := score.Score(golds, preds)
	for _, a := range rep.Articles {
		if len(a.Agenda.False)+len(a.Agenda.Missed) > 0 {
			t.Logf("%s: agenda false %q, missed %q", a.Source, a.Agenda.False, a.Agenda.Missed)
		}
	}
	agenda, _ := rep.Field("agenda")
	t.Logf("agenda P %.3f R %.3f F1 %.3f parent accuracy %.3f", agenda.Precision, agenda.Recall, agenda.F1, rep.AgendaParentAccuracy)
	if agenda.F1 < 0.95 || rep.AgendaParentAccuracy < 0.95 {
		t.Errorf("agenda F1 %.3f, parent accuracy %.3f; want >= 0.95 both", agenda.F1, rep.AgendaParentAccuracy)
	}
}
