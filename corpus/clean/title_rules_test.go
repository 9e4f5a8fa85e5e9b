package clean

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// TestHeadlineJoins checks each way a headline goes on over lines in
// three wordings, and a line none of them joins.
func TestHeadlineJoins(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	type pair struct {
		prev, next string
		sameType   bool
	}
	cases := map[string][]pair{
		"wrapped phrase": {
			{"Ministers Agree on a Roadmap for", "Regional Energy Trade", false},
			{"Joint Statement on Maritime Security,", "Fisheries and Ocean Health", false},
			{"Agency launches consultation", "on the future of rural bus services", false},
		},
		"date tail in capitals": {
			{"NEW FARES FOR ALL COMMUTERS", "FROM 1 JULY 2026", false},
			{"PORT CLOSURES ANNOUNCED", "UNTIL 30 MARCH 2026", false},
			{"FREE SCREENING FOR SENIORS", "STARTING 2 MAY 2026", false},
		},
		"dangling modifier": {
			{"Notice of Meeting: U.S. Advisory", "Commission on Rural Health", false},
			{"Third Round of the Bilateral Economic", "Dialogue Concludes", false},
			{"Minister Meets Visiting Japanese", "Parliamentary Delegation", false},
		},
		"same heading type": {
			{"Joint Statement on the Second Canada-Chile Foreign Ministers’", "Strategic Dialogue", true},
			{"Singapore and Peru Sign Two Agreements at Fourth Economic", "Partnership Council Meeting", true},
			{"Outcome of the Ninth Meeting of the Australia-Indonesia Ministerial", "Round Table on Law and Security", true},
		},
		"name wrapped after its modifier": {
			{"Meeting with Representatives of the US-ASEAN", "Business Council", true},
			{"Minister Signs Loan Agreement with the Asian", "Development Bank", true},
			{"Talks with Officials of the European", "Investment Bank", true},
		},
	}
	for _, j := range headlineJoins {
		tcs := cases[j.name]
		if len(tcs) < 3 {
			t.Errorf("%s: %d cases, want at least 3", j.name, len(tcs))
		}
		for _, tc := range tcs {
			if !j.joins(c, tc.prev, tc.next, tc.sameType) {
				t.Errorf("%s: %q + %q not joined", j.name, tc.prev, tc.next)
			}
		}
	}
	for _, tc := range []pair{
		{"Joint Statement on the Second Canada-Chile Foreign Ministers’ Dialogue", "Ottawa, 4 March 2026", true},
		{"Ministers sign fisheries accord", "Press release", true},
		{"Ministers sign fisheries accord", "The accord was signed on Monday in the capital.", true},
		{"Long headline of a release that stands on its own line", "Strategic Dialogue", false},
		{"Annual Fraud Figures 2026", "Fraud Cases Fall for the Third Year in a Row in All Public Sectors", true},
		{"Ministers Agree on a Plan to Protect the Coral Reefs of the Region", "Key Points", true},
		{"Agreement signed with the Ministry", "Department of Finance", true},
		{"Visit by the Prime", "National Water Agency", false},
	} {
		if c.joinsHeadline(tc.prev, tc.next, tc.sameType) {
			t.Errorf("%q + %q joined", tc.prev, tc.next)
		}
	}
}

