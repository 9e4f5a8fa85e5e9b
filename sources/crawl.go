package sources

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strings"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/communique/communique/corpus"
)

// taskKind is what a fetched URL is for.
type taskKind int

const (
	kindPage    taskKind = iota // a page reached by a link: a document, maybe followed
	kindSeed                    // an index page: followed, not emitted
	kindFeed                    // an RSS/Atom feed: its items are documents
	kindSitemap                 // a sitemap or sitemap index
)

func (k taskKind) String() string {
	return [...]string{"page", "seed", "feed", "sitemap"}[k]
}

// task is one URL in the frontier.
type task struct {
	// site indexes the crawler's sites: whose scope the task is in.
	site  int
	url   *url.URL
	kind  taskKind
	depth int // links from a seed (seeds, feeds, sitemaps are 0)
	// attachment marks a PDF linked from a document, fetched past max_depth.
	attachment bool
	// hints is what the feed that listed the page said about it.
	hints corpus.Meta
}

// Crawler fetches new and changed documents from seeds, feeds and
// sitemaps, politely and incrementally. It is configured once; every
// Start begins one pass over the configured URLs.
type Crawler struct {
	cfg   CrawlConfig
	sites []SiteConfig // cfg's effective sites
	// scopes are the sites' scopes, by the index a task carries.
	scopes []*Scope
	state  *StateStore
	log    *zap.Logger
	// jitter replaces rand.Float64 for retry backoff (tests).
	jitter func() float64
}

// NewCrawler validates cfg and returns a crawler keeping its memory in
// state. The caller owns state and closes it after the last run.
func NewCrawler(cfg CrawlConfig, state *StateStore, log *zap.Logger) (*Crawler, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if !cfg.HasStartURLs() {
		return nil, errors.New("crawl: no seeds, feeds or sitemaps given")
	}
	if state == nil {
		return nil, errors.New("crawl: no state store")
	}
	if log == nil {
		log = zap.NewNop()
	}
	c := &Crawler{cfg: cfg, sites: cfg.effectiveSites(), state: state, log: log}
	for _, site := range c.sites {
		scope, err := newScope(site.Scope, site.Seeds, site.Feeds, site.Sitemaps)
		if err != nil {
			return nil, err
		}
		c.scopes = append(c.scopes, scope)
	}
	return c, nil
}

// CrawlRun is one pass of a Crawler. It is a pipeline.Source (Next) and a
// pipeline.Acker (Ack). Its documents' state is committed by Commit,
// which the caller calls after the sink has been closed successfully: only
// then are the records durable (a JSON Lines file is renamed into place by
// Close). A run that is killed before Commit leaves the state as it was,
// so the next run fetches and emits the same documents again, with the
// same record ids: nothing is lost, and a sink that replaces records by id
// holds no duplicates.
type CrawlRun struct {
	c      *Crawler
	f      *fetcher
	cancel context.CancelFunc
	wg     sync.WaitGroup
	out    chan corpus.Input // unbuffered: a worker blocks until Next takes its document
	done   chan struct{}     // closed when every worker has finished

	sendMu sync.Mutex // serializes sends so Seq follows channel order

	mu         sync.Mutex
	queues     map[string][]task // per host, FIFO
	active     map[string]bool   // hosts with a worker
	waiting    []string          // hosts with tasks waiting for a worker slot
	running    int               // workers running
	pending    int               // tasks queued or being processed
	seen       map[string]bool   // URLs queued this run
	emitted    map[string]int    // final URLs emitted this run, to their Seq
	scheduled  int               // page requests scheduled (max_pages)
	perSite    []int             // the same per site (its scope's max_pages)
	capLogged  bool
	fatal      error
	seq        int
	inflight   map[int]pendingDoc // emitted, not yet acked, by Seq
	acked      []pendingDoc
	quiet      []PageState // state updates that emit nothing (304, unchanged, links)
	committed  bool
	startedAt  time.Time
	finishedAt time.Time
}

// pendingDoc is an emitted document's state, waiting for Ack and Commit.
type pendingDoc struct {
	state   PageState
	host    string
	outcome string // "new", "changed", "failed" or "duplicate"
	// also are the states of other URLs that redirected to this document.
	also []PageState
}

