package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Names of the JetStream resources every enqueuer and worker of one
// deployment shares.
const (
	// TaskStream is the work-queue stream of tasks.
	TaskStream = "COMMUNIQUE_TASKS"
	// TaskSubject is the subject tasks are published on.
	TaskSubject = "communique.tasks"
	// FailedStream keeps one message per document that became an error
	// record in a worker, for the failed count of Stats.
	FailedStream = "COMMUNIQUE_FAILED"
	// FailedSubject is the subject of FailedStream.
	FailedSubject = "communique.failed"
	// ObjectBucket is the object store holding chrome models and large
	// bodies.
	ObjectBucket = "COMMUNIQUE_OBJECTS"
	// ConsumerName is the durable pull consumer all workers share.
	ConsumerName = "communique-workers"
)

// Task message headers.
const (
	// headerInput is the task's corpus.Input as JSON, without its body.
	headerInput = "Communique-Input"
	// headerChrome is the hash of the chrome model (empty: none).
	headerChrome = "Communique-Chrome"
	// headerObject names the body in the object store when it is not the
	// message's data.
	headerObject = "Communique-Object"
)

// DefaultDuplicateWindow is how long the server remembers a task's
// Nats-Msg-Id: a repeated enqueue within it publishes nothing.
const DefaultDuplicateWindow = 2 * time.Hour

// Config names a deployment's queue and how it behaves.
type Config struct {
	// Replicas is the replica count of the streams and the object store
	// (3 on a 3-node cluster). 0 keeps what exists and creates what is
	// missing with 1, so that a worker started without it never scales a
	// replicated queue down.
	Replicas int
	// Duplicates is the duplicate window of the task stream; 0 means
	// DefaultDuplicateWindow. It must be at least an hour.
	Duplicates time.Duration
}

func (c Config) duplicates() time.Duration {
	if c.Duplicates == 0 {
		return DefaultDuplicateWindow
	}
	return c.Duplicates
}

// Connect connects to the NATS server(s) at url (comma-separated for a
// cluster), reconnecting for ever when a server goes away.
func Connect(url, name string) (*nats.Conn, error) {
	nc, err := nats.Connect(url, nats.Name(name), nats.MaxReconnects(-1), nats.ReconnectWait(250*time.Millisecond))
	if err != nil {
		return nil, fmt.Errorf("nats %s: %w", url, err)
	}
	return nc, nil
}

// resources are the JetStream handles an enqueuer or worker uses.
type resources struct {
	js      jetstream.JetStream
	tasks   jetstream.Stream
	objects jetstream.ObjectStore
}

// setup creates (or updates to cfg) the task and failed streams and the
// object store.
func setup(ctx context.Context, nc *nats.Conn, cfg Config) (*resources, error) {
	if cfg.duplicates() < time.Hour {
		return nil, fmt.Errorf("duplicate window %v: must be at least an hour", cfg.duplicates())
	}
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	tasks, err := ensureStream(ctx, js, cfg, jetstream.StreamConfig{
		Name:        TaskStream,
		Description: "communique tasks: one document each",
		Subjects:    []string{TaskSubject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  cfg.duplicates(),
	})
	if err != nil {
		return nil, err
	}
	if _, err := ensureStream(ctx, js, cfg, jetstream.StreamConfig{
		Name:        FailedStream,
		Description: "communique documents that became error records",
		Subjects:    []string{FailedSubject},
		Storage:     jetstream.FileStorage,
		Duplicates:  cfg.duplicates(),
	}); err != nil {
		return nil, err
	}
	objects, err := js.ObjectStore(ctx, ObjectBucket)
	if cfg.Replicas > 0 || errors.Is(err, jetstream.ErrBucketNotFound) {
		objects, err = js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
			Bucket:      ObjectBucket,
			Description: "communique chrome models and large document bodies",
			Storage:     jetstream.FileStorage,
			Replicas:    max(cfg.Replicas, 1),
		})
	}
	if err != nil {
		return nil, fmt.Errorf("object store %s: %w", ObjectBucket, err)
	}
	return &resources{js: js, tasks: tasks, objects: objects}, nil
}

// ensureStream creates the stream sc, or updates it when it exists and
// cfg names a replica count; otherwise an existing stream is left as it is.
func ensureStream(ctx context.Context, js jetstream.JetStream, cfg Config, sc jetstream.StreamConfig) (jetstream.Stream, error) {
	st, err := js.Stream(ctx, sc.Name)
	if err == nil && cfg.Replicas == 0 {
		return st, nil
	}
	if err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
		return nil, fmt.Errorf("stream %s: %w", sc.Name, err)
	}
	sc.Replicas = max(cfg.Replicas, 1)
	if st, err = js.CreateOrUpdateStream(ctx, sc); err != nil {
		return nil, fmt.Errorf("stream %s: %w", sc.Name, err)
	}
	return st, nil
}

// DocumentID is the task id of a document: its source identity and the
// sha256 of its bytes, hashed. The same bytes under the same name have the
// same id; changed bytes are a new task.
func DocumentID(identity, sha string) string {
	h := sha256.Sum256([]byte(identity + "\x00" + sha))
	return hex.EncodeToString(h[:16])
}

// chromeObject is the object store name of a chrome model.
func chromeObject(hash string) string { return "chrome/" + hash }

// bodyObject is the object store name of a large body.
func bodyObject(id string) string { return "body/" + id }

// errNoChrome is returned for a task whose chrome model is not stored.
var errNoChrome = errors.New("chrome model not in the object store")
