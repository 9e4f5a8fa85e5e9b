package clean

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// itemBlockCases are the documents of the "listing item blocks" rule: the
// parts of an item in several orders, with and without link furniture,
// and pages it must leave whole.
var itemBlockCases = []splitCase{
	{name: "teaser before the date, calls to action", path: "a.txt",
		text: "Latest News\n\nAgency Opens Regional Office in the Highlands\n\nThe new office will handle permits and inspections for farms and forestry across four districts.\n\n14 March 2025\n\nRead more\n\nBoard Approves Budget for Water Upgrades\n\nThe board approved spending on pipes, pumping stations and meters for the next three years.\n\n10 March 2025\n\nRead more\n\nInspectors Publish Report on Food Markets\n\nThe report found most stalls met hygiene rules but called for better cold storage at two markets.\n\n3 March 2025\n\nRead more",
		want: []string{"Agency Opens Regional Office in the Highlands", "Board Approves Budget for Water Upgrades", "Inspectors Publish Report on Food Markets"}},
	{name: "linked headlines, date and topic tags before the teaser", path: "b.md",
		text: "# News\n\n## [Council launches free bus pass for students](https://example.org/n/1)\n\n 2 June 2024\n\n* [Transport](https://example.org/t/transport)\n* [Young people](https://example.org/t/young)\n\nStudents aged 16 to 19 will travel free on all council-run bus routes from September under the new scheme.\n\n[Read more](https://example.org/n/1)\n\n## [Library opening hours extended at weekends](https://example.org/n/2)\n\n 28 May 2024\n\n* [Libraries](https://example.org/t/libraries)\n\nAll branch libraries will open on Sundays from next month after a consultation with residents.\n\n[Read more](https://example.org/n/2)\n\n## [Park restoration wins national award](https://example.org/n/3)\n\n 20 May 2024\n\n* [Parks](https://example.org/t/parks)\n\nThe restoration of the riverside park was named project of the year by the national landscape institute.\n\n[Read more](https://example.org/n/3)\n\n* [Terms of use](https://example.org/terms)\n* [How can we improve this website for you?](https://example.org/feedback)",
		want: []string{"[Council launches free bus pass for students](https://example.org/n/1)", "[Library opening hours extended at weekends](https://example.org/n/2)", "[Park restoration wins national award](https://example.org/n/3)"}},
	{name: "date above each headline", path: "c.txt",
		text: "Media statements\n\nFriday 7 February 2025\n\nMinister Welcomes Trade Agreement Ratification\n\nThe agreement removes tariffs on most farm exports and enters into force on the first day of next month.\n\nThursday 30 January 2025\n\nNew Rules for Drone Operators Take Effect\n\nOperators of drones over 250 grams must now register and pass an online safety test before flying.\n\nMonday 20 January 2025\n\nHospital Car Parking Fees Abolished\n\nPatients and visitors will no longer pay to park at public hospitals from the start of the financial year.",
		want: []string{"Friday 7 February 2025", "Thursday 30 January 2025", "Monday 20 January 2025"}},
	{name: "byline and date on one meta line under each teaser", path: "h.txt",
		text: "Statements\n\nPress Statement\n\nMinister Condemns Attack on Aid Convoy\n\nThe Minister condemned the attack on a relief convoy near the border and called for an inquiry.\n\nOffice of the Press Secretary March 4, 2026\n\nPress Statement\n\nCongratulations on National Day\n\nOn behalf of the government, the Minister congratulated the people of the islands on their national day.\n\nJane Okafor, Deputy Spokesperson February 27, 2026\n\nMedia Note\n\nSpecial Envoy Travels to the Region\n\nThe Special Envoy will meet ministers in three capitals to discuss drought relief and trade.\n\nOffice of the Press Secretary | 20 February 2026",
		want: []string{"Minister Condemns Attack on Aid Convoy", "Congratulations on National Day", "Special Envoy Travels to the Region"}},
	{name: "h3 items with a title-case subtitle and topic tags", path: "i.md",
		text: "# Press Releases\n\n### Senator Backs Rural Broadband Grants\n\nMay 2, 2026 Press Release\n\nFunding Would Reach Twelve Counties in the North\n\nWashington, DC – Today the Senator backed a plan to extend broadband grants to farms and small towns across the state.\n\nIssues:\n\nAgriculture, Science and Technology, Rural Development\n\n### Senator Announces Spring Art Contest for Students\n\nApr 28, 2026 Press Release\n\nWinning Entries Will Hang in the Capitol for a Year\n\nWashington, DC – High school students across the state may enter paintings, drawings and photographs until the end of May.\n\nIssues:\n\nEducation\n\n### Senator Statement on the Highway Funding Bill\n\nApr 21, 2026 Press Release\n\nWashington, DC – The Senator released a statement after the chamber passed a six-year bill to repair roads and bridges.\n\nIssues:\n\nTransportation and Infrastructure, Economic Issues and Jobs",
		want: []string{"Senator Backs Rural Broadband Grants", "Senator Announces Spring Art Contest for Students", "Senator Statement on the Highway Funding Bill"}},
	{name: "h2 items, date under the headline, a standfirst in title case", path: "j.md",
		text: "# Newsroom\n\n## Regulator Fines Two Lenders Over Hidden Fees\n\n12 March 2026\n\nCustomers to Be Repaid Within Ninety Days\n\nThe regulator fined two consumer lenders for charging fees that their contracts did not disclose to borrowers.\n\n## Consultation Opens on Open Banking Rules\n\n5 March 2026\n\nViews Sought From Banks, Fintechs and Consumer Groups\n\nThe consultation asks how account data should be shared safely between banks and new payment providers.\n\n## Annual Report on Complaints Published\n\n26 February 2026\n\nComplaints about payment services rose for the third year, the report says, led by card disputes.",
		want: []string{"Regulator Fines Two Lenders Over Hidden Fees", "Consultation Opens on Open Banking Rules", "Annual Report on Complaints Published"}},
	{name: "h4 items with a category line in title case after the teaser", path: "k.md",
		text: "## Latest updates\n\n#### Border Crossing Hours Extended for Harvest Season\n\n2026-09-01\n\nCrossings in the east will stay open until midnight through October so that farm trucks can move the harvest.\n\nCustoms, Agriculture and Trade Facilitation\n\n#### New Passport Fees Take Effect Next Month\n\n2026-08-25\n\nAdult passports will cost slightly more from October, while fees for children are unchanged.\n\nTravel Documents and Consular Services\n\n#### Ministry Publishes Guidance for Seasonal Workers\n\n2026-08-18\n\nThe guidance explains visa rules, housing standards and who to call about unpaid wages.\n\nLabour Migration and Worker Protection",
		want: []string{"Border Crossing Hours Extended for Harvest Season", "New Passport Fees Take Effect Next Month", "Ministry Publishes Guidance for Seasonal Workers"}},
	{name: "statements one after another, a label and a byline between headline and date", path: "l.txt",
		text: "Drought Relief for Farmers in the South\n\nPRESS STATEMENT\nJane Okafor, Minister for Agriculture\nMarch 2, 2026\n\nThe government will pay for water deliveries to farms in the four driest districts until the rains return.\n\nFarmers can apply online or at district offices from next week.\n\nNational Day of the Islands\n\nPRESS STATEMENT\nTom Reyes, Minister for Foreign Affairs\nFebruary 24, 2026\n\nOn behalf of the government, I congratulate the people of the islands on their national day.\n\nElection in the Northern Province\n\nMEDIA NOTE\nOffice of the Spokesperson\nFebruary 17, 2026\n\nThe government congratulates the voters of the northern province on a peaceful and orderly election.",
		want: []string{"Drought Relief for Farmers in the South", "National Day of the Islands", "Election in the Northern Province"}},
	{name: "list items with bullets, a three-word headline among them, numeric dates", path: "m.txt",
		text: "Media statements\n\n- Harbour Dredging Contract Awarded to Local Firm\n\nThe port authority awarded the dredging contract after an open tender that drew eleven bids.\n\n24/03/2026\n\n- Coast Guard Exercise\n\nThe coast guard will hold a search and rescue exercise off the northern cape this weekend.\n\n20/03/2026\n\n- New Ferry Timetable for the Islands\n\nFerries to the outer islands will sail twice a day from April, up from once a day.\n\n12/03/2026\n\n- Fisheries Quotas Set for the Season\n\nThe council set quotas for tuna and reef fish after hearing from fishers and scientists.\n\n02/03/2026",
		want: []string{"- Harbour Dredging Contract Awarded to Local Firm", "- Coast Guard Exercise", "- New Ferry Timetable for the Islands", "- Fisheries Quotas Set for the Season"}},
	{name: "a news list then an undated blog list on one page, after a cookie notice", path: "d.txt",
		text: "We use cookies to make this site work. Some are essential, and others help us understand how you use the site.\n\nNews\n\nDepartment Funds Six Battery Research Projects\n\nThe projects will test new chemistries for grid storage at national laboratories and universities.\n\nOctober 4, 2024\n\nDepartment Names New Director of Science\n\nThe director will oversee basic research programmes and the national user facilities.\n\nOctober 2, 2024\n\nRegional Grid Study Released\n\nThe study maps where new transmission lines would cut costs for households in the region.\n\nSeptember 30, 2024\n\nBlog\n\nFive Things to Know About Heat Pumps Learn More\n\nHeat pumps move heat rather than make it, which is why they use less energy than furnaces.\n\nHow a Solar Farm Is Built Learn More\n\nFrom survey to switch-on, the steps a utility-scale solar project goes through.",
		want: []string{"Department Funds Six Battery Research Projects", "Department Names New Director of Science", "Regional Grid Study Released", "Five Things to Know About Heat Pumps Learn More", "How a Solar Farm Is Built Learn More"}},
	{name: "a release that prints its headline twice stays whole", path: "g.txt",
		text: "Council Approves Budget for Harbour Works\n\nMarch 3, 2025\n\nThe council approved the budget for the harbour works at its meeting today.\n\nCouncil Approves Budget for Harbour Works\n\nMarch 3, 2025\n\nThe budget pays for new pontoons, lighting and a wave barrier at the harbour mouth.\n\nWork Starts on the Wave Barrier in May\n\nMarch 3, 2025\n\nContractors will start on the wave barrier in May and finish before winter storms."},
	{name: "a page whose sections carry no date lines stays whole", path: "e.txt",
		text: "Storm Response\n\nPower Restoration Under Way in Coastal Towns\n\nCrews from six states are working to restore power to homes and businesses along the coast.\n\nShelters Open for Displaced Residents\n\nTwelve shelters are open in schools and community centres and accept pets.\n\nHow to Report Damage to Your Home\n\nResidents can report damage online or by phone and should keep receipts for repairs."},
	{name: "a release that ends with a programme of dated events stays whole", path: "f.txt",
		text: "Minister to Lead Trade Mission to Three Capitals\n\nThe Minister will lead a delegation of forty companies to the region next week to open markets for food, education and clean energy services, and to sign two cooperation agreements.\n\nThe mission follows the free trade agreement signed last year, which removed most tariffs on goods traded between the countries.\n\nBusiness Forum on Clean Energy\n\n6 May 2026\n\nCompanies will present projects in wind and solar power to investors.\n\nSigning of Education Agreement\n\n7 May 2026\n\nThe agreement will recognise degrees and open exchange places for students.\n\nVisit to the Port Authority\n\n8 May 2026\n\nThe delegation will tour the container terminal."},
}

