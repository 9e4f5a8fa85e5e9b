// Package schema holds the JSON Schema of the record that package output
// writes (record.v1.json), embedded so that tools and tests can validate
// records without a path to the repository.
package schema

import _ "embed"

//go:embed record.v1.json
var recordV1 string

// RecordV1 returns the JSON Schema (draft 2020-12) of a communique.record/v1
// line: an article record or an error record.
func RecordV1() []byte { return []byte(recordV1) }
