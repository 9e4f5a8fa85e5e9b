package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// binary is the communique command built once by TestMain.
var binary string

// repoRoot is the repository root, relative to this package's folder.
const repoRoot = "../.."

// devCorpus is the shared dev corpus; tests that need it skip without it.
const devCorpus = "/work/shared/corpus/dev"

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "communique-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	binary = filepath.Join(dir, "communique")
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is one run of the binary.
type result struct {
	code           int
	stdout, stderr string
}

// runBinary runs communique with args in dir (the repository root when
// empty) and returns its exit code and output.
func runBinary(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), binary, args...)
	cmd.Dir = dir
	if dir == "" {
		cmd.Dir = repoRoot
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("run %v: %v", args, err)
	}
	return result{code: cmd.ProcessState.ExitCode(), stdout: stdout.String(), stderr: stderr.String()}
}

// record is the part of an output line the tests read.
type record struct {
	Schema string `json:"schema"`
	ID     string `json:"id"`
	Error  string `json:"error"`
	Source struct {
		Path   string `json:"path"`
		URI    string `json:"uri"`
		SHA256 string `json:"sha256"`
		Size   int64  `json:"size"`
		Chrome string `json:"chrome"`
	} `json:"source"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// parseRecords parses stdout, failing on any line that is not a record.
func parseRecords(t *testing.T, stdout string) []record {
	t.Helper()
	var recs []record
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil || r.Schema == "" {
			t.Fatalf("stdout line %d is not a record (%v): %.200s", n, err, sc.Text())
		}
		recs = append(recs, r)
	}
	return recs
}

// writeFiles creates files under dir.
func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const goodRelease = "Secretary Announces New Trade Partnership\n\nWASHINGTON, March 13, 2014 - The Department of Commerce today announced a partnership with the Ministry of Economy.\n\nThe agreement covers digital trade and standards.\n"

func TestRunExitCodes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"ok/a.txt":       []byte(goodRelease),
		"ok/b.txt":       []byte(strings.Replace(goodRelease, "Trade", "Energy", 1)),
		"mixed/a.txt":    []byte(goodRelease),
		"mixed/z.txt":    nil, // empty: fails
		"mixed/zz.txt":   []byte(goodRelease),
		"empty/.keep":    nil,
		"meta/LICENSE":   []byte("Permission is hereby granted."),
		"meta/README.md": []byte("# About"),
	})
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantRecs   int
		wantStderr string
	}{
		{"all ok", []string{"run", "ok"}, 0, 2, "finished"},
		{"some failed", []string{"run", "mixed"}, 1, 3, "some documents failed"},
		{"empty folder", []string{"run", "--learn-chrome=false", "empty"}, 1, 0, "no documents found"},
		{"only metadata files", []string{"run", "meta"}, 1, 0, "no documents found"},
		// the learning pass's walk notes the skips for the replayed run
		{"skips counted once, learning", []string{"run", "meta"}, 1, 0, "(2 files skipped;"},
		{"skips counted once, not learning", []string{"run", "--learn-chrome=false", "meta"}, 1, 0, "(2 files skipped;"},
		{"flags after paths", []string{"run", "ok", "--workers", "1", "--quiet"}, 0, 2, ""},
		{"no path", []string{"run"}, 2, 0, "no PATH given"},
		{"unknown flag", []string{"run", "--nope", "ok"}, 2, 0, "unknown flag --nope; see run -h"},
		{"mistyped flag", []string{"run", "--worker", "3", "ok"}, 2, 0, "unknown flag --worker (did you mean --workers?)"},
		{"human size", []string{"run", "--max-bytes", "10MB", "--quiet", "ok"}, 0, 2, ""},
		{"size without a number", []string{"run", "--max-bytes", "MB", "ok"}, 2, 0, "is not a size"},
		{"duration without a unit", []string{"run", "--doc-timeout", "5", "ok"}, 2, 0, `"5" has no unit (write 5s or 5m)`},
		{"human duration", []string{"run", "--doc-timeout", "2m", "--quiet", "ok"}, 0, 2, ""},
		{"missing output folder", []string{"run", "-o", "nodir/x.jsonl", "ok"}, 2, 0, "-o nodir/x.jsonl: folder nodir does not exist"},
		{"sqlite path is a folder", []string{"run", "--sqlite", "ok", "ok"}, 2, 0, "--sqlite ok: is a folder"},
		{"zero workers", []string{"run", "--workers", "0", "ok"}, 2, 0, "--workers 0"},
		{"bad workers", []string{"run", "--workers", "many", "ok"}, 2, 0, "invalid value"},
		{"bad log format", []string{"run", "--log-format", "xml", "ok"}, 2, 0, "--log-format"},
		{"zero max bytes", []string{"run", "--max-bytes", "0", "ok"}, 2, 0, "--max-bytes 0"},
		{"negative doc timeout", []string{"run", "--doc-timeout", "-1s", "ok"}, 2, 0, "--doc-timeout"},
		{"quiet and verbose", []string{"run", "--quiet", "--verbose", "ok"}, 2, 0, "contradict"},
		{"help", []string{"run", "-h"}, 0, 0, "Usage: communique run"},
		{"no command", nil, 2, 0, "no command given"},
		{"unknown command", []string{"frobnicate"}, 2, 0, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runBinary(t, dir, tt.args...)
			if res.code != tt.wantCode {
				t.Errorf("exit code: got %d, want %d\nstderr: %s", res.code, tt.wantCode, res.stderr)
			}
			if got := len(parseRecords(t, res.stdout)); got != tt.wantRecs {
				t.Errorf("records: got %d, want %d", got, tt.wantRecs)
			}
			if !strings.Contains(res.stderr, tt.wantStderr) {
				t.Errorf("stderr: got %q, want it to contain %q", res.stderr, tt.wantStderr)
			}
		})
	}
}

// TestRunBadInputs: each bad input of the issue yields one output line
// (an error record, or for invalid UTF-8 a record decoded as
// windows-1252) and a warning, and the good documents come out as usual.
func TestRunBadInputs(t *testing.T) {
	dir := t.TempDir()
	pdf, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "sample", "quad-leaders-joint-statement.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	encrypted, err := os.ReadFile(filepath.Join("testdata", "encrypted.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	garbage := make([]byte, 4096)
	for i := range garbage {
		garbage[i] = byte(i*7919 + i/3) // deterministic noise with NULs
	}
	writeFiles(t, dir, map[string][]byte{
		"in/01 good.txt":         []byte(goodRelease),
		"in/02 empty.txt":        nil,
		"in/03 garbage.txt":      garbage,
		"in/04 truncated.pdf":    pdf[:len(pdf)/2],
		"in/05 encrypted.pdf":    encrypted,
		"in/06 big.txt":          bytes.Repeat([]byte("All work and no play. "), 3000),
		"in/07 invalid-utf8.txt": []byte("Caf\xe9 Diplomacy Forum Opens\n\nThe Minist\xe8re held talks on 13 March 2014.\n"),
		"in/10 good.txt":         []byte(goodRelease),
	})
	if err := os.Symlink("08 loop", filepath.Join(dir, "in", "08 loop")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	unreadable := filepath.Join(dir, "unreadable.txt")
	writeFiles(t, dir, map[string][]byte{"unreadable.txt": []byte(goodRelease)})
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}

	res := runBinary(t, dir, "run", "--max-bytes", "40000", "--workers", "3", "in", "missing.txt", "fifo", "unreadable.txt")
	if res.code != 1 {
		t.Errorf("exit code: got %d, want 1\nstderr: %s", res.code, res.stderr)
	}
	recs := parseRecords(t, res.stdout)
	byPath := map[string][]record{}
	var order []string
	for _, r := range recs {
		if len(byPath[r.Source.Path]) == 0 {
			order = append(order, r.Source.Path)
		}
		byPath[r.Source.Path] = append(byPath[r.Source.Path], r)
	}
	asRoot := os.Geteuid() == 0
	tests := []struct {
		path    string
		wantErr string // substring of the error, case-insensitive; "" for a record
	}{
		{"in/01 good.txt", ""},
		{"in/02 empty.txt", "decode: empty"},
		{"in/03 garbage.txt", "decode: unsupported binary"},
		{"in/04 truncated.pdf", "truncated"},
		{"in/05 encrypted.pdf", "decode: encrypted pdf"},
		{"in/06 big.txt", "over the limit of 40000"},
		{"in/07 invalid-utf8.txt", ""},
		{"in/08 loop", "symlink loop"},
		{"in/10 good.txt", ""},
		{"missing.txt", "does not exist"},
		{"fifo", "not a regular file"},
		{"unreadable.txt", map[bool]string{true: "", false: "permission denied"}[asRoot]},
	}
	var wantOrder []string
	for _, tt := range tests {
		wantOrder = append(wantOrder, tt.path)
		t.Run(tt.path, func(t *testing.T) {
			got := byPath[tt.path]
			if len(got) != 1 {
				t.Fatalf("got %d records for %s, want 1", len(got), tt.path)
			}
			r := got[0]
			switch {
			case tt.wantErr == "" && r.Error != "":
				t.Errorf("got error %q, want a record", r.Error)
			case tt.wantErr != "" && !strings.Contains(strings.ToLower(r.Error), tt.wantErr):
				t.Errorf("error: got %q, want it to contain %q", r.Error, tt.wantErr)
			}
			if r.Error != "" && !strings.Contains(res.stderr, tt.path) {
				t.Errorf("no warning on stderr names %s", tt.path)
			}
			if !strings.HasPrefix(r.Source.URI, "file://") {
				t.Errorf("source uri: got %q, want a file:// URI", r.Source.URI)
			}
		})
	}
	if strings.Join(order, "|") != strings.Join(wantOrder, "|") {
		t.Errorf("output order:\n%s\nwant:\n%s", strings.Join(order, "\n"), strings.Join(wantOrder, "\n"))
	}
	if r := byPath["in/07 invalid-utf8.txt"]; len(r) == 1 && !strings.Contains(r[0].Text, "Café") {
		t.Errorf("invalid UTF-8 text: got %q, want the windows-1252 reading (Café)", r[0].Text)
	}
	if r := byPath["in/06 big.txt"]; len(r) == 1 && r[0].Source.Size != 66000 {
		t.Errorf("oversized file: size got %d, want 66000 (from its stat)", r[0].Source.Size)
	}
	if !strings.Contains(res.stderr, `"failures": `) {
		t.Errorf("stderr lacks the summary: %s", res.stderr)
	}
}

// TestRunStdoutOnlyRecords: with logging on and failures, stdout carries
// records only, and JSON logs go to stderr one object per line.
func TestRunStdoutOnlyRecords(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"a.txt": []byte(goodRelease), "b.txt": nil})
	res := runBinary(t, dir, "run", "--log-format", "json", "--verbose", ".", filepath.Join(mustAbs(t, repoRoot), "testdata", "sample"))
	recs := parseRecords(t, res.stdout)
	if len(recs) < 7 {
		t.Errorf("got %d records, want at least 7", len(recs))
	}
	lines := strings.Split(strings.TrimSpace(res.stderr), "\n")
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil || m["level"] == nil {
			t.Errorf("stderr line is not a JSON log entry: %q", l)
		}
	}
	if !strings.Contains(res.stderr, `"msg":"document failed"`) {
		t.Errorf("stderr lacks the failure warning: %s", res.stderr)
	}
}

// TestRunOutputDash: "-o -" is standard output, alone or beside a
// database; no file named "-" is made.
func TestRunOutputDash(t *testing.T) {
	for _, tc := range []struct {
		name  string
		extra []string
	}{
		{"alone", nil},
		{"beside sqlite", []string{"--sqlite", "db.sqlite"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string][]byte{"in/a.txt": []byte(goodRelease)})
			args := append([]string{"run", "--quiet", "-o", "-"}, tc.extra...)
			res := runBinary(t, dir, append(args, "in")...)
			if res.code != 0 {
				t.Fatalf("exit code %d: %s", res.code, res.stderr)
			}
			if recs := parseRecords(t, res.stdout); len(recs) != 1 {
				t.Errorf("got %d records on stdout, want 1", len(recs))
			}
			if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
				t.Error(`a file named "-" was written`)
			}
		})
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// TestRunOutputFile: -o writes the records to the file only, atomically.
func TestRunOutputFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"in/a.txt": []byte(goodRelease), "in/b.txt": nil})
	res := runBinary(t, dir, "run", "-o", "out/records.jsonl", "in")
	if res.code != 2 && res.code != 1 {
		t.Errorf("-o into a missing folder: exit code %d, want an error", res.code)
	}
	if err := os.Mkdir(filepath.Join(dir, "out"), 0o755); err != nil {
		t.Fatal(err)
	}
	res = runBinary(t, dir, "run", "-o", "out/records.jsonl", "in")
	if res.code != 1 {
		t.Errorf("exit code: got %d, want 1 (one empty file)", res.code)
	}
	if res.stdout != "" {
		t.Errorf("stdout with -o: got %q, want nothing", res.stdout)
	}
	b, err := os.ReadFile(filepath.Join(dir, "out", "records.jsonl"))
	if err != nil {
		t.Fatalf("output file: %v", err)
	}
	if got := len(parseRecords(t, string(b))); got != 2 {
		t.Errorf("output file holds %d records, want 2", got)
	}
	entries, err := os.ReadDir(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("out/ holds %d entries, want only records.jsonl (no temporary file left)", len(entries))
	}
}

// TestRunDeterministic: the output does not depend on the worker count.
func TestRunDeterministic(t *testing.T) {
	args := []string{"testdata/sample"}
	if _, err := os.Stat(devCorpus); err == nil {
		args = append(args, devCorpus)
	}
	one := runBinary(t, "", append([]string{"run", "--workers", "1"}, args...)...)
	four := runBinary(t, "", append([]string{"run", "--workers", "4"}, args...)...)
	if one.stdout == "" || one.stdout != four.stdout {
		t.Errorf("output with 1 and 4 workers differs (or is empty: %d bytes)", len(one.stdout))
	}
}

// TestRunInterrupt: SIGINT stops the run with exit status 1, and the
// records written are complete lines for a prefix of the input.
func TestRunInterrupt(t *testing.T) {
	dir := t.TempDir()
	const n = 4000
	files := make(map[string][]byte, n)
	for i := range n {
		files[fmt.Sprintf("in/%05d.txt", i)] = []byte(strings.Repeat(goodRelease, 4))
	}
	writeFiles(t, dir, files)
	cmd := exec.CommandContext(t.Context(), binary, "run", "--workers", "2", "in")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Interrupt once records flow (after the learning pass).
	first := make([]byte, 1)
	if _, err := io.ReadFull(stdout, first); err != nil {
		t.Fatalf("no output before the interrupt: %v", err)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	rest, err := io.ReadAll(stdout)
	if err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Skipf("run finished before the interrupt (%v): machine too fast for this test", err)
	}
	if code := exit.ExitCode(); code != 1 {
		t.Errorf("exit code: got %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr: got %q, want it to say interrupted", stderr.String())
	}
	out := string(first) + string(rest)
	if !strings.HasSuffix(out, "\n") {
		t.Errorf("output ends in a partial line: %q", out[max(0, len(out)-80):])
	}
	recs := parseRecords(t, out)
	if len(recs) >= n || len(recs) == 0 {
		t.Errorf("got %d records: want some but not all %d", len(recs), n)
	}
	for i, r := range recs {
		if want := fmt.Sprintf("in/%05d.txt", i); r.Source.Path != want || r.Error != "" {
			t.Fatalf("record %d: got %s (error %q), want %s: not a clean prefix", i, r.Source.Path, r.Error, want)
		}
	}
}

// TestRunInterruptWithOutputFile: after SIGINT, -o still commits the
// records finished so far (or, interrupted in the learning pass, writes
// no file at all); never a partial line.
func TestRunInterruptWithOutputFile(t *testing.T) {
	dir := t.TempDir()
	const n = 3000
	files := make(map[string][]byte, n)
	for i := range n {
		files[fmt.Sprintf("in/%05d.txt", i)] = []byte(strings.Repeat(goodRelease, 4))
	}
	writeFiles(t, dir, files)
	cmd := exec.CommandContext(t.Context(), binary, "run", "--workers", "2", "--learn-chrome=false", "-o", "out.jsonl", "in")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Interrupt once some records are in the temporary output file, however
	// slowly a loaded machine started the run.
	waitForRecords(t, filepath.Join(dir, ".out.jsonl.*.tmp"), 60*time.Second)
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Skipf("run finished before the interrupt (%v): machine too fast for this test", err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "out.jsonl"))
	if err != nil {
		t.Fatalf("output file after interrupt: %v\nstderr: %s", err, stderr.String())
	}
	recs := parseRecords(t, string(b))
	for i, r := range recs {
		if want := fmt.Sprintf("in/%05d.txt", i); r.Source.Path != want {
			t.Fatalf("record %d: got %s, want %s: not a clean prefix", i, r.Source.Path, want)
		}
	}
	if len(b) > 0 && !bytes.HasSuffix(b, []byte("\n")) {
		t.Error("output file ends in a partial line")
	}
}

// waitForRecords waits until a file matching pattern holds at least one
// whole line, or fails the test after limit.
func waitForRecords(t *testing.T, pattern string, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		names, _ := filepath.Glob(pattern)
		for _, name := range names {
			if b, err := os.ReadFile(name); err == nil && bytes.IndexByte(b, '\n') >= 0 {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no records in %s after %v", pattern, limit)
}
