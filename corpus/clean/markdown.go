package clean

import (
	"path/filepath"
	"regexp"
	"strings"
)

// isMarkdownPath reports whether a file name says Markdown.
func isMarkdownPath(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".mdown":
		return true
	}
	return false
}

// stripMarkdownInline removes Markdown emphasis that text exports of web
// pages keep (`**Singapore, 4 August 2022** – The ...`): the markers would
// otherwise hide a dateline from the date finder and glue asterisks to
// names. Only paired `**` on one line are removed, so a lone `**` is left
// alone; `__` is not touched (it is as often part of a name). In a known
// Markdown file, heading marks (`## Background`) and backslash escapes go
// too (`\###`, and `2\.` that keeps a numbered paragraph from being read
// as a list); a bare `###` line stays, since releases use it as an
// end-of-release separator.
func stripMarkdownInline(line string, markdown bool) string {
	if n := strings.Count(line, "**"); n >= 2 && n%2 == 0 {
		line = strings.ReplaceAll(line, "**", "")
	}
	if !markdown {
		return line
	}
	if strings.IndexByte(line, '<') >= 0 {
		line = stripInlineHTML(line)
	}
	line = unescapeMarkdown(line)
	t := strings.TrimLeft(line, " ")
	if hashes := len(t) - len(strings.TrimLeft(t, "#")); hashes >= 1 && hashes <= 6 && len(t) > hashes && t[hashes] == ' ' {
		return strings.TrimSpace(t[hashes:])
	}
	return line
}

// markdownLevel returns the level of a Markdown ATX heading ("## Title" is
// 2) in a known Markdown file, or 0.
func markdownLevel(line string, markdown bool) int {
	if !markdown {
		return 0
	}
	t := strings.TrimLeft(strings.ReplaceAll(line, `\#`, "#"), " ")
	if hashes := len(t) - len(strings.TrimLeft(t, "#")); hashes >= 1 && hashes <= 6 && len(t) > hashes+1 && t[hashes] == ' ' {
		return hashes
	}
	return 0
}

// unescapeMarkdown removes the backslash of a Markdown backslash escape:
// a backslash before an ASCII punctuation character stands for that
// character (CommonMark 0.31, section 2.4); any other backslash stays.
func unescapeMarkdown(line string) string {
	if !strings.Contains(line, `\`) {
		return line
	}
	var b strings.Builder
	b.Grow(len(line))
	for i := 0; i < len(line); i++ {
		if line[i] == '\\' && i+1 < len(line) && isASCIIPunct(line[i+1]) {
			i++
		}
		b.WriteByte(line[i])
	}
	return b.String()
}

// isASCIIPunct reports whether c is one of CommonMark's ASCII punctuation
// characters.
func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// inlineHTMLTag matches an HTML tag written inside Markdown text: an
// element of the phrase and anchor kind, opening (with attributes) or
// closing. Autolinks (<https://...>, <name@example.org>) and other words
// in angle brackets are not elements of this list and stay.
var inlineHTMLTag = regexp.MustCompile(`(?i)</?(?:a|abbr|b|br|cite|del|em|font|i|img|ins|mark|s|small|span|strong|sub|sup|u)(?:\s[^<>]*)?/?>`)

// footnoteMark matches a footnote reference set as a superscript
// (`<sup>1</sup>`, `<sup>*</sup>`): a pointer to a note, not a word.
var footnoteMark = regexp.MustCompile(`(?i)<sup>\s*[0-9*†‡,\s]{1,6}</sup>`)

// stripInlineHTML removes the inline HTML tags of a Markdown line, keeping
// their text: anchors set before a heading (`## <a id="x"></a>Headline`),
// line breaks and emphasis are markup, not words of the line. Footnote
// marks go with their number, so it is not glued to the word before.
func stripInlineHTML(line string) string {
	line = footnoteMark.ReplaceAllString(line, "")
	out := inlineHTMLTag.ReplaceAllStringFunc(line, func(tag string) string {
		if len(tag) > 3 && strings.EqualFold(tag[1:3], "br") {
			return " " // a line break parts words
		}
		return ""
	})
	if strings.TrimSpace(out) == "" {
		return out
	}
	if hashes := len(out) - len(strings.TrimLeft(out, "#")); hashes > 0 && hashes < len(out) && out[hashes] == ' ' {
		// "## <a ...></a>Title" became "## Title": one space after the marks.
		return out[:hashes] + " " + strings.TrimLeft(out[hashes:], " ")
	}
	return out
}

// minFrontMatters is how many front-matter blocks make a file of posts
// pasted one after another (`cat _posts/*.md`).
const minFrontMatters = 2

// maxFrontMatterLines bounds a front-matter block.
const maxFrontMatterLines = 60

// expandFrontMatters rewrites the YAML front-matter blocks of a file that
// holds several ("---", "title: ...", "date: ...", "---" above each
// post) as each post's header lines: its title, then its date as a
// release-date line ("Published: 2026-01-21 17:30"). Posts so pasted
// together are releases one after another; their front matter is their
// header, which the release split reads like any other. A file with one
// block or none is returned as it is (splitFrontMatter reads a single
// block as the page's metadata).
func expandFrontMatters(lines []string) []string {
	type block struct {
		from, to    int // lines [from, to] are the block, both "---"
		title, date string
	}
	var blocks []block
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "---" || i > 0 && strings.TrimSpace(lines[i-1]) != "" {
			continue
		}
		b, ok := block{from: i}, false
		for j := i + 1; j < len(lines) && j <= i+maxFrontMatterLines; j++ {
			t := strings.TrimSpace(lines[j])
			if t == "---" {
				b.to, ok = j, b.title != ""
				break
			}
			key, val, isKey := strings.Cut(t, ":")
			if !isKey || strings.ContainsAny(key, " \t") {
				if t == "" || strings.HasPrefix(lines[j], " ") || strings.HasPrefix(t, "- ") {
					continue // blank or a nested value
				}
				break // not front matter
			}
			switch strings.ToLower(key) {
			case "title":
				b.title = unquoteYAML(strings.TrimSpace(val))
			case "date", "published", "publishdate", "publish_date", "date_published", "published_at", "release_date":
				if b.date == "" {
					b.date = unquoteYAML(strings.TrimSpace(val))
				}
			}
		}
		if ok {
			blocks = append(blocks, b)
			i = b.to
		}
	}
	if len(blocks) < minFrontMatters {
		return lines
	}
	out := make([]string, 0, len(lines))
	prev := 0
	for _, b := range blocks {
		out = append(out, lines[prev:b.from]...)
		out = append(out, b.title)
		if b.date != "" {
			out = append(out, "Published: "+b.date)
		}
		prev = b.to + 1
	}
	return append(out, lines[prev:]...)
}
