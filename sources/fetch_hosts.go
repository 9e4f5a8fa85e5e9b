package sources

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// hostPool holds the politeness state of every host a crawl touches: one
// request at a time per host, spaced by a rate limiter that robots.txt
// Crawl-delay can only slow down. Hosts are keyed by URL authority
// (host:port), the unit robots.txt applies to.
type hostPool struct {
	rate float64

	mu    sync.Mutex
	hosts map[string]*host
}

// host is one authority's politeness state and counters.
type host struct {
	name string
	// slot is held for the duration of one request (headers and body):
	// per-host concurrency 1.
	slot    chan struct{}
	limiter *rate.Limiter

	robotsMu sync.Mutex // held while robots.txt is being fetched
	robots   *robotsRules

	counters HostCounters // guarded by hostPool.mu
	// crawlDelay is robots.txt's Crawl-delay in nanoseconds, enforced
	// from lastReq on top of the rate limiter.
	crawlDelay atomic.Int64
	lastReq    time.Time // guarded by slot
}

func newHostPool(perSecond float64) *hostPool {
	return &hostPool{rate: perSecond, hosts: make(map[string]*host)}
}

// get returns the state of authority name, creating it on first use.
func (p *hostPool) get(name string) *host {
	p.mu.Lock()
	defer p.mu.Unlock()
	h, ok := p.hosts[name]
	if !ok {
		// Burst 1: two requests are never closer than the interval.
		h = &host{name: name, slot: make(chan struct{}, 1), limiter: rate.NewLimiter(rate.Limit(p.rate), 1)}
		p.hosts[name] = h
	}
	return h
}

// acquire waits for the host's request slot and then for the rate limit;
// the caller must call release when the response body is read.
func (h *host) acquire(ctx context.Context) error {
	select {
	case h.slot <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	if err := h.limiter.Wait(ctx); err != nil {
		<-h.slot
		return err
	}
	if d := time.Duration(h.crawlDelay.Load()); d > 0 && !h.lastReq.IsZero() {
		if wait := time.Until(h.lastReq.Add(d)); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				<-h.slot
				return ctx.Err()
			}
		}
	}
	h.lastReq = time.Now()
	return nil
}

func (h *host) release() { <-h.slot }

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
	c.Retries += o.Retries
	c.SkippedRobots += o.SkippedRobots
	c.SkippedScope += o.SkippedScope
	c.SkippedType += o.SkippedType
	c.DecodeFailed += o.DecodeFailed
}
