package clean

import (
	"github.com/communique/communique/corpus"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Story blocks: a digest of short stories (an e-mail bulletin, a news
// round-up, a page of short notices) is a run of blocks, each a short
// title line and the story's paragraph. When nothing else names the
// document a periodical, the run itself does: the same title-then-
// paragraph shape repeated at one markup level, covering the document's
// text. A release with sub-headings is no such run: its headline heads
// a lead, a release label or dateline opens it, or its sub-headings are
// section names ("Background", "Next steps") or numbered ("1. Overview").

// maxStoryTitleWords bounds a story's title line that no type sets apart:
// a longer line is a sentence or a headline of its own shape.
const maxStoryTitleWords = 12

// minStoryTitleWords is the fewest words of a story's title line: a single
// word ("Q", "Answer", a speaker's name) labels a part of a text.
const minStoryTitleWords = 2

// minStoryParagraphBytes is the shortest story paragraph: a long
// paragraph, not a caption or a link's description.
const minStoryParagraphBytes = 150

// minStorySentences is the fewest sentences of a story's paragraph.
const minStorySentences = 2

// maxTitleSentenceWords bounds a line that ends with a full stop and
// still titles a story: a longer one is a sentence of the body, never a
// title ("The ministry said on Tuesday that the scheme ... next year.").
const maxTitleSentenceWords = 15

// isStoryTitle reports whether t can title a story block: minStoryTitleWords
// to maxWords words, opening with a capital letter, a digit or a quotation
// mark, closing with no full stop, comma, colon or semicolon (a question or
// an exclamation may close it), and no sub-heading label (a section name,
// a numbered or bracketed heading) or web address.
func isStoryTitle(t string, maxWords int) bool {
	t = strings.TrimSpace(t)
	n := wordCount(t)
	if n < minStoryTitleWords || n > maxWords || hasWebAddress(t) || isSubheadingLabel(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"“‘'`, r) {
		return false
	}
	end := strings.TrimRight(t, `"'”’) `)
	last, _ := utf8.DecodeLastRuneInString(end)
	return !strings.ContainsRune(".,:;", last) || last == '.' && abbreviationBefore(end, len(end)-1)
}

// isBodySentence reports whether t is a sentence of a story's body, never
// its title: it closes with a full stop and runs longer than
// maxTitleSentenceWords words.
func isBodySentence(t string) bool {
	t = strings.TrimSpace(t)
	end := strings.TrimRight(t, `"'”’) `)
	return strings.HasSuffix(end, ".") && !abbreviationBefore(end, len(end)-1) && wordCount(t) > maxTitleSentenceWords
}

// sentenceCount counts the sentences of paragraph t: full stops, question
// and exclamation marks that close a word other than an abbreviation and
// are followed by a space and a capital letter, a digit or a quotation
// mark, or end the paragraph.
func sentenceCount(t string) int {
	t = strings.TrimSpace(t)
	n := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(t) && strings.IndexByte(`"')`, t[j]) >= 0 {
			j++
		}
		for _, q := range []string{"”", "’"} {
			if strings.HasPrefix(t[j:], q) {
				j += len(q)
			}
		}
		if j >= len(t) {
			n++
			break
		}
		if t[j] != ' ' || c == '.' && abbreviationBefore(t, i) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[j:], " "))
		if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"“‘`, r) {
			n++
		}
	}
	return n
}

// isStoryParagraph reports whether l is a story's paragraph: body text of
// at least minStoryParagraphBytes with minStorySentences sentences.
func isStoryParagraph(l cline) bool {
	return l.kind == kindBody && len(l.text) >= minStoryParagraphBytes && isProse(l.text) && sentenceCount(l.text) >= minStorySentences
}

// isBodyParagraph reports whether l is prose of the kind bodyPrefix
// counts: a paragraph every article's text is made of.
func isBodyParagraph(l cline) bool {
	return l.kind == kindBody && len(l.text) >= 100 && isProse(l.text)
}

// releaseOpening reports whether the lines before line i hold a release
// label ("MEDIA RELEASE", "Press statement") or a release line: the
// document is one release, whose headline and sub-headings follow.
func (c *Cleaner) releaseOpening(lines []cline, i int) bool {
	for j := 0; j < i; j++ {
		if k := lines[j].kind; k == kindBlank || k == kindChrome {
			continue
		}
		t := strings.TrimSpace(lines[j].text)
		if isReleaseLabel(t) && !isPluralLabel(t) || c.rules.isReleaseLine(t) {
			return true
		}
	}
	return false
}

