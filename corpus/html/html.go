// Package html owns HTML decoding: a page's bytes become a corpus.Doc's
// text, one block per line, and its metadata (<title>, <meta> and JSON-LD,
// <time>, the main heading, the release date by go-htmldate). It finds
// the main content and drops navigation, headers, footers and asides;
// when its own result is suspect (short, or a small part of the page's
// text, without running text under the headline) it asks a fallback
// extractor (go-trafilatura) for the main content instead.
package html

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/communique/communique/corpus"
)

// Config configures a Decoder. The zero value detects the main content.
type Config struct {
	// KeepBoilerplate turns main-content detection off: the whole <body>
	// is rendered, less scripts, styles, form controls and hidden
	// elements. Navigation, page headers and footers and asides are still
	// dropped.
	KeepBoilerplate bool
	// Fallback, when set, is asked for the main text when the detector's
	// result is suspect (short, or a small part of the page's text) and
	// its text replaces the detector's when it finds one. Nil: none.
	Fallback MainTextFallback
}

// Decoder decodes HTML pages. It is safe for concurrent use.
type Decoder struct {
	cfg   Config
	rules *htmlRules
}

// New returns a ready Decoder.
func New(cfg Config) (*Decoder, error) {
	rules, err := newHTMLRules()
	if err != nil {
		return nil, err
	}
	return &Decoder{cfg: cfg, rules: rules}, nil
}

// HTML decoding: bytes are converted to UTF-8 (charset from a byte-order
// mark, the declared Content-Type, <meta charset> or http-equiv, else the
// HTML standard's default of windows-1252 unless the bytes are valid UTF-8),
// parsed with goquery, stripped of scripts, styles, form controls and hidden
// elements, reduced to the main content (html_main.go) and rendered as text
// with one block per line (html_render.go) in Unicode's NFC. Metadata is
// read from the whole page before anything is removed.

