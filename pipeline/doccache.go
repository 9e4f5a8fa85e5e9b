package pipeline

import (
	"context"
	"sync"

	"github.com/communique/communique/corpus"
)

// DefaultDecodedBudget is the budget of the DocCache that `run` hands to
// the learning pass: decoded text is small beside the PDFs and pages it
// comes from, so this keeps thousands of documents.
const DefaultDecodedBudget = 128 << 20

// DocCache keeps the documents the learning pass decoded for the run that
// follows, so that each is decoded once (decoding is most of the cost of a
// PDF). It holds at most its budget of decoded bytes (text plus a fixed
// overhead per document); documents past it are decoded again by the run.
// A document is keyed by its source identity and the SHA-256 of its raw
// bytes, and handed out once. Safe for concurrent use.
type DocCache struct {
	mu     sync.Mutex
	budget int64
	used   int64
	docs   map[docKey]corpus.Doc
}

// docKey is what makes two inputs the same document: the same bytes
// (SHA-256 and size) from the same place.
type docKey struct {
	sha, uri, path string
	size           int64
}

// docOverhead is the bytes counted for a document besides its text (its
// metadata and the map entry).
const docOverhead = 1 << 10

// NewDocCache returns an empty cache of budget bytes (none kept when
// budget <= 0).
func NewDocCache(budget int64) *DocCache {
	return &DocCache{budget: budget, docs: map[docKey]corpus.Doc{}}
}

func keyOf(in corpus.Input) (docKey, bool) {
	s := in.Source
	return docKey{sha: s.SHA256, uri: s.URI, path: s.Path, size: int64(len(in.Body))}, s.SHA256 != ""
}

func decodedCost(doc corpus.Doc) int64 {
	return int64(len(doc.Text)) + 8*int64(len(doc.PageStarts)+len(doc.Headings)) + docOverhead
}

// put keeps doc, decoded from in, when the budget allows.
func (c *DocCache) put(in corpus.Input, doc corpus.Doc) {
	k, ok := keyOf(in)
	if c == nil || !ok {
		return
	}
	n := decodedCost(doc)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, dup := c.docs[k]; dup || c.used+n > c.budget {
		return
	}
	c.docs[k] = doc
	c.used += n
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
