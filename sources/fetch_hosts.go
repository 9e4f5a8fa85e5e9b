package sources

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// hostPool holds the politeness state of every host a crawl touches: one
// request at a time per host, and between the end of one response and the
// start of the next request to the same host at least 1/rate (or the
// robots.txt Crawl-delay when longer). Measuring from the end of the
// previous response, rather than from its start, keeps the spacing the
// server sees at least the interval however long requests take. Hosts are
// keyed by URL authority (host:port), the unit robots.txt applies to.
type hostPool struct {
	interval time.Duration

	mu    sync.Mutex
	hosts map[string]*host
}

// host is one authority's politeness state and counters.
type host struct {
	name string
	// slot is held for the duration of one request (headers and body):
	// per-host concurrency 1.
	slot     chan struct{}
	interval time.Duration

	robotsMu sync.Mutex // held while robots.txt is being fetched
	robots   *robotsRules

	counters HostCounters // guarded by hostPool.mu
	// crawlDelay is robots.txt's Crawl-delay in nanoseconds.
	crawlDelay atomic.Int64
	lastEnd    time.Time // end of the last request; guarded by slot
}

func newHostPool(perSecond float64) *hostPool {
	return &hostPool{interval: time.Duration(float64(time.Second) / perSecond), hosts: make(map[string]*host)}
}

// get returns the state of authority name, creating it on first use.
func (p *hostPool) get(name string) *host {
	p.mu.Lock()
	defer p.mu.Unlock()
	h, ok := p.hosts[name]
	if !ok {
		h = &host{name: name, slot: make(chan struct{}, 1), interval: p.interval}
		p.hosts[name] = h
	}
	return h
}

// acquire waits for the host's request slot and then until the spacing
// since the host's last response has passed; the caller must call release
// when the response body is read.
func (h *host) acquire(ctx context.Context) error {
	select {
	case h.slot <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	gap := max(h.interval, time.Duration(h.crawlDelay.Load()))
	if wait := time.Until(h.lastEnd.Add(gap)); !h.lastEnd.IsZero() && wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-h.slot
			return ctx.Err()
		}
	}
	return nil
}

// release ends the request and frees the slot.
func (h *host) release() {
	h.lastEnd = time.Now()
	<-h.slot
}

// slowDown makes requests to the host at least delay apart (robots.txt
// Crawl-delay); it never speeds up the configured rate.
func (h *host) slowDown(delay time.Duration) {
	if delay > 0 {
		h.crawlDelay.Store(int64(min(delay, maxCrawlDelay)))
	}
}

// maxCrawlDelay caps a robots.txt Crawl-delay: a site asking for more is
// crawled at this pace rather than not at all.
const maxCrawlDelay = time.Minute

// count applies f to the host's counters under the pool lock.
func (p *hostPool) count(h *host, f func(c *HostCounters)) {
	p.mu.Lock()
	f(&h.counters)
	p.mu.Unlock()
}

// snapshot returns a copy of every host's counters.
func (p *hostPool) snapshot() map[string]HostCounters {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[string]HostCounters, len(p.hosts))
	for name, h := range p.hosts {
		out[name] = h.counters
	}
	return out
}

// HostCounters are one host's figures for a crawl run; Summary adds them up.
type HostCounters struct {
	// Requests is every HTTP request sent, retries and robots.txt included.
	Requests int `json:"requests"`
	// Fetched counts URLs answered 200 with a body.
	Fetched int `json:"fetched"`
	// NotModified counts 304 answers to conditional requests.
	NotModified int `json:"not_modified"`
	// Unchanged counts 200 answers whose body hash equals the stored one.
	Unchanged int `json:"unchanged"`
	// New and Changed count documents emitted for the first time and
	// emitted again with different content.
	New     int `json:"new"`
	Changed int `json:"changed"`
	// Failed counts URLs that ended in an error (after retries).
	Failed int `json:"failed"`
	// DeadLinks counts the failures among them that were links found on
	// pages answering 404 or 410 and emitted as error records this pass:
	// the site's own dead links, which do not fail a crawl.
	DeadLinks int `json:"dead_links"`
	// Retries counts retried requests (429, 5xx, timeouts).
	Retries int `json:"retries"`
	// SkippedRobots counts URLs not requested because robots.txt disallows them.
	SkippedRobots int `json:"skipped_robots"`
	// SkippedScope counts redirects refused because they left the scope.
	SkippedScope int `json:"skipped_scope"`
	// SkippedType counts fetched links that were not documents (images...).
	SkippedType int `json:"skipped_type"`
	// DecodeFailed counts emitted documents that became error records in
	// the pipeline (undecodable bytes, no content).
	DecodeFailed int `json:"decode_failed"`
}

func (c *HostCounters) add(o HostCounters) {
	c.Requests += o.Requests
	c.Fetched += o.Fetched
	c.NotModified += o.NotModified
	c.Unchanged += o.Unchanged
	c.New += o.New
	c.Changed += o.Changed
	c.Failed += o.Failed
	c.DeadLinks += o.DeadLinks
	c.Retries += o.Retries
	c.SkippedRobots += o.SkippedRobots
	c.SkippedScope += o.SkippedScope
	c.SkippedType += o.SkippedType
	c.DecodeFailed += o.DecodeFailed
}
