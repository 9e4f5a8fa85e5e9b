package dates

import (
	"testing"

	"github.com/communique/communique/corpus"
)

func TestURLDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.example.gov/news/2016/12/06/talks-held/", "2016-12-06"},
		{"https://example.org/briefing-room/statements-releases/2021/01/27/readout-of-a-call/", "2021-01-27"},
		{"https://example.org/2019/3/5/story.html", "2019-03-05"},
		{"https://example.eu/press/20161206-talks-held", "2016-12-06"},
		{"https://example.jp/en/releases/2014_03_13_results.html", "2014-03-13"},
		{"/resource-room/category/2020-12-08-joint-paper-on-environmental-cooperation/", "2020-12-08"},
		{"/2020-12-14-joint-press-statement.md", "2020-12-14"},
		{"https://example.org/news/2016/12/", ""},              // a month's archive, no day
		{"https://example.org/items/123456789-talks", ""},      // nine digits: an id
		{"https://example.org/items/20161399-talks", ""},       // no such day
		{"https://example.org/talks?date=2016-12-06", ""},      // a query is no path
		{"https://example.org/news/release-id12016120612", ""}, // digits inside a word
		{"https://example.org/1985/03/04/archive-page", ""},    // before the web
		{"https://example.org/news/2016/12/06", "2016-12-06"},  // at the end
		{"file:///home/user/docs/report-2016-12-06.txt", "2016-12-06"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			pt, ok := urlDate(tc.in)
			got := ""
			if ok {
				got = pt.Value()
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPublishedFromURLInCascade(t *testing.T) {
	f := newTestFinder(t)
	tests := []struct {
		name string
		a    corpus.Article
		want string
	}{
		{"fetched address", corpus.Article{Title: "T", Text: "T\n\nBody.", Source: corpus.Source{URI: "https://example.gov/news/2016/12/06/t/"}}, "2016-12-06"},
		{"front matter permalink", corpus.Article{Title: "T", Text: "T\n\nBody.", Meta: corpus.Meta{Props: map[string]string{"url": "/resource-room/2020-12-08-t/"}}}, "2020-12-08"},
		{"dated file name", corpus.Article{Title: "T", Text: "T\n\nBody.", Source: corpus.Source{Path: "posts/2020-12-14-t.md"}}, "2020-12-14"},
		{"dateline beats address", corpus.Article{Title: "T", Text: "T\n\nTOKYO, March 3, 2016 - The ministers met.", Source: corpus.Source{URI: "https://example.gov/2016/03/09/t/"}}, "2016-03-03"},
		{"meta beats address", corpus.Article{Title: "T", Text: "T\n\nBody.", Meta: corpus.Meta{Props: map[string]string{"date": "2016-12-07"}}, Source: corpus.Source{URI: "https://example.gov/2016/12/06/t/"}}, "2016-12-07"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, pub := f.Find(&tc.a)
			if pub != tc.want {
				t.Errorf("published got %q, want %q", pub, tc.want)
			}
		})
	}
}
