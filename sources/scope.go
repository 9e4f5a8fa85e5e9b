package sources

import (
	"fmt"
	"net/url"
	"path"
	"regexp"
	"strings"
)

// Scope decides which URLs a crawl follows and which pages are documents.
// It is read-only after newScope and safe for concurrent use.
type Scope struct {
	hosts        []string // exact host names, lower-case
	suffixes     []string // from "*.example.gov": ".example.gov"
	pathPrefixes []string
	include      []*regexp.Regexp
	exclude      []*regexp.Regexp
	documents    []*regexp.Regexp
	maxDepth     int
	maxPages     int
	attachments  bool
}

// newScope compiles sc; with no hosts configured, the hosts of the start
// URLs (a site's seeds, feeds and sitemaps) are the scope.
func newScope(sc ScopeConfig, starts ...[]string) (*Scope, error) {
	s := &Scope{pathPrefixes: sc.PathPrefixes, maxDepth: sc.MaxDepth, maxPages: sc.MaxPages, attachments: sc.attachments()}
	hosts := sc.Hosts
	if len(hosts) == 0 {
		for _, list := range starts {
			for _, raw := range list {
				u, err := parseStartURL(raw)
				if err != nil {
					return nil, err
				}
				hosts = append(hosts, u.Hostname())
			}
		}
	}
	for _, h := range hosts {
		h = strings.ToLower(strings.TrimSuffix(h, "."))
		if rest, ok := strings.CutPrefix(h, "*."); ok {
			s.suffixes = append(s.suffixes, "."+rest)
			continue
		}
		s.hosts = append(s.hosts, h)
	}
	var err error
	if s.include, err = compileAll("scope.include", sc.Include); err != nil {
		return nil, err
	}
	if s.exclude, err = compileAll("scope.exclude", sc.Exclude); err != nil {
		return nil, err
	}
	if s.documents, err = compileAll("scope.documents", sc.Documents); err != nil {
		return nil, err
	}
	return s, nil
}

func compileAll(key string, exprs []string) ([]*regexp.Regexp, error) {
	out := make([]*regexp.Regexp, 0, len(exprs))
	for _, e := range exprs {
		re, err := regexp.Compile(e)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", key, err)
		}
		out = append(out, re)
	}
	return out, nil
}

// HostAllowed reports whether u's host is in scope; redirects are
// followed only to allowed hosts.
func (s *Scope) HostAllowed(u *url.URL) bool {
	h := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	for _, a := range s.hosts {
		if h == a {
			return true
		}
	}
	for _, suf := range s.suffixes {
		if strings.HasSuffix(h, suf) || h == suf[1:] {
			return true
		}
	}
	return false
}

// Follow reports whether a discovered link u is in scope: http(s), an
// allowed host, under a path prefix, matching include and not exclude.
func (s *Scope) Follow(u *url.URL) bool {
	if (u.Scheme != "http" && u.Scheme != "https") || !s.HostAllowed(u) {
		return false
	}
	if len(s.pathPrefixes) > 0 {
		p := u.EscapedPath()
		if p == "" {
			p = "/"
		}
		ok := false
		for _, pre := range s.pathPrefixes {
			if strings.HasPrefix(p, pre) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	str := u.String()
	if len(s.include) > 0 && !matchAny(s.include, str) {
		return false
	}
	return !matchAny(s.exclude, str)
}

// Listed reports whether a URL listed by a feed or sitemap is fetched:
// an allowed host and no exclude match (path prefixes and include
// patterns are for links found on pages; the site listed these itself).
func (s *Scope) Listed(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && s.HostAllowed(u) && !matchAny(s.exclude, u.String())
}

// IsDocument reports whether a fetched page at u is emitted as a document
// (as opposed to only followed for links).
func (s *Scope) IsDocument(u *url.URL) bool {
	return len(s.documents) == 0 || matchAny(s.documents, u.String())
}

func matchAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// normalizeURL resolves ref against base and returns the canonical form
// used as a document's identity: fragment dropped, scheme and host
// lower-case, default port removed, empty path as "/", dot segments
// resolved. It returns nil for links that are not http(s) URLs.
func normalizeURL(base *url.URL, ref string) *url.URL {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") {
		return nil
	}
	r, err := url.Parse(ref)
	if err != nil {
		return nil
	}
	u := r
	if base != nil {
		u = base.ResolveReference(r)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.User != nil {
		return nil
	}
	u.Fragment, u.RawFragment = "", ""
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") { // IPv6 literal
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	} else if strings.Contains(u.Path, "/.") {
		clean := path.Clean(u.Path)
		if strings.HasSuffix(u.Path, "/") && clean != "/" {
			clean += "/"
		}
		u.Path, u.RawPath = clean, ""
	}
	if u.RawQuery == "" {
		u.ForceQuery = false
	}
	return u
}
