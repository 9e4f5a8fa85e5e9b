package main

import (
	"context"
	"errors"
	"io"
)

// cmdRun is built by the spine issue.
func cmdRun(_ context.Context, _ []string, _, _ io.Writer) error {
	return usageError{errors.New("run: not implemented yet")}
}
