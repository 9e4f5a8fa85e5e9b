package sources

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

const rssTwoItems = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Press releases</title><link>https://ministry.example.gov/news/</link>
<item><title>Minister visits Canberra</title><link>https://ministry.example.gov/news/visit</link>
<pubDate>Mon, 26 Jul 2021 14:05:00 +0000</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The Minister met her counterpart in Canberra on July 25.</p>]]></content:encoded></item>
<item><title>Teaser only</title><link>/news/teaser</link><description>Read more on our site.</description></item>
<item><title>Second release</title><link>https://ministry.example.gov/news/visit</link>
<content:encoded><![CDATA[<p>Another body under the same link.</p>]]></content:encoded></item>
</channel></rss>`

const atomOneEntry = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Statements</title>
<entry><title>Joint statement</title><link href="https://example.org/s/1"/><updated>2020-05-01T10:00:00Z</updated>
<content type="html">&lt;p&gt;We, the ministers, met today.&lt;/p&gt;</content></entry></feed>`

const jsonFeed = `{"version": "https://jsonfeed.org/version/1.1", "title": "News",
 "items": [{"id": "1", "url": "https://example.net/a", "title": "A release", "content_html": "<p>Body of a release.</p>", "date_published": "2019-03-02T08:00:00Z"}]}`

func TestLooksLikeFeed(t *testing.T) {
	tests := []struct {
		name string
		body string
		want bool
	}{
		{"rss 2.0", rssTwoItems, true},
		{"atom", atomOneEntry, true},
		{"json feed", jsonFeed, true},
		{"rdf rss 1.0", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>`, true},
		{"bom then rss", "\ufeff<rss version=\"2.0\"></rss>", true},
		{"sitemap", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>`, false},
		{"html page", `<!DOCTYPE html><html><body><p>feed the world</p></body></html>`, false},
		{"json data", `{"records": [{"title": "x"}]}`, false},
		{"plain text", "FOR IMMEDIATE RELEASE\nThe <rss> tag is old.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := looksLikeFeed([]byte(tc.body)); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestIsMetadataName(t *testing.T) {
	for name, want := range map[string]bool{
		"LICENSE": true, "README.md": true, "MANIFEST.txt": true, "ATTRIBUTION": true, "changelog.md": true,
		"Notice.txt": true, "readme-first-release.txt": false, "licence-agreement-signed.html": false, "press.txt": false,
	} {
		if got := isMetadataName(name); got != want {
			t.Errorf("isMetadataName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestFeedInputs(t *testing.T) {
	src := corpus.Source{Path: "f.rss", URI: "file:///d/f.rss"}
	t.Run("items with a body, in order", func(t *testing.T) {
		var skipped []string
		ins := feedInputs("f.rss", src, []byte(rssTwoItems), func(p, r string) { skipped = append(skipped, p+": "+r) })
		if len(ins) != 2 {
			t.Fatalf("got %d inputs, want 2", len(ins))
		}
		a, b := ins[0], ins[1]
		if a.Source.URI != "https://ministry.example.gov/news/visit" || a.Source.Path != "f.rss" || a.Error != "" {
			t.Errorf("first item source %+v, error %q", a.Source, a.Error)
		}
		if b.Source.URI != "file:///d/f.rss#item-3" {
			t.Errorf("a repeated link gets the item's own id: %q", b.Source.URI)
		}
		if a.Hints.Title != "Minister visits Canberra" || a.Hints.Props["article:published_time"] != "2021-07-26T14:05:00Z" {
			t.Errorf("hints %+v", a.Hints)
		}
		if !strings.Contains(string(a.Body), "<h1>Minister visits Canberra</h1>") || !strings.Contains(string(a.Body), "counterpart in Canberra") {
			t.Errorf("body %s", a.Body)
		}
		if a.Source.SHA256 != sha256Hex(a.Body) || a.Source.Size != int64(len(a.Body)) {
			t.Errorf("source hash and size are not the item document's")
		}
		if len(skipped) != 1 || !strings.Contains(skipped[0], "item 2") || !strings.Contains(skipped[0], "https://ministry.example.gov/news/teaser") {
			t.Errorf("skipped %q", skipped)
		}
	})
	t.Run("atom and json feed", func(t *testing.T) {
		for _, body := range []string{atomOneEntry, jsonFeed} {
			ins := feedInputs("f", src, []byte(body), func(string, string) {})
			if len(ins) != 1 || ins[0].Error != "" || !strings.HasPrefix(ins[0].Source.URI, "https://") {
				t.Errorf("got %+v", ins)
			}
		}
	})
	t.Run("long description stands for the body", func(t *testing.T) {
		long := strings.Repeat("The ministers agreed on a plan. ", 20)
		feed := `<rss version="2.0"><channel><item><title>T</title><link>https://x.example/1</link><description>` + long + `</description></item></channel></rss>`
		ins := feedInputs("f", src, []byte(feed), func(string, string) {})
		if len(ins) != 1 || ins[0].Error != "" {
			t.Fatalf("got %+v", ins)
		}
	})
	t.Run("errors", func(t *testing.T) {
		for body, want := range map[string]string{
			`<rss version="2.0"><channel><item><title>T</title><link>https://x.example/1</link></item></channel></rss>`: "none of its 1 items carries a body",
			`<rss version="2.0"><channel><item>`: "feed:",
		} {
			ins := feedInputs("f", src, []byte(body), func(string, string) {})
			if len(ins) != 1 || !strings.Contains(ins[0].Error, want) || ins[0].Source.SHA256 == "" {
				t.Errorf("got %+v, want one error input containing %q", ins, want)
			}
		}
	})
}

// TestFolderFeedsAndMetadata: a walk offers feed files (as their items)
// and skips repository metadata and non-feed data files; named
// explicitly, a metadata file is still read.
func TestFolderFeedsAndMetadata(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.rss":       rssTwoItems,
		"b.xml":       atomOneEntry,
		"c.json":      jsonFeed,
		"d.xml":       `<?xml version="1.0"?><urlset></urlset>`,
		"e.json":      `{"k": 1}`,
		"LICENSE":     "Permission is hereby granted, free of charge",
		"README.md":   "# About these files\n",
		"release.txt": "Minister announces a plan\n\nThe minister announced a plan today.",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	var skipped []string
	f, err := NewFolder(FolderConfig{Skipped: func(p, r string) { skipped = append(skipped, filepath.Base(p)) }}, dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for seq := 0; ; seq++ {
		in, err := f.Next(t.Context())
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if in.Seq != seq || in.Error != "" {
			t.Errorf("input %d: seq %d, error %q", seq, in.Seq, in.Error)
		}
		got = append(got, filepath.Base(in.Source.Path))
	}
	if want := "a.rss a.rss b.xml c.json release.txt"; strings.Join(got, " ") != want {
		t.Errorf("offered %q, want %q", strings.Join(got, " "), want)
	}
	if want := "LICENSE README.md a.rss (item 2) d.xml e.json"; strings.Join(skipped, " ") != want {
		t.Errorf("skipped %q, want %q", strings.Join(skipped, " "), want)
	}
	f, err = NewFolder(FolderConfig{}, filepath.Join(dir, "LICENSE"))
	if err != nil {
		t.Fatal(err)
	}
	if in, err := f.Next(t.Context()); err != nil || in.Error != "" || len(in.Body) == 0 {
		t.Errorf("a named metadata file is read: %+v, %v", in, err)
	}
}
