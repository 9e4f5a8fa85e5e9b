package output

import (
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/entity"
)

// TestNewRecordLeavesResult checks that building a record twice from one
// Result gives the same character offsets: NewRecord must not convert the
// caller's spans in place.
func TestNewRecordLeavesResult(t *testing.T) {
	a := corpus.Article{Source: corpus.Source{Path: "x.txt"}, Text: "Café Tokyo"}
	res := extract.NewResult("", entity.Part{Places: []entity.Place{{Name: "Tokyo", Mentions: []extract.Mention{{Text: "Tokyo", Start: 6, End: 11}}}}})
	for i := 0; i < 2; i++ {
		r := NewRecord(a, res)
		got := r.Places[0].Mentions[0]
		if got.Start != 5 || got.End != 10 {
			t.Fatalf("build %d: got span %d-%d, want 5-10", i, got.Start, got.End)
		}
	}
	if m := extract.Get[entity.Part](&res).Places[0].Mentions[0]; m.Start != 6 || m.End != 11 {
		t.Errorf("result span changed to %d-%d, want 6-11", m.Start, m.End)
	}
}
