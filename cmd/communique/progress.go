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

	// render, when set, draws the line instead of the document bar (a
	// crawl's or the queue's status); it is called by the ticker only.
	render func() string
	// width is the terminal's width in cells; longer lines are cut (0:
	// not cut).
	width int

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
	if w, _, err := term.GetSize(int(f.Fd())); err == nil {
		p.width = w
	}
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
	go p.tick(ctx)
	return p.stop
}

// startLine redraws the line render returns until stop (or the returned
// func) is called; the bar can be started again after stop.
func (p *progressBar) startLine(ctx context.Context, render func() string) (stop func()) {
	p.render = render
	ctx, p.cancel = context.WithCancel(ctx)
	p.mu.Lock()
	p.began = time.Now()
	p.mu.Unlock()
	p.wg.Add(1)
	go p.tick(ctx)
	return p.stop
}

// tick draws at once, then every progressInterval until ctx ends.
func (p *progressBar) tick(ctx context.Context) {
	defer p.wg.Done()
	p.draw()
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
	var line string
	if p.render != nil {
		// Outside the lock: a render may ask a server for its figures,
		// and log lines must not wait for that.
		line = p.render()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.render != nil:
	case p.learning.Load():
		line = renderLearning(int(p.done.Load()), int(p.total.Load()))
	default:
		line = renderProgress(int(p.done.Load()), int(p.total.Load()), time.Since(p.began))
	}
	fmt.Fprint(p.w, "\r\x1b[K"+cutLine(line, p.width))
	p.drawn = true
}

// cutLine cuts line to width-1 cells (a full line would wrap on some
// terminals); width 0 leaves it whole.
func cutLine(line string, width int) string {
	if width <= 1 {
		return line
	}
	r := []rune(line)
	if len(r) < width {
		return line
	}
	return string(r[:width-2]) + "…"
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
