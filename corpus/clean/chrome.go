package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// lineKind is what the cleaner makes of one line of a document.
type lineKind uint8

const (
	kindBody      lineKind = iota
	kindBlank              // empty line: a paragraph break
	kindChrome             // site chrome: dropped
	kindDate               // a date alone on its line
	kindMarker             // a newsletter section marker ("TOPIC 2")
	kindSeparator          // an end-of-release separator ("###", "-- END --")
	kindMasthead           // a masthead or table-of-contents line: moved to Article.Masthead
)

// chromeRules holds the compiled patterns of line classification. Built
// once by New and shared read-only.
type chromeRules struct {
	// exact holds normalized lines that are chrome wherever they stand.
	exact map[string]bool
	// chromeLine matches short lines made of widget, account or navigation words.
	chromeLine *regexp.Regexp
	// sealLine matches seal, logo and banner image captions.
	sealLine *regexp.Regexp
	// inlineJunk matches chrome inside a line (spam-protection notices).
	inlineJunk *regexp.Regexp
	// phone matches a North American phone number (a weak promotional cue).
	phone *regexp.Regexp
	// cookie matches cookie and consent notices.
	cookie *regexp.Regexp
	// dateOnly matches a lower-cased line that is only a date (optionally
	// with a weekday).
	dateOnly *regexp.Regexp
	// dateIn finds a date inside a short lower-cased line (datelines).
	dateIn *regexp.Regexp
	// monthYear finds a month and year ("march 2012", "june, 2019") in a
	// lower-cased line.
	monthYear *regexp.Regexp
	// releaseLine matches release-type and dateline labels ("Posted:", "FOR IMMEDIATE RELEASE").
	releaseLine *regexp.Regexp
	// marker matches a newsletter section marker alone on its line.
	marker *regexp.Regexp
	// symbolHead matches a headline introduced by a block symbol ("■ Title").
	symbolHead *regexp.Regexp
	// separator matches an end-of-release or section separator line.
	separator *regexp.Regexp
	// tocHead, volume, dotLeader and contact are masthead and TOC signals.
	tocHead, volume, dotLeader, contact *regexp.Regexp
	// issueNumber matches a periodical's volume and issue number anywhere
	// in a line ("Vol. 35 No. 4", "Issue 18").
	issueNumber *regexp.Regexp
	// itemStart matches a numbered-item label at the start of a line.
	itemStart *regexp.Regexp
	// url matches a bare link.
	url *regexp.Regexp
	// siteName matches a line that is only an organization's name.
	siteName *regexp.Regexp
}

const monthRE = corpus.MonthPattern

const dateCoreRE = `(?:` + monthRE + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` +
	`|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `,?\s+\d{4}` +
	`|\d{4}-\d{2}-\d{2}|\d{4}[./]\d{1,2}[./]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}年\d{1,2}月\d{1,2}日)`