// TestTitleRules checks titles of documents that test the title rules:
// a headline whose first line was skipped as a label and whose second
// starts with a connector, letterheads above a release label, and
// labels in two languages.
func TestTitleRules(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	body := "\n\n1. The meeting was held in the capital on 3 March 2026 and reviewed cooperation in trade, energy and the environment over the past year.\n\n2. The next meeting will be held in 2027."
	for _, tc := range []struct{ name, text, want string }{
		{"connector line under a label-like line", "CHAIRMAN'S STATEMENT\nOF THE 12TH EAST ASIA FORUM" + body, "CHAIRMAN'S STATEMENT OF THE 12TH EAST ASIA FORUM"},
		{"connector line in title case", "Joint Declaration\non Coastal Resilience in the Indian Ocean" + body, "Joint Declaration on Coastal Resilience in the Indian Ocean"},
		{"connector line under a statement label", "PRESIDENTIAL STATEMENT\nFOR THE THIRD OCEANS CONFERENCE" + body, "PRESIDENTIAL STATEMENT FOR THE THIRD OCEANS CONFERENCE"},
		{"letterhead in another language above a bilingual label", "MINISTERIO DE ASUNTOS EXTERIORES\nOficina de Información Diplomática\n\nCOMUNICADO CONJUNTO / JOINT COMMUNIQUÉ\n\nJoint Communiqué of the Fourth Spain-Chile Political Dialogue" + body, "Joint Communiqué of the Fourth Spain-Chile Political Dialogue"},
		{"agency name above a backgrounder label", "Natural Resources Canada\nBackgrounder\n\nClean Fuels Fund: selected projects" + body, "Clean Fuels Fund: selected projects"},
		{"ministry and directorate above a media release label", "Ministry of Tourism\nPress and Information Directorate\nMedia Release\n\nVisitor arrivals reach a record in the first quarter" + body, "Visitor arrivals reach a record in the first quarter"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := c.Clean(t.Context(), corpus.Doc{Format: corpus.FormatText, Text: tc.text, Source: corpus.Source{Path: "x.txt"}})
			if err != nil || len(arts) != 1 {
				t.Fatalf("%d articles, %v", len(arts), err)
			}
			if arts[0].Title != tc.want {
				t.Errorf("title %q, want %q", arts[0].Title, tc.want)
			}
		})
	}
}

