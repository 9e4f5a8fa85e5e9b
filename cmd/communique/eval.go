package main

import (
	"context"
	"errors"
	"io"
)

// cmdEval is built by the eval issue.
func cmdEval(_ context.Context, _ []string, _ io.Reader, _, _ io.Writer) error {
	return usageError{errors.New("eval: not implemented yet")}
}
