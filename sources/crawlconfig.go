package sources

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Defaults of a CrawlConfig; DefaultCrawlConfig returns them.
const (
	// DefaultUserAgent names the project and where to read about it, so a
	// site operator can find out who is crawling.
	DefaultUserAgent = "communique/1 (+https://github.com/communique/communique; press-release crawler)"
	// DefaultRate is requests per second per host.
	DefaultRate = 1.0
	// DefaultMaxBytes caps one response body (after gzip decoding).
	DefaultMaxBytes = 50 << 20
	// DefaultMaxPages caps the pages fetched in one run.
	DefaultMaxPages = 10000
	// DefaultMaxDepth: documents linked from a seed page are depth 1.
	DefaultMaxDepth = 1
	// DefaultMaxRedirects is the redirect-chain limit of one request.
	DefaultMaxRedirects = 10
	// DefaultRetries is how many times a request is retried on 429, 5xx
	// and timeouts (so up to DefaultRetries+1 attempts).
	DefaultRetries = 3
	// DefaultParallelHosts bounds how many hosts are crawled at once.
	DefaultParallelHosts = 8
)

// CrawlConfig is the whole configuration of a crawl: the YAML file
// documented in examples/crawl.yaml, overridden by command-line flags.
// Durations are written as Go durations ("1.5s", "2m").
type CrawlConfig struct {
	// Seeds are index pages: they are fetched every run and their links
	// followed within Scope; they are not emitted as documents.
	Seeds []string `yaml:"seeds"`
	// Feeds are RSS or Atom feeds whose item links are documents.
	Feeds []string `yaml:"feeds"`
	// Sitemaps are sitemap.xml files or sitemap indexes (gzip allowed)
	// whose URLs are documents.
	Sitemaps []string `yaml:"sitemaps"`

	// Scope limits what is followed from the seeds, feeds and sitemaps
	// above, and gives every site of Sites the keys it does not set.
	Scope ScopeConfig `yaml:"scope"`

	// Sites are further start URLs, each with a scope of its own (a
	// ministry whose releases live under /press/ beside one that needs
	// depth 2).
	Sites []SiteConfig `yaml:"sites"`

	// UserAgent is sent with every request; keep a contact URL in it.
	UserAgent string `yaml:"user_agent"`
	// Rate is requests per second per host (default 1); robots.txt
	// Crawl-delay slows it further, never speeds it up.
	Rate float64 `yaml:"rate"`
	// ParallelHosts bounds the hosts crawled at once; each host always
	// gets one request at a time.
	ParallelHosts int `yaml:"parallel_hosts"`
	// IgnoreRobots disables robots.txt; for your own sites only.
	IgnoreRobots bool `yaml:"ignore_robots"`
	// AllowPrivateAddresses lets the crawler connect to loopback, private,
	// link-local and other non-public addresses (for tests and intranets).
	AllowPrivateAddresses bool `yaml:"allow_private_addresses"`

	ConnectTimeout Duration `yaml:"connect_timeout"`
	// ReadTimeout bounds the wait for response headers and every pause
	// while reading a body.
	ReadTimeout Duration `yaml:"read_timeout"`
	// MaxBytes caps a response body after gzip decoding; a larger body is
	// that document's error.
	MaxBytes     int64 `yaml:"max_bytes"`
	MaxRedirects int   `yaml:"max_redirects"`

	Retry RetryConfig `yaml:"retry"`

	// State, Every and Output are read by the crawl command, not by the
	// crawler: the state folder, the interval between passes (0: one pass)
	// and the outputs, each overridden by its flag (--state, --every, -o,
	// --sqlite, --postgres).
	State  string       `yaml:"state"`
	Every  Duration     `yaml:"every"`
	Output OutputConfig `yaml:"output"`

	// Reprocess fetches every URL unconditionally and emits every document
	// even when unchanged (after upgrading communique, say). A one-off
	// action, so a flag only (--reprocess), not a config key.
	Reprocess bool `yaml:"-"`
}

// OutputConfig names where a crawl's records go, as the -o, --sqlite and
// --postgres flags do. Write secrets as ${VARIABLE}s of the environment
// (postgres: ${COMMUNIQUE_POSTGRES}), not into the file.
type OutputConfig struct {
	File     string `yaml:"file"`
	SQLite   string `yaml:"sqlite"`
	Postgres string `yaml:"postgres"`
}

