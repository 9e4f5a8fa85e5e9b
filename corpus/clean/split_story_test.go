package clean

import (
	"slices"
	"strings"
	"testing"
)

// story returns a story's paragraph about subject: two sentences, long
// enough to be a story block's paragraph (isStoryParagraph).
func story(subject string) string {
	return "The council confirmed on Monday that work on " + subject + " would start in the spring. Residents can read the plans at the library and send comments to the council before the end of the month."
}

// storyBlockCases are digests of title lines each over one paragraph, and
// documents of that look that are one article (TestSplitRules runs them
// through storyBlockSplit).
var storyBlockCases = []splitCase{
	{name: "three stories under a masthead", path: "a.txt",
		text: "Harbour News\n\nFerry timetable changes\n\n" + story("the ferry timetable") + "\n\nNew pier opens at Eastport\n\n" + story("the new pier") + "\n\nVolunteers clean the foreshore\n\n" + story("the foreshore"),
		want: []string{"Ferry timetable changes", "New pier opens at Eastport", "Volunteers clean the foreshore"}},
	{name: "two stories under a name and an issue date", path: "b.txt",
		text: "Parks and Wildlife\nMarch 2026\n\nRangers count migratory birds\n\n" + story("the bird count") + "\n\nCampground bookings open online\n\n" + story("campground bookings"),
		want: []string{"Rangers count migratory birds", "Campground bookings open online"}},
	{name: "capitals and a question among the titles", path: "c.txt",
		text: "FIRE SEASON STARTS EARLY\n\n" + story("fire breaks") + "\n\nIs your tank water safe?\n\n" + story("water testing") + "\n\nNEW WATER BOMBERS ARRIVE\n\n" + story("the aircraft hangar"),
		want: []string{"FIRE SEASON STARTS EARLY", "Is your tank water safe?", "NEW WATER BOMBERS ARRIVE"}},
	{name: "a footer line under the last story", path: "d.txt",
		text: "Library opening hours extended\n\n" + story("the library hours") + "\n\nStreet lights replaced in the old town\n\n" + story("street lighting") + "\n\nUnsubscribe",
		want: []string{"Library opening hours extended", "Street lights replaced in the old town"}},
	{name: "a release label opens one release", path: "e.txt",
		text: "MEDIA RELEASE\n\nMinister opens new clinic\n\n" + story("the clinic") + "\n\nLocal services expand\n\n" + story("local services")},
	{name: "a section name heads part of one article", path: "f.txt",
		text: "Clinic opens in Eastport\n\n" + story("the clinic") + "\n\nBackground\n\n" + story("the funding")},
	{name: "numbered sub-headings", path: "g.txt",
		text: "Road safety plan adopted\n\n" + story("the road plan") + "\n\n1. Speed limits\n\n" + story("speed limits") + "\n\n2. Cycle lanes\n\n" + story("cycle lanes")},
	{name: "a section of two paragraphs is an article's", path: "h.txt",
		text: "Water plan adopted\n\n" + story("the water plan") + "\n\n" + story("the reservoir") + "\n\nNew meters for households\n\n" + story("water meters")},
	{name: "speakers of a transcript", path: "i.txt",
		text: "Minister Alvarez Torres\n\n" + story("the budget") + "\n\nReporter from the Herald\n\n" + story("the deficit") + "\n\nMinister Alvarez Torres\n\n" + story("the forecasts")},
	{name: "questions and answers", path: "j.txt",
		text: "Who can apply for the grant?\n\n" + story("the grant") + "\n\nWhen do applications close?\n\n" + story("the deadline")},
	{name: "a lead under a dated headline", path: "k.txt",
		text: "Council adopts climate plan\n\n12 May 2026\n\n" + story("the climate plan") + "\n\nTree planting in the suburbs\n\n" + story("tree planting")},
	{name: "a one-line sentence is no title", path: "l.txt",
		text: "The council met on Monday.\n\n" + story("the agenda") + "\n\nParking fees are unchanged\n\n" + story("parking")},
}

