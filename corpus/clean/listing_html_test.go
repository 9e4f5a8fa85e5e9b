package clean

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// recordCase is an HTML page's text, the records the decoder found in it
// (corpus.PropRecords), whether they are dated, and the first lines of
// the articles recordSplit starts (nil: no split).
type recordCase struct {
	name    string
	text    []string // paragraphs
	records string
	dated   bool
	want    []string
	boxed   bool // each record a table row or cell (corpus.PropRecordsBoxed)
}

var recordCases = []recordCase{
	{"headline, date line, summary", []string{"Latest news", "Port tender opens for new cranes", "4 March 2024 | Media release", prose("the cranes"),
		"Drone rules near airports take effect", "1 March 2024 | Media release", prose("drones"), "Clinics get screening funds", "27 February 2024 | Statement", prose("screening")},
		"\tPort tender opens for new cranes\n\tDrone rules near airports take effect\n\tClinics get screening funds\n", true,
		[]string{"Port tender opens for new cranes", "Drone rules near airports take effect", "Clinics get screening funds"}, false},
	{"date printed above each headline", []string{"Press releases", "12.03.2024", "Minister opens the northern rail link", prose("rail"), "08.03.2024", "Grants for rural science clubs announced", prose("clubs"),
		"05.03.2024", "Customs portal goes live for exporters", prose("customs")},
		"12.03.2024\tMinister opens the northern rail link\n08.03.2024\tGrants for rural science clubs announced\n05.03.2024\tCustoms portal goes live for exporters\n", true,
		[]string{"12.03.2024", "08.03.2024", "05.03.2024"}, false},
	{"table rows with the headline as a cell", []string{"Media releases", "Date\tTitle", "12/03/2024\tHarbour dredging contract awarded\tMedia note", "08/03/2024\tFisheries talks resume in the capital\tStatement",
		"05/03/2024\tNew visa office opens downtown\tStatement"},
		"12/03/2024\tHarbour dredging contract awarded\n08/03/2024\tFisheries talks resume in the capital\n05/03/2024\tNew visa office opens downtown\n", true,
		[]string{"12/03/2024\tHarbour dredging contract awarded\tMedia note", "08/03/2024\tFisheries talks resume in the capital\tStatement", "05/03/2024\tNew visa office opens downtown\tStatement"}, false},
	{"stories of a bulletin, undated", []string{"Harbour Weekly Bulletin", "Issue 14, 3 May 2024", "Cranes tender draws eleven bids", prose("the bids"), prose("the terminal"),
		"Pilots' association elects a new chair", prose("the election"), "Night dredging to end in June", prose("dredging")},
		"\tCranes tender draws eleven bids\n\tPilots' association elects a new chair\n\tNight dredging to end in June\n", false,
		[]string{"Cranes tender draws eleven bids", "Pilots' association elects a new chair", "Night dredging to end in June"}, false},
	{"undated records of a page that is no periodical", []string{"Ministry announces port investment", "Funding for the eastern terminal", prose("funding"), "Works on the breakwater", prose("the breakwater"),
		"Training for crane operators", prose("training")},
		"\tFunding for the eastern terminal\n\tWorks on the breakwater\n\tTraining for crane operators\n", false, nil, false},
	{"undated stories each in a table row, no periodical name", []string{"Update from the Ministry", "November 2023", "Water accord signed with upstream neighbour", prose("the accord"),
		"Single window opens for traders", prose("the portal"), "Rail extension approved", prose("the railway")},
		"\tWater accord signed with upstream neighbour\n\tSingle window opens for traders\n\tRail extension approved\n", false,
		[]string{"Water accord signed with upstream neighbour", "Single window opens for traders", "Rail extension approved"}, true},
	{"too few of the records found among the lines", []string{"News", "Port tender opens for new cranes", "4 March 2024", prose("the cranes"), "Drone rules near airports take effect", "1 March 2024", prose("drones")},
		"\tPort tender opens for new cranes\n\tDrone rules near airports take effect\n\tClinics get screening funds\n\tTeachers win science grants\n", true, nil, false},
}

