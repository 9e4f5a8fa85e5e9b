package clean

import (
	"context"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// repeatedHeaderCases are the documents of the "repeated release headers"
// rule: short releases pasted one after another under one header form,
// and files it must leave to other rules.
var repeatedHeaderCases = []splitCase{
	{name: "headline over a run-in dateline", path: "a.txt",
		text: "Minister announces new ferry route\nPort Lucas, 3 April 2024 - A new ferry route to the outer islands will start in June, the Minister said today.\n\nSchool zones to get flashing signs\nPort Lucas, 5 April 2024 - Flashing speed signs will be installed at forty school zones this year.\n\nBridge repairs finished ahead of schedule\nPort Lucas, 9 April 2024 - Repairs to the bridge were finished two weeks early.",
		want: []string{"Minister announces new ferry route", "School zones to get flashing signs", "Bridge repairs finished ahead of schedule"}},
	{name: "dateline above each headline", path: "b.txt",
		text: "12 February 2025\nCouncil adopts plan for cleaner rivers\nThe plan sets limits on runoff from farms and roads.\n\n14 February 2025\nNew library opens in the eastern suburbs\nThe library has a children's wing and a makerspace.\n\n19 February 2025\nWater restrictions eased after rain\nGardens may be watered on any day from Monday.",
		want: []string{"12 February 2025", "14 February 2025", "19 February 2025"}},
	{name: "release label over each headline, four releases", path: "c.txt",
		text: "MEDIA RELEASE\nHospital opens new cancer ward\nThe ward adds thirty beds for patients having chemotherapy.\n\nMEDIA RELEASE\nAmbulance response times improve\nResponse times fell by two minutes over the year.\n\nMEDIA RELEASE\nNurses graduate from rural training scheme\nForty nurses will start work in country hospitals.\n\nMEDIA RELEASE\nFlu vaccine available at pharmacies\nAdults can now get the vaccine at any pharmacy.",
		want: []string{"MEDIA RELEASE", "MEDIA RELEASE", "MEDIA RELEASE", "MEDIA RELEASE"}},
	{name: "menu entries whose icon links carry version numbers stay whole", path: "f.md",
		text: "Meeting registration for members\n\n* Host ![](https://example.org/static/6.3.11805/icon-arrow.svg)\n\nRegister once to join every meeting of the season.\n\nVirtual meetings for every team\n\n* Products ![](https://example.org/static/6.3.11805/icon-down.svg)\n\nConnect from anywhere with video and chat.\n\nPhone system for small offices\n\n* Solutions ![](https://example.org/static/6.3.11805/icon-down.svg)\n\nCall the world from one number at low cost."},
	{name: "one release pasted three times stays whole", path: "g.txt",
		text: "Secretary announces new trade partnership\n\nCAPITAL CITY, March 13, 2014 - The department today announced a partnership with the ministry.\n\nSecretary announces new trade partnership\n\nCAPITAL CITY, March 13, 2014 - The department today announced a partnership with the ministry.\n\nSecretary announces new trade partnership\n\nCAPITAL CITY, March 13, 2014 - The department today announced a partnership with the ministry."},
	{name: "two releases are left to the full-body rule", path: "d.txt",
		text: "Minister announces new ferry route\nPort Lucas, 3 April 2024 - A new ferry route to the outer islands will start in June.\n\nSchool zones to get flashing signs\nPort Lucas, 5 April 2024 - Flashing speed signs will be installed at forty school zones."},
	{name: "a release whose programme repeats the form after its own text stays whole", path: "e.txt",
		text: "The Minister will lead a trade mission to three capitals next week, taking forty companies in food, education and clean energy services.\n\nBusiness forum on clean energy\nKarsk, 6 May 2026 - Companies will present wind and solar projects to investors.\n\nSigning of the education agreement\nTolva, 7 May 2026 - The agreement will recognise degrees.\n\nVisit to the port authority\nMerrin, 8 May 2026 - The delegation will tour the container terminal."},
}

// TestSetextHeadings checks underlined plain-text headings in three
// wordings, and rules that stay separators.
func TestSetextHeadings(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		level      int // the first line's level; 0: the rule stays a separator
	}{
		{"equals rule", "Export credit scheme extended\n=============================", 1},
		{"dash rule", "Field days return to the north\n------------------------------", 2},
		{"rule a little shorter than the heading", "New trade office opens in Nairobi\n=====================", 1},
		{"a rule much shorter than the line separates", "New trade office opens in Nairobi\n======", 0},
		{"a rule under a paragraph's last sentence separates", "The scheme will run for two more years.\n-----", 0},
		{"a rule after a blank line separates", "Export credit scheme extended\n\n=====", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := c.classify(strings.Split(tc.text, "\n"))
			c.markSetextHeadings(lines, corpus.Doc{Format: corpus.FormatText})
			if lines[0].level != tc.level {
				t.Errorf("level %d, want %d", lines[0].level, tc.level)
			}
			if last := lines[len(lines)-1]; (last.kind == kindSeparator) != (tc.level == 0) {
				t.Errorf("rule kind %d", last.kind)
			}
		})
	}
}