// TestItemRoleRules checks each role of a listing's lines in three
// wordings.
func TestItemRoleRules(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]string{
		"date line":        {"14 March 2025", "Thursday 30 January 2025", "2024-06-02"},
		"issuer or byline": {"Jane Okafor, Minister for Trade", "Office of the Press Secretary", "Ministry of Foreign Affairs and Trade"},
		"byline and date":  {"Office of the Press Secretary March 4, 2026", "Media Release | 17 Feb 2025", "Posted by Jane Okafor on 3 May 2024", "Statement · 12 January 2026", "Posted on 3 May 2024 by admin", "12 March 2026 | News story", "Updated 4 June 2025 · 3 min read"},
		"furniture":        {"Read more »", "* [Winter news and guidance](https://example.org/t/winter)", "ENERGY BLOG", "[Learn More](https://example.org/a/1)", "View Article"},
		"headline":         {"Council launches free bus pass for students", "[Library opening hours extended at weekends](https://example.org/n/2)", "Secretary Announces Funding to Help Industry Develop New, Improved Material..."},
		"teaser":           {"Students aged 16 to 19 will travel free on all council-run bus routes.", "The designation makes the country one of only three identified for unique capabilities and excellence in nuclear research and training programmes", "From survey to switch-on, the steps a solar project goes through."},
	}
	for _, r := range itemRoleRules {
		checkLineRule(t, r.name, cases[r.name], func(l string) bool {
			cl := c.classify([]string{l})[0]
			return c.itemRoleOf(cl) == r.role
		})
	}
	for _, l := range []string{"Talks end in Geneva, 3 May 2024", "The Minister will travel to Oslo on 3 May 2024.", "Budget hearings resume in the Senate on March 4, 2026"} {
		if got := c.itemRoleOf(c.classify([]string{l})[0]); got == roleDate {
			t.Errorf("%q read as a date line", l)
		}
	}
	for _, l := range []string{"Ministry of Health Clinics Recognized for Cutting Waiting Times in Rural Districts", "Office of the Ombudsman Report on Prison Visits Published Today", "Department of Transport Grants for Electric Buses in Twelve Cities"} {
		if got := c.itemRoleOf(c.classify([]string{l})[0]); got != roleHeadline {
			t.Errorf("%q read as role %d, want a headline", l, got)
		}
	}
	for _, l := range []string{"Department of Labor Equity Plan", "Office of the Ombudsman", "Ministry of Foreign Affairs and Trade"} {
		cl := c.classify([]string{l})[0]
		cl.level = 2 // marked as a heading by the page
		if got := c.itemRoleOf(cl); got != roleHeadline {
			t.Errorf("heading %q read as role %d, want a headline", l, got)
		}
	}
	for _, l := range []string{"Ms Holm said.", "Officials met"} {
		if got := c.itemRoleOf(c.classify([]string{l})[0]); got == roleHeadline || got == roleTeaser {
			t.Errorf("%q read as role %d", l, got)
		}
	}
}

