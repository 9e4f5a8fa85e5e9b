// Package grammar owns the date grammar of extract/dates: the token
// scanner (scan.go), the keyword lexicon read from data/lexicon.txt and
// data/months_cldr.txt (lexicon.go), the date expressions with their
// TIMEX3-style values and bounds (value.go), and the parser that finds
// them in a text (grammar.go). It knows nothing of articles, release
// dates or year resolution; extract/dates builds those on it.
package grammar
