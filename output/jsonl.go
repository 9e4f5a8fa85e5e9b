package output

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// JSONL writes one JSON object per line. Written to a file, it writes a
// temporary file beside the target and renames it on Close, so readers never
// see half a file.
type JSONL struct {
	w      *bufio.Writer
	enc    *json.Encoder
	file   *os.File // nil when writing to a caller's writer
	target string
	// direct is a device or FIFO written in place, closed by Close.
	direct *os.File
	// appending marks a writer made by AppendJSONL: Close appends the
	// temporary file to target instead of renaming it.
	appending bool
}

// NewJSONL writes records to w (stdout, say). Close flushes but does not close w.
func NewJSONL(w io.Writer) *JSONL {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSONL{w: bw, enc: enc}
}

// CreateJSONL writes records to path atomically: into a temporary file in
// the same directory (.NAME.DIGITS.tmp), renamed to path by Close. The
// temporary file is locked while it is written; temporary files of path
// left by writers that were killed (nobody holds their lock) are removed
// first.
//
// A path that exists and is not a regular file (/dev/null, /dev/stdout, a
// FIFO) is written directly, not replaced.
func CreateJSONL(path string) (*JSONL, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("open output: %w", err)
		}
		j := NewJSONL(f)
		j.direct = f
		return j, nil
	}
	f, err := createLockedTemp(path)
	if err != nil {
		return nil, err
	}
	j := NewJSONL(f)
	j.file, j.target = f, path
	return j, nil
}

// Write encodes r as one line, in the form Record.MarshalJSON gives it.
func (j *JSONL) Write(_ context.Context, r Record) error {
	if err := j.enc.Encode(wireForm(r)); err != nil {
		return fmt.Errorf("write record %s: %w", r.ID, err)
	}
	return nil
}

// Close flushes, and for a file syncs, renames it into place and closes
// it. The rename happens while the file is still open and locked, so no
// other run can take it for abandoned in between (where a file cannot be
// renamed while open, it is closed first: there, temporary files are
// never removed by other runs anyway).
func (j *JSONL) Close(ctx context.Context) error {
	if j.appending {
		return j.closeAppend(ctx)
	}
	if j.direct != nil {
		err := j.w.Flush()
		if cerr := j.direct.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		return nil
	}
	if err := j.w.Flush(); err != nil {
		if j.file != nil {
			j.file.Close()
			os.Remove(j.file.Name())
		}
		return fmt.Errorf("flush output: %w", err)
	}
	if j.file == nil {
		return nil
	}
	tmp := j.file.Name()
	fail := func(what string, err error) error {
		j.file.Close()
		os.Remove(tmp)
		return fmt.Errorf("%s output: %w", what, err)
	}
	if err := j.file.Sync(); err != nil {
		return fail("sync", err)
	}
	if err := j.file.Chmod(0o644); err != nil {
		return fail("chmod", err)
	}
	if !canLockTemps {
		if err := j.file.Close(); err != nil {
			os.Remove(tmp)
			return fmt.Errorf("close output: %w", err)
		}
	}
	if err := os.Rename(tmp, j.target); err != nil {
		return fail("rename", err)
	}
	if canLockTemps {
		if err := j.file.Close(); err != nil {
			return fmt.Errorf("close output: %w", err)
		}
	}
	return nil
}

// wireForm is r as Record.MarshalJSON writes it, but as a value without a
// MarshalJSON method: the encoder then writes it directly instead of
// marshalling it to a buffer, re-parsing and compacting it. Write runs on
// the pipeline's one emitting goroutine, so this matters.
func wireForm(r Record) any {
	if r.Error != "" {
		return errorRecord{Schema: r.Schema, ID: r.ID, Error: r.Error, Source: r.Source}
	}
	return plainRecord(r)
}

// plainRecord is a Record without its MarshalJSON method.
type plainRecord Record
