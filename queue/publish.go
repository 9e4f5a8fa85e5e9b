package queue

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/communique/communique/output"
)

// RecordStream is the stream a Publisher creates for its subject when no
// stream takes that subject yet.
const RecordStream = "COMMUNIQUE_RECORDS"

// Record message headers.
const (
	// HeaderRecordID is the record's id on every record message.
	HeaderRecordID = "Communique-Record"
	// HeaderRecordObject names the record in the object store when it is
	// too large for one message (the message's data is then empty).
	HeaderRecordObject = "Communique-Object"
)

// Publisher is an output.Sink that publishes every record, as the JSON
// line a JSON Lines sink writes, on a JetStream subject, for downstream
// consumers. Any number of workers may publish to one subject: a record
// published again (a task redelivered after its worker published but
// before it acknowledged) is dropped by the stream's duplicate window,
// whose message id is the record id with its source's sha256 (a changed
// document's new records pass). A record over the server's message limit
// goes to the object store and the message names it. Publish waits for
// the stream's acknowledgements in Flush, so a worker acknowledges a task
// only once its records are stored by the stream. Not safe for
// concurrent use.
type Publisher struct {
	nc      *nats.Conn
	res     *resources
	subject string
	pending []jetstream.PubAckFuture
}

// NewPublisher sets the queue up on nc and makes sure a stream keeps
// subject: an existing one that takes it, or RecordStream created for it
// (file storage, cfg's duplicate window and replicas).
func NewPublisher(ctx context.Context, nc *nats.Conn, cfg Config, subject string) (*Publisher, error) {
	if subject == "" || subject == TaskSubject || subject == FailedSubject {
		return nil, fmt.Errorf("publish: %q cannot take records", subject)
	}
	res, err := setup(ctx, nc, cfg)
	if err != nil {
		return nil, err
	}
	_, err = res.js.StreamNameBySubject(ctx, subject)
	switch {
	case errors.Is(err, jetstream.ErrStreamNotFound):
		if _, err := ensureStream(ctx, res.js, cfg, jetstream.StreamConfig{
			Name:        RecordStream,
			Description: "communique records published by workers",
			Subjects:    []string{subject},
			Storage:     jetstream.FileStorage,
			Duplicates:  cfg.duplicates(),
		}); err != nil {
			return nil, fmt.Errorf("publish %s: %w (a stream %s for another subject exists: create a stream for this subject yourself)", subject, err, RecordStream)
		}
	case err != nil:
		return nil, fmt.Errorf("publish %s: %w", subject, err)
	}
	return &Publisher{nc: nc, res: res, subject: subject}, nil
}

// Write publishes r without waiting for the stream's acknowledgement
// (Flush waits).
func (p *Publisher) Write(ctx context.Context, r output.Record) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // as the JSON Lines sink writes it
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("record %s: %w", r.ID, err)
	}
	msg := nats.NewMsg(p.subject)
	msg.Header.Set(HeaderRecordID, r.ID)
	data := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	if int64(len(data)+headerRoom) > p.nc.MaxPayload() {
		name := "record/" + r.ID + "/" + r.Source.SHA256
		if err := putObject(ctx, p.nc, p.res.objects, name, data); err != nil {
			return fmt.Errorf("object store: put record %s: %w", r.ID, err)
		}
		msg.Header.Set(HeaderRecordObject, name)
	} else {
		msg.Data = data
	}
	f, err := p.res.js.PublishMsgAsync(msg, jetstream.WithMsgID(r.ID+"."+r.Source.SHA256))
	if err != nil {
		return fmt.Errorf("publish record %s: %w", r.ID, err)
	}
	p.pending = append(p.pending, f)
	return nil
}

// Flush waits until the stream has stored every record written.
func (p *Publisher) Flush(ctx context.Context) error {
	var errs []error
	for _, f := range p.pending {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			errs = append(errs, fmt.Errorf("publish record %s: %w", f.Msg().Header.Get(HeaderRecordID), err))
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	p.pending = p.pending[:0]
	return errors.Join(errs...)
}

// Close flushes; the connection stays the caller's.
func (p *Publisher) Close(ctx context.Context) error { return p.Flush(ctx) }