// Start begins a crawl pass bound to ctx: workers start fetching at
// once. The caller reads documents with Next until io.EOF, acks them, and
// must call Close (and Commit on success).
func (c *Crawler) Start(ctx context.Context) *CrawlRun {
	ctx, cancel := context.WithCancel(ctx)
	f := newFetcher(&c.cfg, nil, c.log) // every request names its site's scope
	if c.jitter != nil {
		f.jitter = c.jitter
	}
	r := &CrawlRun{
		c: c, f: f, cancel: cancel,
		out:       make(chan corpus.Input),
		done:      make(chan struct{}),
		queues:    make(map[string][]task),
		active:    make(map[string]bool),
		seen:      make(map[string]bool),
		emitted:   make(map[string]int),
		inflight:  make(map[int]pendingDoc),
		perSite:   make([]int, len(c.sites)),
		startedAt: time.Now(),
	}
	r.mu.Lock()
	for i, site := range c.sites {
		for _, group := range []struct {
			kind taskKind
			urls []string
		}{{kindSeed, site.Seeds}, {kindFeed, site.Feeds}, {kindSitemap, site.Sitemaps}} {
			for _, raw := range group.urls {
				u := normalizeURL(nil, raw) // validated by NewCrawler
				if u != nil {
					r.enqueueLocked(ctx, task{site: i, url: u, kind: group.kind})
				}
			}
		}
	}
	if r.pending == 0 {
		r.finishLocked()
	}
	r.mu.Unlock()
	return r
}

// Next returns the next new or changed document (or a failed URL as an
// Input with Error), io.EOF when the pass is complete. It fails only when
// ctx is done or the state store cannot be read.
func (r *CrawlRun) Next(ctx context.Context) (corpus.Input, error) {
	select {
	case in, ok := <-r.out:
		if ok {
			return in, nil
		}
	case <-ctx.Done():
		return corpus.Input{}, ctx.Err()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fatal != nil {
		return corpus.Input{}, r.fatal
	}
	return corpus.Input{}, io.EOF
}

// Ack records that in's records were accepted by the sink; its state is
// written by Commit.
func (r *CrawlRun) Ack(_ context.Context, in corpus.Input, failed bool) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.inflight[in.Seq]
	if !ok {
		return fmt.Errorf("crawl: ack of unknown input %d (%s)", in.Seq, in.Source.URI)
	}
	delete(r.inflight, in.Seq)
	r.acked = append(r.acked, p)
	h := r.f.hosts.get(p.host)
	r.f.hosts.count(h, func(c *HostCounters) {
		switch {
		case p.outcome == "failed" || p.outcome == "duplicate":
			// failures are counted when the fetch fails
		case p.outcome == "new":
			c.New++
		default:
			c.Changed++
		}
		if failed && p.outcome != "failed" {
			c.DecodeFailed++
		}
	})
	return nil
}

// Commit writes the state of every acked document and the quiet updates
// (304s, unchanged bodies, index pages) in one transaction. Call it after
// the sink's Close succeeded; calling it twice is an error.
func (r *CrawlRun) Commit() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.committed {
		return errors.New("crawl: run already committed")
	}
	r.committed = true
	states := make([]PageState, 0, len(r.quiet)+len(r.acked))
	states = append(states, r.quiet...)
	for _, p := range r.acked {
		states = append(states, p.state)
		states = append(states, p.also...)
	}
	return r.c.state.Put(states)
}

// Close stops the pass (if still running) and waits for its workers.
func (r *CrawlRun) Close() {
	r.cancel()
	r.wg.Wait()
	r.f.close()
	r.mu.Lock()
	if r.finishedAt.IsZero() {
		r.finishedAt = time.Now()
	}
	r.mu.Unlock()
}

// enqueueLocked adds t to its host's queue unless already seen or over
// max_pages, starting a worker for the host when a slot is free.
func (r *CrawlRun) enqueueLocked(ctx context.Context, t task) {
	key := t.url.String()
	if r.seen[key] {
		return
	}
	if limit := r.c.scopes[t.site].maxPages; r.scheduled >= r.c.cfg.Scope.MaxPages || r.perSite[t.site] >= limit {
		if !r.capLogged {
			r.capLogged = true
			r.c.log.Warn("scope.max_pages reached; further URLs are left for the next run", zap.Int("max_pages", min(limit, r.c.cfg.Scope.MaxPages)))
		}
		return
	}
	r.seen[key] = true
	r.scheduled++
	r.perSite[t.site]++
	r.pending++
	host := t.url.Host
	r.queues[host] = append(r.queues[host], t)
	if r.active[host] {
		return
	}
	if r.running < r.c.cfg.ParallelHosts {
		r.startWorkerLocked(ctx, host)
		return
	}
	for _, w := range r.waiting {
		if w == host {
			return
		}
	}
	r.waiting = append(r.waiting, host)
}

