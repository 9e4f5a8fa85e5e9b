package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// headerShapeCases are the documents of the "repeated header shape" rule:
// releases one after another under one header shape, in several
// wordings and markups, and single releases it must leave whole.
var headerShapeCases = []splitCase{
	{name: "issuer, label, date and capitals headline over each release", path: "a.txt",
		text: "NORTHERN PROVINCE HEALTH DEPARTMENT\nFOR IMMEDIATE RELEASE\nMarch 3, 2026\n\nCLINIC HOURS EXTENDED IN THREE DISTRICTS\n\n" + prose("clinic hours") + "\n\n" + prose("staffing") +
			"\n\nNORTHERN PROVINCE HEALTH DEPARTMENT\nFOR IMMEDIATE RELEASE\nMarch 9, 2026\n\nMEASLES VACCINATION DRIVE REACHES ISLANDS\n\n" + prose("vaccination") + "\n\n" + prose("the islands"),
		want: []string{"NORTHERN PROVINCE HEALTH DEPARTMENT", "NORTHERN PROVINCE HEALTH DEPARTMENT"}},
	{name: "headline and date line, no separator", path: "b.txt",
		text: "Council Approves New Cycle Lanes\n12 May 2026\n\n" + prose("cycle lanes") + "\n\n" + prose("road safety") +
			"\n\nLibrary Hours Extended for Exam Season\n14 May 2026\n\n" + prose("library hours") + "\n\n" + prose("students") +
			"\n\nWater Main Renewal Starts in the Old Town\n19 May 2026\n\n" + prose("the water main") + "\n\n" + prose("traffic"),
		want: []string{"Council Approves New Cycle Lanes", "Library Hours Extended for Exam Season", "Water Main Renewal Starts in the Old Town"}},
	{name: "wire text: headline alone, closing date and end mark", path: "c.txt",
		text: "Harbour Board Appoints New Chair\n\n" + prose("the appointment") + "\n\nEnds/Monday, June 1, 2026\nIssued at 16:20\n\nNNNN\n\nTyphoon Shelters Open Early This Season\n\nThe shelters open a week early because of the storm forecast.\nAll berths are free of charge.\n\nEnds/Monday, June 1, 2026\nIssued at 17:05\n\nNNNN\n\nExchange Rate Index\n\nThe index for the dollar on Monday, June 1, 2026 is 101.4 (down 0.2 against the previous day).\n\nEnds/Monday, June 1, 2026\n\nNNNN",
		want: []string{"Harbour Board Appoints New Chair", "Typhoon Shelters Open Early This Season", "Exchange Rate Index"}},
	{name: "feed dump closed with -30-, one headline too short for a header", path: "d.txt",
		text: "Minister Opens Regional Cybersecurity Centre\nJune 1, 2026\n\n" + prose("the centre") + "\n\n-30-\n\nFerry Timetable\nJune 2, 2026\n\n" + prose("the ferries") + "\n\n-30-\n\nTariff Talks Conclude in Geneva With Accord\nJune 4, 2026\n\n" + prose("tariffs") + "\n\n-30-",
		want: []string{"Minister Opens Regional Cybersecurity Centre", "Ferry Timetable", "Tariff Talks Conclude in Geneva With Accord"}},
	{name: "mail digest: items boxed between rules under a mail header", path: "e.txt",
		text: "From: Press Office <news@example.org>\nSubject: Today's releases (2 items)\n\nReleases issued today\n\n========================================\nPort Fees Cut for Small Fishing Vessels\nTuesday, May 5, 2026, 10:30\n========================================\n\n" + prose("port fees") + "\n\n" + prose("the fleet") +
			"\n\nhttps://example.org/releases/1\n\n========================================\nNew Coast Guard Station Opens in the South\nTuesday, May 5, 2026, 11:45\n========================================\n\n" + prose("the station") + "\n\n" + prose("rescues") + "\n\n========================================\nTo unsubscribe, reply with UNSUBSCRIBE.",
		want: []string{"Port Fees Cut for Small Fishing Vessels", "New Coast Guard Station Opens in the South"}},
	{name: "Markdown posts pasted with their front matter", path: "f.md",
		text: "---\nlayout: post\ntitle: \"Port fees cut for small vessels\"\ndate: 2026-04-02 09:00:00 +1000\n---\n\n" + prose("port fees") + "\n\n" + prose("fishing") +
			"\n\n---\nlayout: post\ntitle: \"Drought relief extended to the west\"\ndate: 2026-04-07 14:30:00 +1000\n---\n\n" + prose("drought relief") + "\n\n" + prose("farmers"),
		want: []string{"Port fees cut for small vessels", "Drought relief extended to the west"}},
	{name: "Markdown page: masthead, then headline and italic issue line", path: "g.md",
		text: "# Department releases\n\nThe releases of the day, newest last.\n\n## Budget surplus forecast for next year\n\n*Issued 3 June 2026, 10:15*\n\n" + prose("the budget") + "\n\n### Outlook\n\n" + prose("the outlook") +
			"\n\n## Tax office extends filing deadline\n\n*Issued 3 June 2026, 15:40*\n\n" + prose("the deadline") + "\n\n" + prose("tax agents"),
		want: []string{"Budget surplus forecast for next year", "Tax office extends filing deadline"}},
	{name: "headline over a run-in dateline, two releases sharing one headline", path: "k.txt",
		text: "Statement by the Spokesperson on the Ceasefire\n\nGENEVA, 3 March 2026 - " + prose("the ceasefire") + "\n\n" + prose("aid convoys") +
			"\n\nStatement by the Spokesperson on the Ceasefire\n\nGENEVA, 5 March 2026 - " + prose("the violations") + "\n\n" + prose("monitors") +
			"\n\nSecretary-General Appoints Special Envoy for the Region\n\nNEW YORK, 9 March 2026 - " + prose("the envoy") + "\n\n" + prose("the mandate"),
		want: []string{"Statement by the Spokesperson on the Ceasefire", "Statement by the Spokesperson on the Ceasefire", "Secretary-General Appoints Special Envoy for the Region"}},
	{name: "short headlines over date lines", path: "l.txt",
		text: "Statement on Syria\n3 May 2026\n\n" + prose("Syria") + "\n\n" + prose("refugees") +
			"\n\nFlood Relief\n5 May 2026\n\n" + prose("the floods") + "\n\n" + prose("shelters") +
			"\n\nTrade Figures\n8 May 2026\n\n" + prose("exports") + "\n\n" + prose("imports"),
		want: []string{"Statement on Syria", "Flood Relief", "Trade Figures"}},
	{name: "media advisories of one sentence under a release label, contact lines between", path: "n.txt",
		text: "MEDIA ADVISORY\nPort Authority Board Meets to Approve Budget\nThursday, 7 May 2026, 10:00, Harbour House\nMedia are invited to cover the board meeting at which the annual budget and the dredging programme will be approved by members.\nContact: press office, 555 0100\n\nMEDIA ADVISORY\nHarbour Master Briefs Media on Dredging Works\nFriday, 8 May 2026, 09:30, Pilot Station\nThe harbour master will explain the dredging timetable and answer questions about the closure of the inner channel to small craft during the works.\nContact: press office, 555 0100\n\nMEDIA ADVISORY\nHarbour Master Briefs Media on Dredging Works\nMonday, 11 May 2026, 09:30, Pilot Station\nA second briefing follows for the regional press.\nContact: press office, 555 0100",
		want: []string{"MEDIA ADVISORY", "MEDIA ADVISORY", "MEDIA ADVISORY"}},
	{name: "daily briefings: three dated headers over a paragraph or two each", path: "o.txt",
		text: "Daily Press Briefing\nJune 2, 2026\n\nThe spokesperson opened the briefing with an update on evacuation flights from the coast this morning.\n\nDaily Press Briefing\nJune 3, 2026\n\nThe spokesperson said that the last evacuation flight had left and that the embassy would reopen next week.\n\nDaily Press Briefing\nJune 4, 2026\n\nThe spokesperson announced that the minister would travel to Geneva on Thursday to join the talks for two days.",
		want: []string{"Daily Press Briefing", "Daily Press Briefing", "Daily Press Briefing"}},
	{name: "a transcript whose page header repeats its headline and date stays whole", path: "p.txt",
		text: "Remarks by the Foreign Minister at the Joint Press Availability\nJune 10, 2026\n\n" + prose("trade") + "\n\n" + prose("security") +
			"\n\nRemarks by the Foreign Minister at the Joint Press Availability\nJune 10, 2026\n\n" + prose("the exercises") + "\n\n" + prose("the region")},
	{name: "one release pasted twice stays whole", path: "m.txt",
		text: "Council Approves New Cycle Lanes\n12 May 2026\n\n" + prose("cycle lanes") + "\n\n" + prose("road safety") +
			"\n\nCouncil Approves New Cycle Lanes\n12 May 2026\n\n" + prose("cycle lanes") + "\n\n" + prose("road safety")},
	{name: "a headline, a sub-headline and a running header repeating the headline stay whole", path: "h.txt",
		text: "Rail Link to the Airport Approved by Cabinet\nTrains every ten minutes from 2028\n14 May 2026\n\n" + prose("the rail link") + "\n\n" + prose("the budget") +
			"\n\nRail Link to the Airport Approved by Cabinet\n\n" + prose("the stations") + "\n\n" + prose("the timetable")},
	{name: "a programme of dated events with short notes stays whole", path: "i.txt",
		text: "Minister Announces Consultation on the Coastal Plan\n2 June 2026\n\n" + prose("the coastal plan") + "\n\n" + prose("erosion") +
			"\n\nPublic Hearing in the Northern Towns\n9 June 2026\n\nResidents may speak for five minutes each.\n\nPublic Hearing in the Southern Towns\n16 June 2026\n\nWritten comments are also welcome."},
	{name: "a release whose second header shows inside its text stays whole", path: "j.txt",
		text: prose("the fisheries accord") + "\n\n" + prose("quotas") + "\n\nFisheries Ministers Meet in Suva\n4 May 2026\n\n" + prose("the meeting") + "\n\n" + prose("the agenda") +
			"\n\nFisheries Ministers Meet Again in Apia\n9 May 2026\n\n" + prose("the second meeting") + "\n\n" + prose("the outcome")},
}

