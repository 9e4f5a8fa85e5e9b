// Package natstest runs a NATS server with JetStream inside a test
// process, for the tests of the queue commands.
package natstest

import (
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
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
