// Package extracttest holds what the benchmarks and tests of the extract
// packages share: the shared dev texts and CPU-time throughput. It is for
// tests only.
package extracttest

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Shared returns the path of the shared folder (beside the checkout) from
// the folder of a package under extract/ (extract/NAME), where its tests
// run.
func Shared() string { return filepath.Join("..", "..", "..", "shared") }

// DevTexts returns the shared dev texts (about 40 KB), the input of the
// extractor benchmarks, or skips when they are not available.
func DevTexts(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(Shared(), "corpus", "dev", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Skip("dev texts not available")
	}
	var texts []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	return texts
}

// TotalLen returns the summed length of texts in bytes.
func TotalLen(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}

// CPUTime returns the process's user+system CPU time. On a shared machine
// wall-clock MB/s understates throughput; the benchmarks also report MB/s
// per CPU-second ("cpu-MB/s") from it.
func CPUTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// ReportCPUThroughput reports cpu-MB/s: bytes per iteration over b.N
// iterations per CPU-second used since start (a CPUTime).
func ReportCPUThroughput(b *testing.B, bytes int64, start time.Duration) {
	if used := CPUTime(b) - start; used > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
	}
}