// recordLines prepares tc's page as Clean does, with its records marked.
func recordLines(t *testing.T, c *Cleaner, tc recordCase) []cline {
	t.Helper()
	doc := corpus.Doc{Format: corpus.FormatHTML, Text: strings.Join(tc.text, "\n\n"), Source: corpus.Source{Path: "p.html"},
		Meta: corpus.Meta{Props: map[string]string{corpus.PropRecords: tc.records}}}
	if tc.dated {
		doc.Meta.Props[corpus.PropRecordsDated] = "true"
	}
	if tc.boxed {
		doc.Meta.Props[corpus.PropRecordsBoxed] = "true"
	}
	raw, _, _ := c.prepareLines(doc)
	lines := c.classify(raw)
	markRecords(lines, doc)
	return lines
}

// testRecordSplit runs the page-records rule (TestSplitRules) on
// recordCases.
func testRecordSplit(t *testing.T, c *Cleaner, r splitRule) {
	positive := 0
	for _, tc := range recordCases {
		if tc.want != nil {
			positive++
		}
		t.Run(r.name+"/"+tc.name, func(t *testing.T) {
			lines := recordLines(t, c, tc)
			var got []string
			for _, s := range r.find(c, lines).starts {
				got = append(got, strings.TrimSpace(lines[nextContent(lines, s)].text))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("starts %q, want %q", got, tc.want)
			}
		})
	}
	if positive < 3 {
		t.Errorf("%s: %d positive cases, want at least 3", r.name, positive)
	}
}

// TestRecordLineHolds checks how a record's headline is found on a line.
func TestRecordLineHolds(t *testing.T) {
	for _, tc := range []struct {
		name, line, pre, head string
		want                  bool
	}{
		{"the line is the headline", "Harbour Dredging Contract Awarded", "", "Harbour dredging contract awarded", true},
		{"a bulleted line", "- Fisheries talks resume in the capital", "", "Fisheries talks resume in the capital", true},
		{"a paragraph led by the headline", "New visa office opens downtown The office will serve applicants from May.", "", "New visa office opens downtown", true},
		{"a table cell", "12/03/2024\tNew visa office opens downtown\tStatement", "", "New visa office opens downtown", true},
		{"a longer headline starting alike", "New visa office opens downtown and uptown", "", "New visa office opens downtown and", true},
		{"a word continued", "New visa offices open downtown", "", "New visa office", false},
		{"the headline inside a sentence", "The minister said new visa office opens downtown", "", "New visa office opens downtown", false},
		{"part of a cell", "12/03/2024\tNew visa office opens downtown today\tStatement", "", "New visa office opens downtown", false},
		{"its date line and the headline on one line", "12 March 2024 New visa office opens downtown", "12 March 2024", "New visa office opens downtown", true},
		{"a label and a date before the headline", "Statement | 12 March 2024 New visa office opens downtown", "Statement | 12 March 2024", "New visa office opens downtown", true},
		{"another date before the headline", "11 March 2024 New visa office opens downtown", "12 March 2024", "New visa office opens downtown", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := recordLineHolds(tc.line, tc.pre, tc.head); got != tc.want {
				t.Errorf("recordLineHolds(%q, %q, %q) = %v, want %v", tc.line, tc.pre, tc.head, got, tc.want)
			}
		})
	}
}

