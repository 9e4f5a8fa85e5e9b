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
