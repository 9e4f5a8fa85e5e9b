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
// alone; `__` is not touched (it is as often part of a name). In a known Markdown file, heading
// marks (`## Background`) and backslash escapes (`\###`) go too; a bare
// `###` line stays, since releases use it as an end-of-release separator.
func stripMarkdownInline(line string, markdown bool) string {
	if n := strings.Count(line, "**"); n >= 2 && n%2 == 0 {
		line = strings.ReplaceAll(line, "**", "")
	}
	if !markdown {
		return line
	}
	line = strings.ReplaceAll(line, `\#`, "#")
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
