package output

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// JSONL writes one JSON object per line. Written to a file, it writes a
// temporary file beside the target and renames it on Close, so readers never
// see half a file.
type JSONL struct {
	w      *bufio.Writer
	enc    *json.Encoder
	file   *os.File // nil when writing to a caller's writer
	target string
}

// NewJSONL writes records to w (stdout, say). Close flushes but does not close w.
func NewJSONL(w io.Writer) *JSONL {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSONL{w: bw, enc: enc}
}

// CreateJSONL writes records to path atomically: into a temporary file in
// the same directory, renamed to path by Close.
func CreateJSONL(path string) (*JSONL, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("create output: %w", err)
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

// Close flushes, and for a file syncs, closes and renames it into place.
func (j *JSONL) Close(context.Context) error {
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
	if err := j.file.Sync(); err != nil {
		j.file.Close()
		os.Remove(tmp)
		return fmt.Errorf("sync output: %w", err)
	}
	if err := j.file.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("close output: %w", err)
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return fmt.Errorf("chmod output: %w", err)
	}
	if err := os.Rename(tmp, j.target); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("rename output: %w", err)
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