// TestExpandFrontMatters checks that files of several posts keep each
// post's title and date as header lines, in three wordings, and that a
// single front matter or thematic breaks are left alone.
func TestExpandFrontMatters(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"two Jekyll posts", "---\nlayout: post\ntitle: \"Port fees cut\"\ndate: 2026-04-02 09:00\n---\n\nBody one.\n\n---\nlayout: post\ntitle: \"Drought relief extended\"\ndate: 2026-04-07\n---\nBody two.",
			"Port fees cut\nPublished: 2026-04-02 09:00\n\nBody one.\n\nDrought relief extended\nPublished: 2026-04-07\nBody two."},
		{"Hugo posts with published and tags", "---\ntitle: 'Clinic opens'\npublished: 3 May 2026\ntags:\n  - health\n---\nText.\n\n---\ntitle: Ferry resumes\npublished: 4 May 2026\n---\nMore text.",
			"Clinic opens\nPublished: 3 May 2026\nText.\n\nFerry resumes\nPublished: 4 May 2026\nMore text."},
		{"three posts, one without a date", "---\ntitle: A\ndate: 2026-01-01\n---\nx\n\n---\ntitle: B\n---\ny\n\n---\ntitle: C\ndate: 2026-01-03\n---\nz",
			"A\nPublished: 2026-01-01\nx\n\nB\ny\n\nC\nPublished: 2026-01-03\nz"},
		{"one front matter is left to the page's metadata", "---\ntitle: Only post\ndate: 2026-05-05\n---\nText.", "---\ntitle: Only post\ndate: 2026-05-05\n---\nText."},
		{"thematic breaks around a key-value line are no front matter", "Intro.\n\n---\nNote: this is text\n---\n\nMore.\n\n---\nSee: also this\n---\nEnd.", "Intro.\n\n---\nNote: this is text\n---\n\nMore.\n\n---\nSee: also this\n---\nEnd."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(expandFrontMatters(strings.Split(tc.text, "\n")), "\n"); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestWireEndMarks checks the end marks of wire texts in three wordings
// each kind, and lines that are none.
func TestWireEndMarks(t *testing.T) {
	for _, l := range []string{"-30-", "- 30 -", "# # #", "NNNN", "nnnn", "Ends/Wednesday, January 21, 2026", "ENDS/Friday, May 1, 2026", "Ends / 3 May 2026"} {
		if !isWireEndMark(l) {
			t.Errorf("%q not read as an end mark", l)
		}
	}
	for _, l := range []string{"30 people attended", "NNNNN", "Ends of the earth", "Friendship"} {
		if isWireEndMark(l) {
			t.Errorf("%q read as an end mark", l)
		}
	}
}

// TestClosingDateOf checks that an end mark's date dates the release, in
// three wordings, and that a date elsewhere does not.
func TestClosingDateOf(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, text, want string }{
		{"weekday and US date", "Headline\n\nText.\n\nEnds/Wednesday, January 21, 2026\nIssued at HKT 17:30\n\nNNNN", "Wednesday, January 21, 2026"},
		{"day month year", "Headline\n\nText.\n\nENDS/3 May 2026", "3 May 2026"},
		{"spaces around the slash", "Headline\n\nText.\n\nEnds / Friday, 1 May 2026\n", "Friday, 1 May 2026"},
		{"a date in the text is not an end mark's", "Headline\n\nOn 3 May 2026 the office opened.\n\nENDS", ""},
		{"an end mark without a year", "Headline\n\nText.\n\nEnds/Wednesday", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := c.classify(strings.Split(tc.text, "\n"))
			if got := closingDateOf(lines, 0, len(lines)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestBoxedHeaderIsNoSetextHeading checks that a rule closing a header
// boxed between two rules does not underline its last line, in three
// wordings, while a plain underline still does.
func TestBoxedHeaderIsNoSetextHeading(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		heading    int // index of the line that becomes a heading, or -1
	}{
		{"headline and date boxed by equals rules", "==============================\nPort fees cut for small vessels\nTuesday, May 5, 2026\n==============================", -1},
		{"headline and time boxed by dash rules", "------------------------------\nNew coast guard station opens\nIssued 11:45\n------------------------------", -1},
		{"a date line under its own rule", "Budget surplus forecast\n\n3 June 2026\n===========", -1},
		{"a plain underline still makes a heading", "Export credit scheme extended\n=============================", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := c.classify(strings.Split(tc.text, "\n"))
			c.markSetextHeadings(lines, corpus.Doc{Format: corpus.FormatText})
			got := slices.IndexFunc(lines, func(l cline) bool { return l.level > 0 })
			if got != tc.heading {
				t.Errorf("heading at line %d, want %d", got, tc.heading)
			}
		})
	}
}

// TestPageFurniture checks that running headers and footers with a page
// counter are chrome, in three wordings, and that text mentioning a page
// is not.
func TestPageFurniture(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		line   string
		chrome bool
	}{
		{"County Attorney's Office | News Release          Page 1 of 2", true},
		{"Ministry of Health - Media Statement - page 3/4", true},
		{"Pg. 2 of 5", true},
		{"The full list of recipients is on page 2 of the report.", false},
		{"Page Turner Award Goes to Three Libraries", false},
	} {
		t.Run(tc.line, func(t *testing.T) {
			lines := c.classify([]string{tc.line})
			markPageFurniture(lines)
			if got := lines[0].kind == kindChrome; got != tc.chrome {
				t.Errorf("chrome %v, want %v", got, tc.chrome)
			}
		})
	}
}

// TestTextOnlyRules: a rule kept to plain-text files ("repeated header
// shape") splits a text file and never a web page or a PDF, which the
// other rules split by their markup and type.
func TestTextOnlyRules(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	starts := func(lines []cline, format corpus.Format) int {
		for _, r := range splitRules {
			if r.textOnly && format != corpus.FormatText {
				continue
			}
			if s := r.find(c, lines); len(s.starts) >= 2 {
				return len(s.starts)
			}
		}
		return 1
	}
	tested := 0
	for _, tc := range headerShapeCases {
		if tc.want == nil || !strings.HasSuffix(tc.path, ".txt") {
			continue
		}
		tested++
		t.Run(tc.name, func(t *testing.T) {
			lines := prepared(t, c, tc.path, tc.text, nil)
			segs, _ := c.segment(slices.Clone(lines), corpus.FormatText, "")
			if len(segs) != len(tc.want) {
				t.Errorf("text file: %d articles, want %d", len(segs), len(tc.want))
			}
			for _, f := range []corpus.Format{corpus.FormatHTML, corpus.FormatPDF} {
				segs, _ := c.segment(slices.Clone(lines), f, "")
				if want := starts(lines, f); len(segs) != want {
					t.Errorf("%s: %d articles, want %d (the text-only rule applied)", f, len(segs), want)
				}
			}
		})
	}
	if tested < 3 {
		t.Fatalf("%d text cases, want at least 3", tested)
	}
}