// TestTitleTrims checks each trim of titleTrims in three wordings and a
// title it leaves alone.
func TestTitleTrims(t *testing.T) {
	cases := map[string][][2]string{
		"section marker": {{"TOPIC 2: Ministers agree on port upgrade", "Ministers agree on port upgrade"}, {"Story 3 - New clinic opens in the valley", "New clinic opens in the valley"}, {"Item 1. Budget approved for schools", "Budget approved for schools"}},
		"annex label":    {{"ANNEX A Joint Statement on Maritime Security", "Joint Statement on Maritime Security"}, {"Work Plan on Digital Trade - Appendix 2", "Work Plan on Digital Trade"}, {"Attachment 1: Terms of Reference of the Council", "Terms of Reference of the Council"}},
		"markdown link":  {{"[Council launches free bus pass](https://example.org/n/1)", "Council launches free bus pass"}, {"[NHS offers final chances to get boosted](https://example.org/2023/02/x/)", "NHS offers final chances to get boosted"}, {"[Minister opens station](/news/station \"Station\")", "Minister opens station"}, {"[![Managing fatigue with a lung condition]()](/blog/fatigue)", "Managing fatigue with a lung condition"}},
		"list bullet":    {{"- Minister opens the new port", "Minister opens the new port"}, {"• Budget approved for schools", "Budget approved for schools"}, {"* Ferry timetable changes from May", "Ferry timetable changes from May"}},
		"story number":   {{"2. NEW HOSPITAL WING APPROVED", "NEW HOSPITAL WING APPROVED"}, {"3) Water Safety Advice for Summer", "Water Safety Advice for Summer"}, {"10. Exam results published today", "Exam results published today"}},
		"call to action": {{"Solar Decathlon: 3 STEM Resources for Teachers Learn More", "Solar Decathlon: 3 STEM Resources for Teachers"}, {"Minister opens new border post Read more »", "Minister opens new border post"}, {"Grants for rural clinics announced Continue reading", "Grants for rural clinics announced"}},
	}
	for _, tr := range titleTrims {
		cs := cases[tr.name]
		if len(cs) < 3 {
			t.Errorf("%s: %d cases, want at least 3", tr.name, len(cs))
		}
		for _, tc := range cs {
			if got := tr.trim(tc[0]); got != tc[1] {
				t.Errorf("%s(%q) = %q, want %q", tr.name, tc[0], got, tc[1])
			}
		}
	}
	for _, title := range []string{"Want to Learn More", "Read more", "- [A bullet link](https://example.org)", "Ministers meet in Hanoi", "1. Overview", "1.5 million doses delivered"} {
		if got := trimTitle(title); got != title {
			t.Errorf("trimTitle(%q) = %q, want it unchanged", title, got)
		}
	}
}

