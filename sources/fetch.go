package sources

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"

	"go.uber.org/zap"
)

// acceptHeader lists what the decoders read, documents first.
const acceptHeader = "text/html,application/xhtml+xml,application/pdf,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"

// errReadTimeout is the cause of a request cancelled because its body
// stalled for longer than the read timeout.
var errReadTimeout = errors.New("read timeout")

// FetchError is why a URL could not be fetched, after retries. Msg is
// stable across runs for the same failure (no timings, no addresses of
// ephemeral ports), so a failure that persists is recognised as unchanged.
type FetchError struct {
	URL    string
	Status int // HTTP status, 0 when no response
	Msg    string
	Err    error // underlying cause, may be nil
}

func (e *FetchError) Error() string { return "fetch " + e.URL + ": " + e.Msg }
func (e *FetchError) Unwrap() error { return e.Err }

// fetchRequest is one URL to get, with the validators of the last good
// response for a conditional request.
type fetchRequest struct {
	URL          *url.URL
	ETag         string
	LastModified string
	// Robots is false for robots.txt itself.
	Robots bool
	// Scope decides which hosts redirects may go to (nil: the fetcher's).
	Scope *Scope
}

// fetchResult is a final response: 200 with its body, or 304.
type fetchResult struct {
	// URL is the URL after redirects.
	URL          *url.URL
	Status       int
	ContentType  string
	ETag         string
	LastModified string
	Body         []byte
	SHA256       string
	FetchedAt    time.Time
}

// fetcher sends polite, bounded, retried GET requests.
type fetcher struct {
	client  *http.Client
	cfg     *CrawlConfig
	scope   *Scope
	hosts   *hostPool
	log     *zap.Logger
	robots  *robotsCache
	jitter  func() float64 // in [0,1); rand.Float64 except in tests
	retries int
}

func newFetcher(cfg *CrawlConfig, scope *Scope, log *zap.Logger) *fetcher {
	dialer := &net.Dialer{Timeout: time.Duration(cfg.ConnectTimeout), KeepAlive: 30 * time.Second}
	if !cfg.AllowPrivateAddresses {
		dialer.Control = guardControl
	}
	transport := &http.Transport{
		// No proxy from the environment: the address guard must see the
		// address actually dialled.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   time.Duration(cfg.ConnectTimeout),
		ResponseHeaderTimeout: time.Duration(cfg.ReadTimeout),
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	client := &http.Client{
		Transport: transport,
		// Redirects are followed by do, one hop at a time, so that every
		// hop is checked against the scope and robots.txt and waits for its
		// host's turn.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	f := &fetcher{
		client:  client,
		cfg:     cfg,
		scope:   scope,
		hosts:   newHostPool(cfg.Rate),
		log:     log,
		jitter:  rand.Float64,
		retries: cfg.retries(),
	}
	f.robots = &robotsCache{f: f, ignore: cfg.IgnoreRobots, agent: productToken(cfg.UserAgent)}
	return f
}

// close releases idle connections.
func (f *fetcher) close() { f.client.CloseIdleConnections() }

// get fetches req.URL, following redirects within scope. A 304 answer is
// a result with Status 304 and no body. Every other failure is a
// *FetchError (or ctx's error when ctx is done).
func (f *fetcher) get(ctx context.Context, req fetchRequest) (*fetchResult, error) {
	u := req.URL
	seen := map[string]bool{u.String(): true}
	for hop := 0; ; hop++ {
		scope := req.Scope
		if scope == nil {
			scope = f.scope
		}
		if hop > 0 && !req.Robots && !scope.HostAllowed(u) {
			f.hosts.count(f.hosts.get(u.Host), func(c *HostCounters) { c.SkippedScope++ })
			return nil, &FetchError{URL: req.URL.String(), Msg: "redirect to out-of-scope host " + u.Host}
		}
		if !f.cfg.AllowPrivateAddresses {
			if err := checkHostName(u.Hostname()); err != nil {
				return nil, &FetchError{URL: u.String(), Msg: err.Error(), Err: err}
			}
		}
		if !req.Robots {
			ok, err := f.robots.allowed(ctx, u)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, &FetchError{URL: u.String(), Msg: "disallowed by robots.txt", Err: errRobotsDisallowed}
			}
		}
		resp, err := f.attempts(ctx, u, req)
		if err != nil {
			return nil, err
		}
		if resp.location == nil {
			return resp.result, nil
		}
		if hop >= f.cfg.MaxRedirects {
			return nil, &FetchError{URL: req.URL.String(), Status: resp.status, Msg: fmt.Sprintf("more than %d redirects", f.cfg.MaxRedirects)}
		}
		next := resp.location
		if seen[next.String()] {
			return nil, &FetchError{URL: req.URL.String(), Status: resp.status, Msg: "redirect loop at " + next.String()}
		}
		seen[next.String()] = true
		f.log.Debug("redirect", zap.String("from", u.String()), zap.String("to", next.String()), zap.Int("status", resp.status))
		u = next
	}
}

