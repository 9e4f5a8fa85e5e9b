package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// Hard-wrapped plain text (e-mail bodies, Markdown exports, text dumps of
// PDFs) breaks paragraphs into lines of a fixed width and splits words with
// a hyphen at the line end. The cleaner and the extractors read one
// paragraph per line, so such text is re-joined first.

// keptHyphenPrefixes are word starts whose hyphen is part of the word
// ("co-operation", "non-binding") and stays when the word is re-joined.
var keptHyphenPrefixes = []string{"co", "non", "self", "cross", "anti", "multi", "cyber", "well", "re", "pre", "post", "inter", "intra", "semi", "sub", "vice", "ex", "bi", "tri", "high", "long", "short", "low", "mid", "e", "x"}

// wrapWidth returns the width text appears to be wrapped at, or 0 when it
// does not look hard-wrapped: most lines end near one width and continue
// on the next line.
func wrapWidth(lines []string) int {
	var lens []int
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimSpace(l)); n > 0 {
			lens = append(lens, n)
		}
	}
	if len(lens) < 6 {
		return 0
	}
	sorted := slices.Clone(lens)
	slices.Sort(sorted)
	w := sorted[len(sorted)*9/10]
	if w < 30 || w > 130 {
		return 0
	}
	// Count lines that are near full width and followed by a non-blank line.
	full := 0
	for i := 0; i+1 < len(lines); i++ {
		n := utf8.RuneCountInString(strings.TrimSpace(lines[i]))
		if n >= w*7/10 && strings.TrimSpace(lines[i+1]) != "" {
			full++
		}
	}
	if full*10 < len(lens)*3 {
		return 0
	}
	return w
}

// unwrapLines re-joins hard-wrapped lines into one paragraph per line. A
// line joins the one before when that one is near the wrap width (or ends
// with a hyphen, or this one starts lower-case) and this one does not start
// a list item, a bullet or a Markdown block. Blank lines are kept. It is
// linear in the size of the text.
func unwrapLines(lines []string, width int, r *chromeRules) []string {
	out := make([]string, 0, len(lines))
	var para []byte // the paragraph being joined
	inPara := false
	open := false   // the paragraph may take a continuation
	prevRaw := ""   // the last physical line joined, trimmed
	lines1 := false // the paragraph is one physical line so far
	// broken: the last line ended in a Markdown hard break (two spaces):
	// only a line that goes on with a lowercase word continues it (text
	// wrapped after a double space), others start a line of their own.
	broken := false
	// underHeader: the paragraph's first line came right under a date or
	// release line ("PRESS RELEASE" / "7 March 2024" / a headline).
	underHeader, prevStandalone := false, false
	flush := func() {
		if inPara {
			out = append(out, string(para))
			para, inPara = para[:0], false
		}
	}
	for i, raw := range lines {
		line := strings.TrimRight(raw, " \t")
		t := strings.TrimSpace(line)
		if t == "" {
			flush()
			out = append(out, "")
			open, prevStandalone = false, false
			continue
		}
		// A short numbered heading keeps apart from a capitalized paragraph
		// under it (a full line or a one-line sentence), not from its own
		// wrapped tail ("... General-Level" / "Meeting").
		headingAbove := lines1 && isLabelHeading(prevRaw) && !startsLowerRune(t) &&
			(utf8.RuneCountInString(t) >= width*6/10 || endsClause(t))
		// A date, a "Posted:" line or a volume and issue number stands alone
		// (a dateline under a headline, a periodical's issue line).
		standalone := r.isDateOnly(t) || r.isReleaseLine(t) || len(t) <= 80 && r.issueNumber.MatchString(t)
		// A headline under a release's date line ends where the writer
		// ended it, well short of the width: the next line's first word
		// would have fit on it.
		n := utf8.RuneCountInString(prevRaw)
		headlineAbove := lines1 && underHeader && !endsClause(prevRaw) && !startsLowerRune(t) &&
			n <= width*8/10 && n+1+utf8.RuneCountInString(firstWord(t)) <= width
		// A headline over a sub-headline or byline over a date line: three
		// header lines, each ended where the writer ended it, not a
		// paragraph wrapped over two lines.
		overDate := lines1 && !endsClause(prevRaw) && !endsClause(t) &&
			i+1 < len(lines) && r.isDateOnly(strings.TrimSpace(lines[i+1]))
		if inPara && open && !startsBlock(t) && !headingAbove && !standalone && !headlineAbove && !overDate {
			full := utf8.RuneCountInString(prevRaw) >= width*6/10
			hyphen := strings.HasSuffix(prevRaw, "-") && len(prevRaw) > 1 && isLetterByte(prevRaw[len(prevRaw)-2])
			if (full || hyphen) && !broken || startsLowerRune(t) {
				para = appendWrapped(para, prevRaw, t)
				prevRaw, lines1 = t, false
				broken = strings.HasSuffix(raw, "  ")
				continue
			}
		}
		flush()
		para = append(para[:0], line...)
		inPara, lines1 = true, true
		prevRaw = t
		open = !r.isChrome(t) && !r.isDateOnly(t)
		broken = strings.HasSuffix(raw, "  ")
		underHeader, prevStandalone = prevStandalone, standalone || isReleaseLabel(t)
	}
	flush()
	return out
}

// firstWord returns the text before the first space of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// appendWrapped appends the wrapped line next to para, whose last physical
// line was prev, re-joining a word hyphenated across the break.
func appendWrapped(para []byte, prev, next string) []byte {
	for len(para) > 0 && (para[len(para)-1] == ' ' || para[len(para)-1] == '\t') {
		para = para[:len(para)-1]
	}
	joined := joinWrapped(lastWord(prev), next)
	w := lastWord(prev)
	para = para[:len(para)-len(w)]
	return append(para, joined...)
}

