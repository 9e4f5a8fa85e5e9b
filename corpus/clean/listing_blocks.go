package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A listing page (a news index, an agency's home page, a digest of short
// releases) repeats one item structure: a headline line, the item's date
// line and a teaser of a paragraph or two, with link furniture ("Read
// more", topic tags) around them. itemBlocksSplit finds the items from
// that repeated structure alone, whatever order the parts come in: each
// headline opens a block, and a run of blocks that each hold one date
// line and a short teaser is a listing. Section headings inside one
// article never open items, because an article's sections do not each
// carry a date line of their own.

// itemRole is what one content line is to a listing item.
type itemRole int

const (
	roleOther     itemRole = iota
	roleDate               // a date alone on its line
	roleFurniture          // a call to action, a tag or link label, a short section label
	roleHeadline           // a headline line
	roleTeaser             // a paragraph of text
)

// itemRoleRule gives a line its role when match accepts it; the rules are
// tried in order and the first that matches wins.
type itemRoleRule struct {
	name  string
	role  itemRole
	match func(c *Cleaner, l cline, t string) bool
}

// itemRoleRules are the roles of a listing's lines, in the order they are
// tried.
var itemRoleRules = []itemRoleRule{
	{"date line", roleDate, func(c *Cleaner, l cline, _ string) bool { return c.isItemDate(l) }},
	{"byline and date", roleDate, func(_ *Cleaner, l cline, t string) bool { return l.kind == kindBody && labelDate(t) != "" }},
	{"furniture", roleFurniture, func(_ *Cleaner, _ cline, t string) bool { return isItemFurniture(t) }},
	{"issuer or byline", roleFurniture, func(c *Cleaner, l cline, t string) bool { return l.level == 0 && c.isShortIssuerLine(t) }},
	{"headline", roleHeadline, func(_ *Cleaner, l cline, t string) bool { return isBlockHeadline(l, t) }},
	{"teaser", roleTeaser, func(_ *Cleaner, _ cline, t string) bool { return isTeaserText(t) }},
}

// itemRoleOf returns the role of content line l.
func (c *Cleaner) itemRoleOf(l cline) itemRole {
	t := strings.TrimSpace(l.text)
	for _, r := range itemRoleRules {
		if r.match(c, l, t) {
			return r.role
		}
	}
	return roleOther
}

// maxIssuerLineWords bounds an issuer or byline line between a listed
// item's headline and its date; a longer line that names a body is a
// headline ("Department of Energy National Labs Recognized as ...").
const maxIssuerLineWords = 8

// isShortIssuerLine reports whether t is a short line of a release's
// issuer block (isIssuerLine): a byline ("Jane Okafor, Minister for
// Trade"), a body's name or a release label, not an item's headline. The
// callers ask it only of lines the page does not mark as headings: a
// marked heading ("## Department of Labor's Equity Plan") is a headline.
func (c *Cleaner) isShortIssuerLine(t string) bool {
	return wordCount(t) <= maxIssuerLineWords && c.rules.isIssuerLine(t)
}

// callsToAction are the link labels that lead from a listed item to its
// page, normalized (normLine).
var callsToAction = map[string]bool{
	"read more": true, "learn more": true, "more": true, "view article": true, "view all": true,
	"continue reading": true, "full story": true, "read the full story": true, "read the full article": true,
	"read full story": true, "read full article": true, "read article": true, "see more": true, "see all": true,
	"find out more": true, "more info": true, "more information": true, "details": true, "view details": true,
	"read the release": true, "read the statement": true, "view more": true, "read on": true, "more news": true,
}

// maxFurnitureWords bounds a link or section label that is furniture
// ("Coronavirus", "Urgent and emergency care", "ENERGY BLOG").
const maxFurnitureWords = 4

// isItemFurniture reports whether t is a listing's furniture rather than
// an item's text: a call to action ("Read more »"), an entry of a list of
// links ("* [Prevention](...)"), a link or bulleted label of a few words,
// or a label of one or two words ("ENERGY BLOG", "283 items").
func isItemFurniture(t string) bool {
	label := strings.TrimSpace(strings.TrimLeft(t, "-*+•· "))
	bulleted := label != t
	text, link := markdownLinkText(label)
	switch {
	case link && bulleted:
		return true // an entry of a list of links: navigation, tags, a pager
	case link:
		label = text
	case startsBlock(t) && wordCount(label) <= maxFurnitureWords && !endsClause(label):
		return true // a bulleted tag or label
	}
	label = strings.TrimRight(label, " »›>→…")
	if callsToAction[normLine(label)] {
		return true
	}
	if link {
		return wordCount(label) <= maxFurnitureWords
	}
	return wordCount(label) <= 2
}

// maxBlockHeadlineRunes bounds a listed headline, which a listing prints
// whole even when it is long.
const maxBlockHeadlineRunes = 200

// isBlockHeadline reports whether l can be a listed item's headline: three
// to maxHeadingWords words, not a date, not closed by a full stop (a
// trailing ellipsis of a shortened headline is not one), starting with a
// capital or a digit; the text of a line that is one Markdown link counts.
func isBlockHeadline(l cline, t string) bool {
	if l.kind != kindBody || l.dateline {
		return false
	}
	if text, ok := markdownLinkText(t); ok && !strings.HasPrefix(t, "-") && !strings.HasPrefix(t, "*") {
		t = text
	}
	t = stripListBullet(t) // a list item's headline ("- Minister opens the new port")
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, "..."), "…"))
	n := wordCount(t)
	if n < 3 || n > maxHeadingWords || utf8.RuneCountInString(t) > maxBlockHeadlineRunes || endsSentence(t) || strings.HasSuffix(t, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"“‘'`, r)
}