func newChromeRules() *chromeRules {
	exact := map[string]bool{}
	for _, s := range []string{
		"printable banner", "back to top", "top of page", "return to top", "bookmark and share",
		"skip to main content", "skip to content", "skip navigation", "skip to navigation",
		"diplomacy in action", "print", "print this page", "print friendly", "printer friendly",
		"printer-friendly version", "email", "e-mail", "email this", "email this page", "share",
		"share this", "share this page", "share this article", "tweet", "facebook", "twitter",
		"linkedin", "whatsapp", "subscribe", "sign in", "log in", "login", "log out", "register",
		"sign up", "home", "menu", "main menu", "search", "search form", "free trial", "related articles",
		"related links", "related content", "related stories", "read more", "more", "text size",
		"font size", "follow us", "rss", "site map", "sitemap", "contact us", "privacy policy",
		"terms of use", "terms of service", "accessibility", "breadcrumb", "you are here",
		"toggle navigation", "main navigation", "close", "previous", "next", "previous article",
		"next article", "translate", "select language", "language", "a a a", "a- a a+", "top",
		"listen", "download pdf", "download", "comments", "leave a comment", "advertisement",
		"sponsored", "back", "go back", "print article", "email article", "share on facebook",
		"share on twitter", "like", "recommend", "more from this section", "popular", "most popular",
		"trending", "newsletter", "sign up for our newsletter", "all rights reserved",
	} {
		exact[s] = true
	}
	return &chromeRules{
		exact: exact,
		// Widget verbs followed only by widget words: "Share this page",
		// "Print friendly version", "Email this article", "Sign up for our
		// newsletter" (but not a headline such as "Share of renewables rises").
		chromeLine: regexp.MustCompile(`(?i)^(?:share|print|e-?mail|tweet|bookmark|download|save|follow)(?:\s+(?:this|the|on|to|via|with|as|it|us|a|our|friendly|printer|page|article|story|post|link|item|release|statement|document|file|pdf|version|facebook|twitter|x|linkedin|whatsapp|instagram|youtube|email|e-mail|print|\(pdf\)|\|))*\s*[:|]?$` +
			`|^(?:subscribe|sign (?:in|up)|log ?in|log ?out|register|join)(?:\s+(?:now|here|today|free|for|to|our|the|a|an|email|e-mail|news|newsletters?|updates|alerts|account|with|your|in|up))*\s*[:!|]?$` +
			`|^(?:already a subscriber|not a subscriber|form for a|get (?:a |your )?free trial|start (?:your|a) free trial|subscribe (?:now|today)|click here to (?:log|sign|subscribe|register))`),
		// An image caption: the line ends with (or starts with) the seal or
		// logo word; "Ministry Unveils New Logo for Campaign" is a headline.
		sealLine: regexp.MustCompile(`(?i)(?:^|\s)(?:great seal|seal|logo|emblem|crest|banner|coat of arms|wordmark)(?:\s+(?:image|icon|graphic))?$` +
			`|^(?:great seal|seal|logo|emblem|crest|coat of arms)(?:\s+of\b|\s*[:|–-]|$)`),
		inlineJunk: regexp.MustCompile(`(?i)\(?\s*this e-?mail address is being protected from spam ?bots\.?(?:\s*you need javascript enabled to view it\.?)?\s*\)?`),
		phone:      regexp.MustCompile(`\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b`),
		// A cookie notice speaks to the visitor about this site; a release
		// about cookie rules does not.
		cookie: regexp.MustCompile(`(?i)\bcookies?\b.*(?:this (?:web)?site|our (?:web)?site|we use|you (?:accept|agree|consent)|by continuing|by using|cookie (?:settings|preferences|policy)|accept all|manage cookies|your (?:browser|experience))` +
			`|(?:this (?:web)?site|our (?:web)?site|we use|by continuing|by using)\b.*\bcookies?\b`),
		// Matched against lower-cased text: case folding makes Go's
		// regexp engine several times slower.
		dateOnly:  regexp.MustCompile(`^(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?` + dateCoreRE + `$`),
		dateIn:    regexp.MustCompile(dateCoreRE),
		monthYear: regexp.MustCompile(`\b` + monthRE + `,?\s+\d{4}\b`),
		releaseLine: regexp.MustCompile(`(?i)^(?:posted|released?|published|updated|issued|date|dated|last updated)\s*(?:on)?\s*:|^for immediate release\b|^(?:embargoed|under embargo|strictly embargoed)\b` +
			`|^(?:and )?(?:to be (?:reported|embargoed|released)|not for (?:publication|release|distribution|broadcast)|check against delivery)\b`),
		marker:      regexp.MustCompile(`(?i)^(topic|article|story|feature|news item|item)\s*(?:no\.?\s*)?(\d{1,2}|[ivx]{1,4})\s*[:.]?$`),
		symbolHead:  regexp.MustCompile(`^[■◆◇□▶▼◎]\s*\S`),
		separator:   regexp.MustCompile(`(?i)^(?:#{3,}|(?:\*\s*){3,}|-{2,}\s*ends?\s*-{2,}|-\s*ends?\s*-|ends?|={3,}|-{3,}|_{3,}|~{3,}|\[?\s*end\s*\]?)$`),
		tocHead:     regexp.MustCompile(`(?i)^(?:topics|contents|table of contents|in this issue|inside this issue|index|highlights|目次)$`),
		volume:      regexp.MustCompile(`(?i)^(?:vol(?:ume)?\.?\s*\d+\s*[,/]?\s*(?:no\.?|number|issue)\s*\d+|(?:no\.|issue)\s*(?:no\.?\s*)?\d+|vol(?:ume)?\.?\s*\d+)\b.{0,40}$`),
		issueNumber: regexp.MustCompile(`(?i)\bvol(?:ume)?\.?\s*\d+\s*[,/]?\s*(?:no\.?|number|issue)\s*\d+|\bissue\s*(?:no\.?\s*)?#?\d+\b`),
		dotLeader:   regexp.MustCompile(`(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d*\s*$`),
		contact:     regexp.MustCompile(`(?i)\b(?:fax|tel|telephone|phone)\s*[:.]?\s*\+?\(?\d|〒\s*\d`),
		itemStart:   regexp.MustCompile(`^(?:[-•*–]\s+)?(?:\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,6})\)|\(\d{1,3}[A-Z]|\d{1,3}(?:\.\d{1,3})*\.?\s|\d{1,3}\.[A-Z]|\d{1,3}\)|[a-zA-Z]\.\s|[a-zA-Z]\)|[ivxIVX]{1,6}[.)]\s|\[\d{1,3}\])`),
		url:         regexp.MustCompile(`(?i)^(?:https?://|www\.)\S+$`),
		siteName:    regexp.MustCompile(`^(?:The\s+)?(?:U\.S\.\s+|United States\s+)?(?:[A-Z][\w.&'’-]*\s+){0,5}(?:Department|Ministry|Embassy|Consulate|Mission|Office|Agency|Bureau|Commission|Council|Government|Administration|Secretariat|Parliament|Senate|House|Cabinet)(?:\s+(?:of|for)(?:\s+(?:of|for|and|the|on|&|[A-Z][\w.&'’-]*|\(\w+\))){1,10})?(?:\s+\(\w+\))?(?:,\s*[A-Z][\w ]{2,40})?$`),
	}
}

