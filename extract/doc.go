// Package extract owns the contract between the extractors and everything
// above them: the Extractor interface, the Result an article's extraction
// fills (its language and one Part per extractor, read with Get), the
// Mention span every part uses, and DetectLanguage. It holds no rules.
//
// The extractors live one folder each below it (extract/dates,
// extract/entity, extract/agenda, extract/events); each owns its rules,
// word lists and Part type. Package extract/registry lists them in the
// order they run and runs them; nothing below the registry imports it.
package extract
