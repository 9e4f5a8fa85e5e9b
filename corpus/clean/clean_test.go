package clean

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

func mustCleaner(t testing.TB, cfg Config) *Cleaner {
	t.Helper()
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func cleanText(t testing.TB, c *Cleaner, text string) []corpus.Article {
	t.Helper()
	arts, err := c.Clean(context.Background(), corpus.Doc{Format: corpus.FormatText, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// body is a paragraph long enough to count as article text.
func body(topic string) string {
	return "The ministry announced today that " + topic + " will be reviewed by a joint committee of experts, which is expected to report its findings to both governments before the end of the year and to recommend further measures."
}

func TestNewChromeLearnerConfig(t *testing.T) {
	cases := []struct {
		name string
		cfg  ChromeLearnerConfig
		ok   bool
	}{
		{"defaults", ChromeLearnerConfig{}, true},
		{"custom", ChromeLearnerConfig{MinDocs: 3, Share: 0.5, MaxLines: 10}, true},
		{"min docs too small", ChromeLearnerConfig{MinDocs: 1}, false},
		{"share above one", ChromeLearnerConfig{Share: 1.5}, false},
		{"negative cap", ChromeLearnerConfig{MaxLines: -1}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewChromeLearner(tc.cfg)
			if (err == nil) != tc.ok {
				t.Errorf("got error %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

// learnedCleaner returns a cleaner whose chrome model was learned from docs.
func learnedCleaner(t testing.TB, cfg ChromeLearnerConfig, docs ...corpus.Doc) *Cleaner {
	t.Helper()
	l, err := NewChromeLearner(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		l.Learn(d)
	}
	return mustCleaner(t, Config{Chrome: l.Model()})
}

func TestChromeLines(t *testing.T) {
	r := newChromeRules()
	cases := []struct {
		line   string
		chrome bool
	}{
		{"printable banner", true},
		{"Back to Top", true},
		{"Bookmark and Share", true},
		{"Diplomacy in Action", true},
		{"U.S. Department of State - Great Seal", true},
		{"Ministry logo", true},
		{"Seal of the President of the United States", true},
		{"Ministry Unveils New Logo for Tourism Campaign", false},
		{"Logo of the Ministry of Health", true},
		{"Emblem: National Police Agency", true},
		{"Logo Artwork Usage Guidelines", false},
		{"Seal Population Survey Results Published", false},
		{"Crest Redesign Wins Public Vote", false},
		{"Skip to main content", true},
		{"Share this page", true},
		{"Print", true},
		{"Email this article", true},
		{"Subscribe", true},
		{"Sign in", true},
		{"Free Trial", true},
		{"Form for a free trial", true},
		{"Already a subscriber? Click here to log in.", true},
		{"Home | About | News | Contact", true},
		{"Home > Newsroom > Media Releases", true},
		{"https://www.example.gov/news/2024/release", true},
		{"This site uses cookies to improve your experience. By continuing you accept our cookie policy.", true},
		{"Joint Press Statement for the U.S.-Japan Policy Cooperation Dialogue", false},
		{"Follow-up meeting on maritime safety", false},
		{"Share of renewables rises to 40 percent", false},
		{"Print Media Council Meets Ministers", false},
		{"Register of Lobbyists Opens to the Public", false},
		{"Download speeds improve across the region", false},
		{"Sign up for our newsletter", true},
		{"Print friendly version", true},
		{"Share on Facebook", true},
		{"Follow us on Twitter", true},
		{"Download PDF", true},
		{"Printing and publishing industry figures rose in 2023, the office said.", false},
		{"The seal of approval was given by the committee after a long review of the evidence.", false},
		{"Washington, DC", false},
		{"We use cookies to give you the best experience on our website.", true},
		{"The regulator fined the company for placing advertising cookies without the consent of users, a breach of the rules on tracking.", false},
		{"(1) Internet Policy Issues", false},
	}
	for _, tc := range cases {
		if got := r.isChrome(tc.line); got != tc.chrome {
			t.Errorf("isChrome(%q) = %v, want %v", tc.line, got, tc.chrome)
		}
	}
}

func TestMastheadSignals(t *testing.T) {
	r := newChromeRules()
	cases := []struct {
		line string
		want int
	}{
		{"Vol. 28 No.5", 2},
		{"Issue No. 14", 2},
		{"TOPICS", 2},
		{"Table of Contents", 2},
		{".....1", 2},
		{"New offshore wind auction announced ........ 2", 2},
		{"総 務 省", 2},
		{"Oct 31, 2017", 1},
		{"Tokyo 100-8926 Japan FAX: +81-3-5253-5924", 1},
		{"Results of the policy meeting", 0},
		{"The volume of trade rose sharply in 2017.", 0},
	}
	for _, tc := range cases {
		if got := r.mastheadSignal(tc.line); got != tc.want {
			t.Errorf("mastheadSignal(%q) = %d, want %d", tc.line, got, tc.want)
		}
	}
}

func TestDateLines(t *testing.T) {
	r := newChromeRules()
	for _, s := range []string{"Monday, July 06, 2015", "March 13, 2014", "12 March 2024", "Thursday, 02 May 2024", "2024-05-02", "Oct 31, 2017", "Sept. 5, 2021"} {
		if !r.isDateOnly(s) {
			t.Errorf("dateOnly(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"Posted: April 4, 2014", "Washington, DC, March 13, 2014", "FOR IMMEDIATE RELEASE", "Released: 5 September 2021"} {
		if !r.isDateline(s) {
			t.Errorf("isDateline(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"March of the ministers", "The meeting on March 13, 2014 was attended by delegations of twenty countries and several organizations."} {
		if r.isDateline(s) || r.isDateOnly(s) {
			t.Errorf("%q read as a dateline", s)
		}
	}
}

func TestCleanTitles(t *testing.T) {
	cases := []titleCase{
		{"wrapped headline without subtitle",
			"\n\nJoint Press Statement for the\nU.S.-Japan Policy Cooperation\nDialogue on the Internet Economy\nThe Third Director General-Level Meeting\nMarch 23, 2012\n\n" + body("the dialogue"),
			corpus.Meta{}, "Joint Press Statement for the U.S.-Japan Policy Cooperation Dialogue on the Internet Economy"},
		{"site name and tagline skipped",
			"printable banner\n\nU.S. Department of State - Great Seal\n\nU.S. Department of State\n\nDiplomacy in Action\n\nCyber Dialogue Held in Tokyo\n\nMedia Note\nOffice of the Spokesperson\nMarch 13, 2014\n\n" + body("the cyber dialogue"),
			corpus.Meta{}, "Cyber Dialogue Held in Tokyo"},
		{"print date before headline",
			"Monday, July 06, 2015\n\nOfficials to hold talks next week\n\nPosted: April 4, 2014\nBookmark and Share\n\n" + body("the talks"),
			corpus.Meta{}, "Officials to hold talks next week"},
		{"html headline checked against text",
			"Newsroom\n\nMinister Opens Water Plant\n\n" + body("the plant"),
			corpus.Meta{Headline: "Minister Opens Water Plant", Title: "Minister Opens Water Plant | Ministry of Water"}, "Minister Opens Water Plant"},
		{"page title without site suffix",
			"Menu\n\nMinister Opens Water Plant\n\n" + body("the plant"),
			corpus.Meta{Title: "Minister Opens Water Plant | Ministry of Water"}, "Minister Opens Water Plant"},
		{"generic section heading is not the headline",
			"Press Releases\n\nSenator Secures Funding for Harbor Dredging\n\nWashington, D.C., March 3, 2015\n\n" + body("the dredging"),
			corpus.Meta{Headline: "Press Releases", Title: "Press Releases | U.S. Senator Jane Doe"}, "Senator Secures Funding for Harbor Dredging"},
		{"latest news heading above the headline",
			"Latest News\n\nMinister Opens Water Plant\n\nMarch 3, 2022\n\n" + body("the plant"),
			corpus.Meta{}, "Minister Opens Water Plant"},
		{"page title with site prefix",
			body("the plant"),
			corpus.Meta{Title: "Ministry of Water - Minister Opens Water Plant"}, "Minister Opens Water Plant"},
		{"pdf headline in capitals over a blank line after release labels",
			"JOINT MEDIA RELEASE\n\nFOR IMMEDIATE RELEASE\n\nLATEST CLIMATE PROJECTIONS SHOW\n\nMORE WET AND DRY EXTREMES\n\n" + body("the study"),
			corpus.Meta{}, "LATEST CLIMATE PROJECTIONS SHOW MORE WET AND DRY EXTREMES"},
		{"embargo notice skipped, subtitle not joined",
			"MEDIA RELEASE\n\nTO BE REPORTED ONLY IF CONTENT IS DELIVERED AT THE DEBATE\n\nAND TO BE EMBARGOED UNTIL AFTER DELIVERY\n\nAgency launches research programme on flood management\n\nThe programme will organise research on coastal and inland flooding\n\n" + body("the programme"),
			corpus.Meta{}, "Agency launches research programme on flood management"},
		{"wrapped headline ending on a connector over a blank line",
			"PRESIDENT'S AWARD SPOTLIGHTS STEWARDS FOR\n\nSUSTAINABILITY EFFORTS\n\n" + body("the award"),
			corpus.Meta{}, "PRESIDENT'S AWARD SPOTLIGHTS STEWARDS FOR SUSTAINABILITY EFFORTS"},
		{"first sentence when no headline",
			body("the plant"),
			corpus.Meta{}, "The ministry announced today that the plant will be reviewed by a joint committee of experts, which is expected to report its findings to both governments"},
	}
	runTitleCases(t, cases)
}

// titleCase is one HTML page's text and metadata and the title wanted.
type titleCase struct {
	name, text string
	meta       corpus.Meta
	want       string
}

// runTitleCases cleans each case as a one-article HTML page and checks
// its title.
func runTitleCases(t *testing.T, cases []titleCase) {
	t.Helper()
	c := mustCleaner(t, Config{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := c.Clean(context.Background(), corpus.Doc{Format: corpus.FormatHTML, Text: tc.text, Meta: tc.meta})
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles, want 1", len(arts))
			}
			if arts[0].Title != tc.want {
				t.Errorf("got %q, want %q", arts[0].Title, tc.want)
			}
		})
	}
}

func TestCleanKeepsDatelineMovesPrintDate(t *testing.T) {
	c := mustCleaner(t, Config{})
	arts := cleanText(t, c, "Monday, July 06, 2015\n\nOfficials to hold talks next week\n\nPosted: April 4, 2014\nBookmark and Share\n\n"+body("the talks"))
	if len(arts) != 1 {
		t.Fatalf("got %d articles", len(arts))
	}
	a := arts[0]
	if a.Masthead != "Monday, July 06, 2015" {
		t.Errorf("masthead %q, want the print date", a.Masthead)
	}
	if !strings.Contains(a.Text, "Posted: April 4, 2014") {
		t.Errorf("text lost the Posted line: %q", a.Text)
	}
	for _, chrome := range []string{"Bookmark", "July 06"} {
		if strings.Contains(a.Text, chrome) {
			t.Errorf("text keeps %q: %q", chrome, a.Text)
		}
	}
}

func TestCleanTrailingPromo(t *testing.T) {
	article := "Talks Set for Next Week\n\n" + body("the talks") + "\n\n" + body("the agenda") + " -- Jane Reporter"
	cases := []struct {
		name, tail string
		kept       []string
		dropped    []string
	}{
		{"subscription pitch", "\n\nFree Trial\n\nOur service is a subscription-based premium news service for policy professionals.\n\nSign up for a free one-month trial. You'll get a morning email each business day.\n\nSubscribe now and save 50%. You'll pay just $447.50 for a full twelve months of service.\n\nGet exclusive news on the debate in Congress and more.\n\nForm for a free trial\n\nAlready a subscriber? Click here to log in.",
			[]string{"Jane Reporter"}, []string{"Free Trial", "subscription", "exclusive news", "Already"}},
		{"sign-in box", "\n\nBack to Top\n\nDo you already have an account on one of these sites? Click the logo to sign in and create your own customized page. Want to learn more? Check out our FAQ!\n\nOpenID is a service that allows you to sign in to many different websites using a single identity.",
			nil, []string{"Back to Top", "OpenID", "already have an account"}},
		{"a release about subscriptions is not promotion", "\n\nThe new rules require companies to let consumers cancel subscriptions online as easily as they sign up, and to remind them before a free trial ends.\n\nCompanies that offer premium subscription plans must also disclose the annual price before consumers subscribe, the commission said.",
			[]string{"cancel subscriptions", "premium subscription plans"}, nil},
		{"related links", "\n\nRelated Articles\n\nMinister Visits Northern Port\nMay 2, 2024\nMinister Opens New Terminal\nApril 28, 2024",
			[]string{"Jane Reporter"}, []string{"Related", "Minister Visits", "April 28"}},
		{"press contacts kept", "\n\n###\n\nMedia Contacts:\nJane Doe, 202-555-0100, jane.doe@agency.gov\nJohn Roe, 202-555-0101, john.roe@agency.gov",
			[]string{"Jane Doe", "John Roe"}, nil},
		{"contact block kept", "\n\nFor more information contact the press office at 202-555-0100.",
			[]string{"press office"}, nil},
	}
	c := mustCleaner(t, Config{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts := cleanText(t, c, article+tc.tail)
			if len(arts) != 1 {
				t.Fatalf("got %d articles, want 1", len(arts))
			}
			for _, s := range tc.kept {
				if !strings.Contains(arts[0].Text, s) {
					t.Errorf("text lost %q", s)
				}
			}
			for _, s := range tc.dropped {
				if strings.Contains(arts[0].Text, s) {
					t.Errorf("text keeps %q", s)
				}
			}
			if !strings.Contains(arts[0].Text, "the agenda will be reviewed") {
				t.Errorf("text lost the article body: %q", arts[0].Text)
			}
		})
	}
}

func TestCleanSegmentation(t *testing.T) {
	release := func(title, date, topic string) string {
		return title + "\n" + date + "\n\n" + body(topic) + "\n\n" + body(topic+" budget") + "\n\n"
	}
	cases := []struct {
		name   string
		text   string
		titles []string
	}{
		{"single release", release("Minister Opens Water Plant", "March 3, 2022", "the plant"), []string{"Minister Opens Water Plant"}},
		{"separator between releases", release("Minister Opens Water Plant", "March 3, 2022", "the plant") + "###\n\n" + release("Ministry Announces New Dam Project", "March 9, 2022", "the dam") + "###\n",
			[]string{"Minister Opens Water Plant", "Ministry Announces New Dam Project"}},
		{"end marker between releases", release("Minister Opens Water Plant", "March 3, 2022", "the plant") + "-- END --\n\n" + release("Ministry Announces New Dam Project", "March 9, 2022", "the dam"),
			[]string{"Minister Opens Water Plant", "Ministry Announces New Dam Project"}},
		{"headers without separator", release("Minister Opens Water Plant", "Posted: March 3, 2022", "the plant") + release("Ministry Announces New Dam Project", "Posted: March 9, 2022", "the dam"),
			[]string{"Minister Opens Water Plant", "Ministry Announces New Dam Project"}},
		{"newsletter topics", "Water Newsletter\nVol. 3 No. 2\n\nTOPIC 1\n\nPlant Opens in the North\n\n" + body("the plant") + "\n\nTOPIC 2\n\nDam Project Approved\n\n" + body("the dam"),
			[]string{"Plant Opens in the North", "Dam Project Approved"}},
		{"articles of an agreement are not sections", "Agreement Signed on Fisheries\n\n" + body("the agreement") + "\n\nArticle 1\n\nPurpose\n\n" + body("the purpose") + "\n\nArticle 2\n\nThe Parties shall cooperate. " + body("the cooperation"),
			[]string{"Agreement Signed on Fisheries"}},
		{"two topic markers but one is a sentence", "Water Plant Opens\n\n" + body("the plant") + "\n\nArticle 1\n\nThe parties agree.", []string{"Water Plant Opens"}},
		{"separator without a new release", release("Minister Opens Water Plant", "March 3, 2022", "the plant") + "* * *\n\n" + body("the schedule"),
			[]string{"Minister Opens Water Plant"}},
		{"subheading with date is not a new release", "Conference Programme Announced\nMay 2, 2023\n\n" + body("the programme") + "\n\nOpening Session of the Conference\nMay 10, 2023\n\nShort note.",
			[]string{"Conference Programme Announced"}},
	}
	c := mustCleaner(t, Config{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts := cleanText(t, c, tc.text)
			var got []string
			for i, a := range arts {
				got = append(got, a.Title)
				if a.Segment != i {
					t.Errorf("article %d has segment %d", i, a.Segment)
				}
				if strings.Contains(a.Text, "###") || strings.Contains(a.Text, "END --") || strings.Contains(a.Text, "TOPIC") {
					t.Errorf("article %d keeps a separator or marker: %q", i, a.Text)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.titles) {
				t.Errorf("got %q, want %q", got, tc.titles)
			}
		})
	}
}

func TestCleanNewsletterByContents(t *testing.T) {
	text := "Water Bulletin\n\nIssue No. 12\n\nContents\n\nPlant Opens in the North ........ 1\n\nDam Project Approved by Council (May 2, 2023) ........ 2\n\n" +
		"Plant Opens in the North\n\n" + body("the plant") + "\n\nPlant Opens in the North\n\n" + body("the plant costs") +
		"\n\nDam Project Approved by Council\n\n" + body("the dam")
	arts := cleanText(t, mustCleaner(t, Config{}), text)
	var got []string
	for _, a := range arts {
		got = append(got, a.Title)
		if !strings.Contains(a.Masthead, "Issue No. 12") {
			t.Errorf("%q: masthead %q lacks the issue", a.Title, a.Masthead)
		}
	}
	if want := []string{"Plant Opens in the North", "Dam Project Approved by Council"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(arts) == 2 && strings.Count(arts[0].Text, "Plant Opens") != 1 {
		t.Errorf("running header kept: %q", arts[0].Text)
	}
}

func TestCleanReportContentsDoNotSplit(t *testing.T) {
	text := "Annual Report on Water Supply\n\nContents\n\nBackground of the Programme ........ 1\n\nFindings of the Review Team ........ 2\n\n" +
		"Background of the Programme\n\n" + body("the background") + "\n\nFindings of the Review Team\n\n" + body("the findings")
	if arts := cleanText(t, mustCleaner(t, Config{}), text); len(arts) != 1 {
		t.Errorf("report split into %d articles", len(arts))
	}
}

func TestCleanNewsletterIgnoresPageHeadline(t *testing.T) {
	text := "Water Newsletter\n\nTOPIC 1\n\nPlant Opens in the North\n\n" + body("the plant") + "\n\nTOPIC 2\n\nDam Project Approved\n\n" + body("the dam")
	arts, err := mustCleaner(t, Config{}).Clean(context.Background(), corpus.Doc{Format: corpus.FormatHTML, Text: text, Meta: corpus.Meta{Headline: "Water Newsletter", Title: "Water Newsletter | Ministry"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range arts {
		got = append(got, a.Title)
	}
	if want := []string{"Plant Opens in the North", "Dam Project Approved"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCleanNewsletterMasthead(t *testing.T) {
	text := "Water Newsletter\n\nTOPIC 1\n\nPlant Opens in the North\n\n" + body("the plant") + "\n\n1. Background\n\n" + body("the background") +
		"\n\n\n\n総 務 省\n\nTOPICS\n\nVol. 28 No.5\n\nOct 31, 2017\n\nPlant Opens in the North (October 10, 2017)\n\n.....1\n\nDam Project Approved (October 2, 2017)\n\nWater Division 2-1-2 Main Street FAX: +81-3-0000-0000\n\nPlant Opens in the North\n\n2. Results\n\n" + body("the results") +
		"\n\nTOPIC 2\n\nDam Project Approved\n\n" + body("the dam") + "\n\nDam Project Approved\n\n" + body("the dam costs")
	c := mustCleaner(t, Config{})
	arts := cleanText(t, c, text)
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
	for i, a := range arts {
		for _, s := range []string{"Vol. 28", "TOPICS", ".....", "FAX", "総", "Oct 31, 2017"} {
			if strings.Contains(a.Text, s) {
				t.Errorf("article %d text keeps masthead %q", i, s)
			}
			if !strings.Contains(a.Masthead, s) {
				t.Errorf("article %d masthead lacks %q: %q", i, s, a.Masthead)
			}
		}
		if n := strings.Count(a.Text, a.Title); n != 1 {
			t.Errorf("article %d title appears %d times (running header kept?): %q", i, n, a.Text)
		}
	}
	if !strings.Contains(arts[0].Text, "2. Results") {
		t.Errorf("article 0 lost the part after the masthead: %q", arts[0].Text)
	}
}

func TestCleanNumberedContents(t *testing.T) {
	text := "Annual Report on Digital Cooperation\n\nTable of Contents\n\n1. Introduction ........ 2\n\n2. Activities ........ 3\n\n2.1 Workshops ........ 3\n\n1. Introduction\n\n" + body("the report") + "\n\n2. Activities\n\n" + body("the activities")
	arts := cleanText(t, mustCleaner(t, Config{}), text)
	if len(arts) != 1 {
		t.Fatalf("got %d articles", len(arts))
	}
	if strings.Contains(arts[0].Text, "....") || strings.Contains(arts[0].Text, "Table of Contents") {
		t.Errorf("contents kept in text: %q", arts[0].Text)
	}
	if !strings.Contains(arts[0].Masthead, "2.1 Workshops") {
		t.Errorf("masthead %q lacks the contents", arts[0].Masthead)
	}
	if !strings.Contains(arts[0].Text, "1. Introduction\n\nThe ministry") {
		t.Errorf("text lost the first section: %q", arts[0].Text)
	}
}

func TestUnwrap(t *testing.T) {
	text := `Ministers Agree on Rescue Cooperation

The Governments of Arvelia and Kestrel Isles, meeting in Port Selwyn on
4 September 2021, reaffirmed their commitment to the safety of life at
sea and agreed to strengthen practical cooperation between their search
and rescue services and welcomed the progress made in its implemen-
tation.

1. The two sides will hold a joint search and rescue exercise every two
years, alternating between their waters, with the first exercise in
2022 and a co-
operative review.
2. The rescue coordination centres will exchange U.S.-
Japan style liaison officers and will reach carbon neutrality by
2050. We will cooperate to enhance our efforts to reach the goal of
the agreement.
(1) Monitoring will be done by the Asia-Pacific Economic Cooperation
(APEC) Data Privacy Subgroup, which plans to pursue engagement with all
partners.`
	c := mustCleaner(t, Config{})
	arts := cleanText(t, c, text)
	if len(arts) != 1 {
		t.Fatalf("got %d articles", len(arts))
	}
	got := arts[0].Text
	for _, want := range []string{
		"meeting in Port Selwyn on 4 September 2021, reaffirmed",
		"its implementation.",
		"1. The two sides will hold a joint search and rescue exercise every two years, alternating",
		"a co-operative review.\n2. The rescue",
		"U.S.-Japan style",
		"neutrality by 2050. We will cooperate",
		"Asia-Pacific Economic Cooperation (APEC) Data Privacy Subgroup",
		"agreement.\n(1) Monitoring",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("text lacks %q:\n%s", want, got)
		}
	}
}

func TestUnwrapShortLineEndsParagraph(t *testing.T) {
	lines := strings.Split(strings.Repeat("This line of the text is wrapped at a width of sixty or so\nand this one too, it is also wrapped at the same width ok\nshort end.\n", 4), "\n")
	got := unwrapLines(lines, wrapWidth(lines), newChromeRules())
	want := "This line of the text is wrapped at a width of sixty or so and this one too, it is also wrapped at the same width ok short end."
	n := 0
	for _, l := range got {
		if l != "" {
			n++
			if l != want {
				t.Errorf("got %q, want %q", l, want)
			}
		}
	}
	if n != 4 {
		t.Errorf("got %d paragraphs, want 4: %q", n, got)
	}
}

// TestUnwrapHardBreaks: a line ending in two spaces (Markdown's hard
// break, kept by corpus.NormalizePlainText) ends its line unless the next
// goes on with a lowercase word (text wrapped after a double space).
func TestUnwrapHardBreaks(t *testing.T) {
	wrapped := "This line of the text is wrapped at a width of sixty or so\n"
	tests := []struct {
		name  string
		lines string
		want  []string
	}{
		{"participant lines near the width stay apart",
			wrapped + "Ruth Porat, President and Chief Investment Officer, Alphabet  \nMatt Garman, Chief Executive Officer of the Cloud Services Unit  \nDario Amodei, Chief Executive Officer, Anthropic",
			[]string{"This line of the text is wrapped at a width of sixty or so Ruth Porat, President and Chief Investment Officer, Alphabet", "Matt Garman, Chief Executive Officer of the Cloud Services Unit", "Dario Amodei, Chief Executive Officer, Anthropic"}},
		{"a heading with a hard break keeps apart from its paragraph",
			"Cooperation for Peace and Security in the Region  \nThe two leaders expressed their shared desire for closer ties\nand for a regular dialogue between the two defence ministries.",
			[]string{"Cooperation for Peace and Security in the Region", "The two leaders expressed their shared desire for closer ties and for a regular dialogue between the two defence ministries."}},
		{"a lowercase continuation after a double space joins",
			"Q    When you sat on this information for more than two  \nmonths, did the office tell anyone about it at the time?\nThe answer is that we are still seeking the information here.",
			[]string{"Q    When you sat on this information for more than two months, did the office tell anyone about it at the time? The answer is that we are still seeking the information here."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := strings.Split(tt.lines, "\n")
			got := unwrapLines(lines, 62, newChromeRules())
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestUnwrapHeadlineUnderDateLine: a headline right under a release's
// date or label line keeps apart from the wrapped paragraph under it when
// the paragraph's first word would have fit on its line; a wrapped first
// line of a paragraph, or a dateline paragraph under a date, still joins.
func TestUnwrapHeadlineUnderDateLine(t *testing.T) {
	para := "The authority invited bids for six electric cranes to be installed at\nthe eastern terminal over the next two years, the harbour board said."
	joined := "The authority invited bids for six electric cranes to be installed at the eastern terminal over the next two years, the harbour board said."
	tests := []struct {
		name  string
		lines string
		want  []string
	}{
		{"label, date, headline", "MEDIA RELEASE\n3 March 2026\nHarbour Authority Opens Tender for Cranes\n" + para,
			[]string{"MEDIA RELEASE", "3 March 2026", "Harbour Authority Opens Tender for Cranes", joined}},
		{"date line and a sentence-case headline", "Tuesday, 3 March 2026\nNew rules on drone flights near airports take effect\n" + para,
			[]string{"Tuesday, 3 March 2026", "New rules on drone flights near airports take effect", joined}},
		{"numeric date and a capitals headline", "2026-03-03\nREGIONAL HOSPITALS RECEIVE SCREENING FUNDS\n" + para,
			[]string{"2026-03-03", "REGIONAL HOSPITALS RECEIVE SCREENING FUNDS", joined}},
		{"a paragraph under a date, wrapped at its first line, joins", "3 March 2026\n" + para,
			[]string{"3 March 2026", joined}},
		{"a dateline paragraph reaching far into the width joins", "3 March 2026\n(Port City) - On Tuesday the harbour board said it would\nopen the tender for six electric cranes next month.",
			[]string{"3 March 2026", "(Port City) - On Tuesday the harbour board said it would open the tender for six electric cranes next month."}},
		{"a headline under a blank line is left to the other rules", "Harbour Authority Opens Tender for Cranes Today\n" + para,
			[]string{"Harbour Authority Opens Tender for Cranes Today " + joined}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := strings.Split(tt.lines, "\n")
			got := unwrapLines(lines, 72, newChromeRules())
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestUnwrapHeaderOverDate: a headline line over a sub-headline or byline
// line over a date line are three header lines, not a paragraph wrapped
// over two; a paragraph's sentence over a date line still joins.
func TestUnwrapHeaderOverDate(t *testing.T) {
	tests := []struct {
		name  string
		lines string
		want  []string
	}{
		{"headline, sub-headline, date", "Allied staff at the institute vote to accept the settlement offer\nSalary increase of 1.5% with a minimum of $725, backdated\n14 March 2016",
			[]string{"Allied staff at the institute vote to accept the settlement offer", "Salary increase of 1.5% with a minimum of $725, backdated", "14 March 2016"}},
		{"headline, byline, date", "Harbour Authority Opens Tender for Six Electric Container Cranes\nBy Mere Walker, Communications Adviser\nTuesday, 3 March 2026",
			[]string{"Harbour Authority Opens Tender for Six Electric Container Cranes", "By Mere Walker, Communications Adviser", "Tuesday, 3 March 2026"}},
		{"capitals headline, sentence-case sub-headline, numeric date", "REGIONAL HOSPITALS RECEIVE FUNDING FOR CANCER SCREENING PROGRAMME\nFour hospitals in the north will screen residents over fifty\n2026-03-03",
			[]string{"REGIONAL HOSPITALS RECEIVE FUNDING FOR CANCER SCREENING PROGRAMME", "Four hospitals in the north will screen residents over fifty", "2026-03-03"}},
		{"a sentence wrapped over a date line joins", "The authority invited bids for six electric cranes to be installed at\nthe eastern terminal over the next two years.\n3 March 2026",
			[]string{"The authority invited bids for six electric cranes to be installed at the eastern terminal over the next two years.", "3 March 2026"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := unwrapLines(strings.Split(tt.lines, "\n"), 72, newChromeRules())
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestUnwrapKeepsNumberedHeadings(t *testing.T) {
	lines := strings.Split(`1.Major achievements of the Fourth Director General-Level Meeting
At this meeting, reports on specific progress made in the achievements
of dialogues held in the third meeting in March 2012 were made. In
addition, officials exchanged opinions for the first time. The outline
(1) Cloud computing service
Representatives from both U.S. and Japanese industries jointly submitted
the report, which sorts out issues related to the promotion of cloud
computing, to the governments of the two countries at the meeting.
2. The two sides will hold a joint search and rescue exercise every two
years, alternating between their waters.
(2) Development of a U.S.-Japan Cloud Computing Working Group for
Industry
Participants concurred that they will develop a working group at the
Director level, which will convene around fall 2012 after the meeting.

The Third Director General-Level Meeting of the Dialogue
March 23, 2012
Posted: March 24, 2012`, "\n")
	got := unwrapLines(lines, wrapWidth(lines), newChromeRules())
	want := []string{
		"1.Major achievements of the Fourth Director General-Level Meeting",
		"At this meeting, reports on specific progress made in the achievements of dialogues held in the third meeting in March 2012 were made. In addition, officials exchanged opinions for the first time. The outline",
		"(1) Cloud computing service",
		"Representatives from both U.S. and Japanese industries jointly submitted the report, which sorts out issues related to the promotion of cloud computing, to the governments of the two countries at the meeting.",
		"2. The two sides will hold a joint search and rescue exercise every two years, alternating between their waters.",
		"(2) Development of a U.S.-Japan Cloud Computing Working Group for Industry",
		"Participants concurred that they will develop a working group at the Director level, which will convene around fall 2012 after the meeting.",
		"",
		"The Third Director General-Level Meeting of the Dialogue",
		"March 23, 2012",
		"Posted: March 24, 2012",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCleanNotWrappedTextKeepsLines(t *testing.T) {
	text := "Short Headline Here\n\n" + body("a") + "\n" + body("b") + "\n(1) Item one\n" + body("c")
	arts := cleanText(t, mustCleaner(t, Config{}), text)
	if got := strings.Count(arts[0].Text, "\n"); got < 4 {
		t.Errorf("lines were joined: %q", arts[0].Text)
	}
}

func TestCleanFrontMatter(t *testing.T) {
	text := "---\ntags: statements\ndate: '2021-03-12'\ntitle: \"Leaders\\u2019 Joint Statement: \\u201CThe Spirit\\\n  \\ of\\_Cooperation\\u201D\"\n---\n \n1. We have convened to reaffirm our commitment to cooperation between the four countries and to a free region.\n\n2. Together, we commit to promoting a free, open rules-based order rooted in international law."
	arts := cleanText(t, mustCleaner(t, Config{}), text)
	if len(arts) != 1 {
		t.Fatalf("got %d articles", len(arts))
	}
	if want := "Leaders’ Joint Statement: “The Spirit of Cooperation”"; arts[0].Title != want {
		t.Errorf("title %q, want %q", arts[0].Title, want)
	}
	if !strings.Contains(arts[0].Masthead, "2021-03-12") {
		t.Errorf("masthead %q lacks the date", arts[0].Masthead)
	}
	if !strings.HasPrefix(arts[0].Text, "1. We have convened") {
		t.Errorf("text starts %q", arts[0].Text[:30])
	}
}

// repeatDoc is the i-th document of a site whose pages share a promo line,
// a byline and a footer.
func repeatDoc(i int) corpus.Doc {
	return corpus.Doc{Format: corpus.FormatText, Text: fmt.Sprintf("Site Wide Promo Line\nHeadline Number %d Announced\nOffice of the Spokesperson\n\n%s\n\n(1) Overview\n\n%s\n\nSite Footer Line", i, body(fmt.Sprintf("item %d", i)), body("more"))}
}

func TestLearnRepeatedLines(t *testing.T) {
	doc := repeatDoc
	t.Run("large run drops shared lines", func(t *testing.T) {
		l, err := NewChromeLearner(ChromeLearnerConfig{})
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		for i := range 6 {
			wg.Add(1)
			go func() { defer wg.Done(); l.Learn(doc(i)) }()
		}
		wg.Wait()
		c := mustCleaner(t, Config{Chrome: l.Model()})
		arts, err := c.Clean(context.Background(), doc(0))
		if err != nil {
			t.Fatal(err)
		}
		a := arts[0]
		if strings.Contains(a.Text, "Site Wide Promo") {
			t.Errorf("repeated line kept: %q", a.Text)
		}
		if strings.Contains(a.Text, "Site Footer") {
			t.Errorf("repeated footer kept: %q", a.Text)
		}
		if !strings.Contains(a.Text, "Office of the Spokesperson") {
			t.Errorf("repeated byline dropped: %q", a.Text)
		}
		if !strings.Contains(a.Text, "(1) Overview") {
			t.Errorf("repeated numbered item dropped: %q", a.Text)
		}
		if a.Title != "Headline Number 0 Announced" {
			t.Errorf("title %q", a.Title)
		}
		if a.Source.Chrome == "" || a.Source.Chrome != c.chrome.Hash() {
			t.Errorf("source chrome %q, want the model hash %q", a.Source.Chrome, c.chrome.Hash())
		}
	})
	t.Run("small run keeps them", func(t *testing.T) {
		c := learnedCleaner(t, ChromeLearnerConfig{}, doc(0), doc(1), doc(2), doc(3))
		arts := cleanText(t, c, doc(0).Text)
		if !strings.Contains(arts[0].Text, "Site Wide Promo") && arts[0].Title != "Site Wide Promo Line" {
			t.Errorf("line dropped in a run of 4: %q", arts[0].Text)
		}
	})
	t.Run("duplicate documents keep content", func(t *testing.T) {
		c := learnedCleaner(t, ChromeLearnerConfig{}, doc(1), doc(1), doc(1), doc(1), doc(1), doc(1))
		arts := cleanText(t, c, doc(1).Text)
		if !strings.Contains(arts[0].Text, "Headline Number 1") {
			t.Errorf("duplicate document lost its content: %q", arts[0].Text)
		}
	})
	t.Run("table is capped", func(t *testing.T) {
		l, err := NewChromeLearner(ChromeLearnerConfig{MaxLines: 3})
		if err != nil {
			t.Fatal(err)
		}
		for i := range 10 {
			l.Learn(doc(i))
		}
		if n := len(l.counts); n > 3 {
			t.Errorf("learned %d lines, cap 3", n)
		}
	})
	t.Run("no model drops nothing and names none", func(t *testing.T) {
		arts := cleanText(t, mustCleaner(t, Config{}), doc(0).Text)
		if !strings.Contains(arts[0].Text, "Site Footer") || arts[0].Source.Chrome != "" {
			t.Errorf("text %q, chrome %q", arts[0].Text, arts[0].Source.Chrome)
		}
	})
}

func TestCleanContextAndEmpty(t *testing.T) {
	c := mustCleaner(t, Config{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Clean(ctx, corpus.Doc{Text: "x"}); err == nil {
		t.Error("cancelled context: got nil error")
	}
	for _, text := range []string{"", "\n\n", "Back to Top\nShare\nPrint"} {
		arts, err := c.Clean(context.Background(), corpus.Doc{Text: text})
		if err != nil || len(arts) != 0 {
			t.Errorf("Clean(%q) = %d articles, %v; want none", text, len(arts), err)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"Title\n\nBody text.",
		"TOPIC 1\n\nA\n\nx\n\nTOPIC 2\n\nB\n\ny",
		"---\ntitle: \"a\\\n  b\"\n---\nText",
		"A line that is wrapped at a fixed\nwidth and continues on the next line\nand the next one too, with a hyphen-\nated word in it.\n1. item\n2. item",
		"総 務 省\nTOPICS\nVol. 1 No. 2\n.....1\n###\n* * *\nFree Trial\nSubscribe now",
		"Headline Here Today\nPosted: May 1, 2020\n\n" + body("x") + "\n###\nOther Headline Here Now\nPosted: May 2, 2020\n\n" + body("y"),
	} {
		f.Add(s, "Meta Title | Site", "")
	}
	f.Fuzz(func(t *testing.T, text, title, headline string) {
		doc := corpus.Doc{Format: corpus.FormatText, Text: text, Meta: corpus.Meta{Title: title, Headline: headline}}
		c := learnedCleaner(t, ChromeLearnerConfig{MinDocs: 2}, doc, doc, corpus.Doc{Text: title}, corpus.Doc{Text: headline})
		arts, err := c.Clean(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range arts {
			if a.Segment != i {
				t.Fatalf("article %d has segment %d", i, a.Segment)
			}
			if strings.TrimSpace(a.Text) == "" {
				t.Fatalf("article %d is empty", i)
			}
			if utf8.ValidString(text) && !utf8.ValidString(a.Text) {
				t.Fatalf("article %d text is not valid UTF-8", i)
			}
		}
	})
}
