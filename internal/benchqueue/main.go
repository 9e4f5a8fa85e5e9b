// Command benchqueue measures the queue workers: for each worker count it
// starts an embedded NATS JetStream server, enqueues a corpus with the
// built binary, drains it with that many worker processes (one document
// at a time each) and reports documents/s, the workers' CPU time, each
// worker's peak RSS and the CPU time of the embedded server. Sinks are one appended JSON Lines file per worker,
// or PostgreSQL with -postgres.
//
//	go run ./internal/benchqueue -bin bin/communique -corpus /tmp/corpus -workers 1,2 [-procs 1]
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/communique/communique/internal/natstest"
	"github.com/communique/communique/queue"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "benchqueue: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	bin := flag.String("bin", "bin/communique", "the communique binary")
	corpus := flag.String("corpus", "", "folder to enqueue")
	counts := flag.String("workers", "1,2", "comma-separated worker process counts")
	postgres := flag.String("postgres", "", "write into this PostgreSQL DSN instead of JSON Lines files")
	procs := flag.Int("procs", 0, "GOMAXPROCS of each worker process (0: the Go default, all cores)")
	flag.Parse()
	if *corpus == "" {
		return errors.New("-corpus is required")
	}
	fmt.Printf("%-8s %10s %10s %10s %10s %14s %14s %12s  %s\n", "workers", "documents", "seconds", "docs/s", "cpu_s", "docs/cpu_s", "peak_RSS_MB", "server_cpu_s", "load_avg_1m(before,after)")
	for _, c := range strings.Split(*counts, ",") {
		n, err := strconv.Atoi(c)
		if err != nil || n < 1 {
			return fmt.Errorf("-workers: %q", c)
		}
		if err := once(*bin, *corpus, n, *postgres, *procs); err != nil {
			return err
		}
	}
	return nil
}

// once enqueues the corpus and drains it with n workers, each limited to
// procs cores when procs > 0 (one worker per core, as a deployment packs
// them; by default a lone worker's garbage collector also uses the idle
// core, so one worker gets more than one core).
func once(bin, corpus string, n int, postgres string, procs int) error {
	dir, err := os.MkdirTemp("", "benchqueue-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	srv, err := natstest.Start(natstest.Options{Dir: dir})
	if err != nil {
		return err
	}
	defer func() { srv.Shutdown(); srv.WaitForShutdown() }()
	url := srv.ClientURL()
	if out, err := exec.Command(bin, "enqueue", "--quiet", "--nats", url, corpus).CombinedOutput(); err != nil {
		return fmt.Errorf("enqueue: %v\n%s", err, out)
	}
	nc, err := queue.Connect(url, "benchqueue")
	if err != nil {
		return err
	}
	st, err := queue.ReadStats(context.Background(), nc)
	nc.Close()
	if err != nil {
		return err
	}
	loadBefore := loadAverage()
	serverBefore := selfCPU()
	start := time.Now()
	cmds := make([]*exec.Cmd, n)
	errs := make([]*bytes.Buffer, n)
	for i := range cmds {
		sink := []string{"-o", filepath.Join(dir, fmt.Sprintf("w%d.jsonl", i))}
		if postgres != "" {
			sink = []string{"--postgres", postgres}
		}
		cmds[i] = exec.Command(bin, append([]string{"worker", "--drain", "--quiet", "--workers", "1", "--nats", url}, sink...)...)
		if procs > 0 {
			cmds[i].Env = append(os.Environ(), fmt.Sprintf("GOMAXPROCS=%d", procs))
		}
		errs[i] = &bytes.Buffer{}
		cmds[i].Stderr = errs[i]
		if err := cmds[i].Start(); err != nil {
			return err
		}
	}
	var peak int64
	var cpu time.Duration
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			return fmt.Errorf("worker %d: %v\n%s", i, err, errs[i])
		}
		if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
			peak = max(peak, ru.Maxrss)
		}
		cpu += c.ProcessState.UserTime() + c.ProcessState.SystemTime()
	}
	secs := time.Since(start).Seconds()
	server := selfCPU() - serverBefore
	fmt.Printf("%-8d %10d %10.2f %10.1f %10.2f %14.1f %14.1f %12.2f  %s,%s\n", n, st.Tasks, secs, float64(st.Tasks)/secs,
		cpu.Seconds(), float64(st.Tasks)/cpu.Seconds(), float64(peak)/1024, server.Seconds(), loadBefore, loadAverage())
	return nil
}

// loadAverage is the machine's 1-minute load average ("?" where
// /proc/loadavg is missing): the machine may be shared, and the figures
// mean little without it.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return "?"
	}
	return f[0]
}

// selfCPU is the CPU time this process (the embedded NATS server) has
// used so far: the queue's own cost beside the workers'.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