// TestCleanListingItemsDatedWherePrinted checks that each listed item
// is dated by its own date line, whether the item prints it above the
// headline, below it or after the teaser.
func TestCleanListingItemsDatedWherePrinted(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range itemBlockCases[:3] {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := c.Clean(context.Background(), corpus.Doc{Format: corpus.FormatText, Text: tc.text, Source: corpus.Source{Path: tc.path}})
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != 3 {
				t.Fatalf("%d articles, want 3", len(arts))
			}
			for _, a := range arts {
				if a.Masthead == "" || !c.rules.isDateOnly(a.Masthead) {
					t.Errorf("%q: masthead %q, want its own date line", a.Title, a.Masthead)
				}
			}
		})
	}
}

// TestCleanDatedHeadingListing checks that a listing whose items are
// headings, each under its own date line, splits into one article per
// item dated by that line, before the periodical rules read the headings
// as one newsletter's sections (which would take the first date for all
// and merge an item whose text is short).
func TestCleanDatedHeadingListing(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		dates      []string
	}{
		{"dates above h2 headlines", "# Latest news\n\n17 June 2026\n\n## Harbour Dredging Contract Awarded to Local Firm\n\nThe port authority awarded the dredging contract after an open tender that drew eleven bids from firms.\n\n13 June 2026\n\n## Minister Meets Fisheries Council\n\nThe following is a note from the Minister:\n\n1 June 2026\n\n## New Ferry Timetable for the Outer Islands\n\nFerries to the outer islands will sail twice a day from July, up from once a day, the ministry said.",
			[]string{"17 June 2026", "13 June 2026", "1 June 2026"}},
		{"dates above h3 headlines of a newsroom", "## Newsroom\n\nMarch 30, 2026\n\n### Grants Open for Community Solar Projects\n\nTowns and cooperatives may apply for grants to build shared solar arrays on public land this year.\n\nMarch 23, 2026\n\n### Statement on the Floods\n\nOur thoughts are with the families.\n\nMarch 16, 2026\n\n### Survey of Rural Broadband Published\n\nThe survey found that one household in five outside the towns still lacks a fast connection.",
			[]string{"March 30, 2026", "March 23, 2026", "March 16, 2026"}},
		{"numeric dates above h2 headlines", "# Media releases\n\n2026-05-12\n\n## Customs Introduces Online Declarations for Travellers\n\nTravellers can now declare goods online before they land, cutting queues at the airport counters.\n\n2026-05-05\n\n## Border Post Opens Early\n\nHours change from Monday.\n\n2026-04-28\n\n## Annual Report on Trade Facilitation Released\n\nClearance times fell by a third last year as more traders used the single window system.",
			[]string{"2026-05-12", "2026-05-05", "2026-04-28"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := c.Clean(context.Background(), corpus.Doc{Format: corpus.FormatText, Text: tc.text, Source: corpus.Source{Path: "x.md"}})
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != len(tc.dates) {
				t.Fatalf("%d articles, want %d", len(arts), len(tc.dates))
			}
			for i, a := range arts {
				if !strings.Contains(a.Masthead, tc.dates[i]) || i > 0 && strings.Contains(a.Masthead, tc.dates[0]) {
					t.Errorf("%q: masthead %q, want its own date %q", a.Title, a.Masthead, tc.dates[i])
				}
			}
		})
	}
}

