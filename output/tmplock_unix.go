//go:build unix

package output

import (
	"errors"
	"os"
	"syscall"
)

// lockTemp takes the advisory lock (flock(2), exclusive, not waiting) that
// marks f as a temporary file some process is still writing. It is held
// until f is closed, or until the process dies: the kernel releases it
// then, which is how a killed writer's file is told from a live one's.
// It reports false when another process holds the lock.
func lockTemp(f *os.File) (bool, error) {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return false, nil
	}
	return err == nil, err
}

// canLockTemps reports whether lockTemp tells live temporary files from
// abandoned ones on this system.
const canLockTemps = true
