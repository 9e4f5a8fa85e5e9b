package sources

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// folderPNGHeader sniffs as image/png.
var folderPNGHeader = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")

// writeFolderTree creates files (path -> content) under dir.
func writeFolderTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// drainFolder reads every Input of f.
func drainFolder(t *testing.T, f *Folder) []struct {
	path, err string
	size      int64
} {
	t.Helper()
	var out []struct {
		path, err string
		size      int64
	}
	for i := 0; ; i++ {
		in, err := f.Next(t.Context())
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		if in.Seq != i {
			t.Fatalf("input %d has Seq %d", i, in.Seq)
		}
		out = append(out, struct {
			path, err string
			size      int64
		}{in.Source.Path, in.Error, in.Source.Size})
	}
}

func newTestFolder(t *testing.T, cfg FolderConfig, paths ...string) *Folder {
	t.Helper()
	f, err := NewFolder(cfg, paths...)
	if err != nil {
		t.Fatalf("NewFolder: %v", err)
	}
	return f
}

func TestFolderWalkOrderAndSelection(t *testing.T) {
	dir := t.TempDir()
	writeFolderTree(t, dir, map[string]string{
		"b.txt":                  "plain text",
		"a dir/c.html":           "<html><p>hi</p></html>",
		"a dir/sub/d.PDF":        "%PDF-1.4 ...",
		"a dir/sub/e.xhtml":      "<html/>",
		"a dir/f.htm":            "<p>x</p>",
		"a dir/g.text":           "text",
		"odd $name ü.txt":        "non-ASCII name",
		"noext":                  "A press release without an extension.\n",
		"release.md":             "# A release in Markdown\n",
		"page.asp":               "<!DOCTYPE html><html><body>x</body></html>",
		"scan.bin":               "%PDF-1.7\n",
		"image.png":              string(folderPNGHeader),
		"garbage":                "\x00\x01\x02\x03\xff\xfe binary",
		"data.json":              `{"a": 1}`,
		"feed.xml":               "<?xml version='1.0'?><rss><channel><item><title>T</title><description><![CDATA[" + strings.Repeat("A feed item body. ", 30) + "]]></description></item></channel></rss>",
		"other.xml":              "<?xml version='1.0'?><urlset/>",
		".hidden.txt":            "hidden",
		".git/objects/x.txt":     "git internals",
		"z/empty.txt":            "",
		"z/.out.jsonl.123.tmp":   "{}",
		"\u00e9t\u00e9/note.txt": "summer",
	})
	var skipped []string
	f := newTestFolder(t, FolderConfig{Skipped: func(p, reason string) {
		skipped = append(skipped, strings.TrimPrefix(p, dir+"/")+": "+reason)
	}}, dir)
	var got []string
	for _, in := range drainFolder(t, f) {
		if in.err != "" {
			t.Errorf("%s: unexpected error %q", in.path, in.err)
		}
		got = append(got, strings.TrimPrefix(in.path, dir+"/"))
	}
	want := []string{
		"a dir/c.html", "a dir/f.htm", "a dir/g.text", "a dir/sub/d.PDF", "a dir/sub/e.xhtml",
		"b.txt", "feed.xml", "noext", "odd $name ü.txt", "page.asp", "release.md", "scan.bin",
		"z/empty.txt", "été/note.txt",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("walk offered:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantSkipped := []string{
		".git: hidden", ".hidden.txt: hidden", "data.json: data file extension .json",
		"garbage: content is not text, HTML or PDF",
		"image.png: content is not text, HTML or PDF", "other.xml: data file extension .xml", "z/.out.jsonl.123.tmp: hidden",
	}
	if strings.Join(skipped, "\n") != strings.Join(wantSkipped, "\n") {
		t.Errorf("skipped:\n%s\nwant:\n%s", strings.Join(skipped, "\n"), strings.Join(wantSkipped, "\n"))
	}
	n, err := CountFolder(t.Context(), dir)
	if err != nil || n != len(want) {
		t.Errorf("CountFolder: got %d, %v; want %d, nil", n, err, len(want))
	}
}

func TestFolderInputFields(t *testing.T) {
	dir := t.TempDir()
	body := "Statement by the Press Secretary\n\nText."
	writeFolderTree(t, dir, map[string]string{"sub/odd name $1 ü.txt": body})
	f := newTestFolder(t, FolderConfig{}, dir)
	in, err := f.Next(t.Context())
	if err != nil {
		t.Fatalf("Next: %v", err)
	}
	sum := sha256.Sum256([]byte(body))
	checks := []struct{ name, got, want string }{
		{"path", in.Source.Path, filepath.Join(dir, "sub", "odd name $1 ü.txt")},
		{"uri", in.Source.URI, "file://" + dir + "/sub/odd%20name%20$1%20%C3%BC.txt"},
		{"sha256", in.Source.SHA256, hex.EncodeToString(sum[:])},
		{"body", string(in.Body), body},
		{"error", in.Error, ""},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if in.Source.Size != int64(len(body)) {
		t.Errorf("size: got %d, want %d", in.Source.Size, len(body))
	}
	if _, err := f.Next(t.Context()); !errors.Is(err, io.EOF) {
		t.Errorf("second Next: got %v, want io.EOF", err)
	}
}

// TestFolderRelativePath: Path is the path as given joined with the walked
// sub-path.
func TestFolderRelativePath(t *testing.T) {
	dir := t.TempDir()
	writeFolderTree(t, dir, map[string]string{"docs/a.txt": "a"})
	t.Chdir(dir)
	f := newTestFolder(t, FolderConfig{}, "./docs")
	in, err := f.Next(t.Context())
	if err != nil {
		t.Fatalf("Next: %v", err)
	}
	if got, want := in.Source.Path, "docs/a.txt"; got != want {
		t.Errorf("path: got %q, want %q", got, want)
	}
	if got, want := in.Source.URI, "file://"+dir+"/docs/a.txt"; got != want {
		t.Errorf("uri: got %q, want %q", got, want)
	}
}

func TestFolderBadPaths(t *testing.T) {
	dir := t.TempDir()
	writeFolderTree(t, dir, map[string]string{
		"big.txt":       strings.Repeat("x", 2000),
		"ok.txt":        "fine",
		"loop/keep.txt": "kept once",
		"named.png":     string(folderPNGHeader),
	})
	folderSymlink(t, "self", filepath.Join(dir, "self"))
	folderSymlink(t, "nowhere.txt", filepath.Join(dir, "broken.txt"))
	folderSymlink(t, "..", filepath.Join(dir, "loop", "up"))
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}

	tests := []struct {
		name    string
		path    string
		wantErr string // substring; "" means no error
		size    int64
	}{
		{"missing path", filepath.Join(dir, "missing.txt"), "does not exist", 0},
		{"broken symlink", filepath.Join(dir, "broken.txt"), "does not exist (or is a broken symlink)", 0},
		{"symlink to itself", filepath.Join(dir, "self"), "symlink loop", 0},
		{"symlink to ancestor", filepath.Join(dir, "loop", "up"), "", 0},
		{"over max bytes", filepath.Join(dir, "big.txt"), "file too large: 2000 bytes, over the limit of 1000", 2000},
		{"named FIFO", fifo, "not a regular file", 0},
		{"named non-document", filepath.Join(dir, "named.png"), "", int64(len(folderPNGHeader))},
		{"under the limit", filepath.Join(dir, "ok.txt"), "", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ins := drainFolder(t, newTestFolder(t, FolderConfig{MaxBytes: 1000}, tt.path))
			if tt.name == "symlink to ancestor" {
				// Walking loop/up walks dir, which contains loop/up again.
				var loops int
				for _, in := range ins {
					if strings.Contains(in.err, "symlink loop") {
						loops++
					}
				}
				if loops == 0 {
					t.Errorf("no symlink loop reported walking %s: %v", tt.path, ins)
				}
				for _, in := range ins {
					if strings.Contains(in.err, "symlink loop") && in.size != 0 {
						t.Errorf("%s: folder error with size %d, want 0", in.path, in.size)
					}
				}
				return
			}
			if len(ins) != 1 {
				t.Fatalf("got %d inputs, want 1: %v", len(ins), ins)
			}
			if tt.wantErr == "" && ins[0].err != "" || !strings.Contains(ins[0].err, tt.wantErr) {
				t.Errorf("error: got %q, want it to contain %q", ins[0].err, tt.wantErr)
			}
			if ins[0].path != tt.path {
				t.Errorf("path: got %q, want %q", ins[0].path, tt.path)
			}
			if ins[0].size != tt.size {
				t.Errorf("size: got %d, want %d", ins[0].size, tt.size)
			}
		})
	}

	// Walking the whole folder: the loop is reported once, the FIFO is
	// skipped, every other file comes out, nothing stops the walk.
	var skipped []string
	ins := drainFolder(t, newTestFolder(t, FolderConfig{MaxBytes: 1000, Skipped: func(p, r string) {
		skipped = append(skipped, filepath.Base(p)+": "+r)
	}}, dir))
	var got []string
	for _, in := range ins {
		line := strings.TrimPrefix(in.path, dir+"/")
		if in.err != "" {
			line += " ! " + strings.SplitN(in.err, ":", 2)[0]
		}
		got = append(got, line)
	}
	want := []string{
		"big.txt ! file too large", "broken.txt ! does not exist (or is a broken symlink)",
		"loop/keep.txt", "loop/up ! symlink loop", "ok.txt", "self ! symlink loop",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("walk:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if strings.Join(skipped, ",") != "named.png: content is not text, HTML or PDF,pipe: not a regular file" {
		t.Errorf("skipped: got %q", skipped)
	}
}

func folderSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatalf("symlink: %v", err)
	}
}

