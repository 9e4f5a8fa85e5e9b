//go:build !race

package pipeline

import (
	"context"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/communique/communique/output"
)

// recordSink keeps the error of every record.
type recordSink struct{ errs []string }

func (s *recordSink) Write(_ context.Context, r output.Record) error {
	s.errs = append(s.errs, r.Error)
	return nil
}
func (s *recordSink) Close(context.Context) error { return nil }

// heapPeak samples the bytes of heap objects (live and not yet swept)
// every few milliseconds until stop is called, and returns the largest.
func heapPeak() (stop func() uint64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak.Load()
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestDocTimeoutStopsWork: 32 slow documents (dense list labels, which
// take the real stages far longer than the deadline) with a short
// DocTimeout each become a "timed out" record; every one stops within the
// one-second grace of its deadline (none is abandoned to run on), no
// goroutine is left running after the run, and the run's peak heap stays
// within a few times that of one such document processed alone: the
// timed-out documents' memory is freed, not held by abandoned stages
// (which reached 32 documents' worth before). It measures heap, not wall
// time; each pass of the stages over one document costs well under a
// second of CPU, so the grace holds on a loaded machine. Left out of the
// race build and -short.
func TestDocTimeoutStopsWork(t *testing.T) {
	if testing.Short() {
		t.Skip("slow documents")
	}
	stages, err := NewStages(StageConfig{OCRCommand: "-"})
	if err != nil {
		t.Fatal(err)
	}
	defer stages.Close() //nolint:errcheck // test
	body := []byte(strings.Repeat("(1) (a) (i) ", (2<<20)/12))

	// one document alone, to completion: its cost and peak heap
	runtime.GC()
	stop := heapPeak()
	cpu := cpuTime(t)
	one := &recordSink{}
	r := mustRunner(t, Config{Workers: 1}, stages)
	if _, err := r.Run(t.Context(), &repeatSource{body: body, n: 1}, one); err != nil {
		t.Fatal(err)
	}
	alone, aloneCPU := stop(), cpuTime(t)-cpu
	if len(one.errs) != 1 || one.errs[0] != "" {
		t.Fatalf("the document alone: got errors %q, want one record without error", one.errs)
	}

	const docs, timeout = 32, 20 * time.Millisecond
	core, logs := observer.New(zap.WarnLevel)
	goroutines := runtime.NumGoroutine()
	runtime.GC()
	stop = heapPeak()
	cpu = cpuTime(t)
	sink := &recordSink{}
	r = mustRunner(t, Config{Workers: 2, DocTimeout: timeout, Logger: zap.New(core)}, stages)
	if _, err := r.Run(t.Context(), &repeatSource{body: body, n: docs}, sink); err != nil {
		t.Fatal(err)
	}
	peak, runCPU := stop(), cpuTime(t)-cpu
	if len(sink.errs) != docs {
		t.Fatalf("got %d records, want %d", len(sink.errs), docs)
	}
	for i, e := range sink.errs {
		if !strings.HasSuffix(e, "timed out after 20ms") {
			t.Errorf("document %d: error %q, want a timeout", i, e)
		}
	}
	if n := logs.FilterMessage("stage ignored its deadline; left running").Len(); n > 0 {
		t.Errorf("%d of %d documents did not stop within a second of their deadline", n, docs)
	}
	// the workers' goroutines end with the run; allow the sampler's and
	// the runtime's to come and go
	if n := runtime.NumGoroutine(); n > goroutines+2 {
		t.Errorf("%d goroutines after the run, %d before: stages left running", n, goroutines)
	}
	t.Logf("CPU: one document alone %v, %d timed out %v", aloneCPU, docs, runCPU)
	t.Logf("peak heap: one document alone %.1f MB, %d timed out with 2 workers %.1f MB", float64(alone)/(1<<20), docs, float64(peak)/(1<<20))
	if peak > 4*alone {
		t.Errorf("peak heap %.1f MB is over 4x that of one document alone (%.1f MB): timed-out documents hold their memory", float64(peak)/(1<<20), float64(alone)/(1<<20))
	}
}
