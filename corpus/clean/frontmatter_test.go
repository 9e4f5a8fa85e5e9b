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

// TestSplitFrontMatterFormats: the metadata blocks of the common static-site
// generators give the page's title and release date, and leave the body.
func TestSplitFrontMatterFormats(t *testing.T) {
	const title = "Ministers agree on a joint plan"
	tests := []struct {
		name, doc        string
		wantTitle, wantD string // wantD: a suffix of the one date line
	}{
		{"yaml", "---\ntitle: \"Ministers agree on a joint plan\"\ndate: 2016-03-17\n---\nBody text.", title, "2016-03-17"},
		{"yaml folded block", "---\ntitle: >-\n  Ministers agree on\n  a joint plan\ndate: 2016-03-17\n---\nBody text.", title, "2016-03-17"},
		{"yaml literal block", "---\ntitle: |\n  Ministers agree on a joint plan\npublishdate: 2016-03-17\n---\nBody text.", title, "2016-03-17"},
		{"yaml plain over two lines", "---\ntitle: Ministers agree on\n  a joint plan\ndate: 2016-03-17\n---\nBody text.", title, "2016-03-17"},
		{"yaml hex escape", "---\ntitle: \"Ministers agree on a joint plan in S\\xE3o Paulo\"\n---\nBody text.", title + " in São Paulo", ""},
		{"yaml date, time and zone", "---\ntitle: T\ndate: 2016-03-17 23:30:00 +0200\n---\nBody text.", "T", "2016-03-17 23:30:00 +0200"},
		{"yaml the parser refuses", "---\ntitle: Minister: talks on trade\ndate: 2016-03-17\n---\nBody text.", "Minister: talks on trade", "2016-03-17"},
		{"toml", "+++\ntitle = \"Ministers agree on a joint plan\"\ndate = 2016-03-17T10:00:00+02:00\ndraft = false\n+++\nBody text.", title, "2016-03-17 10:00:00+02:00"},
		{"yaml iso timestamp", "---\ntitle: T\ndate: 2016-03-17T23:30:00+02:00\n---\nBody text.", "T", "2016-03-17 23:30:00+02:00"},
		{"toml local date", "+++\ntitle = 'Ministers agree on a joint plan'\npublishDate = 2016-03-17\n+++\nBody text.", title, "2016-03-17"},
		{"toml with a table", "+++\ntitle = \"Ministers agree on a joint plan\"\n[params]\nauthor = \"Press Office\"\n+++\nBody text.", title, ""},
		{"pelican", "Title: Ministers agree on a joint plan\nDate: 2016-03-17 10:20\nCategory: News\n\nBody text.", title, "2016-03-17 10:20"},
		{"multimarkdown", "Title: Ministers agree on a joint plan\nAuthor: Press Office\nBase Header Level: 2\n\nBody text.", title, ""},
		{"pelican lower-case keys", "title: Ministers agree on a joint plan\ndate: 17 March 2016\n\nBody text.", title, "17 March 2016"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fm, rest := splitFrontMatter(strings.Split(tc.doc, "\n"))
			if fm.title != tc.wantTitle {
				t.Errorf("title %q, want %q", fm.title, tc.wantTitle)
			}
			if tc.wantD == "" && len(fm.dates) != 0 || tc.wantD != "" && (len(fm.dates) != 1 || !strings.HasSuffix(fm.dates[0], tc.wantD)) {
				t.Errorf("dates %q, want one ending %q", fm.dates, tc.wantD)
			}
			if len(rest) != 1 || rest[0] != "Body text." {
				t.Errorf("rest %q", rest)
			}
		})
	}
}

// TestSplitFrontMatterNone: text that only looks like a metadata block
// is left whole.
func TestSplitFrontMatterNone(t *testing.T) {
	for _, doc := range []string{
		"Title: Ministers agree on a joint plan\n\nBody text.",                      // a title line alone
		"Title: Ministers agree\nThe ministers met on Monday, and agreed.\n\nMore.", // a sentence follows
		"---\ntitle: never closed\n\nBody text.\nMore body text.",                   // no closing line
		"+++\ntitle = \"broken\nBody text.\n+++\nMore.",                             // TOML the parser refuses
		"Ministers agree on a joint plan\nDate: 2016-03-17\n\nBody text.",           // no Title key first
	} {
		lines := strings.Split(doc, "\n")
		fm, rest := splitFrontMatter(lines)
		if fm.title != "" || len(rest) != len(lines) {
			t.Errorf("%q: read as front matter: title %q, %d of %d lines left", doc, fm.title, len(rest), len(lines))
		}
	}
}

// FuzzSplitFrontMatter: any text gives a suffix of its lines and never
// panics.
func FuzzSplitFrontMatter(f *testing.F) {
	for _, s := range []string{"---\ntitle: T\ndate: 2016-03-17\n---\nBody", "+++\ntitle = \"T\"\n+++\nBody", "Title: T\nDate: 2016\n\nBody", "---\n---\n", "+++\n[[a]]\n+++\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		lines := strings.Split(doc, "\n")
		_, rest := splitFrontMatter(lines)
		if len(rest) > len(lines) {
			t.Fatalf("rest longer than the input: %d > %d", len(rest), len(lines))
		}
		for i := range rest {
			if rest[len(rest)-1-i] != lines[len(lines)-1-i] {
				t.Fatalf("rest is not a suffix of the input")
			}
		}
	})
}
