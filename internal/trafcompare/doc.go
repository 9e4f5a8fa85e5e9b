// Package trafcompare compares communique's HTML main-content detection
// with github.com/markusmobius/go-trafilatura on the same pages: which text
// each keeps and drops, and the time per page. It is a separate module so
// that go-trafilatura and its dependencies stay out of communique's own
// module; run it with `cd internal/trafcompare && go test -v`.
package trafcompare
