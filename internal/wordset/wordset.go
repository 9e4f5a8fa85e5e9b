// Package wordset owns an immutable set of words that is fast to build
// from a word list and to look up. The words sit in one string and a
// power-of-two table of their positions finds them (open addressing,
// linear probing, hash/maphash), so building costs a copy of the list and
// one table, not a string and a map entry per word as a map[string] does
// (a large word list took 20-30 ms of every run that read it, issue 21),
// and a lookup allocates nothing, for a string or a byte slice alike. A
// Set is safe for concurrent lookups.
package wordset

import (
	"hash/maphash"
	"strings"
)

// Builder gathers the words of a Set. The zero value is ready to use.
type Builder struct {
	words strings.Builder
	spans []uint64 // start<<32 | end in words
}

// Grow makes room for n more words of about size bytes in all.
func (b *Builder) Grow(n, size int) {
	b.words.Grow(size)
	if cap(b.spans)-len(b.spans) < n {
		spans := make([]uint64, len(b.spans), len(b.spans)+n)
		copy(spans, b.spans)
		b.spans = spans
	}
}

// Add adds w to the set ("" is never a word; a word added twice is in
// it once).
func (b *Builder) Add(w string) {
	if w == "" {
		return
	}
	start := uint64(b.words.Len())
	b.words.WriteString(w)
	b.spans = append(b.spans, start<<32|uint64(b.words.Len()))
}

// Set returns the set of the words added. The Builder must not be used
// afterwards.
func (b *Builder) Set() *Set {
	// At most two thirds full: a few probes a lookup, and a table half
	// the size of a half-full one (building it is mostly first touches of
	// its memory).
	size := 1
	for 2*size < 3*len(b.spans) {
		size <<= 1
	}
	s := &Set{seed: maphash.MakeSeed(), words: b.words.String(), slots: make([]uint64, size), mask: uint64(size - 1)}
	for _, sp := range b.spans {
		w := s.words[sp>>32 : sp&0xffffffff]
		i := maphash.String(s.seed, w) & s.mask
		for ; s.slots[i] != 0; i = (i + 1) & s.mask {
			if s.word(s.slots[i]) == w {
				break
			}
		}
		if s.slots[i] == 0 {
			s.slots[i] = sp
			s.n++
		}
	}
	return s
}

// Set is an immutable set of words; build it with a Builder.
type Set struct {
	seed  maphash.Seed
	words string
	// slots holds start<<32 | end of a word in words, 0 where empty.
	slots []uint64
	mask  uint64
	n     int
}

func (s *Set) word(slot uint64) string { return s.words[slot>>32 : slot&0xffffffff] }

// Len is the number of words in the set.
func (s *Set) Len() int { return s.n }

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool {
	if s == nil || s.n == 0 {
		return false
	}
	for i := maphash.String(s.seed, w) & s.mask; s.slots[i] != 0; i = (i + 1) & s.mask {
		if s.word(s.slots[i]) == w {
			return true
		}
	}
	return false
}

// HasBytes reports whether the word spelt by w is in the set.
func (s *Set) HasBytes(w []byte) bool {
	if s == nil || s.n == 0 {
		return false
	}
	for i := maphash.Bytes(s.seed, w) & s.mask; s.slots[i] != 0; i = (i + 1) & s.mask {
		if s.word(s.slots[i]) == string(w) {
			return true
		}
	}
	return false
}
