// Command communique turns government press releases and newsletters into
// normalized JSON records. See README.md for the subcommands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `communique turns press releases and newsletters into normalized records.

Usage:
  communique run [flags] PATH...     process files and folders
  communique crawl [flags]           fetch new and changed releases from the web
  communique eval [flags] [RECORDS]  score records against a gold set
  communique learn-chrome PATH... -o FILE
                                     learn the lines repeated across documents (site chrome)
  communique enqueue --nats URL PATH...  queue documents for workers (NATS JetStream)
  communique worker --nats URL [flags]   process queued documents into a sink
  communique queue --nats URL            show the queue's counts

Run "communique COMMAND -h" for a command's flags.
`

// usageError marks errors in how the command was invoked (exit status 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// errSomeFailed marks a run in which some documents failed (exit status 1);
// the summary was already printed.
var errSomeFailed = errors.New("some documents failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first signal cancels ctx, and the run winds down and flushes;
	// unregistering then lets a second Ctrl-C kill the process at once.
	go func() {
		<-ctx.Done()
		stop()
	}()
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

func exitCode(err error, stderr io.Writer) int {
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "communique: %v\n", err)
		return 2
	case errors.Is(err, errSomeFailed), err == errInterrupted:
		return 1
	default:
		fmt.Fprintf(stderr, "communique: %v\n", err)
		return 1
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError{errors.New("no command given")}
	}
	switch args[0] {
	case "run":
		return cmdRun(ctx, args[1:], stdin, stdout, stderr)
	case "crawl":
		return cmdCrawl(ctx, args[1:], stdout, stderr)
	case "eval":
		return cmdEval(ctx, args[1:], stdin, stdout, stderr)
	case "learn-chrome":
		return cmdLearnChrome(ctx, args[1:], stdin, stdout, stderr)
	case "enqueue":
		return cmdEnqueue(ctx, args[1:], stdin, stdout, stderr)
	case "worker":
		return cmdWorker(ctx, args[1:], stdout, stderr)
	case "queue":
		return cmdQueue(ctx, args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return usageError{fmt.Errorf("unknown command %q", args[0])}
	}
}
