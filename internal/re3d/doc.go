// Package re3d measures the people finder of package extract/entity against the
// re3d corpus (Dstl's "relationship and entity extraction evaluation
// dataset", shared/realworld/re3d): it reads a subset's documents.json and
// entities.json (mongoexport JSON Lines), reduces re3d's Person annotations
// to distinct named persons (one per surname per document), runs
// entity.Finder on each document and reports recall and precision.
//
// re3d's guidelines differ from ours: its Person spans include titles
// ("Minister for the Middle East Tobias Ellwood"), role-only references
// ("The Foreign Secretary", "the UN High Commissioner for Refugees") and
// pronouns ("I", "he"); it annotates every mention separately, with a
// crowd-derived confidence, and links none. We keep one Person per
// individual, with the name alone; titles and pronouns are not persons. So
// only Person annotations with confidence >= 0.5 that contain a name are
// counted, and only once per surname and document.
package re3d
