package sources

import (
	"github.com/communique/communique/corpus"

	"bytes"
	"net/url"
	"path"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// maxLinksPerPage bounds what one page can add to the frontier, so a
// hostile or broken page cannot flood it.
const maxLinksPerPage = 5000

// link is an outgoing link of a page.
type link struct {
	URL *url.URL
	// Attachment marks links to documents that are not pages (PDFs),
	// fetched one level past max_depth when attachments are on.
	Attachment bool
	// Sitemap marks the entries of a sitemap index.
	Sitemap bool
	// Hints is what a feed says about the linked document (its title and
	// publication date), passed on to the decoder.
	Hints corpus.Meta
}

// extractLinks returns the distinct http(s) links of an HTML page in
// document order, resolved against base (or the page's <base href>) and
// normalized. Links marked rel="nofollow" are skipped; links in site
// chrome are kept, and the scope decides which are followed.
func extractLinks(base *url.URL, body []byte) []link {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil
	}
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b := normalizeURL(base, href); b != nil {
			base = b
		}
	}
	seen := make(map[string]bool)
	var out []link
	doc.Find("a[href], area[href], iframe[src], embed[src], object[data]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if rel, _ := s.Attr("rel"); hasToken(rel, "nofollow") {
			return true
		}
		ref, ok := s.Attr("href")
		if !ok {
			if ref, ok = s.Attr("src"); !ok {
				ref, _ = s.Attr("data")
			}
		}
		u := normalizeURL(base, ref)
		if u == nil || seen[u.String()] {
			return true
		}
		seen[u.String()] = true
		typ, _ := s.Attr("type")
		out = append(out, link{URL: u, Attachment: isAttachment(u, typ)})
		return len(out) < maxLinksPerPage
	})
	return out
}

// isAttachment reports whether a link names a PDF, by its path or its
// type attribute.
func isAttachment(u *url.URL, typ string) bool {
	return strings.EqualFold(path.Ext(u.Path), ".pdf") || strings.EqualFold(strings.TrimSpace(typ), "application/pdf")
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
