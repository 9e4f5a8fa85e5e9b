package pipeline

import (
	"context"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"weak"

	"github.com/communique/communique/corpus"
)

// handOverSource yields one input per body, built afresh and kept by no
// one but the runner (as a folder source does), and remembers a weak
// pointer to each body.
type handOverSource struct {
	bodies []string
	next   int
	mu     sync.Mutex
	weak   map[string]weak.Pointer[byte] // by path
}

func (s *handOverSource) reachable(path string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.weak[path].Value() != nil
}

func (s *handOverSource) Next(context.Context) (corpus.Input, error) {
	if s.next == len(s.bodies) {
		return corpus.Input{}, io.EOF
	}
	body := []byte(s.bodies[s.next])
	path := "d" + string(rune('a'+s.next)) + ".txt"
	s.mu.Lock()
	s.weak[path] = weak.Make(&body[0])
	s.mu.Unlock()
	s.next++
	return corpus.Input{Seq: s.next - 1, Source: corpus.Source{Path: path}, Body: body}, nil
}

// bodyCheckingCleaner is a fakeCleaner that records, for each document,
// whether its raw body was still reachable when cleaning began.
type bodyCheckingCleaner struct {
	fakeCleaner
	src  *handOverSource
	kept chan string
}

func (c bodyCheckingCleaner) Clean(ctx context.Context, doc corpus.Doc) ([]corpus.Article, error) {
	runtime.GC()
	runtime.GC()
	if c.src.reachable(doc.Source.Path) {
		c.kept <- doc.Source.Path
	}
	return c.fakeCleaner.Clean(ctx, doc)
}

// TestBodyDroppedAfterDecode: once a document is decoded, the runner keeps
// no reference to its raw bytes (a 20 MB text is 20 MB less live heap
// through cleaning and extraction), with and without a document timeout.
func TestBodyDroppedAfterDecode(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"one worker", Config{Workers: 1}},
		{"two workers", Config{Workers: 2}},
		{"with a timeout", Config{Workers: 1, DocTimeout: time.Minute}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := &handOverSource{weak: map[string]weak.Pointer[byte]{}}
			for i := range 3 {
				src.bodies = append(src.bodies, strings.Repeat("A line of a release. ", 1000+i))
			}
			kept := make(chan string, len(src.bodies))
			stages := Stages{Decoder: fakeDecoder{}, Cleaner: bodyCheckingCleaner{src: src, kept: kept}, Extractor: fakeExtractor{}}
			sink := &memSink{}
			if _, err := mustRunner(t, tc.cfg, stages).Run(t.Context(), src, sink); err != nil {
				t.Fatal(err)
			}
			close(kept)
			for path := range kept {
				t.Errorf("%s: raw body still reachable while cleaning", path)
			}
			if got := sink.count(); got != len(src.bodies) {
				t.Errorf("%d records, want %d", got, len(src.bodies))
			}
		})
	}
}