// minTeaserRunes is the shortest paragraph that is a teaser.
const minTeaserRunes = 40

// isTeaserText reports whether t is a paragraph of an item's text.
func isTeaserText(t string) bool {
	return utf8.RuneCountInString(t) >= minTeaserRunes
}

// itemBlock is the lines from one headline to the next.
type itemBlock struct {
	head, end      int // the headline line; the line after the block
	date           int // the block's date line, or -1
	dates, teasers int
	others         int
	furnitureOnly  bool // nothing but furniture after the headline
}

// listed reports whether the block is a listed item: at most one date
// line, at most maxItemParagraphs paragraphs and one stray line; dated
// reports that it has its date line.
func (b itemBlock) listed() bool {
	return b.dates <= 1 && b.teasers <= maxItemParagraphs && b.others <= 1 && (b.dates == 1 || b.teasers >= 1)
}

func (b itemBlock) dated() bool { return b.dates == 1 }

// itemBlocksSplit starts one article per item of a listing page found by
// its repeated structure (see itemBlock): a run of at least
// minListingItems dated blocks, read from the first dated block on, with
// undated blocks of the same page (a blog list beside a news list) taken
// along while the run lasts. No paragraph of prose may come before the
// first item: a release whose text lists dated events has its own
// paragraphs first. When each item prints its date above its headline
// (the date before the first headline is the first item's), items start
// at their date lines.
func (c *Cleaner) itemBlocksSplit(lines []cline) split {
	var content []int
	roles := make(map[int]itemRole)
	for i, l := range lines {
		if l.kind != kindBody && l.kind != kindDate {
			continue
		}
		content = append(content, i)
		roles[i] = c.itemRoleOf(l)
	}
	keepItemHeadingLevel(lines, content, roles)
	keepBulletedHeadlines(lines, content, roles)
	var blocks []itemBlock
	lead := -1 // the content position of the first headline
	for k, i := range content {
		if roles[i] != roleHeadline {
			continue
		}
		if lead < 0 {
			lead = k
		}
		b := itemBlock{head: i, end: len(lines), date: -1, furnitureOnly: true}
		for _, j := range content[k+1:] {
			if roles[j] == roleHeadline {
				b.end = j
				break
			}
			switch roles[j] {
			case roleDate:
				b.dates++
				b.date = j
			case roleTeaser:
				b.teasers++
			case roleOther:
				b.others++
			}
			if roles[j] != roleFurniture {
				b.furnitureOnly = false
			}
		}
		blocks = append(blocks, b)
	}
	if len(blocks) < minListingItems {
		return split{}
	}
	dateFirst := lead > 0 && roles[content[lead-1]] == roleDate
	if dateFirst {
		blocks = dateFirstBlocks(content, roles, blocks)
	}
	first := -1
	for k, b := range blocks {
		if b.dated() && b.listed() {
			first = k
			break
		}
	}
	if first < 0 {
		return split{}
	}
	var starts []int
	dated, last := 0, first
	heads := make(map[string]bool)
	for k, b := range blocks[first:] {
		if b.furnitureOnly || !b.listed() {
			break // the items end: a footer, a pager, an article's own text
		}
		h := normLine(stripMarkdownLink(strings.TrimSpace(lines[b.head].text)))
		if heads[h] {
			return split{} // a headline printed twice is one article's, not two items'
		}
		heads[h] = true
		if b.dated() {
			dated++
		}
		start := b.head
		if dateFirst && b.date >= 0 && b.date < b.head {
			start = b.date
		}
		starts = append(starts, start)
		last = first + k
	}
	if dated < minListingItems || !listingHoldsText(lines, content, roles, starts[0], blocks[last].end) {
		return split{}
	}
	return split{starts: starts, headed: true, listing: true}
}

