package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// segment is one article's range of lines.
type segment struct {
	start, end int // lines [start, end)
	// bodyFrom is where the article text starts (its title line, or the
	// issuer block kept above it); lines before it are pre-title material.
	bodyFrom int
	// titleEnd is the line after the title's last line.
	titleEnd int
	title    string
	// masthead holds the article's own pre-title date and release lines.
	masthead string
	// item marks one release of a listing page: the page's masthead and
	// date metadata are the listing's, not the item's.
	item bool
	// record marks a segment that starts at one of the page's repeated
	// records (recordSplit): its record's headline is its title.
	record bool
}

// minArticleBody is how much body text (bytes of long paragraphs) each
// part of a split needs, so that a stray heading does not split a release.
const minArticleBody = 300

// minSectionBody is the body text each newsletter section needs: a marker
// ("TOPIC 2") is a strong signal, one paragraph is enough.
const minSectionBody = 100

// split is where a document's articles start: starts[0] is the first
// article's first line, and lines before it are the document's masthead.
// headed reports that each start is the article's headline; otherwise it
// is a section marker line above the headline, left out of the article.
type split struct {
	starts []int
	headed bool
	// listing reports that the starts are the items of a listing page:
	// each article is one listed release, dated by its own date line.
	listing bool
	// records reports that the starts are the page's repeated records
	// (recordSplit), each titled by its record's headline.
	records bool
}

// splitRule is one way a document shows where its articles start. find
// returns a split with at least two starts, or one with none.
type splitRule struct {
	name string
	find func(c *Cleaner, lines []cline) split
	// textOnly keeps the rule to plain-text and Markdown documents: files
	// that concatenate releases line by line. A web page or a PDF shows
	// its articles by markup and type, which the other rules read.
	textOnly bool
}

// noHTMLRules name the rules kept off web pages: they read lines that
// nothing but blank lines sets apart, which on a web page are mostly
// captions and questions, while a text file or a PDF without headline
// type marks its headlines so.
var noHTMLRules = map[string]bool{"mixed-case standalone headlines": true}

// splitRules are tried in order; the first that finds two or more
// articles wins. A document none of them splits is one article.
var splitRules = []splitRule{
	{"page records", (*Cleaner).recordSplit, false},                                 // an HTML page's repeated records (listing_html.go)
	{"numbered section markers", (*Cleaner).sectionMarkerSplit, false},              // "TOPIC 1" ... "TOPIC 2" above headlines
	{"symbol headlines", (*Cleaner).symbolSplit, false},                             // "■ Headline" lines over bodies
	{"contents list", (*Cleaner).contentsSplit, false},                              // a periodical's contents naming later headlines
	{"listing item blocks", (*Cleaner).itemBlocksSplit, false},                      // a listing page's items of one repeated structure
	{"markdown heading level", (*Cleaner).markdownLevelSplit, false},                // a periodical's articles at one heading level
	{"type headings", (*Cleaner).typeHeadingSplit, false},                           // a periodical's headlines in bold or larger type
	{"standalone headlines", (*Cleaner).standaloneSplit, false},                     // a periodical's headline lines in one case style
	{"mixed-case standalone headlines", (*Cleaner).mixedCaseStandaloneSplit, false}, // the same in a text file or an untyped PDF, sentence and title case as one style
	{"numbered stories", (*Cleaner).numberedStorySplit, false},                      // a periodical's numbered headline lines
	{"listing items", (*Cleaner).listingSplit, false},                               // a listing page's dated headlines with summaries
	{"repeated header shape", (*Cleaner).headerShapeSplit, true},                    // one header shape (label, date, headline) over each release (split_shape.go)
	{"repeated release headers", (*Cleaner).repeatedHeaderSplit, false},             // short releases pasted one after another
	{"closing datelines", (*Cleaner).closingLineSplit, false},                       // "Issued in Canberra on 3 May 2024" closing each release (newsletter_split.go)
	{"concatenated releases", (*Cleaner).releaseSplit, false},                       // release headers after full bodies
	{"separated stories", (*Cleaner).separatedStorySplit, false},                    // headlines after separator lines or closing datelines
	{"separated parts", (*Cleaner).separatedPartSplit, false},                       // parts between separator lines, each a title over a body (split_story.go)
	{"story blocks", (*Cleaner).storyBlockSplit, false},                             // a digest of title lines each over one paragraph (split_story.go)
}

// segment splits the document into articles by the first of splitRules
// that applies. Lines before the first article are the document's
// masthead. It returns the segments and the document-level masthead.
//
// headline is the page's own headline (corpus.Meta.Headline: the <h1> of
// an HTML page's main content, a front-matter title), empty when it has
// none. A document it heads as one article (pageHeadsOneArticle) is split
// only by what the HTML decoder found repeated (records, a listing's
// items), never by the shape of its lines: its title lines over
// paragraphs are the article's sections.
func (c *Cleaner) segment(lines []cline, format corpus.Format, headline string) ([]segment, string) {
	var masthead []string
	for _, l := range lines {
		if l.kind == kindMasthead {
			masthead = append(masthead, strings.TrimSpace(l.text))
		}
	}
	sp := split{starts: []int{0}, headed: true}
	typed := c.typeSetPDF(lines, format) // newsletter_split.go
	for _, r := range splitRules {
		if r.textOnly && format != corpus.FormatText || noHTMLRules[r.name] && format == corpus.FormatHTML || typed && lineShapeRules[r.name] {
			continue
		}
		s := r.find(c, lines)
		if len(s.starts) < 2 || !s.listing && !s.records && c.pageHeadsOneArticle(format, headline) {
			continue
		}
		sp = s
		break
	}
	starts := sp.starts
	if !sp.listing && !sp.records {
		starts = dropSentenceStarts(lines, starts, sp.headed)
	}
	// Running text above a web page's first article (proseAbove) is no
	// masthead: it is the page's own article (a lead that a split into
	// sections left above them, an editors' note), an article of its own.
	// A listing's items and a text file's opening lines are left as they
	// are.
	if format == corpus.FormatHTML && sp.headed && !sp.listing && len(starts) >= 2 && starts[0] > 0 && proseAbove(lines, 0, starts[0]) {
		starts = append([]int{0}, starts...)
	}
	var pre []string
	for i := 0; i < starts[0]; i++ {
		if k := lines[i].kind; k == kindBody || k == kindDate {
			pre = append(pre, strings.TrimSpace(lines[i].text))
			lines[i].kind = kindMasthead
		}
	}
	masthead = append(pre, masthead...)
	if len(pre) > 0 {
		// The newsletter's name and masthead lines recur as page headers.
		seen := make(map[string]bool, len(pre))
		for _, m := range pre {
			seen[normLine(m)] = true
		}
		// A section's headline stays, though a contents list in the
		// masthead names it in the same words.
		headlines := make(map[int]bool, len(starts))
		for _, s := range starts {
			h := s
			if !sp.headed {
				h = nextContent(lines, s+1)
			}
			headlines[h] = true
		}
		for i := starts[0]; i < len(lines); i++ {
			if lines[i].kind == kindBody && len(lines[i].text) <= 160 && !headlines[i] && seen[normLine(lines[i].text)] {
				lines[i].kind = kindMasthead
			}
		}
	}
	segs := make([]segment, 0, len(starts))
	for j, s := range starts {
		end := len(lines)
		if j+1 < len(starts) {
			end = starts[j+1]
		}
		from := s
		if !sp.headed {
			from = s + 1 // past the marker line
		}
		segs = append(segs, segment{start: from, end: end, item: sp.listing, record: sp.records})
	}
	// Drop segments without any content.
	out := segs[:0]
	for _, s := range segs {
		for i := s.start; i < s.end; i++ {
			if k := lines[i].kind; k == kindBody || k == kindDate {
				out = append(out, s)
				break
			}
		}
	}
	return out, strings.Join(masthead, "\n")
}

