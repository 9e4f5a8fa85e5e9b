// Package extract owns turning a clean article into facts: dates (with the
// release date), people, agencies, places and numbered agenda items. Its
// lexicons and models are embedded and loaded once by New; an Extractor is
// safe for concurrent use and shared read-only by all workers.
package extract
