package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestRenderProgress(t *testing.T) {
	tests := []struct {
		name        string
		done, total int
		elapsed     time.Duration
		want        string
	}{
		{"counting", 10, -1, 2 * time.Second, "10 docs  5.0 docs/s  (counting...)"},
		{"start", 0, 100, 0, "[........................] 0/100 docs  0.0 docs/s  ETA --"},
		{"half", 50, 100, 10 * time.Second, "[############............] 50/100 docs  5.0 docs/s  ETA 10s"},
		{"done", 100, 100, 20 * time.Second, "[########################] 100/100 docs  5.0 docs/s  ETA 0s"},
		{"count behind", 120, 100, 20 * time.Second, "[########################] 120/100 docs  6.0 docs/s  ETA --"},
		{"empty run", 0, 0, time.Second, "[########################] 0/0 docs  0.0 docs/s  ETA --"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderProgress(tt.done, tt.total, tt.elapsed); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestProgressBarClearsBeforeLogLines: a log line written while the bar is
// drawn starts by erasing the bar.
func TestProgressBarClearsBeforeLogLines(t *testing.T) {
	var buf bytes.Buffer
	p := &progressBar{w: &buf, began: time.Now()}
	p.total.Store(10)
	p.done.Store(3)
	p.draw()
	if _, err := p.Write([]byte("WARN document failed\n")); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "3/10 docs") {
		t.Errorf("bar not drawn: %q", out)
	}
	if !strings.HasSuffix(out, "\r\x1b[KWARN document failed\n") {
		t.Errorf("log line not preceded by a line clear: %q", out)
	}
	buf.Reset()
	if _, err := p.Write([]byte("second\n")); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "second\n" {
		t.Errorf("second log line: got %q, want no clear when the bar is not drawn", got)
	}
}

func TestProgressBarLearningPhase(t *testing.T) {
	var buf bytes.Buffer
	p := &progressBar{w: &buf, began: time.Now()}
	p.total.Store(-1)
	p.learning.Store(true)
	p.done.Store(7)
	p.draw()
	if got, want := buf.String(), "\r\x1b[Klearning repeated lines: 7 docs read"; got != want {
		t.Errorf("learning bar: got %q, want %q", got, want)
	}
	p.total.Store(20)
	p.learned()
	buf.Reset()
	p.draw()
	if got := buf.String(); !strings.Contains(got, "] 0/20 docs") {
		t.Errorf("main pass bar after learning: got %q, want it to restart at 0/20", got)
	}
}

func TestNoProgressBarWhenNotATerminal(t *testing.T) {
	if p := newProgressBar(&bytes.Buffer{}); p != nil {
		t.Error("got a progress bar on a buffer, want none")
	}
}
