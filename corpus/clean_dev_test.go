package corpus_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
)

// The dev harness cleans the shared dev documents and scores titles, article
// counts and agenda items against their gold the way score.py does. It is
// skipped where the shared folders are absent.
const (
	devCorpus = "/work/shared/corpus/dev"
	devGold   = "/work/shared/eval/dev"
)

type devGoldFile struct {
	Source  string `json:"source"`
	Records []struct {
		Title  string `json:"title"`
		Agenda []struct {
			Label  string  `json:"label"`
			Title  string  `json:"title"`
			Parent *string `json:"parent"`
		} `json:"agenda"`
		Optional []struct {
			Label string `json:"label"`
			Title string `json:"title"`
		} `json:"agenda_optional"`
	} `json:"records"`
}

var (
	devWords  = regexp.MustCompile(`[\p{L}\p{N}]+`)
	devLabels = regexp.MustCompile(`[a-z0-9]+`)
	devFolds  = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-")
)

func devLabelKey(s string) string {
	return strings.Join(devLabels.FindAllString(strings.ToLower(s), -1), "")
}

// devSimilar mirrors score.py's title_similar.
func devSimilar(a, b string, n int, threshold float64) bool {
	words := func(s string) []string {
		w := devWords.FindAllString(strings.ToLower(devFolds.Replace(s)), -1)
		return w[:min(len(w), n)]
	}
	ta, tb := words(a), words(b)
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	short, long := ta, tb
	if len(short) > len(long) {
		short, long = long, short
	}
	if strings.Join(long[:len(short)], " ") == strings.Join(short, " ") {
		return true
	}
	sa := map[string]bool{}
	for _, w := range ta {
		sa[w] = true
	}
	union := map[string]bool{}
	inter := 0
	for _, w := range tb {
		if sa[w] && !union[w] {
			inter++
		}
		union[w] = true
	}
	for w := range sa {
		union[w] = true
	}
	return float64(inter)/float64(len(union)) >= threshold
}

func TestCleanDevHarness(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(devGold, "*.gold.json"))
	if len(golds) == 0 {
		t.Skip("no dev gold")
	}
	c, err := corpus.NewCleaner(corpus.CleanerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	finder, err := extract.NewAgendaFinder()
	if err != nil {
		t.Fatal(err)
	}
	var titleOK, titleN, tp, fp, fn, parentOK int
	for _, gf := range golds {
		var g devGoldFile
		b, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(devCorpus, g.Source))
		if err != nil {
			t.Skip(err)
		}
		arts, err := c.Clean(context.Background(), corpus.Doc{Format: corpus.FormatText, Text: string(raw), Source: corpus.Source{Path: g.Source}})
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) != len(g.Records) {
			t.Errorf("%s: %d articles, want %d", g.Source, len(arts), len(g.Records))
		}
		used := make([]bool, len(arts))
		for _, rec := range g.Records {
			titleN++
			best := -1
			for i, a := range arts {
				if !used[i] && devSimilar(a.Title, rec.Title, 12, 0.5) {
					best = i
					break
				}
			}
			if best < 0 {
				t.Errorf("%s: no article for %q", g.Source, rec.Title)
				fn += len(rec.Agenda)
				continue
			}
			used[best] = true
			a := arts[best]
			if devSimilar(a.Title, rec.Title, 30, 0.8) {
				titleOK++
			} else {
				t.Errorf("%s: title %q, want %q", g.Source, a.Title, rec.Title)
			}
			items := finder.Find(a.Text)
			hit := make([]bool, len(rec.Agenda))
			for _, it := range items {
				if it.Inline {
					continue
				}
				j := -1
				for k, ga := range rec.Agenda {
					if !hit[k] && devLabelKey(ga.Label) == devLabelKey(it.Label) && devSimilar(it.Title, ga.Title, 10, 0.6) {
						j = k
						break
					}
				}
				if j < 0 {
					optional := false
					for _, o := range rec.Optional {
						optional = optional || devLabelKey(o.Label) == devLabelKey(it.Label) && devSimilar(it.Title, o.Title, 10, 0.6)
					}
					if !optional {
						fp++
						t.Logf("%s: false item %q %q", g.Source, it.Label, it.Title)
					}
					continue
				}
				hit[j] = true
				tp++
				var got, want string
				if it.Parent != nil {
					got = items[*it.Parent].Label
				}
				if p := rec.Agenda[j].Parent; p != nil {
					want = *p
				}
				if devLabelKey(got) == devLabelKey(want) {
					parentOK++
				} else {
					t.Logf("%s: %q %q parent %q, want %q", g.Source, it.Label, it.Title, got, want)
				}
			}
			for k, h := range hit {
				if !h {
					fn++
					t.Logf("%s: missed %q %q", g.Source, rec.Agenda[k].Label, rec.Agenda[k].Title)
				}
			}
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	f1 := 2 * p * r / max(p+r, 1e-9)
	pacc := float64(parentOK) / float64(max(tp, 1))
	tacc := float64(titleOK) / float64(max(titleN, 1))
	t.Logf("title accuracy %.3f; agenda P %.3f R %.3f F1 %.3f; parent accuracy %.3f", tacc, p, r, f1, pacc)
	if tacc < 1 || f1 < 0.95 || pacc < 0.95 {
		t.Errorf("title accuracy %.3f, agenda F1 %.3f, parent accuracy %.3f; want 1, >= 0.95, >= 0.95", tacc, f1, pacc)
	}
}