// SiteConfig is one site of a crawl: its start URLs and its scope. A key
// of Scope the site does not set is the top-level scope's (so scope.hosts
// of the top level, when set, applies to every site that names none).
type SiteConfig struct {
	// Name labels the site in messages ("sites[2] (mofa)").
	Name     string      `yaml:"name"`
	Seeds    []string    `yaml:"seeds"`
	Feeds    []string    `yaml:"feeds"`
	Sitemaps []string    `yaml:"sitemaps"`
	Scope    ScopeConfig `yaml:"scope"`
	// scopeKeys are the scope keys the YAML file set for this site; nil
	// (a SiteConfig built in Go) means the non-zero fields of Scope.
	scopeKeys map[string]bool
}

// HasStartURLs reports whether c names any seed, feed or sitemap, at the
// top level or in a site.
func (c *CrawlConfig) HasStartURLs() bool {
	if len(c.Seeds)+len(c.Feeds)+len(c.Sitemaps) > 0 {
		return true
	}
	for _, s := range c.Sites {
		if len(s.Seeds)+len(s.Feeds)+len(s.Sitemaps) > 0 {
			return true
		}
	}
	return false
}

// effectiveSites are the sites a crawl runs: the top-level start URLs
// with the top-level scope (when there are any), then every site with
// its scope completed from the top level's.
func (c *CrawlConfig) effectiveSites() []SiteConfig {
	var out []SiteConfig
	if len(c.Seeds)+len(c.Feeds)+len(c.Sitemaps) > 0 {
		out = append(out, SiteConfig{Seeds: c.Seeds, Feeds: c.Feeds, Sitemaps: c.Sitemaps, Scope: c.Scope})
	}
	for _, s := range c.Sites {
		s.Scope = mergeScope(c.Scope, s.Scope, s.scopeKeys)
		out = append(out, s)
	}
	return out
}

// mergeScope is site over top: each field of site whose key is in keys
// (keys nil: each non-zero field) replaces top's.
func mergeScope(top, site ScopeConfig, keys map[string]bool) ScopeConfig {
	out := top
	dst, src := reflect.ValueOf(&out).Elem(), reflect.ValueOf(site)
	for i := range src.NumField() {
		key, _, _ := strings.Cut(src.Type().Field(i).Tag.Get("yaml"), ",")
		if keys != nil && keys[key] || keys == nil && !src.Field(i).IsZero() {
			dst.Field(i).Set(src.Field(i))
		}
	}
	return out
}

// ScopeConfig limits what a crawl follows.
type ScopeConfig struct {
	// Hosts allowed; empty means the hosts of the seeds, feeds and
	// sitemaps. "*.example.gov" allows every subdomain of example.gov.
	Hosts []string `yaml:"hosts"`
	// PathPrefixes, when set, restrict the links found on pages to these
	// path prefixes. Seeds, feeds and sitemaps themselves are always
	// fetched, and feed items and sitemap entries need only an allowed
	// host (the site listed them).
	PathPrefixes []string `yaml:"path_prefixes"`
	// Include, when set, are regular expressions (RE2) of which a link
	// found on a page must match at least one.
	Include []string `yaml:"include"`
	// Exclude are regular expressions of URLs never fetched.
	Exclude []string `yaml:"exclude"`
	// Documents, when set, are regular expressions naming the pages that
	// are emitted as documents; other in-scope pages are only followed
	// for links (pagination, topic pages). Empty: every page reached from
	// a seed, feed or sitemap is a document.
	Documents []string `yaml:"documents"`
	// MaxDepth is how many links from a seed are followed: 1 fetches the
	// pages a seed links to. PDFs linked from a document are fetched one
	// level further when Attachments is on.
	MaxDepth int `yaml:"max_depth"`
	// MaxPages caps the requests of one run (robots.txt excluded).
	MaxPages int `yaml:"max_pages"`
	// Attachments fetches PDFs linked from documents (default true).
	Attachments *bool `yaml:"attachments"`
}

// RetryConfig is the retry policy for 429, 5xx and timeouts.
type RetryConfig struct {
	// Max is the number of retries after the first attempt.
	Max *int `yaml:"max"`
	// Base is the first backoff; each retry doubles it, with full jitter
	// in [base/2, base) and at most MaxDelay. A Retry-After header wins
	// when it asks for longer.
	Base     Duration `yaml:"base"`
	MaxDelay Duration `yaml:"max_delay"`
	// MaxRetryAfter is the longest Retry-After honoured; a server asking
	// for more makes the request fail for this run.
	MaxRetryAfter Duration `yaml:"max_retry_after"`
}