// TestDatedNewsName checks periodical names that need an issue date
// beside them, in three wordings each way, and lines that are no name.
func TestDatedNewsName(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		prev, line string
		want       bool
	}{
		{"", "News in Brief - 3 March 2025", true},
		{"", "Harbour Board Monthly Update, June 2024", true},
		{"", "Weekly Round-up 14 February 2025", true},
		{"FARM UPDATE", "May 2024", true},
		{"HEALTH DEPARTMENT WEEKLY NEWS", "Week of 6 May 2024", true},
		{"Parks and Wildlife News", "15 April 2024", true},
		{"News release", "May 3, 2024", false},
		{"", "Updated 3 May 2024", false},
		{"", "The minister gave an update on the floods on 3 May 2024.", false},
		{"FARM UPDATE", "Drought relief payments extended", false},
	} {
		if got := c.datedNewsName(tc.prev, tc.line); got != tc.want {
			t.Errorf("datedNewsName(%q, %q) = %v, want %v", tc.prev, tc.line, got, tc.want)
		}
	}
}

// separatedStoryCases are the documents of the "separated stories" rule.
var separatedStoryCases = []splitCase{
	{name: "newsletter stories between dashed rules", path: "a.txt",
		text: "PARKS AND WILDLIFE NEWS\n15 April 2024\n\n----------------------------------------\n\nSpring burning programme completed\n\nRangers completed planned burns across bushland before the end of the season, reducing fuel loads near towns.\n\n----------------------------------------\n\nCampground bookings open for winter\n\nBookings for winter stays at thirty-five campgrounds open on Monday; some sites close in heavy rain.\n\n----------------------------------------\n\nVolunteers count migratory shorebirds\n\nMore than a hundred volunteers took part in the annual count at the estuary, the highest turnout yet.",
		want: []string{"Spring burning programme completed", "Campground bookings open for winter", "Volunteers count migratory shorebirds"}},
	{name: "bulletin items between starred rules", path: "b.txt",
		text: "Export Bulletin - March 2025\n\nNew market access deal for dairy\n\nDairy exporters will pay lower duties from July under a deal concluded with three importing countries last week.\n\n* * *\n\nCustoms portal upgrade this weekend\n\nThe customs portal will be offline on Saturday night while new security checks are installed for all users.\n\n* * *\n\nTrade mission to the Gulf announced\n\nFirms in food, education and engineering can apply to join the trade mission to the Gulf in October.",
		want: []string{"Export Bulletin - March 2025", "Customs portal upgrade this weekend", "Trade mission to the Gulf announced"}},
	{name: "statements closed by their place and date", path: "c.txt",
		text: "Joint statement on fisheries cooperation\n\nThe two governments agreed today to share data on fish stocks and to coordinate patrols against illegal fishing.\n\nIssued in Suva on 3 May 2024\n\nStatement on the anniversary of the regional forum\n\nOn this anniversary we recall the forum's role in building cooperation on climate, oceans and security in the region.\n\nDone at Apia, 5 May 2024\n\nStatement on World Oceans Day\n\nWe call on all nations to ratify the agreement on marine biodiversity and to protect a third of the ocean by 2030.\n\nSigned in Honiara on 8 June 2024",
		want: []string{"Joint statement on fisheries cooperation", "Statement on the anniversary of the regional forum", "Statement on World Oceans Day"}},
	{name: "a release whose sections a rule divides stays whole", path: "d.txt",
		text: "Ministry launches coastal resilience fund\n\nThe Ministry today launched a fund to help coastal towns protect roads, water supplies and homes from storm surges.\n\n-----\n\nHow councils can apply for funding\n\nCouncils may apply for grants of up to two million for projects that start within eighteen months of approval.\n\n-----\n\nExamples of projects supported so far\n\nPilot projects restored dunes, raised a seawall and moved a water treatment plant away from the shore."},
}

