package queue

import (
	"context"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Stats are the counts `communique queue` shows.
type Stats struct {
	// Pending is the number of tasks not yet delivered to any worker.
	Pending uint64 `json:"pending"`
	// InFlight is the number of tasks delivered and not yet acknowledged.
	InFlight int `json:"in_flight"`
	// Redelivered is the number of in-flight tasks delivered more than once.
	Redelivered int `json:"redelivered"`
	// Failed is the number of documents that became error records.
	Failed uint64 `json:"failed"`
	// Tasks is the number of tasks in the stream (pending and in flight).
	Tasks uint64 `json:"tasks"`
}

// ReadStats reads the queue's counts. A queue nobody set up yet has all
// counts zero.
func ReadStats(ctx context.Context, nc *nats.Conn) (Stats, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return Stats{}, fmt.Errorf("jetstream: %w", err)
	}
	var s Stats
	tasks, err := js.Stream(ctx, TaskStream)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("stream %s: %w", TaskStream, err)
	}
	info, err := tasks.Info(ctx)
	if err != nil {
		return s, fmt.Errorf("stream %s: %w", TaskStream, err)
	}
	s.Tasks = info.State.Msgs
	s.Pending = info.State.Msgs
	cons, err := tasks.Consumer(ctx, ConsumerName)
	switch {
	case errors.Is(err, jetstream.ErrConsumerNotFound):
	case err != nil:
		return s, fmt.Errorf("consumer %s: %w", ConsumerName, err)
	default:
		ci, err := cons.Info(ctx)
		if err != nil {
			return s, fmt.Errorf("consumer %s: %w", ConsumerName, err)
		}
		s.Pending, s.InFlight, s.Redelivered = ci.NumPending, ci.NumAckPending, ci.NumRedelivered
	}
	failed, err := js.Stream(ctx, FailedStream)
	switch {
	case errors.Is(err, jetstream.ErrStreamNotFound):
	case err != nil:
		return s, fmt.Errorf("stream %s: %w", FailedStream, err)
	default:
		fi, err := failed.Info(ctx)
		if err != nil {
			return s, fmt.Errorf("stream %s: %w", FailedStream, err)
		}
		s.Failed = fi.State.Msgs
	}
	return s, nil
}
