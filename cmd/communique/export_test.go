package main

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportMigrate: migrate creates a database at the current schema;
// run loads it; export writes a table and a query, and refuses to write.
func TestExportMigrate(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.sqlite")
	if res := runBinary(t, "", "migrate", "--sqlite", db); res.code != 0 || !strings.Contains(res.stdout, "up to date") {
		t.Fatalf("migrate: exit %d, %s %s", res.code, res.stdout, res.stderr)
	}
	if res := runBinary(t, "", "run", "--quiet", "--sqlite", db, "-o", filepath.Join(t.TempDir(), "r.jsonl"), "testdata/sample"); res.code != 0 {
		t.Fatalf("run: exit %d, %s", res.code, res.stderr)
	}
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"table as csv", []string{"schema_migrations"}, []string{"version,name,applied_at\n1,init,", "\n3,fulltext,"}},
		{"query as jsonl", []string{"--format", "jsonl", "SELECT count(*) AS n FROM records"}, []string{`{"n":5}`}},
		{"full-text query as text", []string{"--format=text", "SELECT title FROM records_fts WHERE records_fts MATCH 'loan'"}, []string{"title\nThe United States and Iraq Sign Loan Guarantee Agreement\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := runBinary(t, "", append([]string{"export", "--sqlite", db}, tc.args...)...)
			for _, w := range tc.want {
				if res.code != 0 || !strings.Contains(res.stdout, w) {
					t.Errorf("exit %d, stdout %q lacks %q (stderr %s)", res.code, res.stdout, w, res.stderr)
				}
			}
		})
	}
	if res := runBinary(t, "", "export", "--sqlite", db, "DELETE FROM records"); res.code != 1 || !strings.Contains(res.stderr, "readonly") {
		t.Errorf("a writing query: exit %d, %s", res.code, res.stderr)
	}
	if res := runBinary(t, "", "export", "--format", "jsonl", "--sqlite", db, "SELECT count(*) AS n FROM records"); !strings.Contains(res.stdout, `{"n":5}`) {
		t.Errorf("records deleted by export: %s", res.stdout)
	}
}

// TestDatabaseCommandsUsage: each wants exactly one database.
func TestDatabaseCommandsUsage(t *testing.T) {
	for _, args := range [][]string{
		{"export", "records"},
		{"export", "--sqlite", "a.sqlite", "--postgres", "postgres://x", "records"},
		{"export", "--sqlite", "a.sqlite"},
		{"migrate"},
		{"serve"},
		{"serve", "--sqlite", "a.sqlite", "--postgres", "postgres://x"},
	} {
		if res := runBinary(t, "", args...); res.code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %s)", args, res.code, res.stderr)
		}
	}
}

// TestServe: serve answers on the address it prints, and stops cleanly on
// an interrupt.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.sqlite")
	if res := runBinary(t, "", "run", "--quiet", "--sqlite", db, "-o", filepath.Join(t.TempDir(), "r.jsonl"), "testdata/sample"); res.code != 0 {
		t.Fatalf("run: exit %d, %s", res.code, res.stderr)
	}
	cmd := exec.CommandContext(t.Context(), binary, "serve", "--sqlite", db, "--addr", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("no address printed: %v (stderr %s)", err, stderr.String())
	}
	_, addr, ok := strings.Cut(strings.TrimSpace(line), "serving on ")
	addr, _, _ = strings.Cut(addr, " ")
	if !ok || !strings.HasPrefix(addr, "http://127.0.0.1:") {
		t.Fatalf("printed %q", line)
	}
	resp, err := http.Get(addr + "api/releases")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"total": 5`) {
		t.Errorf("GET api/releases: %d %.300s", resp.StatusCode, body)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("serve after an interrupt: %v (stderr %s)", err, stderr.String())
	}
}
