package registry

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/agenda"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/extract/events"
)

// Default builds the extractors in the order they run: each may read the
// parts of those listed before it (events reads dates and entities). A new
// extractor is one line here.
func Default() ([]extract.Extractor, error) {
	return build(
		use(dates.New),
		use(entity.New),
		use(agenda.New),
		use(func() (*events.Finder, error) { return events.New() }),
	)
}

// constructor builds one extractor (loading its word lists).
type constructor func() (extract.Extractor, error)

// use turns a package's constructor into a constructor of the list.
func use[T extract.Extractor](newT func() (T, error)) constructor {
	return func() (extract.Extractor, error) {
		x, err := newT()
		if err != nil {
			return nil, err
		}
		return x, nil
	}
}

func build(cs ...constructor) ([]extract.Extractor, error) {
	xs := make([]extract.Extractor, 0, len(cs))
	for _, c := range cs {
		x, err := c()
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
	return xs, nil
}

// DefaultWindow is the longest article text the extractors see at once
// (bytes): a longer article is cut into windows of at most this size whose
// parts are joined (extract.Joiner), so an extractor's working memory (its
// tokens, tens of bytes per byte of text) follows the window, not the
// article. Releases are far shorter; reports and concatenations of
// thousands of pages are not.
const DefaultWindow = 256 << 10

// Runner runs a list of extractors over an article. Build it once with
// New or NewRunner; it is safe for concurrent use by many workers.
type Runner struct {
	xs     []extract.Extractor
	window int
}

// New returns a Runner of the Default extractors.
func New() (*Runner, error) {
	xs, err := Default()
	if err != nil {
		return nil, fmt.Errorf("extractors: %w", err)
	}
	return NewRunner(xs...), nil
}

// NewRunner returns a Runner of xs, run in the order given.
func NewRunner(xs ...extract.Extractor) *Runner {
	return &Runner{xs: xs, window: DefaultWindow}
}

// WithWindow returns a copy of r that cuts articles longer than n bytes
// into windows (n <= 0: never).
func (r *Runner) WithWindow(n int) *Runner {
	c := *r
	c.window = n
	return &c
}

// Extract returns the facts found in a: its language and the part of every
// extractor, each extractor seeing the parts of those before it. An article
// longer than the runner's window is read window by window (see
// DefaultWindow) and the parts joined. It fails when ctx is done (with
// ctx.Err()), when an extractor fails (with the extractor's name) or when
// a long article's part cannot be joined.
func (r *Runner) Extract(ctx context.Context, a corpus.Article) (extract.Result, error) {
	lang := extract.DetectLanguage(a.Text, a.Meta.Lang)
	if r.window <= 0 || len(a.Text) <= r.window {
		return r.extract(ctx, a, lang)
	}
	starts := Windows(a.Text, r.window)
	var joined extract.Result
	for i, start := range starts {
		end := len(a.Text)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		from := start
		if i > 0 {
			from = contextStart(a.Text, start, r.window/8)
		}
		w := a
		w.Text = a.Text[from:end]
		if i > 0 {
			// The release date is the first window's (the article's top,
			// title, masthead and metadata are there), or none: the
			// window's dates without a year resolve against it.
			w.Meta.Props = maps.Clone(a.Meta.Props)
			if w.Meta.Props == nil {
				w.Meta.Props = map[string]string{}
			}
			w.Meta.Props[corpus.PropReleaseDate] = extract.Get[dates.Part](&joined).Published
		}
		res, err := r.extract(ctx, w, lang)
		if err != nil {
			return extract.Result{}, err
		}
		if i == 0 {
			joined = res
			continue
		}
		if joined, err = join(joined, res, extract.Window{Offset: from, From: start, IDs: map[string]string{}}); err != nil {
			return extract.Result{}, err
		}
	}
	return joined, nil
}

// join returns acc followed by the parts of next, found in the window w,
// in the extractors' order (see extract.Joiner).
func join(acc, next extract.Result, w extract.Window) (extract.Result, error) {
	for _, q := range next.Parts() {
		var p extract.Part
		for _, c := range acc.Parts() {
			if reflect.TypeOf(c) == reflect.TypeOf(q) {
				p = c
			}
		}
		if p == nil { // the first windows had no such part: join to its zero value
			p = reflect.Zero(reflect.TypeOf(q)).Interface()
		}
		j, ok := p.(extract.Joiner)
		if !ok {
			return extract.Result{}, fmt.Errorf("%T cannot be joined over the windows of a long article", p)
		}
		acc.Set(j.Join(q, w))
	}
	return acc, nil
}

// extract runs the extractors over one article or window.
func (r *Runner) extract(ctx context.Context, a corpus.Article, lang string) (extract.Result, error) {
	res := extract.NewResult(lang)
	for _, x := range r.xs {
		if err := ctx.Err(); err != nil {
			return extract.Result{}, err
		}
		p, err := x.Extract(ctx, &a, &res)
		if err != nil {
			return extract.Result{}, fmt.Errorf("%s: %w", x.Name(), err)
		}
		res.Set(p)
	}
	return res, nil
}

// windowCuts are the boundaries a window may end after, best first: a
// paragraph, a line, a sentence, a word.
var windowCuts = []string{"\n\n", "\n", ". ", " "}

// Windows returns the start offsets of the windows that cut text into
// pieces of at most n bytes (n > 0): each ends after the last paragraph
// break in its second half, else the last line break, sentence end or
// space there, else at n bytes (moved back to the start of a UTF-8
// character). The first offset is 0. n below 16 counts as 16.
func Windows(text string, n int) []int {
	n = max(n, 16)
	starts := []int{0}
	for start := 0; len(text)-start > n; {
		end := cutAt(text[start:], n) + start
		starts = append(starts, end)
		start = end
	}
	return starts
}

// contextStart returns where the text read before a window starting at
// start begins: about n bytes earlier, at the first paragraph, line,
// sentence or word boundary there, so that the window's first sentences
// are read with what precedes them (the dates anchoring a date without a
// year, the title before a name).
func contextStart(text string, start, n int) int {
	from := max(0, start-n)
	if from == 0 {
		return 0
	}
	ctx := text[from:start]
	for _, sep := range windowCuts {
		if i := strings.Index(ctx, sep); i >= 0 {
			return from + i + len(sep)
		}
	}
	for from < start && !utf8.RuneStart(text[from]) {
		from++
	}
	return from
}

// cutAt returns where the window at the start of rest (longer than n)
// should end.
func cutAt(rest string, n int) int {
	w := rest[:n]
	half := n / 2
	for _, sep := range windowCuts {
		if i := strings.LastIndex(w[half:], sep); i >= 0 {
			return half + i + len(sep)
		}
	}
	end := n
	for end > half && !utf8.RuneStart(rest[end]) {
		end--
	}
	return end
}
