// Package dates owns the calendar facts of an article: every date
// expression normalized to a TIMEX3-style value with its bounds, role and
// mentions, and the release date (from the text, the masthead, the
// metadata and the page's address). The date expressions come from
// extract/dates/grammar (tokens, keyword lexicon, parser); this package
// resolves them (years, relative dates, roles) and picks the release date
// with its own word lists (data/words). Its result is Part.
package dates
