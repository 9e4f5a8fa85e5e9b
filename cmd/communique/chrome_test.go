package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestChromeModelMakesRecordsIndependentOfTheRun: a model learned over a
// folder and given with --chrome yields, for one file run alone, the same
// record as the folder run that learned it, and every record names the
// model's hash.
func TestChromeModelMakesRecordsIndependentOfTheRun(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "chrome.json")
	folder, err := filepath.Abs(filepath.Join(repoRoot, repoDocs))
	if err != nil {
		t.Fatal(err)
	}
	if r := runBinary(t, "", "learn-chrome", "--quiet", folder, "-o", model); r.code != 0 {
		t.Fatalf("learn-chrome: exit %d: %s", r.code, r.stderr)
	}
	data, err := os.ReadFile(model)
	if err != nil || !strings.Contains(string(data), `"sha256"`) {
		t.Fatalf("model file: %v\n%s", err, data)
	}
	learned := runBinary(t, "", "run", "--quiet", folder)
	withModel := runBinary(t, "", "run", "--quiet", "--chrome", model, folder)
	if learned.code != 0 || withModel.code != 0 || learned.stdout != withModel.stdout {
		t.Fatalf("folder run with the learned model differs from the learning run (exit %d, %d)", learned.code, withModel.code)
	}
	entries, err := os.ReadDir(folder)
	if err != nil {
		t.Fatal(err)
	}
	one := filepath.Join(folder, entries[0].Name())
	alone := runBinary(t, "", "run", "--quiet", "--chrome", model, one)
	if alone.code != 0 {
		t.Fatalf("run alone: exit %d: %s", alone.code, alone.stderr)
	}
	first := strings.SplitN(alone.stdout, "\n", 2)[0]
	if !strings.Contains(withModel.stdout, first+"\n") {
		t.Errorf("the file alone gives another record than inside the folder:\n%s", first)
	}
	hash := parseRecords(t, alone.stdout)[0].Source.Chrome
	if len(hash) != 64 || !strings.Contains(string(data), hash) {
		t.Errorf("record names chrome %q, not the model's hash", hash)
	}
	none := runBinary(t, "", "run", "--quiet", "--learn-chrome=false", one)
	if got := parseRecords(t, none.stdout)[0].Source.Chrome; got != "" {
		t.Errorf("--learn-chrome=false: record names chrome %q, want none", got)
	}
}

func TestChromeUsage(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"version": 9}`), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"learn without output", []string{"learn-chrome", repoDocs}, 2, "-o FILE is required"},
		{"learn without paths", []string{"learn-chrome", "-o", "x.json"}, 2, "no PATH given"},
		{"learn missing path", []string{"learn-chrome", "-o", "-", "no/such/dir"}, 1, "1 inputs could not be read"},
		{"run missing model", []string{"run", "--chrome", "no/such.json", repoDocs}, 2, "chrome model"},
		{"run bad model", []string{"run", "--chrome", bad, repoDocs}, 2, "version 9"},
		{"crawl bad model", []string{"crawl", "--state", t.TempDir(), "--chrome", bad, "--seed", "http://127.0.0.1:1/"}, 2, "version 9"},
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