// isPluralLabel reports whether release label t names releases in the
// plural ("Media releases", "Press statements"): the heading of a page or
// file of several, not the label of one.
func isPluralLabel(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(strings.ToLower(t), "s") && isReleaseLabel(t[:len(t)-1])
}

// maxPartLabelWords bounds a sub-heading that labels a part of an article
// under its headline ("Who can apply", "Regional firms").
const maxPartLabelWords = 3

// minHeadlineOverLabelsWords is the fewest words of a headline whose
// article the short labels under it divide.
const minHeadlineOverLabelsWords = 6

// headlineOverLabels reports whether the first of titles is a headline
// and the others short labels of its article's parts: the first has at
// least minHeadlineOverLabelsWords words and twice the words of every
// other, none of which has more than maxPartLabelWords. A digest's titles are
// of one kind, long or short.
func headlineOverLabels(titles []string) bool {
	if len(titles) < 2 {
		return false
	}
	n := wordCount(titles[0])
	if n < minHeadlineOverLabelsWords {
		return false
	}
	for _, t := range titles[1:] {
		if m := wordCount(t); m > maxPartLabelWords || 2*m > n {
			return false
		}
	}
	return true
}

// allQuestions reports whether every one of titles asks a question: the
// questions of a page of answers, not a digest's stories.
func allQuestions(titles []string) bool {
	for _, t := range titles {
		if !strings.HasSuffix(strings.TrimRight(t, `"'”’) `), "?") {
			return false
		}
	}
	return len(titles) > 0
}

// titlesAt returns the trimmed texts of lines idx.
func titlesAt(lines []cline, idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = strings.TrimSpace(lines[i].text)
	}
	return out
}

// storyBlockSplit starts one article per story block when the document is
// nothing but a run of them: every paragraph of its text (isBodyParagraph)
// but an e-mail's greeting above the first (isGreeting) is the one
// paragraph (isStoryParagraph) of a block, right under a title
// line (isStoryTitle, at most maxStoryTitleWords words) that stands on its
// own line, no type marks the titles (typeHeadingSplit reads those), and
// there are at least two blocks with titles of their own. A release label
// above the first block makes the document one release with sub-headings,
// and so does a long headline over short labels (headlineOverLabels);
// titles that all ask a question are a page of questions and answers.
func (c *Cleaner) storyBlockSplit(lines []cline) split {
	var starts []int
	seen := map[string]bool{}
	for i, l := range lines {
		if !isBodyParagraph(l) || len(starts) == 0 && isGreeting(l.text) {
			continue
		}
		t := prevContent(lines, i)
		if t > 0 && isBylineLine(lines[t].text) {
			t = prevContent(lines, t) // the story's title is above its byline
		}
		if t < 0 || !isStoryParagraph(l) || !c.ownStoryTitle(lines, t) {
			return split{}
		}
		n := normLine(lines[t].text)
		if seen[n] {
			return split{} // a repeated label (a speaker), not a story's title
		}
		seen[n] = true
		starts = append(starts, t)
	}
	if len(starts) < 2 || c.releaseOpening(lines, starts[0]) {
		return split{}
	}
	if titles := titlesAt(lines, starts); allQuestions(titles) || headlineOverLabels(titles) && !sameMarkerAbove(lines, starts) || sharesArticleWords(lines, starts) {
		return split{}
	}
	return split{starts: starts, headed: true}
}

// maxMarkerWords bounds a marker line repeated above each story.
const maxMarkerWords = 4

// sameMarkerAbove reports whether the same short line (a release label, a
// section marker: "Release", "MEDIA", "Story") stands right above every
// one of starts: items set apart one by one, not an article's headline
// over its sub-headings.
func sameMarkerAbove(lines []cline, starts []int) bool {
	marker := ""
	for _, s := range starts {
		m := prevContent(lines, s)
		if m < 0 || lines[m].kind != kindBody || wordCount(lines[m].text) > maxMarkerWords || isBodyParagraph(lines[m]) {
			return false
		}
		n := normLine(lines[m].text)
		if marker != "" && n != marker {
			return false
		}
		marker = n
	}
	return marker != ""
}

// bylinePrefixes open a byline line, lower-cased.
var bylinePrefixes = []string{"by ", "written by ", "posted by ", "words by ", "story by ", "report by ", "text by "}

// maxBylineWords bounds a byline line.
const maxBylineWords = 8