// normLine is the comparison form of a line: lower case, inner spaces
// collapsed, surrounding punctuation trimmed.
func normLine(s string) string {
	// One pass for the common ASCII case, copying each word's runs
	// between capitals at once (a byte at a time was 3% of a text run);
	// the general path otherwise.
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			return normLineSlow(s)
		}
		if isASCIISpace(c) {
			space = b.Len() > 0
			i++
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		last := i // s[last:j] is still to be written
		j := i
		for ; j < len(s); j++ {
			c := s[j]
			if c >= utf8.RuneSelf {
				return normLineSlow(s)
			}
			if isASCIISpace(c) {
				break
			}
			if c >= 'A' && c <= 'Z' {
				b.WriteString(s[last:j])
				b.WriteByte(c + 'a' - 'A')
				last = j + 1
			}
		}
		b.WriteString(s[last:j])
		i = j
	}
	return strings.Trim(b.String(), normTrim)
}

// isASCIISpace reports the ASCII white space normLine collapses.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

const normTrim = " .:;,|>»›·•-–—*_#"

func normLineSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.Trim(b.String(), normTrim)
}

// isChrome reports whether a line, on its own, is site chrome.
func (r *chromeRules) isChrome(line string) bool {
	if len(line) > 160 {
		// Prose, unless a cookie notice.
		return len(line) <= 400 && containsFold(line, "cookie") && r.cookie.MatchString(line)
	}
	n := normLine(line)
	if n == "" {
		return strings.TrimSpace(line) != "" && !r.separator.MatchString(strings.TrimSpace(line)) // a line of only bullets or bars
	}
	if r.exact[n] {
		return true
	}
	if strings.Contains(n, "cookie") && r.cookie.MatchString(n) {
		return true
	}
	if len(n) > 160 {
		return false
	}
	if (strings.HasPrefix(n, "http") || strings.HasPrefix(n, "www.")) && r.url.MatchString(n) {
		return true
	}
	if len(n) <= 80 && hasChromePrefix(n) && r.chromeLine.MatchString(n) && !endsSentence(n) {
		return true
	}
	if len(n) <= 80 && containsFold(n, "seal", "logo", "emblem", "crest", "banner", "coat of arms", "wordmark") &&
		r.sealLine.MatchString(n) && !endsSentence(n) && wordCount(n) <= 10 {
		return true
	}
	if isNavigationLine(line) {
		return true
	}
	return false
}

