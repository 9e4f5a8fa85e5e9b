// Package clean owns turning a decoded corpus.Doc into articles: it
// classifies lines (site chrome, navigation, datelines, headings, body),
// drops chrome and the lines a learned chrome model (ChromeModel, learned
// by a ChromeLearner) marks as repeated, moves mastheads and letterheads
// aside, splits the text into articles (segmentation) and finds each
// article's title and issuer.
package clean

import (
	"context"
	"fmt"
	"maps"
	"net/url"
	"strconv"
	"strings"

	"github.com/communique/communique/corpus"
)

// Config configures a Cleaner. The zero value selects the defaults.
type Config struct {
	// Chrome is the model of lines repeated across a run's documents (site
	// chrome) to drop; nil drops none. Its hash is set as Source.Chrome on
	// every article.
	Chrome *ChromeModel
}

// Cleaner removes boilerplate from a Doc and splits it into articles: site
// chrome and promotional blocks out, masthead and table of contents moved
// to Article.Masthead, one Article per article of a newsletter or of a file
// that concatenates releases, each with its headline as Title.
//
// It is safe for concurrent use. Lines its chrome model (Config.Chrome)
// has seen repeated across many documents are dropped.
type Cleaner struct {
	rules  *chromeRules
	chrome *ChromeModel
}

// New returns a ready Cleaner.
func New(cfg Config) (*Cleaner, error) {
	return &Cleaner{rules: newChromeRules(), chrome: cfg.Chrome}, nil
}

// Clean returns the articles of doc: at least one unless doc has no text
// left after boilerplate removal (then none and a nil error). It fails only
// when ctx is done.
func (c *Cleaner) Clean(ctx context.Context, doc corpus.Doc) ([]corpus.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	origHeadline := doc.Meta.Headline
	raw, levels, fm := c.prepareLines(doc)
	lines := c.classify(raw)
	for i, lv := range levels {
		lines[i].level = lv
	}
	if err := ctx.Err(); err != nil {
		return nil, err // a timed-out document stops between passes
	}
	markHeadings(lines, doc)
	markHeadingLevels(lines, doc)
	markTypeHeadings(lines, doc)
	markRecords(lines, doc) // listing_html.go
	if fm.title != "" && doc.Meta.Headline == "" {
		doc.Meta.Headline = fm.title // a front-matter title is the page's own headline
	}
	for _, p := range linePasses {
		p.run(c, lines, doc)
	}
	lines = c.periodicalTitle(lines, doc)
	segs, docMasthead := c.segment(lines, doc.Format, doc.Meta.Headline)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(fm.dates) > 0 {
		docMasthead = strings.TrimSpace(strings.Join(fm.dates, "\n") + "\n" + docMasthead)
	}
	if len(segs) == 0 {
		return nil, nil
	}
	c.markRepeatedMastheads(lines, segs) // masthead_repeat.go
	for i := range segs {
		// The page's headline and title name the article only when the
		// page holds one; a newsletter's <h1> is its own name.
		c.findTitle(lines, &segs[i], doc, len(segs) == 1)
		segs[i].title = trimTitle(segs[i].title)
		if !hasYear(segs[i].masthead) {
			// A header without a date: the release's end mark dates it
			// ("Ends/Wednesday, January 21, 2026").
			if d := closingDateOf(lines, segs[i].start, segs[i].end); d != "" {
				segs[i].masthead = strings.TrimSpace(segs[i].masthead + "\n" + d)
			}
		}
		if segs[i].item {
			c.takeItemDate(lines, &segs[i])
		}
		keepBylines(lines, segs[i])
	}
	resolveListingDates(segs)
	titles := make(map[string]bool, len(segs))
	for _, s := range segs {
		if s.title != "" {
			titles[normLine(s.title)] = true
		}
	}
	meta := doc.Meta
	meta.Headline = origHeadline
	if fm.url != "" {
		props := make(map[string]string, len(meta.Props)+1)
		maps.Copy(props, meta.Props)
		if _, ok := props["url"]; !ok {
			props["url"] = fm.url
		}
		meta.Props = props
	}
	return c.articles(lines, segs, doc, meta, docMasthead, titles), nil
}

// maxPeriodicalTitleWords bounds a page title that names a periodical's
// issue rather than one article.
const maxPeriodicalTitleWords = 12

