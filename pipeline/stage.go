package pipeline

import (
	"context"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/output"
)

// Source yields raw documents in a fixed order. Next returns io.EOF after
// the last one. A document that cannot be read is an Input with Error set,
// not an error from Next: Next fails only when the whole source fails (or
// ctx is done), which stops the run.
type Source interface {
	Next(ctx context.Context) (corpus.Input, error)
}

// Acker is implemented by sources that need to know when a document is
// done: Ack is called once per Input, in the order Next returned them (Seq
// order), after all of its records were accepted by the sink (failed
// reports whether it became an error record). The Input passed has its
// Body dropped. A crawler uses it to commit its state only for emitted
// documents.
type Acker interface {
	Ack(ctx context.Context, in corpus.Input, failed bool) error
}

// Decoder turns raw bytes into a decoded document. An error fails only that
// document.
type Decoder interface {
	Decode(ctx context.Context, in corpus.Input) (corpus.Doc, error)
}

// Cleaner removes boilerplate and splits a document into articles. Zero
// articles with a nil error means the document has no content and becomes
// an error record ("no content"). An error fails only that document.
type Cleaner interface {
	Clean(ctx context.Context, doc corpus.Doc) ([]corpus.Article, error)
}

// Extractor extracts facts from one article. An error fails only that
// document.
type Extractor interface {
	Extract(ctx context.Context, a corpus.Article) (extract.Result, error)
}

// Stages are the processing stages a Runner applies to every document.
type Stages struct {
	Decoder   Decoder
	Cleaner   Cleaner
	Extractor Extractor
}

// Sink is where records go; see output.Sink for its contract.
type Sink = output.Sink
