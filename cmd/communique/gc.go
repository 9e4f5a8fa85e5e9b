package main

import (
	"runtime/debug"
	"strings"
)

// gcPercent is the garbage collector's target the commands that process
// documents set when the user sets none (GOGC): 200 lets the heap grow
// to three times the live data between collections instead of twice.
// Decoding and extraction allocate many short-lived strings; on
// trafilatura's 990 benchmark pages, one worker, it cut communique's CPU
// time by about 11% (peak RSS 135 -> 181 MB), the collector's marking
// and the preemptions it causes being most of what it saved.
const gcPercent = 200

// memoryHeadroom is added to the soft memory limit above what the
// documents in flight may need.
const memoryHeadroom = 50 << 20

// gcSettings returns the collector settings for workers documents of at
// most maxBytes each: gcPercent when GOGC is unset, and a soft memory
// limit of ten times maxBytes a worker plus memoryHeadroom when
// GOMEMLIMIT is unset, so that the larger target never lets the heap run
// past what the documents need: near the limit the collector runs as
// often as it must. A zero result means the user's own setting stands.
// getenv reads the environment.
func gcSettings(getenv func(string) string, workers int, maxBytes int64) (percent int, limit int64) {
	if strings.TrimSpace(getenv("GOGC")) == "" {
		percent = gcPercent
	}
	if strings.TrimSpace(getenv("GOMEMLIMIT")) == "" && workers > 0 && maxBytes > 0 {
		limit = int64(workers)*10*maxBytes + memoryHeadroom
	}
	return percent, limit
}

// tuneGC applies gcSettings to the running program.
func tuneGC(getenv func(string) string, workers int, maxBytes int64) {
	percent, limit := gcSettings(getenv, workers, maxBytes)
	if percent > 0 {
		debug.SetGCPercent(percent)
	}
	if limit > 0 {
		debug.SetMemoryLimit(limit)
	}
}