func (r *CrawlRun) startWorkerLocked(ctx context.Context, host string) {
	r.active[host] = true
	r.running++
	r.wg.Add(1)
	go r.worker(ctx, host)
}

// worker crawls one host's queue, one task at a time (the host pool
// spaces the requests), then takes over a waiting host or exits.
func (r *CrawlRun) worker(ctx context.Context, host string) {
	defer r.wg.Done()
	for {
		r.mu.Lock()
		q := r.queues[host]
		if len(q) == 0 || ctx.Err() != nil {
			delete(r.active, host)
			if ctx.Err() != nil {
				r.pending -= len(q)
				delete(r.queues, host)
			}
			if len(r.waiting) > 0 && ctx.Err() == nil {
				host, r.waiting = r.waiting[0], r.waiting[1:]
				r.active[host] = true
				r.mu.Unlock()
				continue
			}
			r.running--
			if r.running == 0 && (r.pending == 0 || ctx.Err() != nil) {
				r.finishLocked()
			}
			r.mu.Unlock()
			return
		}
		t := q[0]
		r.queues[host] = q[1:]
		r.mu.Unlock()

		r.process(ctx, t)

		r.mu.Lock()
		r.pending--
		r.mu.Unlock()
	}
}

// finishLocked closes the output once: no worker is left.
func (r *CrawlRun) finishLocked() {
	select {
	case <-r.done:
	default:
		close(r.done)
		close(r.out)
		r.finishedAt = time.Now()
	}
}

// failLocked stops the run with an infrastructure error.
func (r *CrawlRun) fail(err error) {
	r.mu.Lock()
	if r.fatal == nil {
		r.fatal = err
	}
	r.mu.Unlock()
	r.cancel()
}

// process fetches one task's URL and acts on the answer.
func (r *CrawlRun) process(ctx context.Context, t task) {
	key := t.url.String()
	prev, _, err := r.c.state.Get(key)
	if err != nil {
		r.fail(err)
		return
	}
	h := r.f.hosts.get(t.url.Host)
	req := fetchRequest{URL: t.url, Scope: r.c.scopes[t.site]}
	// A URL whose last emission was an error record is fetched and emitted
	// in full when it works again, so the sink's record of the failure is
	// superseded (a database deletes the error row on success). With
	// Reprocess, every URL is.
	recovering := prev.Error != "" || r.c.cfg.Reprocess
	if !recovering && (prev.SHA256 != "" || len(prev.Links) > 0) {
		req.ETag, req.LastModified = prev.ETag, prev.LastModified
	}
	res, err := r.f.get(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		r.failed(ctx, t, h, prev, err)
		return
	}
	next := prev
	next.URL = key
	next.Status = res.Status
	next.FetchedAt = res.FetchedAt
	next.FinalURL = ""
	if final := res.URL.String(); final != key {
		next.FinalURL = final
	}

	if res.Status == http.StatusNotModified {
		r.notModified(ctx, t, h, prev, next, res)
		return
	}
	r.f.hosts.count(h, func(c *HostCounters) { c.Fetched++ })
	r.c.log.Info("fetched", zap.String("url", key), zap.String("kind", t.kind.String()), zap.Int("status", res.Status),
		zap.Int("bytes", len(res.Body)), zap.Int("depth", t.depth))
	next.ETag, next.LastModified = res.ETag, res.LastModified

	emit, err := r.followFrom(ctx, t, h, res, &next)
	if err != nil {
		r.failed(ctx, t, h, prev, &FetchError{URL: key, Status: res.Status, Msg: err.Error()})
		return
	}
	next.Error = ""
	if !emit {
		r.addQuiet(next)
		return
	}
	if res.SHA256 == prev.SHA256 && !recovering {
		r.f.hosts.count(h, func(c *HostCounters) { c.Unchanged++ })
		r.addQuiet(next)
		return
	}
	r.emitDocument(ctx, t, h, prev, next, res)
}