// TestCleanDatedHeadlineRows checks the rows that print an item's date
// and headline on one line, separated by spaces only: each row is one
// item titled by its headline and dated by its date, in three wordings;
// a release whose headline ends in a date, and a release that lists two
// dated events, stay whole with their lines unchanged.
func TestCleanDatedHeadlineRows(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text    string
		titles, dates []string
	}{
		{"list rows, headline then date", "Press Releases\n\n- Ferry Timetable Changes for the Islands June 17, 2026\n\n- Harbour Dredging Contract Awarded June 13, 2026\n\n- Fisheries Council Sets Tuna Quotas June 1, 2026\n\n- Coast Guard Opens Northern Station May 25, 2026",
			[]string{"Ferry Timetable Changes for the Islands", "Harbour Dredging Contract Awarded", "Fisheries Council Sets Tuna Quotas", "Coast Guard Opens Northern Station"},
			[]string{"June 17, 2026", "June 13, 2026", "June 1, 2026", "May 25, 2026"}},
		{"date then headline, a teaser under each", "News\n\n8 April 2026 Minister Welcomes Trade Deal Ratification\n\nThe agreement removes tariffs on most farm exports from next month.\n\n7 April 2026 Scholarship Scheme Opens to Regional Students\n\nStudents outside the capital may apply for the new grants until June.\n\n4 April 2026 New Rules for Drone Operators Take Effect\n\nOperators must register drones over 250 grams before flying them.",
			[]string{"Minister Welcomes Trade Deal Ratification", "Scholarship Scheme Opens to Regional Students", "New Rules for Drone Operators Take Effect"},
			[]string{"8 April 2026", "7 April 2026", "4 April 2026"}},
		{"numeric dates after a dash", "Media statements\n\nBorder Crossing Hours Extended for Harvest – 03/13/2026\n\nNew Passport Fees Take Effect Next Month – 03/09/2026\n\nMinistry Publishes Guidance for Seasonal Workers – 03/02/2026",
			[]string{"Border Crossing Hours Extended for Harvest", "New Passport Fees Take Effect Next Month", "Ministry Publishes Guidance for Seasonal Workers"},
			[]string{"03/13/2026|2026-03-13", "03/09/2026|2026-03-09", "03/02/2026|2026-03-02"}},
		{"a release whose headline ends in a date stays whole", "Ministers Agree on Fisheries Accord, 3 May 2026\n\n" + prose("the accord") + "\n\n" + prose("quotas"),
			[]string{"Ministers Agree on Fisheries Accord, 3 May 2026"}, nil},
		{"two dated events in a release stay whole", "Minister to Visit Two Capitals\n\n" + prose("the visit") + "\n\n- Business Forum on Clean Energy 6 May 2026\n\n- Signing of Education Agreement 7 May 2026\n\n" + prose("the agreements"),
			[]string{"Minister to Visit Two Capitals"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts := cleanArticles(t, c, corpus.Doc{Format: corpus.FormatText, Text: tc.text, Source: corpus.Source{Path: "x.txt"}})
			got := make([]string, 0, len(arts))
			for _, a := range arts {
				got = append(got, a.Title)
			}
			if !slices.Equal(got, tc.titles) {
				t.Fatalf("titles %q, want %q", got, tc.titles)
			}
			for i, d := range tc.dates {
				written, iso, _ := strings.Cut(d, "|") // a listing's numeric dates may be resolved to ISO form
				if !strings.Contains(arts[i].Masthead, written) && (iso == "" || !strings.Contains(arts[i].Masthead, iso)) {
					t.Errorf("%q: masthead %q, want %q", arts[i].Title, arts[i].Masthead, d)
				}
			}
		})
	}
}