// Decode fills doc.Text and doc.Meta from the raw bytes of a page and
// returns the charset it read them as. declared is an HTTP Content-Type
// used as a hint for the charset; doc.Source.URI, when set, resolves the
// page's relative links for the release date.
func (d *Decoder) Decode(raw []byte, declared string, doc *corpus.Doc) (string, error) {
	utf8Body, cs := htmlToUTF8(raw, declared)
	gq, err := goquery.NewDocumentFromReader(bytes.NewReader(utf8Body))
	if err != nil {
		// The parser refuses pages nested deeper than 512 open elements
		// (legacy pages that never close a <font> or <div>): flatten the
		// excess nesting, keeping every text, and parse again.
		gq, err = goquery.NewDocumentFromReader(bytes.NewReader(flattenDeepHTML(utf8Body)))
		if err != nil {
			return "", fmt.Errorf("parse HTML: %w", err)
		}
	}
	root := gq.Get(0)
	doc.Meta = readHTMLMeta(root)
	if doc.Meta.Lang == "" {
		// <meta http-equiv="Content-Language" content="en">
		doc.Meta.Lang = doc.Meta.Props["content-language"]
	}
	doc.Meta.PageDate, doc.Meta.PageDateSource = pageDate(root, doc.Source.URI, doc.Meta.Lang)
	body := htmlFindBody(root)
	if body == nil {
		return cs, nil
	}
	d.rules.removeJunk(body)
	page := d.rules.analyze(body, !d.cfg.KeepBoilerplate, doc.Meta.Title, doc.Meta.Props["og:title"])
	doc.Text = page.render()
	if alt := page.fallbackText(d.cfg.Fallback, root, doc.Text); alt != "" {
		doc.Text = alt
	}
	if strings.TrimSpace(doc.Text) == "" && page.detect {
		// Detection left nothing (the text sits in elements that all
		// look like chrome by their classes): render the page with the
		// class hints off; its tags still mark navigation, headers and
		// footers.
		page = d.rules.analyze(body, false)
		doc.Text = page.render()
	}
	// Unicode's composed form (NFC), as the W3C character model asks of
	// text on the web: the same letter is one sequence of code points
	// whether the page wrote it precomposed, decomposed or with a
	// composition-excluded character.
	doc.Text = norm.NFC.String(doc.Text)
	doc.Meta.Headline = norm.NFC.String(page.headline())
	doc.Meta.Times = page.times()
	if len(page.headingsSeen) >= 2 {
		if doc.Meta.Props == nil {
			doc.Meta.Props = make(map[string]string, 1)
		}
		doc.Meta.Props[corpus.PropHeadingLevels] = strings.Join(page.headingsSeen, "\n")
	}
	if len(page.boldLines) >= 2 {
		if doc.Meta.Props == nil {
			doc.Meta.Props = make(map[string]string, 1)
		}
		doc.Meta.Props[corpus.PropTypeHeadings] = strings.Join(page.boldLines, "\n")
	}
	if len(page.boldLines) >= 2 && len(page.linkedHeadlines) >= 2 {
		doc.Meta.Props[corpus.PropLinkedHeadings] = strings.Join(page.linkedHeadlines, "\n")
	}
	if len(page.records) > 0 {
		if doc.Meta.Props == nil {
			doc.Meta.Props = make(map[string]string, 2)
		}
		var b strings.Builder
		for _, r := range page.records {
			if r.gap != "" {
				b.WriteString(strings.ReplaceAll(r.gap, "\t", " ") + "\t\n")
			}
			b.WriteString(strings.ReplaceAll(r.pre, "\t", " ") + "\t" + strings.ReplaceAll(r.headline, "\t", " ") + "\n")
		}
		if page.recordsAfter != "" {
			b.WriteString(strings.ReplaceAll(page.recordsAfter, "\t", " ") + "\t\n")
		}
		doc.Meta.Props[corpus.PropRecords] = norm.NFC.String(b.String())
		if page.recordsDated {
			doc.Meta.Props[corpus.PropRecordsDated] = "true"
		}
		if page.recordsBoxed {
			doc.Meta.Props[corpus.PropRecordsBoxed] = "true"
		}
	}
	if len(page.itemLinks) > 0 {
		if doc.Meta.Props == nil {
			doc.Meta.Props = make(map[string]string, 1)
		}
		var b strings.Builder
		for _, l := range page.itemLinks {
			b.WriteString(l.href + "\t" + strings.ReplaceAll(l.title, "\t", " ") + "\n")
		}
		doc.Meta.Props[corpus.PropListingLinks] = b.String()
	}
	return cs, nil
}

// htmlToUTF8 converts body to UTF-8 and names its charset.
func htmlToUTF8(body []byte, declared string) ([]byte, string) {
	enc, name, certain := charset.DetermineEncoding(body, declared)
	if !certain {
		// XHTML may declare its encoding only in the XML declaration,
		// which the HTML prescan does not read.
		if label := xmlDeclEncoding(body); label != "" {
			if e, n := charset.Lookup(label); e != nil {
				enc, name = e, n
			}
		} else if !utf8.Valid(body) {
			if e, n := charset.Lookup(lateMetaCharset(body)); e != nil {
				enc, name = e, n
			}
		}
	}
	if cs := corpus.LooksUTF16(body); cs != "" {
		if bom, _ := corpus.TextBOM(body); bom == "" {
			text, _ := corpus.DecodeTextBytes(body)
			return []byte(text), cs
		}
	}
	if bom, n := corpus.TextBOM(body); bom != "" {
		// DetermineEncoding honours the BOM; decode past it ourselves so
		// that UTF-16 and a broken UTF-8 tail are handled like plain text.
		if bom == corpus.CharsetUTF8 {
			return bytes.ToValidUTF8(body[n:], []byte("\ufffd")), bom
		}
		text, _ := corpus.DecodeTextBytes(body)
		return []byte(text), bom
	}
	if name == "utf-8" || enc == nil {
		if utf8.Valid(body) {
			return body, corpus.CharsetUTF8
		}
		// A page declaring UTF-8 whose bytes are not: old sites often
		// mislabel windows-1252; a few broken bytes in real UTF-8 are
		// replaced instead.
		if corpus.MostlyUTF8(body) {
			return bytes.ToValidUTF8(body, []byte("\ufffd")), corpus.CharsetUTF8
		}
		enc, name = charmap.Windows1252, corpus.CharsetCP1252
	}
	if name == corpus.CharsetCP1252 && !certain {
		// No declaration: HTML5 says windows-1252, but pure ASCII is better
		// reported as UTF-8 and valid UTF-8 is UTF-8.
		if utf8.Valid(body) {
			return body, corpus.CharsetUTF8
		}
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return bytes.ToValidUTF8(body, []byte("\ufffd")), corpus.CharsetUTF8
	}
	return out, name
}