// errRobotsDisallowed marks a URL that robots.txt disallows.
var errRobotsDisallowed = errors.New("disallowed by robots.txt")

// errRobotsUnavailable marks a URL not fetched because its host's
// robots.txt could not be fetched.
var errRobotsUnavailable = errors.New("robots.txt unavailable")

// hopResponse is the outcome of one hop: a final result or a redirect.
type hopResponse struct {
	result   *fetchResult
	location *url.URL
	status   int
}

// attempts sends one hop's request, retrying 429, 5xx, timeouts and
// broken connections with exponential backoff and jitter, honouring
// Retry-After.
func (f *fetcher) attempts(ctx context.Context, u *url.URL, req fetchRequest) (hopResponse, error) {
	h := f.hosts.get(u.Host)
	for attempt := 0; ; attempt++ {
		resp, retryAfter, err := f.once(ctx, h, u, req)
		if err == nil {
			return resp, nil
		}
		var fe *FetchError
		retryable := errors.As(err, &fe) && isRetryable(fe)
		if !retryable || attempt >= f.retries || ctx.Err() != nil {
			if retryable && fe != nil {
				err = &FetchError{URL: fe.URL, Status: fe.Status, Msg: fmt.Sprintf("%s (after %d attempts)", fe.Msg, attempt+1), Err: fe.Err}
			}
			return hopResponse{}, err
		}
		delay := f.backoff(attempt)
		if retryAfter > 0 {
			if retryAfter > time.Duration(f.cfg.Retry.MaxRetryAfter) {
				return hopResponse{}, &FetchError{URL: u.String(), Status: fe.Status, Msg: fmt.Sprintf("%s; server asks to retry after %s, more than retry.max_retry_after", fe.Msg, retryAfter)}
			}
			delay = max(delay, retryAfter)
		}
		f.hosts.count(h, func(c *HostCounters) { c.Retries++ })
		f.log.Info("retry", zap.String("url", u.String()), zap.String("reason", fe.Msg), zap.Int("attempt", attempt+1), zap.Duration("delay", delay))
		t := time.NewTimer(delay)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return hopResponse{}, ctx.Err()
		}
	}
}

// backoff is the delay before retry attempt+1: base·2^attempt capped at
// retry.max_delay, with jitter in [d/2, d).
func (f *fetcher) backoff(attempt int) time.Duration {
	d := time.Duration(f.cfg.Retry.Base)
	for i := 0; i < attempt && d < time.Duration(f.cfg.Retry.MaxDelay); i++ {
		d *= 2
	}
	d = min(d, time.Duration(f.cfg.Retry.MaxDelay))
	return d/2 + time.Duration(f.jitter()*float64(d/2))
}

// retryable marks FetchErrors worth another attempt.
type retryable struct{ error }

func isRetryable(fe *FetchError) bool {
	if fe.Status == http.StatusTooManyRequests || (fe.Status >= 500 && fe.Status != http.StatusNotImplemented && fe.Status != http.StatusHTTPVersionNotSupported) {
		return true
	}
	var r retryable
	return errors.As(fe.Err, &r)
}

