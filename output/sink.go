package output

import "context"

// Sink receives records in pipeline order.
//
// Write stores one record (a failed document is a Record with Error set).
// It must be idempotent by Record.ID: writing the same record again leaves
// the store unchanged, and a record whose ID exists replaces it. Close
// flushes and commits what was written; after a cancelled run it still
// commits everything Write accepted, so a partial run keeps its records.
type Sink interface {
	Write(ctx context.Context, r Record) error
	Close(ctx context.Context) error
}

// Multi fans every record out to several sinks in order.
type Multi []Sink

// Write writes r to every sink, stopping at the first error.
func (m Multi) Write(ctx context.Context, r Record) error {
	for _, s := range m {
		if err := s.Write(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

// Close closes every sink and returns the first error.
func (m Multi) Close(ctx context.Context) error {
	var first error
	for _, s := range m {
		if err := s.Close(ctx); err != nil && first == nil {
			first = err
		}
	}
	return first
}