// TestRecordArticles checks the articles of pages split at their
// records: titled by the headlines, a row's date as its masthead, a
// month heading between groups and a pager after the records left out.
func TestRecordArticles(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		text    []string
		records string
		titles  []string
		absent  string // a line no article may hold
	}{
		{"rows of date and title", []string{"Media releases", "12/03/2024\tHarbour dredging contract awarded\tMedia note", "08/03/2024\tFisheries talks resume in the capital\tStatement",
			"05/03/2024\tNew visa office opens downtown\tStatement"},
			"12/03/2024\tHarbour dredging contract awarded\n08/03/2024\tFisheries talks resume in the capital\n05/03/2024\tNew visa office opens downtown\n",
			[]string{"Harbour dredging contract awarded", "Fisheries talks resume in the capital", "New visa office opens downtown"}, "Media releases"},
		{"month heading between two groups", []string{"Archive", "12 March 2024 Minister opens the northern rail link", "8 March 2024 Grants for rural science clubs announced",
			"February 2024", "27 February 2024 Customs portal goes live for exporters", "Older entries are in the full archive"},
			"12 March 2024\tMinister opens the northern rail link\n8 March 2024\tGrants for rural science clubs announced\nFebruary 2024\t\n27 February 2024\tCustoms portal goes live for exporters\nOlder entries are in the full archive\t\n",
			nil, "February 2024"},
		{"headlines with summaries and a pager line", []string{"Latest news", "Port tender opens for new cranes", "4 March 2024", prose("the cranes"),
			"Drone rules near airports take effect", "1 March 2024", prose("drones"), "Clinics get screening funds", "27 February 2024", prose("screening"), "Showing 1 to 3 of 214 results"},
			"\tPort tender opens for new cranes\n\tDrone rules near airports take effect\n\tClinics get screening funds\nShowing 1 to 3 of 214 results\t\n",
			[]string{"Port tender opens for new cranes", "Drone rules near airports take effect", "Clinics get screening funds"}, "Showing 1 to 3 of 214 results"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := corpus.Doc{Format: corpus.FormatHTML, Text: strings.Join(tc.text, "\n\n"), Source: corpus.Source{Path: "p.html"},
				Meta: corpus.Meta{Props: map[string]string{corpus.PropRecords: tc.records, corpus.PropRecordsDated: "true"}}}
			arts, err := c.Clean(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != 3 {
				t.Fatalf("%d articles, want 3", len(arts))
			}
			for i, a := range arts {
				if tc.titles != nil && a.Title != tc.titles[i] {
					t.Errorf("article %d title %q, want %q", i, a.Title, tc.titles[i])
				}
				if slices.Contains(strings.Split(a.Text+"\n"+a.Masthead, "\n"), tc.absent) {
					t.Errorf("article %d holds %q:\n%s\n--\n%s", i, tc.absent, a.Masthead, a.Text)
				}
			}
		})
	}
}

// TestRecordTitleOnlyWhenSplit: a page whose records did not split it (an
// article above a short list of undated related links, records the
// cleaner rejects) keeps the title any article gets, never a record's
// headline.
func TestRecordTitleOnlyWhenSplit(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		text    []string
		records string
		want    string
	}{
		{"related links under an article", []string{"Ministry opens regional trade office", prose("the office"), prose("exporters"),
			"Port tender opens for new cranes", "Drone rules near airports take effect", "Clinics get screening funds"},
			"\tPort tender opens for new cranes\n\tDrone rules near airports take effect\n\tClinics get screening funds\n", "Ministry opens regional trade office"},
		{"a record line right under the headline", []string{"Council approves coastal plan", "Funding for the eastern terminal", prose("funding"), "Works on the breakwater", prose("the breakwater"),
			"Training for crane operators", prose("training")},
			"\tFunding for the eastern terminal\n\tWorks on the breakwater\n\tTraining for crane operators\n", "Council approves coastal plan"},
		{"two records only", []string{"Agency reports on flood recovery", "Roads reopened in the valley", "3 May 2024", prose("the roads"), "Schools return to normal hours", "4 May 2024", prose("schools")},
			"\tRoads reopened in the valley\n\tSchools return to normal hours\n", "Agency reports on flood recovery"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := corpus.Doc{Format: corpus.FormatHTML, Text: strings.Join(tc.text, "\n\n"), Source: corpus.Source{Path: "p.html"},
				Meta: corpus.Meta{Props: map[string]string{corpus.PropRecords: tc.records}}}
			arts, err := c.Clean(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != 1 || arts[0].Title != tc.want {
				var got []string
				for _, a := range arts {
					got = append(got, a.Title)
				}
				t.Errorf("titles %q, want one article titled %q", got, tc.want)
			}
		})
	}
}
