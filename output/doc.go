// Package output owns the record schema (v1, documented in
// schema/record.v1.json), its wire types (wire.go) and their mapping from
// extractor results (mapping.go, the one file that reads extractors'
// types), and the sinks that write records: JSON Lines and databases,
// whose child tables are written from table descriptions (sql_tables.go).
// Sinks are idempotent by record id.
package output
