package sources

import (
	"time"

	"github.com/communique/communique/corpus"

	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
)

// maxFeedItems bounds the links taken from one feed.
const maxFeedItems = 10000

// feedLinks parses an RSS, Atom or JSON feed and returns its items' page
// links, resolved against the feed's URL, in feed order, plus PDF
// enclosures as attachments.
//
// An item's content (content:encoded, Atom content) is not used as the
// document: the record's source.uri must name the bytes it was made from,
// and feed bodies are often truncated or differ from the page. When the
// page is unreachable the item becomes that URL's error record and is
// retried next run. Items with no link fall back to a GUID that is an
// http(s) URL; items with neither are counted in skipped.
func feedLinks(base *url.URL, body []byte) (links []link, skipped int, err error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, 0, fmt.Errorf("parse feed: %w", err)
	}
	seen := make(map[string]bool)
	add := func(l link) {
		if key := l.URL.String(); !seen[key] && len(links) < maxFeedItems {
			seen[key] = true
			links = append(links, l)
		}
	}
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		var u *url.URL
		for _, cand := range append([]string{it.Link}, it.Links...) {
			if u = normalizeURL(base, cand); u != nil {
				break
			}
		}
		if u == nil && (strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://")) {
			u = normalizeURL(base, it.GUID)
		}
		if u == nil {
			skipped++
		} else {
			add(link{URL: u, Attachment: isAttachment(u, ""), Hints: feedItemHints(it)})
		}
		for _, enc := range it.Enclosures {
			if enc == nil {
				continue
			}
			if eu := normalizeURL(base, enc.URL); eu != nil && isAttachment(eu, enc.Type) {
				add(link{URL: eu, Attachment: true})
			}
		}
	}
	return links, skipped, nil
}

// feedItemHints is what a feed item says about its page: the title, and the
// publication date under the key HTML pages use for it, so the release-date
// finder can use it when the page itself states none.
func feedItemHints(it *gofeed.Item) corpus.Meta {
	var m corpus.Meta
	m.Title = strings.TrimSpace(it.Title)
	if published := feedItemDate(it); published != "" {
		m.Props = map[string]string{"article:published_time": published}
	}
	return m
}

// feedItemDate is an item's publication date (else its update date) as
// RFC 3339 when the feed parser read it, else the feed's own words for it
// ("Monday, April 3, 2023 - 3:45pm", "03.04.2023"): feeds written by
// content systems often break RFC 822, and the release-date finder parses
// a free-form date string as it parses a page's metadata. "" when the item
// states neither.
func feedItemDate(it *gofeed.Item) string {
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil {
			return t.Format(time.RFC3339)
		}
	}
	for _, s := range []string{it.Published, it.Updated} {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
