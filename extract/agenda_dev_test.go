package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// devAgendaGold is the part of a gold file the agenda harness reads.
type devAgendaGold struct {
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

var devWordRE = regexp.MustCompile(`[\p{L}\p{N}]+`)

func devLabelKey(s string) string {
	return strings.Join(regexp.MustCompile(`[a-z0-9]+`).FindAllString(strings.ToLower(s), -1), "")
}

// devTitleSimilar mirrors score.py's title_similar with n=10, threshold 0.6.
func devTitleSimilar(a, b string) bool {
	norm := func(s string) []string {
		s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-").Replace(s)
		w := devWordRE.FindAllString(strings.ToLower(s), -1)
		if len(w) > 10 {
			w = w[:10]
		}
		return w
	}
	ta, tb := norm(a), norm(b)
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
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, w := range ta {
		sa[w] = true
	}
	for _, w := range tb {
		sb[w] = true
	}
	inter, union := 0, len(sb)
	for w := range sa {
		if sb[w] {
			inter++
		} else {
			union++
		}
	}
	return float64(inter)/float64(union) >= 0.6
}

// scoreDevAgenda scores items against one gold record the way score.py does:
// true/false positives, misses, and parents right among the hits.
func scoreDevAgenda(t *testing.T, items []AgendaItem, gold devAgendaGold, rec int) (tp, fp, fn, parentOK int) {
	t.Helper()
	g := gold.Records[rec]
	used := make([]bool, len(g.Agenda))
	for _, it := range items {
		if it.Inline {
			continue
		}
		hit := -1
		for j, ga := range g.Agenda {
			if !used[j] && devLabelKey(ga.Label) == devLabelKey(it.Label) && devTitleSimilar(it.Title, ga.Title) {
				hit = j
				break
			}
		}
		if hit < 0 {
			optional := false
			for _, o := range g.Optional {
				if devLabelKey(o.Label) == devLabelKey(it.Label) && devTitleSimilar(it.Title, o.Title) {
					optional = true
				}
			}
			if !optional {
				fp++
				t.Logf("%s: false item %q %q", gold.Source, it.Label, it.Title)
			}
			continue
		}
		used[hit] = true
		tp++
		var plabel, glabel string
		if it.Parent != nil {
			plabel = items[*it.Parent].Label
		}
		if p := g.Agenda[hit].Parent; p != nil {
			glabel = *p
		}
		if devLabelKey(plabel) == devLabelKey(glabel) {
			parentOK++
		} else {
			t.Logf("%s: item %q %q parent %q, want %q", gold.Source, it.Label, it.Title, plabel, glabel)
		}
	}
	for j, u := range used {
		if !u {
			fn++
			t.Logf("%s: missed %q %q", gold.Source, g.Agenda[j].Label, g.Agenda[j].Title)
		}
	}
	return tp, fp, fn, parentOK
}

func loadDevAgendaGold(t *testing.T, dir string) []devAgendaGold {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(files) == 0 {
		t.Skipf("no gold files in %s", dir)
	}
	var out []devAgendaGold
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g devAgendaGold
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, g)
	}
	return out
}

// TestAgendaDevSingleRecord runs the finder on the raw dev texts that hold
// one article each and checks the scorer's thresholds (the newsletter is
// covered through the cleaner's harness in package corpus).
func TestAgendaDevSingleRecord(t *testing.T) {
	const corpusDir, goldDir = "/work/shared/corpus/dev", "/work/shared/eval/dev"
	f, err := NewAgendaFinder()
	if err != nil {
		t.Fatal(err)
	}
	var tp, fp, fn, pok int
	for _, g := range loadDevAgendaGold(t, goldDir) {
		if len(g.Records) != 1 {
			continue
		}
		b, err := os.ReadFile(filepath.Join(corpusDir, g.Source))
		if err != nil {
			t.Skip(err)
		}
		a, b2, c, d := scoreDevAgenda(t, f.Find(string(b)), g, 0)
		tp, fp, fn, pok = tp+a, fp+b2, fn+c, pok+d
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	f1 := 2 * p * r / max(p+r, 1e-9)
	pacc := float64(pok) / float64(max(tp, 1))
	t.Logf("agenda P %.3f R %.3f F1 %.3f parent accuracy %.3f", p, r, f1, pacc)
	if f1 < 0.95 || pacc < 0.95 {
		t.Errorf("agenda F1 %.3f, parent accuracy %.3f; want >= 0.95 both", f1, pacc)
	}
}
