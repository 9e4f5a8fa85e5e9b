package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/internal/natstest"
	"github.com/communique/communique/queue"
)

// streamLines returns the data of every message on subject's stream.
func streamLines(t *testing.T, url, subject string) []string {
	t.Helper()
	nc, err := queue.Connect(url, "test")
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	msgs, err := natstest.Messages(t.Context(), nc, subject)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range msgs {
		if m.Header.Get(queue.HeaderRecordObject) != "" {
			t.Fatalf("record %s in the object store: the test's records are small", m.Header.Get(queue.HeaderRecordID))
		}
		out = append(out, string(m.Data))
	}
	return out
}

// TestWorkerPublish: two workers drain the queue at once into one
// JetStream subject (--publish); the subject then holds every record of
// `communique run` over the same documents once.
func TestWorkerPublish(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end queue test: -short")
	}
	dir, ns, wantOK, wantFailed := enqueuedCorpus(t, 200)
	const subject = "news.records"
	a := startWorker(t, dir, "--nats", ns.url(), "--publish", subject)
	b := startWorker(t, dir, "--nats", ns.url(), "--publish", subject)
	a.wait(t, 2*time.Minute)
	b.wait(t, 2*time.Minute)
	lines := streamLines(t, ns.url(), subject)
	gotOK, gotFailed := jsonlByID(t, strings.Join(lines, "\n"))
	if len(gotOK)+len(gotFailed) != len(lines) {
		t.Errorf("%d messages for %d record ids: some published twice", len(lines), len(gotOK)+len(gotFailed))
	}
	compareRecords(t, "records", gotOK, wantOK)
	compareRecords(t, "error records", gotFailed, wantFailed)
}

// TestCrawlNATS: crawl --nats publishes the crawled documents as tasks
// instead of processing them; a second pass adds none (nothing changed);
// a worker then writes the records a local crawl writes.
func TestCrawlNATS(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end queue test: -short")
	}
	srv, _, _ := releaseSite(t)
	dir := t.TempDir()
	local := runBinary(t, dir, crawlArgs(srv, filepath.Join(dir, "local-state"), "-o", "local.jsonl")...)
	if local.code != 0 {
		t.Fatalf("local crawl: exit %d\n%s", local.code, local.stderr)
	}
	ns := startNATS(t)
	if r := runBinary(t, dir, crawlArgs(srv, filepath.Join(dir, "state"), "--nats", ns.url(), "-o", "x.jsonl")...); r.code != 2 || !strings.Contains(r.stderr, "give -o, --sqlite or --postgres to the workers") {
		t.Errorf("crawl --nats -o: exit %d, %s; want a usage error", r.code, r.stderr)
	}
	for pass := range 2 {
		r := runBinary(t, dir, crawlArgs(srv, filepath.Join(dir, "state"), "--nats", ns.url())...)
		if r.code != 0 || r.stdout != "" {
			t.Fatalf("crawl --nats pass %d: exit %d, stdout %q\n%s", pass, r.code, r.stdout, r.stderr)
		}
		if n := tasksLeft(ns.url()); n != 3 {
			t.Errorf("after pass %d: %d tasks, want 3 (two releases and a PDF, once)", pass, n)
		}
	}
	startWorker(t, dir, "--nats", ns.url(), "-o", "worker.jsonl").wait(t, time.Minute)
	read := func(name string) map[string]map[string]any {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		ok, failed := jsonlByID(t, string(data))
		if len(failed) > 0 {
			t.Errorf("%s: error records %v", name, failed)
		}
		for _, r := range ok {
			delete(r["source"].(map[string]any), "fetched_at") // the two crawls' own times
		}
		return ok
	}
	compareRecords(t, "records", read("worker.jsonl"), read("local.jsonl"))
}
