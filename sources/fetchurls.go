package sources

import (
	"context"
	"fmt"
	"net/http"
	"sync"

	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/communique/communique/corpus"
)

// FetchURLs fetches each of urls once with the crawler's polite fetcher:
// robots.txt, cfg's per-host rate and retries, redirects within the URLs'
// hosts, the size cap and the address guard (unless
// cfg.AllowPrivateAddresses). Hosts are fetched in parallel (at most
// cfg.ParallelHosts), each host one request at a time. The result maps
// every URL to its Input: the response body as a document, or an Input
// with Error saying why it could not be had. It fails only when ctx is
// done or cfg is invalid.
func FetchURLs(ctx context.Context, cfg CrawlConfig, log *zap.Logger, urls []string) (map[string]corpus.Input, error) {
	out := make(map[string]corpus.Input, len(urls))
	if len(urls) == 0 {
		return out, nil
	}
	if log == nil {
		log = zap.NewNop()
	}
	cfg.Seeds = urls
	cfg.Scope.Hosts = nil // the URLs' own hosts
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	scope, err := newScope(cfg.Scope, cfg.Seeds)
	if err != nil {
		return nil, err
	}
	f := newFetcher(&cfg, scope, log)
	defer f.close()
	var mu sync.Mutex
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(cfg.ParallelHosts, 1))
	for _, raw := range urls {
		g.Go(func() error {
			in := fetchInput(gctx, f, raw)
			mu.Lock()
			out[raw] = in
			mu.Unlock()
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// fetchInput fetches one URL into an Input.
func fetchInput(ctx context.Context, f *fetcher, raw string) corpus.Input {
	in := corpus.Input{Source: corpus.Source{URI: raw}}
	u, err := parseStartURL(raw)
	if err != nil {
		in.Error = fmt.Sprintf("fetch %s: %v", raw, err)
		return in
	}
	res, err := f.get(ctx, fetchRequest{URL: u})
	if err != nil {
		in.Error = err.Error()
		return in
	}
	if res.Status != http.StatusOK {
		in.Error = fmt.Sprintf("fetch %s: HTTP %d", raw, res.Status)
		return in
	}
	fetched := res.FetchedAt
	in.Source = corpus.Source{URI: res.URL.String(), SHA256: res.SHA256, Size: int64(len(res.Body)), FetchedAt: &fetched}
	in.Body, in.ContentType = res.Body, res.ContentType
	f.log.Info("fetched", zap.String("url", raw), zap.Int("status", res.Status), zap.Int("bytes", len(res.Body)))
	return in
}
