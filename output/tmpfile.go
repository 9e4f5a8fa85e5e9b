package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Temporary files. A file sink writes into .NAME.DIGITS.tmp beside its
// target NAME and renames it into place when done. While it writes, it
// holds an advisory lock on the temporary file (lockTemp); the kernel
// drops the lock when the process exits, however it exits. So a
// temporary file of NAME that nobody holds locked was left by a writer
// that was killed, and the next writer of NAME removes it.

// createLockedTemp removes the abandoned temporary files of target, then
// creates and locks a new one in target's directory.
func createLockedTemp(target string) (*os.File, error) {
	dir, base := filepath.Dir(target), filepath.Base(target)
	if err := RemoveAbandonedTemps(dir, func(b string) bool { return b == base }); err != nil {
		return nil, err
	}
	// Another writer's cleanup may lock and remove our file between its
	// creation and our lock: then our lock fails, or succeeds on a file
	// that is no longer linked, and we start again.
	for range 8 {
		f, err := os.CreateTemp(dir, "."+base+".*.tmp")
		if err != nil {
			return nil, fmt.Errorf("create output: %w", err)
		}
		ok, err := lockTemp(f)
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			return nil, fmt.Errorf("lock temporary output: %w", err)
		}
		if ok && stillLinked(f) {
			return f, nil
		}
		f.Close()
	}
	return nil, errors.New("create output: temporary files removed by other runs as soon as created")
}

// RemoveAbandonedTemps removes the temporary files in dir of the outputs
// whose base names isTarget accepts that no live process holds locked:
// their writers were killed. Files it may not open are someone else's
// and left alone; files gone meanwhile are fine. CreateJSONL calls it for
// its own output; a caller whose output names change from run to run
// (one file per crawl pass) calls it for all of them. Where files cannot
// be locked it removes nothing.
func RemoveAbandonedTemps(dir string, isTarget func(base string) bool) error {
	if !canLockTemps {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("list temporary outputs: %w", err)
	}
	var errs []error
	for _, e := range entries {
		if base, ok := tempTarget(e.Name()); !ok || !e.Type().IsRegular() || !isTarget(base) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		f, err := os.Open(path)
		switch {
		case errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission):
			continue
		case err != nil:
			errs = append(errs, err)
			continue
		}
		ok, err := lockTemp(f)
		if err == nil && ok && stillLinked(f) {
			// Removed while locked, so that its writer, if it has only
			// just created it, sees it gone and makes another.
			if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, err)
			}
		} else if err != nil {
			errs = append(errs, err)
		}
		f.Close()
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("remove abandoned temporary output: %w", err)
	}
	return nil
}

// tempTarget returns the base name of the output a temporary file
// belongs to, as createLockedTemp names them: "." + base + "." + digits +
// ".tmp".
func tempTarget(name string) (string, bool) {
	rest, ok := strings.CutPrefix(name, ".")
	if !ok {
		return "", false
	}
	if rest, ok = strings.CutSuffix(rest, ".tmp"); !ok {
		return "", false
	}
	i := strings.LastIndexByte(rest, '.')
	if i <= 0 || i == len(rest)-1 {
		return "", false
	}
	for _, c := range rest[i+1:] {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return rest[:i], true
}

// stillLinked reports whether f's path still names f.
func stillLinked(f *os.File) bool {
	a, err := f.Stat()
	if err != nil {
		return false
	}
	b, err := os.Stat(f.Name())
	return err == nil && os.SameFile(a, b)
}
