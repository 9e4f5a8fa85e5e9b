package main

import (
	"context"
	"flag"
	"io"

	"github.com/communique/communique/output"
)

// sinkFlags are the output flags shared by run and crawl.
type sinkFlags struct {
	out string
}

func (f *sinkFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.out, "o", "", "write JSON Lines records to `FILE` (atomically: temp file, then rename) instead of stdout")
}

// open returns the sinks the flags name; records go to stdout when no
// other sink is named.
func (f *sinkFlags) open(_ context.Context, stdout io.Writer) (output.Sink, error) {
	if f.out != "" {
		return output.CreateJSONL(f.out)
	}
	return output.NewJSONL(stdout), nil
}
