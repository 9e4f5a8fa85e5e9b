package html

import (
	_ "embed"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Edge labels: the last lines of the main content that are the page's
// furniture, not the article's end: a prompt or a heading left without
// its section ("More on this topic:", "Did you like this article?",
// "Share this page:") and a short action label ("print", "share page",
// "pdf version"). They are cut from the end of the rendered text, by
// their shape alone (htmlEdgeRules). Names, datelines and numbered lines
// are never cut: a release may end with its signatory or its date.

// htmlEdgeMaxLines bounds how many lines are cut from the end, and
// htmlEdgeKeepLines how many are always kept.
const (
	htmlEdgeMaxLines  = 3
	htmlEdgeKeepLines = 3
)

// Prompt and action label sizes.
const (
	htmlPromptMaxWords = 8
	htmlPromptMaxRunes = 60
	htmlActionMaxWords = 4
	htmlActionMaxRunes = 30
)

// htmlEdgeRules are the named shapes of a trailing label line, any one of
// which cuts it; each is tried on the line trimmed of spaces.
var htmlEdgeRules = []struct {
	name  string
	label func(line string) bool
}{
	// "More on this topic:", "Did you like this article?": a short line
	// ending in a colon or a question mark with nothing after it.
	{"prompt", func(l string) bool {
		return htmlShortLine(l, htmlPromptMaxWords, htmlPromptMaxRunes) && strings.ContainsAny(lastRuneOf(l), ":?：？")
	}},
	// "print", "share page", "pdf version": a few words, no sentence
	// end, no capital after the first word (a name or a title is
	// capitalized), a first word that is not a shouted name and, alone,
	// not capitalized.
	{"action", func(l string) bool {
		if !htmlShortLine(l, htmlActionMaxWords, htmlActionMaxRunes) || strings.ContainsAny(lastRuneOf(l), ".!。！") {
			return false
		}
		words := strings.Fields(l)
		for _, w := range words[1:] {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				return false
			}
		}
		first := words[0]
		if r, _ := utf8.DecodeRuneInString(first); len(words) == 1 && unicode.IsUpper(r) {
			return false // a place or a name alone ("Canberra")
		}
		return utf8.RuneCountInString(first) <= 3 || strings.ToUpper(first) != first
	}},
	// "© 2024 Example News. All rights reserved.", "Copyright 2023 by
	// ...": the page's copyright notice, however long its terms.
	{"copyright", func(l string) bool {
		if len(strings.Fields(l)) > htmlCopyrightMaxWords {
			return false
		}
		low := strings.ToLower(l)
		return strings.HasPrefix(low, "©") || strings.HasPrefix(low, "(c) ") || strings.HasPrefix(low, "copyright ")
	}},
}

// htmlCopyrightMaxWords bounds a trailing copyright notice.
const htmlCopyrightMaxWords = 60

// htmlShortLine reports whether l has at most maxWords words and maxRunes
// runes, holds a letter and no digit (a date, a number, a telephone), and
// is not a list item.
func htmlShortLine(l string, maxWords, maxRunes int) bool {
	if l == "" || utf8.RuneCountInString(l) > maxRunes || len(strings.Fields(l)) > maxWords {
		return false
	}
	if htmlStartsWithLabel(l) || htmlStartsWithBullet(l) {
		return false
	}
	letter := false
	for _, r := range l {
		if unicode.IsDigit(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}

// lastRuneOf returns the last rune of s as a string ("" for "").
func lastRuneOf(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return ""
	}
	return string(r)
}

// Calls to action: a trailing line of at most htmlCallMaxWords words that
// holds a cue of data/call_cues.txt ("Subscribe to our newsletter",
// "Folgen Sie uns", "Síguenos en ...", "If you enjoyed this, support our
// work") is cut with the labels: the page's closing appeal, not the
// article's last sentence.
const htmlCallMaxWords = 20

//go:embed data/call_cues.txt
var callCuesText string

// cueList holds the cues of a word list (data/call_cues.txt,
// data/disclosure_cues.txt), each as its words.
type cueList [][]string

// callCues is the cueList of calls to action.
type callCues struct{ cueList }

// readCues reads a word list of one cue a line ('#' starts a comment).
func readCues(text string) cueList {
	var c cueList
	for line := range wordListLines(text) {
		c = append(c, htmlCueWords(line))
	}
	return c
}

// wordListLines yields the entries of an embedded word list (the files of
// data/): each line trimmed, blank lines and '#' comment lines left out.
func wordListLines(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.SplitSeq(text, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if !yield(line) {
				return
			}
		}
	}
}

// readCallCues reads data/call_cues.txt.
func readCallCues() callCues { return callCues{readCues(callCuesText)} }

// htmlCueWords splits s, lowercased, into words of letters and digits.
func htmlCueWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// holds reports whether text has at most maxWords words and holds one of
// the cues as whole words.
func (c cueList) holds(text string, maxWords int) bool {
	words := htmlCueWords(text)
	if len(words) == 0 || len(words) > maxWords {
		return false
	}
	for _, cue := range c {
		for i := 0; i+len(cue) <= len(words); i++ {
			if htmlWordsAt(words, i, cue) {
				return true
			}
		}
	}
	return false
}

