package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// devGold is one record of testdata/dates/dev/gold.json, copied from the
// dev gold files (/work/shared/eval/dev) by hand: source, title,
// published, dates, dates_optional.
type devGold struct {
	Source        string   `json:"source"`
	Title         string   `json:"title"`
	Published     *string  `json:"published"`
	Dates         []string `json:"dates"`
	DatesOptional []string `json:"dates_optional"`
}

// devArticles builds the dev articles the way the pipeline will see them,
// without depending on the cleaner: one article per gold record, titled
// by the gold title. The newsletter (two records) is split at its "TOPIC 2"
// line; its first article keeps the masthead lines in its text (as the
// first-cut cleaner does), the second gets them in Masthead (as the
// structure cleaner does), so both paths are measured.
func devArticles(t *testing.T) ([]corpus.Article, []devGold) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "dates", "dev", "gold.json"))
	if err != nil {
		t.Fatalf("read gold: %v", err)
	}
	var golds []devGold
	if err := json.Unmarshal(raw, &golds); err != nil {
		t.Fatalf("decode gold: %v", err)
	}
	var arts []corpus.Article
	seen := map[string]int{}
	for _, g := range golds {
		body, err := os.ReadFile(filepath.Join("testdata", "dates", "dev", g.Source))
		if err != nil {
			t.Fatalf("read %s: %v", g.Source, err)
		}
		text := string(body)
		part := seen[g.Source]
		seen[g.Source]++
		a := corpus.Article{Title: g.Title, Segment: part}
		if cut := strings.Index(text, "\nTOPIC 2\n"); cut >= 0 {
			if part == 0 {
				text = text[:cut]
			} else {
				text = text[cut+1:]
				if v := strings.Index(string(body), "Vol. "); v >= 0 {
					// "Vol. 28 No.5\n\nOct 31, 2017"
					end := strings.Index(string(body)[v:], "2017\n")
					a.Masthead = string(body)[v : v+end+4]
				}
			}
		}
		a.Text = text
		arts = append(arts, a)
	}
	return arts, golds
}

// TestDatesDevSet scores the date finder on the dev articles with the
// reference scorer's rules (set of distinct values per record, optional
// values neither rewarded nor penalized) and requires F1 >= 0.97 and every
// release date right.
func TestDatesDevSet(t *testing.T) {
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	arts, golds := devArticles(t)
	var tp, fp, fn, pubOK int
	for i, a := range arts {
		g := golds[i]
		dates, pub := f.Find(&a)
		gold := map[string]bool{}
		for _, v := range g.Dates {
			gold[v] = true
		}
		opt := map[string]bool{}
		for _, v := range g.DatesOptional {
			opt[v] = true
		}
		matched := map[string]bool{}
		for _, d := range dates {
			switch {
			case gold[d.Value] && !matched[d.Value]:
				matched[d.Value] = true
				tp++
			case opt[d.Value]:
			default:
				fp++
				t.Logf("%s#%d: false date %q (%q)", g.Source, a.Segment, d.Value, d.Text)
			}
		}
		for _, v := range g.Dates {
			if !matched[v] {
				fn++
				t.Logf("%s#%d: missed date %q", g.Source, a.Segment, v)
			}
		}
		want := ""
		if g.Published != nil {
			want = *g.Published
		}
		if pub == want {
			pubOK++
		} else {
			t.Errorf("%s#%d: published got %q, want %q", g.Source, a.Segment, pub, want)
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	f1 := 2 * p * r / max(p+r, 1e-9)
	t.Logf("dev dates: tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f; published %d/%d", tp, fp, fn, p, r, f1, pubOK, len(arts))
	if f1 < 0.97 {
		t.Errorf("dev dates F1 = %.3f, want >= 0.97", f1)
	}
}

// TestDatesDevWholeDocuments checks the release date when each dev file
// is one untrimmed article titled by its first line, as the first-cut
// cleaner hands it over (print dates, mastheads and chrome included).
func TestDatesDevWholeDocuments(t *testing.T) {
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"000_59bb623624508d0f.txt": "",
		"001_eb9b0c6284e40542.txt": "2012-03-23",
		"002_e513b574b01d60be.txt": "2014-03-13",
		"003_a3d51ac2425eaa00.txt": "2014-04-04",
		"004_c31fc0564c972cd3.txt": "2017-10-31",
	}
	for name, w := range want {
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "dates", "dev", name))
			if err != nil {
				t.Fatal(err)
			}
			text := strings.TrimSpace(string(body))
			title, _, _ := strings.Cut(text, "\n")
			_, pub := f.Find(&corpus.Article{Title: title, Text: text})
			if pub != w {
				t.Errorf("published got %q, want %q", pub, w)
			}
		})
	}
}