// once sends one request to u, holding the host's slot until the body is
// read. It returns a retry-after delay for 429 and 503 answers.
func (f *fetcher) once(ctx context.Context, h *host, u *url.URL, req fetchRequest) (hopResponse, time.Duration, error) {
	if err := h.acquire(ctx); err != nil {
		return hopResponse{}, 0, err
	}
	defer h.release()
	f.hosts.count(h, func(c *HostCounters) { c.Requests++ })

	reqCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	hr, err := http.NewRequestWithContext(reqCtx, http.MethodGet, u.String(), nil)
	if err != nil {
		return hopResponse{}, 0, &FetchError{URL: u.String(), Msg: "bad request", Err: err}
	}
	hr.Header.Set("User-Agent", f.cfg.UserAgent)
	hr.Header.Set("Accept", acceptHeader)
	if req.Robots {
		hr.Header.Set("Accept", "text/plain,*/*;q=0.5")
	}
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := f.client.Do(hr)
	if err != nil {
		return hopResponse{}, 0, f.transportError(ctx, u, err)
	}
	defer resp.Body.Close()

	switch {
	case resp.StatusCode >= 300 && resp.StatusCode < 400 && resp.StatusCode != http.StatusNotModified:
		loc := resp.Header.Get("Location")
		next := normalizeURL(u, loc)
		if next == nil {
			return hopResponse{}, 0, &FetchError{URL: u.String(), Status: resp.StatusCode, Msg: fmt.Sprintf("redirect %d to unusable location %q", resp.StatusCode, loc)}
		}
		drain(resp.Body)
		return hopResponse{location: next, status: resp.StatusCode}, 0, nil
	case resp.StatusCode == http.StatusNotModified:
		drain(resp.Body)
		// A 304 may carry updated validators; keep the ones we sent otherwise.
		res := &fetchResult{URL: u, Status: resp.StatusCode, ETag: req.ETag, LastModified: req.LastModified, FetchedAt: time.Now().UTC()}
		if v := resp.Header.Get("ETag"); v != "" {
			res.ETag = v
		}
		if v := resp.Header.Get("Last-Modified"); v != "" {
			res.LastModified = v
		}
		return hopResponse{result: res}, 0, nil
	case resp.StatusCode != http.StatusOK:
		drain(resp.Body)
		return hopResponse{}, retryAfter(resp.Header.Get("Retry-After"), time.Now()),
			&FetchError{URL: u.String(), Status: resp.StatusCode, Msg: "http " + strconv.Itoa(resp.StatusCode) + " " + http.StatusText(resp.StatusCode)}
	}

	if resp.ContentLength > f.cfg.MaxBytes {
		return hopResponse{}, 0, &FetchError{URL: u.String(), Status: resp.StatusCode, Msg: fmt.Sprintf("body of %d bytes exceeds max_bytes %d", resp.ContentLength, f.cfg.MaxBytes)}
	}
	body, err := readCapped(reqCtx, cancel, resp.Body, f.cfg.MaxBytes, time.Duration(f.cfg.ReadTimeout))
	if err != nil {
		if errors.Is(err, errBodyTooLarge) {
			return hopResponse{}, 0, &FetchError{URL: u.String(), Status: resp.StatusCode, Msg: fmt.Sprintf("body exceeds max_bytes %d", f.cfg.MaxBytes)}
		}
		if errors.Is(context.Cause(reqCtx), errReadTimeout) && ctx.Err() == nil {
			return hopResponse{}, 0, &FetchError{URL: u.String(), Status: resp.StatusCode, Msg: "read timeout", Err: retryable{errReadTimeout}}
		}
		return hopResponse{}, 0, f.transportError(ctx, u, err)
	}
	sum := sha256.Sum256(body)
	res := &fetchResult{
		URL:          u,
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		Body:         body,
		SHA256:       hex.EncodeToString(sum[:]),
		FetchedAt:    time.Now().UTC(),
	}
	return hopResponse{result: res}, 0, nil
}

// transportError classifies a failed round trip. Messages avoid details
// that differ between runs (ports, timings).
func (f *fetcher) transportError(ctx context.Context, u *url.URL, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var ae *AddressError
	if errors.As(err, &ae) {
		return &FetchError{URL: u.String(), Msg: ae.Error(), Err: err}
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return &FetchError{URL: u.String(), Msg: "host not found", Err: err}
	}
	var certErr *tls.CertificateVerificationError
	if errors.As(err, &certErr) {
		return &FetchError{URL: u.String(), Msg: "TLS certificate not valid for this host", Err: err}
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return &FetchError{URL: u.String(), Msg: "timeout", Err: retryable{err}}
	}
	msg := "connection failed"
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		msg = "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		msg = "connection reset"
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		msg = "connection closed before the response was complete"
	}
	return &FetchError{URL: u.String(), Msg: msg, Err: retryable{err}}
}

// errBodyTooLarge marks a body over the size cap.
var errBodyTooLarge = errors.New("body too large")

// readCapped reads r up to max bytes, cancelling the request (cause
// errReadTimeout) when no byte arrives for timeout.
func readCapped(ctx context.Context, cancel context.CancelCauseFunc, r io.Reader, limit int64, timeout time.Duration) ([]byte, error) {
	timer := time.AfterFunc(timeout, func() { cancel(errReadTimeout) })
	defer timer.Stop()
	var buf []byte
	chunk := make([]byte, 32<<10)
	for {
		n, err := r.Read(chunk)
		if n > 0 {
			timer.Reset(timeout)
			if int64(len(buf)+n) > limit {
				return nil, errBodyTooLarge
			}
			buf = append(buf, chunk[:n]...)
		}
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
	}
}

// drain reads a little of a body we do not need so the connection can be
// reused.
func drain(r io.Reader) { _, _ = io.CopyN(io.Discard, r, 64<<10) }

// retryAfter parses a Retry-After header (seconds or an HTTP date); zero
// when absent or unparsable.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.Atoi(v); err == nil {
		if secs < 0 {
			return 0
		}
		return time.Duration(min(secs, 86400)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// mediaType is the lower-case media type of a Content-Type header.
func mediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	return mt
}

// productToken is the first word of a User-Agent ("communique" from
// "communique/1 (+https://...)"), matched against robots.txt groups.
func productToken(ua string) string {
	tok, _, _ := strings.Cut(strings.TrimSpace(ua), " ")
	tok, _, _ = strings.Cut(tok, "/")
	return strings.ToLower(tok)
}