// nextContent returns the first line from i on that is not blank, or
// len(lines).
func nextContent(lines []cline, i int) int {
	for i < len(lines) && lines[i].kind == kindBlank {
		i++
	}
	return i
}

// periodicalCue tells a periodical (a newsletter, bulletin or digest,
// whose sections are separate articles) from a release or a report (whose
// sections are parts of one text) by a line near its top.
type periodicalCue struct {
	name  string
	match func(r *chromeRules, t string) bool
}

// periodicalCues are the lines that make a document a periodical.
var periodicalCues = []periodicalCue{
	{"periodical name", func(_ *chromeRules, t string) bool {
		return containsFold(t, "newsletter", "bulletin", "digest", "magazine", "gazette")
	}},
	{"volume and issue number", func(r *chromeRules, t string) bool {
		return containsFold(t, "vol", "issue") && r.issueNumber.MatchString(t)
	}},
	{"issue month", func(_ *chromeRules, t string) bool { return isIssueName(t) }},           // newsletter_split.go
	{"name by frequency", func(_ *chromeRules, t string) bool { return isFrequencyName(t) }}, // split_story.go
	{"this-issue heading", func(_ *chromeRules, t string) bool {
		return containsFold(t, "in this issue", "inside this issue", "in this edition", "this issue:", "in this number")
	}},
}

// periodicalTop is how many content lines from the top a periodical's cue
// is looked for in.
const periodicalTop = 12

// periodical reports whether the document is a periodical: its page
// title names one (cline.periodicalName), or one of its first content
// lines, or a masthead line anywhere (a page-one masthead printed further
// down), matches one of periodicalCues or names a periodical beside its
// issue date.
func (c *Cleaner) periodical(lines []cline) bool {
	seen, prev := 0, ""
	for _, l := range lines {
		if l.periodicalName {
			return true
		}
		top := seen < periodicalTop
		if l.kind == kindBlank || l.kind == kindChrome || !top && l.kind != kindMasthead {
			continue
		}
		if top {
			seen++
		}
		t := strings.TrimSpace(l.text)
		if len(t) <= 160 && (c.isPeriodicalCue(t) || top && c.datedNewsName(prev, t)) {
			return true
		}
		prev = t
	}
	return false
}

// newsNameWords name a periodical only with an issue date beside them
// ("Farm Update" over "May 2024", "Health Department Weekly News" over
// "Week of 6 May 2024", "News in Brief - 3 March 2025").
var newsNameWords = []string{"news", "update", "updates", "round-up", "roundup", "round up", "in brief", "briefs", "e-news", "enews", "highlights", "weekly", "monthly", "fortnightly", "quarterly"}

// maxNewsNameWords bounds the words of a periodical's name line.
const maxNewsNameWords = 8

// datedNewsName reports whether line t, or the line prev above it, is a
// periodical's name (newsNameWords) with its issue date on the same line
// or on line t below it. A release label ("News release") is no name.
func (c *Cleaner) datedNewsName(prev, t string) bool {
	switch {
	case c.isNewsName(t) && hasYear(t) && (c.rules.isDateline(t) || namesMonth(t)):
		return true
	case prev != "" && c.isNewsName(prev):
		return hasYear(t) && wordCount(t) <= 6 && (c.rules.isDateline(t) || isMonthYear(t) || isNumericDate(t))
	}
	return false
}

// namesMonth reports whether one of t's words is a month's name.
func namesMonth(t string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if monthNames[w] {
			return true
		}
	}
	return false
}

// isNewsName reports whether t is a short line naming a periodical by one
// of newsNameWords.
func (c *Cleaner) isNewsName(t string) bool {
	if wordCount(t) > maxNewsNameWords || endsSentence(t) || isReleaseLabel(t) || c.rules.isReleaseLine(t) {
		return false
	}
	n := " " + strings.Join(strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}), " ") + " "
	for _, w := range newsNameWords {
		if strings.Contains(n, " "+w+" ") {
			return true
		}
	}
	return false
}

// isPeriodicalCue reports whether line t matches one of periodicalCues.
func (c *Cleaner) isPeriodicalCue(t string) bool {
	for _, cue := range periodicalCues {
		if cue.match(c.rules, t) {
			return true
		}
	}
	return false
}

// maxContentsEntries bounds the table-of-contents entries looked for in
// the text, keeping segmentation linear.
const maxContentsEntries = 40

// contentsSplit starts the articles of a periodical at the headlines its
// table of contents lists: a masthead line, or a line set as a list entry
// (a bullet, a number, dot leaders, a page number, a box) above the first
// prose paragraph, names a later headline line in the same words, in
// order; two entries may name two articles with the same headline. A
// document that is not a periodical (a report's contents list its
// sections) is not split this way.
func (c *Cleaner) contentsSplit(lines []cline) split {
	if !c.periodical(lines) {
		return split{}
	}
	type entry struct {
		line int
		text string
	}
	var entries []entry
	listed := make(map[int]bool)
	firstProse := len(lines)
	for i, l := range lines {
		if l.kind == kindBody && len(l.text) >= 100 && isProse(l.text) {
			firstProse = i
			break
		}
	}
	for i, l := range lines {
		if len(entries) >= maxContentsEntries {
			break
		}
		t := strings.TrimSpace(l.text)
		if !(l.kind == kindMasthead || i < firstProse && l.kind == kindBody && l.level == 0 && c.isContentsForm(t)) {
			continue
		}
		listed[i] = true
		if e := c.contentsEntry(t); wordCount(e) >= 2 {
			entries = append(entries, entry{i, normLine(e)})
		}
	}
	if len(entries) < 2 {
		return split{}
	}
	var starts []int
	from := 0
	for _, e := range entries {
		for i := max(from, e.line+1); i < len(lines); i++ {
			if !listed[i] && lines[i].kind == kindBody && (lines[i].headline || lines[i].level > 0) && headlineNamed(lines, i, e.text) {
				starts = append(starts, i)
				from = i + 1
				break
			}
		}
	}
	starts = bodiedStarts(lines, c.sameLevelStarts(lines, starts))
	if len(starts) < 2 {
		return split{}
	}
	if bodyBetween(bodyPrefix(lines), 0, starts[0]) > 0 {
		starts = append([]int{0}, starts...) // an editorial before the first listed article
	}
	return split{starts: starts, headed: true}
}

