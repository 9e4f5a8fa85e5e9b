package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Paths relative to the repository root, where runBinary runs.
const (
	edgeGold      = "internal/score/testdata/cases/edge/gold"
	edgeRecords   = "internal/score/testdata/cases/edge/records.jsonl"
	devRecords    = "internal/score/testdata/cases/devset/records.jsonl"
	repoGold      = "testdata/gold/gold"
	eventsGold    = "internal/score/testdata/cases/events/gold"
	eventsRecords = "internal/score/testdata/cases/events/records.jsonl"
	realGold      = "internal/score/testdata/cases/real/gold"
	realRecords   = "internal/score/testdata/cases/real/records.jsonl"
	repoDocs      = "testdata/gold/docs"
	repoFloors    = "testdata/gold/floors.json"
	scorePy       = "internal/score/testdata/score.py"
)

func TestEvalUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no gold", []string{"eval", edgeRecords}, 2, "--gold DIR is required"},
		{"two record files", []string{"eval", "--gold", edgeGold, "a.jsonl", "b.jsonl"}, 2, "one RECORDS file at most"},
		{"docs and records", []string{"eval", "--gold", edgeGold, "--docs", repoDocs, edgeRecords}, 2, "drop --docs"},
		{"bad workers", []string{"eval", "--gold", edgeGold, "--docs", repoDocs, "--workers", "0"}, 2, "--workers 0"},
		{"unknown flag", []string{"eval", "--gold", edgeGold, "--nope"}, 2, "unknown flag --nope"},
		{"mistyped flag", []string{"eval", "--gld", edgeGold}, 2, "unknown flag --gld (did you mean --gold?)"},
		{"help", []string{"eval", "-h"}, 0, "Usage: communique eval"},
		{"missing gold folder", []string{"eval", "--gold", "no/such/dir", edgeRecords}, 1, "read gold folder"},
		{"gold folder without gold", []string{"eval", "--gold", "cmd", edgeRecords}, 1, "no *.gold.json files"},
		{"missing records", []string{"eval", "--gold", edgeGold, "no/such.jsonl"}, 1, "records: open no/such.jsonl"},
		{"docs not a folder", []string{"eval", "--gold", edgeGold, "--docs", edgeRecords}, 1, "is not a folder"},
		{"missing floors", []string{"eval", "--gold", edgeGold, "--floors", "no/floors.json", edgeRecords}, 1, "read floors"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runBinary(t, "", tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("got exit %d, stderr %q; want exit %d, stderr containing %q", r.code, r.stderr, tc.code, tc.stderr)
			}
		})
	}
}

// TestEvalMatchesReference runs the command and score.py on the same
// files and compares their output byte for byte.
func TestEvalMatchesReference(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH: agreement with score.py not checked")
	}
	tests := []struct {
		name    string
		args    []string // communique's
		pyArgs  []string // score.py's
		records string
	}{
		{"edge text", []string{"eval", "--gold", edgeGold, edgeRecords}, []string{"--gold", edgeGold, "--pred", edgeRecords}, edgeRecords},
		{"edge json detail, flags last", []string{"eval", edgeRecords, "--gold", edgeGold, "--json", "--detail"}, []string{"--gold", edgeGold, "--pred", edgeRecords, "--json", "--detail"}, edgeRecords},
		{"dev records on the repo gold", []string{"eval", "--detail", "--gold=" + repoGold, devRecords}, []string{"--gold", repoGold, "--pred", devRecords, "--detail"}, devRecords},
		{"events json detail", []string{"eval", "--gold", eventsGold, "--json", "--detail", eventsRecords}, []string{"--gold", eventsGold, "--pred", eventsRecords, "--json", "--detail"}, eventsRecords},
		{"events text", []string{"eval", "--gold", eventsGold, eventsRecords}, []string{"--gold", eventsGold, "--pred", eventsRecords}, eventsRecords},
		{"real documents", []string{"eval", "--gold", realGold, "--detail", realRecords}, []string{"--gold", realGold, "--pred", realRecords, "--detail"}, realRecords},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(py, append([]string{scorePy}, tc.pyArgs...)...)
			cmd.Dir = repoRoot
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			r := runBinary(t, "", tc.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if r.stdout != string(want) {
				t.Errorf("output differs from score.py\n got:\n%s\nwant:\n%s", r.stdout, want)
			}
		})
	}
}

