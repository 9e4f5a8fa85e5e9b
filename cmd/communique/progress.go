package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"

	"github.com/communique/communique/sources"
)

// progressInterval is how often the bar is redrawn: fast enough to look
// alive, slow enough to cost nothing.
const progressInterval = 200 * time.Millisecond

// barWidth is the width of the bar's filled/empty part, in cells.
const barWidth = 24

// progressBar draws "[####....] done/total docs, docs/s, ETA" on one
// terminal line. It is also the log's writer while it runs: a log line
// clears the bar first, and the next tick draws it again below the line.
type progressBar struct {
	w     io.Writer
	done  atomic.Int64
	total atomic.Int64 // -1 until the count finishes
	// learning is set during the learning pass, whose count of documents
	// read is shown instead of the bar.
	learning atomic.Bool

	mu     sync.Mutex // guards w, drawn and began
	drawn  bool
	began  time.Time
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// newProgressBar returns a bar on stderr when stderr is a terminal, else nil.
func newProgressBar(stderr io.Writer) *progressBar {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	p := &progressBar{w: stderr}
	p.total.Store(-1)
	return p
}

// start counts the documents under paths in the background and redraws
// the bar until stop (or the returned func) is called.
func (p *progressBar) start(ctx context.Context, paths []string) (stop func()) {
	ctx, p.cancel = context.WithCancel(ctx)
	p.mu.Lock()
	p.began = time.Now()
	p.mu.Unlock()
	p.wg.Add(2)
	go func() {
		defer p.wg.Done()
		if n, err := sources.CountFolder(ctx, paths...); err == nil {
			p.total.Store(int64(n))
		}
	}()
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(progressInterval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.draw()
			case <-ctx.Done():
				return
			}
		}
	}()
	return p.stop
}

// learned ends the learning pass: the bar restarts at zero for the main
// pass.
func (p *progressBar) learned() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.learning.Store(false)
	p.done.Store(0)
	p.began = time.Now()
}

// stop ends the redrawing and clears the bar; it may be called twice.
func (p *progressBar) stop() {
	if p.cancel == nil {
		return
	}
	p.cancel()
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clearLocked()
}

// Write writes a log line above the bar.
func (p *progressBar) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clearLocked()
	return p.w.Write(b)
}

func (p *progressBar) clearLocked() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

func (p *progressBar) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	line := renderProgress(int(p.done.Load()), int(p.total.Load()), time.Since(p.began))
	if p.learning.Load() {
		line = renderLearning(int(p.done.Load()), int(p.total.Load()))
	}
	fmt.Fprint(p.w, "\r\x1b[K"+line)
	p.drawn = true
}

// renderProgress formats the bar; total < 0 means not yet known.
func renderProgress(done, total int, elapsed time.Duration) string {
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(done) / s
	}
	if total < 0 {
		return fmt.Sprintf("%d docs  %.1f docs/s  (counting...)", done, rate)
	}
	filled := barWidth
	if total > 0 && done < total {
		filled = barWidth * done / total
	}
	eta := "--"
	if rate > 0 && total >= done {
		eta = (time.Duration(float64(total-done)/rate) * time.Second).Round(time.Second).String()
	}
	return fmt.Sprintf("[%s%s] %d/%d docs  %.1f docs/s  ETA %s",
		strings.Repeat("#", filled), strings.Repeat(".", barWidth-filled), done, total, rate, eta)
}

// renderLearning formats the learning pass's progress.
func renderLearning(read, total int) string {
	if total < 0 {
		return fmt.Sprintf("learning repeated lines: %d docs read", read)
	}
	return fmt.Sprintf("learning repeated lines: %d/%d docs read", read, total)
}