// TestFolderUnreadable needs a user that permissions apply to: root reads
// anything, so as root it is skipped (TestReadFileNotRegular covers a read
// that fails for root too).
func TestFolderUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not apply")
	}
	dir := t.TempDir()
	writeFolderTree(t, dir, map[string]string{"secret.txt": "x", "locked/a.txt": "y", "open.txt": "z"})
	if err := os.Chmod(filepath.Join(dir, "secret.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "locked"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	var got []string
	for _, in := range drainFolder(t, newTestFolder(t, FolderConfig{}, dir)) {
		got = append(got, filepath.Base(in.path)+" "+in.err)
	}
	for i, want := range []string{"locked permission denied", "open.txt ", "secret.txt permission denied"} {
		if i >= len(got) || !strings.HasPrefix(got[i], want) {
			t.Errorf("input %d: got %q, want prefix %q", i, got, want)
		}
	}
}

// TestReadFileNotRegular: a file that turned into a FIFO after the walk
// saw it is refused without blocking on the open.
func TestReadFileNotRegular(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "was-a-file.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	_, _, err := readLocalFile(fifo, 0)
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("readLocalFile(FIFO): got %v, want a not-a-regular-file error", err)
	}
}

func TestReadFileLimits(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.txt")
	if err := os.WriteFile(p, []byte("0123456789"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		max     int64
		wantErr bool
	}{
		{"no limit", 0, false},
		{"exactly the limit", 10, false},
		{"one over", 9, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, size, err := readLocalFile(p, tt.max)
			if (err != nil) != tt.wantErr {
				t.Fatalf("readLocalFile(max %d): got error %v, want error %v", tt.max, err, tt.wantErr)
			}
			if size != 10 {
				t.Errorf("size: got %d, want 10", size)
			}
			if !tt.wantErr && string(body) != "0123456789" {
				t.Errorf("body: got %q, want %q", body, "0123456789")
			}
		})
	}
}

func TestFolderConfigErrors(t *testing.T) {
	if _, err := NewFolder(FolderConfig{}); err == nil {
		t.Error("NewFolder with no paths: got nil error")
	}
	if _, err := NewFolder(FolderConfig{MaxBytes: -1}, "."); err == nil {
		t.Error("NewFolder with negative MaxBytes: got nil error")
	}
}

func TestFolderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	f := newTestFolder(t, FolderConfig{}, t.TempDir())
	if _, err := f.Next(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Next after cancel: got %v, want context.Canceled", err)
	}
	if _, err := CountFolder(ctx, "."); !errors.Is(err, context.Canceled) {
		t.Errorf("CountFolder after cancel: got %v, want context.Canceled", err)
	}
}
