package registry

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/agenda"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/extract/events"
)

func TestWindows(t *testing.T) {
	tests := []struct {
		name string
		text string
		n    int
		want []string
	}{
		{"short text is one window", "One paragraph.", 64, []string{"One paragraph."}},
		{"ends after a paragraph break", "First paragraph here.\n\nSecond one, longer.", 32,
			[]string{"First paragraph here.\n\n", "Second one, longer."}},
		{"a line break when no paragraph break", "Line one of the text\nline two of the text\nline three", 24,
			[]string{"Line one of the text\n", "line two of the text\n", "line three"}},
		{"a sentence end when no line break", "The first sentence ends. The second sentence ends. Third.", 28,
			[]string{"The first sentence ends. ", "The second sentence ends. ", "Third."}},
		{"a space when no sentence end", "alpha beta gamma delta epsilon zeta eta theta", 20,
			[]string{"alpha beta gamma ", "delta epsilon zeta ", "eta theta"}},
		{"never inside a character", strings.Repeat("é", 20), 17,
			[]string{strings.Repeat("é", 8), strings.Repeat("é", 8), strings.Repeat("é", 4)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			starts := Windows(tt.text, tt.n)
			var got []string
			for i, s := range starts {
				e := len(tt.text)
				if i+1 < len(starts) {
					e = starts[i+1]
				}
				got = append(got, tt.text[s:e])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Windows = %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzWindows(f *testing.F) {
	f.Add("A paragraph.\n\nAnother line\nand a sentence. Words words", 20)
	f.Add(strings.Repeat("日本", 40), 17)
	f.Fuzz(func(t *testing.T, text string, n int) {
		n = n%4096 + 1
		if n < 0 {
			n = -n
		}
		starts := Windows(text, n)
		if starts[0] != 0 {
			t.Fatalf("first window at %d", starts[0])
		}
		for i, s := range starts {
			e := len(text)
			if i+1 < len(starts) {
				e = starts[i+1]
			}
			if e <= s && len(text) > 0 {
				t.Fatalf("empty window %d..%d", s, e)
			}
			if e-s > max(n, 16) {
				t.Fatalf("window %d..%d longer than %d", s, e, max(n, 16))
			}
			if utf8.ValidString(text) && !utf8.ValidString(text[s:e]) {
				t.Fatalf("window %d..%d cuts a character", s, e)
			}
		}
	})
}

// TestWindowedExtract: an article read in windows gives the facts read
// whole, with every offset pointing into the whole text.
func TestWindowedExtract(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/dev/*.txt")
	if len(files) == 0 {
		files, _ = filepath.Glob("../../testdata/sample/*.txt")
	}
	if len(files) == 0 {
		t.Skip("no text documents")
	}
	// A long article whose release date is at its top, where the first
	// window reads it (the contract of a windowed reading).
	var b strings.Builder
	b.WriteString("Release date: 31 October 2017\n\n")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(raw)
		b.WriteString("\n\n")
	}
	a := corpus.Article{Text: b.String(), Format: corpus.FormatText}
	whole, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{len(a.Text) / 3, 8 << 10} {
		want, err := whole.Extract(t.Context(), a)
		if err != nil {
			t.Fatal(err)
		}
		got, err := whole.WithWindow(n).Extract(t.Context(), a)
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, a.Text, &got)
		// Events are merged within a window and joined across windows by
		// series, round and dates: a mention far from its event's other
		// mentions may be merged differently, hence the wider margin.
		report := func(what string, w, g []string, tolerance int) {
			slices.Sort(w)
			slices.Sort(g)
			w, g = slices.Compact(w), slices.Compact(g)
			missed := 0
			for _, s := range w {
				if !slices.Contains(g, s) {
					missed++
					t.Logf("window %d: %s %q found whole, not in windows", n, what, s)
				}
			}
			t.Logf("window %d: %s: %d whole, %d windowed, %d missed", n, what, len(w), len(g), missed)
			if missed*100 > len(w)*tolerance {
				t.Errorf("window %d: %d of %d %s missed", n, missed, len(w), what)
			}
		}
		report("people", personNames(&want), personNames(&got), 5)
		report("agencies", agencyNames(&want), agencyNames(&got), 5)
		if w, g := extract.Get[dates.Part](&want).Published, extract.Get[dates.Part](&got).Published; w != g {
			t.Errorf("window %d: published %q, read whole %q", n, g, w)
		}
		report("dates", dateValues(&want), dateValues(&got), 5)
		report("events", eventNames(&want), eventNames(&got), 20)
	}
}

func personNames(r *extract.Result) (out []string) {
	for _, p := range extract.Get[entity.Part](r).People {
		out = append(out, p.Name)
	}
	return out
}

func agencyNames(r *extract.Result) (out []string) {
	for _, p := range extract.Get[entity.Part](r).Agencies {
		out = append(out, p.Name)
	}
	return out
}

func dateValues(r *extract.Result) (out []string) {
	for _, d := range extract.Get[dates.Part](r).Dates {
		out = append(out, d.Value)
	}
	return out
}

func eventNames(r *extract.Result) (out []string) {
	for _, e := range extract.Get[events.Part](r).Events {
		out = append(out, e.Name+" "+e.Dates)
	}
	return out
}

// checkOffsets fails when a joined mention or item does not point at its
// own text in the whole article, or an ID reference dangles.
func checkOffsets(t *testing.T, text string, r *extract.Result) {
	t.Helper()
	at := func(what string, m extract.Mention) {
		if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
			t.Errorf("%s mention %q at %d..%d does not match the text", what, m.Text, m.Start, m.End)
		}
	}
	for _, d := range extract.Get[dates.Part](r).Dates {
		for _, m := range d.Mentions {
			at("date", m)
		}
	}
	ent := extract.Get[entity.Part](r)
	ids := map[string]bool{}
	for _, p := range ent.People {
		ids[p.ID] = true
		for _, m := range p.Mentions {
			at("person", m)
		}
	}
	for _, a := range ent.Agencies {
		ids[a.ID] = true
		for _, m := range a.Mentions {
			at("agency", m)
		}
	}
	for _, p := range ent.People {
		if p.Affiliation != "" && !ids[p.Affiliation] {
			t.Errorf("%s's affiliation %s dangles", p.Name, p.Affiliation)
		}
	}
	for _, e := range extract.Get[events.Part](r).Events {
		for _, m := range e.Mentions {
			at("event", extract.Mention(m))
		}
		for _, c := range e.Chairs {
			if !ids[c] {
				t.Errorf("event %q chair %s dangles", e.Name, c)
			}
		}
	}
	items := extract.Get[agenda.Part](r).Items
	for i, it := range items {
		if it.Start < 0 || it.End > len(text) || it.Start > it.End {
			t.Errorf("agenda item %d at %d..%d outside the text", i, it.Start, it.End)
		}
		if it.Parent != nil && (*it.Parent < 0 || *it.Parent >= i) {
			t.Errorf("agenda item %d has parent %d", i, *it.Parent)
		}
	}
}

// TestWindowedExtractNeedsJoiner: a long article whose part cannot be
// joined fails with an error naming the part, instead of losing windows.
func TestWindowedExtractNeedsJoiner(t *testing.T) {
	var saw []string
	r := NewRunner(probe{name: "probe", saw: &saw}).WithWindow(64)
	for _, text := range []string{
		strings.Repeat("A paragraph of some length.\n\n", 10),
		strings.Repeat("one long line without breaks ", 20),
		strings.Repeat("Zeile ", 40),
	} {
		_, err := r.Extract(t.Context(), corpus.Article{Text: text})
		if err == nil || !strings.Contains(err.Error(), "probePart") {
			t.Errorf("%d bytes: error %v, want one naming probePart", len(text), err)
		}
	}
	if _, err := r.Extract(t.Context(), corpus.Article{Text: "short"}); err != nil {
		t.Errorf("a short article: %v", err)
	}
}