// TestClosingDateline checks closing datelines in three wordings and
// lines that close no statement.
func TestClosingDateline(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	checkLineRule(t, "closing dateline", []string{"Issued in Vientiane on 11 October 2024", "Done at Geneva, 12 June 2023", "Signed in Canberra on 3 May 2024."}, func(l string) bool { return c.isClosingDateline(l) })
	for _, l := range []string{"Issued in 2024, the report found rising demand for water in all regions of the country and beyond.", "Made in Portville", "Done."} {
		if c.isClosingDateline(l) {
			t.Errorf("%q taken as a closing dateline", l)
		}
	}
}

// TestCleanHTMLTypeHeadings checks that a periodical page whose headlines
// are set in bold (corpus.PropTypeHeadings) splits at them, in three
// wordings, and that a release with bold section names stays whole.
func TestCleanHTMLTypeHeadings(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		paras []string
		bold  []string
		want  int
	}{
		{"news in brief", []string{"News in Brief", "Week ending 10 May 2024", "Vaccination clinics extend opening hours", prose("clinic hours"), "New maternity wing approved", prose("the maternity wing"), "Water safety advice for summer", prose("water safety")},
			[]string{"Vaccination clinics extend opening hours", "New maternity wing approved", "Water safety advice for summer"}, 3},
		{"trade bulletin", []string{"Trade Bulletin", "No. 41 | 2 May 2024", "Export credit scheme extended", prose("export credit"), "Trade office opens in Nairobi", prose("the trade office")},
			[]string{"Export credit scheme extended", "Trade office opens in Nairobi"}, 2},
		{"digest with its name in bold too", []string{"Energy Digest", "Grid operator tenders storage", prose("storage"), "Wind auction results published", prose("wind auctions")},
			[]string{"Energy Digest", "Grid operator tenders storage", "Wind auction results published"}, 2},
		{"numbered sub-heading inside a story", []string{"News in Brief", "Week ending 10 May 2024", "Vaccination clinics extend opening hours", prose("clinic hours"), "1. Context", prose("the context"), "New maternity wing approved", prose("the maternity wing"), "Water safety advice for summer", prose("water safety")},
			[]string{"Vaccination clinics extend opening hours", "1. Context", "New maternity wing approved", "Water safety advice for summer"}, 3},
		{"label closed by a colon and a section name", []string{"Trade Bulletin", "No. 41 | 2 May 2024", "Export credit scheme extended", prose("export credit"), "Key dates:", prose("the key dates"), "Trade office opens in Nairobi", prose("the trade office"), "Next steps", prose("the next steps")},
			[]string{"Export credit scheme extended", "Key dates:", "Trade office opens in Nairobi", "Next steps"}, 2},
		{"bracketed and question labels", []string{"Energy Digest", "Grid operator tenders storage", prose("storage"), "(Background)", prose("the background"), "Wind auction results published", prose("wind auctions"), "How to apply", prose("applying")},
			[]string{"Energy Digest", "Grid operator tenders storage", "(Background)", "Wind auction results published", "How to apply"}, 2},
		{"a digest whose headlines are all numbered", []string{"Energy Digest", "1. Grid operator tenders storage", prose("storage"), "2. Wind auction results published", prose("wind auctions"), "3. Solar rebates widened", prose("solar rebates")},
			[]string{"1. Grid operator tenders storage", "2. Wind auction results published", "3. Solar rebates widened"}, 3},
		{"a release with bold section names stays whole", []string{"Ministry announces port investment", prose("the port"), "Funding details", prose("funding"), "Timeline", prose("the timeline")},
			[]string{"Funding details", "Timeline"}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := corpus.Doc{Format: corpus.FormatHTML, Text: strings.Join(tc.paras, "\n\n"),
				Meta: corpus.Meta{Props: map[string]string{corpus.PropTypeHeadings: strings.Join(tc.bold, "\n")}}}
			wantArticles(t, c, doc, tc.want)
		})
	}
}