// isBylineLine reports whether t is a byline on a line of its own ("By
// Staff Writer", "Written by Ana Ferreira, Communications Officer"): a
// byline prefix, then at most maxBylineWords words in all, the first of
// them after the prefix (and a "the") capitalized, and no sentence.
func isBylineLine(t string) bool {
	t = strings.TrimSpace(t)
	if wordCount(t) > maxBylineWords || endsSentence(t) {
		return false
	}
	lower := strings.ToLower(t)
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(lower, p) {
			rest := strings.TrimSpace(t[len(p):])
			if r := strings.TrimPrefix(rest, "the "); r != rest {
				rest = r // "Posted by the Press Office"
			}
			return rest != "" && startsUpperRune(rest)
		}
	}
	return false
}

// ownStoryTitle reports whether line t titles a story block of
// storyBlockSplit: a story title on a line of its own (the line above is
// no part of its paragraph), set in no heading type, which is neither a
// dateline nor a date.
func (c *Cleaner) ownStoryTitle(lines []cline, t int) bool {
	l := lines[t]
	if l.kind != kindBody || l.heading || l.dateline || !isStoryTitle(l.text, maxStoryTitleWords) {
		return false
	}
	if t > 0 && lines[t-1].kind == kindBody && !endsClause(strings.TrimSpace(lines[t-1].text)) && !isBodyParagraph(lines[t-1]) {
		return false // the tail of a wrapped line above
	}
	return true
}

// storyDigest reports whether cands, the lines marked as headlines by
// their type, head the story blocks of a digest: at least two of them are
// story titles (isStoryTitle within maxTypeHeadlineWords) right above a
// story paragraph, at one heading level; no paragraph of text but an
// e-mail's greeting (isGreeting) comes before the first (a release's lead
// under its headline), no release label opens
// the document, no candidate with text under it is a sub-heading label
// (an article's outline: "Background", "2. Funding"), the titles are
// neither all questions nor a headline over short labels, and the first
// block's paragraph does not open with a dateline that the others lack
// (a release's, whose sub-headings follow).
func (c *Cleaner) storyDigest(lines []cline, cands []int) bool {
	var blocks []int
	for _, s := range cands {
		j := nextContent(lines, s+1)
		if j >= len(lines) {
			continue
		}
		t := strings.TrimSpace(lines[s].text)
		if isSubheadingLabel(t) && isBodyParagraph(lines[j]) {
			return false
		}
		if isStoryTitle(t, maxTypeHeadlineWords) && isStoryParagraph(lines[j]) {
			if len(blocks) > 0 && lines[blocks[0]].level != lines[s].level {
				return false
			}
			blocks = append(blocks, s)
		}
	}
	if len(blocks) < 2 || c.releaseOpening(lines, blocks[0]) {
		return false
	}
	if titles := titlesAt(lines, blocks); allQuestions(titles) || headlineOverLabels(titles) || sharesArticleWords(lines, blocks) {
		return false
	}
	for i := 0; i < blocks[0]; i++ {
		if isBodyParagraph(lines[i]) && !isGreeting(lines[i].text) {
			return false
		}
	}
	first := nextContent(lines, blocks[0]+1)
	return !c.runInDateline(lines[first].text) || c.runInDateline(lines[nextContent(lines, blocks[1]+1)].text)
}

