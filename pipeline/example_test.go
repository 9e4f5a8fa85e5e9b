package pipeline_test

import (
	"context"
	"fmt"
	"io"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/extract/registry"
	"github.com/communique/communique/output"
	"github.com/communique/communique/pipeline"
)

// inputs is a Source over fixed documents.
type inputs []corpus.Input

func (s *inputs) Next(context.Context) (corpus.Input, error) {
	if len(*s) == 0 {
		return corpus.Input{}, io.EOF
	}
	in := (*s)[0]
	*s = (*s)[1:]
	return in, nil
}

// printSink prints each record's source and title, or its error.
type printSink struct{}

func (printSink) Write(_ context.Context, r output.Record) error {
	if r.Error != "" {
		fmt.Printf("%s: error: %s\n", r.Source.Path, r.Error)
		return nil
	}
	fmt.Printf("%s: %q\n", r.Source.Path, r.Title)
	return nil
}

func (printSink) Close(context.Context) error { return nil }

func ExampleRunner_Run() {
	decoder, err := decode.New(decode.Config{MaxBytes: 50 << 20})
	if err != nil {
		panic(err)
	}
	cleaner, err := clean.New(clean.Config{})
	if err != nil {
		panic(err)
	}
	extractor, err := registry.New()
	if err != nil {
		panic(err)
	}
	r, err := pipeline.New(pipeline.Config{Workers: 4}, pipeline.Stages{Decoder: decoder, Cleaner: cleaner, Extractor: extractor})
	if err != nil {
		panic(err)
	}
	src := &inputs{
		{Seq: 0, Source: corpus.Source{Path: "a.txt"}, Body: []byte("Ministers Meet in Tokyo\n\nThe ministers met on 13 March 2014.\n")},
		{Seq: 1, Source: corpus.Source{Path: "b.txt"}},
		{Seq: 2, Source: corpus.Source{Path: "c.txt"}, Error: "permission denied"},
	}
	stats, err := r.Run(context.Background(), src, printSink{})
	fmt.Printf("%+v %v\n", stats, err)
	// Output:
	// a.txt: "Ministers Meet in Tokyo"
	// b.txt: error: decode: empty document
	// c.txt: error: permission denied
	// {Documents:3 Records:3 Failures:2 Bytes:0} <nil>
}
