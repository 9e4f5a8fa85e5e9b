package clean

import (
	"strings"
	"testing"
)

// TestSplitFrontMatterURL: the page's address in a Markdown front matter
// is kept for the release-date cascade, under whichever key names it.
func TestSplitFrontMatterURL(t *testing.T) {
	tests := []struct{ name, front, want string }{
		{"permalink", "title: T\npermalink: /resource-room/2020-12-08-t/\nimage:", "/resource-room/2020-12-08-t/"},
		{"url", "title: T\nurl: /politics/t/\ndraft: false", "/politics/t/"},
		{"source url quoted", "title: T\nsource_url: 'https://example.gov/2021/01/27/t/'", "https://example.gov/2021/01/27/t/"},
		{"none", "title: T\ndate: 2021-01-27", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := strings.Split("---\n"+tc.front+"\n---\nBody text.", "\n")
			fm, rest := splitFrontMatter(lines)
			if fm.url != tc.want {
				t.Errorf("url got %q, want %q", fm.url, tc.want)
			}
			if len(rest) != 1 || rest[0] != "Body text." {
				t.Errorf("rest got %q", rest)
			}
		})
	}
}

// TestSplitFrontMatterDates: the release date of a front matter is kept
// under whichever key names it.
func TestSplitFrontMatterDates(t *testing.T) {
	for _, key := range []string{"date", "publishdate", "publish_date", "date_published", "published_at"} {
		lines := strings.Split("---\ntitle: T\n"+key+": 2026-06-04\nauthor: A\n---\nBody text.", "\n")
		fm, _ := splitFrontMatter(lines)
		if len(fm.dates) != 1 || !strings.HasSuffix(fm.dates[0], "2026-06-04") {
			t.Errorf("%s: dates %q", key, fm.dates)
		}
	}
	fm, _ := splitFrontMatter(strings.Split("---\ntitle: T\nlastmod: 2026-07-01\n---\nBody text.", "\n"))
	if len(fm.dates) != 0 {
		t.Errorf("lastmod taken as a release date: %q", fm.dates)
	}
}

// TestSplitFrontMatterTOML checks Hugo's TOML front matter in three
// layouts.
func TestSplitFrontMatterTOML(t *testing.T) {
	for _, tc := range []struct {
		name, in, title, date, first string
	}{
		{"title and date", "+++\ntitle = \"Media Release\"\ndate = 2021-03-02\n+++\nBody text.", "Media Release", "date: 2021-03-02", "Body text."},
		{"table of params", "+++\ndate = \"2019-07-04T09:00:00+10:00\"\ntitle = 'Grants open'\n[params]\nauthor = \"Press Office\"\n+++\n\nBody.", "Grants open", "date: 2019-07-04T09:00:00+10:00", ""},
		{"publish date", "+++\npublishDate = 2020-01-15\ntitle = \"Budget speech\"\ndraft = false\n+++\nText", "Budget speech", "published: 2020-01-15", "Text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fm, rest := splitFrontMatter(strings.Split(tc.in, "\n"))
			if fm.title != tc.title || len(fm.dates) != 1 || fm.dates[0] != tc.date || len(rest) == 0 || rest[0] != tc.first {
				t.Errorf("got %+v, rest %q", fm, rest)
			}
		})
	}
}
