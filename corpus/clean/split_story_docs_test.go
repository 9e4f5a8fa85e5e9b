package clean_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/corpus/internal/decodetest"
)

// storiesDir holds WRITTEN documents of several stories in one file (e-mail
// bulletins, pages and text files of several releases, PDF newsletters)
// and single articles of the same look, with the records each must give
// (expect.json; testdata/stories/make_stories.py writes them).
const storiesDir = "testdata/stories"

// TestStoryDocuments decodes and cleans each document of storiesDir and
// checks its articles' titles, in order (a number in expect.json checks
// only how many articles there are).
func TestStoryDocuments(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(storiesDir, "expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	var expect map[string]json.RawMessage
	if err := json.Unmarshal(raw, &expect); err != nil {
		t.Fatal(err)
	}
	d := decodetest.NewDecoder(t, decode.Config{})
	c, err := clean.New(clean.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range expect {
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join(storiesDir, "docs", name))
			if err != nil {
				t.Fatal(err)
			}
			got := articleTitles(t, d, c, name, body)
			var titles []string
			if err := json.Unmarshal(want, &titles); err != nil {
				var n int
				if err := json.Unmarshal(want, &n); err != nil {
					t.Fatalf("expect.json: %s is neither titles nor a count", want)
				}
				if len(got) != n {
					t.Errorf("%d articles %q, want %d", len(got), got, n)
				}
				return
			}
			if len(got) != len(titles) {
				t.Fatalf("articles %q, want %q", got, titles)
			}
			for i := range titles {
				if !strings.EqualFold(strings.TrimSpace(got[i]), titles[i]) {
					t.Errorf("article %d: got %q, want %q", i, got[i], titles[i])
				}
			}
		})
	}
}

// articleTitles decodes body as the file name and cleans it, returning its
// articles' titles in order.
func articleTitles(t *testing.T, d *decode.Decoder, c *clean.Cleaner, name string, body []byte) []string {
	t.Helper()
	doc, err := decodetest.DecodeBytes(t, d, name, body)
	if err != nil {
		t.Fatal(err)
	}
	arts, err := c.Clean(t.Context(), doc)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range arts {
		titles = append(titles, a.Title)
	}
	return titles
}
