package sources

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// Sitemap limits from sitemaps.org: 50,000 URLs and 50 MB uncompressed
// per file; index nesting beyond maxSitemapDepth is refused.
const (
	maxSitemapURLs  = 50000
	maxSitemapBytes = 50 << 20
	maxSitemapDepth = 3
)

// sitemap is a parsed sitemap.xml: either a URL set (Pages) or a sitemap
// index (Sitemaps), per https://www.sitemaps.org/protocol.html.
type sitemap struct {
	Pages    []link
	Sitemaps []*url.URL
}

// parseSitemap parses a sitemap or sitemap index, gunzipping it when the
// body is gzip (by its magic bytes, whatever the Content-Type says). URLs
// are resolved against base; entries that are not http(s) are dropped.
func parseSitemap(base *url.URL, body []byte) (*sitemap, error) {
	if len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("gunzip sitemap: %w", err)
		}
		plain, err := io.ReadAll(io.LimitReader(zr, maxSitemapBytes+1))
		if err != nil {
			return nil, fmt.Errorf("gunzip sitemap: %w", err)
		}
		if len(plain) > maxSitemapBytes {
			return nil, fmt.Errorf("sitemap exceeds %d bytes uncompressed", maxSitemapBytes)
		}
		body = plain
	}
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	sm := &sitemap{}
	var root string
	inLoc := false
	var stack []string // open element names; only <loc> directly in <url> or <sitemap> counts (not image:loc)
	var loc strings.Builder
	count := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("parse sitemap: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if root == "" {
				root = name
				if root != "urlset" && root != "sitemapindex" {
					return nil, fmt.Errorf("parse sitemap: root element <%s> is not urlset or sitemapindex", t.Name.Local)
				}
			}
			if name == "loc" && len(stack) == 2 && (stack[1] == "url" || stack[1] == "sitemap") {
				inLoc = true
				loc.Reset()
			}
			if len(stack) > 64 {
				return nil, errors.New("parse sitemap: elements nested too deep")
			}
			stack = append(stack, name)
		case xml.CharData:
			if inLoc && loc.Len() < 8192 {
				loc.Write(t)
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			if !inLoc || strings.ToLower(t.Name.Local) != "loc" {
				continue
			}
			inLoc = false
			u := normalizeURL(base, strings.TrimSpace(loc.String()))
			if u == nil {
				continue
			}
			if count++; count > maxSitemapURLs {
				return nil, fmt.Errorf("parse sitemap: more than %d URLs", maxSitemapURLs)
			}
			if root == "sitemapindex" {
				sm.Sitemaps = append(sm.Sitemaps, u)
			} else {
				sm.Pages = append(sm.Pages, link{URL: u, Attachment: isAttachment(u, "")})
			}
		}
	}
	if root == "" {
		return nil, errors.New("parse sitemap: no XML elements")
	}
	return sm, nil
}
