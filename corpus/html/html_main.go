package html

import (
	"math"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Main-content detection for HTML pages: a readability-style scorer over
// the parsed tree. Site chrome (navigation, headers and footers of the
// page, asides, breadcrumbs, share widgets, cookie banners, language
// selectors, related-link sidebars, print links) is recognized from tags,
// ARIA roles and class/id hints and takes no part in scoring. Paragraph-like
// blocks score by length and commas and give their score to their parent
// and, halved, their grandparents; a container's score is cut by its link
// density and, below a full article's worth of text, by its text mass.
// Class hints are weak evidence: an element that is chrome by a class
// token but holds most of the page's text or running text of its own is
// kept (htmlKeepRules). The best container is widened while its parent
// adds little non-link text (a date line, a byline) or only siblings of
// its own kind that continue it (sections, slides), and the page's main
// <h1> with the short blocks between it and the container (the "head
// region": kicker, date, speaker) is kept in front of it. Picture
// captions, related posts, author boxes and the short link blocks after
// the last paragraph (tags, previous/next post) are dropped.

// htmlRules holds the read-only tables of the detector. Built once per
// Decoder and shared by all workers.
type htmlRules struct {
	// junkTags are removed before anything else: never visible text.
	junkTags map[atom.Atom]bool
	// blockTags break lines when rendered.
	blockTags map[atom.Atom]bool
	// chromeTokens are class/id tokens (split at '-', '_' and spaces)
	// marking site chrome.
	chromeTokens map[string]bool
	// chromeSubstrings mark chrome when contained in a class/id token
	// ("sharebar", "breadcrumbs", "cookieconsent").
	chromeSubstrings []string
	// positiveTokens are class/id tokens of article content.
	positiveTokens map[string]bool
	// hiddenClasses are whole class names that hide an element.
	hiddenClasses map[string]bool
	// chromeRoles are ARIA roles of site chrome.
	chromeRoles map[string]bool
	// proseChromeSubstrings mark, inside a class or id, chrome whose
	// blocks are running text (see proseChrome).
	proseChromeSubstrings []string
	// creditLabels open a picture's credit line (data/credit_labels.txt).
	creditLabels map[string]bool
	// counters are the page counters and comment prompts
	// (data/counter_labels.txt).
	counters counterLabels
	// calls are the cues of a closing call to action
	// (data/call_cues.txt).
	calls callCues
	// disclosures are the cues of an advertising or affiliate notice
	// (data/disclosure_cues.txt).
	disclosures cueList
}

func newHTMLRules() (*htmlRules, error) {
	set := func(words ...string) map[string]bool {
		m := make(map[string]bool, len(words))
		for _, w := range words {
			m[w] = true
		}
		return m
	}
	atoms := func(as ...atom.Atom) map[atom.Atom]bool {
		m := make(map[atom.Atom]bool, len(as))
		for _, a := range as {
			m[a] = true
		}
		return m
	}
	return &htmlRules{
		junkTags: atoms(atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg,
			atom.Math, atom.Iframe, atom.Frame, atom.Frameset, atom.Object, atom.Embed, atom.Canvas,
			atom.Audio, atom.Video, atom.Map, atom.Select, atom.Option, atom.Button, atom.Input,
			atom.Textarea, atom.Datalist, atom.Link, atom.Meta, atom.Head, atom.Title, atom.Dialog),
		blockTags: atoms(atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
			atom.Center, atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset,
			atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3,
			atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Li, atom.Main,
			atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary,
			atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Caption, atom.Legend,
			atom.Ul, atom.Html, atom.Listing, atom.Plaintext, atom.Xmp),
		chromeTokens: set("nav", "navbar", "navigation", "menu", "menubar", "topnav", "subnav",
			"sidenav", "breadcrumb", "breadcrumbs", "crumbs", "share", "sharing", "social",
			"cookie", "cookies", "consent", "gdpr", "skip", "skiplink", "skiplinks", "sidebar",
			"related", "recommended", "popular", "trending", "subscribe", "subscription", "signup",
			"language", "languages", "lang", "langs", "translate", "translation", "pagetop",
			"pagination", "pager", "backtotop", "totop", "toolbar", "comments", "comment",
			"footer", "ad", "ads", "advert", "advertisement", "promo", "sponsor", "sponsored",
			"modal", "popup", "login", "search", "searchbox", "feedback", "rating", "tags",
			"tagcloud", "rss", "follow", "utility", "utilities", "banner", "header", "masthead",
			"widget", "widgets", "addthis", "sharethis", "shareaholic", "jump", "toc", "top"),
		chromeSubstrings: []string{"breadcrumb", "sharebar", "sharing", "socialmedia",
			"social-", "cookie", "sidebar", "navbar", "navigation", "subscribe", "newsletter-signup",
			"pagination", "toolbar", "backtotop", "back-to-top", "advert", "sponsor", "popup",
			"language-", "languageselect", "langselect", "lang-switch", "skip-to", "skipto",
			"footer", "relatedlinks", "related-", "printlink", "print-link", "print-this",
			"print-page", "printer-friendly", "printfriendly", "addthis", "sharethis", "page-top",
			// related posts, author boxes, ratings
			"related", "yarpp", "authorbox", "author-box", "author-bio", "authorbio", "about-author",
			"author-description", "author-info", "authorinfo", "rating"},
		positiveTokens: set("content", "article", "body", "post", "entry", "main", "press",
			"release", "text", "story", "statement", "prose", "richtext", "wysiwyg",
			"detail", "blog", "hentry", "articlebody"),
		hiddenClasses: set("hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden",
			"screen-reader-text", "screenreader-only", "element-invisible", "element-hidden",
			"offscreen", "d-none", "is-hidden", "u-hidden", "invisible", "usa-sr-only",
			"govuk-visually-hidden", "show-for-sr", "a11y-hidden", "hidden-print-no"),
		chromeRoles: set("navigation", "banner", "contentinfo", "complementary", "search",
			"menu", "menubar", "toolbar", "dialog", "alertdialog", "tablist"),
		proseChromeSubstrings: []string{"comment", "respond", "reply", "replies", "discussion",
			"disqus", "cookie", "consent", "gdpr", "privacy"},
		creditLabels: readCreditLabels(),
		counters:     readCounterLabels(),
		calls:        readCallCues(),
		disclosures:  readCues(disclosureCuesText),
	}, nil
}

// removeJunk deletes elements that never render as text: scripts, styles,
// embedded objects, form controls, comments and hidden elements. An
// <svg> is emptied, not deleted: its drawing is never text, but where it
// sits marks an icon (see isIconLabel).
func (r *htmlRules) removeJunk(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.CommentNode:
			n.RemoveChild(c)
		case html.ElementNode:
			if c.DataAtom == atom.Svg && !r.isHidden(c) {
				for g := c.FirstChild; g != nil; g = c.FirstChild {
					c.RemoveChild(g)
				}
			} else if r.junkTags[c.DataAtom] || r.isHidden(c) {
				n.RemoveChild(c)
			} else {
				r.removeJunk(c)
			}
		}
		c = next
	}
}