// TestEvalStdin scores records from stdin ("-" or no argument) as from a file.
func TestEvalStdin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot, devRecords))
	if err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(repoRoot, repoGold)
	var fromFile bytes.Buffer
	if err := run(context.Background(), []string{"eval", "--gold", gold, "--json", filepath.Join(repoRoot, devRecords)}, nil, &fromFile, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"eval", "--gold", gold, "--json"}, {"eval", "--gold", gold, "--json", "-"}} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, bytes.NewReader(data), &stdout, &stderr); err != nil {
			t.Fatalf("%v: %v (%s)", args, err, stderr.String())
		}
		if stdout.String() != fromFile.String() {
			t.Errorf("%v: got %q, want %q", args, stdout.String(), fromFile.String())
		}
	}
}

// TestEvalDocs runs the pipeline over the repository's gold set, checks
// the floors (passing) and floors that cannot be met (failing, exit 1).
func TestEvalDocs(t *testing.T) {
	r := runBinary(t, "", "eval", "--gold", repoGold, "--docs", repoDocs, "--json", "--floors", repoFloors)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var summary struct {
		GoldRecords int     `json:"gold_records"`
		OverallF1   float64 `json:"overall_f1"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &summary); err != nil {
		t.Fatalf("summary %q: %v", r.stdout, err)
	}
	if summary.GoldRecords < 20 {
		t.Errorf("gold records: got %d, want the whole gold set (>= 20)", summary.GoldRecords)
	}
	t.Logf("gold set via --docs: %s", strings.TrimSpace(r.stdout))

	impossible := filepath.Join(t.TempDir(), "floors.json")
	if err := os.WriteFile(impossible, []byte(`{"f1":{"dates":1.01},"overall_f1":1.01}`), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runBinary(t, "", "eval", "--gold", repoGold, "--docs", repoDocs, "--floors", impossible)
	if r.code != 1 || !strings.Contains(r.stderr, "dates F1") || !strings.Contains(r.stderr, "below the floors") {
		t.Errorf("impossible floors: got exit %d, stderr %q; want exit 1 naming dates F1", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "overall F1") {
		t.Errorf("impossible floors: the scores are still printed; got %q", r.stdout)
	}
}

// TestEvalArticles checks the one-line-per-article view comes before the
// summary and names what is wrong.
func TestEvalArticles(t *testing.T) {
	r := runBinary(t, "", "eval", "--gold", edgeGold, "--articles", edgeRecords)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) < 7 || !strings.HasPrefix(lines[0], "a.txt") || !strings.HasPrefix(lines[len(lines)-1], "overall F1") {
		t.Fatalf("got:\n%s\nwant article lines, then the summary", r.stdout)
	}
	if !strings.Contains(r.stdout, "NO RECORD") {
		t.Errorf("got:\n%s\nwant c.pdf's articles marked NO RECORD", r.stdout)
	}
}

// TestEvalSharedDevMatchesReference scores the shared dev gold (which
// annotates events) from the pipeline's own run over the dev documents,
// with `eval --docs` and with score.py on `run`'s records: the same bytes.
func TestEvalSharedDevMatchesReference(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH: agreement with score.py not checked")
	}
	shared, err := filepath.Abs(filepath.Join(repoRoot, "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(shared, "eval", "dev")
	docs := filepath.Join(shared, "corpus", "dev")
	if _, err := os.Stat(gold); err != nil {
		t.Skip("../shared beside the checkout is absent: the shared dev gold is not checked")
	}
	records := filepath.Join(t.TempDir(), "dev.jsonl")
	if r := runBinary(t, "", "run", "--quiet", "-o", records, docs); r.code != 0 {
		t.Fatalf("run: exit %d: %s", r.code, r.stderr)
	}
	for _, extra := range [][]string{nil, {"--json", "--detail"}} {
		want, err := exec.Command(py, append([]string{filepath.Join(repoRoot, scorePy), "--gold", gold, "--pred", records}, extra...)...).Output()
		if err != nil {
			t.Fatalf("score.py: %v", err)
		}
		if !strings.Contains(string(want), "events") {
			t.Fatalf("score.py printed no events row on the shared dev gold:\n%s", want)
		}
		r := runBinary(t, "", append([]string{"eval", "--gold", gold, "--docs", docs, "--quiet"}, extra...)...)
		if r.code != 0 {
			t.Fatalf("eval: exit %d: %s", r.code, r.stderr)
		}
		if r.stdout != string(want) {
			t.Errorf("%v: output differs from score.py\n got:\n%s\nwant:\n%s", extra, r.stdout, want)
		}
	}
}