// keepItemHeadingLevel keeps the headline role for the lines of one
// heading level when the page marks its headings (an HTML page's h2 to
// h4, Markdown's "###"): when at least minListingItems headline lines
// stand at one level, the items' headlines are those, and a title-case
// line of another level or of none (an item's subtitle, its list of
// topic tags) is the item's text, and a line of that level too long to
// read as a headline by its words alone is one. The level with the most
// headline lines wins; the shallower on a tie.
func keepItemHeadingLevel(lines []cline, content []int, roles map[int]itemRole) {
	count := make(map[int]int)
	for _, i := range content {
		if roles[i] == roleHeadline && lines[i].level > 0 {
			count[lines[i].level]++
		}
	}
	level := 0
	for lv, n := range count {
		if n >= minListingItems && (level == 0 || n > count[level] || n == count[level] && lv < level) {
			level = lv
		}
	}
	if level == 0 {
		return
	}
	for _, i := range content {
		if lines[i].level == level {
			if roles[i] == roleTeaser || roles[i] == roleOther {
				roles[i] = roleHeadline // a long headline the page marks at the items' level
			}
			continue
		}
		if roles[i] != roleHeadline {
			continue
		}
		roles[i] = roleOther
		if isTeaserText(strings.TrimSpace(lines[i].text)) {
			roles[i] = roleTeaser
		}
	}
}

// keepBulletedHeadlines gives the headline role back to the short
// bulleted lines of a listing whose items are list items: when at least
// minListingItems headlines, and most of them, start with a list bullet
// (a rendered <li> prints "- " before its first line), a bulleted line
// of three or four words that reads as a headline ("- U.S.-Djibouti
// Bi-National Forum") is one more item's headline, not a tag. Bulleted
// links stay furniture (a list of topic links).
func keepBulletedHeadlines(lines []cline, content []int, roles map[int]itemRole) {
	bulleted, heads := 0, 0
	for _, i := range content {
		if roles[i] != roleHeadline {
			continue
		}
		heads++
		if t := strings.TrimSpace(lines[i].text); stripListBullet(t) != t {
			bulleted++
		}
	}
	if bulleted < minListingItems || 2*bulleted <= heads {
		return
	}
	for _, i := range content {
		t := strings.TrimSpace(lines[i].text)
		if roles[i] != roleFurniture || stripListBullet(t) == t || wordCount(stripListBullet(t)) < 3 {
			continue
		}
		if isBlockHeadline(lines[i], t) {
			roles[i] = roleHeadline
		}
	}
}

// listingHoldsText reports whether the items (lines [from, to)) hold the
// page's text: the prose before the first item (a cookie notice, a
// page's introduction) is less than half the items' teasers. A release
// that ends with a programme of dated events has its own paragraphs first
// and is not a listing.
func listingHoldsText(lines []cline, content []int, roles map[int]itemRole, from, to int) bool {
	before, inside := 0, 0
	for _, i := range content {
		t := strings.TrimSpace(lines[i].text)
		if roles[i] != roleTeaser || !isProse(t) {
			continue
		}
		switch {
		case i < from:
			before += len(t)
		case i < to:
			inside += len(t)
		}
	}
	return 2*before < inside
}

