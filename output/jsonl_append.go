package output

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

// appendLockPoll is how often an appending Close retries the lock another
// process holds on the target.
const appendLockPoll = 100 * time.Millisecond

// AppendJSONL appends records to path (created when missing), for runs
// that add to one file over time (a crawl, pass after pass). Records go to
// a locked temporary file beside path first, as with CreateJSONL; Close
// appends it to path whole, holding an exclusive advisory lock (flock(2))
// on path meanwhile, so two runs appending to the same file take turns
// (Close waits for the lock until its ctx is done). A run killed before
// Close appends nothing (its temporary file is removed by the next
// writer). A last line left unfinished by a run killed during its append
// is cut off before the next append, so the file stays one complete record
// per line.
func AppendJSONL(path string) (*JSONL, error) {
	j, err := CreateJSONL(path)
	if err != nil {
		return nil, err
	}
	j.appending = j.direct == nil // a device or FIFO is written in place
	return j, nil
}

// closeAppend flushes the temporary file and appends it to the target.
func (j *JSONL) closeAppend(ctx context.Context) error {
	tmp := j.file
	defer func() {
		tmp.Close()
		os.Remove(tmp.Name()) //nolint:errcheck // best effort; the next writer removes it otherwise
	}()
	if err := j.w.Flush(); err != nil {
		return fmt.Errorf("flush output: %w", err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("append output: %w", err)
	}
	f, err := os.OpenFile(j.target, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("append output: %w", err)
	}
	defer f.Close() // also releases the lock
	if err := waitLock(ctx, f); err != nil {
		return fmt.Errorf("append output %s: %w", j.target, err)
	}
	end, err := completeLinesEnd(f)
	if err != nil {
		return fmt.Errorf("append output %s: %w", j.target, err)
	}
	if err := f.Truncate(end); err != nil {
		return fmt.Errorf("append output %s: cut an unfinished line: %w", j.target, err)
	}
	if _, err := f.Seek(end, io.SeekStart); err != nil {
		return fmt.Errorf("append output %s: %w", j.target, err)
	}
	if _, err := io.Copy(f, tmp); err != nil {
		return fmt.Errorf("append output %s: %w", j.target, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("append output %s: %w", j.target, err)
	}
	return nil
}

// waitLock takes the exclusive advisory lock on f, waiting while another
// process holds it, until ctx is done.
func waitLock(ctx context.Context, f *os.File) error {
	for {
		ok, err := lockTemp(f)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("another run is writing it: %w", ctx.Err())
		case <-time.After(appendLockPoll):
		}
	}
}

// completeLinesEnd is the size of f up to and including its last newline
// (0 for a file without one): what follows is an unfinished line.
func completeLinesEnd(f *os.File) (int64, error) {
	fi, err := f.Stat()
	if err != nil {
		return 0, err
	}
	buf := make([]byte, 64<<10)
	for end := fi.Size(); end > 0; {
		start := max(end-int64(len(buf)), 0)
		n, err := f.ReadAt(buf[:end-start], start)
		if err != nil && !errors.Is(err, io.EOF) {
			return 0, err
		}
		if i := bytes.LastIndexByte(buf[:n], '\n'); i >= 0 {
			return start + int64(i) + 1, nil
		}
		end = start
	}
	return 0, nil
}