// dropSentenceStarts removes from starts, after the first, each start
// whose headline line (the start itself when headed, else the line after
// its marker) opens with a sentence of the body (opensBodySentence): the
// text there goes on with the article before it.
func dropSentenceStarts(lines []cline, starts []int, headed bool) []int {
	out := starts[:1:1]
	for _, s := range starts[1:] {
		h := s
		if !headed {
			h = nextContent(lines, s+1)
		}
		if h < len(lines) && opensBodySentence(lines, h) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// opensBodySentence reports whether line i opens a sentence of the body:
// it is a body sentence (isBodySentence), or it breaks off mid-sentence and
// the next line goes on with it in lower case, the two making a sentence
// that isBodySentence (a paragraph's first line in a narrow column).
func opensBodySentence(lines []cline, i int) bool {
	t := strings.TrimSpace(lines[i].text)
	if isBodySentence(t) {
		return true
	}
	if endsClause(t) {
		return false
	}
	j := nextContent(lines, i+1)
	if j >= len(lines) || lines[j].kind != kindBody {
		return false
	}
	next := strings.TrimSpace(lines[j].text)
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) {
		return false
	}
	if k := strings.Index(next, ". "); k >= 0 {
		next = next[:k+1]
	}
	return isBodySentence(t + " " + next)
}

// minSeparatedParts is the fewest parts, separator lines between them, of
// a file whose parts are articles by their shape alone.
const minSeparatedParts = 3

// separatedPartSplit starts one article per part of a file that separator
// lines divide ("-----", "###") when every part has one shape: a story
// title of its own (isStoryTitle, under a short masthead in the first
// part) over a body, at least minSeparatedParts of them. The file's
// first part shows that a title opens each part, so the titles may be as
// short as two words ("Dental Van"). A release whose rules divide its
// sections fails: its later parts open with section names ("Notes to
// editors", "About the agency"), labels or no title at all, or its
// headline stands over short labels.
func (c *Cleaner) separatedPartSplit(lines []cline) split {
	var starts []int
	from := 0
	for k := 0; k <= len(lines); k++ {
		if k < len(lines) && lines[k].kind != kindSeparator {
			continue
		}
		t, ok := c.partTitle(lines, from, k, len(starts) == 0)
		switch {
		case ok:
			starts = append(starts, t)
		case sectionText(lines, from, k) > 0:
			return split{} // a part of text without a title of its own
		}
		from = k + 1
	}
	if len(starts) < minSeparatedParts || c.releaseOpening(lines, starts[0]) {
		return split{}
	}
	titles := titlesAt(lines, starts)
	if allQuestions(titles) || headlineOverLabels(titles) || sharesArticleWords(lines, starts) {
		return split{}
	}
	seen := map[string]bool{}
	for _, t := range titles {
		if seen[normLine(t)] {
			return split{}
		}
		seen[normLine(t)] = true
	}
	return split{starts: starts, headed: true}
}

// partTitle returns the title line of the part [from, to) of a separated
// file: its first content line, or in the file's first part one of the
// first maxOpeningMastheadLines+1 content lines under a masthead without
// text, when it is a story title (no dateline, no "About ..." line) right
// over a paragraph of text, with a body under it (minSectionBody).
func (c *Cleaner) partTitle(lines []cline, from, to int, first bool) (int, bool) {
	limit := 1
	if first {
		limit = maxOpeningMastheadLines + 1
	}
	i := c.nextContent(lines, from-1)
	for seen := 0; i >= 0 && i < to && seen < limit; seen++ {
		l := lines[i]
		if isBodyParagraph(l) {
			return 0, false
		}
		t := strings.TrimSpace(l.text)
		if next := c.nextContent(lines, i); l.kind == kindBody && !l.dateline && isStoryTitle(t, maxStoryTitleWords) && !strings.HasPrefix(t, "About ") &&
			next >= 0 && next < to && isBodyParagraph(lines[next]) && sectionText(lines, i+1, to) >= minSectionBody {
			return i, true
		}
		i = c.nextContent(lines, i)
	}
	return 0, false
}

// minSharedTitleWords is how many content words a later title must share
// with the first block for the blocks to be one article's parts.
const minSharedTitleWords = 2

// minContentWordRunes is the shortest content word compared between
// titles: shorter words are mostly function words and suffixes of names.
const minContentWordRunes = 5

// commonLongWords are function words of minContentWordRunes letters or
// more (English function-word lists, prepositions, conjunctions,
// pronouns and modal verbs): they never tie two titles to one subject.
var commonLongWords = map[string]bool{
	"about": true, "above": true, "after": true, "again": true, "against": true, "along": true, "among": true,
	"because": true, "before": true, "behind": true, "being": true, "below": true, "between": true, "beyond": true,
	"could": true, "during": true, "every": true, "other": true, "their": true, "there": true, "these": true,
	"those": true, "through": true, "under": true, "until": true, "where": true, "which": true, "while": true,
	"would": true, "should": true, "shall": true, "within": true, "without": true, "towards": true, "across": true,
}

// contentWords returns the lower-case words of t of at least
// minContentWordRunes letters that are no function words, a final "s"
// dropped ("projects" and "project" are one word).
func contentWords(t string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) < minContentWordRunes || commonLongWords[w] {
			continue
		}
		out = append(out, strings.TrimSuffix(w, "s"))
	}
	return out
}

