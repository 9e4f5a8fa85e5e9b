package sources

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"net/url"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/communique/communique/corpus"
)

// A feed file on disk (an RSS, Atom or JSON Feed snapshot) holds its
// releases in its items: each item whose body the feed carries
// (content:encoded, Atom content, a long description) becomes one
// document, with the item's title and date as hints; an item with only a
// link is reported as skipped (crawl --feed fetches linked pages).

// feedHeadLen is how much of a file decides whether it is a feed.
const feedHeadLen = 1024

// minFeedBody is the fewest characters of text a description must have to
// stand for the item's body when the feed gives no content.
const minFeedBody = 400

// looksLikeFeed reports whether body starts like an RSS, RDF or Atom
// document, or a JSON Feed.
func looksLikeFeed(body []byte) bool {
	head := body[:min(len(body), feedHeadLen)]
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	lower := bytes.ToLower(head)
	if bytes.HasPrefix(lower, []byte("{")) {
		return bytes.Contains(lower, []byte("jsonfeed.org/version"))
	}
	if !bytes.HasPrefix(lower, []byte("<")) {
		return false
	}
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.Contains(lower, []byte(root)) {
			return true
		}
	}
	return false
}

// feedItemBody is the HTML an item carries for its document: its content,
// else a description long enough to be the release; "" when it has none.
func feedItemBody(it *gofeed.Item) string {
	if c := strings.TrimSpace(it.Content); c != "" {
		return c
	}
	d := strings.TrimSpace(it.Description)
	if len([]rune(htmlText(d))) >= minFeedBody {
		return d
	}
	return ""
}

// htmlText is the rough text of an HTML fragment: tags dropped, entities
// decoded. It only measures length.
func htmlText(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '<':
			depth++
		case r == '>' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(html.UnescapeString(b.String()))
}

// feedInputs turns a feed file read from path into one Input per item that
// has a body, in feed order; skipped is told about items without one. A
// file that does not parse as a feed is one Input with Error.
func feedInputs(path string, src corpus.Source, body []byte, skipped func(path, reason string)) []corpus.Input {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		src.SHA256 = sha256Hex(body)
		return []corpus.Input{{Source: src, Error: fmt.Sprintf("feed: %v", err)}}
	}
	var out []corpus.Input
	seen := map[string]bool{}
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		link := feedItemLink(feed, it)
		content := feedItemBody(it)
		if content == "" {
			where := link
			if where == "" {
				where = "no link"
			}
			skipped(fmt.Sprintf("%s (item %d)", path, i+1), "feed item without a body ("+where+"); crawl --feed fetches linked pages")
			continue
		}
		doc := itemDocument(it, content)
		s := corpus.Source{Path: path, URI: link, SHA256: sha256Hex(doc), Size: int64(len(doc))}
		if s.URI == "" || seen[s.URI] {
			s.URI = src.URI + "#item-" + strconv.Itoa(i+1)
		}
		seen[s.URI] = true
		out = append(out, corpus.Input{Source: s, Body: doc, ContentType: "text/html; charset=utf-8", Hints: feedItemHints(it)})
	}
	if len(out) == 0 {
		src.SHA256 = sha256Hex(body)
		return []corpus.Input{{Source: src, Error: fmt.Sprintf("feed: none of its %d items carries a body (crawl --feed fetches linked pages)", len(feed.Items))}}
	}
	return out
}

// feedItemLink is an item's absolute http(s) link (or a GUID that is one),
// resolved against the feed's own link; "" when it has none.
func feedItemLink(feed *gofeed.Feed, it *gofeed.Item) string {
	base, _ := url.Parse(feed.Link)
	cands := make([]string, 0, len(it.Links)+2)
	cands = append(append(append(cands, it.Link), it.Links...), it.GUID)
	for _, cand := range cands {
		if u := normalizeURL(base, cand); u != nil {
			return u.String()
		}
	}
	return ""
}

// itemDocument is the HTML page an item's body becomes: its title as the
// headline above the body.
func itemDocument(it *gofeed.Item, content string) []byte {
	var b bytes.Buffer
	title := html.EscapeString(strings.TrimSpace(it.Title))
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
	b.WriteString(title)
	b.WriteString("</title></head><body><article>\n")
	if title != "" {
		b.WriteString("<h1>" + title + "</h1>\n")
	}
	b.WriteString(content)
	b.WriteString("\n</article></body></html>\n")
	return b.Bytes()
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