func (r *htmlRules) isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			// Most styles hide nothing: look for the two properties
			// before removing spaces (ToLower copies only upper case).
			s := strings.ToLower(a.Val)
			if !strings.Contains(s, "display") && !strings.Contains(s, "visibility") {
				continue
			}
			s = strings.ReplaceAll(s, " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		case "class":
			for cl := range strings.FieldsSeq(a.Val) {
				if r.hiddenClasses[cl] || r.hiddenClasses[strings.ToLower(cl)] {
					return true
				}
			}
		case "type":
			if n.DataAtom == atom.Input && strings.EqualFold(a.Val, "hidden") {
				return true
			}
		}
	}
	return false
}

// nodeInfo is what the detector knows of one element.
type nodeInfo struct {
	node *html.Node
	// pre and last are the element's pre-order index and the index of its
	// last descendant, for document-order tests.
	pre, last int
	// text and linkText count the non-space runes of visible text outside
	// chrome below the element, and the part of it inside links.
	text, linkText int
	// commas counts commas in that text; links counts <a href> elements.
	commas, links int
	// headings counts <h2>..<h6> elements below the element, items <li>.
	headings, items int
	score           float64
	// raw and rawLink count all visible text below the element, chrome
	// included, and its part inside links.
	raw, rawLink int
	// chrome marks elements recognized as site chrome.
	chrome bool
	// scored marks elements that received paragraph scores.
	scored bool
}

func (ni *nodeInfo) linkDensity() float64 {
	if ni.text == 0 {
		return 0
	}
	return float64(ni.linkText) / float64(ni.text)
}

// htmlPage is one parsed page under analysis.
type htmlPage struct {
	rules *htmlRules
	body  *html.Node
	info  map[*html.Node]*nodeInfo
	order []*nodeInfo
	// main is the chosen container, h1 the main heading (nil if none).
	main, h1 *html.Node
	// detect is false when boilerplate is kept.
	detect bool
	// timesSeen collects <time> values while rendering.
	timesSeen []string
	// headingsSeen collects the rendered headings' levels and texts
	// ("2\tHeadline"), in order.
	headingsSeen []string
	// boldLines are the texts of the rendered lines set whole in bold
	// (corpus.PropTypeHeadings), in order.
	boldLines []string
	// linkedHeadlines are those of boldLines set whole as a link
	// (corpus.PropLinkedHeadings).
	linkedHeadlines []string
	// tailStart is the pre-order index after which short link blocks
	// are the page's tail (see isTailLinks); -1 until computed.
	tailStart int
	// hintCache holds the class-name hints already counted (classHints).
	hintCache map[string]classHintCounts
	// headEnd is the pre-order index of the main container's first
	// paragraph of running text (see isHeadLink); -1 until computed.
	headEnd int
	// tailHeadings are the byte ranges of the rendered tail headings not
	// yet followed by text (see closeTailHeadings).
	tailHeadings [][2]int
	// notChrome holds elements that looked like chrome but hold most of
	// the page's text (see keepMajority).
	notChrome map[*html.Node]bool
	// records are the page's repeated records (see findRecords), in
	// order; recordsAfter starts the main content's text after them;
	// recordsDated reports that each carries its own date line,
	// recordsBoxed that each is a table row or cell of its own.
	records      []domRecord
	recordsAfter string
	recordsDated bool
	recordsBoxed bool
	// recCache holds the record detector's findings per element.
	recCache recordCache
	// recordHeads are the records' headline elements and their
	// ancestors inside each record: the renderer keeps them even when
	// they look like link furniture or a trailing heading.
	recordHeads map[*html.Node]bool
	// itemLinks are the items of a listing page (see listingOf): each
	// item's heading text and link, in order; nil for other pages.
	itemLinks []itemLink
	// pictureEchoes holds the alt and title texts of the page's pictures
	// (see isPictureEcho), read on first use.
	pictureEchoes map[string]bool
	// pictureEchoSizes holds the non-space rune counts of pictureEchoes.
	pictureEchoSizes map[int]bool
	// titleHead is the heading that agrees with the page's own titles
	// (see titleHeading), nil if none.
	titleHead *html.Node
	// icons tells whether the page holds an <svg> (see isIconLabel).
	icons bool
}

// itemLink is one listing item's title and the link to its own page.
type itemLink struct{ title, href string }

// analyze measures the page and picks its main content. titles are the
// page's own titles (<title>, og:title), by which its headline is known.
func (r *htmlRules) analyze(body *html.Node, detect bool, titles ...string) *htmlPage {
	p := &htmlPage{rules: r, body: body, info: make(map[*html.Node]*nodeInfo, 512), detect: detect, tailStart: -1, headEnd: -1}
	p.measure(body, false, false)
	if detect {
		p.titleHead = p.titleHeading(titles)
	}
	for range htmlMaxRemeasure {
		if !p.keepChrome() {
			break
		}
		clear(p.info)
		p.order = p.order[:0]
		p.measure(body, false, false)
	}
	p.dropSmallForms()
	p.main = body
	if detect {
		p.score()
		p.main = p.pickMain()
		p.records, p.recordsAfter, p.recordsDated, p.recordsBoxed = p.findRecords()
		if recs, box := p.contentsRecords(); recs != nil {
			// A contents box names the page's articles: one under each
			// heading it leads to, each a section of its own (the
			// records of a run found above, when the box lists them);
			// the box is the page's navigation.
			if len(p.records) == 0 {
				p.records = recs
			}
			p.recordsBoxed = p.recordsBoxed || sameHeadlines(p.records, recs)
			p.info[box].chrome = true
		}
		p.itemLinks = listingIn(p.main, htmlListingDepth)
	}
	p.h1 = p.pickHeadline()
	return p
}