// notModified handles a 304 answer: the URL's links from its last fetch
// are followed again and its state updated quietly.
func (r *CrawlRun) notModified(ctx context.Context, t task, h *host, prev, next PageState, res *fetchResult) {
	next.ETag, next.LastModified = res.ETag, res.LastModified
	r.f.hosts.count(h, func(c *HostCounters) { c.NotModified++ })
	r.c.log.Debug("not modified", zap.String("url", next.URL))
	for _, l := range prev.Links {
		if u := normalizeURL(nil, l.URL); u != nil {
			r.follow(ctx, t, link{URL: u, Attachment: l.Attachment, Sitemap: l.Sitemap, Hints: l.Hints})
		}
	}
	r.addQuiet(next)
}

// followFrom follows the links of a fetched feed, sitemap or page (setting
// next.Links) and reports whether the answer is a document to emit. An
// unreadable feed or sitemap is an error.
func (r *CrawlRun) followFrom(ctx context.Context, t task, h *host, res *fetchResult, next *PageState) (emit bool, err error) {
	switch t.kind {
	case kindFeed:
		links, skipped, err := feedLinks(res.URL, res.Body)
		if err != nil {
			return false, err
		}
		if skipped > 0 {
			r.c.log.Warn("feed items without a link skipped", zap.String("feed", next.URL), zap.Int("items", skipped))
		}
		next.Links = r.followAll(ctx, t, links)
		return false, nil
	case kindSitemap:
		sm, err := parseSitemap(res.URL, res.Body)
		if err != nil {
			return false, err
		}
		links := sm.Pages
		for _, s := range sm.Sitemaps {
			links = append(links, link{URL: s, Sitemap: true})
		}
		next.Links = r.followAll(ctx, t, links)
		return false, nil
	}
	isHTML := looksHTML(res.ContentType, res.Body)
	document := t.kind == kindPage && r.c.scopes[t.site].IsDocument(res.URL) || (t.kind == kindSeed && !isHTML)
	if isHTML {
		next.Links = r.followAll(ctx, t, r.pageLinks(t, res, document))
	}
	if document && !emittable(res.ContentType, res.Body) {
		r.c.log.Info("not a document type; skipped", zap.String("url", next.URL), zap.String("content_type", res.ContentType))
		r.f.hosts.count(h, func(c *HostCounters) { c.SkippedType++ })
		document = false
	}
	return document, nil
}

// emitDocument sends a new or changed document to the pipeline with the
// state to store once its records are written.
func (r *CrawlRun) emitDocument(ctx context.Context, t task, h *host, prev, next PageState, res *fetchResult) {
	outcome := "changed"
	if prev.SHA256 == "" {
		outcome = "new"
	}
	next.SHA256 = res.SHA256
	now := time.Now().UTC()
	next.EmittedAt = &now
	fetchedAt := res.FetchedAt
	in := corpus.Input{
		Source: corpus.Source{
			URI:         res.URL.String(),
			SHA256:      res.SHA256,
			ContentType: mediaType(res.ContentType),
			Size:        int64(len(res.Body)),
			FetchedAt:   &fetchedAt,
		},
		Body:        res.Body,
		ContentType: res.ContentType,
		Hints:       t.hints,
	}
	r.emit(ctx, in, pendingDoc{state: next, host: h.name, outcome: outcome}, res.URL.String())
}

// pageLinks picks the links of an HTML page to follow: every link while
// depth allows, else only PDF attachments of documents.
func (r *CrawlRun) pageLinks(t task, res *fetchResult, document bool) []link {
	all := extractLinks(res.URL, res.Body)
	scope := r.c.scopes[t.site]
	if t.depth < scope.maxDepth {
		return all
	}
	if !document || t.attachment || !scope.attachments {
		return nil
	}
	var att []link
	for _, l := range all {
		if l.Attachment {
			att = append(att, l)
		}
	}
	return att
}

// followAll enqueues the in-scope links and returns them for the state.
func (r *CrawlRun) followAll(ctx context.Context, from task, links []link) []StoredLink {
	var kept []StoredLink
	for _, l := range links {
		if r.follow(ctx, from, l) {
			kept = append(kept, StoredLink{URL: l.URL.String(), Attachment: l.Attachment, Sitemap: l.Sitemap, Hints: l.Hints})
		}
	}
	return kept
}

