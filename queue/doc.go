// Package queue runs the pipeline's stages as workers fed by a NATS
// JetStream work queue, so that one corpus can be processed by many
// processes on many machines with the same records as one `communique run`.
//
// An Enqueuer publishes one task per document to a durable work-queue
// stream: the raw bytes with the source identity, bodies over the message
// limit in the JetStream object store with a reference in the task. The
// document's id (its identity and content hash) is the task's Nats-Msg-Id,
// so a retried or repeated publish inside the stream's duplicate window is
// dropped by the server. The chrome model the documents are cleaned with is
// stored once in the object store under its hash; every task names it.
//
// A Worker pulls tasks from a durable consumer shared by all workers, runs
// them through pipeline.NewStages with the task's chrome model and writes
// the records to its sink. A task is acknowledged only after the sink has
// committed its records (output.Flusher), so a worker killed at any point
// leaves its unacknowledged tasks to be redelivered after the ack wait. A
// task on its last allowed delivery (every earlier attempt crashed or
// stalled a worker) is written as an error record and terminated, so
// nothing is dropped silently.
//
// Stats reads the queue's counts for `communique queue`.
package queue
