package dates

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/dates/grammar"
)

// FuzzDateFinder checks that any text, masthead and metadata date is
// handled without panicking and that every result is well formed: spans
// inside the text and equal to the mention text, Start <= End, a value
// for every date, and a published value that is a plain date or month.
func FuzzDateFinder(f *testing.F) {
	for _, c := range dateCases {
		f.Add(c.text, "", c.pub)
	}
	for _, c := range pubCases {
		f.Add(c.text, c.masthead, "")
	}
	for _, c := range dateCasesGeneral {
		f.Add(c.text, "", c.pub)
	}
	for _, c := range pubCasesGeneral {
		f.Add(c.text, c.masthead, "")
	}
	f.Add("令和元年度 令和99年 平成 昭和0年 Reiwa 0 FY Reiwa\nMar\n31\n2015\n05.12.15", "", "03/04/2014")
	f.Add("Validity 1 May 2020 to 2 Jan\nFrom 1 Feb 2024 to 3 Mar 2024 2027", "", "")
	if names, err := filepath.Glob(filepath.Join("testdata", "dates", "dev", "*.txt")); err == nil {
		for _, n := range names {
			if b, err := os.ReadFile(n); err == nil {
				f.Add(string(b), "", "")
			}
		}
	}
	f.Add("October 18/19/20/21, 2012 -- 2017/10/30-11/02~2017.1.1", "Vol. 1 No. 1 Oct 31, 2017", "2017-10-31T00:00:00Z")
	f.Add("December 31 – January 1 and 29 February, 2015; fiscal 2099-00", "", "2015-02-28")
	f.Add("\xff\xfe 2017年13月40日 (Mon.) and 6 (Tue.), 2016", "", "9999-99-99")
	f.Add("Rapport\nMars 2021\n1er AOÛT 2019, 5 DÉCEMBRE 2020, im Januar 2019, febrero de 2020\nJane Roe | 06.11.23\n12-05-2015 - 14:30", "Stand: Januar 2019", "2019-01-01")
	f.Add("Signed in Tokyo this 28th day of October, two thousand and twenty-five, in two originals\n— Jane Roe (@jr) November 2, 2013\nMarch 4, 2024 - 10:15am by Jane Roe", "", "2013-11-02")
	df := newTestFinder(f)
	f.Fuzz(func(t *testing.T, text, masthead, pub string) {
		a := &corpus.Article{Title: "T", Text: text, Masthead: masthead}
		if pub != "" {
			a.Meta.Props = map[string]string{"date": pub}
			a.Meta.JSONLD = []string{pub}
			a.Meta.Times = []string{pub}
			a.Meta.PageDate = pub
		}
		dates, published := df.Find(a)
		if published != "" && len(published) != 10 && len(published) != 7 {
			t.Errorf("published %q is neither YYYY-MM-DD nor YYYY-MM", published)
		}
		seen := map[string]bool{}
		for _, d := range dates {
			if d.Value == "" || seen[d.Value] {
				t.Errorf("empty or repeated value %q", d.Value)
			}
			seen[d.Value] = true
			if len(d.Start) != 10 || len(d.End) != 10 || d.Start > d.End {
				t.Errorf("%s: bad bounds %q..%q", d.Value, d.Start, d.End)
			}
			switch {
			case len(d.Mentions) == 0:
				// Only the release date, written in the masthead alone.
				if d.Role != "published" || d.Value != published || !strings.Contains(masthead, d.Text) {
					t.Errorf("%s: no mention, yet not the masthead's release date (%q)", d.Value, d.Text)
				}
			case d.Text != d.Mentions[0].Text:
				t.Errorf("%s: text %q does not match its first mention", d.Value, d.Text)
			}
			for _, m := range d.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					t.Fatalf("%s: span %d..%d outside text of %d bytes", d.Value, m.Start, m.End, len(text))
				}
				if text[m.Start:m.End] != m.Text {
					t.Errorf("%s: span text %q != mention %q", d.Value, text[m.Start:m.End], m.Text)
				}
				if utf8.ValidString(text) && (!utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End]))) {
					t.Errorf("%s: span %d..%d splits a character", d.Value, m.Start, m.End)
				}
			}
		}
	})
}