// TestCleanLinkedDigest checks that a page with no periodical's masthead
// splits at its type headlines when at least two of them are links
// (corpus.PropLinkedHeadings: an e-mail digest) or at least two of their
// stories close with a call to read on, in three wordings each, and
// stays whole otherwise.
func TestCleanLinkedDigest(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range []struct {
		name         string
		paras        []string
		bold, linked []string
		want         int
	}{
		{"office masthead and a date", []string{"Office of the Press Secretary", "8 April 2026", "Clinics extend opening hours", prose("clinic hours"), "New maternity wing approved", prose("the maternity wing"), "Water safety advice for summer", prose("water safety")},
			[]string{"Clinics extend opening hours", "New maternity wing approved", "Water safety advice for summer"},
			[]string{"Clinics extend opening hours", "New maternity wing approved", "Water safety advice for summer"}, 3},
		{"no masthead at all", []string{"Export credit scheme extended", prose("export credit"), "Trade office opens in Nairobi", prose("the trade office")},
			[]string{"Export credit scheme extended", "Trade office opens in Nairobi"},
			[]string{"Export credit scheme extended", "Trade office opens in Nairobi"}, 2},
		{"one headline unlinked", []string{"Ministry of Energy", "Grid operator tenders storage", prose("storage"), "Wind auction results published", prose("wind auctions"), "Solar rebates widened", prose("solar rebates")},
			[]string{"Grid operator tenders storage", "Wind auction results published", "Solar rebates widened"},
			[]string{"Grid operator tenders storage", "Solar rebates widened"}, 3},
		{"stories closed by read more", []string{"Office of the Press Secretary", "8 April 2026", "Clinics extend opening hours", prose("clinic hours"), "Read more »", "New maternity wing approved", prose("the maternity wing"), "Read more »"},
			[]string{"Clinics extend opening hours", "New maternity wing approved"}, nil, 2},
		{"stories closed by full story and continue reading", []string{"Ministry of Energy", "Grid operator tenders storage", prose("storage"), "Full story", "Wind auction results published", prose("wind auctions"), "Continue reading...", "Solar rebates widened", prose("solar rebates")},
			[]string{"Grid operator tenders storage", "Wind auction results published", "Solar rebates widened"}, nil, 3},
		{"one story closed by a call to action", []string{"Ministry announces port investment", prose("the port"), "Funding for the new berths", prose("funding"), "Find out more", "Works to start in spring", prose("the timeline")},
			[]string{"Funding for the new berths", "Works to start in spring"}, nil, 1},
		{"unlinked section headings stay whole", []string{"Ministry announces port investment", prose("the port"), "Funding for the new berths", prose("funding"), "Works to start in spring", prose("the timeline")},
			[]string{"Funding for the new berths", "Works to start in spring"}, nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := corpus.Doc{Format: corpus.FormatHTML, Text: strings.Join(tc.paras, "\n\n"),
				Meta: corpus.Meta{Props: map[string]string{corpus.PropTypeHeadings: strings.Join(tc.bold, "\n"), corpus.PropLinkedHeadings: strings.Join(tc.linked, "\n")}}}
			wantArticles(t, c, doc, tc.want)
		})
	}
}

// wantArticles checks that c cleans doc into want articles.
func wantArticles(t *testing.T, c *Cleaner, doc corpus.Doc, want int) {
	t.Helper()
	arts, err := c.Clean(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != want {
		var titles []string
		for _, a := range arts {
			titles = append(titles, a.Title)
		}
		t.Errorf("%d articles %q, want %d", len(arts), titles, want)
	}
}

// TestPeriodicalTitle checks that a page title naming a periodical's issue
// makes the page a periodical when its text does not print the masthead,
// in three wordings, and titles that do not.
func TestPeriodicalTitle(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Harbour dredging contract awarded\n\n" + prose("dredging") + "\n\nVolunteers plant dune grass\n\n" + prose("the dunes")
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Coastal Affairs Newsletter - May 2024 | Ministry of Coastal Affairs", true},
		{"Trade Bulletin No. 41 | Department of Trade", true},
		{"News in Brief – 3 March 2025 | Health Agency", true},
		{"Harbour dredging contract awarded | Ministry of Coastal Affairs", false},
		{"Ministry of Coastal Affairs", false},
		{"Harbour dredging contract awarded - Coastal Affairs Newsletter", false},
	} {
		lines := c.classify(strings.Split(text, "\n"))
		doc := corpus.Doc{Format: corpus.FormatHTML, Text: text, Meta: corpus.Meta{Title: tc.title}}
		if got := c.periodical(c.periodicalTitle(lines, doc)); got != tc.want {
			t.Errorf("%q: periodical %v, want %v", tc.title, got, tc.want)
		}
	}
	printed := c.classify(strings.Split("Trade Bulletin No. 41\n\n"+text, "\n"))
	if got := c.periodicalTitle(printed, corpus.Doc{Format: corpus.FormatHTML, Meta: corpus.Meta{Title: "Trade Bulletin No. 41 | Department of Trade"}}); len(got) != len(printed) {
		t.Errorf("a masthead the text prints is added again")
	}
}

