// Package entity owns the named entities of an article: people (names,
// titles, affiliations, countries), agencies (a gazetteer of real bodies,
// head-noun patterns, acronyms, parents) and places (countries and
// cities). Its gazetteers and lexicons are the embedded files under data/
// (sources in data/README.md), loaded once by New. Its result is Part.
package entity
