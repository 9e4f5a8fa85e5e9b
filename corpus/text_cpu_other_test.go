//go:build !unix

package corpus

import "time"

// processCPUTime is not measured on this platform; benchmarks then omit
// their per-CPU-second figures.
func processCPUTime() time.Duration { return 0 }
