package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/output"
	"github.com/communique/communique/pipeline"
)

// committer stands between the pipeline and the worker's sink: it passes
// records on, collects the tasks whose records were written, and
// acknowledges them after the sink committed (Flush).
//
// The sink may be flushed only between documents (output.Flusher), while
// the pipeline's emitter writes a document's records one by one and then
// acks it. So doc is locked from a document's first Write to its Ack, and
// the periodic commit takes the same lock.
type committer struct {
	w       *Worker
	sink    output.Sink
	flusher output.Flusher

	doc     sync.Mutex
	holding bool // doc is locked by the emitter; emitter goroutine only

	mu      sync.Mutex // guards the fields below
	nextSeq int
	held    map[int]*task // delivered, not yet written
	touched map[int]time.Time
	// waiting holds the prefetched tasks not yet read, with when their
	// ack wait was last reset.
	waiting map[jetstream.Msg]time.Time
	done    []*task // written, waiting for the commit
	// doneTouched is when the done tasks' ack wait was last reset.
	doneTouched time.Time
	stats       WorkerStats
}

// Write passes r to the sink; see output.Sink.
func (c *committer) Write(ctx context.Context, r output.Record) error {
	if !c.holding {
		c.doc.Lock()
		c.holding = true
	}
	return c.sink.Write(ctx, r)
}

// Close does nothing: the worker's caller closes the sink.
func (c *committer) Close(context.Context) error { return nil }

// hold registers a delivered task and returns its sequence number.
func (c *committer) hold(t *task) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.nextSeq++
	c.held[c.nextSeq] = t
	if c.touched == nil {
		c.touched = map[int]time.Time{}
	}
	c.touched[c.nextSeq] = time.Now()
	return c.nextSeq
}

// wait registers a prefetched task, so that the heartbeat keeps it.
func (c *committer) wait(m jetstream.Msg) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.waiting == nil {
		c.waiting = map[jetstream.Msg]time.Time{}
	}
	c.waiting[m] = time.Now()
}

// unwait forgets a prefetched task once it is read (or released).
func (c *committer) unwait(m jetstream.Msg) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.waiting, m)
}

// waitingCount is the number of prefetched tasks not yet read.
func (c *committer) waitingCount() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.waiting)
}

// skip queues a task whose records the sink already has for
// acknowledgement.
func (c *committer) skip(t *task) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done = append(c.done, t)
	c.stats.Skipped++
}

// ack moves the task of in from held to done, after its records were
// written; every CommitDocs documents it commits.
func (c *committer) ack(ctx context.Context, in corpus.Input, failed bool) error {
	if !c.holding {
		c.doc.Lock()
		c.holding = true
	}
	defer c.release()
	c.mu.Lock()
	t := c.held[in.Seq]
	delete(c.held, in.Seq)
	delete(c.touched, in.Seq)
	if t == nil {
		c.mu.Unlock()
		return fmt.Errorf("ack of a task not held (%d)", in.Seq)
	}
	c.done = append(c.done, t)
	if t.last {
		c.stats.Abandoned++
	}
	n := len(c.done)
	c.mu.Unlock()
	if failed {
		c.reportFailed(in)
	}
	if n >= c.w.cfg.CommitDocs {
		return c.commit(ctx)
	}
	return nil
}

// release unlocks doc if the emitter holds it.
func (c *committer) release() {
	if c.holding {
		c.holding = false
		c.doc.Unlock()
	}
}

// addRun adds a pipeline run's counts.
func (c *committer) addRun(s pipeline.Stats) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stats.Documents += s.Documents
	c.stats.Records += s.Records
	c.stats.Failures += s.Failures
	c.stats.Bytes += s.Bytes
}

// reportFailed notes a document that became an error record on the
// failed stream (best effort: it only feeds the failed count).
func (c *committer) reportFailed(in corpus.Input) {
	m := nats.NewMsg(FailedSubject)
	m.Header.Set(nats.MsgIdHdr, DocumentID(in.Source.Identity(), in.Source.SHA256))
	m.Data = []byte(in.Source.Identity())
	if err := c.w.nc.PublishMsg(m); err != nil {
		c.w.cfg.Logger.Debug("reporting a failed document", zap.Error(err))
	}
}

// tick commits every CommitEvery and tells the server which held tasks
// are still being worked on, until ctx is done.
func (c *committer) tick(ctx context.Context) {
	t := time.NewTicker(c.w.cfg.CommitEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		c.doc.Lock()
		if err := c.commit(ctx); err != nil && ctx.Err() == nil {
			c.w.cfg.Logger.Warn("commit failed; retrying", zap.Error(err))
		}
		c.doc.Unlock()
	}
}

// heartbeat tells the server every third of the ack wait which held tasks
// are still being worked on, until ctx is done. It does not wait for
// commits, which a slow database can hold up.
func (c *committer) heartbeat(ctx context.Context) {
	t := time.NewTicker(c.w.cfg.AckWait / 6)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		c.extend()
	}
}

// extend resets the ack wait of the tasks held (or waiting) longer than a
// third of it.
func (c *committer) extend() {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	for seq, at := range c.touched {
		if now.Sub(at) > c.w.cfg.AckWait/3 {
			c.held[seq].msg.InProgress() //nolint:errcheck // a lost one only risks a harmless redelivery
			c.touched[seq] = now
		}
	}
	for m, at := range c.waiting {
		if now.Sub(at) > c.w.cfg.AckWait/3 {
			m.InProgress() //nolint:errcheck // as above
			c.waiting[m] = now
		}
	}
	if now.Sub(c.doneTouched) > c.w.cfg.AckWait/3 {
		for _, t := range c.done {
			t.msg.InProgress() //nolint:errcheck // as above
		}
		c.doneTouched = now
	}
}

// commit flushes the sink and then acknowledges (or, on their last
// delivery, terminates) the written tasks. On a failed flush the tasks stay
// for the next commit. The caller holds doc, or the pipeline has stopped.
func (c *committer) commit(ctx context.Context) error {
	c.mu.Lock()
	done := c.done
	c.mu.Unlock()
	if len(done) == 0 {
		return nil
	}
	if err := c.flusher.Flush(ctx); err != nil {
		return fmt.Errorf("sink: %w", err)
	}
	c.mu.Lock()
	c.done = c.done[len(done):]
	c.mu.Unlock()
	var errs []error
	for _, t := range done {
		var err error
		if t.last {
			err = t.msg.Term()
		} else {
			err = t.msg.Ack()
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if t.body != "" {
			if err := c.w.res.objects.Delete(ctx, t.body); err != nil {
				c.w.cfg.Logger.Debug("deleting a body from the object store", zap.String("object", t.body), zap.Error(err))
			}
		}
	}
	if len(errs) > 0 {
		// Unacknowledged tasks come back after the ack wait and are
		// skipped as stored.
		c.w.cfg.Logger.Warn("acknowledging tasks failed", zap.Int("tasks", len(errs)), zap.Error(errors.Join(errs...)))
	}
	return nil
}

// nakHeld releases every task delivered but not written, for another
// worker to take at once.
func (c *committer) nakHeld() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for seq, t := range c.held {
		t.msg.Nak() //nolint:errcheck // the ack wait redelivers it anyway
		delete(c.held, seq)
		delete(c.touched, seq)
	}
}
