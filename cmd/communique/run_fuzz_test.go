package main

import (
	"io"
	"strings"
	"testing"
)

// FuzzParseRun: any argument list either parses into valid settings or
// is rejected with an error; it never panics.
func FuzzParseRun(f *testing.F) {
	for _, seed := range []string{
		"dir", "--workers 3 dir", "dir --workers 3", "-- --workers", "--workers 0 dir",
		"--max-bytes -5 x", "--log-format json --quiet a b", "-o out.jsonl dir -learn-chrome=false",
		"", "--", "-h", "--workers", "--verbose --quiet x", "--doc-timeout 1m x", "--doc-timeout -1s x",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Fields(line)
		flags, paths, err := parseRun(args, io.Discard)
		if err != nil {
			return
		}
		if len(paths) == 0 {
			t.Fatalf("parseRun(%q): no paths and no error", args)
		}
		if flags.workers < 1 || flags.maxBytes < 1 || flags.docTimeout < 0 {
			t.Fatalf("parseRun(%q): accepted workers %d, max bytes %d", args, flags.workers, flags.maxBytes)
		}
		if err := flags.log.validate(); err != nil {
			t.Fatalf("parseRun(%q): accepted invalid log flags: %v", args, err)
		}
	})
}

func TestParseRunPaths(t *testing.T) {
	tests := []struct {
		name string
		args string
		want string
	}{
		{"paths only", "a b", "a|b"},
		{"flags between paths", "a --workers 2 b", "a|b"},
		{"double dash keeps flag-like names", "a -- --workers -x", "a|--workers|-x"},
		{"dash path", "a - b", "a|-|b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, paths, err := parseRun(strings.Fields(tt.args), io.Discard)
			if err != nil {
				t.Fatalf("parseRun: %v", err)
			}
			if got := strings.Join(paths, "|"); got != tt.want {
				t.Errorf("paths: got %q, want %q", got, tt.want)
			}
		})
	}
}
