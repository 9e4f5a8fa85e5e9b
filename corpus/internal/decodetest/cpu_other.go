//go:build !unix

package decodetest

import "time"

// ProcessCPUTime is not measured on this platform; benchmarks then omit
// their per-CPU-second figures.
func ProcessCPUTime() time.Duration { return 0 }