// maxWrapLines is how many lines a headline named by a contents entry
// may be wrapped over.
const maxWrapLines = 3

// headlineNamed reports whether the headline at line i is the contents
// entry want (normalized): the line itself, or the line and the next ones
// when the layout wrapped the headline ("Ambassador visits the northern
// provinces for" / "talks with governors").
func headlineNamed(lines []cline, i int, want string) bool {
	got := normLine(stripSymbol(lines[i].text))
	if got == want {
		return true
	}
	if wordCount(got) < 3 || !strings.HasPrefix(want, got+" ") {
		return false
	}
	for j, k := i, 1; k < maxWrapLines; k++ {
		if j = nextContent(lines, j+1); j >= len(lines) || lines[j].kind != kindBody {
			return false
		}
		got += " " + normLine(lines[j].text)
		if got == want {
			return true
		}
		if !strings.HasPrefix(want, got+" ") {
			return false
		}
	}
	return false
}

// sameLevelStarts adds to the article starts a contents list named the
// other headlines set at their heading level: when every listed headline
// is a Markdown heading of one level, a later heading of that level with
// a section's body under it is an article too (a contents box that names
// only the lead stories). Headings of other levels stay sub-headings.
func (c *Cleaner) sameLevelStarts(lines []cline, starts []int) []int {
	if len(starts) == 0 {
		return starts
	}
	level := lines[starts[0]].level
	if level == 0 {
		return starts
	}
	listed := make(map[int]bool, len(starts))
	for _, s := range starts {
		if lines[s].level != level {
			return starts
		}
		listed[s] = true
	}
	p := bodyPrefix(lines)
	var out []int
	for i := starts[0]; i < len(lines); i++ {
		if listed[i] {
			out = append(out, i)
			continue
		}
		if lines[i].level != level || lines[i].kind != kindBody || !c.isArticleHeading(strings.TrimSpace(lines[i].text)) {
			continue
		}
		end := len(lines)
		for j := i + 1; j < len(lines); j++ {
			if lines[j].level > 0 && lines[j].level <= level {
				end = j
				break
			}
		}
		if bodyBetween(p, i+1, end) >= minSectionBody {
			out = append(out, i)
		}
	}
	return out
}

// isArticleHeading reports whether heading text t can start an article:
// not a numbered or bracketed sub-heading, a list entry, a section name,
// a short question label ("How to Apply") or a contents heading.
func (c *Cleaner) isArticleHeading(t string) bool {
	return t != "" && !c.rules.isItemStart(t) && !startsBlock(t) && !genericTitle(t) && !c.rules.tocHead.MatchString(t) && !isQuestionLabel(t) &&
		!(strings.HasSuffix(t, ".") && !abbreviationBefore(t, len(t)-1))
}

// isContentsForm reports whether t is set as a contents entry: a bullet or
// number label before it, dot leaders or a page number after it, or the
// bars of a box around it.
func (c *Cleaner) isContentsForm(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > 160 || endsSentence(t) {
		return false
	}
	switch {
	case strings.HasPrefix(t, "|") || strings.HasSuffix(t, "|"):
		return true
	case startsBlock(t) || c.rules.isItemStart(t):
		return true
	case strings.Contains(t, "....") || strings.Contains(t, "……") || strings.Contains(t, ". . . ."):
		return c.rules.dotLeader.MatchString(t)
	}
	return false
}

// contentsEntry is the title in a table-of-contents line: without the
// bars of a box, a bullet or number label, dot leaders, page number, a
// trailing date in brackets and a leading symbol.
func (c *Cleaner) contentsEntry(line string) string {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "|"))
	t = strings.TrimSpace(stripSymbol(t))
	if text, ok := markdownLinkText(t); ok {
		return text // "[Headline](#anchor)": the link's text is the headline as written ("8 GB drives supported")
	}
	if loc := c.rules.itemStart.FindStringIndex(t); loc != nil {
		t = strings.TrimSpace(t[loc[1]:])
	} else if len(t) > 1 && strings.ContainsRune("-*•–", rune(t[0])) {
		t = strings.TrimSpace(strings.TrimLeft(t, "-*•– "))
	}
	if loc := c.rules.dotLeader.FindStringIndex(t); loc != nil {
		t = t[:loc[0]]
	}
	t = strings.TrimRight(t, " 0123456789")
	if strings.HasSuffix(t, ")") {
		if k := strings.LastIndexByte(t, '('); k > 0 {
			t = t[:k]
		}
	}
	return strings.TrimSpace(t)
}

// markdownLinkText returns the text of a line that is one Markdown link
// ("[Grants for coastal towns](#grants)", "- [Title](page.md)"), after a
// list bullet if any; ok is false for other lines.
func markdownLinkText(t string) (string, bool) {
	t = strings.TrimSpace(strings.TrimLeft(t, "-*+• "))
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, ")") {
		return "", false
	}
	k := strings.Index(t, "](")
	if k < 2 || strings.Contains(t[k+2:len(t)-1], " ") && !strings.Contains(t[k+2:], "\"") {
		return "", false
	}
	return strings.TrimSpace(t[1:k]), true
}

// markdownLevelSplit starts the articles of a Markdown or HTML periodical
// at its headings of one level (cline.level: "## " marks, <h2> tags): the shallowest level with at least two headings,
// each followed by a section's body. A level with one heading is the
// document's title; numbered or bracketed headings ("1. Next steps",
// "(2) Outcomes") and section names ("Background") are sub-headings inside
// an article and neither count nor start one.
func (c *Cleaner) markdownLevelSplit(lines []cline) split {
	var byLevel [7][]int
	any := false
	for i, l := range lines {
		if l.level < 1 || l.level > 6 || l.kind != kindBody {
			continue
		}
		if !c.isArticleHeading(strings.TrimSpace(l.text)) {
			continue
		}
		byLevel[l.level] = append(byLevel[l.level], i)
		any = true
	}
	if !any || !c.periodical(lines) {
		return split{}
	}
	for _, idx := range byLevel {
		if len(idx) < 2 {
			continue
		}
		if b := bodiedStarts(lines, idx); len(b) >= 2 {
			return split{starts: b, headed: true}
		}
		break // the shallowest level with several headings decides
	}
	return split{}
}