// TestIsReleaseLabel checks release labels alone and in two languages.
func TestIsReleaseLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Backgrounder", true}, {"COMMUNIQUÉ CONJOINT / JOINT COMMUNIQUÉ", true}, {"Media Release | Communiqué de presse", true},
		{"Joint Communiqué of the Fourth Political Dialogue", false}, {"Trade / Investment", false},
		{"Press Releases 2024", true}, {"Media Releases – March 2024", true}, {"Newsroom, 2023", true}, {"News 2024", true},
		{"Budget 2024", false}, {"Statement on the 2024 Budget", false},
		{"Press releases, March 2024 – April 2024 – May 2024", true},
		{"Statement " + strings.Repeat("2024 ", 40), false}, // past maxReleaseLabelBytes: a paragraph, not normalized
		{strings.Repeat("Trade and investment talks continue. ", 6) + "| Press release", true},
	} {
		if got := isReleaseLabel(tc.in); got != tc.want {
			t.Errorf("isReleaseLabel(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestTitlePartConfirmedByText checks that the part of a page title that
// the text holds as a line is the title, the issuer or section joined to
// it left out; a title the text does not confirm stays whole.
func TestTitlePartConfirmedByText(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	body := "\n\nThe ministers met in the capital on 3 March 2026 and reviewed cooperation in trade, energy and the environment over the past year."
	for _, tc := range []struct{ name, meta, text, want string }{
		{"issuer before a hyphen", "Minister for Trade - Talks with Japan Conclude in Tokyo", "Talks with Japan Conclude in Tokyo" + body, "Talks with Japan Conclude in Tokyo"},
		{"section after a bar", "Regional Fisheries Accord Signed | Office of the Minister for Oceans", "Regional Fisheries Accord Signed" + body, "Regional Fisheries Accord Signed"},
		{"issuer before an en dash", "Department of Health – New Vaccine Centre Opens Its Doors", "New Vaccine Centre Opens Its Doors" + body, "New Vaccine Centre Opens Its Doors"},
		{"no line holds a part", "Minister for Trade - Talks with Japan Conclude in Tokyo", "Ministers review trade ties" + body, "Minister for Trade - Talks with Japan Conclude in Tokyo"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := c.Clean(t.Context(), corpus.Doc{Format: corpus.FormatHTML, Text: tc.text, Meta: corpus.Meta{Headline: tc.meta}})
			if err != nil || len(arts) != 1 {
				t.Fatalf("%d articles, %v", len(arts), err)
			}
			if arts[0].Title != tc.want {
				t.Errorf("title %q, want %q", arts[0].Title, tc.want)
			}
		})
	}
}

// TestDeckUnderHeadline checks that a line in ordinary case under a
// headline in capitals, or in sentence case under a headline in title
// case, is a deck, not the rest of the headline, in three wordings each,
// while a line in the headline's own case goes on.
func TestDeckUnderHeadline(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"CHAIR ANNOUNCES HEARING ON PORT SECURITY", "Witnesses from industry and the coast guard to testify", false},
		{"MINISTER OPENS NEW RAIL LINK", "Trains to run every ten minutes at peak hours", false},
		{"AGENCY ISSUES FLOOD WARNING", "Residents urged to prepare sandbags", false},
		{"MINISTER OPENS NEW RAIL LINK", "BETWEEN THE TWO CITIES", true},
		{"Solar Auction Draws Record Bids", "Prices fall by a third from the last round", false},
		{"Minister Launches National Reading Campaign", "Free books for every child under five", false},
		{"Port Authority Orders Two New Tugs", "Deliveries expected before the cyclone season", false},
		{"Grid Operator Tenders Battery Storage", "At Four Substations Across the Country", true},
	} {
		if got := c.continuesHeadline(tc.prev, tc.next); got != tc.want {
			t.Errorf("continuesHeadline(%q, %q) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
}

// TestBlockDate checks the date taken from header lines that set it
// beside other fields.
func TestBlockDate(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, want string }{
		{"FOR IMMEDIATE RELEASE Contact: Press Office March 3, 2026 press@example.gov", "March 3, 2026"},
		{"Thursday, May 7, 2026                  (202) 555-0100", "May 7, 2026"},
		{"Media contact: Jo Bloggs\t12 June 2026", "12 June 2026"},
		{"March 3, 2026", ""},
		{"The talks held on March 3, 2026 were productive and both sides agreed to meet again.", ""},
	} {
		if got := c.blockDate(tc.in); got != tc.want {
			t.Errorf("blockDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestStripAnnexLabel checks annex labels glued to either end of a
// headline, and headlines that keep theirs.
func TestStripAnnexLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ANNEX A Joint Statement on the Second Maritime Dialogue", "Joint Statement on the Second Maritime Dialogue"},
		{"Appendix 2: List of Participants at the Ministerial Meeting", "List of Participants at the Ministerial Meeting"},
		{"Regional Work Plan on Water Security - Annex III", "Regional Work Plan on Water Security"},
		{"Annex B", "Annex B"},
		{"Ministers Agree on Annex B of the Treaty", "Ministers Agree on Annex B of the Treaty"},
		{"Annexation Fears Grow in the Region", "Annexation Fears Grow in the Region"},
	} {
		if got := stripAnnexLabel(tc.in); got != tc.want {
			t.Errorf("stripAnnexLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestHeadlineSkips checks each kind of line the headline is never taken
// from in three wordings, and headlines that are none of them.
func TestHeadlineSkips(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]string{
		"short dateline":               {"Canberra, 4 March 2026", "Posted: June 1, 2026", "Tuesday, 12 May 2026"},
		"section heading":              {"Background", "Key points", "Notes to editors"},
		"breadcrumb trail":             {"Home > Newsroom > Media releases", "Home / News", "News » 2026 » March"},
		"letterhead or postal address": {"100 High Street, #09-01, Singapore 179434", "Tel: +61 2 6261 1111", "1600 Pennsylvania Avenue NW, Washington, DC 20500"},
		"rule or page number":          {"- 3 -", "* * *", "12/40"},
		"month and year":               {"July 2018", "MARCH, 2019", "Sept. 2021"},
		"reference number":             {"Ref: CGN/COMMS/VOL.II/044", "Our ref. MFA/12/2020", "No. 45/2017"},
		"issuer with its place and date": {"THE NATIONAL TREASURY - REPUBLIC OF SOUTH AFRICA - PRETORIA - 21 FEBRUARY 2018",
			"GOVERNMENT OF THE REPUBLIC OF KENYA MINISTRY OF HEALTH NAIROBI 14 MARCH 2020", "Embassy of Japan | Canberra | 3 May 2021"},
		"issuer with its reference": {"MINISTRY OF WATER AND SANITATION NO. 14 OF 2019 DATED 3RD APRIL 2019", "Embassy of Chile Ref: 12/2020", "Press Release No. 23 dated 4 May 2021"},
	}
	for _, sk := range headlineSkips {
		checkLineRule(t, sk.name, cases[sk.name], func(l string) bool { return sk.is(c, l) })
	}
	for _, l := range []string{"Ministers Agree on Coastal Resilience Plan", "Background check rules tightened for port workers", "Home affairs ministers meet in Jakarta",
		"July 2018 floods cost farmers millions", "No. 10 sets out plan for winter", "Ministry of Water names 14 new inspectors",
		"Ministry of Health warns of measles cases, 14 March 2020", "Council budget approved - Wellington - 3 May 2021"} {
		if c.namesNoArticle(l) {
			t.Errorf("headline %q skipped", l)
		}
	}
}

// TestKickerAbove checks topic and category labels set above a headline
// in several wordings, and short headlines that are no kicker.
func TestKickerAbove(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, title string
	}{
		{"Environment\n\nMinistry launches coastal flood research programme\n\nSingapore, 2 March 2023 – " + prose("the programme"), "Ministry launches coastal flood research programme"},
		{"TRADE AND INDUSTRY\n\nExport credit scheme widened for small firms\n\n2 March 2026\n\n" + prose("export credit"), "Export credit scheme widened for small firms"},
		{"Climate | Oceans\n\nCoral survey finds reefs recovering in the north\n\n" + prose("the reefs"), "Coral survey finds reefs recovering in the north"},
		{"Opinion\n\nWhy coastal protection matters to every one of us\n\n" + prose("coasts"), "Why coastal protection matters to every one of us"},
		{"Health · Research\n\nInstitute opens new vaccine laboratory in the capital\n\n" + prose("the laboratory"), "Institute opens new vaccine laboratory in the capital"},
		// A content type, place or byline over a headline of twice its
		// length or more, right above the body.
		{"News Article\n\nMinistry opens consultation on new coastal building rules\n\n" + prose("the rules"), "Ministry opens consultation on new coastal building rules"},
		{"Washington, DC\n\nAgencies agree joint plan to cut methane leaks from pipelines\n\n" + prose("the plan"), "Agencies agree joint plan to cut methane leaks from pipelines"},
		{"Jane Roe\n\nWhat the new trade agreement means for small exporters\n\n12 May 2026\n\n" + prose("the agreement"), "What the new trade agreement means for small exporters"},
		{"Policy Update\n\nCouncil extends free bus travel to all students under twenty\n\n" + prose("bus travel"), "Council extends free bus travel to all students under twenty"},
		// No kicker: a short headline above a deck in the same case, a
		// headline above the body, a label with a verb or a number.
		{"Climate Vouchers\n\nAll households to receive climate vouchers from April\n\n" + prose("vouchers"), "Climate Vouchers"},
		{"Bilateral Meetings\n\n" + prose("the meetings"), "Bilateral Meetings"},
		{"Minister Visits Port\n\nThe visit marked the opening of the new container terminal\n\n" + prose("the port"), "Minister Visits Port"},
		{"Budget 2026\n\nSpending on schools and hospitals rises by a tenth\n\n" + prose("the budget"), "Budget 2026"},
		{"Port Strategy\n\nThe port strategy sets out plans for the next decade of growth\n\n" + prose("the port"), "Port Strategy"},
		{"Harbour Works\n\nWorks on the northern harbour wall begin in the spring\n\n" + prose("the harbour"), "Harbour Works"},
		{"Water Safety\n\nLifeguards return to twelve beaches this weekend\n\nShort note.\n\n" + prose("the beaches"), "Water Safety"},
	} {
		arts, err := c.Clean(t.Context(), corpus.Doc{Format: corpus.FormatText, Text: tc.text, Source: corpus.Source{Path: "k.txt"}})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%d articles, %v", len(arts), err)
		}
		if arts[0].Title != tc.title {
			t.Errorf("title %q, want %q", arts[0].Title, tc.title)
		}
	}
}

// TestIsQuestionLabel checks short question sub-headings against
// headlines that ask or start with a question word.
func TestIsQuestionLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"How to Apply", true},
		{"What Changes", true},
		{"Who qualifies for grants", true},
		{"Where to find us", true},
		{"Who will curate the biennale?", false},
		{"Why coastal protection matters to every one of us", false},
		{"Howard University hosts panel", false},
		{"What", false},
	} {
		if got := isQuestionLabel(tc.in); got != tc.want {
			t.Errorf("isQuestionLabel(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestIssueLineNoTitle checks that a periodical's name or issue line above
// a headline is not the title, in several wordings, and that a headline
// mentioning a newsletter still is.
func TestIssueLineNoTitle(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, title string
	}{
		{"MINISTRY NEWSLETTER\n\nAmbassador visits the northern provinces\n\n" + prose("the visit"), "Ambassador visits the northern provinces"},
		{"Trade Bulletin, Vol. 4 No. 2\n\nPort tariffs cut for small exporters\n\n" + prose("tariffs"), "Port tariffs cut for small exporters"},
		{"Health Digest - March 2026\n\nClinics extend their opening hours\n\n" + prose("clinics"), "Clinics extend their opening hours"},
		{"Ministry launches newsletter for farmers\n\n" + prose("the newsletter"), "Ministry launches newsletter for farmers"},
		{"Ministry launches newsletter for farmers\n\nThe first issue goes out to members this week\n\n" + prose("the newsletter"), "Ministry launches newsletter for farmers"},
	} {
		arts, err := c.Clean(t.Context(), corpus.Doc{Format: corpus.FormatText, Text: tc.text, Source: corpus.Source{Path: "n.txt"}})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%d articles, %v", len(arts), err)
		}
		if arts[0].Title != tc.title {
			t.Errorf("title %q, want %q", arts[0].Title, tc.title)
		}
	}
}

// TestIssueArticleHeading checks that a one-article issue whose first
// heading is the issue line is titled by its article's headline, in
// several wordings, and that a release with a heading keeps its own.
func TestIssueArticleHeading(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, title string
	}{
		{"# Certification Newsletter - August 28, 2013\n\nThis newsletter brings news about the programme. Subscribe to get every issue when it comes out.\n\n## In this issue\n\n[New kit version available](#kit)\n\n## New kit version available\n\n" + prose("the kit"), "New kit version available"},
		{"# Trade Bulletin, Vol. 4 No. 2\n\n### Port tariffs cut for small exporters\n\n" + prose("tariffs"), "Port tariffs cut for small exporters"},
		{"# Health Digest - March 2026\n\nWelcome to this month's digest.\n\n## Contents\n\n## Clinics extend their opening hours!\n\n" + prose("clinics"), "Clinics extend their opening hours!"},
		{"# Ministry launches newsletter for farmers\n\n## Background\n\n" + prose("the newsletter"), "Ministry launches newsletter for farmers"},
	} {
		arts, err := c.Clean(t.Context(), corpus.Doc{Format: corpus.FormatText, Text: tc.text, Source: corpus.Source{Path: "n.md"}})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%d articles, %v", len(arts), err)
		}
		if arts[0].Title != tc.title {
			t.Errorf("title %q, want %q", arts[0].Title, tc.title)
		}
	}
}

// TestIssuerNamedPage checks pages titled with their issuer's name alone
// (in <title>, as the <h1>, or both) above the release's own headline: the
// headline names the article; a page with no headline under the name
// keeps the name.
func TestIssuerNamedPage(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	const head = "Agencies agree joint plan to cut methane leaks from pipelines"
	for _, tc := range []struct {
		name, text, title, h1, want string
	}{
		{"title and h1", "Ministry of Trade\n\n" + head + "\n\n12 March 2024\n\n" + prose("the plan"), "Ministry of Trade", "Ministry of Trade", head},
		{"title only", "Embassy of Japan in Canberra\n\n" + head + "\n\n" + prose("the plan"), "Embassy of Japan in Canberra", "", head},
		{"h1 only", "Office of the Prime Minister\n\n3 May 2024\n\n" + head + "\n\n" + prose("the plan"), "Prime Minister's Office - Home", "Office of the Prime Minister", head},
		{"no headline under the name", "Ministry of Trade\n\n" + prose("the ministry"), "Ministry of Trade", "Ministry of Trade", "Ministry of Trade"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := corpus.Doc{Format: corpus.FormatHTML, Text: tc.text, Source: corpus.Source{Path: "p.html"}, Meta: corpus.Meta{Title: tc.title, Headline: tc.h1}}
			arts, err := c.Clean(t.Context(), doc)
			if err != nil || len(arts) != 1 {
				t.Fatalf("%d articles, %v", len(arts), err)
			}
			if arts[0].Title != tc.want {
				t.Errorf("title %q, want %q", arts[0].Title, tc.want)
			}
		})
	}
}
