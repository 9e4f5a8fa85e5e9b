package queue

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
)

// headerRoom is what a task keeps free under the server's message limit
// for its headers besides the input's JSON.
const headerRoom = 4 << 10

// Enqueuer publishes tasks. Build it with NewEnqueuer; it is not safe for
// concurrent use.
type Enqueuer struct {
	nc     *nats.Conn
	res    *resources
	chrome string
}

// NewEnqueuer sets the queue up on nc (streams, object store) and stores
// model, the chrome model every task it publishes is to be cleaned with
// (nil: none), once under its hash.
func NewEnqueuer(ctx context.Context, nc *nats.Conn, cfg Config, model *clean.ChromeModel) (*Enqueuer, error) {
	res, err := setup(ctx, nc, cfg)
	if err != nil {
		return nil, err
	}
	e := &Enqueuer{nc: nc, res: res}
	if model == nil {
		return e, nil
	}
	e.chrome = model.Hash()
	name := chromeObject(e.chrome)
	if _, err := res.objects.GetInfo(ctx, name); err == nil {
		return e, nil
	} else if !errors.Is(err, jetstream.ErrObjectNotFound) {
		return nil, fmt.Errorf("object store: chrome model %s: %w", e.chrome, err)
	}
	data, err := json.Marshal(model)
	if err != nil {
		return nil, fmt.Errorf("chrome model: %w", err)
	}
	if err := e.put(ctx, name, data); err != nil {
		return nil, fmt.Errorf("object store: put chrome model %s: %w", e.chrome, err)
	}
	return e, nil
}

// Chrome is the hash of the chrome model the tasks name (empty: none).
func (e *Enqueuer) Chrome() string { return e.chrome }

// Enqueue publishes in as one task. It reports duplicate when the server
// already had a task with the same document id within its duplicate
// window (nothing was enqueued). A body too large for one message goes to
// the object store first.
func (e *Enqueuer) Enqueue(ctx context.Context, in corpus.Input) (duplicate bool, err error) {
	id := DocumentID(in.Source.Identity(), in.Source.SHA256)
	body := in.Body
	in.Body = nil
	in.Seq = 0
	meta, err := json.Marshal(in)
	if err != nil {
		return false, fmt.Errorf("task %s: %w", in.Source.Identity(), err)
	}
	msg := nats.NewMsg(TaskSubject)
	msg.Header.Set(headerInput, string(meta))
	if e.chrome != "" {
		msg.Header.Set(headerChrome, e.chrome)
	}
	if int64(len(body)+len(meta)+headerRoom) > e.nc.MaxPayload() {
		name := bodyObject(id)
		if err := e.put(ctx, name, body); err != nil {
			return false, fmt.Errorf("object store: put body of %s: %w", in.Source.Identity(), err)
		}
		msg.Header.Set(headerObject, name)
	} else {
		msg.Data = body
	}
	ack, err := e.res.js.PublishMsg(ctx, msg, jetstream.WithMsgID(id))
	if err != nil {
		return false, fmt.Errorf("publish %s: %w", in.Source.Identity(), err)
	}
	return ack.Duplicate, nil
}

// put stores data in the object store in chunks that fit the server's
// message limit.
func (e *Enqueuer) put(ctx context.Context, name string, data []byte) error {
	return putObject(ctx, e.nc, e.res.objects, name, data)
}

// putObject stores data in objects in chunks that fit nc's server's
// message limit.
func putObject(ctx context.Context, nc *nats.Conn, objects jetstream.ObjectStore, name string, data []byte) error {
	chunk := uint32(min(nc.MaxPayload()/2, 128<<10))
	_, err := objects.Put(ctx, jetstream.ObjectMeta{Name: name, Opts: &jetstream.ObjectMetaOptions{ChunkSize: chunk}}, bytes.NewReader(data))
	return err
}