// bodiedStarts keeps the article starts that head a section's body
// (minSectionBody) up to the next start; a heading without one (a list of
// links, "Contact") stays inside the article before it. It returns nil
// unless most starts have a body: headings that mostly head no text are
// not a periodical's articles.
func bodiedStarts(lines []cline, starts []int) []int {
	var out []int
	for j, s := range starts {
		end := len(lines)
		if j+1 < len(starts) {
			end = starts[j+1]
		}
		if sectionText(lines, s+1, end) >= minSectionBody {
			out = append(out, s)
		}
	}
	if 2*len(out) < len(starts) {
		return nil
	}
	return out
}

// maxHeadingWords bounds the words of a headline that starts a section.
const maxHeadingWords = 20

// typeHeadingSplit starts the articles of a periodical at the headlines
// the decoder marked by their type (bold or larger, see Doc.Headings) when
// nothing else marks them: at least two headlines are each followed by a
// section's body. A headline set over adjacent lines starts at its first;
// a marked line with too little body after it (the newsletter's own name,
// a bold caption) belongs to what precedes it. A release with bold section
// headings is not a periodical and stays whole; a digest whose headlines
// link to their stories' own pages (linkedDigest), whose stories close
// with a call to read on (readMoreDigest) or that is a run of headlines
// each over a story's paragraph (storyDigest) is one, whatever its
// masthead.
func (c *Cleaner) typeHeadingSplit(lines []cline) split {
	var cands []int
	prevHeading, blank := -1, false
	for i, l := range lines {
		switch {
		case l.kind == kindBlank:
			blank = true
			continue
		case l.heading && l.kind == kindBody && isTypeHeadline(strings.TrimSpace(l.text)): // newsletter_split.go
			if prevHeading < 0 || blank && !continuesHeadline(lines[prevHeading].text, l.text) {
				cands = append(cands, i)
			}
			prevHeading = i
		default:
			prevHeading = -1
		}
		blank = false
	}
	typed := cands
	cands = dropSubheadingLabels(lines, cands)                                                                                                  // newsletter_split.go
	if len(cands) < 2 || !c.periodical(lines) && !linkedDigest(lines, cands) && !readMoreDigest(lines, cands) && !c.storyDigest(lines, typed) { // split_story.go
		return split{}
	}
	var starts []int
	run := -1 // the first of adjacent headline paragraphs with no body between
	for j, s := range cands {
		end := len(lines)
		if j+1 < len(cands) {
			end = cands[j+1]
		}
		if run < 0 || c.restartsRun(lines, run, s) { // newsletter_split.go
			run = s
		}
		switch {
		case sectionText(lines, s+1, end) >= minSectionBody:
			starts = append(starts, run)
			run = -1
		case end < len(lines) && !onlyBlankBetween(lines, s, end) || c.isPeriodicalCue(strings.TrimSpace(lines[s].text)):
			run = -1 // a bold caption with text of its own, or the periodical's name
		}
	}
	return split{starts: starts, headed: true}
}

// onlyBlankBetween reports whether the lines after i and before j are all
// blank or headings of the same paragraph: a headline the decoder set as
// two heading paragraphs ("Meeting with Representatives of the" /
// "Business Council") starts at its first.
func onlyBlankBetween(lines []cline, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if lines[k].kind != kindBlank && !lines[k].heading {
			return false
		}
	}
	return true
}

// continuesHeadline reports whether next, a headline paragraph after the
// headline paragraph prev, goes on with its phrase: it starts in lower
// case or prev ends with a connector ("... Minister for Agriculture" /
// "and Food Security").
func continuesHeadline(prev, next string) bool {
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(next)); unicode.IsLower(r) {
		return true
	}
	f := strings.Fields(prev)
	return len(f) > 0 && corpus.IsTitleConnector(strings.ToLower(f[len(f)-1]))
}

// sectionMarkerSplit starts the articles of a newsletter at its section
// markers: at least two markers of the same word ("TOPIC 1", "TOPIC 2")
// numbered in increasing order, each followed by a headline and a body.
// Markers that do not make a newsletter become ordinary lines.
func (c *Cleaner) sectionMarkerSplit(lines []cline) split {
	byWord := map[string][]int{}
	var order []string
	for i, l := range lines {
		if l.kind != kindMarker {
			continue
		}
		m := c.rules.marker.FindStringSubmatch(strings.TrimSpace(l.text))
		w := strings.ToLower(m[1])
		if _, ok := byWord[w]; !ok {
			order = append(order, w)
		}
		byWord[w] = append(byWord[w], i)
	}
	for _, w := range order {
		idx := byWord[w]
		if len(idx) < 2 {
			continue
		}
		if c.markersIncrease(lines, idx) && c.eachHasBody(lines, append(idx, len(lines)), minSectionBody) && c.eachHeadlined(lines, idx) {
			return split{starts: idx}
		}
	}
	for _, idx := range byWord {
		for _, i := range idx {
			lines[i].kind = kindBody
		}
	}
	return split{}
}

// symbolSplit starts the articles of a newsletter at its headlines
// introduced by a block symbol ("■ Headline"): at least two, each
// followed by a body.
func (c *Cleaner) symbolSplit(lines []cline) split {
	var sym []int
	for i, l := range lines {
		if l.kind == kindBody && c.rules.symbolHead.MatchString(strings.TrimSpace(l.text)) && utf8.RuneCountInString(l.text) <= 200 && !endsSentence(l.text) {
			sym = append(sym, i)
		}
	}
	if len(sym) >= 2 && c.eachHasBody(lines, append(sym, len(lines)), minSectionBody) {
		return split{starts: sym, headed: true}
	}
	return split{}
}

// eachHeadlined reports whether every marker is followed by a headline of
// at least three words, as a newsletter's sections are; the numbered
// articles of an agreement ("Article 2" then "Purpose" or a sentence) are
// not separate articles.
func (c *Cleaner) eachHeadlined(lines []cline, idx []int) bool {
	for _, i := range idx {
		j := c.nextContent(lines, i)
		if j < 0 || !lines[j].headline || wordCount(lines[j].text) < 3 || endsSentence(strings.TrimSpace(lines[j].text)) {
			return false
		}
	}
	return true
}