// TestCleanListingItemHeadlines checks that a listed item is titled by
// the headline its split started at, though a label line under it and a
// teaser that reads like a headline follow, and though a headline the
// page marks at the items' heading level is too long to read as one by
// its words alone; three wordings.
func TestCleanListingItemHeadlines(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"label line under short headlines", "# Press\n\n### Kenyan General Elections\n\nPress Release | 08.03.2026\n\nThe August 9 election will be an opportunity for the country to showcase its democracy.\n\n### Condolences on the Passing of a Former Minister\n\nPress Release | 07.26.2026\n\nThe government is saddened to learn of the passing of the former first minister of the province.\n\n### On the Occasion of the Harvest Festival\n\nPress Release | 07.08.2026\n\nOn behalf of the government, I wish everyone celebrating a joyful harvest festival.",
			[]string{"Kenyan General Elections", "Condolences on the Passing of a Former Minister", "On the Occasion of the Harvest Festival"}},
		{"a long official title among short ones", "## News\n\n### Special Envoy for Global Food Security Travels to the United Nations for a Special Event with the Committee on World Food Security\n\nJune 18, 2026\n\nThe envoy will speak at a high-level event on coordinating responses to the food security crisis.\n\n### Fisheries Quotas Set\n\nJune 11, 2026\n\nThe council set quotas for tuna and reef fish after hearing from fishers and scientists.\n\n### Ferry Timetable Changes\n\nJune 4, 2026\n\nFerries to the outer islands will sail twice a day from July, up from once a day.",
			[]string{"Special Envoy for Global Food Security Travels to the United Nations for a Special Event with the Committee on World Food Security", "Fisheries Quotas Set", "Ferry Timetable Changes"}},
		{"category label then date under each headline", "# Media centre\n\n## Border Post Opens Early\n\nMedia Note · 12 May 2026\n\nThe northern border post opens an hour earlier from Monday for freight traffic.\n\n## National Day Greetings to the Islands\n\nStatement · 5 May 2026\n\nThe Minister congratulated the people of the islands on their national day.\n\n## Grants for Rural Clinics\n\nMedia Release · 28 April 2026\n\nEleven rural clinics will share new funding for staff and equipment this year.",
			[]string{"Border Post Opens Early", "National Day Greetings to the Islands", "Grants for Rural Clinics"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := cleanTitles(t, c, corpus.Doc{Format: corpus.FormatText, Text: tc.text, Source: corpus.Source{Path: "x.md"}}); !slices.Equal(got, tc.want) {
				t.Errorf("titles %q, want %q", got, tc.want)
			}
		})
	}
}