// TestDateFinderLinear guards against quadratic paths (line scans on
// texts without line breaks, anchor searches over many year-less dates):
// megabyte-sized pathological inputs must finish in well under the time
// a quadratic algorithm would need (minutes).
func TestDateFinderLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	df := newTestFinder(t)
	const size = 2 << 20
	inputs := map[string]string{
		"year-less dates on one line":      strings.Repeat("On March 5 the group met and on 12 May they agreed, Tuesday, October 10, and Wednesday, October 11. ", size/100),
		"dates on one line with late year": strings.Repeat("On March 5 the group met. ", size/26) + " in 2014.",
		"numbers and dashes":               strings.Repeat("1-1-1-2014-03-13-", size/17),
		"date-only lines":                  strings.Repeat("Vol. 1 No. 2\nMarch 5\n", size/22),
		"sign-off candidates":              strings.Repeat("word ", 300) + "\n\n" + strings.Repeat("MINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n14 MARCH 2025\n\n", size/54),
		"relative days":                    "Posted: March 14, 2025\n" + strings.Repeat("He said on Tuesday that the following day was last Friday. ", size/60),
		"wrapped table rows":               strings.Repeat("Validity 28 November 2020 to 20 March\nFrom 15 April 2024 to 31 December 2024 2027\n", size/82),
		"stacked badges and eras":          strings.Repeat("Mar\n9\n2015\nReiwa 5 令和5年4月1日 2019. 4. 3.\n", size/40),
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			dates, _ := df.Find(&corpus.Article{Title: "T", Text: text})
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("took %v for %d bytes (%d dates)", d, len(text), len(dates))
			}
		})
	}
}

// TestDateFinderConcurrent runs one Finder from many goroutines (run
// with -race): it is shared read-only by the pipeline's workers.
func TestDateFinderConcurrent(t *testing.T) {
	df := newTestFinder(t)
	arts, _ := devArticles(t)
	want := make([]string, len(arts))
	for i := range arts {
		want[i] = fmtDates(df.Find(&arts[i]))
	}
	done := make(chan string, 8*len(arts))
	for w := 0; w < 8; w++ {
		go func() {
			for i := range arts {
				if got := fmtDates(df.Find(&arts[i])); got != want[i] {
					done <- fmt.Sprintf("article %d: got %s, want %s", i, got, want[i])
					continue
				}
				done <- ""
			}
		}()
	}
	for n := 0; n < 8*len(arts); n++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

func fmtDates(dates []Date, pub string) string {
	var sb strings.Builder
	sb.WriteString(pub)
	for _, d := range dates {
		at := -1 // a release date written only in the masthead
		if len(d.Mentions) > 0 {
			at = d.Mentions[0].Start
		}
		fmt.Fprintf(&sb, " %s@%d", d.Value, at)
	}
	return sb.String()
}

// FuzzFileNameDate checks that any file name or address is read without
// panicking and that a date read from it is a real month or day of the
// years pages are published in.
func FuzzFileNameDate(f *testing.F) {
	for _, s := range []string{"docs/12-Mar-2021-statement.pdf", "03Feb2005Council118.txt", "2019June30", "https://example.gov/a/2021-Oct-05-x.html?q=1#f", "a\\b\\May-2020", "--__..", "9Mar99999", "\xffMar2021\xfe"} {
		f.Add(s)
	}
	df := newTestFinder(f)
	f.Fuzz(func(t *testing.T, name string) {
		pt, ok := df.monthFromName(&corpus.Article{Source: corpus.Source{Path: name, URI: name}})
		if !ok {
			return
		}
		if pt.Y < urlMinYear || pt.Y > urlMaxYear || pt.M < 1 || pt.M > 12 {
			t.Fatalf("%q: month %d-%d out of range", name, pt.Y, pt.M)
		}
		if pt.G == grammar.GDay && !grammar.ValidDay(pt.Y, pt.M, pt.D) {
			t.Fatalf("%q: no such day %d-%d-%d", name, pt.Y, pt.M, pt.D)
		}
	})
}