// numberedStoryCases are the documents of the "numbered stories" rule.
var numberedStoryCases = []splitCase{
	{name: "capitals headlines in a weekly news", path: "a.txt",
		text: "HEALTH DEPARTMENT WEEKLY NEWS\nWeek of 6 May 2024\n\n1. VACCINATION CLINICS EXTEND OPENING HOURS\n" + prose("clinic hours") + "\n\n2. NEW HOSPITAL WING APPROVED\n" + prose("the hospital wing") + "\n\n3. WATER SAFETY ADVICE FOR SUMMER\n" + prose("water safety"),
		want: []string{"1. VACCINATION CLINICS EXTEND OPENING HOURS", "2. NEW HOSPITAL WING APPROVED", "3. WATER SAFETY ADVICE FOR SUMMER"}},
	{name: "title-case headlines with parenthesis numbers in a bulletin", path: "b.txt",
		text: "Fisheries Bulletin\n\n1) Quota Review Completed for Coastal Fleet\n\n" + prose("quotas") + "\n\n2) New Patrol Vessel Enters Service\n\n" + prose("patrols") + "\n\n3) Training Course for Observers Announced\n\n" + prose("observers") + "\n\n4) Fish Market Prices Stable in April\n\n" + prose("prices"),
		want: []string{"1) Quota Review Completed for Coastal Fleet", "2) New Patrol Vessel Enters Service", "3) Training Course for Observers Announced", "4) Fish Market Prices Stable in April"}},
	{name: "a newsletter of three numbered stories", path: "c.txt",
		text: "Volume 4, Issue 2\n\n1. MINISTER OPENS NEW FERRY TERMINAL\n" + prose("the terminal") + "\n\n2. ROAD WORKS ON THE COAST ROAD\n" + prose("road works") + "\n\n3. BUS TIMETABLES CHANGE IN JUNE\n" + prose("buses"),
		want: []string{"1. MINISTER OPENS NEW FERRY TERMINAL", "2. ROAD WORKS ON THE COAST ROAD", "3. BUS TIMETABLES CHANGE IN JUNE"}},
	{name: "numbered sections of a release stay whole", path: "d.txt",
		text: "Ministers agree on regional energy plan\n\n1. Overview of the Meeting Outcomes\n" + prose("the outcomes") + "\n\n2. Working Sessions on Grid Links\n" + prose("grid links") + "\n\n3. Next Steps for the Secretariat\n" + prose("next steps")},
	{name: "sentence-case numbered points in a newsletter stay whole", path: "e.txt",
		text: "Farm Newsletter\n\n1. Check your water troughs daily\n" + prose("troughs") + "\n\n2. Move stock to shaded paddocks\n" + prose("shade") + "\n\n3. Report sick animals to your vet\n" + prose("animal health")},
}

// TestSharedMasthead checks that every article of a document of several
// carries corpus.PropSharedMasthead (its masthead is the document's), and
// that a document of one article does not.
func TestSharedMasthead(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path, text string
		articles         int
	}{
		{"three releases with run-in datelines", "a.txt", repeatedHeaderCases[0].text, 3},
		{"four labelled releases", "c.txt", repeatedHeaderCases[2].text, 4},
		{"one release", "b.txt", "Minister announces new ferry route\n\nPort Lucas, 3 April 2024 - " + prose("the ferry route"), 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := c.Clean(t.Context(), corpus.Doc{Format: corpus.FormatText, Text: tc.text, Source: corpus.Source{Path: tc.path}})
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != tc.articles {
				t.Fatalf("%d articles, want %d", len(arts), tc.articles)
			}
			for i, a := range arts {
				if got, want := a.Meta.Props[corpus.PropSharedMasthead] == "true", tc.articles > 1; got != want {
					t.Errorf("article %d: shared masthead %v, want %v", i, got, want)
				}
			}
		})
	}
}
