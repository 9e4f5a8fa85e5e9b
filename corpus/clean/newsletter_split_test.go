package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// separatedHeaderCases are the release headers that open a file or follow
// a separator (TestReleaseHeaderRules checks them at the file's first line).
var separatedHeaderCases = []struct {
	text string
	ok   bool
}{
	{"CANBERRA, 9 July 1947\n\nINDONESIAN SITUATION", true},
	{"Wellington, 21 December 2025\n\nHarbour Levy", true},
	{"Ottawa, March 3, 2026\nFisheries quotas set", true},
	{"CANBERRA, 9 July 1947\n\nThe minister said today that talks would resume.", false},
	{"14 April 2026\n\n1. Overview", false},
	{"Ministers meet in Hanoi\n\nINDONESIAN SITUATION", false},
}

// openingShapeAtStartCases: the file's first header is the shape itself,
// never a further release (TestReleaseHeaderRules checks line 0; the
// further releases are in TestOpeningShapeHeader).
var openingShapeAtStartCases = []struct {
	text string
	ok   bool
}{
	{"3 May 2024\n\nDrought relief\n\n" + prose("drought relief"), false},
	{"Ferries\n\n5 May 2024\n\n" + prose("the ferries"), false},
	{"Canberra, 9 May 2024\n\nReefs\n\n" + prose("the reefs"), false},
}

// TestOpeningShapeHeader checks that a dateline and a short headline start
// a further release when the file opens with the same shape, and not
// otherwise.
func TestOpeningShapeHeader(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range []struct {
		name, text, at string
		ok             bool
	}{
		{"date over headline", "3 May 2024\n\nDrought relief\n\n" + prose("drought relief") + "\n\n5 May 2024\n\nFerries\n\n" + prose("the ferries"), "5 May 2024", true},
		{"headline over date", "Drought relief\n\n3 May 2024\n\n" + prose("drought relief") + "\n\nFerries\n\n5 May 2024\n\n" + prose("the ferries"), "Ferries", true},
		{"dateline over headline", "CANBERRA, 3 May 2024\n\nDrought\n\n" + prose("drought relief") + "\n\nCANBERRA, 5 May 2024\n\nFerries\n\n" + prose("the ferries"), "CANBERRA, 5 May 2024", true},
		{"file opens with a headline only", "Drought relief for farmers\n\n" + prose("drought relief") + "\n\n5 May 2024\n\nFerries\n\n" + prose("the ferries"), "5 May 2024", false},
		{"shape of the other order", "3 May 2024\n\nDrought relief\n\n" + prose("drought relief") + "\n\nFerries\n\n5 May 2024\n\n" + prose("the ferries"), "Ferries", false},
		{"a date over a section name", "3 May 2024\n\nDrought relief\n\n" + prose("drought relief") + "\n\n5 May 2024\n\nBackground\n\n" + prose("the ferries"), "5 May 2024", false},
	} {
		lines := prepared(t, c, "r.txt", tc.text, nil)
		if _, ok := c.openingShapeHeader(lines, lineNamed(lines, tc.at)); ok != tc.ok {
			t.Errorf("%s: %v, want %v", tc.name, ok, tc.ok)
		}
	}
}

