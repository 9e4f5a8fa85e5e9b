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
	"strings"
	"syscall"

	"github.com/communique/communique/internal/suggest"
)

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
	root := newRootCommand(stdin, stdout, stderr)
	if len(args) == 0 {
		root.SetOut(stderr)
		root.Usage() //nolint:errcheck // writes to stderr
		return usageError{errors.New("no command given")}
	}
	if name := args[0]; !strings.HasPrefix(name, "-") && !strings.HasPrefix(name, "__") { // __complete: cobra's completion
		if c, _, err := root.Find(args); err != nil || c == root {
			msg := fmt.Sprintf("unknown command %q", name)
			if near := suggest.Nearest(name, commandNames(root)); near != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", near)
			}
			return usageError{errors.New(msg + `; "communique help" lists the commands`)}
		}
	}
	if a := args[0]; len(a) > 2 && a[0] == '-' && a[1] != '-' {
		// The root's flags (-version, -help) in the single-dash form the
		// subcommands accept.
		args = append([]string{"-" + a}, args[1:]...)
	}
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	var ue usageError
	if err != nil && !errors.As(err, &ue) && isCobraUsageError(err) {
		return usageError{err}
	}
	return err
}
