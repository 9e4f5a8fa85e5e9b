//go:build unix

package sources

import (
	"fmt"
	"syscall"
	"testing"
)

// refusedURL returns an http URL on loopback whose connections are refused
// for the whole test: the port is bound by a socket that never listens, so
// no other test server can be given it (a closed httptest server's port
// can be handed to the next server the test starts, which then answers).
func refusedURL(t *testing.T) string {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatalf("socket: %v", err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatalf("bind: %v", err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		t.Fatalf("getsockname: %v", err)
	}
	in4, ok := sa.(*syscall.SockaddrInet4)
	if !ok {
		t.Fatalf("getsockname: unexpected address %T", sa)
	}
	return fmt.Sprintf("http://127.0.0.1:%d", in4.Port)
}
