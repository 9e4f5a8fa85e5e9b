package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShowGolden compares `communique show` of a text, an HTML and a PDF
// release of testdata/sample (brackets: stdout is not a terminal) with
// testdata/golden/show/*. The absolute part of file:// URIs is replaced by
// file://REPO. After an intended change, rewrite them with
//
//	go test ./cmd/communique -run TestShowGolden -update
func TestShowGolden(t *testing.T) {
	abs := "file://" + mustAbs(t, repoRoot) + "/"
	for _, tc := range []struct{ name, file, flag string }{
		{"text", "us-iraq-loan-guarantee.txt", ""},
		{"html", "joint-statement-us-japan-rok.html", ""},
		{"pdf", "quad-leaders-joint-statement.pdf", ""},
		{"html-page", "friends-of-the-mekong.html", "--html=-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"show", filepath.Join("testdata", "sample", tc.file)}
			if tc.flag != "" {
				args = append(args, tc.flag)
			}
			res := runBinary(t, "", args...)
			if res.code != 0 {
				t.Fatalf("exit code %d\nstderr: %s", res.code, res.stderr)
			}
			got := strings.ReplaceAll(res.stdout, abs, "file://REPO/")
			checkGolden(t, filepath.Join("testdata", "golden", "show", tc.name+".golden"), got)
		})
	}
}

// TestShowURL: show fetches an http(s) URL and names it as the source.
func TestShowURL(t *testing.T) {
	body, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "sample", "joint-statement-us-japan-rok.html"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/release.html" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(body)
	}))
	defer srv.Close()
	res := runBinary(t, "", "show", srv.URL+"/release.html")
	if res.code != 0 || !strings.Contains(res.stdout, "Source: "+srv.URL+"/release.html") || !strings.Contains(res.stdout, "[Antony J. Blinken:person]") {
		t.Errorf("exit %d, stdout %.500q, stderr %s", res.code, res.stdout, res.stderr)
	}
	if res := runBinary(t, "", "show", srv.URL+"/missing.html"); res.code != 1 || !strings.Contains(res.stderr, "404") {
		t.Errorf("missing page: exit %d, stderr %s", res.code, res.stderr)
	}
}

// TestShowUsage: show wants exactly one document, and a known --color.
func TestShowUsage(t *testing.T) {
	for _, args := range [][]string{
		{"show"},
		{"show", "testdata/sample/us-iraq-loan-guarantee.txt", "testdata/sample/friends-of-the-mekong.html"},
		{"show", "--color", "sometimes", "testdata/sample/us-iraq-loan-guarantee.txt"},
		{"show", "testdata/sample/no-such-file.txt"},
	} {
		if res := runBinary(t, "", args...); res.code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %s)", args, res.code, res.stderr)
		}
	}
}

// TestShowColour: --color=always marks mentions with ANSI codes, not brackets.
func TestShowColour(t *testing.T) {
	res := runBinary(t, "", "show", "--color=always", "testdata/sample/us-iraq-loan-guarantee.txt")
	if res.code != 0 || !strings.Contains(res.stdout, "\x1b[1;35mIraq\x1b[0m") || strings.Contains(res.stdout, "[Iraq:place]") {
		t.Errorf("exit %d, stdout %.400q", res.code, res.stdout)
	}
}

// checkGolden compares got with the golden file, or rewrites the file
// with -update (and returns false: nothing to check further); it reports
// the first differing line.
func checkGolden(t *testing.T, golden, got string) bool {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return false
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if got == string(want) {
		return true
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := range max(len(gl), len(wl)) {
		if i >= len(gl) || i >= len(wl) || gl[i] != wl[i] {
			t.Errorf("line %d differs from %s (rerun with -update after an intended change)\ngot:  %.400q\nwant: %.400q",
				i+1, golden, at(gl, i), at(wl, i))
			break
		}
	}
	return true
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "<end of file>"
}
