//go:build unix

package output_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/communique/communique/output"
)

func appendAll(t *testing.T, path string) {
	t.Helper()
	j, err := output.AppendJSONL(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range records() {
		if err := j.Write(t.Context(), r); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.Close(t.Context()); err != nil {
		t.Fatal(err)
	}
}

func lines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.SplitAfter(strings.TrimSuffix(string(b), "\n"), "\n")
}

func TestAppendJSONL(t *testing.T) {
	t.Run("keeps what earlier runs wrote", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "out.jsonl")
		appendAll(t, path)
		appendAll(t, path)
		if got := lines(t, path); len(got) != 2*len(records()) {
			t.Errorf("got %d lines, want %d", len(got), 2*len(records()))
		}
	})
	t.Run("cuts an unfinished last line", func(t *testing.T) {
		for _, prefix := range []string{"", "{\"schema\":\"x\"}\n", "{\"a\":1}\n{\"b\":2}\n"} {
			path := filepath.Join(t.TempDir(), "out.jsonl")
			if err := os.WriteFile(path, []byte(prefix+`{"schema":"communique.record/v1","id":"abc","tit`), 0o644); err != nil {
				t.Fatal(err)
			}
			appendAll(t, path)
			b, _ := os.ReadFile(path)
			if !strings.HasPrefix(string(b), prefix) || strings.Contains(string(b), `"tit`+"\n") || strings.Contains(string(b), `"titl{`) {
				t.Errorf("unfinished line kept or earlier lines lost:\n%s", b)
			}
			if got, want := len(lines(t, path)), strings.Count(prefix, "\n")+len(records()); got != want {
				t.Errorf("prefix %q: %d lines, want %d", prefix, got, want)
			}
		}
	})
	t.Run("waits for the lock another run holds", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "out.jsonl")
		holder, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		if err := syscall.Flock(int(holder.Fd()), syscall.LOCK_EX); err != nil {
			t.Fatal(err)
		}
		j, err := output.AppendJSONL(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range records() {
			if err := j.Write(t.Context(), r); err != nil {
				t.Fatal(err)
			}
		}
		ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
		defer cancel()
		if err := j.Close(ctx); err == nil || !strings.Contains(err.Error(), "another run is writing it") {
			t.Fatalf("Close while another run holds the file: %v", err)
		}
		holder.Close()
		appendAll(t, path)
		if got := lines(t, path); len(got) != len(records()) {
			t.Errorf("got %d lines, want %d (the timed-out writer appended nothing)", len(got), len(records()))
		}
		left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".out.jsonl.*.tmp"))
		if len(left) != 0 {
			t.Errorf("temporary files left: %v", left)
		}
	})
}

// TestCreateJSONLDevice: a device as output (/dev/null) is written in
// place, never replaced by a renamed file.
func TestCreateJSONLDevice(t *testing.T) {
	before, err := os.Stat(os.DevNull)
	if err != nil || before.Mode().IsRegular() {
		t.Skipf("%s is not a device here", os.DevNull)
	}
	for _, create := range []func(string) (*output.JSONL, error){output.CreateJSONL, output.AppendJSONL} {
		j, err := create(os.DevNull)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range records() {
			if err := j.Write(t.Context(), r); err != nil {
				t.Fatal(err)
			}
		}
		if err := j.Close(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	after, err := os.Stat(os.DevNull)
	if err != nil || after.Mode().IsRegular() || after.Mode() != before.Mode() {
		t.Fatalf("%s was replaced: mode %v, was %v", os.DevNull, after.Mode(), before.Mode())
	}
}
