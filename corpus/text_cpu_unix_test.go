//go:build unix

package corpus

import (
	"syscall"
	"time"
)

// processCPUTime returns the CPU time this process has used. Benchmarks
// report throughput per CPU second as well as per wall second, because
// the shared machine's load makes wall time meaningless.
func processCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