// sharesArticleWords reports whether a later title of blocks (title
// lines, each over its text) goes on with the first block's article: it
// shares minSharedTitleWords content words with the first block's title
// and paragraph. A release's sub-headings repeat the words of its
// headline and lead ("... new funding round for rural water projects" /
// "Funding for rural water projects"); a digest's next story has a subject
// of its own.
func sharesArticleWords(lines []cline, blocks []int) bool {
	if len(blocks) < 2 {
		return false
	}
	first := map[string]bool{}
	for _, w := range contentWords(lines[blocks[0]].text) {
		first[w] = true
	}
	if j := nextContent(lines, blocks[0]+1); j < len(lines) && j < blocks[1] {
		for _, w := range contentWords(lines[j].text) {
			first[w] = true
		}
	}
	for _, b := range blocks[1:] {
		n, seen := 0, map[string]bool{}
		for _, w := range contentWords(lines[b].text) {
			if first[w] && !seen[w] {
				seen[w] = true
				n++
			}
		}
		if n >= minSharedTitleWords {
			return true
		}
	}
	return false
}

// pageHeadsOneArticle reports whether headline, the page's own headline
// (the <h1> of its main content, a front-matter title), heads the whole
// document as one article: a digest of independent stories has no such
// headline (an e-mail bulletin has none) or one that names the collection
// (collectionName: "Media releases", "News", "Staff Bulletin - May 2024"),
// while an article's sub-headings stand under the headline that covers
// them. Title lines over paragraphs then are the article's sections, not
// stories.
func (c *Cleaner) pageHeadsOneArticle(format corpus.Format, headline string) bool {
	if format == corpus.FormatPDF {
		return false
	}
	h := strings.TrimSpace(strings.Join(strings.Fields(headline), " "))
	return h != "" && !c.collectionName(h)
}

// collectionName reports whether page headline h names a collection of
// articles rather than one: a single word ("News", "Updates"), a generic
// section name, a release label in the plural ("Press releases"), a
// periodical's name (isPeriodicalCue, a dated news name), or a month or
// date alone, in any part of it that a colon, dash or bar sets off
// ("Category: Media Releases", "Newsroom | Latest").
func (c *Cleaner) collectionName(h string) bool {
	parts := []string{h}
	for _, sep := range []string{": ", " | ", " - ", " – ", " — ", " · "} {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	for _, p := range append(parts, h) {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
			continue
		case p != h && wordCount(p) == 1 && len(parts) > 1:
			continue // a label's one word ("Category") over the name after it
		case wordCount(p) == 1 && p == h,
			genericTitle(p), isPluralLabel(p), c.isPeriodicalCue(p), c.datedNewsName("", p), isFrequencyName(p),
			isMonthYear(p), isNumericDate(p), c.rules.isDateline(p) && wordCount(p) <= maxShortDatelineWords:
			return true
		}
	}
	return false
}

// frequencyWords name how often a periodical appears; a short name with
// one ("Harbour Weekly", "The Monthly Roundup of the Office") names a
// bulletin, unless it also names one release's kind (a weekly address or
// briefing is one text).
var frequencyWords = []string{"weekly", "fortnightly", "monthly", "bimonthly", "bi-monthly", "quarterly", "biweekly", "bi-weekly"}

// oneTextWords name a release that recurs but is one text each time.
var oneTextWords = []string{"address", "briefing", "remarks", "statement", "message", "column", "speech", "podcast", "video", "interview", "report", "review", "survey", "statistics", "forecast", "outlook", "index", "bill", "payments"}

// maxFrequencyNameWords bounds a periodical's name with a frequency word.
const maxFrequencyNameWords = 8

// isFrequencyName reports whether t is a periodical's name by its
// frequency (frequencyWords) and no more than a name: few words, no
// sentence, no word of a single text (oneTextWords).
func isFrequencyName(t string) bool {
	if wordCount(t) > maxFrequencyNameWords || endsSentence(t) {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	freq := false
	for _, w := range words {
		if slices.Contains(oneTextWords, w) {
			return false
		}
		freq = freq || slices.Contains(frequencyWords, w)
	}
	return freq
}

// greetingOpenings open the greeting or welcome paragraph of an e-mail
// bulletin ("Dear colleagues, ...", "Welcome to the June issue ..."):
// letter and newsletter salutations in English. A release's lead never
// opens so.
var greetingOpenings = []string{"dear ", "hello", "hi ", "hi,", "greetings", "welcome to ", "welcome back", "good morning", "good afternoon", "season's greetings", "season’s greetings"}

// isGreeting reports whether paragraph t opens with a greeting
// (greetingOpenings).
func isGreeting(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	for _, g := range greetingOpenings {
		if strings.HasPrefix(t, g) {
			return true
		}
	}
	return false
}
