package main

import (
	"context"
	"errors"
	"io"
)

// cmdCrawl is built by the crawl issue.
func cmdCrawl(_ context.Context, _ []string, _, _ io.Writer) error {
	return usageError{errors.New("crawl: not implemented yet")}
}