// Duration is a time.Duration written as "1.5s" in YAML.
type Duration time.Duration

// UnmarshalYAML parses a Go duration string.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	var s string
	if err := n.Decode(&s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	*d = Duration(v)
	return nil
}

// MarshalYAML writes the duration as a string.
func (d Duration) MarshalYAML() (any, error) { return time.Duration(d).String(), nil }

// DefaultCrawlConfig returns the defaults every crawl starts from.
func DefaultCrawlConfig() CrawlConfig {
	attach, retries := true, DefaultRetries
	return CrawlConfig{
		Scope:          ScopeConfig{MaxDepth: DefaultMaxDepth, MaxPages: DefaultMaxPages, Attachments: &attach},
		UserAgent:      DefaultUserAgent,
		Rate:           DefaultRate,
		ParallelHosts:  DefaultParallelHosts,
		ConnectTimeout: Duration(10 * time.Second),
		ReadTimeout:    Duration(30 * time.Second),
		MaxBytes:       DefaultMaxBytes,
		MaxRedirects:   DefaultMaxRedirects,
		Retry: RetryConfig{
			Max:           &retries,
			Base:          Duration(time.Second),
			MaxDelay:      Duration(time.Minute),
			MaxRetryAfter: Duration(5 * time.Minute),
		},
	}
}

// ParseCrawlConfig decodes a YAML configuration over the defaults. Unknown
// keys are errors (a misspelt key must not silently widen a crawl).
//
// ${NAME} anywhere in the file is replaced by the environment variable
// NAME (for secrets such as a PostgreSQL password); an unset variable is an
// error. A "$" not followed by "{" is left alone (regular expressions).
func ParseCrawlConfig(data []byte) (CrawlConfig, error) {
	return parseCrawlConfig(data, os.LookupEnv)
}

func parseCrawlConfig(data []byte, lookup func(string) (string, bool)) (CrawlConfig, error) {
	cfg := DefaultCrawlConfig()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil && !errors.Is(err, io.EOF) { // io.EOF: empty file, all defaults
		return CrawlConfig{}, configErrors(err)
	}
	if err := siteScopeKeys(data, cfg.Sites); err != nil {
		return CrawlConfig{}, configErrors(err)
	}
	if err := expandEnv(reflect.ValueOf(&cfg).Elem(), "", lookup); err != nil {
		return CrawlConfig{}, err
	}
	if err := cfg.Validate(); err != nil {
		return CrawlConfig{}, err
	}
	return cfg, nil
}

// siteScopeKeys records in each site which scope keys the file sets (the
// others come from the top-level scope). data already decoded strictly.
func siteScopeKeys(data []byte, sites []SiteConfig) error {
	var raw struct {
		Sites []struct {
			Scope map[string]yaml.Node `yaml:"scope"`
		} `yaml:"sites"`
	}
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return err
	}
	for i := range min(len(sites), len(raw.Sites)) {
		sites[i].scopeKeys = map[string]bool{}
		for k := range raw.Sites[i].Scope {
			sites[i].scopeKeys[k] = true
		}
	}
	return nil
}

// envRef is a ${NAME} reference to an environment variable.
var envRef = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// expandEnv replaces ${NAME} in every string value of v (a configuration
// struct, walked through its yaml keys) by the environment variable NAME;
// an unset variable is an error naming the key. Comments are never
// expanded: only decoded values are.
func expandEnv(v reflect.Value, key string, lookup func(string) (string, bool)) error {
	switch v.Kind() {
	case reflect.String:
		var missing []string
		out := envRef.ReplaceAllStringFunc(v.String(), func(ref string) string {
			val, ok := lookup(ref[2 : len(ref)-1])
			if !ok {
				missing = append(missing, ref[2:len(ref)-1])
			}
			return val
		})
		if len(missing) > 0 {
			return fmt.Errorf("%s: environment variable %s is not set", key, strings.Join(missing, ", "))
		}
		v.SetString(out)
	case reflect.Slice:
		for i := range v.Len() {
			if err := expandEnv(v.Index(i), fmt.Sprintf("%s[%d]", key, i), lookup); err != nil {
				return err
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("yaml"), ",")
			if name == "" || name == "-" || !v.Field(i).CanSet() {
				continue
			}
			if key != "" {
				name = key + "." + name
			}
			if err := expandEnv(v.Field(i), name, lookup); err != nil {
				return err
			}
		}
	}
	return nil
}

