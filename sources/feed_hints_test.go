package sources

import (
	"os"
	"testing"
)

// TestFeedItemHints checks that a feed item's title and pubDate travel with
// its link, so a page that states no release date gets the feed's.
func TestFeedItemHints(t *testing.T) {
	body, err := os.ReadFile("testdata/crawl/state-dept-rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	links, _, err := feedLinks(mustURL(t, "https://www.state.gov/rss-feed/press-releases/feed/"), body)
	if err != nil {
		t.Fatal(err)
	}
	if len(links) == 0 {
		t.Fatal("no links")
	}
	h := links[0].Hints
	if got, want := h.Title, "Secretary Blinken’s Call with Greek Foreign Minister Dendias"; got != want {
		t.Errorf("title: got %q, want %q", got, want)
	}
	if got, want := h.Props["article:published_time"], "2022-05-30T18:50:46Z"; got != want {
		t.Errorf("published: got %q, want %q", got, want)
	}
}