// periodicalTitle returns lines with the page's title put first, as a
// chrome line marked periodicalName, when the title without its site
// suffix names a periodical's issue ("Coastal Affairs Newsletter - May
// 2024", "Trade Bulletin No. 41") and the text does not print it: the
// page's own masthead (a block above the main content) was left out with
// the page's chrome, and the title is what is left of it. The
// periodical's articles then split as its masthead would have them split;
// the line is no text of any article.
func (c *Cleaner) periodicalTitle(lines []cline, doc corpus.Doc) []cline {
	if doc.Format != corpus.FormatHTML {
		return lines
	}
	t := stripSiteSuffix(doc.Meta.Title, c.rules)
	if t == "" || wordCount(t) > maxPeriodicalTitleWords || !c.isPeriodicalCue(t) && !c.datedNewsName("", t) {
		return lines
	}
	n := normLine(t)
	for _, l := range lines {
		if l.kind != kindBlank && normLine(l.text) == n {
			return lines
		}
	}
	return append([]cline{{text: t, kind: kindChrome, periodicalName: true}}, lines...)
}

// linePass is one pass over the classified lines before segmentation.
type linePass struct {
	name string
	run  func(c *Cleaner, lines []cline, doc corpus.Doc)
}

// linePasses run in order: page furniture (a running header with its page
// counter), the evidence of newsletters and concatenated
// releases (newsletter_lines.go: underlined headings among them),
// repeated lines (the chrome model), related-link lists, trailing
// promotion, then the masthead blocks inside the text.
var linePasses = []linePass{
	{"page furniture", func(_ *Cleaner, lines []cline, _ corpus.Doc) { markPageFurniture(lines) }},                 // split_text.go
	{"newsletter evidence", func(c *Cleaner, lines []cline, doc corpus.Doc) { c.runNewsletterPasses(lines, doc) }}, // newsletter_lines.go
	{"dated headline rows", func(c *Cleaner, lines []cline, _ corpus.Doc) { c.markDatedHeadlines(lines) }},         // listing_blocks.go
	{"repeated lines", func(c *Cleaner, lines []cline, doc corpus.Doc) { c.dropRepeated(lines, doc.Text) }},
	{"related lists", func(c *Cleaner, lines []cline, _ corpus.Doc) { c.dropRelatedLists(lines) }},
	{"trailing promotion", func(c *Cleaner, lines []cline, _ corpus.Doc) { c.dropTrailingPromo(lines) }},
	{"masthead clusters", func(c *Cleaner, lines []cline, _ corpus.Doc) { c.markMastheadClusters(lines) }},
}

// articles builds one Article per segment with text: its title, its
// masthead (the document's, or a listing item's own date alone), the
// page's metadata (a listing item's without the page's dates) and, for a
// listing item, its own page as Source.URI.
func (c *Cleaner) articles(lines []cline, segs []segment, doc corpus.Doc, meta corpus.Meta, docMasthead string, titles map[string]bool) []corpus.Article {
	links := itemLinks(doc, len(segs))
	var out []corpus.Article
	var itemArticle []bool // out[i] is a listing item
	var own []string       // out[i]'s own masthead lines
	for _, s := range segs {
		text := c.articleText(lines, s, titles)
		if text == "" {
			continue
		}
		masthead, artMeta := docMasthead, meta
		if s.item {
			// A listed release is dated by its own line; the listing's
			// masthead (month group labels, "Showing results in 2013")
			// and the page's date metadata date the listing.
			masthead, artMeta = "", listingItemMeta(meta)
		}
		if s.masthead != "" {
			masthead = strings.TrimSpace(masthead + "\n" + s.masthead)
		}
		src := doc.Source
		src.Chrome = c.chrome.Hash()
		if u := links[normLine(s.title)]; u != "" {
			src.URI = u // a listing item: its own page
		}
		itemArticle = append(itemArticle, s.item)
		own = append(own, s.masthead)
		out = append(out, corpus.Article{
			Source:   src,
			Format:   doc.Format,
			Segment:  len(out),
			Title:    strings.Clone(s.title), // not a view of the whole document's text
			Text:     text,
			Masthead: strings.Clone(masthead),
			Meta:     artMeta,
		})
	}
	if len(out) > 1 {
		for i := range out {
			if itemArticle[i] {
				continue // a listed release's masthead is its own date line
			}
			props := maps.Clone(out[i].Meta.Props)
			if props == nil {
				props = map[string]string{}
			}
			props[corpus.PropSharedMasthead] = "true"
			if own[i] != "" {
				props[corpus.PropOwnMasthead] = strings.Clone(own[i])
			}
			out[i].Meta.Props = props
		}
		if order := documentDayOrder(lines); order != "" {
			for i := range out {
				props := maps.Clone(out[i].Meta.Props)
				if props == nil {
					props = map[string]string{}
				}
				props[corpus.PropDayOrder] = order
				out[i].Meta.Props = props
			}
		}
	}
	return out
}

