package main

import (
	"flag"
	"strings"
	"testing"
	"time"
)

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"52428800", 52428800, true},
		{"10MB", 10_000_000, true},
		{"50MiB", 50 << 20, true},
		{"1.5 GB", 1_500_000_000, true},
		{"500k", 500_000, true},
		{"2kib", 2048, true},
		{"10XB", 0, false},
		{"MB", 0, false},
		{"-5MB", 0, false},
		{"1e30GB", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var s byteSize
			err := s.Set(tc.in)
			if (err == nil) != tc.ok || (tc.ok && int64(s) != tc.want) {
				t.Errorf("Set(%q) = %d, %v; want %d, ok=%v", tc.in, s, err, tc.want, tc.ok)
			}
		})
	}
}

func TestDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"5s", 5 * time.Second, true},
		{"1h30m", 90 * time.Minute, true},
		{"0", 0, true},
		{"5", 0, false},
		{"2.5", 0, false},
		{"soon", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var d duration
			err := d.Set(tc.in)
			if (err == nil) != tc.ok || (tc.ok && time.Duration(d) != tc.want) {
				t.Errorf("Set(%q) = %v, %v; want %v, ok=%v", tc.in, time.Duration(d), err, tc.want, tc.ok)
			}
		})
	}
}

func TestNearestFlag(t *testing.T) {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	for _, n := range []string{"workers", "max-bytes", "doc-timeout", "o", "sqlite", "postgres", "learn-chrome", "chrome"} {
		fs.Bool(n, false, "")
	}
	for in, want := range map[string]string{
		"worker": "workers", "wrokers": "workers", "max-byte": "max-bytes", "doc-timout": "doc-timeout",
		"sqlit": "sqlite", "learn": "learn-chrome", "postgress": "postgres", "xyz": "", "verbose": "",
	} {
		if got := nearestFlag(fs, in); got != want {
			t.Errorf("nearestFlag(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVersionCommand(t *testing.T) {
	for _, arg := range []string{"version", "--version", "-version"} {
		r := runBinary(t, "", arg)
		if r.code != 0 || !strings.HasPrefix(r.stdout, "communique ") || !strings.Contains(r.stdout, "go1.") {
			t.Errorf("%s: exit %d, stdout %q", arg, r.code, r.stdout)
		}
	}
}

func TestCommandLine(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"help lists commands", []string{"--help"}, 0, "learn-chrome", ""},
		{"help of a command shows its flags", []string{"help", "run"}, 0, "", "-max-bytes"},
		{"mistyped command", []string{"crawll"}, 2, "", `unknown command "crawll" (did you mean "crawl"?)`},
		{"unknown root flag", []string{"--nope"}, 2, "", "unknown flag"},
		{"completion script", []string{"completion", "bash"}, 0, "bash completion", ""},
		{"completes a command's flags", []string{"__complete", "run", "--wor"}, 0, "--workers", ""},
		{"completes command names", []string{"__complete", "le"}, 0, "learn-chrome", ""},
		{"worker: mistyped flag", []string{"worker", "--wokers", "2"}, 2, "", "unknown flag --wokers (did you mean --workers?)"},
		{"worker: human size and duration", []string{"worker", "--nats", "nats://127.0.0.1:1", "--max-bytes", "10MB", "--doc-timeout", "30s", "--ack-wait", "2m"}, 2, "", "name exactly one sink"},
		{"worker: duration without unit", []string{"worker", "--doc-timeout", "5"}, 2, "", `"5" has no unit`},
		{"worker: --help", []string{"worker", "--help"}, 0, "", "-max-deliver"},
		{"queue: mistyped flag", []string{"queue", "--jsn"}, 2, "", "unknown flag --jsn (did you mean --json?)"},
		{"queue: --help", []string{"queue", "--help"}, 0, "", "-json"},
		{"enqueue: human size", []string{"enqueue", "--nats", "nats://127.0.0.1:1", "--max-bytes", "10MB"}, 2, "", "no PATH given"},
		{"enqueue: mistyped flag", []string{"enqueue", "--learn-crome", "docs"}, 2, "", "did you mean --learn-chrome?"},
		{"single-dash long flags still work", []string{"run", "-workers", "1", "-quiet", "-learn-chrome=false", "testdata/sample/us-iraq-loan-guarantee.txt"}, 0, `"schema"`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runBinary(t, "", tc.args...)
			if r.code != tc.code || !strings.Contains(r.stdout, tc.stdout) || !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("exit %d, stdout %.200q, stderr %.200q; want exit %d, stdout with %q, stderr with %q", r.code, r.stdout, r.stderr, tc.code, tc.stdout, tc.stderr)
			}
		})
	}
}