// follow enqueues one link found on from's page, if in scope; it reports
// whether the link is in scope. Pages listed by feeds and sitemaps are
// depth 1, like the links of a seed; sitemap index entries are sitemaps,
// nested at most maxSitemapDepth deep.
func (r *CrawlRun) follow(ctx context.Context, from task, l link) bool {
	scope := r.c.scopes[from.site]
	switch {
	case l.Sitemap:
		// Sitemaps of an index are the site's own infrastructure, like the
		// sitemap the user named: only the host must be in scope.
		if !scope.HostAllowed(l.URL) {
			return false
		}
	case skippedExtension(l.URL):
		return false
	case from.kind == kindFeed || from.kind == kindSitemap:
		if !scope.Listed(l.URL) {
			return false
		}
	case !scope.Follow(l.URL):
		return false
	}
	t := task{site: from.site, url: l.URL, kind: kindPage, depth: from.depth + 1, attachment: l.Attachment, hints: l.Hints}
	switch {
	case l.Sitemap:
		if from.kind != kindSitemap || from.depth >= maxSitemapDepth {
			return false
		}
		t = task{site: from.site, url: l.URL, kind: kindSitemap, depth: from.depth + 1}
	case from.kind == kindFeed || from.kind == kindSitemap:
		t.depth = 1
	}
	r.mu.Lock()
	r.enqueueLocked(ctx, t)
	r.mu.Unlock()
	return true
}

// named reports whether t is a URL the user named (a seed, feed or
// sitemap given in the configuration), not one found by following links.
func (t task) named() bool { return t.kind != kindPage && t.depth == 0 }

// failed handles a URL that could not be fetched: robots exclusions of
// URLs found by following links are only counted; every other failure
// becomes an error Input. A found URL's failure is not emitted again
// while it stays the same; a named URL's failure is emitted by every
// pass, so that a pass whose seed fails never ends as a success.
func (r *CrawlRun) failed(ctx context.Context, t task, h *host, prev PageState, err error) {
	key := t.url.String()
	if errors.Is(err, errRobotsDisallowed) && !t.named() {
		return
	}
	r.f.hosts.count(h, func(c *HostCounters) { c.Failed++ })
	msg := err.Error()
	r.c.log.Warn("fetch failed", zap.String("url", key), zap.String("kind", t.kind.String()), zap.Error(err))
	next := prev
	next.URL = key
	next.FetchedAt = time.Now().UTC()
	var fe *FetchError
	if errors.As(err, &fe) {
		next.Status = fe.Status
	}
	if prev.Error == msg && !t.named() {
		r.addQuiet(next) // the same failure was reported before
		return
	}
	next.Error = msg
	now := time.Now().UTC()
	next.EmittedAt = &now
	if !t.named() && isDeadLink(fe) {
		r.f.hosts.count(h, func(c *HostCounters) { c.DeadLinks++ })
	}
	in := corpus.Input{Source: corpus.Source{URI: key}, Error: msg}
	r.emit(ctx, in, pendingDoc{state: next, host: h.name, outcome: "failed"}, "")
}

// isDeadLink reports whether a fetch failed because the page is not there
// (404 Not Found, 410 Gone).
func isDeadLink(fe *FetchError) bool {
	return fe != nil && (fe.Status == http.StatusNotFound || fe.Status == http.StatusGone)
}

// emit hands in to Next, assigning its Seq. finalURL dedupes documents
// reached under two URLs (redirects) within a run: the second URL's state
// rides with the first one's document and is committed with it.
func (r *CrawlRun) emit(ctx context.Context, in corpus.Input, p pendingDoc, finalURL string) {
	// One send at a time, so that Seq follows the channel's order.
	r.sendMu.Lock()
	defer r.sendMu.Unlock()
	r.mu.Lock()
	if seq, dup := r.emitted[finalURL]; dup && finalURL != "" {
		if first, ok := r.inflight[seq]; ok {
			first.also = append(first.also, p.state)
			r.inflight[seq] = first
		} else {
			r.acked = append(r.acked, pendingDoc{state: p.state, outcome: "duplicate"})
		}
		r.mu.Unlock()
		return
	}
	in.Seq = r.seq
	r.inflight[in.Seq] = p
	if finalURL != "" {
		r.emitted[finalURL] = in.Seq
	}
	r.mu.Unlock()
	select {
	case r.out <- in:
		r.mu.Lock()
		r.seq++
		r.mu.Unlock()
	case <-ctx.Done():
		r.mu.Lock()
		delete(r.inflight, in.Seq)
		delete(r.emitted, finalURL)
		r.mu.Unlock()
	}
}