// markersIncrease reports whether the markers' numbers go up by one.
func (c *Cleaner) markersIncrease(lines []cline, idx []int) bool {
	prev := 0
	for _, i := range idx {
		m := c.rules.marker.FindStringSubmatch(strings.TrimSpace(lines[i].text))
		n := markerNumber(m[2])
		if n != prev+1 {
			return false
		}
		prev = n
	}
	return true
}

func markerNumber(s string) int {
	if isDigitsOnly(s) {
		return int(atoi2(s))
	}
	switch strings.ToLower(s) {
	case "i":
		return 1
	case "ii":
		return 2
	case "iii":
		return 3
	case "iv":
		return 4
	case "v":
		return 5
	case "vi":
		return 6
	case "vii":
		return 7
	case "viii":
		return 8
	case "ix":
		return 9
	case "x":
		return 10
	}
	return 0
}

func atoi2(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 3; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// eachHasBody reports whether every range between consecutive bounds holds
// enough body text to be an article.
func (c *Cleaner) eachHasBody(lines []cline, bounds []int, need int) bool {
	p := bodyPrefix(lines)
	for j := 0; j+1 < len(bounds); j++ {
		if bodyBetween(p, bounds[j]+1, bounds[j+1]) < need {
			return false
		}
	}
	return true
}

// minSentenceBytes is the shortest line sectionText counts as a sentence.
const minSentenceBytes = 40

// sectionText is the body text under a heading that its structure marks
// (a Markdown heading, a contents entry): bytes of the prose lines of at
// least minSentenceBytes in lines [from, to), so that a short notice of
// two sentences counts, while a list of links or names does not.
func sectionText(lines []cline, from, to int) int {
	n := 0
	for i := max(from, 0); i < min(to, len(lines)); i++ {
		if l := lines[i]; l.kind == kindBody && len(l.text) >= minSentenceBytes && isProse(l.text) {
			n += len(l.text)
		}
	}
	return n
}

// bodyPrefix returns running totals of the length of long prose paragraphs:
// lines [from, to) hold p[to]-p[from] bytes of body text.
func bodyPrefix(lines []cline) []int {
	p := make([]int, len(lines)+1)
	for i, l := range lines {
		p[i+1] = p[i]
		if l.kind == kindBody && len(l.text) >= 100 && isProse(l.text) {
			p[i+1] += len(l.text)
		}
	}
	return p
}

// isProse reports whether a long line reads as sentences rather than a
// list entry (a listing page's "Headline<TAB>March 13, 2015").
func isProse(t string) bool {
	t = strings.TrimSpace(t)
	return endsSentence(t) || strings.HasSuffix(t, ":") || strings.Contains(t, ". ")
}

func bodyBetween(p []int, from, to int) int {
	from = min(max(from, 0), len(p)-1)
	to = min(max(to, from), len(p)-1)
	return p[to] - p[from]
}

// standaloneSplit starts the articles of a periodical in plain text at
// its headline lines when nothing else marks them: a short line standing
// alone between blank lines, set in the case style of the first such line
// (title case or capitals), followed by a prose paragraph; at least two,
// each with a section's body. Numbered or bracketed sub-headings ("1.
// Overview", "(2) Speech"), section names and lines in another case style
// are parts of an article.
func (c *Cleaner) standaloneSplit(lines []cline) split {
	return c.standaloneHeadlines(lines, false)
}

// mixedCaseStandaloneSplit is standaloneSplit for plain text and PDFs
// whose type marks no headline, where
// sentence-case headline lines count too, of one style with title-case
// ones: proper nouns blur the two ("Credit upgrade for New Zealand",
// "New Zealander injured in Baghdad bombing"), and a text file marks its
// headlines by nothing but the blank lines around them. A web page's
// standalone sentence-case lines are mostly captions and questions.
func (c *Cleaner) mixedCaseStandaloneSplit(lines []cline) split {
	return c.standaloneHeadlines(lines, true)
}

// minMixedCaseHeadlines is the fewest headlines of mixedCaseStandaloneSplit:
// a sentence-case line between blank lines over a paragraph is as often an
// article's section heading ("What it means for berth holders"), so two
// of them are no digest.
const minMixedCaseHeadlines = 3

// standaloneHeadlines finds the starts of standaloneSplit, sentence-case
// lines among them when mixed is set.
func (c *Cleaner) standaloneHeadlines(lines []cline, mixed bool) split {
	p := bodyPrefix(lines)
	var cands []int
	style := -1
	for i := range lines {
		if !c.isStandaloneHeadline(lines, i) {
			continue
		}
		st := caseStyle(strings.TrimSpace(lines[i].text))
		if mixed && st == styleSentence {
			st = styleTitle
		}
		if style < 0 {
			style = st
		}
		if st == style && st != styleSentence {
			cands = append(cands, i)
		}
	}
	if len(cands) < 2 || mixed && len(cands) < minMixedCaseHeadlines || !c.periodical(lines) {
		return split{}
	}
	for j, s := range cands {
		end := len(lines)
		if j+1 < len(cands) {
			end = cands[j+1]
		}
		if bodyBetween(p, s+1, end) < minSectionBody {
			return split{}
		}
	}
	return split{starts: cands, headed: true}
}

// isStandaloneHeadline reports whether line i is a headline line standing
// alone: blank lines around it, three to maxHeadingWords words, no closing
// punctuation, no number label, no section name, and a prose paragraph
// next.
func (c *Cleaner) isStandaloneHeadline(lines []cline, i int) bool {
	l := lines[i]
	if l.kind != kindBody || !l.headline || l.dateline || i > 0 && lines[i-1].kind != kindBlank || i+1 < len(lines) && lines[i+1].kind != kindBlank {
		return false
	}
	t := strings.TrimSpace(l.text)
	if n := wordCount(t); n < 3 || n > maxHeadingWords || endsClause(t) && !strings.HasSuffix(t, ")") || endsWithDash(t) || startsBlock(t) || c.rules.isItemStart(t) || genericTitle(t) || isQuestionLabel(t) {
		return false
	}
	j := nextContent(lines, i+1)
	return j < len(lines) && lines[j].kind == kindBody && len(lines[j].text) >= 100 && isProse(lines[j].text)
}

// endsWithDash reports whether t closes with a dash ("Access –", "Small
// boats —"): a run-in label that introduces the text after it, never a
// headline.
func endsWithDash(t string) bool {
	t = strings.TrimSpace(t)
	for _, d := range []string{"–", "—", " -"} {
		if strings.HasSuffix(t, d) {
			return true
		}
	}
	return false
}

// Case styles of a headline line.
const (
	styleSentence = iota // "Ministers meet in Hanoi"
	styleTitle           // "Ministers Meet in Hanoi"
	styleCaps            // "MINISTERS MEET IN HANOI"
)

// caseStyle returns the case style of headline line t.
func caseStyle(t string) int {
	switch {
	case isAllCaps(t):
		return styleCaps
	case isSentenceCase(t):
		return styleSentence
	}
	return styleTitle
}

// minListingItems is the fewest items that make a listing.
const minListingItems = 3

// maxItemParagraphs bounds the paragraphs of a listing item's summary.
const maxItemParagraphs = 3

// minSummaryBytes is the shortest summary paragraph of a listing item.
const minSummaryBytes = 80

// listingSplit starts one article per item of a listing page (a member's
// press releases, a news index): at least three items of one shape, a
// date line right above or right below a headline line, then a summary
// of at most three paragraphs, or a headline and its date on one line set
// apart by a tab (a table row). No prose comes before the first item: a
// release whose text lists dated events has its own paragraphs first.
func (c *Cleaner) listingSplit(lines []cline) split {
	var starts, groups []int
	shape, paras := -1, 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.kind == kindBlank || l.kind == kindChrome || l.kind == kindMasthead {
			continue
		}
		if sh, next, ok := c.listingItemAt(lines, i); ok && (shape < 0 || sh == shape) {
			starts = append(starts, i)
			shape, paras = sh, 0
			i = next - 1 // at the summary
			continue
		}
		if len(starts) > 0 && (c.isItemDate(l) || isMonthYear(strings.TrimSpace(l.text))) {
			groups = append(groups, i) // a group label between items ("March 2013")
			continue
		}
		if l.kind == kindBody && len(l.text) >= minSummaryBytes {
			if len(starts) == 0 && isProse(l.text) {
				return split{} // prose before the first item
			}
			if paras++; paras > maxItemParagraphs {
				return split{}
			}
		}
	}
	if len(starts) < minListingItems {
		return split{}
	}
	for _, g := range groups {
		lines[g].kind = kindMasthead // the listing's, not the item's above it
	}
	if shape == itemHeadlineFirst {
		starts = c.headlinesAbove(lines, starts)
	}
	return split{starts: starts, headed: true, listing: true}
}