// xmlDeclEncoding returns the encoding of an XML declaration at the start
// of body when no <meta> charset follows it, else "".
func xmlDeclEncoding(body []byte) string {
	head := body[:min(len(body), corpus.SniffLen)]
	if !bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("<?xml")) || bytes.Contains(bytes.ToLower(head), []byte("charset")) {
		return ""
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return ""
	}
	decl := string(head[:end])
	i := strings.Index(decl, "encoding=")
	if i < 0 {
		return ""
	}
	v := strings.TrimLeft(decl[i+len("encoding="):], " ")
	if v == "" || (v[0] != '"' && v[0] != '\'') {
		return ""
	}
	v, _, _ = strings.Cut(v[1:], v[:1])
	return strings.TrimSpace(v)
}

// htmlLateMetaBytes bounds how far into a page lateMetaCharset looks for
// a <meta> charset declaration.
const htmlLateMetaBytes = 64 << 10

// lateMetaCharset returns the charset of the first <meta> charset
// declaration (charset="..." or http-equiv content "...; charset=...")
// in the page's first htmlLateMetaBytes, or "". The HTML prescan reads
// only the first 1024 bytes; a page that puts a banner or scripts before
// its <head> declares its charset later, which a browser honours by
// parsing the page again once it meets the declaration.
func lateMetaCharset(body []byte) string {
	z := html.NewTokenizer(bytes.NewReader(body[:min(len(body), htmlLateMetaBytes)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, content string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "content":
					content = string(v)
				}
			}
			if cs == "" {
				if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
					cs = strings.Trim(content[i+len("charset="):], ` "';`)
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
		}
	}
}

// htmlMaxDepth is the nesting depth beyond which flattenDeepHTML drops
// start and end tags; well under the parser's limit of 512.
const htmlMaxDepth = 200

// flattenDeepHTML rewrites body without the tags that nest deeper than
// htmlMaxDepth, keeping all text and the tags above that depth.
func flattenDeepHTML(body []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(body))
	var out bytes.Buffer
	out.Grow(len(body))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			if htmlVoidElements[string(name)] {
				out.Write(z.Raw())
				continue
			}
			depth++
			if depth > htmlMaxDepth {
				if htmlBreakingTags[string(name)] {
					out.WriteString("<br>")
				}
				continue
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if htmlVoidElements[string(name)] {
				out.Write(z.Raw())
				continue
			}
			depth--
			if depth >= htmlMaxDepth {
				if htmlBreakingTags[string(name)] {
					out.WriteString("<br>")
				}
				continue
			}
			depth = max(depth, 0)
		}
		out.Write(z.Raw())
	}
}

// htmlBreakingTags are the block tags whose line break flattening keeps
// as a <br>.
var htmlBreakingTags = map[string]bool{
	"p": true, "div": true, "li": true, "tr": true, "td": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "table": true, "ul": true, "ol": true, "section": true,
	"article": true, "blockquote": true, "dd": true, "dt": true,
}

// htmlVoidElements have no end tag.
var htmlVoidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

func htmlFindBody(root *html.Node) *html.Node {
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Body {
				found = c
				return
			}
			if c.Type == html.ElementNode || c.Type == html.DocumentNode {
				walk(c)
			}
		}
	}
	walk(root)
	return found
}

