//go:build !unix

package pipeline

import "time"

// processCPUTime is 0 where getrusage is missing: no CPU figure then.
func processCPUTime() time.Duration { return 0 }
