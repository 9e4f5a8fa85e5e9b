package pipeline

import (
	"context"
	"io"
	"sync"

	"github.com/communique/communique/corpus"
)

// DefaultDecodedBudget is the budget of the DocCache that `run` hands to
// the learning pass: decoded text is small beside the PDFs and pages it
// comes from, so this keeps thousands of documents.
const DefaultDecodedBudget = 128 << 20

// DocCache keeps what the learning pass read and decoded for the run that
// follows, so that each input is read, hashed and decoded once (decoding
// is most of the cost of a PDF; reading and hashing about a tenth).
//
// It keeps two things within one budget of bytes:
//   - the decoded documents (text plus a fixed overhead per document),
//     keyed by the input's position (Seq), source identity and the
//     SHA-256 of its raw bytes, each handed out once to the run's
//     decoder; documents past the budget are decoded again by the run;
//   - the inputs Learn read, in order, for Replay (each counted by its
//     strings plus a fixed overhead): without their bytes when their
//     document is kept, with them (counted too) when it is not (a
//     document that failed to decode, timed out or did not fit). When
//     the inputs or those bytes do not fit, there is no replay and the
//     run reads its source again.
//
// Safe for concurrent use.
type DocCache struct {
	mu     sync.Mutex
	budget int64
	used   int64
	docs   map[docKey]corpus.Doc
	// inputs is what Learn read, in order, while replay holds; lastSeq
	// is the Seq of the last one (replay needs them increasing: a Seq
	// names one input).
	inputs   []corpus.Input
	lastSeq  int
	replay   bool // every input read so far is kept (bytes or document)
	complete bool // Learn read its source to the end
}

// docKey is what makes two inputs the same document: the same bytes
// (SHA-256) from the same place at the same position of the walk.
type docKey struct {
	seq            int
	sha, uri, path string
}

// docOverhead is the bytes counted for a document besides its text (its
// metadata and the map entry).
const docOverhead = 1 << 10

// NewDocCache returns an empty cache of budget bytes (none kept when
// budget <= 0).
func NewDocCache(budget int64) *DocCache {
	return &DocCache{budget: budget, docs: map[docKey]corpus.Doc{}, replay: true, lastSeq: -1}
}

func keyOf(in corpus.Input) (docKey, bool) {
	s := in.Source
	return docKey{seq: in.Seq, sha: s.SHA256, uri: s.URI, path: s.Path}, s.SHA256 != ""
}

func decodedCost(doc corpus.Doc) int64 {
	return int64(len(doc.Text)) + 8*int64(len(doc.PageStarts)+len(doc.Headings)) + docOverhead
}

// read notes in, just read by Learn, for Replay, and returns its index
// there (-1 when there is no replay). Its bytes stay until settled.
func (c *DocCache) read(in corpus.Input) int {
	if c == nil {
		return -1
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.replay {
		return -1
	}
	if in.Seq <= c.lastSeq {
		c.dropReplay()
		return -1
	}
	n := inputCost(in)
	if c.used+n > c.budget {
		c.dropReplay()
		return -1
	}
	c.used += n
	c.lastSeq = in.Seq
	c.inputs = append(c.inputs, in)
	return len(c.inputs) - 1
}

// inputOverhead is the bytes counted for an input kept for Replay besides
// its strings and bytes (the struct and its metadata).
const inputOverhead = 512

// inputCost is what an input kept for Replay counts against the budget,
// without its bytes (counted when they are kept: settle).
func inputCost(in corpus.Input) int64 {
	s := in.Source
	return inputOverhead + int64(len(s.URI)+len(s.Path)+len(s.SHA256)+len(in.Error))
}

// settle is called once Learn is done with the input at index i (of
// read): its decoded document, when ok, is kept if the budget allows, and
// the input's bytes are then dropped; otherwise the bytes are kept for
// the run, if the budget allows, or there is no replay.
func (c *DocCache) settle(i int, in corpus.Input, doc corpus.Doc, ok bool) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if ok && c.put(in, doc) {
		if c.replay && i >= 0 {
			c.inputs[i].Body = nil
		}
		return
	}
	if !c.replay || i < 0 {
		return
	}
	if n := int64(len(in.Body)); c.used+n <= c.budget {
		c.used += n
		return
	}
	c.dropReplay()
}

// dropReplay gives up the replay and the inputs and bytes it held. c.mu
// is held.
func (c *DocCache) dropReplay() {
	for _, in := range c.inputs {
		c.used -= inputCost(in) + int64(len(in.Body))
	}
	c.replay, c.inputs = false, nil
}

// finish marks the end of Learn's source: Replay may hand it out.
func (c *DocCache) finish() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.complete = true
}

// put keeps doc, decoded from in, when the budget allows, and reports
// whether it did. c.mu is held.
func (c *DocCache) put(in corpus.Input, doc corpus.Doc) bool {
	k, ok := keyOf(in)
	if !ok {
		return false
	}
	n := decodedCost(doc)
	if _, dup := c.docs[k]; dup || c.used+n > c.budget {
		return false
	}
	c.docs[k] = doc
	c.used += n
	return true
}

// take returns the document kept for in, and forgets it.
func (c *DocCache) take(in corpus.Input) (corpus.Doc, bool) {
	k, ok := keyOf(in)
	if c == nil || !ok {
		return corpus.Doc{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	doc, ok := c.docs[k]
	if ok {
		delete(c.docs, k)
		c.used -= decodedCost(doc)
	}
	return doc, ok
}

// Len is the number of documents kept.
func (c *DocCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.docs)
}

// Replay returns a Source that yields again, in the same order and with
// the same Seq, every input that Learn read from its source, so that the
// run neither walks, reads nor hashes anything a second time: an input
// whose document the cache keeps comes without its bytes (the Runner's
// decoder takes the document), any other with them. It reports false,
// and the run must read its source again, when Learn did not read its
// source to the end, the bytes did not fit the budget, the source's Seq
// did not increase, or Replay was already called (the inputs are handed
// over once). Only a Runner with this cache as its Config.Decoded may run
// the Source.
func (c *DocCache) Replay() (Source, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.replay || !c.complete {
		return nil, false
	}
	r := &replaySource{cache: c, inputs: c.inputs}
	c.replay, c.inputs = false, nil
	return r, true
}

// replaySource is the Source of Replay.
type replaySource struct {
	cache  *DocCache
	inputs []corpus.Input
}

// Next returns the next input Learn read, and io.EOF after the last.
func (r *replaySource) Next(ctx context.Context) (corpus.Input, error) {
	if err := ctx.Err(); err != nil {
		return corpus.Input{}, err
	}
	if len(r.inputs) == 0 {
		return corpus.Input{}, io.EOF
	}
	in := r.inputs[0]
	r.inputs[0] = corpus.Input{}
	r.inputs = r.inputs[1:]
	r.cache.mu.Lock()
	r.cache.used -= inputCost(in) + int64(len(in.Body)) // the run owns them now
	r.cache.mu.Unlock()
	return in, nil
}

// cachedDecoder hands out the documents of its cache before decoding.
type cachedDecoder struct {
	Decoder
	cache *DocCache
}

// Decode returns the document kept for in, else in decoded.
func (d cachedDecoder) Decode(ctx context.Context, in corpus.Input) (corpus.Doc, error) {
	if doc, ok := d.cache.take(in); ok {
		return doc, nil
	}
	return d.Decoder.Decode(ctx, in)
}