// headlinesAbove moves each item's start up to the headline line right
// above it when every item has one: a release's headline over its
// sub-headline or byline over its date line ("Headline" / "A second line
// that explains it" / "7 March 2024") is one item, whose headline-and-date
// pair the listing rule found one line too low. The line above an item
// that is the summary of the item before it, or the page's heading above
// the first item alone, moves nothing.
func (c *Cleaner) headlinesAbove(lines []cline, starts []int) []int {
	moved := make([]int, len(starts))
	for k, s := range starts {
		h := s - 1
		for h >= 0 && lines[h].kind == kindBlank {
			h--
		}
		if h < 0 && k == 0 {
			moved[k] = s // the first item opens the text: nothing above it to take
			continue
		}
		if h < 0 || !c.isItemHeadline(lines[h]) || len(strings.TrimSpace(lines[h].text)) >= minSummaryBytes {
			return starts
		}
		if k > 0 && sectionText(lines, starts[k-1], h) == 0 {
			return starts // no summary between: h is the item above's own line
		}
		moved[k] = h
	}
	return moved
}

// isMonthYear reports whether t is a month and a year alone ("March
// 2013", "Sept. 2024", "2013 April"), as a listing heads a month's items.
func isMonthYear(t string) bool {
	if len(t) > 20 || !hasYear(t) {
		return false
	}
	f := strings.Fields(strings.ReplaceAll(t, ",", " "))
	if len(f) != 2 {
		return false
	}
	if isDateFragment(f[0]) && !monthNames[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		f[0], f[1] = f[1], f[0] // year first
	}
	return monthNames[strings.ToLower(strings.TrimSuffix(f[0], "."))] && len(f[1]) == 4 && isDateFragment(f[1])
}

// Listing item shapes.
const (
	itemDateFirst = iota
	itemHeadlineFirst
	itemTabbed
)

// listingItemAt reports whether a listing item starts at line i: a date
// line and a headline line of at least three words, in either order
// (shape), followed by a summary paragraph at line next.
func (c *Cleaner) listingItemAt(lines []cline, i int) (shape, next int, ok bool) {
	if c.isTabbedItem(lines[i]) {
		return itemTabbed, i + 1, true
	}
	j := c.nextContent(lines, i)
	if j < 0 {
		return 0, 0, false
	}
	k := c.nextContent(lines, j)
	if k < 0 || lines[k].kind != kindBody || len(lines[k].text) < minSummaryBytes {
		return 0, 0, false
	}
	switch {
	case c.isItemDate(lines[i]) && c.isItemHeadline(lines[j]):
		return itemDateFirst, k, true
	case c.isItemHeadline(lines[i]) && c.isItemDate(lines[j]):
		return itemHeadlineFirst, k, true
	}
	return 0, 0, false
}

// isTabbedItem reports whether l is a headline of at least three words
// and a date on one line, set apart by a tab, in either order.
func (c *Cleaner) isTabbedItem(l cline) bool {
	if l.kind != kindBody || !strings.Contains(l.text, "\t") {
		return false
	}
	t := strings.TrimSpace(l.text)
	k := strings.LastIndexByte(t, '\t')
	if k < 0 {
		return false
	}
	head, date := strings.TrimSpace(t[:k]), strings.TrimSpace(t[k+1:])
	if !c.isTabDate(date) {
		head, date, _ = strings.Cut(t, "\t")
		head, date = strings.TrimSpace(date), strings.TrimSpace(head)
		if !c.isTabDate(date) {
			return false
		}
	}
	return wordCount(head) >= 3 && !endsSentence(head) && !strings.Contains(head, "\t")
}

// isTabDate reports whether t, a cell of a tabbed line, is a date.
func (c *Cleaner) isTabDate(t string) bool {
	return c.rules.isDateOnly(t) || isNumericDate(t)
}

// isItemDate reports whether l is a date alone on its line, in words
// ("May 2, 2026") or in numbers ("05.19.15", "2026/05/02").
func (c *Cleaner) isItemDate(l cline) bool {
	return l.kind == kindDate || l.kind == kindBody && (l.dateline && wordCount(l.text) <= 6 || isNumericDate(strings.TrimSpace(l.text)))
}

// isItemHeadline reports whether l can be a listing item's headline.
func (c *Cleaner) isItemHeadline(l cline) bool {
	t := strings.TrimSpace(l.text)
	return l.kind == kindBody && l.headline && !l.dateline && wordCount(t) >= 3 && !endsSentence(t) && (l.level > 0 || !c.isShortIssuerLine(t))
}