// Validate reports the first problem of cfg, naming the key.
func (c *CrawlConfig) Validate() error {
	if err := validateStartURLs("", c.Seeds, c.Feeds, c.Sitemaps); err != nil {
		return err
	}
	switch {
	case c.UserAgent == "" || strings.ContainsAny(c.UserAgent, "\r\n"):
		return errors.New("user_agent: must be one non-empty line")
	case !(c.Rate > 0) || c.Rate > 1000:
		return fmt.Errorf("rate: %v requests/s per host is not in (0, 1000]", c.Rate)
	case c.ParallelHosts < 1:
		return fmt.Errorf("parallel_hosts: %d is not positive", c.ParallelHosts)
	case c.ConnectTimeout <= 0, c.ReadTimeout <= 0:
		return errors.New("connect_timeout and read_timeout must be positive")
	case c.MaxBytes <= 0:
		return fmt.Errorf("max_bytes: %d is not positive", c.MaxBytes)
	case c.MaxRedirects < 0:
		return fmt.Errorf("max_redirects: %d is negative", c.MaxRedirects)
	case c.Retry.Max != nil && (*c.Retry.Max < 0 || *c.Retry.Max > 20):
		return fmt.Errorf("retry.max: %d is not in [0, 20]", *c.Retry.Max)
	case c.Retry.Base < 0, c.Retry.MaxDelay < 0, c.Retry.MaxRetryAfter < 0:
		return errors.New("retry durations must not be negative")
	}
	if err := c.Scope.validate("scope"); err != nil {
		return err
	}
	for i, site := range c.Sites {
		key := fmt.Sprintf("sites[%d]", i)
		if site.Name != "" {
			key += fmt.Sprintf(" (%s)", site.Name)
		}
		if len(site.Seeds)+len(site.Feeds)+len(site.Sitemaps) == 0 {
			return fmt.Errorf("%s: no seeds, feeds or sitemaps", key)
		}
		if err := validateStartURLs(key+".", site.Seeds, site.Feeds, site.Sitemaps); err != nil {
			return err
		}
		if err := mergeScope(c.Scope, site.Scope, site.scopeKeys).validate(key + ".scope"); err != nil {
			return err
		}
	}
	return nil
}

// validateStartURLs checks seeds, feeds and sitemaps; prefix is their
// keys' path ("sites[1].").
func validateStartURLs(prefix string, seeds, feeds, sitemaps []string) error {
	for _, group := range []struct {
		key  string
		urls []string
	}{{"seeds", seeds}, {"feeds", feeds}, {"sitemaps", sitemaps}} {
		for _, u := range group.urls {
			if _, err := parseStartURL(u); err != nil {
				return fmt.Errorf("%s%s: %w", prefix, group.key, err)
			}
		}
	}
	return nil
}

// validate reports the first problem of s, naming the key under key
// ("scope", "sites[1].scope").
func (s ScopeConfig) validate(key string) error {
	switch {
	case s.MaxDepth < 0:
		return fmt.Errorf("%s.max_depth: %d is negative", key, s.MaxDepth)
	case s.MaxPages < 1:
		return fmt.Errorf("%s.max_pages: %d is not positive", key, s.MaxPages)
	}
	for _, h := range s.Hosts {
		if h == "" || strings.ContainsAny(h, "/ ") {
			return fmt.Errorf("%s.hosts: %q is not a host name", key, h)
		}
	}
	for _, p := range s.PathPrefixes {
		if !strings.HasPrefix(p, "/") {
			return fmt.Errorf("%s.path_prefixes: %q does not start with /", key, p)
		}
	}
	for _, set := range []struct {
		key string
		res []string
	}{{"include", s.Include}, {"exclude", s.Exclude}, {"documents", s.Documents}} {
		for _, re := range set.res {
			if _, err := regexp.Compile(re); err != nil {
				return fmt.Errorf("%s.%s: %w", key, set.key, err)
			}
		}
	}
	return nil
}

// parseStartURL parses a seed, feed or sitemap URL: absolute, http or https.
func parseStartURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("%q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%q: only http and https URLs can be crawled", raw)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%q: no host", raw)
	}
	return u, nil
}

func (c *CrawlConfig) retries() int {
	if c.Retry.Max == nil {
		return DefaultRetries
	}
	return *c.Retry.Max
}

func (s *ScopeConfig) attachments() bool {
	return s.Attachments == nil || *s.Attachments
}
