package clean

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// TestTitleBelowProse checks that an article whose title line stands below
// its own paragraphs (the page named a heading inside the article as its
// headline) keeps those paragraphs, and that short lines above a headline
// (a site name, a section label) are still dropped.
func TestTitleBelowProse(t *testing.T) {
	cases := []struct {
		name, text, headline string
		keep, drop           []string
	}{
		{"a note heading after a review",
			body("the software review") + "\n\n" + body("the encryption tool") + "\n\nNote\n\nThe installer asks for the language in its first step.",
			"Note", []string{body("the software review"), body("the encryption tool")}, nil},
		{"a column heading after the column's opening paragraphs",
			"Column\n\nWhere does the anger come from? " + body("the stage show") + "\n\n" + body("the touring company") + "\n\nOn stage and beyond\n\n" + body("the festival"),
			"On stage and beyond", []string{"Where does the anger come from?", body("the touring company")}, nil},
		{"a closing section heading as the page's headline",
			body("the club's history") + " Members met every Sunday.\n\n" + body("the training ground") + "\n\nOur club today\n\nThe club now trains on the new field.",
			"Our club today", []string{body("the club's history"), body("the training ground")}, nil},
		{"short site lines above the headline are dropped",
			"Ferry news and timetables\n\nNews\n\nMinister opens new ferry terminal\n\n" + body("the ferry terminal"),
			"Minister opens new ferry terminal", []string{body("the ferry terminal")}, []string{"Ferry news and timetables"}},
		{"one teaser paragraph above the headline is dropped",
			"Read also: " + body("last year's ferry timetable") + "\n\nMinister opens new ferry terminal\n\n" + body("the ferry terminal") + "\n\n" + body("the new routes"),
			"Minister opens new ferry terminal", []string{body("the ferry terminal")}, []string{"last year's ferry timetable"}},
	}
	c := mustCleaner(t, Config{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts := cleanArticles(t, c, corpus.Doc{Format: corpus.FormatHTML, Text: tc.text, Meta: corpus.Meta{Headline: tc.headline}})
			if len(arts) != 1 {
				t.Fatalf("got %d articles, want 1", len(arts))
			}
			checkKeptDropped(t, arts[0].Text, tc.keep, tc.drop)
		})
	}
}

// checkKeptDropped reports each of kept that text lacks and each of
// dropped that it holds.
func checkKeptDropped(t *testing.T, text string, kept, dropped []string) {
	t.Helper()
	for _, k := range kept {
		if !strings.Contains(text, k) {
			t.Errorf("text lost %q: %q", k, text)
		}
	}
	for _, d := range dropped {
		if strings.Contains(text, d) {
			t.Errorf("text keeps %q: %q", d, text)
		}
	}
}