// measure fills nodeInfo for n's subtree; inChrome and inArticle tell
// whether an ancestor is chrome or an <article>.
func (p *htmlPage) measure(n *html.Node, inChrome, inArticle bool) *nodeInfo {
	ni := &nodeInfo{node: n, pre: len(p.order)}
	p.info[n] = ni
	p.order = append(p.order, ni)
	ni.chrome = !inChrome && !p.notChrome[n] && p.isChrome(n, inArticle)
	childChrome := inChrome || ni.chrome
	childArticle := inArticle || n.DataAtom == atom.Article || n.DataAtom == atom.Main
	p.icons = p.icons || n.DataAtom == atom.Svg
	isLink := n.DataAtom == atom.A
	if isLink && htmlHasAttr(n, "href") {
		ni.links = 1
	}
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		ni.headings = 1
	case atom.Li:
		ni.items = 1
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			t, commas := htmlCountText(c.Data)
			ni.raw += t
			if isLink {
				ni.rawLink += t
			}
			if childChrome {
				continue
			}
			ni.text += t
			ni.commas += commas
			if isLink {
				ni.linkText += t
			}
		case html.ElementNode:
			ci := p.measure(c, childChrome, childArticle)
			ni.raw += ci.raw
			if isLink {
				ni.rawLink += ci.raw
			} else {
				ni.rawLink += ci.rawLink
			}
			if ci.chrome || childChrome {
				continue
			}
			ni.text += ci.text
			ni.commas += ci.commas
			ni.links += ci.links
			ni.headings += ci.headings
			ni.items += ci.items
			if isLink {
				ni.linkText += ci.text
			} else {
				ni.linkText += ci.linkText
			}
		}
	}
	ni.last = len(p.order) - 1
	return ni
}

// htmlMaxRemeasure bounds how often a page is measured again after
// keepChrome un-marks chrome (each pass can reveal chrome nested inside
// the element it kept). Page builders nest many wrappers named after
// their widgets ("widget-wrap" > "widget" > "widget-container"), each one
// level of chrome by its class to un-mark in turn.
const htmlMaxRemeasure = 10

// htmlMajorityShare and htmlMajorityMaxLinks define an element that holds
// most of the page's text: more than this share of all visible text, with
// at most this share of it inside links (a footer's site map is mostly
// links; an article is not).
const (
	htmlMajorityShare    = 0.5
	htmlMajorityMaxLinks = 0.5
)

// keepMajority keeps a chrome element that
// holds most of the page's visible text outside links: a class token
// ("ad" in "page-ad-margins", "nav" in "outer--nav") or an ARIA role is
// weak evidence next to the text itself, and dropping such an element
// would drop the article. The chrome tags (<nav>, <aside>, a page's
// <header> and <footer>) are the author's own word and stay chrome. It reports whether it un-marked any, so that the
// page is measured again.
func (p *htmlPage) keepMajority(ni *nodeInfo) bool {
	total := p.info[p.body].raw
	return total > 0 && !htmlChromeTag(ni.node) && float64(ni.raw) > htmlMajorityShare*float64(total) &&
		float64(ni.rawLink) <= htmlMajorityMaxLinks*float64(ni.raw)
}

// htmlDenseRunes, htmlDenseMaxLinks and htmlDenseParagraphs define an
// element that reads as running text: this much visible text outside
// links, at most this share of it inside links, in at least this many
// paragraphs of htmlDenseParagraphRunes or more.
const (
	htmlDenseRunes          = 600
	htmlDenseMaxLinks       = 0.25
	htmlDenseParagraphs     = 2
	htmlDenseParagraphRunes = 80
)

// keepTextDense keeps an element that is chrome
// only by a class or id token ("has-ads", "sharing-container",
// "section--ads") and holds running text: paragraphs with few links. A
// share bar, an advertisement slot or a banner is short or mostly links;
// a wrapper named after what sits beside the article is not. Chrome by
// tag or ARIA role, and the families whose blocks are running text of
// their own (comments, cookie notices), stay chrome.
func (p *htmlPage) keepTextDense(ni *nodeInfo) bool {
	return !htmlChromeTag(ni.node) && !htmlHasAttr(ni.node, "role") && htmlTextDense(ni) &&
		!p.rules.proseChrome(ni.node) && htmlDenseParagraphCount(ni.node) >= htmlDenseParagraphs
}

// htmlKeepRules are the rules by which an element marked as chrome is kept
// as content after all, walked in order by keepChrome.
var htmlKeepRules = []struct {
	name string
	keep func(p *htmlPage, ni *nodeInfo) bool
}{
	{"majority", (*htmlPage).keepMajority},
	{"text-dense", (*htmlPage).keepTextDense},
	{"wrapping-tag", (*htmlPage).keepWrappingTag},
	{"titled-article", (*htmlPage).keepTitledArticle},
}

// keepTitledArticle keeps an element that is chrome only by a class or id
// token ("col-top", "hero-widget") and holds both the page's title heading
// (see titleHeading) and a paragraph of running text: the article under
// its own headline, whatever its wrapper is named.
func (p *htmlPage) keepTitledArticle(ni *nodeInfo) bool {
	if p.titleHead == nil || htmlChromeTag(ni.node) || htmlHasAttr(ni.node, "role") || p.rules.proseChrome(ni.node) {
		return false
	}
	ti := p.info[p.titleHead]
	return ti != nil && ti.pre >= ni.pre && ti.pre <= ni.last && htmlDenseParagraphCount(ni.node) >= 1
}

// htmlWrapShare is the share of a page's visible text above which a
// <header> or <footer> wraps the page rather than sits in it, and
// htmlWrapMinRunes the text outside links it must hold: a page of a menu
// alone is chrome, not an article.
const (
	htmlWrapShare    = 0.8
	htmlWrapMinRunes = 200
)

// keepWrappingTag keeps a <header> or <footer> that holds nearly all the
// page's visible text, at least htmlWrapMinRunes of it and at most
// htmlMajorityMaxLinks of it in links: a header or footer left unclosed
// swallows the page, and dropping it leaves nothing.
func (p *htmlPage) keepWrappingTag(ni *nodeInfo) bool {
	total := p.info[p.body].raw
	tag := ni.node.DataAtom
	return total > 0 && (tag == atom.Header || tag == atom.Footer) && float64(ni.raw) > htmlWrapShare*float64(total) &&
		ni.raw-ni.rawLink >= htmlWrapMinRunes && float64(ni.rawLink) <= htmlMajorityMaxLinks*float64(ni.raw)
}

