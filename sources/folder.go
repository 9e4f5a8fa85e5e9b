package sources

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"syscall"

	"github.com/communique/communique/corpus"
)

// FolderConfig configures a Folder.
type FolderConfig struct {
	// MaxBytes is the largest file read; a larger one becomes an Input with
	// Error, without being read. 0 means no limit.
	MaxBytes int64
	// Skipped, when not nil, is told about every file or folder the walk
	// does not offer (hidden, not a document, not a regular file) and why.
	Skipped func(path, reason string)
	// Preread are documents read once by the caller, by the path that
	// names them: standard input for "-" (ReadStdin) and http(s) URLs
	// (FetchURLs). They are offered where their path appears, so that a
	// second pass over the same paths (the chrome-learning prepass) sees
	// the same bytes without reading or fetching again. A "-" or URL path
	// missing here is an Input with Error.
	Preread map[string]corpus.Input
}

// StdinPath is the path that names standard input.
const StdinPath = "-"

// ReadStdin reads r (standard input) whole, up to maxBytes (0: no limit),
// into the Input that FolderConfig.Preread offers for "-". Over the limit or
// on a read error the Input has Error and no Body.
func ReadStdin(r io.Reader, maxBytes int64) corpus.Input {
	in := corpus.Input{Source: corpus.Source{Path: StdinPath}}
	if maxBytes > 0 {
		r = io.LimitReader(r, maxBytes+1)
	}
	body, err := io.ReadAll(r)
	in.Source.Size = int64(len(body))
	switch {
	case err != nil:
		in.Error = fmt.Sprintf("stdin: read: %v", err)
	case maxBytes > 0 && int64(len(body)) > maxBytes:
		in.Error = fmt.Sprintf("stdin: %v: over the limit of %d bytes (--max-bytes)", errTooLarge, maxBytes)
	default:
		in.Source.SHA256 = sha256Hex(body)
		in.Body = body
	}
	return in
}

// Folder is a Source over files and folders, walked recursively in a fixed
// order: the paths in the order given, each folder's entries sorted by
// name. It streams: it holds one folder listing per level of the walk and
// one file's bytes at a time. Symlinks are followed. It is not safe for
// concurrent use (the pipeline calls Next from one goroutine).
type Folder struct {
	cfg     FolderConfig
	walk    *walker
	seq     int
	pending []corpus.Input // the remaining items of a feed file
}

// NewFolder returns a Folder over paths (files or folders). Paths that do
// not exist are not an error here: each becomes an Input with Error.
func NewFolder(cfg FolderConfig, paths ...string) (*Folder, error) {
	if cfg.MaxBytes < 0 {
		return nil, fmt.Errorf("max bytes %d: must not be negative", cfg.MaxBytes)
	}
	if len(paths) == 0 {
		return nil, errors.New("no paths given")
	}
	return &Folder{cfg: cfg, walk: newWalker(paths, cfg.Skipped)}, nil
}

// Next returns the next file's bytes (for a feed file, the next item's
// body: see feedInputs), or an Input with Error for a path that cannot be
// read, and io.EOF after the last. It fails only when ctx
// is done.
func (f *Folder) Next(ctx context.Context) (corpus.Input, error) {
	if err := ctx.Err(); err != nil {
		return corpus.Input{}, err
	}
	if len(f.pending) == 0 {
		e, ok := f.walk.next()
		if !ok {
			return corpus.Input{}, io.EOF
		}
		in := f.read(e)
		f.pending = []corpus.Input{in}
		if in.Error == "" && looksLikeFeed(in.Body) {
			f.pending = feedInputs(e.path, in.Source, in.Body, f.walk.skipped)
		}
	}
	in := f.pending[0]
	f.pending[0] = corpus.Input{}
	f.pending = f.pending[1:]
	in.Seq = f.seq
	f.seq++
	return in, nil
}

// CountFolder returns how many Inputs a Folder over paths would yield,
// without reading more than the first bytes of files it must sniff. It is
// meant for progress reporting, run beside the real walk.
func CountFolder(ctx context.Context, paths ...string) (int, error) {
	w := newWalker(paths, nil)
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		if _, ok := w.next(); !ok {
			return n, nil
		}
		n++
	}
}

// read turns a walk walkEntry into an Input.
func (f *Folder) read(e walkEntry) corpus.Input {
	if e.preread {
		in, ok := f.cfg.Preread[e.path]
		if !ok {
			if e.path == StdinPath {
				return corpus.Input{Source: corpus.Source{Path: StdinPath}, Error: "stdin: not available here"}
			}
			return corpus.Input{Source: corpus.Source{URI: e.path}, Error: "fetch " + e.path + ": not fetched (a URL is read only by run and learn-chrome)"}
		}
		return in
	}
	in := corpus.Input{Source: corpus.Source{Path: e.path, URI: fileURI(e.path)}}
	if e.info != nil {
		in.Source.Size = e.info.Size()
	}
	if e.err != nil {
		in.Error = e.err.Error()
		return in
	}
	body, size, err := readLocalFile(e.path, f.cfg.MaxBytes)
	if size >= 0 {
		in.Source.Size = size
	}
	if err != nil {
		in.Error = err.Error()
		return in
	}
	sum := sha256.Sum256(body)
	in.Source.SHA256 = hex.EncodeToString(sum[:])
	in.Body = body
	return in
}

// errTooLarge is the failure of a file over FolderConfig.MaxBytes.
var errTooLarge = errors.New("file too large")

// readLocalFile reads path, refusing files over maxBytes (0: no limit) by their
// size on disk and, should the file grow while read, by a limited read. It
// returns the size seen (-1 when unknown).
func readLocalFile(path string, maxBytes int64) ([]byte, int64, error) {
	// O_NONBLOCK: opening a FIFO that replaced a regular file since the
	// walk must not block the run; regular files ignore the flag.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, -1, describePathError(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, -1, describePathError(err)
	}
	if !info.Mode().IsRegular() {
		return nil, info.Size(), fmt.Errorf("not a regular file (%s)", info.Mode().Type())
	}
	size := info.Size()
	if maxBytes > 0 && size > maxBytes {
		return nil, size, fmt.Errorf("%w: %d bytes, over the limit of %d (--max-bytes)", errTooLarge, size, maxBytes)
	}
	var r io.Reader = f
	if maxBytes > 0 {
		r = io.LimitReader(f, maxBytes+1)
	}
	buf := make([]byte, 0, size+1) // +1: EOF is seen without a regrow
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, size, fmt.Errorf("read: %w", describePathError(err))
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
	if maxBytes > 0 && int64(len(buf)) > maxBytes {
		return nil, int64(len(buf)), fmt.Errorf("%w: grew over the limit of %d bytes (--max-bytes) while read", errTooLarge, maxBytes)
	}
	return buf, int64(len(buf)), nil
}

// describePathError turns file system errors into messages that name the problem
// first ("permission denied: open a.txt").
func describePathError(err error) error {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return err
	}
	switch {
	case errors.Is(err, syscall.ELOOP):
		return fmt.Errorf("symlink loop: %w", err)
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("does not exist (or is a broken symlink): %w", err)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("permission denied: %w", err)
	}
	return err
}

// fileURI is the file:// URI of path, absolute and percent-encoded.
func fileURI(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}
