package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/output"
)

// Bodies with these prefixes make the fake stages misbehave.
const (
	panicDecode  = "PANIC-DECODE"
	panicClean   = "PANIC-CLEAN"
	panicExtract = "PANIC-EXTRACT"
	failDecode   = "FAIL-DECODE"
	noArticles   = "EMPTY"
	slowDecode   = "SLOW" // takes 50ms: holds up the head of the line
	hangClean    = "HANG" // the cleaner sleeps 2s ignoring ctx
	waitExtract  = "WAIT" // the extractor waits for ctx to be done
)

// fakeDecoder turns the body into the text, sleeping a pseudo-random time
// derived from the body so that documents finish out of order.
type fakeDecoder struct{ jitter time.Duration }

func (d fakeDecoder) Decode(ctx context.Context, in corpus.Input) (corpus.Doc, error) {
	if err := ctx.Err(); err != nil {
		return corpus.Doc{}, err
	}
	body := string(in.Body)
	if d.jitter > 0 {
		time.Sleep(time.Duration(len(body)*7919%10) * d.jitter / 10)
	}
	switch {
	case strings.HasPrefix(body, slowDecode):
		time.Sleep(50 * time.Millisecond)
	case strings.HasPrefix(body, panicDecode):
		var m map[string]int
		m["x"]++ // a real runtime panic: assignment to entry in nil map
	case strings.HasPrefix(body, failDecode):
		return corpus.Doc{}, errors.New("broken bytes")
	}
	src := in.Source
	src.ContentType = "text/plain"
	return corpus.Doc{Source: src, Format: corpus.FormatText, Text: body}, nil
}

// fakeCleaner splits the text into articles at "\n---\n".
type fakeCleaner struct{}

func (fakeCleaner) Clean(ctx context.Context, doc corpus.Doc) ([]corpus.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	switch {
	case strings.HasPrefix(doc.Text, hangClean):
		time.Sleep(2 * time.Second)
	case strings.HasPrefix(doc.Text, panicClean):
		panic("cleaner exploded")
	case strings.HasPrefix(doc.Text, noArticles):
		return nil, nil
	}
	var arts []corpus.Article
	for i, part := range strings.Split(doc.Text, "\n---\n") {
		title, _, _ := strings.Cut(part, "\n")
		arts = append(arts, corpus.Article{Source: doc.Source, Format: doc.Format, Segment: i, Title: title, Text: part})
	}
	return arts, nil
}

// learningCleaner is a fakeCleaner that records what it learned.
type learningCleaner struct {
	fakeCleaner
	mu      sync.Mutex
	learned []string
}

func (c *learningCleaner) Learn(doc corpus.Doc) {
	if strings.HasPrefix(doc.Text, panicClean) {
		panic("learn exploded")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.learned = append(c.learned, doc.Source.Path)
}

// fakeExtractor reports the article's length as its language, so records
// depend on the article.
type fakeExtractor struct{}

func (fakeExtractor) Extract(ctx context.Context, a corpus.Article) (extract.Result, error) {
	if err := ctx.Err(); err != nil {
		return extract.Result{}, err
	}
	if strings.HasPrefix(a.Text, waitExtract) {
		<-ctx.Done()
		return extract.Result{}, ctx.Err()
	}
	if strings.HasPrefix(a.Text, panicExtract) {
		panic(fmt.Errorf("extractor exploded on %q", a.Title))
	}
	return extract.Result{Language: fmt.Sprintf("len%d", len(a.Text))}, nil
}

func fakeStages(jitter time.Duration) Stages {
	return Stages{Decoder: fakeDecoder{jitter: jitter}, Cleaner: fakeCleaner{}, Extractor: fakeExtractor{}}
}

// sliceSource yields inputs built from bodies; it counts reads and records
// acks.
type sliceSource struct {
	inputs []corpus.Input
	next   int
	reads  atomic.Int64
	// onNext, when set, is called before each read.
	onNext func(n int)
	err    error // returned instead of io.EOF at the end, when set

	mu   sync.Mutex
	acks []ack
}

type ack struct {
	seq    int
	failed bool
}

func newSliceSource(bodies ...string) *sliceSource {
	s := &sliceSource{}
	for i, b := range bodies {
		path := fmt.Sprintf("doc%03d.txt", i)
		s.inputs = append(s.inputs, corpus.Input{Seq: i, Source: corpus.Source{Path: path, Size: int64(len(b))}, Body: []byte(b)})
	}
	return s
}

func (s *sliceSource) Next(ctx context.Context) (corpus.Input, error) {
	if err := ctx.Err(); err != nil {
		return corpus.Input{}, err
	}
	if s.onNext != nil {
		s.onNext(s.next)
	}
	if s.next == len(s.inputs) {
		if s.err != nil {
			return corpus.Input{}, s.err
		}
		return corpus.Input{}, io.EOF
	}
	in := s.inputs[s.next]
	s.next++
	s.reads.Add(1)
	return in, nil
}

// ackingSource is a sliceSource that is also an Acker.
type ackingSource struct{ *sliceSource }

func (s ackingSource) Ack(_ context.Context, in corpus.Input, failed bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.acks = append(s.acks, ack{seq: in.Seq, failed: failed})
	return nil
}

// memSink keeps records in memory; onWrite, when set, runs after each write.
type memSink struct {
	mu      sync.Mutex
	records []output.Record
	onWrite func(n int) error
	closed  bool
}

func (m *memSink) Write(_ context.Context, r output.Record) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.records = append(m.records, r)
	if m.onWrite != nil {
		return m.onWrite(len(m.records))
	}
	return nil
}

func (m *memSink) Close(context.Context) error {
	m.closed = true
	return nil
}

func (m *memSink) count() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.records)
}