// keepChrome un-marks as chrome every outermost chrome element that one of
// htmlKeepRules keeps, and reports whether it un-marked any, so that the
// page is measured again.
func (p *htmlPage) keepChrome() bool {
	changed := false
	for _, ni := range p.order {
		if !ni.chrome || p.notChrome[ni.node] {
			continue
		}
		for _, r := range htmlKeepRules {
			if !r.keep(p, ni) {
				continue
			}
			if p.notChrome == nil {
				p.notChrome = make(map[*html.Node]bool)
			}
			p.notChrome[ni.node] = true
			changed = true
			break
		}
	}
	return changed
}

// htmlTextDense reports whether ni holds enough text outside links with
// few links.
func htmlTextDense(ni *nodeInfo) bool {
	return ni.raw-ni.rawLink >= htmlDenseRunes && float64(ni.rawLink) <= htmlDenseMaxLinks*float64(ni.raw)
}

// htmlDenseParagraphCount counts the <p> elements below n with at least
// htmlDenseParagraphRunes of text, stopping at htmlDenseParagraphs.
func htmlDenseParagraphCount(n *html.Node) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < htmlDenseParagraphs; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.P {
				if t, _ := htmlCountText(htmlTextOf(c)); t >= htmlDenseParagraphRunes {
					count++
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return count
}

// proseChrome reports whether n's class or id names a family of chrome
// whose blocks are running text themselves: comments and replies, cookie
// and consent notices.
func (r *htmlRules) proseChrome(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, sub := range r.proseChromeSubstrings {
			if strings.Contains(v, sub) {
				return true
			}
		}
	}
	return false
}

// htmlChromeTag reports whether n is chrome by its tag.
func htmlChromeTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Header, atom.Footer:
		return true
	}
	return false
}

// dropSmallForms marks <form> elements as chrome (search boxes, sign-up
// and feedback forms) unless one holds most of the page's text, as the
// single form that wraps every ASP.NET page does.
func (p *htmlPage) dropSmallForms() {
	total := p.info[p.body].text
	for _, ni := range p.order {
		if ni.node.DataAtom != atom.Form || ni.chrome || !p.inContent(ni) || ni.text*2 > total {
			continue
		}
		ni.chrome = true
		for a := ni.node.Parent; a != nil; a = a.Parent {
			ai := p.info[a]
			if ai == nil {
				break
			}
			ai.text -= ni.text
			ai.linkText -= ni.linkText
			ai.commas -= ni.commas
			ai.links -= ni.links
			ai.headings -= ni.headings
		}
	}
}

// htmlCountText counts the non-space runes and the commas of s.
func htmlCountText(s string) (n, commas int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ', '\t', '\n', '\r', '\f':
			case ',':
				n++
				commas++
			default:
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isHTMLSpace(r) || isInvisibleRune(r) {
			continue
		}
		n++
		if r == '，' || r == '、' {
			commas++
		}
	}
	return n, commas
}

// isChrome reports whether element n is site chrome.
func (p *htmlPage) isChrome(n *html.Node, inArticle bool) bool {
	r := p.rules
	switch n.DataAtom {
	case atom.Nav, atom.Aside:
		return true
	case atom.Header, atom.Footer:
		// The page's header and footer are chrome; an article's own
		// header holds its title and date, its footer tags and shares.
		if !inArticle || n.DataAtom == atom.Footer {
			return true
		}
	}
	if !p.detect {
		return false
	}
	if n.DataAtom == atom.Figcaption {
		// A picture's caption and credit, not the article's text.
		return true
	}
	var classID []string
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			if r.chromeRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "aria-label":
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "breadcrumb") || strings.Contains(v, "share") || strings.Contains(v, "language") {
				return true
			}
		case "itemprop":
			if strings.EqualFold(a.Val, "articleBody") {
				return false
			}
		case "class", "id":
			classID = append(classID, strings.ToLower(a.Val))
		}
	}
	switch n.DataAtom {
	case atom.Body, atom.Main, atom.Article, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		// Chrome is a container; a heading's class ("page-header__title")
		// describes where it sits, not what it is.
		return false
	}
	if len(classID) == 0 {
		return false
	}
	if n.DataAtom == atom.Ol || n.DataAtom == atom.Ul {
		// A page's change log ("12 March 2024 — Added translation") is
		// a list, not the release's numbered items.
		for _, v := range classID {
			for _, tok := range strings.FieldsFunc(v, htmlClassSep) {
				if changeLogTokens[tok] {
					return true
				}
			}
		}
	}
	if htmlPictureCaption(classID, n) {
		return true
	}
	// A class name that holds a chrome substring ("post-ratings",
	// "entry-relatedposts") is chrome whatever else it holds: its
	// positive token names what the chrome belongs to.
	neg, pos := 0, 0
	for _, v := range classID {
		for _, name := range strings.Fields(v) {
			h := p.classHints(name)
			neg += h.tokens + h.subs
			if h.subs == 0 {
				pos += h.pos
			}
		}
	}
	return neg > 0 && neg > pos
}

// classHintCounts are the hints of one class name (see classNameHints).
type classHintCounts struct{ tokens, subs, pos int }

// classHints returns classNameHints of name, remembered for the page:
// a page repeats its class names on many elements and measures them again
// after keepChrome.
func (p *htmlPage) classHints(name string) classHintCounts {
	if h, ok := p.hintCache[name]; ok {
		return h
	}
	var h classHintCounts
	h.tokens, h.subs, h.pos = p.rules.classNameHints(name)
	if p.hintCache == nil {
		p.hintCache = make(map[string]classHintCounts, 64)
	}
	p.hintCache[name] = h
	return h
}

// classNameHints counts the hints in one class name (or id), split at
// '-', '_', ':' and '.' into tokens: whole tokens in chromeTokens, chrome
// substrings inside a token or (hyphenated) across tokens, and whole
// tokens in positiveTokens.
func (r *htmlRules) classNameHints(name string) (tokens, subs, pos int) {
	for _, tok := range strings.FieldsFunc(name, htmlClassSep) {
		if r.chromeTokens[tok] {
			tokens++
		} else if r.positiveTokens[tok] {
			pos++
		} else {
			for _, sub := range r.chromeSubstrings {
				if strings.Contains(tok, sub) {
					subs++
					break
				}
			}
		}
	}
	for _, sub := range r.chromeSubstrings {
		if strings.ContainsRune(sub, '-') && strings.Contains(name, sub) {
			subs++
			break
		}
	}
	return tokens, subs, pos
}