// readHTMLMeta reads the document-level metadata of the page.
func readHTMLMeta(root *html.Node) corpus.Meta {
	var m corpus.Meta
	var title, htmlEl, base *html.Node
	canonical := false
	// One walk of the tree in document order finds what the selectors
	// "title", "html", "meta", "base[href]", "link[rel][href]" and
	// `script[type="application/ld+json"]` would, each first or each in
	// order: every selector walked the whole page again.
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.Data {
			case "title":
				if title == nil {
					title = c
				}
			case "html":
				if htmlEl == nil {
					htmlEl = c
				}
			case "meta":
				readMetaProp(c, &m)
			case "base":
				if _, ok := htmlAttrOK(c, "href"); ok && base == nil {
					base = c
				}
			case "link":
				if !canonical {
					canonical = readCanonical(c, &m)
				}
			case "script":
				if typ, ok := htmlAttrOK(c, "type"); ok && typ == "application/ld+json" {
					if body := strings.TrimSpace(htmlNodeText(c)); body != "" {
						m.JSONLD = append(m.JSONLD, body)
					}
				}
			}
			walk(c)
		}
	}
	walk(root)
	if title != nil {
		m.Title = collapseHTMLSpace(htmlNodeText(title))
	}
	if htmlEl != nil {
		m.Lang = strings.TrimSpace(htmlAttr(htmlEl, "lang"))
		if m.Lang == "" {
			m.Lang = strings.TrimSpace(htmlAttr(htmlEl, "xml:lang"))
		}
	}
	if base != nil {
		setMetaProp(&m, corpus.PropBaseHref, htmlAttr(base, "href"))
	}
	return m
}

// readMetaProp keeps a <meta> element's content in m.Props under its
// name, property, itemprop or http-equiv (the first of them it has),
// lowercased; the first content of a key stands.
func readMetaProp(n *html.Node, m *corpus.Meta) {
	content, ok := htmlAttrOK(n, "content")
	if !ok {
		return
	}
	content = strings.TrimSpace(content)
	for _, name := range []string{"name", "property", "itemprop", "http-equiv"} {
		key, ok := htmlAttrOK(n, name)
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		if key == "" {
			continue
		}
		if m.Props == nil {
			m.Props = make(map[string]string)
		}
		if _, seen := m.Props[key]; !seen {
			m.Props[key] = content
		}
		break
	}
}

// readCanonical keeps the address of a <link rel="canonical" href> in
// m.Props (corpus.PropCanonical, as written) and reports whether n was
// one; links without both attributes are not.
func readCanonical(n *html.Node, m *corpus.Meta) bool {
	rel, ok := htmlAttrOK(n, "rel")
	if !ok {
		return false
	}
	href, ok := htmlAttrOK(n, "href")
	if !ok {
		return false
	}
	for _, r := range strings.Fields(strings.ToLower(rel)) {
		if r == "canonical" {
			setMetaProp(m, corpus.PropCanonical, href)
			return true
		}
	}
	return false
}

// setMetaProp sets m.Props[key] to v trimmed, unless that is empty.
func setMetaProp(m *corpus.Meta, key, v string) {
	if v = strings.TrimSpace(v); v == "" {
		return
	}
	if m.Props == nil {
		m.Props = make(map[string]string, 2)
	}
	m.Props[key] = v
}

// htmlAttrOK returns the value of n's first attribute named key and
// whether it has one.
func htmlAttrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// htmlNodeText returns the text of the text nodes below n, in order (what
// goquery's Text gives).
func htmlNodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			} else if c.FirstChild != nil {
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// collapseHTMLSpace trims s and collapses runs of white space (including
// non-breaking spaces) into one space.
func collapseHTMLSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isHTMLSpace(r) {
			space = b.Len() > 0
			continue
		}
		if isInvisibleRune(r) {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isHTMLSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\u00a0', '\u2002', '\u2003', '\u2009', '\u202f', '\u3000':
		return true
	}
	return false
}

// isInvisibleRune reports runes that render as nothing: zero-width spaces and
// joiners, soft hyphens, byte-order marks.
func isInvisibleRune(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff':
		return true
	}
	return false
}
