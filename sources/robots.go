package sources

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/temoto/robotstxt"
	"go.uber.org/zap"
)

// robotsRules is a host's parsed robots.txt for our user agent.
type robotsRules struct {
	group *robotstxt.Group // nil: everything allowed
	all   bool             // disallow everything (robots.txt unparsable, or unavailable)
	// unavailable is why robots.txt could not be fetched (5xx, 429, no
	// answer): every URL of the host fails with it this run.
	unavailable *FetchError
}

func (r *robotsRules) allows(u *url.URL) bool {
	if r.all || r.unavailable != nil {
		return false
	}
	if r.group == nil {
		return true
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.group.Test(p)
}

// robotsCache fetches each host's robots.txt once per run.
type robotsCache struct {
	f      *fetcher
	ignore bool
	agent  string
}

// allowed reports whether robots.txt lets us fetch u, fetching and
// caching the host's robots.txt on first use and applying its
// Crawl-delay to the host's rate. A URL robots.txt disallows is counted.
func (c *robotsCache) allowed(ctx context.Context, u *url.URL) (bool, error) {
	if c.ignore {
		return true, nil
	}
	h := c.f.hosts.get(u.Host)
	h.robotsMu.Lock()
	if h.robots == nil {
		rules, err := c.load(ctx, u)
		if err != nil {
			h.robotsMu.Unlock()
			var ae *AddressError
			if errors.As(err, &ae) {
				return false, &FetchError{URL: u.String(), Msg: ae.Error(), Err: err}
			}
			return false, err
		}
		h.robots = rules
		if rules.group != nil {
			h.slowDown(rules.group.CrawlDelay)
		}
	}
	rules := h.robots
	h.robotsMu.Unlock()
	if rules.unavailable != nil {
		// No Status: the URL itself got no answer.
		return false, &FetchError{URL: u.String(), Msg: "robots.txt unavailable: " + rules.unavailable.Msg, Err: errRobotsUnavailable}
	}
	if !rules.allows(u) {
		c.f.hosts.count(h, func(c *HostCounters) { c.SkippedRobots++ })
		c.f.log.Info("robots.txt disallows", zap.String("url", u.String()))
		return false, nil
	}
	return true, nil
}

// load fetches robots.txt. Following RFC 9309: 4xx means no rules; 5xx,
// 429 or an unreachable server means everything is disallowed for this run
// (after the usual retries), and every URL of the host then fails with
// errRobotsUnavailable, so that it ends as an error record rather than
// silently skipped; a redirect is followed.
func (c *robotsCache) load(ctx context.Context, u *url.URL) (*robotsRules, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	res, err := c.f.robotsGet(ctx, ru)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		var fe *FetchError
		if errors.As(err, &fe) && fe.Status >= 400 && fe.Status < 500 && fe.Status != http.StatusTooManyRequests {
			return &robotsRules{}, nil
		}
		var ae *AddressError
		if errors.As(err, &ae) {
			return nil, err // the document fetch would be refused too; say why
		}
		c.f.log.Warn("robots.txt unavailable; the host's URLs fail this run", zap.String("host", u.Host), zap.Error(err))
		if !errors.As(err, &fe) {
			fe = &FetchError{URL: ru.String(), Msg: err.Error(), Err: err}
		}
		return &robotsRules{unavailable: fe}, nil
	}
	return parseRobots(res.Body, c.agent, c.f.log.With(zap.String("host", u.Host))), nil
}

// parseRobots parses a robots.txt body for agent. Lines the parser
// rejects (a Crawl-delay of "10s", say) are dropped rather than losing
// the whole file's rules.
func parseRobots(body []byte, agent string, log *zap.Logger) *robotsRules {
	data, err := robotstxt.FromBytes(body)
	if err != nil {
		log.Warn("robots.txt has invalid lines; ignoring them", zap.Error(err))
		data, err = robotstxt.FromBytes(dropBadRobotsLines(body))
		if err != nil {
			log.Warn("robots.txt unparsable; treating as disallow all", zap.Error(err))
			return &robotsRules{all: true}
		}
	}
	return &robotsRules{group: data.FindGroup(agent)}
}

// dropBadRobotsLines removes Crawl-delay lines whose value is not a
// non-negative number, the only kind of line robotstxt rejects.
func dropBadRobotsLines(body []byte) []byte {
	var out bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		key, val, ok := strings.Cut(line, ":")
		k := strings.ToLower(strings.TrimSpace(key))
		if ok && (k == "crawl-delay" || k == "crawldelay") {
			v := strings.TrimSpace(val)
			if i := strings.IndexAny(v, "# \t"); i >= 0 {
				v = v[:i]
			}
			if f, err := strconv.ParseFloat(v, 64); err != nil || f < 0 || f > 86400 {
				continue
			}
		}
		out.WriteString(line)
		out.WriteByte('\n')
	}
	return out.Bytes()
}

// robotsGet fetches robots.txt: any status is an answer (no retry on 4xx),
// redirects followed.
func (f *fetcher) robotsGet(ctx context.Context, u *url.URL) (*fetchResult, error) {
	res, err := f.get(ctx, fetchRequest{URL: u, Robots: true})
	if err != nil {
		return nil, err
	}
	return res, nil
}