// closingLineSplitCases are files whose releases each close with a line
// that dates them, and files that must stay whole.
var closingLineSplitCases = []splitCase{
	{name: "issued in", path: "r.txt",
		text: "DROUGHT RELIEF EXTENDED\n\n" + prose("drought relief") + "\n\n" + prose("the farms") + "\n\nIssued in Canberra on 3 May 2024\n\nFERRY TIMETABLE CHANGES\n\n" + prose("the ferries") + "\n\n" + prose("the timetable") + "\n\nIssued in Canberra on 5 May 2024",
		want: []string{"DROUGHT RELIEF EXTENDED", "FERRY TIMETABLE CHANGES"}},
	{name: "signed at", path: "r.txt",
		text: "Joint statement on fisheries\n\n" + prose("fisheries") + "\n\n" + prose("the quotas") + "\n\nSigned at Suva on 12 June 2025\n\nJoint statement on reefs\n\n" + prose("the reefs") + "\n\n" + prose("the survey") + "\n\nSigned at Suva on 13 June 2025",
		want: []string{"Joint statement on fisheries", "Joint statement on reefs"}},
	{name: "done at, three releases", path: "r.txt",
		text: "Declaration on ports\n\n" + prose("ports") + "\n\n" + prose("the harbours") + "\n\nDone at Brussels, this 4th day of March 2022\n\nDeclaration on rail\n\n" + prose("rail") + "\n\n" + prose("the lines") + "\n\nDone at Brussels, this 5th day of March 2022\n\nDeclaration on roads\n\n" + prose("roads") + "\n\n" + prose("the bridges") + "\n\nDone at Brussels, this 6th day of March 2022",
		want: []string{"Declaration on ports", "Declaration on rail", "Declaration on roads"}},
	{name: "one release with notes after its closing line", path: "r.txt",
		text: "DROUGHT RELIEF EXTENDED\n\n" + prose("drought relief") + "\n\n" + prose("the farms") + "\n\nIssued in Canberra on 3 May 2024\n\nNotes to editors\n\n" + prose("the notes") + "\n\n" + prose("the contacts"),
		want: nil},
	{name: "a sentence that names a signing", path: "r.txt",
		text: "Treaty talks conclude\n\n" + prose("the treaty") + "\n\nThe treaty was signed in Suva on 12 June 2025 by both ministers.\n\n" + prose("the signing"),
		want: nil},
}

// TestIsClosingLine checks closing datelines against sentences and
// datelines that open a release.
func TestIsClosingLine(t *testing.T) {
	for _, tc := range []struct {
		t  string
		ok bool
	}{
		{"Issued in Canberra on 3 May 2024", true},
		{"Signed at Geneva on 12 June 2023", true},
		{"Done at Brussels, this 4th day of March 2022", true},
		{"Released in Tokyo on March 3, 2024", true},
		{"Canberra, 3 May 2024", false},
		{"The treaty was signed in Suva on 12 June 2025 by both ministers.", false},
		{"Issued in Canberra", false},
	} {
		if got := isClosingLine(tc.t); got != tc.ok {
			t.Errorf("isClosingLine(%q) = %v, want %v", tc.t, got, tc.ok)
		}
	}
}

// TestSeparatedHeaderNeedsSeparator checks that a dateline over a short
// headline inside a text starts a release only after a separator line.
func TestSeparatedHeaderNeedsSeparator(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range []struct {
		sep string
		ok  bool
	}{
		{"* * *", true},
		{"###", true},
		{"----------", true},
		{prose("the harbour"), false},
	} {
		lines := prepared(t, c, "r.txt", prose("the budget")+"\n\n"+tc.sep+"\n\nCANBERRA, 9 July 1947\n\nINDONESIAN SITUATION\n\n"+prose("the situation"), nil)
		i := lineNamed(lines, "CANBERRA, 9 July 1947")
		if _, ok := c.separatedHeader(lines, i); ok != tc.ok {
			t.Errorf("after %q: %v, want %v", tc.sep, ok, tc.ok)
		}
	}
}

// TestIsIssueName checks issue names ending in a month against headlines
// and report titles with dates.
func TestIsIssueName(t *testing.T) {
	for _, tc := range []struct {
		t  string
		ok bool
	}{
		{"Climate Action in SG (Nov 2020)", true},
		{"Trade News – March 2021", true},
		{"Monthly Update, June 2019", true},
		{"Ocean Bulletin: Sept. 2024", true},
		{"Harbour Notes (Winter 2024)", true},
		{"Trade Update – Q3 2023", true},
		{"July 2023 Edition", true},
		{"Edition 12", true},
		{"Talks resume – Friday 2024", false},
		{"Special edition of the trade fair opens", false},
		{"Talks end, 3 May 2024", false},
		{"Ministers meet in Hanoi", false},
		{"Report on the floods of March 2019", false},
		{"Annual report – 2019", false},
		{"Minister visits the three northern provinces and meets the governors – May 2024", false},
	} {
		if got := isIssueName(tc.t); got != tc.ok {
			t.Errorf("isIssueName(%q) = %v, want %v", tc.t, got, tc.ok)
		}
	}
}

