package clean

import (
	"testing"

	"github.com/communique/communique/corpus"
)

// TestStoryBylineAndMarker: in a text bulletin of story blocks, a byline
// line under a story's title belongs to the story, whose title is the
// line above it; the same short marker line above every story ("Release",
// "MEDIA", "Item") sets the stories apart even when the first title is
// much longer than the others (which alone reads as a headline over an
// article's short sub-headings).
func TestStoryBylineAndMarker(t *testing.T) {
	const head = "MINISTRY OF PORTS AND SHIPPING\nPublic communications office, Harbour Road\nStatements issued by the Ministry during the week\n\n"
	story := func(marker, title, byline, body string) string {
		s := marker + "\n\n" + title + "\n\n"
		if byline != "" {
			s += byline + "\n\n"
		}
		return s + body + "\n\n"
	}
	b1 := "The Ministry announced a new ferry route between the two main islands on Tuesday, with sailings twice a day from the first of next month. The route will cut the journey from six hours to under three."
	b2 := "The Ministry will keep harbour dues at their present level for another year, after talks with shipping lines and the port users' council. The decision was welcomed by exporters of fresh produce."
	b3 := "New pilotage rules take effect for vessels over 150 metres, which must now take two pilots when entering the inner harbour at night. The rules follow a review of last year's groundings."
	tests := []struct {
		name, text string
		want       []string
	}{
		{"release marker and a byline", head + story("Release", "New ferry route links the two islands", "By Staff Writer", b1) + story("Release", "Harbour dues", "", b2) + story("Release", "Pilotage rules", "", b3),
			[]string{"New ferry route links the two islands", "Harbour dues", "Pilotage rules"}},
		{"capitals marker, byline with a role", head + story("MEDIA", "Minister opens the new ferry route between the islands", "Written by Ana Ferreira, Communications Officer", b1) + story("MEDIA", "Dues frozen", "", b2) + story("MEDIA", "Night pilotage", "", b3),
			[]string{"Minister opens the new ferry route between the islands", "Dues frozen", "Night pilotage"}},
		{"item marker, bylines on two stories", head + story("Item", "Two islands linked by a daily ferry from next month", "Posted by the Press Office", b1) + story("Item", "Harbour dues", "By Tom Reyes", b2) + story("Item", "Pilotage rules", "", b3),
			[]string{"Two islands linked by a daily ferry from next month", "Harbour dues", "Pilotage rules"}},
	}
	c := mustCleaner(t, Config{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanTitles(t, c, corpus.Doc{Format: corpus.FormatText, Text: tc.text})
			if len(got) != len(tc.want) {
				t.Fatalf("titles %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("title %d %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestIsBylineLine: byline lines and lines that only start like one.
func TestIsBylineLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"By Staff Writer", true},
		{"Written by Ana Ferreira, Communications Officer", true},
		{"BY TOM REYES", true},
		{"By the end of the year the route will carry 40,000 passengers.", false},
		{"by-election results", false},
		{"By air and by sea: the new links", false},
		{"Posted by the Press Office", true},
	} {
		if got := isBylineLine(tc.line); got != tc.want {
			t.Errorf("isBylineLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