// dateFirstBlocks moves each block's trailing date line, which dates the
// next item, to the block after it: on a page that prints an item's date
// above its headline, the date before the first headline is the first
// item's and each later date line is read with the headline after it.
func dateFirstBlocks(content []int, roles map[int]itemRole, blocks []itemBlock) []itemBlock {
	out := make([]itemBlock, len(blocks))
	copy(out, blocks)
	for k := range out {
		out[k].dates, out[k].date = 0, -1
	}
	for k := range out {
		// The date line right above this block's headline.
		for p := len(content) - 1; p >= 0; p-- {
			i := content[p]
			if i >= out[k].head {
				continue
			}
			if roles[i] == roleDate {
				out[k].dates, out[k].date = 1, i
			}
			if roles[i] != roleFurniture {
				break
			}
		}
		if k > 0 && out[k].date >= 0 && blocks[k-1].date == out[k].date {
			out[k-1].end = out[k].date
		}
	}
	return out
}

// takeItemDate dates a listed item by its own date line wherever the
// item prints it (above the headline, below it, or after the teaser): when
// no date line above the headline went into the item's masthead, the
// first date line of its text is copied there. The line stays in the text.
func (c *Cleaner) takeItemDate(lines []cline, s *segment) {
	for m := range strings.SplitSeq(s.masthead, "\n") {
		if t := strings.TrimSpace(m); t != "" && (c.rules.isDateOnly(t) || isNumericDate(t)) {
			return
		}
	}
	for i := s.titleEnd; i < s.end; i++ {
		l := lines[i]
		if l.kind == kindDate || l.kind == kindBody && c.isItemDate(l) {
			s.masthead = strings.TrimSpace(s.masthead + "\n" + strings.TrimSpace(l.text))
			return
		}
		if d := labelDate(strings.TrimSpace(l.text)); l.kind == kindBody && d != "" {
			s.masthead = strings.TrimSpace(s.masthead + "\n" + d)
			return
		}
	}
}

// labelDateRE matches a full date (day, month and year) after the start
// of a line, a space or a separator.
var labelDateRE = regexp.MustCompile(`(?i)(?:^|[\s|·•,:–—(-])(` + dateCoreRE + `)`)

// maxLabelWords bounds the words of a byline, a type label or a post's
// meta words beside an item's date.
const maxLabelWords = 8

// labelWords are the lower-case words a byline, a type label or a post's
// meta line may hold ("Office of the Spokesperson", "Posted on ... by",
// "Updated", "3 min read").
var labelWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "on": true, "by": true, "at": true, "in": true,
	"to": true, "from": true, "de": true, "du": true, "la": true, "des": true, "van": true, "von": true, "der": true,
	"posted": true, "published": true, "updated": true, "released": true, "issued": true, "filed": true,
	"written": true, "last": true, "modified": true, "min": true, "mins": true, "read": true, "comments": true,
	"comment": true, "no": true,
	// the lower-case second word of a release-type label ("News release",
	// "Media note", "Joint statement", "Press advisory")
	"release": true, "statement": true, "note": true, "story": true, "advisory": true, "notice": true,
	"speech": true, "remarks": true, "transcript": true, "update": true, "article": true,
}

// labelDate returns the date of a listed item's meta line, which sets the
// date beside a byline, a type label or a post's meta words on one line
// ("Ned Price, Department Spokesperson June 21, 2022", "Media Release |
// 17 Feb 2022", "Posted on 3 May 2024 by admin", "12 March 2026 | News
// story"), or "". The words around the date must read as a name or a
// label: at most maxLabelWords, each capitalized, a number, a separator,
// one of labelWords, or the one word after "by" (a user name). A headline
// or a sentence that holds a date ("Talks end in Geneva, 3 May 2024") has
// other lower-case words and is no meta line.
func labelDate(t string) string {
	if len(t) > 140 || !hasYear(t) {
		return ""
	}
	m := labelDateRE.FindStringSubmatchIndex(t)
	if m == nil {
		return ""
	}
	before, after := strings.TrimSpace(t[:m[2]]), strings.TrimSpace(t[m[3]:])
	if endsSentence(before) && !strings.HasSuffix(before, ".") || endsSentence(after) {
		return ""
	}
	words := append(strings.Fields(before), strings.Fields(after)...)
	if len(words) == 0 || len(words) > maxLabelWords {
		return ""
	}
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(strings.Trim(w, ",.:;()"))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !labelWords[lw] && !isSeparatorWord(w) && (k == 0 || !strings.EqualFold(words[k-1], "by")) {
			return ""
		}
	}
	return t[m[2]:m[3]]
}

