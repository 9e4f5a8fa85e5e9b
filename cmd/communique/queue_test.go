package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/communique/communique/internal/natstest"
	"github.com/communique/communique/queue"
)

// queueDocs is the number of documents the end-to-end queue test
// enqueues: 2,000, or 500 when the sink is PostgreSQL (a server on the
// test's loaded cores writes some 50 documents/s, which would make the
// test take minutes). COMMUNIQUE_TEST_QUEUE_DOCS overrides both.
func queueDocs(t *testing.T, postgres bool) int {
	if s := os.Getenv("COMMUNIQUE_TEST_QUEUE_DOCS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 10 {
			t.Fatalf("COMMUNIQUE_TEST_QUEUE_DOCS=%q: want a number >= 10", s)
		}
		return n
	}
	if postgres {
		return 500
	}
	return 2000
}

// queueCorpus writes n documents into dir/docs, made from the repository's
// gold documents (text and HTML), each unique by a numbered line, plus the
// deliberately bad ones; it returns the bad ones' paths as run names them.
func queueCorpus(t *testing.T, dir string, n int) (bad []string) {
	t.Helper()
	src := filepath.Join(repoRoot, "testdata", "gold", "docs")
	var templates []string
	for _, pat := range []string{"*.txt", "*.html"} {
		m, err := filepath.Glob(filepath.Join(src, pat))
		if err != nil {
			t.Fatal(err)
		}
		templates = append(templates, m...)
	}
	if len(templates) == 0 {
		t.Fatalf("no gold documents in %s", src)
	}
	sort.Strings(templates)
	docs := filepath.Join(dir, "docs")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		tpl := templates[i%len(templates)]
		b, err := os.ReadFile(tpl)
		if err != nil {
			t.Fatal(err)
		}
		ext := filepath.Ext(tpl)
		line := fmt.Sprintf("\nReference %d.\n", i)
		if ext == ".html" {
			line = fmt.Sprintf("\n<p>Reference %d.</p>\n", i)
		}
		if err := os.WriteFile(filepath.Join(docs, fmt.Sprintf("%04d%s", i, ext)), append(b, line...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, body := range map[string]string{
		"bad-truncated.pdf": "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R",
		"bad-empty.html":    "<html><head><title></title></head><body>   </body></html>",
	} {
		if err := os.WriteFile(filepath.Join(docs, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		bad = append(bad, filepath.Join("docs", name))
	}
	sort.Strings(bad)
	return bad
}

// natsServer is an embedded server that can be stopped and started again
// on the same port and store.
type natsServer struct {
	t    *testing.T
	dir  string
	port int
	srv  *server.Server
}

func startNATS(t *testing.T) *natsServer {
	t.Helper()
	s := &natsServer{t: t, dir: t.TempDir()}
	s.start()
	s.port = s.srv.Addr().(*net.TCPAddr).Port
	t.Cleanup(s.stop)
	return s
}

func (s *natsServer) start() {
	srv, err := natstest.Start(natstest.Options{Dir: s.dir, Port: s.port})
	if err != nil {
		s.t.Fatal(err)
	}
	s.srv = srv
}

func (s *natsServer) stop() {
	if s.srv != nil {
		s.srv.Shutdown()
		s.srv.WaitForShutdown()
		s.srv = nil
	}
}

func (s *natsServer) url() string { return "nats://127.0.0.1:" + strconv.Itoa(s.port) }

// tasksLeft reads the queue's task count (-1 when the server is away).
func tasksLeft(url string) int {
	nc, err := queue.Connect(url, "test")
	if err != nil {
		return -1
	}
	defer nc.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	st, err := queue.ReadStats(ctx, nc)
	if err != nil {
		return -1
	}
	return int(st.Tasks)
}

// workerProc is one worker process.
type workerProc struct {
	cmd    *exec.Cmd
	stderr bytes.Buffer
	done   chan error
}

func startWorker(t *testing.T, dir string, args ...string) *workerProc {
	t.Helper()
	w := &workerProc{done: make(chan error, 1)}
	w.cmd = exec.Command(binary, append([]string{"worker", "--drain", "--workers", "1", "--ack-wait", "3s", "--quiet"}, args...)...)
	w.cmd.Dir = dir
	w.cmd.Stderr = &w.stderr
	if err := w.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { w.done <- w.cmd.Wait() }()
	t.Cleanup(func() {
		if w.cmd.ProcessState == nil {
			w.cmd.Process.Kill()
		}
	})
	return w
}

func (w *workerProc) wait(t *testing.T, limit time.Duration) {
	t.Helper()
	select {
	case err := <-w.done:
		if err != nil {
			t.Errorf("worker: %v\n%s", err, w.stderr.String())
		}
	case <-time.After(limit):
		w.cmd.Process.Kill()
		t.Errorf("worker still running after %v\n%s", limit, w.stderr.String())
	}
}

// waitTasks waits until at most left tasks remain in the queue.
func waitTasks(t *testing.T, url string, left int) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		if n := tasksLeft(url); n >= 0 && n <= left {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("queue still above %d tasks after a minute", left)
}

// TestQueueWorkersEqualRun enqueues queueDocs documents (and the bad
// ones), drains them with three worker processes while one worker is
// killed with SIGKILL and started again, or while the NATS server is
// restarted, and compares the sink with a single `communique run`: the
// same records, none lost, none twice, error records for the bad
// documents only. The sink is PostgreSQL when COMMUNIQUE_TEST_POSTGRES is
// set, else one appended JSON Lines file per worker.
func TestQueueWorkersEqualRun(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end queue test: -short")
	}
	dir := t.TempDir()
	_, usePG := postgresTarget(t)
	ndocs := queueDocs(t, usePG)
	bad := queueCorpus(t, dir, ndocs)
	ref := runBinary(t, dir, "run", "--quiet", "docs", "-o", "run.jsonl")
	if ref.code != 1 {
		t.Fatalf("run: exit %d, want 1 (the bad documents fail)\n%s", ref.code, ref.stderr)
	}
	runData, err := os.ReadFile(filepath.Join(dir, "run.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	wantOK, wantFailed := jsonlByID(t, string(runData))
	var failedPaths []string
	for _, r := range wantFailed {
		failedPaths = append(failedPaths, r["source"].(map[string]any)["path"].(string))
	}
	sort.Strings(failedPaths)
	if !reflect.DeepEqual(failedPaths, bad) {
		t.Fatalf("run's error records are for %v, want the bad documents %v", failedPaths, bad)
	}
	if usePG {
		ref := postgresRef(t, dir)
		wantOK, wantFailed = ref.ok, ref.failed
	}

	for _, tc := range []struct {
		name    string
		disrupt func(t *testing.T, ns *natsServer, restart func(i int))
	}{
		{"worker killed", func(t *testing.T, ns *natsServer, restart func(int)) { restart(0) }},
		{"nats restarted", func(t *testing.T, ns *natsServer, restart func(int)) {
			ns.stop()
			time.Sleep(500 * time.Millisecond)
			ns.start()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			ns := startNATS(t)
			if r := runBinary(t, dir, "enqueue", "--quiet", "--nats", ns.url(), "docs"); r.code != 0 {
				t.Fatalf("enqueue: exit %d\n%s", r.code, r.stderr)
			}
			var pg dbTarget
			if usePG {
				pg, _ = postgresTarget(t)
			}
			var outs []string
			sinkArgs := func(i int) []string {
				if usePG {
					return pg.flags
				}
				out := filepath.Join(dir, fmt.Sprintf("%s-w%d.jsonl", tc.name[:4], i))
				if len(outs) <= i {
					os.Remove(out)
					outs = append(outs, out)
				}
				return []string{"-o", out}
			}
			workers := make([]*workerProc, 3)
			for i := range workers {
				workers[i] = startWorker(t, dir, append([]string{"--nats", ns.url()}, sinkArgs(i)...)...)
			}
			waitTasks(t, ns.url(), ndocs*2/3)
			tc.disrupt(t, ns, func(i int) {
				if err := workers[i].cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				<-workers[i].done
				workers[i] = startWorker(t, dir, append([]string{"--nats", ns.url()}, sinkArgs(i)...)...)
			})
			for _, w := range workers {
				w.wait(t, 2*time.Minute)
			}
			var gotOK, gotFailed map[string]map[string]any
			if usePG {
				gotOK = storedByID(t, pg.db, `SELECT id, raw FROM records`)
				gotFailed = storedByID(t, pg.db, `SELECT record_id, raw FROM errors`)
			} else {
				var dups int
				gotOK, gotFailed, dups = mergeJSONL(t, outs)
				t.Logf("JSON Lines: %d records written twice (identical; at-least-once)", dups)
			}
			compareRecords(t, "records", gotOK, wantOK)
			compareRecords(t, "error records", gotFailed, wantFailed)
			if r := runBinary(t, dir, "queue", "--json", "--nats", ns.url()); r.code != 0 {
				t.Errorf("queue: exit %d\n%s", r.code, r.stderr)
			} else {
				var st queue.Stats
				if err := json.Unmarshal([]byte(r.stdout), &st); err != nil {
					t.Fatalf("queue --json: %v: %s", err, r.stdout)
				}
				// A failed document's report is best effort across a NATS
				// restart; with the server up it is exact.
				if st.Tasks != 0 || st.Pending != 0 || st.InFlight != 0 || (tc.name == "worker killed" && st.Failed != uint64(len(bad))) {
					t.Errorf("queue after draining: %+v, want empty with %d failed", st, len(bad))
				}
			}
			t.Logf("%s: %d records, %d error records, %v", tc.name, len(gotOK), len(gotFailed), time.Since(start).Round(time.Millisecond))
		})
	}
}

// storedRef is a run's records as a database stores them.
type storedRef struct{ ok, failed map[string]map[string]any }

// postgresRef runs `communique run` into a fresh PostgreSQL schema and
// reads it back.
func postgresRef(t *testing.T, dir string) storedRef {
	t.Helper()
	pg, _ := postgresTarget(t)
	r := runBinary(t, dir, append([]string{"run", "--quiet", "docs"}, pg.flags...)...)
	if r.code != 1 {
		t.Fatalf("run --postgres: exit %d\n%s", r.code, r.stderr)
	}
	return storedRef{
		ok:     storedByID(t, pg.db, `SELECT id, raw FROM records`),
		failed: storedByID(t, pg.db, `SELECT record_id, raw FROM errors`),
	}
}

// compareRecords reports records lost, extra or different (by id; a
// duplicate within one sink is caught by the caller's sink: a database
// keys by id, and JSON Lines copies must be identical to count once).
func compareRecords(t *testing.T, what string, got, want map[string]map[string]any) {
	t.Helper()
	lost, extra, diff := 0, 0, 0
	for id, w := range want {
		g, ok := got[id]
		switch {
		case !ok:
			lost++
		case !reflect.DeepEqual(g, w):
			diff++
			if diff == 1 {
				t.Errorf("%s %s differs from run's:\n got %v\nwant %v", what, id, g, w)
			}
		}
	}
	for id, g := range got {
		if _, ok := want[id]; !ok {
			extra++
			if extra == 1 {
				t.Errorf("%s %s not in run's: %v", what, id, g)
			}
		}
	}
	if lost+extra+diff > 0 {
		t.Errorf("%s: %d lost, %d extra, %d different of %d", what, lost, extra, diff, len(want))
	}
}

// mergeJSONL reads the workers' JSON Lines files into records by id. A
// record written twice (a task redelivered after its worker wrote it but
// before it acknowledged it) must be identical; dups counts them.
func mergeJSONL(t *testing.T, files []string) (ok, failed map[string]map[string]any, dups int) {
	t.Helper()
	ok, failed = map[string]map[string]any{}, map[string]map[string]any{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if line == "" {
				continue
			}
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatalf("%s: %v: %.200s", f, err, line)
			}
			id, _ := m["id"].(string)
			into := ok
			if _, isErr := m["error"]; isErr {
				into = failed
			}
			if prev, seen := into[id]; seen {
				dups++
				if !reflect.DeepEqual(prev, m) {
					t.Errorf("record %s written twice, differently", id)
				}
			}
			into[id] = m
		}
	}
	return ok, failed, dups
}

// TestWorkerSIGTERM: a worker without --drain stopped by SIGTERM exits 0
// and releases what it held (Nak), so that a second worker drains the rest
// without waiting for the ack wait (2 minutes here), and the two together
// wrote every record of a run.
func TestWorkerSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end queue test: -short")
	}
	const n = 300
	dir, ns, wantOK, wantFailed := enqueuedCorpus(t, n)
	outs := []string{filepath.Join(dir, "w0.jsonl"), filepath.Join(dir, "w1.jsonl")}
	w := &workerProc{done: make(chan error, 1)}
	w.cmd = exec.Command(binary, "worker", "--quiet", "--workers", "1", "--ack-wait", "2m", "--nats", ns.url(), "-o", outs[0])
	w.cmd.Dir, w.cmd.Stderr = dir, &w.stderr
	if err := w.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { w.done <- w.cmd.Wait() }()
	waitTasks(t, ns.url(), n*3/4)
	if err := w.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	w.wait(t, time.Minute)
	nc, err := queue.Connect(ns.url(), "test")
	if err != nil {
		t.Fatal(err)
	}
	st, err := queue.ReadStats(t.Context(), nc)
	nc.Close()
	if err != nil {
		t.Fatal(err)
	}
	if st.Tasks == 0 {
		t.Errorf("after SIGTERM: %+v, want tasks left", st)
	}
	// The released tasks are redelivered at once, not after the ack wait.
	start := time.Now()
	startWorker(t, dir, "--nats", ns.url(), "-o", outs[1], "--ack-wait", "2m").wait(t, time.Minute)
	if d := time.Since(start); d > 50*time.Second {
		t.Errorf("draining the rest took %v: the tasks were not released", d)
	}
	gotOK, gotFailed, _ := mergeJSONL(t, outs)
	compareRecords(t, "records", gotOK, wantOK)
	compareRecords(t, "error records", gotFailed, wantFailed)
}

// enqueuedCorpus writes queueCorpus(n) into a temporary folder, runs
// `communique run` over it for the records workers must write, and
// enqueues it on a fresh server.
func enqueuedCorpus(t *testing.T, n int) (dir string, ns *natsServer, wantOK, wantFailed map[string]map[string]any) {
	t.Helper()
	dir = t.TempDir()
	queueCorpus(t, dir, n)
	if r := runBinary(t, dir, "run", "--quiet", "docs", "-o", "run.jsonl"); r.code != 1 {
		t.Fatalf("run: exit %d (want 1: the bad documents fail)\n%s", r.code, r.stderr)
	}
	runData, err := os.ReadFile(filepath.Join(dir, "run.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	wantOK, wantFailed = jsonlByID(t, string(runData))
	ns = startNATS(t)
	if r := runBinary(t, dir, "enqueue", "--quiet", "--nats", ns.url(), "docs"); r.code != 0 {
		t.Fatalf("enqueue: exit %d\n%s", r.code, r.stderr)
	}
	return dir, ns, wantOK, wantFailed
}