func (r *CrawlRun) addQuiet(st PageState) {
	r.mu.Lock()
	r.quiet = append(r.quiet, st)
	r.mu.Unlock()
}

// looksHTML reports whether a response is an HTML page.
func looksHTML(contentType string, body []byte) bool {
	switch mt := mediaType(contentType); {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return true
	case mt == "" || mt == "application/octet-stream" || mt == "text/plain":
		return strings.HasPrefix(http.DetectContentType(body), "text/html")
	}
	return false
}

// emittable reports whether a response is something the decoders read
// (text, HTML, PDF); images, archives and the like are skipped.
func emittable(contentType string, body []byte) bool {
	mt := mediaType(contentType)
	if mt == "" || mt == "application/octet-stream" || mt == "binary/octet-stream" {
		mt = mediaType(http.DetectContentType(body))
	}
	switch {
	case strings.HasPrefix(mt, "text/"), mt == "application/xhtml+xml", mt == "application/pdf", mt == "application/x-pdf":
		return true
	}
	return false
}

// skipExtensions are link targets that are never documents.
var skipExtensions = map[string]bool{
	".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".svg": true, ".webp": true, ".ico": true,
	".css": true, ".js": true, ".json": true, ".woff": true, ".woff2": true, ".ttf": true,
	".zip": true, ".gz": true, ".tar": true, ".7z": true, ".rar": true, ".exe": true, ".dmg": true,
	".mp3": true, ".mp4": true, ".m4a": true, ".mov": true, ".avi": true, ".webm": true, ".wav": true,
	".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true, ".doc": true, ".docx": true, ".ics": true,
}

func skippedExtension(u *url.URL) bool {
	p := strings.ToLower(u.Path)
	if strings.HasSuffix(p, ".xml.gz") {
		return false // gzip'd sitemap
	}
	return skipExtensions[path.Ext(p)]
}

// Summary is a crawl pass's figures, per host and in total.
type Summary struct {
	Hosts    map[string]HostCounters `json:"hosts"`
	Total    HostCounters            `json:"total"`
	Duration time.Duration           `json:"duration"`
}

// Summary returns the figures so far (final after Close).
func (r *CrawlRun) Summary() Summary {
	s := Summary{Hosts: r.f.hosts.snapshot()}
	names := make([]string, 0, len(s.Hosts))
	for name := range s.Hosts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, n := range names {
		s.Total.add(s.Hosts[n])
	}
	r.mu.Lock()
	end := r.finishedAt
	if end.IsZero() {
		end = time.Now()
	}
	s.Duration = end.Sub(r.startedAt)
	r.mu.Unlock()
	return s
}

// Queued returns the URLs waiting to be fetched, per host (for a
// progress display; the figures change as the pass goes on).
func (r *CrawlRun) Queued() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]int, len(r.queues))
	for host, q := range r.queues {
		if len(q) > 0 {
			out[host] = len(q)
		}
	}
	return out
}

// LogSummary writes one structured line per host and a total line.
func (s Summary) LogSummary(log *zap.Logger) {
	names := make([]string, 0, len(s.Hosts))
	for name := range s.Hosts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, n := range names {
		log.Info("crawl host", append([]zap.Field{zap.String("host", n)}, countersFields(s.Hosts[n])...)...)
	}
	log.Info("crawl summary", append(countersFields(s.Total), zap.Int("hosts", len(names)), zap.Duration("duration", s.Duration))...)
}

func countersFields(c HostCounters) []zap.Field {
	return []zap.Field{
		zap.Int("requests", c.Requests), zap.Int("fetched", c.Fetched), zap.Int("not_modified", c.NotModified),
		zap.Int("unchanged", c.Unchanged), zap.Int("new", c.New), zap.Int("changed", c.Changed),
		zap.Int("failed", c.Failed), zap.Int("dead_links", c.DeadLinks), zap.Int("decode_failed", c.DecodeFailed), zap.Int("retries", c.Retries),
		zap.Int("skipped_robots", c.SkippedRobots), zap.Int("skipped_scope", c.SkippedScope), zap.Int("skipped_type", c.SkippedType),
	}
}