// lastWord returns the text after the last space of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " \t")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// isLabelHeading reports whether t is a numbered heading ("1.Major
// achievements of the Meeting", "(2) Cyber security"): a label, eight
// words at most, no comma and no closing punctuation. Its next line, when
// capitalized, is a paragraph of its own rather than its continuation.
func isLabelHeading(t string) bool {
	if !startsBlock(t) || strings.ContainsRune("-*+#>|", rune(t[0])) {
		return false
	}
	return wordCount(t) <= 8 && !strings.Contains(t, ",") && !endsClause(t) && !endsWithConnector(t)
}

// startsBlock reports whether a line starts a block of its own: a list
// item, a bullet, a Markdown heading or quote, or a table row.
func startsBlock(t string) bool {
	switch t[0] {
	case '-', '*', '+', '#', '>', '|', '[':
		return true
	case '(':
		// "(1)", "(a)", "(iv)" start items; "(APEC) Data ..." continues.
		end := strings.IndexByte(t, ')')
		if end < 2 || end > 6 {
			return false
		}
		tok := t[1:end]
		return isDigitsOnly(tok) || len(tok) == 1 || isRomanLike(tok)
	}
	if strings.HasPrefix(t, "•") || strings.HasPrefix(t, "■") || strings.HasPrefix(t, "–") {
		return true
	}
	// "1.", "12)", "a.", "iv." followed by a space
	i := 0
	for i < len(t) && i < 5 && (t[i] >= '0' && t[i] <= '9' || t[i] >= 'a' && t[i] <= 'z' || t[i] >= 'A' && t[i] <= 'Z') {
		i++
	}
	if i > 0 && i < len(t)-1 && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ' {
		tok := t[:i]
		return isDigitsOnly(tok) && len(tok) <= 2 || len(tok) == 1 || isRomanLike(tok) // not a year ("2050. We will")
	}
	// "1.Major achievements": a number label without its space.
	if i > 0 && i <= 2 && i < len(t)-1 && t[i] == '.' && isDigitsOnly(t[:i]) && t[i+1] >= 'A' && t[i+1] <= 'Z' {
		return true
	}
	return false
}

// joinWrapped joins a wrapped line to the text before it, re-joining a word
// hyphenated across the break ("infor-" + "mation" -> "information") but
// keeping real compounds ("co-" + "operation", "U.S.-" + "Japan").
func joinWrapped(prev, next string) string {
	prev = strings.TrimRight(prev, " \t")
	if strings.HasSuffix(prev, "-") && len(prev) > 1 && isLetterByte(prev[len(prev)-2]) && startsLowerRune(next) {
		k := len(prev) - 1
		for k > 0 && isLetterByte(prev[k-1]) {
			k--
		}
		stem := prev[k : len(prev)-1]
		if stem == strings.ToLower(stem) && !slices.Contains(keptHyphenPrefixes, stem) {
			return prev[:len(prev)-1] + next
		}
		return prev + next
	}
	if strings.HasSuffix(prev, "-") && len(prev) > 1 && prev[len(prev)-2] != ' ' {
		return prev + next // "U.S.-" + "Japan"
	}
	return prev + " " + next
}

// joinBrokenParagraphs joins a long paragraph that stops mid-sentence (no
// closing punctuation) with the next paragraph, as left by a page break in
// a text dump ("... Economic Cooperation" / "(APEC) Data Privacy ...").
// levels, when not nil, is a value per line kept in step with the lines.
func joinBrokenParagraphs(lines []string, levels []int, isItem func(string) bool) ([]string, []int) {
	out := lines[:0:0]
	var outLevels []int
	if levels != nil {
		outLevels = make([]int, 0, len(levels))
	}
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		t := strings.TrimSpace(line)
		if len(t) >= 150 && !endsClause(t) {
			// Find the next non-blank line.
			j := i + 1
			for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j < len(lines) && j-i <= 3 {
				nt := strings.TrimSpace(lines[j])
				if !isItem(nt) && (startsLowerRune(nt) || startsAcronymGloss(nt) || endsWithConnector(t)) {
					lines[j] = joinWrapped(line, nt)
					continue
				}
			}
		}
		out = append(out, line)
		if levels != nil {
			outLevels = append(outLevels, levels[i])
		}
	}
	return out, outLevels
}

// startsAcronymGloss reports whether s starts with an acronym in brackets,
// the end of a name broken off the paragraph before ("(APEC) Data ...").
func startsAcronymGloss(s string) bool {
	end := strings.IndexByte(s, ')')
	if !strings.HasPrefix(s, "(") || end < 3 || end > 12 {
		return false
	}
	for _, r := range s[1:end] {
		if !unicode.IsUpper(r) && r != '-' && r != '&' {
			return false
		}
	}
	return true
}

// endsWithConnector reports whether s stops on a word that cannot end a
// sentence (an article, a preposition, a conjunction) or on a comma.
func endsWithConnector(s string) bool {
	if strings.HasSuffix(s, ",") || strings.HasSuffix(s, "-") {
		return true
	}
	i := strings.LastIndexByte(s, ' ')
	return corpus.IsTitleConnector(strings.ToLower(s[i+1:]))
}

// endsClause reports whether a paragraph ends with closing punctuation.
func endsClause(s string) bool {
	s = strings.TrimRight(s, " ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(`.!?:;"'”’)]…`, r) || unicode.IsDigit(r) && len(s) < 150
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func startsLowerRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func isDigitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isRomanLike(s string) bool {
	return strings.Trim(strings.ToLower(s), "ivx") == ""
}
