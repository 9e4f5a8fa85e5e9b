package clean

import (
	"path/filepath"
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
