// Package natstest runs a NATS server with JetStream inside a test
// process, for the tests of the queue commands.
package natstest

import (
	"context"
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Options configure a test server.
type Options struct {
	// Dir is where JetStream stores its data; a restarted server given
	// the same Dir (and Port) finds its streams again.
	Dir string
	// Port is the client port; 0 picks a free one.
	Port int
	// MaxPayload is the message size limit; 0 is the server's default.
	MaxPayload int32
}

// Start starts a server and waits until it accepts connections. The
// caller shuts it down (Shutdown, then WaitForShutdown).
func Start(o Options) (*server.Server, error) {
	port := o.Port
	if port == 0 {
		port = server.RANDOM_PORT
	}
	srv, err := server.NewServer(&server.Options{
		Host:       "127.0.0.1",
		Port:       port,
		JetStream:  true,
		StoreDir:   o.Dir,
		MaxPayload: o.MaxPayload,
		NoLog:      true,
		NoSigs:     true,
	})
	if err != nil {
		return nil, fmt.Errorf("nats server: %w", err)
	}
	srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		srv.Shutdown()
		return nil, fmt.Errorf("nats server: not ready after 10s")
	}
	return srv, nil
}

// Messages returns every message of the stream that takes subject, in
// order.
func Messages(ctx context.Context, nc *nats.Conn, subject string) ([]*jetstream.RawStreamMsg, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, err
	}
	name, err := js.StreamNameBySubject(ctx, subject)
	if err != nil {
		return nil, fmt.Errorf("stream of %s: %w", subject, err)
	}
	st, err := js.Stream(ctx, name)
	if err != nil {
		return nil, err
	}
	info, err := st.Info(ctx)
	if err != nil {
		return nil, err
	}
	var out []*jetstream.RawStreamMsg
	for seq := info.State.FirstSeq; info.State.Msgs > 0 && seq <= info.State.LastSeq; seq++ {
		m, err := st.GetMsg(ctx, seq)
		if err != nil {
			return nil, fmt.Errorf("message %d: %w", seq, err)
		}
		out = append(out, m)
	}
	return out, nil
}
