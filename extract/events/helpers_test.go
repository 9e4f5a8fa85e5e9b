package events

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// fixture builds an Input from text and the entities a test names: each
// entity's spans are every place its forms are written.
type fixture struct {
	text   string
	dates  map[string]string // form -> value
	rel    map[string]string // relative form -> value
	people []string          // names; ids p1, p2 ... in order
	agency []string          // names; ids a1, a2 ...
	cities map[string]string // form -> country code
	ctries map[string]string // form -> country code
	pub    string
	title  string // the article's headline
}

func spansOf(text string, forms ...string) []Span {
	var out []Span
	for _, f := range forms {
		for from := 0; ; {
			i := strings.Index(text[from:], f)
			if i < 0 {
				break
			}
			out = append(out, Span{from + i, from + i + len(f)})
			from += i + len(f)
		}
	}
	return out
}

// bounds returns the first and last day of a value (2019, 2019-05,
// 2019-05-04, 2019-FA, or a range a/b).
func bounds(v string) (string, string) {
	if a, b, ok := strings.Cut(v, "/"); ok {
		s, _ := bounds(a)
		_, e := bounds(b)
		return s, e
	}
	if y, w, ok := strings.Cut(v, "-W"); ok {
		var year, week int
		fmt.Sscan(y, &year)
		fmt.Sscan(w, &week)
		// ISO week: the week with the year's first Thursday is week 1
		jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(week-1))
		return monday.Format("2006-01-02"), monday.AddDate(0, 0, 6).Format("2006-01-02")
	}
	switch len(v) {
	case 4:
		return v + "-01-01", v + "-12-31"
	case 7:
		if v[5] >= 'A' {
			seasons := map[string][2]string{"SP": {"03-01", "05-31"}, "SU": {"06-01", "08-31"}, "FA": {"09-01", "11-30"}, "WI": {"12-01", "12-31"}}
			s := seasons[v[5:]]
			return v[:4] + "-" + s[0], v[:4] + "-" + s[1]
		}
		t, err := time.Parse("2006-01", v)
		if err != nil {
			panic(err)
		}
		return v + "-01", t.AddDate(0, 1, -1).Format("2006-01-02")
	}
	return v, v
}

func (f fixture) input() *Input {
	in := &Input{Text: f.text, Published: f.pub, Title: f.title}
	add := func(form, v string, rel bool) {
		s, e := bounds(v)
		for i := range in.Dates {
			if in.Dates[i].Value == v {
				in.Dates[i].Spans = append(in.Dates[i].Spans, spansOf(f.text, form)...)
				return
			}
		}
		in.Dates = append(in.Dates, Date{Value: v, Start: s, End: e, Relative: rel, Spans: spansOf(f.text, form)})
	}
	for form, v := range f.dates {
		add(form, v, false)
	}
	for form, v := range f.rel {
		add(form, v, true)
	}
	for i, n := range f.people {
		forms := []string{n}
		if j := strings.LastIndexByte(n, ' '); j > 0 && !strings.Contains(f.text, n+" ") {
			forms = []string{n}
		}
		in.People = append(in.People, Person{ID: fmt.Sprintf("p%d", i+1), Name: n, Spans: spansOf(f.text, forms...)})
	}
	for i, n := range f.agency {
		in.Agencies = append(in.Agencies, Agency{ID: fmt.Sprintf("a%d", i+1), Name: n, Spans: spansOf(f.text, n)})
	}
	for form, c := range f.cities {
		in.Places = append(in.Places, Place{Name: form, Kind: "city", Country: c, Spans: spansOf(f.text, form)})
	}
	for form, c := range f.ctries {
		in.Places = append(in.Places, Place{Name: form, Kind: "country", Country: c, Spans: spansOf(f.text, form)})
	}
	return in
}

func newFinder(t testing.TB) *Finder {
	t.Helper()
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// brief is the part of an Event a table test states.
type brief struct {
	name, series string
	ordinal      int
	dates, place string
	chairs       string // comma-joined people ids
	hosts, parts string
}

func briefOf(e Event) brief {
	return brief{name: e.Name, series: e.Series, ordinal: e.Ordinal, dates: e.Dates, place: e.Place,
		chairs: strings.Join(e.Chairs, ","), hosts: strings.Join(e.Hosts, ","), parts: strings.Join(e.Participants, ",")}
}
