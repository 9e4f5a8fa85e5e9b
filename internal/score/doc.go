// Package score measures extraction quality: it compares pipeline records
// (JSON Lines, schema v1 or anything with the same field names) with gold
// annotations and reports per-field precision, recall and F1, and title,
// published-date and agenda-parent accuracy.
//
// It is a port of the project's reference scorer (score.py, kept beside the
// shared gold sets) and must give the same numbers on the same inputs; the
// rules are documented in docs/evaluation.md. Where the reference depends on
// Python semantics (str.lower, \w, truthiness, str() of JSON values, float
// rounding), this package reproduces them, so that the two scorers can be
// diffed byte for byte on --json and --detail output.
//
// Known differences, all on inputs the reference rejects by crashing or
// treats oddly: lines holding the non-standard JSON tokens NaN or Infinity
// count as unparsed here; invalid UTF-8 inside a line reads as U+FFFD
// (the reference stops); a gold file missing a required field is an error
// naming the file and field; records whose list fields or names are
// numbers read as empty.
package score