// TestIsTypeHeadline checks which lines in heading type can head a story.
func TestIsTypeHeadline(t *testing.T) {
	for _, tc := range []struct {
		t  string
		ok bool
	}{
		{"Harbour works begin", true},
		{"Is the ferry ready for winter?", true},
		{"“Who pays for the levee?”", true},
		{"The works start on Monday.", false},
		{"A piece of very sad news now.", false},
		{"GB3TD worked under the English Channel!", false},
		{"Grevilleas are gremlins!", true},
		{"Volunteers wanted!", true},
		{"Thank you, weeders!", true},
		{"We did it again this year, thanks to all of you!", false},
		{strings.Repeat("word ", maxTypeHeadlineWords+1), false},
		{strings.TrimSpace(strings.Repeat("word ", maxHeadingWords+1)), true},
	} {
		if got := isTypeHeadline(tc.t); got != tc.ok {
			t.Errorf("isTypeHeadline(%q) = %v, want %v", tc.t, got, tc.ok)
		}
	}
}

// TestRestartsRun checks when a headline after a bodiless headline heads
// its own story.
func TestRestartsRun(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range []struct {
		first, second string
		ok            bool
	}{
		{"Dates for your diary", "Next newsletter deadline", true},
		{"Photo gallery", "Harbour works begin", true},
		{"Events this month", "Volunteers wanted for the clean-up", true},
		{"GB7TC", "(The latest)", false},                                            // a bracketed subtitle
		{"Meeting with Representatives of the US-ASEAN", "Business Council", false}, // a name wrapped over two lines
		{"Minister meets representatives of the regional", "Business Council", false},
		{"Talks on water and", "Energy Security", false}, // a phrase that goes on
	} {
		lines := prepared(t, c, "n.txt", tc.first+"\n\n"+tc.second, nil)
		if got := c.restartsRun(lines, 0, nextContent(lines, 1)); got != tc.ok {
			t.Errorf("%q / %q: %v, want %v", tc.first, tc.second, got, tc.ok)
		}
	}
}

// newsletterDocCase is a whole document and the titles of its articles.
type newsletterDocCase struct {
	name, path   string
	paras, heads []string
	want         []string
}

