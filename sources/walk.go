package sources

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// sniffLen is how many leading bytes decide whether a file with an unknown
// extension is a document (what net/http.DetectContentType considers).
const sniffLen = 512

// documentExtensions are offered without sniffing.
var documentExtensions = map[string]bool{
	".txt": true, ".text": true, ".htm": true, ".html": true, ".xhtml": true, ".pdf": true,
}

// dataExtensions sniff as text but hold data or code, not documents; a walk
// skips them (naming one on the command line still offers it).
var dataExtensions = map[string]bool{
	".json": true, ".jsonl": true, ".ndjson": true, ".csv": true, ".tsv": true,
	".xml": true, ".svg": true, ".js": true, ".mjs": true,
	".css": true, ".map": true, ".go": true, ".py": true, ".sh": true, ".yaml": true,
	".yml": true, ".toml": true, ".ini": true, ".cfg": true, ".conf": true, ".log": true,
	".sql": true, ".tmp": true,
}

// IsPrereadPath reports whether a path names a document read once by the
// caller rather than a file: "-" (standard input) or an http(s) URL.
func IsPrereadPath(p string) bool {
	lower := strings.ToLower(p)
	return p == StdinPath || strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// feedExtensions are offered as feeds (each item with a body a document).
var feedExtensions = map[string]bool{".rss": true, ".atom": true}

// feedDataExtensions are data extensions a feed may have (.xml, a JSON
// Feed's .json): such a file is offered when its first bytes are a feed's.
var feedDataExtensions = map[string]bool{".xml": true, ".json": true}

// metadataNames are the base names (without extension, upper case) of a
// repository's or archive's own files, which a walk skips: they describe
// the documents and are not releases. Naming one on the command line still
// offers it.
var metadataNames = map[string]bool{
	"LICENSE": true, "LICENCE": true, "COPYING": true, "README": true, "MANIFEST": true,
	"ATTRIBUTION": true, "CHANGELOG": true, "CHANGES": true, "NOTICE": true, "AUTHORS": true,
	"CONTRIBUTING": true, "CODE_OF_CONDUCT": true, "SECURITY": true, "CITATION": true,
}

// isMetadataName reports whether a file's name is one of metadataNames,
// with or without an extension (README.md, LICENSE, MANIFEST.txt).
func isMetadataName(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	return metadataNames[base] || metadataNames[strings.ToUpper(name)]
}

// walkEntry is one path the walk offers: a file to read, or a path that failed
// (err set) and becomes an Input with Error.
type walkEntry struct {
	path    string
	preread bool        // "-" (standard input) or an http(s) URL: see FolderConfig.Preread
	info    fs.FileInfo // nil when stat failed
	err     error
}

// walkFrame is a folder being listed.
type walkFrame struct {
	path    string
	info    fs.FileInfo
	entries []fs.DirEntry
	next    int
}

// walker yields entries depth first, folders' entries in name order. It
// keeps the stack of open folders, whose FileInfos detect symlink loops.
type walker struct {
	roots   []string
	stack   []*walkFrame
	skipped func(path, reason string)
}

func newWalker(roots []string, skipped func(path, reason string)) *walker {
	if skipped == nil {
		skipped = func(string, string) {}
	}
	return &walker{roots: roots, skipped: skipped}
}

// next returns the next walkEntry, false after the last.
func (w *walker) next() (walkEntry, bool) {
	for {
		if len(w.stack) == 0 {
			if len(w.roots) == 0 {
				return walkEntry{}, false
			}
			root := w.roots[0]
			w.roots = w.roots[1:]
			if IsPrereadPath(root) {
				return walkEntry{path: root, preread: true}, true
			}
			if e, ok := w.visit(root, true); ok {
				return e, true
			}
			continue
		}
		top := w.stack[len(w.stack)-1]
		if top.next == len(top.entries) {
			w.stack[len(w.stack)-1] = nil
			w.stack = w.stack[:len(w.stack)-1]
			continue
		}
		de := top.entries[top.next]
		top.entries[top.next] = nil // let the GC have listed entries early
		top.next++
		path := filepath.Join(top.path, de.Name())
		if strings.HasPrefix(de.Name(), ".") {
			w.skipped(path, "hidden")
			continue
		}
		if e, ok := w.visit(path, false); ok {
			return e, true
		}
	}
}

// visit stats path (following symlinks) and either returns the walkEntry to
// offer, or pushes a folder, or skips; explicit paths were named by the
// user and are offered whatever they are.
func (w *walker) visit(path string, explicit bool) (walkEntry, bool) {
	info, err := os.Stat(path)
	if err != nil {
		return walkEntry{path: path, err: describePathError(err)}, true
	}
	switch {
	case info.IsDir():
		// Failed folders carry no FileInfo: a folder's size says nothing
		// about documents.
		for _, f := range w.stack {
			if os.SameFile(f.info, info) {
				return walkEntry{path: path, err: fmt.Errorf("symlink loop: %s is the folder %s again", path, f.path)}, true
			}
		}
		list, err := os.ReadDir(path) // sorted by name
		if err != nil {
			return walkEntry{path: path, err: describePathError(err)}, true
		}
		w.stack = append(w.stack, &walkFrame{path: path, info: info, entries: list})
		return walkEntry{}, false
	case !info.Mode().IsRegular():
		if explicit {
			return walkEntry{path: path, info: info, err: fmt.Errorf("not a regular file (%s)", info.Mode().Type())}, true
		}
		w.skipped(path, "not a regular file")
		return walkEntry{}, false
	case explicit:
		return walkEntry{path: path, info: info}, true
	}
	if isMetadataName(filepath.Base(path)) {
		w.skipped(path, "repository metadata (license, readme, manifest)")
		return walkEntry{}, false
	}
	ext := strings.ToLower(filepath.Ext(path))
	if documentExtensions[ext] || feedExtensions[ext] {
		return walkEntry{path: path, info: info}, true
	}
	if feedDataExtensions[ext] {
		if isFeedFile(path) {
			return walkEntry{path: path, info: info}, true
		}
		w.skipped(path, "data file extension "+ext)
		return walkEntry{}, false
	}
	if dataExtensions[ext] {
		w.skipped(path, "data file extension "+ext)
		return walkEntry{}, false
	}
	ok, err := sniffDocument(path)
	if err != nil {
		// Unreadable: offer it so the read reports why, rather than lose it.
		return walkEntry{path: path, info: info}, true
	}
	if !ok {
		w.skipped(path, "content is not text, HTML or PDF")
		return walkEntry{}, false
	}
	return walkEntry{path: path, info: info}, true
}

// isFeedFile reports whether the first bytes of path are a feed's.
func isFeedFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, feedHeadLen)
	n, _ := io.ReadFull(f, buf)
	return looksLikeFeed(buf[:n])
}

// sniffDocument reports whether the first bytes of path look like text,
// HTML or PDF.
func sniffDocument(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	buf := make([]byte, sniffLen)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false, err
	}
	if n == 0 {
		return true, nil // empty: offered, so that it is reported as empty
	}
	ct := http.DetectContentType(buf[:n])
	return strings.HasPrefix(ct, "text/") || ct == "application/pdf", nil
}
