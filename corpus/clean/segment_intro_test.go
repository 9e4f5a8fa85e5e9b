package clean

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// TestIntroBeforeSplit checks that running text above an HTML page's
// first split article (an article's lead that a split into its sections
// left above them) is an article of its own instead of the page's
// masthead, and that a short heading or a text file's opening lines are
// not.
func TestIntroBeforeSplit(t *testing.T) {
	heads := []string{"Port tender opens for new cranes", "Drone rules near airports take effect", "Clinics get screening funds"}
	release := func(i int) string {
		subjects := []string{"the cranes", "drones", "screening"}
		return heads[i] + "\n\n" + []string{"4 March 2024", "1 March 2024", "27 February 2024"}[i] + "\n\n" + strings.Repeat(prose(subjects[i])+" ", 6)
	}
	records := "\t" + strings.Join(heads, "\n\t") + "\n"
	cases := []struct {
		name   string
		format corpus.Format
		intro  string
		want   int    // articles
		lead   string // text the first article holds ("" when no intro article)
	}{
		{"a lead of two paragraphs", corpus.FormatHTML,
			"The ministry set out its spring programme on Monday. " + prose("the harbour works") + "\n\n" + prose("the budget lines"), 4, "spring programme"},
		{"a note of the editors", corpus.FormatHTML,
			"A word from the editors: this page gathers the releases of the week, with the full text of each and the contacts of the offices that issued them, so that readers find everything in one place.\n\nQuestions about any of them go to the press office, which answers by telephone and by mail on working days until six.", 4, "A word from the editors"},
		{"a summary paragraph", corpus.FormatHTML,
			"In short: " + prose("the three decisions") + " " + prose("their funding"), 4, "In short:"},
		{"a short heading stays out", corpus.FormatHTML, "Latest releases", 3, ""},
		{"a text file's opening stays its masthead", corpus.FormatText,
			"The ministry set out its spring programme on Monday. " + prose("the harbour works") + "\n\n" + prose("the budget lines"), 3, ""},
	}
	c := mustCleaner(t, Config{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.intro + "\n\n" + release(0) + "\n\n" + release(1) + "\n\n" + release(2)
			doc := corpus.Doc{Format: tc.format, Text: text, Source: corpus.Source{Path: "p.html"},
				Meta: corpus.Meta{Props: map[string]string{corpus.PropRecords: records, corpus.PropRecordsDated: "true"}}}
			arts := cleanArticles(t, c, doc)
			if len(arts) != tc.want {
				var titles []string
				for _, a := range arts {
					titles = append(titles, a.Title)
				}
				t.Fatalf("got %d articles %q, want %d", len(arts), titles, tc.want)
			}
			if tc.lead != "" && !strings.Contains(arts[0].Text, tc.lead) {
				t.Errorf("first article lacks the intro %q:\n%s", tc.lead, arts[0].Text)
			}
		})
	}
}