// newsletterDocCases are documents of the shapes the newsletter rules are
// for, each split (or kept whole) at its own evidence.
var newsletterDocCases = []newsletterDocCase{
	{
		name: "markdown newsletter with bold headlines and photos", path: "issue.md",
		paras: []string{"#### Harbour Notes (May 2026)",
			"**Ferry terminal reopens**", "![](/img/ferry.jpg)", prose("the ferry terminal"), "*The minister at the reopening.*",
			"**Grants named for coastal towns**", prose("the grants"),
			"**Survey finds reef recovering**", "![](/img/reef.jpg)", prose("the reef survey")},
		want: []string{"Ferry terminal reopens", "Grants named for coastal towns", "Survey finds reef recovering"},
	},
	{
		name: "markdown article with bold sub-headings stays whole", path: "article.md",
		paras: []string{"#### Why the coast needs a new levy",
			"By A. Writer", prose("the levy"), prose("the coast"),
			"**Who pays**", prose("the payers"),
			"**What it funds**", prose("the works")},
		want: []string{"Why the coast needs a new levy"},
	},
	{
		name: "releases joined with star separators and capitals headlines", path: "releases.txt",
		paras: []string{"CANBERRA, 9 July 2026", "PORT LEVY", prose("the levy"), prose("the ports"),
			"* * *", "CANBERRA, 30 July 2026", "FERRY SAFETY", prose("ferry safety"), prose("the inspections"),
			"* * *", "CANBERRA, 7 August 2026", "REEF FUNDS", prose("the reef"), prose("the funds")},
		want: []string{"PORT LEVY", "FERRY SAFETY", "REEF FUNDS"},
	},
	{
		name: "releases ended by ### with reference numbers", path: "releases.txt",
		paras: []string{"Canberra, 7 May 2026", "No. M85", "Drought relief", prose("drought relief"), prose("the farms"), "###",
			"Canberra, 8 May 2026", "No. M86", "Water rights", prose("water rights"), prose("the rivers"), "###",
			"New York, 9 May 2026", "SC/3683 - EXTRACT", "Council adopts resolution", prose("the resolution"), prose("the council"), "###"},
		want: []string{"Drought relief", "Water rights", "Council adopts resolution"},
	},
	{
		name: "releases in capitals with run-in datelines and -30- marks", path: "releases.txt",
		paras: []string{"PORT LEVY TO RISE NEXT YEAR", "WASHINGTON, March 3, 2026 — " + prose("the levy"), prose("the ports"), "-30-",
			"FERRY TIMETABLE CHANGES FOR WINTER", "WASHINGTON, March 4, 2026 — " + prose("the ferries"), prose("the timetable"), "-30-",
			"REEF SURVEY RESULTS PUBLISHED TODAY", "OTTAWA, March 5, 2026 — " + prose("the reef"), prose("the survey"), "-30-"},
		want: []string{"PORT LEVY TO RISE NEXT YEAR", "FERRY TIMETABLE CHANGES FOR WINTER", "REEF SURVEY RESULTS PUBLISHED TODAY"},
	},
	{
		name: "bulletin with underlined headlines", path: "bulletin.txt",
		paras: []string{"Harbour Bulletin - March 2026",
			"Port levy to rise\n=================", prose("the levy"), prose("the ports"),
			"Ferry timetable changes\n=======================", prose("the ferries"),
			"Reef survey published\n=====================", prose("the reef")},
		want: []string{"Port levy to rise", "Ferry timetable changes", "Reef survey published"},
	},
	{
		name: "releases opening with a date over a short headline", path: "releases.txt",
		paras: []string{"3 May 2026", "Drought relief", prose("drought relief"), prose("the farms"),
			"5 May 2026", "Ferries", prose("the ferries"), prose("the timetable"),
			"9 May 2026", "Reefs", prose("the reefs"), prose("the survey")},
		want: []string{"Drought relief", "Ferries", "Reefs"},
	},
	{
		name: "statements each closed by an issued-in line", path: "statements.txt",
		paras: []string{"DROUGHT RELIEF EXTENDED TO FARMERS", prose("drought relief"), prose("the farms"), "Issued in Canberra on 3 May 2026",
			"FERRY TIMETABLE CHANGES", prose("the ferries"), prose("the timetable"), "Issued in Canberra on 5 May 2026",
			"REEF SURVEY RESULTS PUBLISHED", prose("the reefs"), prose("the survey"), "Issued in Canberra on 9 May 2026"},
		want: []string{"DROUGHT RELIEF EXTENDED TO FARMERS", "FERRY TIMETABLE CHANGES", "REEF SURVEY RESULTS PUBLISHED"},
	},
	{
		name: "mail digest with header blocks", path: "digest.txt",
		paras: []string{"Harbour-list Digest, Vol 4, Issue 12", "Today's Topics:\n\n   1. Drought relief extended\n   2. Ferry timetable changes",
			strings.Repeat("-", 70), "Message: 1\nDate: Fri, 3 May 2024 10:00:00 +1000\nFrom: Press Office <press@example.gov>\nSubject: Drought relief extended", prose("drought relief"), prose("the farms"),
			strings.Repeat("-", 70), "Message: 2\nDate: Sun, 5 May 2024 10:00:00 +1000\nFrom: Press Office <press@example.gov>\nSubject: Ferry timetable changes", prose("the ferries"), prose("the timetable")},
		want: []string{"Drought relief extended", "Ferry timetable changes"},
	},
	{
		name: "export with teasers over headlines", path: "export.txt",
		paras: []string{"Minister opens new ferry terminal in…", "Minister opens new ferry terminal in the north", prose("the terminal"), prose("the ferries"), "Issued 3 May 2026",
			"Agency names new head of…", "Agency names new head of marine research", prose("the agency"), prose("the appointment"), "Issued 3 May 2026"},
		want: []string{"Minister opens new ferry terminal in the north", "Agency names new head of marine research"},
	},
	{
		name: "pdf newsletter with a bold body, a question headline and a continued story", path: "n.pdf",
		paras: []string{"Harbour Club", "Newsletter", "June 2026",
			"Harbour works begin", prose("the harbour works"),
			"Is the ferry ready for winter?", prose("the ferry"),
			"Harbour works", "(cont’d)", prose("the second phase of the works"),
			"Dates for your diary", "Next newsletter deadline", prose("the next issue")},
		heads: []string{"Harbour Club", "Newsletter", "June 2026", "Harbour works begin", "Is the ferry ready for winter?", "Harbour works", "(cont’d)", "Dates for your diary", "Next newsletter deadline"},
		want:  []string{"Harbour works begin", "Is the ferry ready for winter?", "Next newsletter deadline"},
	},
}

