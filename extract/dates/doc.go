// Package dates owns the calendar facts of an article: every date
// expression normalized to a TIMEX3-style value with its bounds, role and
// mentions, and the release date (from the text, the masthead, the
// metadata and the page's address). Its grammar runs over its own tokens
// (scan.go) with its own keyword lexicon (lexicon.go). Its result is Part.
package dates
