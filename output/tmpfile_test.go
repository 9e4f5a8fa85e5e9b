package output_test

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/communique/communique/output"
)

// killedWriterEnv makes the test binary a JSON Lines writer of the file it
// names that prints "ready" and waits to be killed.
const killedWriterEnv = "COMMUNIQUE_TEST_KILLED_WRITER"

func TestMain(m *testing.M) {
	if target := os.Getenv(killedWriterEnv); target != "" {
		j, err := output.CreateJSONL(target)
		if err != nil {
			os.Stdout.WriteString(err.Error() + "\n")
			os.Exit(2)
		}
		for _, r := range records() {
			j.Write(nil, r) //nolint:errcheck,staticcheck // killed before Close anyway
		}
		os.Stdout.WriteString("ready\n")
		select {}
	}
	os.Exit(m.Run())
}

// startWriter starts a process writing target and returns once its
// temporary file exists and is locked.
func startWriter(t *testing.T, target string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), killedWriterEnv+"="+target)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || line != "ready\n" {
		t.Fatalf("writer: %q, %v", line, err)
	}
	return cmd
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestCreateJSONLRemovesAbandonedTemps: temporary files of the same output
// that no process holds locked (killed writers, left files) are removed
// by the next writer; a live writer's, other outputs' and other names'
// files stay.
func TestCreateJSONLRemovesAbandonedTemps(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.jsonl")

	// A writer still running, and one killed with SIGKILL.
	live := startWriter(t, target)
	killed := startWriter(t, target)
	killed.Process.Kill()
	killed.Wait()
	if before := dirNames(t, dir); len(before) != 2 {
		t.Fatalf("before: %v, want two temporary files", before)
	}
	// Left files of other kinds.
	keep := []string{".other.jsonl.123.tmp", ".out.jsonl.abc.tmp", "out.jsonl.123.tmp", ".out.jsonl.123.tmp.bak", ".out.jsonl..tmp"}
	for _, n := range keep {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A left temporary file not from a writer at all: nobody holds it.
	if err := os.WriteFile(filepath.Join(dir, ".out.jsonl.42.tmp"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}

	j, err := output.CreateJSONL(target)
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Write(t.Context(), records()[0]); err != nil {
		t.Fatal(err)
	}
	if err := j.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	live.Process.Kill()
	live.Wait()

	after := dirNames(t, dir)
	var temps []string
	for _, n := range after {
		if !slices.Contains(keep, n) && n != "out.jsonl" {
			temps = append(temps, n)
		}
	}
	if len(temps) != 1 {
		t.Errorf("temporary files after the run: %v, want only the live writer's one", temps)
	}
	for _, n := range keep {
		if !slices.Contains(after, n) {
			t.Errorf("%s was removed; it is not a temporary file of out.jsonl", n)
		}
	}

	// The live writer is now dead too: the next run removes its file.
	j, err = output.CreateJSONL(target)
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, n := range dirNames(t, dir) {
		if !slices.Contains(keep, n) && n != "out.jsonl" {
			t.Errorf("%s left after the killed writer's file should have been removed", n)
		}
	}
}

// TestCreateJSONLTwoLiveWriters: two writers of one output at once keep
// each other's temporary files; the last Close wins.
func TestCreateJSONLTwoLiveWriters(t *testing.T) {
	target := filepath.Join(t.TempDir(), "out.jsonl")
	a, err := output.CreateJSONL(target)
	if err != nil {
		t.Fatal(err)
	}
	b, err := output.CreateJSONL(target)
	if err != nil {
		t.Fatal(err)
	}
	for i, j := range []*output.JSONL{a, b} {
		if err := j.Write(t.Context(), records()[i]); err != nil {
			t.Fatal(err)
		}
		if err := j.Close(t.Context()); err != nil {
			t.Fatalf("writer %d: %v", i, err)
		}
	}
	if names := dirNames(t, filepath.Dir(target)); len(names) != 1 {
		t.Errorf("left: %v, want only the output", names)
	}
}
