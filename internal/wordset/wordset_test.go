package wordset

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func build(words ...string) *Set {
	var b Builder
	for _, w := range words {
		b.Add(w)
	}
	return b.Set()
}

func TestSet(t *testing.T) {
	tests := []struct {
		name    string
		words   []string
		in, out []string
		n       int
	}{
		{name: "words", words: []string{"harbour", "minister", "opens"}, in: []string{"harbour", "opens"}, out: []string{"harbor", "open", "opens ", ""}, n: 3},
		{name: "duplicates and empty", words: []string{"a", "", "a", "ab", "a"}, in: []string{"a", "ab"}, out: []string{"b", "", "aba"}, n: 2},
		{name: "none", words: nil, in: nil, out: []string{"a", ""}, n: 0},
		{name: "prefixes of one another", words: []string{"in", "inter", "international"}, in: []string{"in", "inter", "international"}, out: []string{"i", "intern", "internationals"}, n: 3},
		{name: "non-ASCII", words: []string{"décret", "ministère", "日本"}, in: []string{"décret", "日本"}, out: []string{"decret", "日"}, n: 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := build(tc.words...)
			if s.Len() != tc.n {
				t.Errorf("Len = %d, want %d", s.Len(), tc.n)
			}
			for _, w := range tc.in {
				if !s.Has(w) || !s.HasBytes([]byte(w)) {
					t.Errorf("%q not found", w)
				}
			}
			for _, w := range tc.out {
				if s.Has(w) || s.HasBytes([]byte(w)) {
					t.Errorf("%q found", w)
				}
			}
		})
	}
	var none *Set
	if none.Has("a") || none.HasBytes([]byte("a")) {
		t.Error("a nil set has a word")
	}
}

// TestSetLikeMap holds a large set to a map of the same words, for words
// in it and not.
func TestSetLikeMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		var sb strings.Builder
		for range 1 + r.IntN(9) {
			sb.WriteByte(byte('a' + r.IntN(6)))
		}
		return sb.String()
	}
	want := map[string]bool{}
	var b Builder
	b.Grow(20000, 200000)
	for range 20000 {
		w := word()
		want[w] = true
		b.Add(w)
	}
	s := b.Set()
	if s.Len() != len(want) {
		t.Fatalf("Len = %d, want %d", s.Len(), len(want))
	}
	for range 50000 {
		w := word()
		if got := s.Has(w); got != want[w] {
			t.Fatalf("Has(%q) = %v, want %v", w, got, want[w])
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	words := make([]string, 70000)
	for i := range words {
		words[i] = fmt.Sprintf("word%dx", i)
	}
	b.ReportAllocs()
	for b.Loop() {
		var bl Builder
		bl.Grow(len(words), 8*len(words))
		for _, w := range words {
			bl.Add(w)
		}
		bl.Set()
	}
}