// resolveListingDates writes the numeric dates of a listing's items
// ("04/11/13", "05.12.15") as ISO dates when the listing itself settles
// their order: a page writes all its dates one way, so an item dated
// "04/25/13" (no month 25) shows that "04/11/13" is April 11. Dates are
// left as written when the items show no order or both.
func resolveListingDates(segs []segment) {
	monthFirst, dayFirst := false, false
	for _, s := range segs {
		for l := range strings.SplitSeq(s.masthead, "\n") {
			if a, b, _, ok := numericDMY(l); ok {
				monthFirst = monthFirst || b > 12
				dayFirst = dayFirst || a > 12
			}
		}
	}
	if !segs[0].item || monthFirst == dayFirst {
		return
	}
	for i := range segs {
		if !segs[i].item {
			continue
		}
		ls := strings.Split(segs[i].masthead, "\n")
		for j, l := range ls {
			a, b, y, ok := numericDMY(l)
			if !ok || a > 12 || b > 12 {
				continue // not numeric, or already plain
			}
			m, d := a, b
			if dayFirst {
				m, d = b, a
			}
			ls[j] = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		}
		segs[i].masthead = strings.Join(ls, "\n")
	}
}

// numericDMY splits a numeric date with the year last ("04/11/13",
// "5.12.2015") into its two leading numbers and the year (two digits read
// as 19xx from 70 on, else 20xx); ok is false for other lines, including
// dates with the year first.
func numericDMY(t string) (a, b, y int, ok bool) {
	t = strings.TrimSpace(t)
	if !isNumericDate(t) {
		return 0, 0, 0, false
	}
	f := strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == '/' || r == '-' })
	if len(f) != 3 || len(f[0]) > 2 || len(f[1]) > 2 {
		return 0, 0, 0, false
	}
	a, _ = strconv.Atoi(f[0])
	b, _ = strconv.Atoi(f[1])
	y, _ = strconv.Atoi(f[2])
	switch {
	case len(f[2]) == 2 && y >= 70:
		y += 1900
	case len(f[2]) == 2:
		y += 2000
	case len(f[2]) != 4:
		return 0, 0, 0, false
	}
	return a, b, y, a >= 1 && b >= 1 && (a <= 12 || b <= 12)
}