// TestNewsletterDocuments checks whole documents: their articles' titles.
func TestNewsletterDocuments(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range newsletterDocCases {
		t.Run(tc.name, func(t *testing.T) {
			text, offs := strings.Join(tc.paras, "\n\n"), []int(nil)
			format := corpus.FormatText
			if tc.heads != nil {
				text, offs = pdfText(tc.paras, tc.heads)
				format = corpus.FormatPDF
			}
			got := cleanTitles(t, c, corpus.Doc{Format: format, Text: text, Headings: offs, Source: corpus.Source{Path: tc.path}})
			if !slices.Equal(got, tc.want) {
				t.Errorf("titles %q, want %q", got, tc.want)
			}
		})
	}
}

// TestIsSubheadingLabel checks the shapes of sub-headings inside a story,
// three wordings each, against headlines of stories.
func TestIsSubheadingLabel(t *testing.T) {
	for _, tc := range []struct {
		t    string
		want bool
	}{
		{"1. Context", true}, {"(2) Funding for councils", true}, {"b) Eligibility", true}, {"iv. Costs", true},
		{"[Update]", true}, {"(Background)", true}, {"[Editor's note]", true},
		{"Key dates:", true}, {"What the scheme covers:", true}, {"Quote from the Minister:", true},
		{"Next steps", true}, {"Background", true}, {"Notes to editors", true},
		{"How to apply", true}, {"Who qualifies", true}, {"What changes", true},
		{"Grid operator tenders storage", false}, {"U.S. and Japan sign fisheries pact", false},
		{"A new ferry for the islands", false}, {"Is the network ready for winter?", false},
		{"2026 budget sets aside funds for schools", false},
	} {
		if got := isSubheadingLabel(tc.t); got != tc.want {
			t.Errorf("isSubheadingLabel(%q) = %v, want %v", tc.t, got, tc.want)
		}
	}
}

