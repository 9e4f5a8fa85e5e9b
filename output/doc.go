// Package output owns the record schema (v1, documented in
// schema/record.v1.json) and the sinks that write records: JSON Lines and
// databases. Sinks are idempotent by record id.
package output