// listingBase is the web address a listing page's relative links are
// resolved against: its <base href> (itself resolved against the page's
// http(s) URI), else that URI, else, for a page read from a file, the
// address the page states for itself (<link rel="canonical">, og:url).
// It is nil when none is an absolute http(s) address.
func listingBase(doc corpus.Doc) *url.URL {
	web := func(u *url.URL) bool { return u != nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" }
	page, _ := url.Parse(doc.Source.URI)
	if !web(page) {
		page = nil
	}
	if b, err := url.Parse(doc.Meta.Props[corpus.PropBaseHref]); err == nil && doc.Meta.Props[corpus.PropBaseHref] != "" {
		if page != nil {
			b = page.ResolveReference(b)
		}
		if web(b) {
			return b
		}
	}
	if page != nil {
		return page
	}
	for _, k := range []string{corpus.PropCanonical, "og:url"} {
		if u, err := url.Parse(doc.Meta.Props[k]); err == nil && web(u) {
			return u
		}
	}
	return nil
}

// listingItemMeta is the metadata a listing page's item keeps: the
// page's without its dates (go-htmldate's page date, <time> values and
// date-valued properties), which belong to the listing.
func listingItemMeta(m corpus.Meta) corpus.Meta {
	m.PageDate, m.PageDateSource, m.Times = "", "", nil
	props := make(map[string]string, len(m.Props)+1)
	for k, v := range m.Props {
		if !isDateProp(k) {
			props[k] = v
		}
	}
	props[corpus.PropListingItem] = "true"
	m.Props = props
	return m
}

// isDateProp reports whether metadata key k holds a date or time
// ("article:published_time", "dc.date", "pubdate", "last-modified").
func isDateProp(k string) bool {
	k = strings.ToLower(k)
	return strings.Contains(k, "date") || strings.Contains(k, "time") || strings.Contains(k, "modified") || strings.Contains(k, "published")
}

// itemLinks maps the normalized titles of a listing page's items to the
// absolute links of their own pages (corpus.PropListingLinks), resolved
// against the page's base (listingBase); a relative link without one is
// left out, so the item keeps the page's URI. It is empty unless the page
// split into several articles.
func itemLinks(doc corpus.Doc, articles int) map[string]string {
	list := doc.Meta.Props[corpus.PropListingLinks]
	if articles < 2 || list == "" {
		return nil
	}
	base := listingBase(doc)
	links := make(map[string]string)
	for line := range strings.SplitSeq(list, "\n") {
		href, title, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		u, err := url.Parse(href)
		if err != nil {
			continue
		}
		switch {
		case base != nil:
			u = base.ResolveReference(u)
		case !u.IsAbs():
			continue
		}
		if u.Scheme == "http" || u.Scheme == "https" {
			links[normLine(title)] = u.String()
		}
	}
	return links
}

// headingLookahead is how many listed headings markHeadingLevels looks
// past for a line's match, so that a heading the text lost does not stop
// the rest from matching.
const headingLookahead = 6

// markHeadingLevels sets the level of the lines that are headings of an
// HTML page (corpus.PropHeadingLevels: "2<TAB>Headline" in order), matched
// in order by their text, as Markdown headings have theirs.
func markHeadingLevels(lines []cline, doc corpus.Doc) {
	list := doc.Meta.Props[corpus.PropHeadingLevels]
	if list == "" || doc.Format != corpus.FormatHTML {
		return
	}
	type heading struct {
		level int
		text  string
	}
	var hs []heading
	for line := range strings.SplitSeq(list, "\n") {
		lv, text, ok := strings.Cut(line, "\t")
		if ok && len(lv) == 1 && lv[0] >= '1' && lv[0] <= '6' && normLine(text) != "" {
			hs = append(hs, heading{int(lv[0] - '0'), normLine(text)})
		}
	}
	k := 0
	for i := range lines {
		if k >= len(hs) {
			return
		}
		if lines[i].kind == kindBlank || lines[i].level > 0 {
			continue
		}
		n := normLine(lines[i].text)
		for m := k; m < len(hs) && m < k+headingLookahead; m++ {
			if hs[m].text == n {
				lines[i].level, k = hs[m].level, m+1
				break
			}
		}
	}
}

// markTypeHeadings marks as headings (cline.heading, as a PDF's
// Doc.Headings do) the lines of an HTML page that it set whole in bold
// (corpus.PropTypeHeadings), matched in order by their text: headlines a
// page sets by type rather than by a heading tag; and as linked those of
// them set whole as a link (corpus.PropLinkedHeadings).
func markTypeHeadings(lines []cline, doc corpus.Doc) {
	if doc.Format != corpus.FormatHTML {
		return
	}
	markListedLines(lines, doc.Meta.Props[corpus.PropTypeHeadings], func(l *cline) { l.heading = true })
	markListedLines(lines, doc.Meta.Props[corpus.PropLinkedHeadings], func(l *cline) { l.linked = l.heading })
}

// markListedLines calls mark on the lines whose texts list names, one a
// line, matched in order.
func markListedLines(lines []cline, list string, mark func(*cline)) {
	if list == "" {
		return
	}
	var hs []string
	for line := range strings.SplitSeq(list, "\n") {
		if n := normLine(line); n != "" {
			hs = append(hs, n)
		}
	}
	k := 0
	for i := range lines {
		if k >= len(hs) {
			return
		}
		if lines[i].kind == kindBlank {
			continue
		}
		n := normLine(lines[i].text)
		for m := k; m < len(hs) && m < k+headingLookahead; m++ {
			if hs[m] == n {
				mark(&lines[i])
				k = m + 1
				break
			}
		}
	}
}

// cline is one line of the document being cleaned.
type cline struct {
	text string // the line without trailing spaces
	kind lineKind
	// dateline and headline cache isDateline and isHeadline of the text,
	// which segmentation asks about every line several times.
	dateline, headline bool
	// repeated marks a body line dropped because it repeats across the
	// run's documents.
	repeated bool
	// repeatedMasthead marks a line that opens several of the document's
	// articles (masthead_repeat.go): it stays in the text but never
	// names an article.
	repeatedMasthead bool
	// heading marks a line the decoder set apart by its type (Doc.Headings).
	heading bool
	// linked marks a heading the decoder found set whole as a link
	// (corpus.PropLinkedHeadings).
	linked bool
	// level is the line's Markdown heading level (1 for "# ", 2 for
	// "## "), 0 for other lines.
	level int
	// recordStart marks the first line of a record the HTML decoder found
	// (corpus.PropRecords; listing_html.go), recordDated that the records
	// carry their own date lines, recordBoxed that each is a table row or
	// cell of its own; recordTitle is the record's headline, on the line
	// that holds it.
	recordStart, recordDated, recordBoxed bool
	recordTitle                           string
	// typeHeadline marks a PDF's line in a heading's type over text of its
	// own (markTypeHeadlines): a story's headline, which a newsletter's
	// issues repeat ("Next meeting", "Dates for your diary") and the
	// chrome model must not take for site chrome.
	typeHeadline bool
	// periodicalName marks the page title that names the document as a
	// periodical (see periodicalTitle); it is chrome, never text.
	periodicalName bool
}

// markHeadings sets heading on the lines that start at doc.Headings. The
// offsets index doc.Text, whose lines are the cleaner's lines one for one
// unless preparation joined or split some (text formats): then the marks
// are not used.
func markHeadings(lines []cline, doc corpus.Doc) {
	if len(doc.Headings) == 0 || len(lines) != strings.Count(doc.Text, "\n")+1 {
		return
	}
	h, off := 0, 0
	for i := range lines {
		for h < len(doc.Headings) && doc.Headings[h] < off {
			h++
		}
		if h < len(doc.Headings) && doc.Headings[h] == off {
			lines[i].heading = true
		}
		next := strings.IndexByte(doc.Text[off:], '\n')
		if next < 0 {
			break
		}
		off += next + 1
	}
}

// spaceNormalizer turns carriage returns into line feeds and the Unicode
// spaces of web pages (no-break, narrow no-break, thin, en/em spaces) into
// plain spaces, and drops zero-width characters.
var spaceNormalizer = strings.NewReplacer("\r", "\n", "\u00a0", " ", "\u202f", " ", "\u2007", " ", "\u2009", " ",
	"\u200a", " ", "\u2002", " ", "\u2003", " ", "\u2005", " ", "\u2006", " ", "\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "")

// needsSpaceNormalizing reports whether text has a carriage return or a
// non-ASCII byte, without which spaceNormalizer has nothing to do.
func needsSpaceNormalizing(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c == '\r' || c >= 0x80 {
			return true
		}
	}
	return false
}

// prepareLines normalizes line ends and spaces, removes inline chrome and,
// for plain text, re-joins hard-wrapped lines. levels holds each line's
// Markdown heading level (nil when no line is a heading).
func (c *Cleaner) prepareLines(doc corpus.Doc) (lines []string, levels []int, fm frontMatter) {
	text := strings.ReplaceAll(doc.Text, "\r\n", "\n")
	if needsSpaceNormalizing(text) {
		text = spaceNormalizer.Replace(text)
	}
	if strings.Contains(text, "pam") { // only pages that carry a spam-protection notice
		text = c.rules.inlineJunk.ReplaceAllString(text, "")
	}
	lines = strings.Split(text, "\n")
	if doc.Format == corpus.FormatText || doc.Format == "" {
		lines = expandFrontMatters(lines)
		fm, lines = splitFrontMatter(lines)
		if w := wrapWidth(lines); w > 0 {
			lines = unwrapLines(lines, w, c.rules)
		}
	}
	markdown := fm.title != "" || isMarkdownPath(doc.Source.Path)
	for i, l := range lines {
		if doc.Format == corpus.FormatText || doc.Format == "" {
			if lv := markdownLevel(l, markdown); lv > 0 {
				if levels == nil {
					levels = make([]int, len(lines))
				}
				levels[i] = lv
			}
			l = stripMarkdownInline(l, markdown)
		}
		lines[i] = strings.TrimRight(l, " \t")
	}
	if doc.Format == corpus.FormatText || doc.Format == "" {
		lines, levels = joinBrokenParagraphs(lines, levels, c.rules.isItemStart)
	}
	return lines, levels, fm
}

// classify gives every line its kind, from the line alone.
func (c *Cleaner) classify(lines []string) []cline {
	out := make([]cline, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(l)
		k := kindBody
		switch {
		case t == "":
			k = kindBlank
		case (len(t) <= 24 || isRuleLine(t)) && c.rules.separator.MatchString(t):
			k = kindSeparator
		case len(t) <= 24 && c.rules.marker.MatchString(t):
			k = kindMarker
		case c.rules.isChrome(t):
			k = kindChrome
		case len(t) <= 50 && strings.ContainsAny(t, "0123456789") && c.rules.isDateOnly(t):
			k = kindDate
		}
		out[i] = cline{text: l, kind: k}
		if k != kindBlank && len(t) <= 4*maxHeadlineRunes {
			out[i].dateline = c.rules.isDateline(t)
			out[i].headline = c.isHeadline(t)
		}
	}
	return out
}

// isRuleLine reports whether t is a rule drawn with one character
// ("-----", "=====") of any length.
func isRuleLine(t string) bool {
	return len(t) >= 3 && strings.Trim(t, t[:1]) == "" && strings.ContainsRune("-=_~*#", rune(t[0]))
}

// dropRepeated marks as chrome the body lines repeated across the run's
// documents, except numbered items; keepBylines later restores those of an
// article's byline block.
func (c *Cleaner) dropRepeated(lines []cline, text string) {
	rep := c.chrome.repeatedLines(lines, text)
	if rep == nil {
		return
	}
	for i, l := range lines {
		if rep[i] && l.kind == kindBody && !l.typeHeadline && !c.rules.isItemStart(strings.TrimSpace(l.text)) {
			lines[i].kind = kindChrome
			lines[i].repeated = true
		}
	}
}

// dropTrailingPromo marks as chrome the block at the end of the document
// where promotional, account and widget paragraphs dominate (subscription
// pitches, sign-in boxes, "Back to Top"). The block is the suffix with the
// highest balance of signalled over plain paragraphs; it must start with a
// signalled paragraph and leave some body before it.
func (c *Cleaner) dropTrailingPromo(lines []cline) {
	best, bestAt, sum := 0, -1, 0
	firstBody := -1
	for i, l := range lines {
		if l.kind == kindBody && len(l.text) >= 80 {
			firstBody = i
			break
		}
	}
	if firstBody < 0 {
		return
	}
	for i := len(lines) - 1; i > firstBody; i-- {
		if sum < best-30 {
			break // far into the body: no trailing block starts earlier
		}
		l := lines[i]
		if l.kind == kindBlank {
			continue
		}
		t := strings.TrimSpace(l.text)
		// A promotional paragraph has an account or subscription cue and
		// addresses the reader ("you", "click", a price) or is a short
		// widget line; a paragraph that only mentions subscriptions, as a
		// release about them would, or a press contact with a phone number
		// and an e-mail address, neither starts nor breaks the block.
		signal := l.kind == kindChrome || c.rules.promoScore(t) >= 2
		strong := l.kind == kindChrome || signal && hasStrongPromoCue(t) && (len(t) <= 100 || addressesReader(t))
		switch {
		case strong:
			sum += 2
		case signal, l.kind == kindSeparator:
		case len(t) >= 150:
			sum -= 3
		default:
			sum--
		}
		if strong && sum > best {
			best, bestAt = sum, i
		}
	}
	if best < 4 || bestAt < 0 {
		return
	}
	for i := bestAt; i < len(lines); i++ {
		if lines[i].kind != kindBlank {
			lines[i].kind = kindChrome
		}
	}
}

// keepBylines restores the repeated lines between an article's headline
// and its first prose paragraph: the byline and dateline block ("Office of
// the Spokesperson", "Washington, DC") repeats across a site's releases but
// states facts of each.
func keepBylines(lines []cline, s segment) {
	for i := s.titleEnd; i < s.end; i++ {
		l := &lines[i]
		if l.kind == kindBody && len(l.text) >= 100 && isProse(l.text) {
			return
		}
		if l.repeated {
			l.kind, l.repeated = kindBody, false
		}
	}
}

// relatedHeads are the headings of lists of links to other pages.
var relatedHeads = map[string]bool{
	"related articles": true, "related links": true, "related content": true, "related stories": true,
	"related news": true, "related": true, "more news": true, "more stories": true, "see also": true,
	"you may also like": true, "you might also like": true, "recent posts": true, "latest news": true,
	"latest releases": true, "recent news": true, "most read": true, "most popular": true, "popular": true,
	"trending": true, "read next": true, "further reading": true, "more from this section": true,
	"other news": true, "in this section": true, "more like this": true, "related topics": true, "tags": true,
}

// dropRelatedLists marks as chrome the short lines under a "Related
// Articles"-style heading after the article's first paragraph: link titles
// and their dates, up to the next prose paragraph or numbered item.
func (c *Cleaner) dropRelatedLists(lines []cline) {
	// Only after the first prose paragraph: above it, a "Latest News"
	// heading may stand over the article's own headline.
	first := 0
	for first < len(lines) && !(lines[first].kind == kindBody && len(lines[first].text) >= 100 && isProse(lines[first].text)) {
		first++
	}
	for i := first + 1; i < len(lines); i++ {
		if lines[i].kind == kindBlank || len(lines[i].text) > 40 || !relatedHeads[normLine(lines[i].text)] {
			continue
		}
		lines[i].kind = kindChrome
		for j := i + 1; j < len(lines); j++ {
			l := &lines[j]
			if l.kind == kindBlank {
				continue
			}
			t := strings.TrimSpace(l.text)
			if l.kind == kindMarker || l.kind == kindSeparator || len(t) > 160 || len(t) >= 100 && isProse(t) || c.rules.isItemStart(t) || endsSentence(t) && wordCount(t) > 12 {
				break
			}
			l.kind = kindChrome
			i = j
		}
	}
}

// addressesReader reports whether t speaks to the reader: second person,
// a call to click, or a price.
func addressesReader(t string) bool {
	low := strings.ToLower(t)
	for _, w := range []string{" you", "you'", "your ", "click", "$"} {
		if strings.Contains(low, w) || strings.HasPrefix(low, strings.TrimSpace(w)) {
			return true
		}
	}
	return false
}

// maxTitleBytes bounds the lines compared with the titles: a running
// header is no longer than a headline of four long lines.
const maxTitleBytes = 4 * 4 * maxHeadlineRunes

// articleText joins the kept lines of a segment from its title on: chrome,
// masthead, markers, separators and running headers (a line repeating an
// article's title) are left out; runs of blank lines become one.
func (c *Cleaner) articleText(lines []cline, s segment, titles map[string]bool) string {
	var b strings.Builder
	size := 0 // sized once: a long article's text is not copied as it grows
	for i := s.bodyFrom; i < s.end; i++ {
		size += len(lines[i].text) + 2
	}
	b.Grow(size)
	blank := false
	for i := s.bodyFrom; i < s.end; i++ {
		l := lines[i]
		switch l.kind {
		case kindBlank:
			blank = b.Len() > 0
			continue
		case kindChrome, kindMasthead, kindMarker, kindSeparator:
			continue
		}
		if i >= s.titleEnd && len(l.text) <= maxTitleBytes && titles[normLine(l.text)] {
			continue // a running header repeating a title
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l.text)
	}
	return strings.TrimSpace(b.String())
}

// frontMatter is what the cleaner keeps of a Markdown file's YAML front
// matter: its title (a title candidate) and its date lines (masthead).
type frontMatter struct {
	title string
	dates []string
	// url is the page's address or permalink ("permalink:", "url:",
	// "source_url:"), a witness of the release date when it holds one.
	url string
}

var yamlEscapes = strings.NewReplacer(`\\`, `\\`, `\_`, " ", `\ `, " ", `\/`, "/", `\N`, " ", `\L`, " ", `\P`, " ")

// unquoteYAML removes YAML quotes from a scalar, decoding the escapes of a
// double-quoted one.
func unquoteYAML(s string) string {
	switch {
	case len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"':
		// YAML escapes Go does not know: "\_" (no-break space), "\ " and "\/".
		if u, err := strconv.Unquote(yamlEscapes.Replace(s)); err == nil {
			return u
		}
		return s[1 : len(s)-1]
	case len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'':
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	}
	return s
}

// closedYAMLQuote reports whether a double-quoted YAML value is complete.
func closedYAMLQuote(val string) bool {
	v := strings.TrimSpace(val)
	if len(v) < 2 || !strings.HasSuffix(v, `"`) {
		return false
	}
	n := 0 // backslashes before the final quote
	for i := len(v) - 2; i >= 0 && v[i] == '\\'; i-- {
		n++
	}
	return n%2 == 0
}