// TestTypeSetPDFKeepsShapeRulesOff checks that a PDF whose type marks
// one story is not cut by the line-shape rules that cut the same text
// read as a plain-text file: a headline in type over the first paragraph
// (and captions or pull quotes standing alone further down), or headlines
// in type further down.
func TestTypeSetPDFKeepsShapeRulesOff(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range []struct {
		name  string
		paras []string
		heads []string // the paragraphs the decoder set in heading type
	}{
		{"a caption and a pull quote standing alone",
			[]string{"Coastal Newsletter - June 2026", "Volunteers Plant Mangroves at the Estuary", prose("the planting"), "Volunteers At The Northern Creek Mouth", prose("the creek"), "Scientists Welcome The Early Results", prose("the results")},
			[]string{"Coastal Newsletter - June 2026", "Volunteers Plant Mangroves at the Estuary"}},
		{"a bulletin's one story under its headline in type",
			[]string{"FARM BULLETIN", "DROUGHT RELIEF PAYMENTS BEGIN THIS MONTH", prose("relief payments"), "WHO CAN APPLY FOR THE PAYMENTS", prose("eligibility"), "HOW THE PAYMENTS ARE MADE", prose("the payments")},
			[]string{"FARM BULLETIN", "DROUGHT RELIEF PAYMENTS BEGIN THIS MONTH"}},
		{"title-case section lines under a headline in type",
			[]string{"Coastal Update\nIssue 4, May 2026", "Council Adopts The Harbour Plan", prose("the harbour plan"), "Funding For The Works", prose("the funding"), "Timeline Of The Works", prose("the timeline")},
			[]string{"Coastal Update\nIssue 4, May 2026", "Council Adopts The Harbour Plan"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plain := prepared(t, c, "n.txt", strings.Join(tc.paras, "\n\n"), nil)
			if segs, _ := c.segment(plain, corpus.FormatText, ""); len(segs) < 2 {
				t.Fatalf("as text: %d articles, want the shape rules to split it", len(segs))
			}
			text, heads := pdfText(tc.paras, tc.heads)
			lines := prepared(t, c, "n.pdf", text, heads)
			if segs, _ := c.segment(lines, corpus.FormatPDF, ""); len(segs) != 1 {
				t.Errorf("as a typeset PDF: %d articles, want 1", len(segs))
			}
		})
	}
}

// TestMastheadOnlyTypePDF checks that a periodical PDF whose type marks
// only its masthead (its headlines set in the body's type) is split by
// the line-shape rules as the same text is in a plain-text file.
func TestMastheadOnlyTypePDF(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range []struct {
		name  string
		paras []string
		heads []string
		want  int
	}{
		{"title-case headlines under a typeset masthead",
			[]string{"Ports Authority Newsletter\nIssue 9, May 2026", "New Container Crane Enters Service", prose("the crane"), "Harbour Pilots Complete Safety Course", prose("pilot training")},
			[]string{"Ports Authority Newsletter\nIssue 9, May 2026"}, 2},
		{"capitalised headlines under a typeset name",
			[]string{"FARM BULLETIN", "DROUGHT RELIEF PAYMENTS BEGIN THIS MONTH", prose("relief payments"), "NEW SEED BANK OPENS IN THE NORTH", prose("the seed bank"), "LIVESTOCK EXPORT RULES EASED", prose("livestock exports")},
			[]string{"FARM BULLETIN"}, 3},
		{"sentence-case headlines under a typeset name and issue date",
			[]string{"River Council Bulletin\nFriday 8 May 2026", "Flood gauges installed on the lower river", prose("the gauges"), "Apprentice awards for Eastvale Shire", prose("the awards"), "Dental van visits the northern towns", prose("the dental van")},
			[]string{"River Council Bulletin\nFriday 8 May 2026"}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, heads := pdfText(tc.paras, tc.heads)
			lines := prepared(t, c, "n.pdf", text, heads)
			if segs, _ := c.segment(lines, corpus.FormatPDF, ""); len(segs) != tc.want {
				t.Errorf("%d articles, want %d", len(segs), tc.want)
			}
		})
	}
}

// TestIsPullQuote checks quotations set whole as a line against headlines
// that quote and go on.
func TestIsPullQuote(t *testing.T) {
	for _, tc := range []struct {
		t    string
		want bool
	}{
		{"“Tertiary education remains affordable”", true},
		{"\"We will rebuild the bridge before winter\"", true},
		{"‘A strong vote of confidence in the region’.", true},
		{"«Nous resterons vigilants»", true},
		{"“Never again”: minister on the floods", false},
		{"Minister says “never again” after floods", false},
		{"“Yes”", false},
		{"“Rates” and “fees” explained", false},
	} {
		if got := isPullQuote(tc.t); got != tc.want {
			t.Errorf("isPullQuote(%q) = %v, want %v", tc.t, got, tc.want)
		}
	}
}