// calls reports whether line is a call to action: at most
// htmlCallMaxWords words holding one of the cues.
func (c callCues) calls(line string) bool { return c.holds(line, htmlCallMaxWords) }

// htmlWordsAt reports whether words holds cue from index i.
func htmlWordsAt(words []string, i int, cue []string) bool {
	for k, w := range cue {
		if words[i+k] != w {
			return false
		}
	}
	return true
}

// htmlEdgeLabel reports the name of the rule of htmlEdgeRules that finds
// line a trailing label, or "".
func htmlEdgeLabel(line string) string {
	line = strings.TrimSpace(line)
	for _, r := range htmlEdgeRules {
		if r.label(line) {
			return r.name
		}
	}
	return ""
}

// trimEdgeLabels cuts up to htmlEdgeMaxLines trailing label lines
// (htmlEdgeLabel) and calls to action (callCues.calls) from text, one
// block per line as render writes it, keeping at least htmlEdgeKeepLines
// lines.
func (c callCues) trimEdgeLabels(text string) string {
	lines := strings.Split(text, "\n")
	nonBlank := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			nonBlank++
		}
	}
	end := len(lines)
	end, nonBlank = c.trimCallBlock(lines, end, nonBlank)
	end, nonBlank = trimPromptBlock(lines, end, nonBlank)
	for cut := 0; cut < htmlEdgeMaxLines && nonBlank > htmlEdgeKeepLines; {
		for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
			end--
		}
		if end == 0 || htmlEdgeLabel(lines[end-1]) == "" && !c.calls(lines[end-1]) {
			break
		}
		end--
		cut++
		nonBlank--
	}
	return strings.TrimRight(strings.Join(lines[:end], "\n"), "\n")
}

// A trailing call block: a call to action (callCues) among the last
// htmlCallBlockLines non-blank lines, of at most htmlCallBlockMaxWords
// words, that starts the last htmlCallBlockShare of the text's bytes, is
// cut with everything after it: the page's closing appeal and what it
// leads to (the reasons to give, the sign-up's promise, the "about us"
// line). A call further up, or one followed by more than a small tail of
// the text, stays (the article may go on after it).
const (
	htmlCallBlockLines    = 5
	htmlCallBlockMaxWords = 40
	htmlCallBlockShare    = 0.15
)

// trimCallBlock returns end and nonBlank less a trailing call block of
// lines[:end], keeping at least htmlEdgeKeepLines non-blank lines before
// it.
func (c callCues) trimCallBlock(lines []string, end, nonBlank int) (int, int) {
	total := 0
	for _, l := range lines[:end] {
		total += len(l)
	}
	tail, seen := 0, 0
	cut, cutNonBlank := end, nonBlank
	for i := end - 1; i >= 0 && seen < htmlCallBlockLines; i-- {
		tail += len(lines[i])
		if float64(tail) > htmlCallBlockShare*float64(total) {
			break
		}
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		seen++
		if nonBlank-seen >= htmlEdgeKeepLines && c.holds(lines[i], htmlCallBlockMaxWords) {
			cut, cutNonBlank = i, nonBlank-seen
		}
	}
	return cut, cutNonBlank
}

// A trailing prompt block: a prompt line ("Read more:", "Auch
// interessant:", "Lesen Sie auch die folgenden Beiträge:") followed to
// the end by at most htmlPromptBlockLines short lines of titles (at most
// htmlPromptItemWords words, no sentence end, no digit, no '@': not a
// contact block's telephone or address; no code or path characters: not
// a command the prompt introduces) is the page's list of further
// reading, cut whole.
const (
	htmlPromptBlockLines = 5
	htmlPromptItemWords  = 12
)

// trimPromptBlock returns end and nonBlank less a trailing prompt block
// of lines[:end], keeping at least htmlEdgeKeepLines non-blank lines.
func trimPromptBlock(lines []string, end, nonBlank int) (int, int) {
	items := 0
	for i := end - 1; i >= 0 && items <= htmlPromptBlockLines; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		if items > 0 && htmlEdgeLabel(l) == "prompt" {
			if nonBlank-items-1 < htmlEdgeKeepLines {
				break
			}
			return i, nonBlank - items - 1
		}
		if !htmlPromptItem(l) {
			break
		}
		items++
	}
	return end, nonBlank
}

// htmlPromptItem reports whether l reads as one title of a list of
// further reading (see htmlPromptBlockLines).
func htmlPromptItem(l string) bool {
	if len(strings.Fields(l)) > htmlPromptItemWords || strings.ContainsAny(lastRuneOf(l), ".!。！") || strings.ContainsAny(l, "@=/\\{}();") {
		return false
	}
	return !strings.ContainsFunc(l, unicode.IsDigit)
}
