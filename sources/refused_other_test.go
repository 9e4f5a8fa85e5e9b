//go:build !unix

package sources

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// refusedURL returns an http URL on loopback whose connections are refused:
// a closed test server's address (its port may be reused by a later server).
func refusedURL(t *testing.T) string {
	t.Helper()
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	return closed.URL
}