// htmlCaptionSubstrings mark, inside a class or id, a caption or a
// credit line.
var htmlCaptionSubstrings = []string{"caption", "credit", "copyright"}

// htmlPictureCaption reports whether n is a picture's caption or credit: a
// class or id naming a caption or credit, with a picture in n or next to
// it (in its parent or grandparent). A caption class without a picture
// ("page-caption" over a headline) is a kicker, not a caption.
func htmlPictureCaption(classID []string, n *html.Node) bool {
	named := false
	for _, v := range classID {
		for _, sub := range htmlCaptionSubstrings {
			if strings.Contains(v, sub) {
				named = true
			}
		}
	}
	if !named {
		return false
	}
	a := n
	for range 3 {
		if a == nil || a.DataAtom == atom.Body {
			return false
		}
		if htmlHasPicture(a, htmlPictureSearchNodes) {
			return true
		}
		a = a.Parent
	}
	return false
}

// htmlPictureSearchNodes bounds the elements htmlHasPicture visits.
const htmlPictureSearchNodes = 200

// htmlHasPicture reports whether an <img>, <picture> or <figure> is among
// the first budget elements below n.
func htmlHasPicture(n *html.Node, budget int) bool {
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			budget--
			if budget < 0 {
				return false
			}
			switch c.DataAtom {
			case atom.Img, atom.Picture, atom.Figure:
				return true
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// changeLogTokens are the class/id tokens of a page's change-history list.
var changeLogTokens = map[string]bool{"history": true, "changelog": true, "changes": true, "revisions": true, "changenotes": true}

func htmlClassSep(r rune) bool {
	return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' || r == ':' || r == '.'
}

// htmlParagraphTags are the elements whose text is scored as paragraphs.
var htmlParagraphTags = map[atom.Atom]bool{
	atom.P: true, atom.Pre: true, atom.Td: true, atom.Blockquote: true, atom.Li: true,
	atom.Dd: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.Address: true,
}

// htmlMinParagraphRunes is the shortest paragraph that scores, as in
// readability: shorter blocks are captions, labels and menu items.
const htmlMinParagraphRunes = 25

// score gives every paragraph-like block its score and propagates it to
// its ancestors.
func (p *htmlPage) score() {
	for _, ni := range p.order {
		n := ni.node
		if ni.text < htmlMinParagraphRunes || !p.inContent(ni) {
			continue
		}
		if !htmlParagraphTags[n.DataAtom] && !(n.DataAtom == atom.Div && htmlHasDirectText(n)) {
			continue
		}
		if n.DataAtom == atom.Li && ni.linkDensity() > 0.5 {
			continue
		}
		s := 1 + float64(ni.commas) + min(float64(ni.text)/100, 3)
		level := 0
		for a := n.Parent; a != nil && level < 3; a = a.Parent {
			ai := p.info[a]
			if ai == nil {
				break
			}
			if !ai.scored {
				ai.scored = true
				ai.score = p.initialScore(a)
			}
			div := 1.0
			switch level {
			case 1:
				div = 2
			case 2:
				div = 6
			}
			ai.score += s / div
			level++
			if a == p.body {
				break
			}
		}
	}
}

// inContent reports whether ni is outside chrome (it and its ancestors).
func (p *htmlPage) inContent(ni *nodeInfo) bool {
	for a := ni.node; a != nil; a = a.Parent {
		ai := p.info[a]
		if ai == nil {
			return true
		}
		if ai.chrome {
			return false
		}
	}
	return true
}

func htmlHasDirectText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}

// initialScore is a container's score before paragraphs add to it: by tag
// (readability's values) and by class/id hints and semantic markers.
func (p *htmlPage) initialScore(n *html.Node) float64 {
	s := 0.0
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		s += 15
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if strings.EqualFold(a.Val, "articleBody") {
				s += 40
			}
		case "role":
			if strings.EqualFold(a.Val, "main") || strings.EqualFold(a.Val, "article") {
				s += 15
			}
		case "class", "id":
			for _, tok := range strings.FieldsFunc(strings.ToLower(a.Val), htmlClassSep) {
				if p.rules.positiveTokens[tok] {
					s += 25
					break
				}
			}
		}
	}
	return s
}

// pickMain returns the main content container.
func (p *htmlPage) pickMain() *html.Node {
	anchor := p.headlineAnchor()
	mass := min(htmlMassRunes, p.info[p.body].text/2)
	var best *nodeInfo
	bestScore := 0.0
	for _, ni := range p.order {
		if !ni.scored || ni.node == p.body {
			continue
		}
		s := ni.score * (1 - ni.linkDensity()) * htmlMassFactor(ni.text, mass)
		if ni == anchor {
			s *= htmlHeadlineBonus
		}
		if best == nil || s > bestScore {
			best, bestScore = ni, s
		}
	}
	if best == nil {
		return p.body
	}
	best = p.preferHeadlined(best, bestScore, mass)
	// Widen while the parent adds only a little non-link text: the date
	// line, byline and kicker that sit beside the body's container, or
	// paragraphs split over sibling containers.
	cur := best
	for {
		if htmlIsSemanticMain(cur.node) {
			if lead := p.titleBlockOver(cur); lead != nil {
				cur = lead
			}
			break
		}
		parent := cur.node.Parent
		if parent == nil {
			break
		}
		pi := p.info[parent]
		if pi == nil || pi.chrome {
			break
		}
		if parent == p.body {
			// The body is taken only for an article split over its
			// children (sections straight under <body>).
			if p.siblingsContinue(pi, cur, bestScore) {
				cur = pi
			}
			break
		}
		extra := pi.text - cur.text
		extraLinks := pi.linkText - cur.linkText
		extraLD := 0.0
		if extra > 0 {
			extraLD = float64(extraLinks) / float64(extra)
		}
		// Sidebars and link columns bring their own headings and links;
		// a title block brings neither. The article's own paragraphs
		// split over sibling containers (one per section or slide) are
		// taken in whole.
		if (extra > cur.text/4 || extraLD > 0.5 || p.sideHeadings(pi, cur) > 0) && !p.siblingsContinue(pi, cur, bestScore) {
			break
		}
		cur = pi
	}
	if list := p.listingOf(cur.node); list != nil {
		return list
	}
	return cur.node
}

