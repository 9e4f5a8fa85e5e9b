// Package events owns finding the meetings an article names: every
// specific, dated occurrence of a meeting, dialogue round, summit,
// ministerial, workshop, seminar, conference, exercise or signing, both the
// one the release is about and earlier or later ones it mentions. For each
// it states the name as written, the recurring series it belongs to with a
// normalized series key (the same for "U.S.-Japan" and "Japan-U.S.",
// "Director General-level" and "DG-level"), the ordinal, the date, the
// venue, the people who chaired it and the bodies and countries that hosted
// or took part.
//
// Its rules read text and the entities other extractors already found
// (dates, people, agencies, places), given in its own Input types; as a
// registered extractor (extractor.go) it builds that Input from the
// dates.Part and entity.Part found before it, so it runs after them. Its word lists (event nouns,
// ordinals, name modifiers, role cues) are embedded data files loaded once
// by New; a Finder is safe for concurrent use.
//
// Sentences come from its own splitter (segment.go: line breaks end
// sentences unless the line is hard-wrapped prose; periods do unless they
// end an abbreviation). prose v2's segmenter was measured against it on
// the shared dev texts and real Markdown releases (TestEventSegmenters in
// package extract/registry, at commit time): events F1 0.889 with this splitter,
// 0.882 with prose's, and splitting took 0.4 ms against 0.86 s for the 11
// texts, so prose is not used.
package events
