package extract

import (
	"regexp"
	"time"

	"github.com/communique/communique/corpus"
)

// DateFinder finds calendar expressions and the release date.
// First cut: full "Month D, YYYY" dates only.
type DateFinder struct {
	full *regexp.Regexp
}

// NewDateFinder returns a ready DateFinder.
func NewDateFinder() (*DateFinder, error) {
	return &DateFinder{full: regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})\b`)}, nil
}

// Find returns the dates in a.Text (one Date per distinct value) and the
// release date value, empty when none is stated.
func (f *DateFinder) Find(a *corpus.Article) ([]Date, string) {
	var out []Date
	idx := map[string]int{}
	for _, m := range f.full.FindAllStringSubmatchIndex(a.Text, -1) {
		s := a.Text[m[0]:m[1]]
		t, err := time.Parse("January 2, 2006", s)
		if err != nil {
			continue
		}
		v := t.Format("2006-01-02")
		men := Mention{Text: s, Start: m[0], End: m[1]}
		if i, ok := idx[v]; ok {
			out[i].Mentions = append(out[i].Mentions, men)
			continue
		}
		idx[v] = len(out)
		out = append(out, Date{Text: s, Value: v, Start: v, End: v, Mentions: []Mention{men}})
	}
	return out, ""
}