// htmlLeadHeadings is how many headings a parent may hold before the main
// container and still be its title block: the article's headline and a
// subtitle or kicker.
const htmlLeadHeadings = 2

// sideHeadings returns the headings parent adds to cur that are not a
// title block's. A title block (headline, date line, lead paragraph) sits
// before the body it introduces, with at most htmlLeadHeadings headings
// and few links (htmlSiblingMaxLinks); a sidebar or a list of related
// stories brings headings of its own after the body, or many, or links.
// When all the parent adds is such a title block (chrome, whose text the
// parent does not count, left aside), none of its headings count;
// otherwise all do, and all do when cur is mostly links (a listing, not a
// body of running text).
func (p *htmlPage) sideHeadings(parent, cur *nodeInfo) int {
	added := parent.headings - cur.headings
	if added == 0 || !p.titleBlockBefore(parent, cur) {
		return added
	}
	return 0
}

// titleBlockBefore reports whether all that parent adds to cur is a title
// block before it (see sideHeadings) and cur is not mostly links.
func (p *htmlPage) titleBlockBefore(parent, cur *nodeInfo) bool {
	if cur.linkDensity() > htmlSiblingMaxLinks {
		return false
	}
	before, text, links := 0, 0, 0
	for c := parent.node.FirstChild; c != nil && c != cur.node; c = c.NextSibling {
		if ci := p.info[c]; ci != nil && !ci.chrome {
			before, text, links = before+ci.headings, text+ci.text, links+ci.linkText
		}
	}
	return before <= htmlLeadHeadings && text == parent.text-cur.text && float64(links) <= htmlSiblingMaxLinks*float64(text)
}

// titleBlockOver returns the parent of a body marked up as the article's
// body (schema.org's articleBody) when all the parent adds is a title block
// before it (sideHeadings: the headline, the date line and the lead, which
// the same markup calls the description) of at most a quarter of the
// body's text; otherwise nil. An <article> or <main> element already holds
// its title block.
func (p *htmlPage) titleBlockOver(cur *nodeInfo) *nodeInfo {
	if cur.node.DataAtom == atom.Article || cur.node.DataAtom == atom.Main || cur.node.Parent == nil || htmlAttr(cur.node, "role") != "" {
		return nil
	}
	pi := p.info[cur.node.Parent]
	if pi == nil || pi.chrome || cur.node.Parent == p.body {
		return nil
	}
	extra := pi.text - cur.text
	if extra <= 0 || extra > cur.text/4 || !p.titleBlockBefore(pi, cur) {
		return nil
	}
	return pi
}

// htmlMinListingItems is the fewest items that make a listing page.
const htmlMinListingItems = 3

// htmlListingDepth bounds how far above the main container the item of a
// listing is looked for (the container may be a paragraph of the item).
const htmlListingDepth = 3

// listingOf returns the list of a listing page (a member's press releases,
// a ministry's news index) when n is, or lies inside, one of its items:
// at least three sibling elements of one tag and class, each with a
// heading that links to the item's own page. The list, not one item, is
// the page's main content; the cleaner makes one article per item.
func (p *htmlPage) listingOf(n *html.Node) *html.Node {
	for d := 0; n != nil && n != p.body && d <= htmlListingDepth; d, n = d+1, n.Parent {
		parent := n.Parent
		if parent == nil || parent == p.body {
			return nil
		}
		if pi := p.info[parent]; pi == nil || pi.chrome {
			return nil
		}
		items := 0
		for c := parent.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom != n.DataAtom || htmlAttr(c, "class") != htmlAttr(n, "class") {
				continue
			}
			if !htmlHasLinkedHeading(c) {
				items = 0
				break
			}
			items++
		}
		if items >= htmlMinListingItems {
			return parent
		}
	}
	return nil
}

// listingIn returns the items of the first listing at or below n, looked
// for depth levels down (the main content may hold the list beside its
// heading); nil when there is none.
func listingIn(n *html.Node, depth int) []itemLink {
	if items := listingItems(n); items != nil || depth == 0 {
		return items
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if items := listingIn(c, depth-1); items != nil {
				return items
			}
		}
	}
	return nil
}

// listingItems returns the items of list when it is a listing: at least
// three child elements of one tag and class (zebra classes such as
// "row0"/"row1" count as one), each with a linked heading (as listingOf
// finds them) or, for table rows, a linked cell; or else at least three
// linked headings of one tag and class set flat among other children
// (date, heading, summary, date, heading, ...). Otherwise nil.
func listingItems(list *html.Node) []itemLink {
	var items []itemLink
	var first *html.Node
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if first == nil {
			first = c
		}
		title, href := htmlLinkedHeading(c)
		if href == "" && c.DataAtom == atom.Tr {
			title, href = htmlRowLink(c)
		}
		if href == "" {
			title, href = htmlTitleLink(c)
		}
		if c.DataAtom != first.DataAtom || itemClass(c) != itemClass(first) || href == "" {
			return flatListingItems(list)
		}
		items = append(items, itemLink{title, href})
	}
	if len(items) < htmlMinListingItems {
		return flatListingItems(list)
	}
	return items
}

// flatListingItems returns the linked headings (h2 to h4 holding a link)
// that are children of list, when there are at least three of one tag and
// class; else nil.
func flatListingItems(list *html.Node) []itemLink {
	var items []itemLink
	var first *html.Node
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.H2 && c.DataAtom != atom.H3 && c.DataAtom != atom.H4 {
			continue
		}
		if first == nil {
			first = c
		}
		_, href := htmlRowLink(c)
		if c.DataAtom != first.DataAtom || itemClass(c) != itemClass(first) || href == "" {
			return nil
		}
		items = append(items, itemLink{collapseHTMLSpace(htmlTextOf(c)), href})
	}
	if len(items) < htmlMinListingItems {
		return nil
	}
	return items
}

// htmlRowLink returns the text and address of the first link in n (a
// table row's title cell, a heading): the row's title and its page.
func htmlRowLink(n *html.Node) (title, href string) {
	for c := n.FirstChild; c != nil && href == ""; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			if h := strings.TrimSpace(htmlAttr(c, "href")); h != "" && !strings.HasPrefix(h, "#") {
				return collapseHTMLSpace(htmlTextOf(c)), h
			}
		}
		title, href = htmlRowLink(c)
	}
	return title, href
}

