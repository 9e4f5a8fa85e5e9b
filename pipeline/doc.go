// Package pipeline owns the stage interfaces (source -> decode -> clean ->
// extract -> emit) and the Runner that wires them with bounded channels,
// bounded workers and context cancellation, emitting records in input order.
// What passes between stages is plain, serializable data (corpus.Input,
// corpus.Doc, corpus.Article, output.Record), so the same stages can later
// run as separate workers on a message bus.
package pipeline