// separatedPartCases are files that separator lines divide into parts of
// one shape, and releases whose rules divide their sections
// (TestSplitRules runs them through separatedPartSplit).
var separatedPartCases = []splitCase{
	{name: "three releases with two-word titles under a masthead", path: "a.txt",
		text: "COUNCIL MEDIA RELEASES\n\nGauges Installed\n\n" + prose("the river gauges") + "\n\n" + prose("flood warnings") + "\n\n----------\n\nApprentice Awards\n\n" + prose("the awards") + "\n\n----------\n\nDental Van\n\n" + prose("the dental van"),
		want: []string{"Gauges Installed", "Apprentice Awards", "Dental Van"}},
	{name: "hash marks between notices", path: "b.txt",
		text: "Harbour closed to yachts on Sunday\n\n" + prose("the regatta") + "\n\n###\n\nNew Pilot Boat\n\n" + prose("the pilot boat") + "\n\n###\n\nDredging schedule for the winter months\n\n" + prose("dredging") + "\n\n###",
		want: []string{"Harbour closed to yachts on Sunday", "New Pilot Boat", "Dredging schedule for the winter months"}},
	{name: "asterisks between stories of a bulletin", path: "c.txt",
		text: "Eastvale Shire\nBulletin 12\n\nPool Reopens\n\n" + prose("the pool") + "\n\n* * *\n\nLibrary Hours\n\n" + prose("the library") + "\n\n* * *\n\nRoad Works on Main Street\n\n" + prose("the road works") + "\n\n* * *\n\nBin Collection Changes\n\n" + prose("bin collection"),
		want: []string{"Pool Reopens", "Library Hours", "Road Works on Main Street", "Bin Collection Changes"}},
	{name: "a release's notes and boilerplate after rules", path: "d.txt",
		text: "Minister opens the new ferry terminal\n\n" + prose("the terminal") + "\n\n---\n\nNotes to editors\n\n" + prose("the figures") + "\n\n---\n\nAbout the Harbour Authority\n\n" + prose("the authority")},
	{name: "a headline over short labels", path: "e.txt",
		text: "Regional development minister announces a new funding round for rural water projects\n\n" + prose("water projects") + "\n\n---\n\nEligibility\n\n" + prose("eligibility") + "\n\n---\n\nWho applies\n\n" + prose("applicants")},
	{name: "two parts only", path: "f.txt",
		text: "Pool Reopens\n\n" + prose("the pool") + "\n\n---\n\nLibrary Hours\n\n" + prose("the library")},
	{name: "a part of text without a title", path: "g.txt",
		text: "Pool Reopens\n\n" + prose("the pool") + "\n\n---\n\n" + prose("the lifeguards") + "\n\n---\n\nLibrary Hours\n\n" + prose("the library") + "\n\n---\n\nBus Fares\n\n" + prose("bus fares")},
}

// TestStoryDigest checks the gate that lets the type headline rule split a
// document no periodical cue names: headlines in type over one story each.
func TestStoryDigest(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range []struct {
		name  string
		paras []string
		heads []string
		want  []string
	}{
		{"bold titles under an office's name", []string{"Eastport Council", "4 March 2026", "Ferry timetable changes", story("ferries"), "New pier opens", story("the pier")},
			[]string{"Ferry timetable changes", "New pier opens"}, []string{"Ferry timetable changes", "New pier opens"}},
		{"long typed titles", []string{"Department of Regional Development", "Regional development minister announces a new funding round for rural water projects", story("water projects"), "Applications open for the small business resilience grants across the northern districts", story("the grants"), "Drought assistance extended", story("drought assistance")},
			[]string{"Regional development minister announces a new funding round for rural water projects", "Applications open for the small business resilience grants across the northern districts", "Drought assistance extended"},
			[]string{"Regional development minister announces a new funding round for rural water projects", "Applications open for the small business resilience grants across the northern districts", "Drought assistance extended"}},
		{"the masthead in type too", []string{"Office of the Mayor", "Winter update, 2 December 2026", "Snow clearing begins", story("snow clearing"), "Ice rink reopens downtown", story("the ice rink"), "Winter shelters expand", story("shelters")},
			[]string{"Office of the Mayor", "Snow clearing begins", "Ice rink reopens downtown", "Winter shelters expand"}, []string{"Snow clearing begins", "Ice rink reopens downtown", "Winter shelters expand"}},
		{"a release label above", []string{"MEDIA RELEASE", "Ferry timetable changes", story("ferries"), "New pier opens", story("the pier")},
			[]string{"Ferry timetable changes", "New pier opens"}, nil},
		{"a lead above bold sub-headings", []string{"Minister opens new hospital wing", story("the hospital wing"), "Extra beds for the region", story("hospital beds"), "Staff recruitment", story("recruitment")},
			[]string{"Extra beds for the region", "Staff recruitment"}, nil},
		{"a section name among the headings", []string{"Hospital wing opens", story("the wing"), "Background", story("the funding"), "Staff recruitment drive", story("recruitment")},
			[]string{"Hospital wing opens", "Background", "Staff recruitment drive"}, nil},
		{"a page of questions", []string{"Grants explained", "Who can apply for a grant?", story("eligibility"), "When do applications close?", story("the deadline")},
			[]string{"Who can apply for a grant?", "When do applications close?"}, nil},
		{"a long headline over short labels", []string{"Applications open for small business resilience grants in the northern districts", story("the grants"), "Eligibility rules", story("eligibility"), "Regional firms", story("regional firms")},
			[]string{"Applications open for small business resilience grants in the northern districts", "Eligibility rules", "Regional firms"}, nil},
		{"a plural label heads a page of releases", []string{"Media releases", "Flood gauges upgraded", story("the gauges"), "Apprentices honoured", story("the apprentices")},
			[]string{"Flood gauges upgraded", "Apprentices honoured"}, []string{"Flood gauges upgraded", "Apprentices honoured"}},
		{"sub-headings repeat the headline's words", []string{"Regional development minister announces new funding round for rural water projects", story("the water projects"), "Funding for rural water projects", story("the funding"), "What happens next for councils", story("the councils")},
			[]string{"Regional development minister announces new funding round for rural water projects", "Funding for rural water projects", "What happens next for councils"}, nil},
		{"an e-mail's welcome above the stories", []string{"Office of the Registrar", "Welcome to the autumn update. Below are three short items from across the office, with a contact for each.", "Enrolment dates confirmed", story("enrolment"), "Graduation venue moves", story("the venue")},
			[]string{"Enrolment dates confirmed", "Graduation venue moves"}, []string{"Enrolment dates confirmed", "Graduation venue moves"}},
		{"a dateline opens only the first block", []string{"Hospital wing opens", "EASTPORT, 3 March 2026 - " + story("the wing"), "Extra beds for the region", story("hospital beds")},
			[]string{"Hospital wing opens", "Extra beds for the region"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, heads := pdfText(tc.paras, tc.heads)
			lines := prepared(t, c, "x.pdf", text, heads)
			var got []string
			for _, s := range c.typeHeadingSplit(lines).starts {
				got = append(got, strings.TrimSpace(lines[s].text))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("starts %q, want %q", got, tc.want)
			}
		})
	}
}

