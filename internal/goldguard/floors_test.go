package goldguard

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/communique/communique/internal/score"
)

func report(f1 [4]float64, title, pub, parent float64) score.Report {
	var r score.Report
	for i, name := range score.Fields {
		r.Fields[i] = score.FieldScore{Field: name, F1: f1[i]}
	}
	r.TitleAccuracy, r.PublishedAccuracy, r.AgendaParentAccuracy = title, pub, parent
	r.OverallF1 = (f1[0] + f1[1] + f1[2] + f1[3]) / 4
	return r
}

func TestCheck(t *testing.T) {
	floors := Floors{F1: map[string]float64{"dates": 0.5, "people": 0.4, "agencies": 0.3, "agenda": 0.6},
		TitleAccuracy: 0.5, PublishedAccuracy: 0.5, AgendaParentAccuracy: 0.9, OverallF1: 0.4}
	tests := []struct {
		name string
		r    score.Report
		want string
	}{
		{"all at floor", report([4]float64{0.5, 0.4, 0.3, 0.6}, 0.5, 0.5, 0.9), ""},
		{"all above", report([4]float64{0.9, 0.9, 0.9, 0.9}, 1, 1, 1), ""},
		{"people lost", report([4]float64{0.5, 0, 0.3, 0.6}, 0.5, 0.5, 0.9), "people F1|overall F1"},
		{"accuracy dropped", report([4]float64{0.5, 0.4, 0.3, 0.6}, 0.49, 0.5, 0.9), "title accuracy"},
		{"everything lost", report([4]float64{}, 0, 0, 0), "dates F1|people F1|agencies F1|agenda F1|title accuracy|published accuracy|agenda parent accuracy|overall F1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var names []string
			for _, v := range Check(tc.r, floors) {
				names = append(names, v.Name)
			}
			if got := strings.Join(names, "|"); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestMeasuredRoundsDown(t *testing.T) {
	f := Measured(report([4]float64{0.579, 0.57, 0.001, 1}, 0.999, 0.5, 0.0))
	want := map[string]float64{"dates": 0.57, "people": 0.57, "agencies": 0, "agenda": 1}
	for k, v := range want {
		if f.F1[k] != v {
			t.Errorf("%s: got %v, want %v", k, f.F1[k], v)
		}
	}
	if f.TitleAccuracy != 0.99 || f.PublishedAccuracy != 0.5 {
		t.Errorf("accuracies: got %v %v, want 0.99 0.5", f.TitleAccuracy, f.PublishedAccuracy)
	}
}

func TestRaiseNeverLowers(t *testing.T) {
	old := Floors{F1: map[string]float64{"dates": 0.5, "people": 0.4}, TitleAccuracy: 0.8}
	got := Raise(old, Floors{F1: map[string]float64{"dates": 0.3, "people": 0.6, "agenda": 0.2}, TitleAccuracy: 0.7, OverallF1: 0.1})
	if got.F1["dates"] != 0.5 || got.F1["people"] != 0.6 || got.F1["agenda"] != 0.2 || got.TitleAccuracy != 0.8 || got.OverallF1 != 0.1 {
		t.Errorf("got %+v", got)
	}
	if old.F1["people"] != 0.4 {
		t.Error("Raise modified its argument")
	}
}

func TestLoadFloors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, data, wantErr string
	}{
		{"ok", `{"f1":{"dates":0.1},"title_accuracy":0.2}`, ""},
		{"unknown field", `{"f1":{"names":0.1}}`, "unknown field"},
		{"typo in key", `{"f1":{},"title_acuracy":0.2}`, "unknown field"},
		{"not json", `{`, "floors"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name+".json")
			if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadFloors(path)
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Errorf("got %v, want error containing %q", err, tc.wantErr)
			}
		})
	}
	if _, err := LoadFloors(floorsPath); err != nil {
		t.Errorf("the repository's floors: %v", err)
	}
}