// htmlMinTitleLinkWords is the fewest words of a link that is a listed
// item's title rather than a tag or a "Read more".
const htmlMinTitleLinkWords = 3

// htmlTitleLink returns the text and address of the first link below n
// of at least htmlMinTitleLinkWords words: the title of a listed item
// that sets its headline as a plain link, not in a heading (a type
// label, the linked title, an excerpt and a byline and date).
func htmlTitleLink(n *html.Node) (title, href string) {
	for c := n.FirstChild; c != nil && href == ""; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			h := strings.TrimSpace(htmlAttr(c, "href"))
			if t := collapseHTMLSpace(htmlTextOf(c)); h != "" && !strings.HasPrefix(h, "#") && len(strings.Fields(t)) >= htmlMinTitleLinkWords {
				return t, h
			}
			continue
		}
		title, href = htmlTitleLink(c)
	}
	return title, href
}

// itemClass is the class attribute of a listing item without the parts
// that alternate from item to item: trailing digits ("cat-list-row0",
// "row1") and the words odd, even, first and last.
func itemClass(n *html.Node) string {
	var parts []string
	for _, f := range strings.Fields(htmlAttr(n, "class")) {
		switch f = strings.TrimRight(f, "0123456789"); f {
		case "", "odd", "even", "first", "last", "alt":
			continue
		}
		parts = append(parts, f)
	}
	return strings.Join(parts, " ")
}

// htmlHasLinkedHeading reports whether n holds a heading (h2 to h4) with
// a link in it, as a listing item's title is.
func htmlHasLinkedHeading(n *html.Node) bool {
	_, href := htmlLinkedHeading(n)
	return href != ""
}

// htmlLinkedHeading returns the text and link target of the first heading
// (h2 to h4) below n that holds a link or sits inside one (a card whose
// whole box is the link: <a href><h3>Title</h3><p>Teaser</p></a>), or
// empty strings. n itself may be the card's link.
func htmlLinkedHeading(n *html.Node) (title, href string) {
	var walk func(c, heading *html.Node, link string)
	walk = func(c, heading *html.Node, link string) {
		for ; c != nil && href == ""; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.H2, atom.H3, atom.H4:
				if link != "" {
					title, href = collapseHTMLSpace(htmlTextOf(c)), link
					return
				}
				walk(c.FirstChild, c, link)
			case atom.A:
				h := strings.TrimSpace(htmlAttr(c, "href"))
				if heading != nil && h != "" {
					title, href = collapseHTMLSpace(htmlTextOf(heading)), h
					return
				}
				if h == "" || strings.HasPrefix(h, "#") {
					h = link
				}
				walk(c.FirstChild, heading, h)
			default:
				walk(c.FirstChild, heading, link)
			}
		}
	}
	link := ""
	if n.DataAtom == atom.A {
		if h := strings.TrimSpace(htmlAttr(n, "href")); !strings.HasPrefix(h, "#") {
			link = h
		}
	}
	walk(n.FirstChild, nil, link)
	return title, href
}

// htmlMassRunes is the amount of text outside chrome below which a
// candidate container's score is scaled down (by the square root of its
// share of it), or half the page's text when that is less: a class hint
// or a tag bonus must not let a caption box or a teaser of fifty runes
// outscore the block that holds the article's paragraphs.
const htmlMassRunes = 1000

// htmlMassFactor is the scale of the score of a container holding text
// runes when mass runes make a full article block.
func htmlMassFactor(text, mass int) float64 {
	if text >= mass || mass <= 0 {
		return 1
	}
	return math.Sqrt(float64(text) / float64(mass))
}

// Sibling content: a parent's other children count as the article's
// continuation when they are content blocks of their own (a scored
// paragraph container at least htmlSiblingScoreShare of the best score
// below them, at most htmlSiblingMaxLinks of their text in links) and hold
// at least htmlSiblingTextShare of what the parent adds, as readability
// appends the top candidate's good siblings.
const (
	htmlSiblingScoreShare = 0.2
	htmlSiblingMaxLinks   = 0.15
	htmlSiblingTextShare  = 0.7
)

// siblingsContinue reports whether parent's children other than cur
// continue cur's content (see htmlSiblingScoreShare). Only siblings of
// cur's own kind (htmlSameKind) count: an article split into sections or
// slides repeats one element, while a column of teasers beside it is a
// container of another kind.
func (p *htmlPage) siblingsContinue(parent, cur *nodeInfo, bestScore float64) bool {
	extra := parent.text - cur.text
	if extra <= 0 || float64(parent.linkText-cur.linkText) > htmlSiblingMaxLinks*float64(extra) {
		return false
	}
	content := 0
	for c := parent.node.FirstChild; c != nil; c = c.NextSibling {
		ci := p.info[c]
		if c == cur.node || ci == nil || ci.chrome || ci.text < htmlMinParagraphRunes || !htmlSameKind(c, cur.node) ||
			ci.linkDensity() > htmlSiblingMaxLinks || !p.holdsScore(ci, htmlSiblingScoreShare*bestScore) {
			continue
		}
		content += ci.text
	}
	return float64(content) >= htmlSiblingTextShare*float64(extra)
}

// htmlSameKind reports whether a and b are the same element with the same
// first class (both without a class counts as the same).
func htmlSameKind(a, b *html.Node) bool {
	first := func(n *html.Node) string {
		f := strings.Fields(htmlAttr(n, "class"))
		if len(f) == 0 {
			return ""
		}
		return f[0]
	}
	return a.DataAtom == b.DataAtom && first(a) == first(b)
}

// holdsScore reports whether ni or an element below it is a scored
// container scoring at least min (link density counted).
func (p *htmlPage) holdsScore(ni *nodeInfo, min float64) bool {
	for _, d := range p.order[ni.pre : ni.last+1] {
		if d.scored && d.score*(1-d.linkDensity()) >= min {
			return true
		}
	}
	return false
}

// htmlTeaserListShare is the share of a teaser list's score that the
// article under the page's headline must reach to be taken instead of it.
const htmlTeaserListShare = 0.4