// releaseSplit starts a further release of a file that concatenates
// releases: after a separator line when a release header follows, or at a
// release header (see releaseHeaderRules) that follows a full body. A
// single release gives no split.
func (c *Cleaner) releaseSplit(lines []cline) split {
	cuts := []int{0}
	last := 0
	p := bodyPrefix(lines)
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case l.kind == kindSeparator:
			// A separator and a full release header are a strong signal:
			// the release after them needs only a section's body.
			// The release before needs a full body, unless it opens with
			// a release header of its own (a short statement, a day's
			// schedule between two end marks).
			if h := c.headerAfter(lines, i+1, 8); h >= 0 && (bodyBetween(p, last, i) >= minArticleBody || c.headedPart(lines, last, i)) && bodyBetween(p, h, len(lines)) >= minSectionBody {
				cuts = append(cuts, i+1)
				last = i + 1
			}
		case l.kind == kindBody || l.kind == kindDate:
			if i <= last || bodyBetween(p, last, i) < minArticleBody {
				continue
			}
			start, ok := c.headerAt(lines, i)
			if !ok || start <= last || !c.closesBody(lines, start) {
				continue
			}
			if bodyBetween(p, i, len(lines)) < minArticleBody {
				continue
			}
			cuts = append(cuts, start)
			last = start
		}
	}
	if len(cuts) < 2 {
		return split{}
	}
	cuts[0] = c.firstSeparatedRelease(lines, p, cuts[1])
	return split{starts: cuts, headed: true}
}

// headedPart reports whether the lines [from, to) before a separator are
// a release of their own: a release header among their first eight
// content lines, and text under it.
func (c *Cleaner) headedPart(lines []cline, from, to int) bool {
	h := c.headerAfter(lines, from, 8)
	if h < 0 || h >= to {
		return false
	}
	for j := h + 1; j < to; j++ {
		if lines[j].kind == kindBody && len(lines[j].text) >= minSentenceBytes && isProse(lines[j].text) {
			return true
		}
	}
	return false
}

// firstSeparatedRelease returns where the first release of a file of
// separated releases starts, given the start of the second (next): after
// the first separator when the lines above it are a preamble, not a
// release (a mail digest's "Daily update from ..." and its subscription
// note): they hold no release header and less than a release's body,
// and a release header follows the separator. Otherwise 0; the preamble
// becomes the file's masthead.
func (c *Cleaner) firstSeparatedRelease(lines []cline, p []int, next int) int {
	for i := 0; i < next; i++ {
		if lines[i].kind != kindSeparator {
			continue
		}
		if bodyBetween(p, 0, i) >= minArticleBody || c.headerAfter(lines, i+1, 8) < 0 {
			return 0
		}
		for j := 0; j < i; j++ {
			if start, ok := c.headerAt(lines, j); ok && start < i {
				return 0
			}
		}
		return i + 1
	}
	return 0
}

// closesBody reports whether the content before line i ends a text: the
// previous content line ends a sentence (or is chrome already removed).
func (c *Cleaner) closesBody(lines []cline, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch lines[j].kind {
		case kindBlank, kindChrome, kindMasthead:
			continue
		case kindSeparator:
			return true
		}
		return endsClause(strings.TrimSpace(lines[j].text))
	}
	return true
}

// headerAfter returns the first line within limit content lines from i
// where a release header starts, or -1.
func (c *Cleaner) headerAfter(lines []cline, i, limit int) int {
	seen := 0
	for j := i; j < len(lines) && seen < limit; j++ {
		switch lines[j].kind {
		case kindBlank, kindChrome:
			continue
		}
		seen++
		if _, ok := c.headerAt(lines, j); ok {
			return j
		}
	}
	return -1
}

// headerRule recognizes a release header whose scan reaches line i and
// returns the header's first line.
type headerRule struct {
	name string
	at   func(c *Cleaner, lines []cline, i int) (start int, ok bool)
}

// releaseHeaderRules are the forms of a release header.
var releaseHeaderRules = []headerRule{
	{"dateline above headline", (*Cleaner).datelineHeader},
	{"headline above dateline", (*Cleaner).headlineHeader},
	{"release label above headline", (*Cleaner).labelHeader},
	{"dateline after a separator", (*Cleaner).separatedHeader},  // newsletter_split.go
	{"the file's opening shape", (*Cleaner).openingShapeHeader}, // newsletter_split.go
}

// minHeaderWords is the fewest words of a headline in a release header.
const minHeaderWords = 4

// headerAt reports whether a release header is at line i (one of
// releaseHeaderRules); start is its first line, taken back over release
// labels printed above it ("PRESS RELEASE").
func (c *Cleaner) headerAt(lines []cline, i int) (start int, ok bool) {
	_, start, ok = c.headerFormAt(lines, i)
	return start, ok
}

// headerFormAt is headerAt that also names the form of the header: its
// index in releaseHeaderRules.
func (c *Cleaner) headerFormAt(lines []cline, i int) (form, start int, ok bool) {
	for k, r := range releaseHeaderRules {
		if start, ok := r.at(c, lines, i); ok {
			return k, c.labelsAbove(lines, start), true
		}
	}
	return -1, 0, false
}

// datelineHeader: a dateline or release-date line followed by a headline
// of at least four words.
func (c *Cleaner) datelineHeader(lines []cline, i int) (int, bool) {
	if !isHeaderDateline(lines[i]) {
		return 0, false
	}
	if j := c.nextContent(lines, i); j >= 0 && c.isReleaseHeadline(lines[j]) {
		return i, true
	}
	return 0, false
}

// labelHeader: a release label ("Press statement", "MEDIA RELEASE")
// followed by a headline of at least four words: a release whose date is
// given at its end ("Issued in Canberra on 3 May 2024").
func (c *Cleaner) labelHeader(lines []cline, i int) (int, bool) {
	if !isReleaseLabel(strings.TrimSpace(lines[i].text)) {
		return 0, false
	}
	if j := c.nextContent(lines, i); j >= 0 && c.isReleaseHeadline(lines[j]) && !isReleaseLabel(strings.TrimSpace(lines[j].text)) {
		return i, true
	}
	return 0, false
}

// headlineHeader: a headline of at least four words followed within three
// short content lines by a dateline.
func (c *Cleaner) headlineHeader(lines []cline, i int) (int, bool) {
	if lines[i].dateline || !c.isReleaseHeadline(lines[i]) {
		return 0, false
	}
	j := i
	for k := 0; k < 3; k++ {
		if j = c.nextContent(lines, j); j < 0 {
			return 0, false
		}
		if isHeaderDateline(lines[j]) || c.runInDateline(lines[j].text) {
			return i, true
		}
		if len(strings.TrimSpace(lines[j].text)) > 120 {
			return 0, false
		}
	}
	return 0, false
}

