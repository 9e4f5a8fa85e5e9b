package output

import (
	"context"
	"testing"
)

// TestDBFlushAndStored: Flush commits what Write accepted while the sink
// stays open (another connection sees the rows), and Stored finds a
// document's records by identity and sha256, but not an error row, other
// bytes or another source.
func TestDBFlushAndStored(t *testing.T) {
	ctx := context.Background()
	docs := fixtureDocs()
	var ok, failed fixtureDoc
	for _, d := range docs {
		if d.err != "" {
			failed = d
		} else if ok.src.Path == "" {
			ok = d
		}
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			defer s.Close(ctx)
			for _, r := range recordsOf([]fixtureDoc{ok, failed}) {
				if err := s.Write(ctx, r); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.(Flusher).Flush(ctx); err != nil {
				t.Fatal(err)
			}
			if got, want := count(t, b.db, "records"), len(ok.articles); got != want {
				t.Errorf("records visible after Flush: %d, want %d", got, want)
			}
			if got := count(t, b.db, "errors"); got != 1 {
				t.Errorf("errors visible after Flush: %d, want 1", got)
			}
			checker := s.(SourceChecker)
			for _, tc := range []struct {
				name           string
				identity, hash string
				want           bool
			}{
				{"stored document", ok.src.Identity(), ok.src.SHA256, true},
				{"other bytes", ok.src.Identity(), failed.src.SHA256, false},
				{"error row only", failed.src.Identity(), failed.src.SHA256, false},
				{"unknown source", "corpus/never-seen.txt", ok.src.SHA256, false},
			} {
				t.Run(tc.name, func(t *testing.T) {
					got, err := checker.Stored(ctx, tc.identity, tc.hash)
					if err != nil {
						t.Fatal(err)
					}
					if got != tc.want {
						t.Errorf("Stored(%q, %.12s) = %v, want %v", tc.identity, tc.hash, got, tc.want)
					}
				})
			}
		})
	}
}
