package sources

import (
	"os"

	"github.com/mmcdole/gofeed"
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

// TestFeedItemDate: a date the feed parser reads travels as RFC 3339; one
// it cannot read (content systems' own pubDate forms) travels in the
// feed's words for the release-date finder to parse; the update date
// stands in for a missing publication date.
func TestFeedItemDate(t *testing.T) {
	item := func(pubDate, updated string) string {
		return `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>F</title><item><title>T</title><link>https://x.example/1</link>` +
			pubDate + updated + `<description>d</description></item></channel></rss>`
	}
	for _, tc := range []struct{ name, feed, want string }{
		{"RFC 822", item("<pubDate>Tue, 04 Apr 2023 15:45:00 GMT</pubDate>", ""), "2023-04-04T15:45:00Z"},
		{"weekday, month day, year - time", item("<pubDate>Monday, April 3, 2023 - 3:45pm</pubDate>", ""), "Monday, April 3, 2023 - 3:45pm"},
		{"day month year words, read by the parser", item("<pubDate> 3 April 2023 </pubDate>", ""), "2023-04-03T00:00:00Z"},
		{"weekday, numeric date - time", item("<pubDate>Mon, 04/03/2023 - 15:45</pubDate>", ""), "Mon, 04/03/2023 - 15:45"},
		{"another language", item("<pubDate>lundi 3 avril 2023</pubDate>", ""), "lundi 3 avril 2023"},
		{"update date only", item("", "<atom:updated>2023-04-05T09:00:00Z</atom:updated>"), "2023-04-05T09:00:00Z"},
		{"none", item("", ""), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			feed, err := gofeed.NewParser().ParseString(tc.feed)
			if err != nil || len(feed.Items) != 1 {
				t.Fatalf("parse: %v", err)
			}
			if got := feedItemDate(feed.Items[0]); got != tc.want {
				t.Errorf("feedItemDate = %q, want %q", got, tc.want)
			}
		})
	}
}