// TestOpeningPairUnderMasthead checks that a file of releases whose first
// release header stands under a short masthead splits at later headers of
// the same shape, whatever their headline's length (want: the releases
// after the first, which starts with the file), and that a file that opens
// with text does not.
func TestOpeningPairUnderMasthead(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"issuer and label over headline-date pairs",
			"HARBOUR BOARD\nPRESS RELEASES\n\nDredging Begins\nMay 3, 2026\n\n" + prose("the dredging") + "\n\n" + prose("the channel") + "\n\n#\n\nPilot Boats\nMay 9, 2026\n\n" + prose("the pilot boats") + "\n\n" + prose("the crews"),
			[]string{"Pilot Boats"}},
		{"a name over date-headline pairs",
			"Ministry of Fisheries\n\n3 May 2026\nQuota Set\n\n" + prose("the quota") + "\n\n" + prose("the fleet") + "\n\n5 May 2026\nLicences Renewed\n\n" + prose("the licences") + "\n\n" + prose("the fees"),
			[]string{"5 May 2026"}},
		{"three releases under two masthead lines",
			"City Council\nNews releases, week 19\n\nPool Reopens\n12 May 2026\n\n" + prose("the pool") + "\n\n" + prose("the lifeguards") + "\n\n---\n\nBus Fares\n13 May 2026\n\n" + prose("bus fares") + "\n\n" + prose("the network") + "\n\n---\n\nLibrary Hours Change\n14 May 2026\n\n" + prose("the library") + "\n\n" + prose("the staff"),
			[]string{"Bus Fares", "Library Hours Change"}},
		{"a quotation's signature under a quoted line",
			"Harbour Board\n\nDredging Begins\nMay 3, 2026\n\n" + prose("the dredging") + "\n\n" + prose("the channel") + "\n\nThe channel is open again after two years of work\n\u2014 Jane Park (@harbourjane) May 4, 2026\n\n" + prose("the pilot boats"),
			nil},
		{"an embedded post signed with an en dash",
			"Ministry of Fisheries\n\n3 May 2026\nQuota Set\n\n" + prose("the quota") + "\n\n" + prose("the fleet") + "\n\n\u2013 Fisheries Minister Ana Ruiz, 5 May 2026\nLicences are renewed for every boat of the fleet\n\n" + prose("the licences") + "\n\n" + prose("the fees"),
			nil},
		{"a hyphen-signed quotation among releases",
			"City Council\nNews releases\n\nPool Reopens\n12 May 2026\n\n" + prose("the pool") + "\n\n" + prose("the lifeguards") + "\n\nWe swam the first lengths this morning\n- Mayor Tom Reid (@mayortom) 12 May 2026\n\n" + prose("bus fares") + "\n\n" + prose("the network"),
			nil},
		{"text before the first pair",
			"Harbour Board\n\n" + prose("the board's year") + "\n\nDredging Begins\nMay 3, 2026\n\n" + prose("the dredging") + "\n\n" + prose("the channel") + "\n\nPilot Boats\nMay 9, 2026\n\n" + prose("the pilot boats"),
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := prepared(t, c, "r.txt", tc.text, nil)
			var got []string
			for _, s := range c.releaseSplit(lines).starts {
				got = append(got, strings.TrimSpace(lines[nextContent(lines, s)].text))
			}
			if len(got) > 0 {
				got = got[1:] // the first release starts with the file, under its masthead
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("starts %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHeadlineOverLabels checks the shape of a headline over the short
// labels of its article's parts against a digest's titles.
func TestHeadlineOverLabels(t *testing.T) {
	for _, tc := range []struct {
		titles []string
		want   bool
	}{
		{[]string{"Minister opens the new ferry terminal at the eastern harbour", "Timetable", "Fares"}, true},
		{[]string{"Council adopts a new ten-year plan for the town centre", "Parking and access", "Works and detours"}, true},
		{[]string{"Regional development minister announces new rural water funding", "Who can apply"}, true},
		{[]string{"Wetland birds counted", "New bus routes will link the eastern suburbs soon", "Apprentices honoured"}, false},
		{[]string{"Minister opens the new ferry terminal at the eastern harbour", "Library adds evening hours"}, false},
		{[]string{"Pool reopens", "Fares"}, false},
	} {
		if got := headlineOverLabels(tc.titles); got != tc.want {
			t.Errorf("headlineOverLabels(%q) = %v, want %v", tc.titles, got, tc.want)
		}
	}
}

// TestSharesArticleWords checks that titles repeating the first block's
// subject make one article's parts, and titles of subjects of their own a
// digest.
func TestSharesArticleWords(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range []struct {
		name   string
		titles []string
		want   bool
	}{
		{"a sub-heading repeats the headline", []string{"Minister opens the new ferry terminal at the eastern harbour", "Ferry timetables for the terminal"}, true},
		{"a sub-heading repeats the lead", []string{"Hospital wing opens", "Council confirmed the work"}, true},
		{"plural and singular are one word", []string{"Grants for heritage projects announced", "Which projects receive grants"}, true},
		{"stories of their own", []string{"Wetland birds counted", "New bus routes for the east", "Apprentices honoured"}, false},
		{"one shared word is not enough", []string{"Council adopts the budget", "Pool hours extended by council"}, false},
		{"function words do not count", []string{"Talks about the harbour", "News about the weather before winter"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var paras []string
			for i, tt := range tc.titles {
				paras = append(paras, tt, story([]string{"the works", "the timetable", "the birds"}[i%3]))
			}
			lines := prepared(t, c, "x.txt", strings.Join(paras, "\n\n"), nil)
			var blocks []int
			for _, tt := range tc.titles {
				blocks = append(blocks, lineNamed(lines, tt))
			}
			if got := sharesArticleWords(lines, blocks); got != tc.want {
				t.Errorf("sharesArticleWords = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestIsGreeting checks the greeting and welcome paragraphs of e-mail
// bulletins against a release's leads.
func TestIsGreeting(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Dear colleagues, here is the news from the office this month.", true},
		{"Welcome to the June issue of our bulletin, with four short items.", true},
		{"Hello everyone, and thank you for reading the staff update.", true},
		{"The minister welcomed the report on Tuesday.", false},
		{"Deary Shire Council announced its budget today.", false},
		{"Highways reopen after the floods, the agency said.", false},
	} {
		if got := isGreeting(tc.text); got != tc.want {
			t.Errorf("isGreeting(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestPluralLabel checks that labels naming releases in the plural head a
// page of several, and singular ones one release.
func TestPluralLabel(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Media releases", true}, {"Press releases", true}, {"News releases", true},
		{"Media release", false}, {"Press release", false}, {"Statements and speeches", false},
	} {
		if got := isPluralLabel(tc.text); got != tc.want {
			t.Errorf("isPluralLabel(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestStoryTitleShape checks isStoryTitle, isBodySentence and
// sentenceCount in several wordings.
func TestStoryTitleShape(t *testing.T) {
	for _, tc := range []struct {
		text            string
		title, sentence bool
		sentences       int
	}{
		{"Ferry timetable changes", true, false, 0},
		{"Is your tank water safe?", true, false, 1},
		{"Volunteers honoured at U.S. embassy", true, false, 0},
		{"Background", false, false, 0},
		{"2. Cycle lanes", false, false, 0},
		{"Key dates:", false, false, 0},
		{"for more details see the council's web page", false, false, 0},
		{"The council met on Monday.", false, false, 1},
		{"The council confirmed on Monday that the work on the new pier would start in the spring after the tender closes.", false, true, 1},
		{"Officials from the ministry and the council said the harbour would reopen to ferries next week, weather permitting.", false, true, 1},
		{"Residents who want to comment on the plans for the new library and the square in front of it can write to the council.", false, true, 1},
		{"Mr. Smith said the plan was ready. Work starts in May. The cost is $2.5 million.", false, true, 3},
	} {
		t.Run(tc.text, func(t *testing.T) {
			if got := isStoryTitle(tc.text, maxStoryTitleWords); got != tc.title {
				t.Errorf("isStoryTitle = %v, want %v", got, tc.title)
			}
			if got := isBodySentence(tc.text); got != tc.sentence {
				t.Errorf("isBodySentence = %v, want %v", got, tc.sentence)
			}
			if got := sentenceCount(tc.text); got != tc.sentences {
				t.Errorf("sentenceCount = %d, want %d", got, tc.sentences)
			}
		})
	}
}

// TestDropSentenceStarts checks that a split never starts an article at a
// sentence of the body, on its own line or broken over two lines, and
// keeps the starts at headlines.
func TestDropSentenceStarts(t *testing.T) {
	c := mustCleaner(t, Config{})
	text := strings.Join([]string{
		"Pier reopens",
		story("the pier"),
		"The harbour master said on Tuesday that the repairs to the eastern berth had been finished ahead of the schedule agreed.",
		story("the berth"),
		"Council elections",
		story("the elections"),
		"Officials of the electoral commission and the council said that the count of the postal",
		"votes would be finished by Friday. The result is expected next week.",
		"Ferry fares frozen",
		story("ferry fares"),
	}, "\n\n")
	lines := prepared(t, c, "n.txt", text, nil)
	var starts []int
	for _, h := range []string{"Pier reopens", "The harbour master said", "Council elections", "Officials of the electoral", "Ferry fares frozen"} {
		for i, l := range lines {
			if strings.HasPrefix(l.text, h) {
				starts = append(starts, i)
				break
			}
		}
	}
	var got []string
	for _, s := range dropSentenceStarts(lines, starts, true) {
		got = append(got, lines[s].text)
	}
	want := []string{"Pier reopens", "Council elections", "Ferry fares frozen"}
	if !slices.Equal(got, want) {
		t.Errorf("starts %q, want %q", got, want)
	}
}

// TestCollectionName checks the page headlines that name a collection of
// articles (a digest may split under them) against article headlines.
func TestCollectionName(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range []struct {
		h    string
		want bool
	}{
		{"Media releases", true},
		{"Category: Press Releases", true},
		{"Updates", true},
		{"Latest news", true},
		{"Community Bulletin - November 2026", true},
		{"Harbour Newsletter No. 41", true},
		{"June 2026", true},
		{"Harbour Authority Weekly for staff and families", true},
		{"The Monthly Round-Up", true},
		{"Rural Affairs Fortnightly", true},
		{"Weekly Address: The President on jobs", false},
		{"Quarterly Report on Public Finances", false},
		{"Council sets out a ten-year plan for the harbour foreshore", false},
		{"Nach den Lockerungen: Stadtwerke erhöhen die Wasserpreise ab Januar", false},
		{"Update: Minister opens the new ferry terminal", false},
		{"Harbour before heritage", false},
		{"Brot richtig lagern", false},
	} {
		t.Run(tc.h, func(t *testing.T) {
			if got := c.collectionName(tc.h); got != tc.want {
				t.Errorf("collectionName(%q) = %v, want %v", tc.h, got, tc.want)
			}
		})
	}
}

// TestEndsWithDash checks run-in labels closed by a dash against
// headlines with a dash inside.
func TestEndsWithDash(t *testing.T) {
	for _, tc := range []struct {
		t    string
		want bool
	}{
		{"Access –", true},
		{"Small boats and trawlers —", true},
		{"Next steps -", true},
		{"Work-life balance programme", false},
		{"Harbour – the next ten years", false},
		{"Quota set for 2026-27", false},
	} {
		if got := endsWithDash(tc.t); got != tc.want {
			t.Errorf("endsWithDash(%q) = %v, want %v", tc.t, got, tc.want)
		}
	}
}
