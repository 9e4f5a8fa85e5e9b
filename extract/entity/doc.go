// Package entity owns the named entities of an article: people (names,
// titles, affiliations, countries), agencies (a gazetteer of real bodies,
// head-noun patterns, acronyms, parents) and places (countries and
// cities). Its gazetteers, lexicons and tokenizer are package lexicon
// (embedded files under lexicon/data), loaded once by New. Its result is Part.
package entity
