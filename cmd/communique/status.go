package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/communique/communique/queue"
	"github.com/communique/communique/sources"
)

// This file renders the live status lines of crawl, enqueue and
// worker --drain on a terminal (progressBar.startLine); elsewhere those
// commands log plain lines.

// statusHosts is how many hosts a crawl's status line names.
const statusHosts = 3

// renderCrawl is a crawl pass's status: the pass's fetch counts, the URLs
// queued, failures and the documents through the pipeline, then the
// busiest hosts (most URLs queued, then most fetched).
func renderCrawl(s sources.Summary, queued map[string]int, docs int) string {
	total := 0
	for _, n := range queued {
		total += n
	}
	t := s.Total
	var b strings.Builder
	fmt.Fprintf(&b, "crawl %s  %d fetched  %d not modified  %d new  %d changed  %d queued  %d failed",
		s.Duration.Round(time.Second), t.Fetched, t.NotModified, t.New, t.Changed, total, t.Failed)
	if t.DeadLinks > 0 {
		fmt.Fprintf(&b, " (%d dead links)", t.DeadLinks)
	}
	if t.Retries > 0 {
		fmt.Fprintf(&b, "  %d retries", t.Retries)
	}
	fmt.Fprintf(&b, "  %d docs", docs)
	names := make([]string, 0, len(s.Hosts)+len(queued))
	for h := range s.Hosts {
		names = append(names, h)
	}
	for h := range queued {
		if _, ok := s.Hosts[h]; !ok {
			names = append(names, h)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		a, c := names[i], names[j]
		if queued[a] != queued[c] {
			return queued[a] > queued[c]
		}
		if s.Hosts[a].Fetched != s.Hosts[c].Fetched {
			return s.Hosts[a].Fetched > s.Hosts[c].Fetched
		}
		return a < c
	})
	for i, h := range names {
		if i == statusHosts {
			fmt.Fprintf(&b, " | +%d hosts", len(names)-statusHosts)
			break
		}
		fmt.Fprintf(&b, " | %s %d/%d", h, s.Hosts[h].Fetched, queued[h])
	}
	return b.String()
}

// renderQueue is the queue's status with this command's own progress:
// done documents (workers: taken from the queue since the start;
// enqueue: published) at rate, and the ETA when the queue drains.
func renderQueue(st queue.Stats, known bool, own string) string {
	if !known {
		return own + "  |  queue: (asking...)"
	}
	return fmt.Sprintf("%s  |  queue: %d pending  %d in flight  %d redelivered  %d failed",
		own, st.Pending, st.InFlight, st.Redelivered, st.Failed)
}

// queueWatch reads the queue's counts for a status line, at most once a
// second (a render is called five times a second). It is used by one
// goroutine, the bar's ticker.
type queueWatch struct {
	nc    *nats.Conn
	st    queue.Stats
	known bool
	read  time.Time
}

// stats returns the latest counts, reading them again when a second old.
func (q *queueWatch) stats(ctx context.Context) (queue.Stats, bool) {
	if time.Since(q.read) < time.Second {
		return q.st, q.known
	}
	q.read = time.Now()
	ctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	if st, err := queue.ReadStats(ctx, q.nc); err == nil {
		q.st, q.known = st, true
	}
	return q.st, q.known
}

// drainProgress is a worker's own line while it drains: the tasks gone
// from the queue since it started, their rate and the time left at that
// rate.
func drainProgress(first, now uint64, elapsed time.Duration) string {
	done := uint64(0)
	if first > now {
		done = first - now
	}
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(done) / s
	}
	eta := "--"
	if rate > 0 {
		eta = (time.Duration(float64(now)/rate) * time.Second).Round(time.Second).String()
	}
	return fmt.Sprintf("draining: %d done  %d left  %.1f docs/s  ETA %s", done, now, rate, eta)
}

// renderEnqueued is enqueue's own progress: tasks published of the
// documents counted (total < 0: still counting), and those the queue
// already had.
func renderEnqueued(enqueued, dups, total int64) string {
	of := ""
	if total >= 0 {
		of = fmt.Sprintf("/%d", total)
	}
	return fmt.Sprintf("enqueued %d%s  (%d already queued)", enqueued+dups, of, dups)
}