// runInDateline reports whether paragraph t opens with a dateline run
// into its first sentence ("TOKYO, May 3, 2024 - The ministers ...",
// "Wellington, 3 May 2024 – ...", "Singapore, 05 January 2024: ..."):
// the place and date before the first dash or colon, every word of them
// capitalized, make a dateline.
func (c *Cleaner) runInDateline(t string) bool {
	t = strings.TrimSpace(t)
	cut := -1
	for _, sep := range []string{" - ", " – ", " — ", ": ", " -- "} {
		if k := strings.Index(t, sep); k > 0 && (cut < 0 || k < cut) {
			cut = k
		}
	}
	if cut < 0 || cut > 80 {
		return false
	}
	head := t[:cut]
	for _, w := range strings.Fields(head) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return false // a sentence that names a date, not a place and date
		}
	}
	return hasYear(head) && c.rules.isDateline(head) && !c.rules.isReleaseLine(head)
}

// isReleaseHeadline reports whether l can head a release: a headline line
// of at least four words that does not close with a full stop, as the last
// sentence of the release before would.
func (c *Cleaner) isReleaseHeadline(l cline) bool {
	t := strings.TrimSpace(l.text)
	return l.headline && wordCount(t) >= minHeaderWords && !(strings.HasSuffix(t, ".") && !abbreviationBefore(t, len(t)-1)) && !hasWebAddress(t)
}

// hasWebAddress reports whether t holds a web address or a social-media
// handle ("https://...", "www.", "@agency"): the text of an embedded post
// or a link, never a release's headline.
func hasWebAddress(t string) bool {
	// Every match holds "://", "www." or "@": literal tests first spare
	// the regexp most lines (issue 21).
	if !strings.Contains(t, "://") && !strings.Contains(t, "www.") && strings.IndexByte(t, '@') < 0 {
		return false
	}
	return webAddress.MatchString(t)
}

// webAddress matches a web address or a social-media handle.
var webAddress = regexp.MustCompile(`://|\bwww\.|(?:^|[\s.(])@[\pL\pN_]`)

// isHeaderDateline reports whether l can be a release header's dateline:
// a dateline that is neither the signature of a quotation or post nor a
// link (a web address whose numbers read as a date).
func isHeaderDateline(l cline) bool {
	return l.dateline && !isAttributionLine(l.text) && !hasWebAddress(l.text)
}

// isAttributionLine reports whether t signs a quotation or an embedded
// post: a dash, then the author ("— FEMA (@fema) October 2, 2017", "–
// Minister Jane Park, 3 May 2024"). Its date is the post's, not a
// release's dateline.
func isAttributionLine(t string) bool {
	t = strings.TrimSpace(t)
	for _, d := range []string{"— ", "– ", "-- ", "- "} {
		if rest, ok := strings.CutPrefix(t, d); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// labelsAbove returns the first line of the release labels ("PRESS
// RELEASE", "Media note") right above line i, or i.
func (c *Cleaner) labelsAbove(lines []cline, i int) int {
	start := i
	for j, n := i-1, 0; j >= 0 && n < 2; j-- {
		if lines[j].kind == kindBlank {
			continue
		}
		if lines[j].kind != kindBody || !releaseTypes[normLine(lines[j].text)] {
			break
		}
		start, n = j, n+1
	}
	return start
}

// nextContent returns the next line after i that is neither blank nor
// chrome, or -1.
func (c *Cleaner) nextContent(lines []cline, i int) int {
	for j := i + 1; j < len(lines); j++ {
		switch lines[j].kind {
		case kindBlank, kindChrome, kindMasthead:
			continue
		}
		return j
	}
	return -1
}

// markMastheadClusters finds blocks of masthead and table-of-contents
// material inside the text (a newsletter's page-one masthead printed
// between two parts of an article: an issue number, a lone date, dot
// leaders, the list of the issue's titles, a contact address) and marks
// them kindMasthead. A block needs at least two strong signals; it grows
// over neighbouring short lines that do not head a body paragraph.
func (c *Cleaner) markMastheadClusters(lines []cline) {
	for i := 0; i < len(lines); i++ {
		if lines[i].kind == kindBlank || c.rules.mastheadSignal(lines[i].text) < 2 {
			continue
		}
		from, to := i, i
		// Backwards only over masthead signals: the line before a
		// contents heading is often the document's headline.
		for j := i - 1; j >= 0; j-- {
			if lines[j].kind == kindBlank {
				continue
			}
			if k := lines[j].kind; k != kindBody && k != kindDate && k != kindChrome || k != kindChrome && c.rules.mastheadSignal(lines[j].text) == 0 {
				break
			}
			from = j
		}
		for j := i + 1; j < len(lines); j++ {
			if lines[j].kind == kindBlank {
				continue
			}
			if !c.clusterable(lines, j) {
				break
			}
			to = j
		}
		strong := 0
		for j := from; j <= to; j++ {
			if lines[j].kind != kindBlank && c.rules.mastheadSignal(lines[j].text) == 2 {
				strong++
			}
		}
		if strong >= 2 {
			for j := from; j <= to; j++ {
				if k := lines[j].kind; k == kindBody || k == kindDate {
					lines[j].kind = kindMasthead
				}
			}
		}
		i = to
	}
}

// clusterable reports whether line j may belong to a masthead block: a
// masthead signal, or a short line that is not a sentence, not a numbered
// item and not the heading of a following body paragraph.
func (c *Cleaner) clusterable(lines []cline, j int) bool {
	l := lines[j]
	if l.kind != kindBody && l.kind != kindDate && l.kind != kindChrome {
		return false
	}
	t := strings.TrimSpace(l.text)
	if c.rules.mastheadSignal(t) > 0 || l.kind == kindChrome {
		return true // including numbered contents entries ("1. Introduction ..... 3")
	}
	if c.rules.isItemStart(t) {
		return false
	}
	if utf8.RuneCountInString(t) > 120 || endsSentence(t) {
		return false
	}
	k := c.nextContent(lines, j)
	if k < 0 {
		return true
	}
	nt := strings.TrimSpace(lines[k].text)
	if c.headsBody(nt) {
		return false
	}
	// A headline wrapped over two lines heads the body after its second.
	if m := c.nextContent(lines, k); m >= 0 && utf8.RuneCountInString(nt) <= 120 && c.isHeadline(t) && !c.isContentsForm(t) && !endsClause(t) &&
		c.joinsHeadline(t, nt, lines[j].heading && lines[k].heading) {
		return !c.headsBody(strings.TrimSpace(lines[m].text))
	}
	return true
}

// headsBody reports whether t, the line after a short line, is a body
// paragraph, which makes that line its heading.
func (c *Cleaner) headsBody(t string) bool {
	return len(t) >= 120 && c.rules.mastheadSignal(t) == 0 && !c.rules.isItemStart(t)
}