// preferHeadlined returns the article under the page's headline instead
// of best when best is a list of teasers (htmlTeaserList) outside it and
// the article scores at least htmlTeaserListShare of it (headline bonus
// included) and holds paragraphs of running text (a listing's own title
// block does not): a list of other stories sums many short paragraphs and
// can outscore the one article the page's headline names. The article is
// the best scoring container above the headline that does not hold best.
// Otherwise best.
func (p *htmlPage) preferHeadlined(best *nodeInfo, bestScore float64, mass int) *nodeInfo {
	head := p.titleHead
	if head == nil || !htmlTeaserList(best.node) {
		return best
	}
	var article *nodeInfo
	artScore := 0.0
	for a := head.Parent; a != nil && a != p.body; a = a.Parent {
		ai := p.info[a]
		if ai == nil || ai.chrome {
			break
		}
		if best.pre >= ai.pre && best.pre <= ai.last {
			break // holds the list
		}
		if !ai.scored {
			continue
		}
		if s := ai.score * (1 - ai.linkDensity()) * htmlMassFactor(ai.text, mass); article == nil || s > artScore {
			article, artScore = ai, s
		}
	}
	if article == nil || artScore*htmlHeadlineBonus < htmlTeaserListShare*bestScore ||
		htmlDenseParagraphCount(article.node) < htmlDenseParagraphs {
		return best
	}
	return article
}

// htmlTeaserList reports whether n is a list of teasers: at least
// htmlMinListingItems element children with a linked heading (see
// htmlLinkedHeading), two thirds of its element children or more.
func htmlTeaserList(n *html.Node) bool {
	children, teasers := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		children++
		if htmlHasLinkedHeading(c) {
			teasers++
		}
	}
	return teasers >= htmlMinListingItems && 3*teasers >= 2*children
}

// htmlHeadlineBonus multiplies the score of the container that holds the
// page's first <h1> with paragraphs: the heading marks the article, so a
// sidebar of teaser paragraphs must clearly outscore it to win.
const htmlHeadlineBonus = 1.5

// headlineAnchor returns the lowest scored container of the title heading
// (see titleHeading; when it sits in chrome, the scored container after
// that chrome, chromeTitleAnchor), else of the first <h1> outside chrome,
// or nil.
func (p *htmlPage) headlineAnchor() *nodeInfo {
	if p.titleHead != nil {
		if !p.inContent(p.info[p.titleHead]) {
			return p.chromeTitleAnchor()
		}
		return p.scoredAncestor(p.titleHead)
	}
	for _, ni := range p.order {
		if ni.node.DataAtom != atom.H1 || ni.text == 0 || !p.inContent(ni) {
			continue
		}
		return p.scoredAncestor(ni.node)
	}
	return nil
}

// scoredAncestor returns the lowest scored ancestor of n below the body,
// or nil.
func (p *htmlPage) scoredAncestor(n *html.Node) *nodeInfo {
	for a := n.Parent; a != nil && a != p.body; a = a.Parent {
		if ai := p.info[a]; ai != nil && ai.scored {
			return ai
		}
	}
	return nil
}

func htmlIsSemanticMain(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Article, atom.Main:
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "itemprop" && strings.EqualFold(a.Val, "articleBody") {
			return true
		}
		if a.Key == "role" && strings.EqualFold(a.Val, "main") {
			return true
		}
	}
	return false
}

// pickHeadline returns the page's main heading: the title heading (see
// titleHeading), else the first <h1> inside the main container, else the
// last one before it outside chrome, else the first one outside chrome.
func (p *htmlPage) pickHeadline() *html.Node {
	if p.titleHead != nil {
		return p.titleHead
	}
	mi := p.info[p.main]
	var before, any *nodeInfo
	for _, ni := range p.order {
		if ni.node.DataAtom != atom.H1 || ni.text == 0 {
			continue
		}
		if ni.pre >= mi.pre && ni.pre <= mi.last {
			if p.inContent(ni) || p.main == p.body {
				return ni.node
			}
			continue
		}
		if !p.inContent(ni) {
			continue
		}
		if any == nil {
			any = ni
		}
		if ni.pre < mi.pre {
			before = ni
		}
	}
	if before != nil {
		return before.node
	}
	if any != nil {
		return any.node
	}
	return p.chromeHeadline(mi)
}

// minChromeHeadlineWords is how many words a page-header <h1> in chrome
// needs to be the headline: a site's name is shorter as a rule, and one
// that is not links home (see chromeHeadline).
const minChromeHeadlineWords = 4

// chromeHeadline returns the page's only <h1> when it stands in a block
// the class hints mark as chrome, before the main container ("ecl-page-
// header", "page-banner", "hero": design systems set the page's title in
// a banner above the article), outside <nav>, <aside> and <footer>, with
// minChromeHeadlineWords words or more and no link home (a site's name
// set as a heading links to the front page); nil otherwise.
func (p *htmlPage) chromeHeadline(mi *nodeInfo) *html.Node {
	var found *nodeInfo
	for _, ni := range p.order {
		if ni.node.DataAtom != atom.H1 || ni.raw == 0 {
			continue
		}
		if found != nil {
			return nil // several: which one is the page's is unclear
		}
		found = ni
	}
	if found == nil || found.pre >= mi.pre || htmlInsideTags(found.node, atom.Nav, atom.Aside, atom.Footer) || htmlLinksHome(found.node) {
		return nil
	}
	if len(strings.Fields(htmlTextOf(found.node))) < minChromeHeadlineWords {
		return nil
	}
	return found.node
}

// htmlLinksHome reports whether n holds a link to a site's front page
// (href "/", "./", "index.html", or a scheme and host alone).
func htmlLinksHome(n *html.Node) bool {
	home := false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && !home; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.A {
				h := strings.TrimSpace(htmlAttr(c, "href"))
				if h == "/" || h == "./" || strings.HasSuffix(h, "/index.html") || h == "index.html" || isSiteRoot(h) {
					home = true
				}
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	return home
}

// isSiteRoot reports whether h is an absolute address with no path.
func isSiteRoot(h string) bool {
	rest, ok := strings.CutPrefix(h, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(h, "http://"); !ok {
			return false
		}
	}
	rest = strings.TrimSuffix(rest, "/")
	return rest != "" && !strings.ContainsAny(rest, "/?#")
}

// headline returns the text of the main heading.
func (p *htmlPage) headline() string {
	if p.h1 == nil {
		return ""
	}
	return collapseHTMLSpace(htmlTextOf(p.h1))
}

func (p *htmlPage) times() []string { return p.timesSeen }

// htmlTextOf returns the raw text below n.
func htmlTextOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				if c.DataAtom == atom.Br {
					b.WriteByte(' ')
				}
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}
