package score

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkScore reads and scores the pipeline's records of the repo's
// gold set; bytes are the records file's.
func BenchmarkScore(b *testing.B) {
	data, err := os.ReadFile("testdata/cases/ownset/records.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	golds, err := LoadGold("../../testdata/gold/gold")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		preds, err := ReadRecords(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		Score(golds, preds)
	}
}