// isSeparatorWord reports whether w is punctuation alone ("|", "·", "–").
func isSeparatorWord(w string) bool {
	for _, r := range w {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return true
}

// edgeDateRE matches a full date (or a numeric one) at the start or at
// the end of a line, set off from the rest by spaces and an optional
// dash, bar or colon.
var (
	leadDateRE  = regexp.MustCompile(`(?i)^(` + dateCoreRE + `|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*[-–—|:]?\s+(\S.*)$`)
	trailDateRE = regexp.MustCompile(`(?i)^(.*\S)\s+[-–—|:(]?\s*(` + dateCoreRE + `|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\)?$`)
)

// trailDateMatch is trailDateRE's submatches of t, tried only when t
// ends as every date of the pattern does (a digit, a closing bracket or
// 日): most lines end otherwise, and the pattern's leading ".*" costs a
// scan per line.
func trailDateMatch(t string) []string {
	r, _ := utf8.DecodeLastRuneInString(t)
	if r != ')' && r != '日' && (r < '0' || r > '9') {
		return nil
	}
	return trailDateRE.FindStringSubmatch(t)
}

// datedHeadline splits t, a listing row that prints its date and its
// headline on one line ("June 17, 2026 Ferry timetable changes", "- Ferry
// timetable changes June 17, 2026"), into the headline and the date;
// dateFirst tells the order. ok is false for other lines: the rest must
// be a headline of three words or more that ends no sentence.
func (c *Cleaner) datedHeadline(t string) (head, date string, dateFirst, ok bool) {
	t = stripListBullet(strings.TrimSpace(t))
	if len(t) > 2*maxBlockHeadlineRunes || !hasYear(t) && !strings.ContainsAny(t, "./-") {
		return "", "", false, false
	}
	if m := leadDateRE.FindStringSubmatch(t); m != nil {
		head, date, dateFirst = m[2], m[1], true
	} else if m := trailDateMatch(t); m != nil {
		head, date = strings.TrimRight(m[1], " -–—|:("), m[2]
	} else {
		return "", "", false, false
	}
	if !c.isTabDate(date) {
		return "", "", false, false
	}
	n := wordCount(head)
	r, _ := utf8.DecodeRuneInString(head)
	if n < 3 || n > maxTypeHeadlineWords || endsSentence(head) || !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"“‘'`, r) {
		return "", "", false, false
	}
	return head, date, dateFirst, true
}

// markDatedHeadlines rewrites the rows of a listing that print each
// item's date and headline on one line, separated only by spaces ("June
// 17, 2026 Ferry timetable changes", a <dt> date and its <dd> headline
// read as one line, a list item's "- Headline June 17, 2026"), into the
// tabbed form the listing rules read ("Headline<TAB>June 17, 2026"), when
// at least minListingItems rows of one order do so. A single headline
// that ends in a date ("Talks end, 3 May 2024") stays as it is.
func (c *Cleaner) markDatedHeadlines(lines []cline) {
	var first, last []int
	for i, l := range lines {
		if l.kind != kindBody || strings.Contains(l.text, "\t") {
			continue
		}
		if _, _, df, ok := c.datedHeadline(l.text); ok {
			if df {
				first = append(first, i)
			} else {
				last = append(last, i)
			}
		}
	}
	rows := first
	if len(last) > len(first) {
		rows = last
	}
	if len(rows) < minListingItems {
		return
	}
	for _, i := range rows {
		head, date, _, _ := c.datedHeadline(lines[i].text)
		t := head + "\t" + date
		lines[i].text = t
		lines[i].dateline = c.rules.isDateline(t)
		lines[i].headline = c.isHeadline(t)
	}
}