// chromePrefixes are the first words of the lines chromeLine matches.
var chromePrefixes = []string{"share", "print", "email", "e-mail", "tweet", "bookmark", "download", "save", "follow", "subscribe", "sign ",
	"log", "register", "join", "already a", "not a subscriber", "form for", "get ", "start ", "click here"}

func hasChromePrefix(n string) bool {
	for _, p := range chromePrefixes {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// isNavigationLine reports whether line is a menu or breadcrumb trail:
// several short items joined by "|", ">", "»" or "/".
func isNavigationLine(line string) bool {
	for _, sep := range []string{" | ", " > ", " » ", " › ", " / "} {
		if strings.Count(line, sep) < 2 {
			continue
		}
		if parts := strings.Split(line, sep); len(parts) >= 3 {
			short := 0
			for _, p := range parts {
				if wc := wordCount(p); wc >= 1 && wc <= 4 {
					short++
				}
			}
			if short == len(parts) {
				return true
			}
		}
	}
	return false
}

// strongPromoCues and weakPromoCues are lower-case phrases of promotional,
// account and widget paragraphs; a strong cue weighs 2, a weak one 1.
var (
	strongPromoCues = []string{"subscribe", "subscription", "subscriber", "sign in", "sign up", "signing up", "log in", "login",
		"free trial", "one-month trial", "click here", "cookie", "openid", "your account", "an account", "back to top",
		"bookmark", "share this", "share on", "all rights reserved", "copyright", "privacy policy", "terms of use",
		"terms of service", "follow us", "unsubscribe", "premium", "single-reader", "site license", "per year", "% off",
		"introductory offer", "©"}
	weakPromoCues = []string{"learn more", "find out more", "faq", "exclusive", "offer", "license", "licence", "call ",
		"reader", "discount", "trial", "alert", "newsletter", "@"}
)

// promoScore is the weight of promotional, account and widget cues in a
// paragraph: each cue counts once; prices and phone numbers are weak cues.
func (r *chromeRules) promoScore(line string) int {
	s := promoCueScore(strings.ToLower(line))
	if i := strings.IndexByte(line, '$'); i >= 0 && i+1 < len(line) && (corpus.IsDigitByte(line[i+1]) || line[i+1] == ' ' && i+2 < len(line) && corpus.IsDigitByte(line[i+2])) {
		s++
	}
	if countDigits(line) >= 10 && r.phone.MatchString(line) {
		s++
	}
	return s
}

// hasStrongPromoCue reports whether line holds one of strongPromoCues.
func hasStrongPromoCue(line string) bool {
	for _, cue := range strongPromoCues {
		if indexFoldASCII(line, cue) {
			return true
		}
	}
	return false
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if corpus.IsDigitByte(s[i]) {
			n++
		}
	}
	return n
}

// mastheadSignal rates a line as masthead or table-of-contents material:
// 2 for a strong signal (a TOC heading, dot leaders, a volume/issue number,
// a line of spaced CJK characters), 1 for a weak one (a date alone, a
// contact line with a fax or phone number), 0 otherwise.
func (r *chromeRules) mastheadSignal(line string) int {
	t := strings.TrimSpace(line)
	if t == "" {
		return 0
	}
	// Cheap tests first: most lines are long prose that cannot match.
	short := len(t) <= 80
	switch {
	case short && len(t) <= 30 && r.tocHead.MatchString(t),
		(strings.Contains(t, "....") || strings.Contains(t, "……") || strings.Contains(t, ". . . .")) && r.dotLeader.MatchString(t),
		short && strings.ContainsAny(t[:1], "VvNnIi") && r.volume.MatchString(t),
		short && t[0] >= 0x80 && isCJKLabel(t):
		return 2
	case r.isDateOnly(t):
		return 1
	case strings.ContainsAny(t, "0123456789") && containsFold(t, "fax", "tel", "phone", "〒") && r.contact.MatchString(t):
		return 1
	}
	return 0
}

// containsFold reports whether s contains any of the lower-case words,
// ignoring ASCII case.
func containsFold(s string, words ...string) bool {
	for _, w := range words {
		if indexFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// indexFoldASCII reports whether s contains the lower-case word w, ASCII
// letters of s compared case-insensitively, without allocating.
func indexFoldASCII(s, w string) bool {
	if w == "" {
		return true
	}
	first := w[0]
	for i := 0; i+len(w) <= len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != first {
			continue
		}
		j := 1
		for ; j < len(w); j++ {
			d := s[i+j]
			if d >= 'A' && d <= 'Z' {
				d += 'a' - 'A'
			}
			if d != w[j] {
				break
			}
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// isCJKLabel reports whether s is a short line of CJK characters (a
// masthead such as "総 務 省" in an English newsletter).
func isCJKLabel(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r):
			n++
		case unicode.IsSpace(r) || unicode.IsPunct(r):
		default:
			return false
		}
	}
	return n > 0 && n <= 12
}

// isDateline reports whether a short line states the release date
// ("March 13, 2014", "Washington, DC, March 13, 2014", "Posted: April 4,
// 2014", "FOR IMMEDIATE RELEASE").
func (r *chromeRules) isDateline(line string) bool {
	t := strings.TrimSpace(line)
	if len(t) > 90 {
		return false
	}
	return r.isReleaseLine(t) || wordCount(t) <= 10 && hasYear(t) && r.dateIn.MatchString(strings.ToLower(t))
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"'”’) `)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?'
}

// wordCount is len(strings.Fields(s)) without building the slice: it is
// asked about most lines several times.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			n++
			in = true
		}
	}
	return n
}

