//go:build unix

package decodetest

import (
	"syscall"
	"time"
)

// ProcessCPUTime returns the CPU time this process has used. Benchmarks
// report throughput per CPU second as well as per wall second, because
// the shared machine's load makes wall time meaningless.
func ProcessCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