// The regular expressions are the definition; these prefilters skip them
// for the lines that cannot match, which are most lines.

// isItemStart reports whether t starts with a numbered-item label.
func (r *chromeRules) isItemStart(t string) bool {
	if t == "" {
		return false
	}
	c := t[0]
	switch {
	case c == '(' || c == '[' || c == '-' || c == '*' || corpus.IsDigitByte(c) || c >= 0x80:
	case len(t) > 1 && (t[1] == '.' || t[1] == ')'):
	case strings.ContainsRune("ivxIVX", rune(c)):
	default:
		return false
	}
	return r.itemStart.MatchString(t)
}

// isDateOnly reports whether t is a date alone.
// isMonthLine reports whether t is a short header line that names a
// month and its year ("March 2012", "Press releases, March 2012",
// "Bulletin No. 6 - June 2019"): a listing's or bulletin's release month,
// not a sentence.
func (r *chromeRules) isMonthLine(t string) bool {
	return len(t) <= 80 && wordCount(t) <= maxMonthLineWords && !endsSentence(t) && hasYear(t) && r.monthYear.MatchString(strings.ToLower(t))
}

// maxMonthLineWords bounds a header line that names a release month.
const maxMonthLineWords = 8

func (r *chromeRules) isDateOnly(t string) bool {
	return len(t) <= 50 && hasYear(t) && r.dateOnly.MatchString(strings.ToLower(t))
}

// releasePrefixes are the lower-case starts of the lines releaseLine matches.
var releasePrefixes = []string{"posted", "release", "published", "updated", "issued", "date", "last updated", "for immediate", "embargo",
	"under embargo", "strictly", "to be ", "and to be", "not for", "check against"}

// isReleaseLine reports whether t is a "Posted:"-style or release label line.
func (r *chromeRules) isReleaseLine(t string) bool {
	head := strings.ToLower(t[:min(len(t), 16)])
	for _, p := range releasePrefixes {
		if strings.HasPrefix(head, p) {
			return r.releaseLine.MatchString(t)
		}
	}
	return false
}

// hasYear reports whether s holds a run of four digits (every date form
// the cleaner reads has a year).
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if corpus.IsDigitByte(s[i]) {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
