package clean

import (
	"slices"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// prepared runs the cleaner's steps before segmentation over text, as
// Clean does for a text or Markdown file (path decides which).
func prepared(t *testing.T, c *Cleaner, path, text string, headings []int) []cline {
	t.Helper()
	format := corpus.FormatText
	if headings != nil {
		format = corpus.FormatPDF
	}
	doc := corpus.Doc{Format: format, Text: text, Headings: headings, Source: corpus.Source{Path: path}}
	raw, levels, _ := c.prepareLines(doc)
	lines := c.classify(raw)
	for i, lv := range levels {
		lines[i].level = lv
	}
	markHeadings(lines, doc)
	c.markSetextHeadings(lines, doc)
	c.dropRelatedLists(lines)
	c.dropTrailingPromo(lines)
	c.markMastheadClusters(lines)
	return lines
}

// prose returns a body paragraph about subject, long enough to count as
// an article's body.
func prose(subject string) string {
	return "Officials met on Tuesday to discuss " + subject + ", reviewing progress made since the last round and agreeing on the work to be done before the end of the year."
}

// splitCase is a document and the headlines its articles start at (nil:
// the rule does not split it).
type splitCase struct {
	name, path, text string
	headings         []string // paragraphs marked as set in larger type (PDF)
	want             []string
}

// pdfText joins paragraphs with blank lines and returns the offsets of
// those listed in heads.
func pdfText(paras []string, heads []string) (string, []int) {
	var b strings.Builder
	var offs []int
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		if slices.Contains(heads, p) {
			offs = append(offs, b.Len())
		}
		b.WriteString(p)
	}
	return b.String(), offs
}

var splitRuleCases = map[string][]splitCase{
	"numbered section markers": {
		{name: "topic markers", path: "a.txt",
			text: "Trade Bulletin\n\nTOPIC 1\n\nPort authority opens new container terminal\n\n" + prose("the new terminal") + "\n\nTOPIC 2\n\nCustoms agencies sign data-sharing protocol\n\n" + prose("customs data"),
			want: []string{"TOPIC 1", "TOPIC 2"}},
		{name: "story markers in roman numerals", path: "b.txt",
			text: "STORY I\n\nRegional health ministers agree on vaccine stockpile\n\n" + prose("vaccine reserves") + "\n\nSTORY II\n\nNew fellowship programme for young diplomats announced\n\n" + prose("the fellowship"),
			want: []string{"STORY I", "STORY II"}},
		{name: "item markers with a full stop", path: "c.txt",
			text: "Item 1.\n\nCoastal states launch joint fisheries patrol\n\n" + prose("fisheries patrols") + "\n\nItem 2.\n\nAgreement reached on river basin management plan\n\n" + prose("river basins"),
			want: []string{"Item 1.", "Item 2."}},
		{name: "an agreement's articles do not split", path: "d.txt",
			text: "Article 1\n\nPurpose\n\n" + prose("the purpose") + "\n\nArticle 2\n\nThe Parties shall cooperate.\n\n" + prose("cooperation")},
	},
	"symbol headlines": {
		{name: "black squares", path: "a.txt",
			text: "■ Minister receives visiting trade delegation\n\n" + prose("market access") + "\n\n■ Cabinet approves new research budget\n\n" + prose("research funding"),
			want: []string{"■ Minister receives visiting trade delegation", "■ Cabinet approves new research budget"}},
		{name: "diamonds", path: "b.txt",
			text: "Weekly Digest\n\n◆ Energy regulators publish tariff review\n\n" + prose("electricity tariffs") + "\n\n◆ Rail link feasibility study completed\n\n" + prose("the rail link") + "\n\n◆ Scholarship round opens for 2026\n\n" + prose("scholarships"),
			want: []string{"◆ Energy regulators publish tariff review", "◆ Rail link feasibility study completed", "◆ Scholarship round opens for 2026"}},
		{name: "triangles", path: "c.txt",
			text: "▶ Disaster drill held along the northern coast\n\n" + prose("the drill") + "\n\n▶ Customs modernisation roadmap adopted\n\n" + prose("customs reform"),
			want: []string{"▶ Disaster drill held along the northern coast", "▶ Customs modernisation roadmap adopted"}},
		{name: "one symbol headline does not split", path: "d.txt",
			text: "■ Minister receives visiting trade delegation\n\n" + prose("market access") + "\n\n" + prose("investment")},
	},
	"contents list": {
		{name: "bulleted contents under a heading", path: "a.txt",
			text: "Agriculture Newsletter, Issue 12\n\nContents\n\n- Farmers trial drought-resistant seed varieties\n- Export rules for dairy products simplified\n\nFarmers trial drought-resistant seed varieties\n\n" + prose("seed trials") + "\n\nExport rules for dairy products simplified\n\n" + prose("dairy exports"),
			want: []string{"Farmers trial drought-resistant seed varieties", "Export rules for dairy products simplified"}},
		{name: "dot leaders and page numbers, one headline twice", path: "b.txt",
			text: "Science Ministry Bulletin\nVol. 4 No. 2, March 2026\n\nIN THIS ISSUE\nMinister's Visit Abroad ........ 1\nMinister's Visit Abroad ........ 2\nNew Research Vessel Launched ... 3\n\nMinister's Visit Abroad\n\n" + prose("the first visit") + "\n\nMinister's Visit Abroad\n\n" + prose("the second visit") + "\n\nNew Research Vessel Launched\n\n" + prose("the vessel"),
			want: []string{"Minister's Visit Abroad", "Minister's Visit Abroad", "New Research Vessel Launched"}},
		{name: "numbered entries in a box", path: "c.txt",
			text: "Transport Digest\n\n| In this edition                         |\n| 1. Harbour bridge reopens to traffic   |\n| 2. Cycling network plan adopted        |\n\nHarbour bridge reopens to traffic\n\n" + prose("the bridge") + "\n\nCycling network plan adopted\n\n" + prose("cycle lanes"),
			want: []string{"Harbour bridge reopens to traffic", "Cycling network plan adopted"}},
		{name: "Markdown contents naming the lead stories; later articles at their level join, sub-headings do not", path: "e.md",
			text: "# Trade Ministry Newsletter - May 2026\n\n## In this issue\n\n[Port tariffs cut for small exporters](#ports)\n\n[Customs portal goes live](#portal)\n\n## <a id=\"ports\"></a>Port tariffs cut for small exporters\n\n### Who qualifies\n\n" + prose("eligibility") + "\n\n### How to apply\n\n" + prose("applications") + "\n\n## <a id=\"portal\"></a>Customs portal goes live\n\n" + prose("the portal") + "\n\n## Trade fair dates announced!\n\n" + prose("the trade fair"),
			want: []string{"Port tariffs cut for small exporters", "Customs portal goes live", "Trade fair dates announced!"}},
		{name: "Markdown contents naming headlines that start with a number, and a short notice", path: "g.md",
			text: "# Storage Newsletter, Issue 8\n\n[8 GB drives now supported](#drives)\n\n[Fee update](#fee)\n\n## <a id=\"drives\"></a>8 GB drives now supported\n\n" + prose("drive support") + "\n\n## <a id=\"fee\"></a>Fee update\n\nNo fees are being charged for submissions of this kind.\n\nWe are updating the billing policy document to say so.\n\n## Related topics\n\n[Archive](archive.md)",
			want: []string{"8 GB drives now supported", "Fee update"}},
		{name: "Markdown contents as a bulleted link list", path: "f.md",
			text: "# Health Bulletin, Issue 3\n\n- [Clinics extend opening hours](#clinics)\n- [Vaccination drive reaches rural districts](#vaccines)\n\n## Clinics extend opening hours\n\n" + prose("opening hours") + "\n\n### (1) Evening sessions\n\n" + prose("the evening sessions") + "\n\n## Vaccination drive reaches rural districts\n\n" + prose("vaccinations"),
			want: []string{"Clinics extend opening hours", "Vaccination drive reaches rural districts"}},
		{name: "contents entries naming headlines the layout wrapped", path: "h.pdf",
			text: "MINISTRY NEWSLETTER\nVol. 12 No. 4, April 30, 2021\n\nTOPICS\n1. Ambassador visits the northern provinces for talks with governors ........ 1\n2. Scholarship alumni gather in the capital ..... 2\n\nAmbassador visits the northern provinces for\n\ntalks with governors\n\n" + prose("the visit") + "\n\n1. Overview\n\n" + prose("the overview") + "\n\nScholarship alumni gather in the capital\n\n" + prose("the alumni"),
			want: []string{"Ambassador visits the northern provinces for", "Scholarship alumni gather in the capital"}},
		{name: "a report's contents do not split", path: "d.txt",
			text: "Annual Report on Fisheries\n\nContents\n\n- Catch statistics for the year\n- Outlook for the next season\n\nCatch statistics for the year\n\n" + prose("catch figures") + "\n\nOutlook for the next season\n\n" + prose("the outlook")},
	},
	"markdown heading level": {
		{name: "articles at level two, numbered sub-headings at level three", path: "a.md",
			text: "# Parliament Weekly Newsletter\n\n## Committee backs new rules on drone safety\n\n" + prose("drone rules") + "\n\n### 1. What changes\n\n" + prose("the changes") + "\n\n### 2. Next steps\n\n" + prose("the next steps") + "\n\n## Plenary debate on housing costs\n\n" + prose("housing costs"),
			want: []string{"Committee backs new rules on drone safety", "Plenary debate on housing costs"}},
		{name: "articles at level three under an issue line", path: "b.md",
			text: "Issue 44 | June 2026\n\n### Ocean observatory joins global network\n\n" + prose("ocean data") + "\n\n#### Background\n\n" + prose("the background") + "\n\n### Grants announced for coastal towns\n\n" + prose("coastal grants") + "\n\n### Upcoming: workshop on marine spatial planning\n\n" + prose("the workshop"),
			want: []string{"Ocean observatory joins global network", "Grants announced for coastal towns", "Upcoming: workshop on marine spatial planning"}},
		{name: "bracketed sub-headings stay inside", path: "c.md",
			text: "# Regional Bulletin\n\n## Ministers meet on water security\n\n" + prose("water security") + "\n\n## (1) Working sessions\n\n" + prose("the sessions") + "\n\n## Youth forum draws record attendance\n\n" + prose("the youth forum"),
			want: []string{"Ministers meet on water security", "Youth forum draws record attendance"}},
		{name: "headlines ending in an exclamation or a question", path: "e.md",
			text: "# Culture Newsletter\n\n## Museum reopens after renovation!\n\n" + prose("the museum") + "\n\n## Who will curate the biennale?\n\n" + prose("the biennale") + "\n\n## Archive digitisation passes halfway mark\n\n" + prose("the archive"),
			want: []string{"Museum reopens after renovation!", "Who will curate the biennale?", "Archive digitisation passes halfway mark"}},
		{name: "a release with sections does not split", path: "d.md",
			text: "# Ministry announces port investment\n\n## Funding details\n\n" + prose("funding") + "\n\n## Quotes from the Minister\n\n" + prose("the minister's remarks")},
	},
	"standalone headlines": {
		{name: "title-case headlines with numbered sub-headings", path: "a.txt",
			text: "Ports Authority Newsletter\nIssue 9, May 2026\n\nNew Container Crane Enters Service\n\n" + prose("the crane") + "\n\n1. Capacity\n\n" + prose("capacity") + "\n\nHarbour Pilots Complete Safety Course\n\n" + prose("pilot training"),
			want: []string{"New Container Crane Enters Service", "Harbour Pilots Complete Safety Course"}},
		{name: "headlines in capitals, sentence-case sub-heading inside", path: "b.txt",
			text: "FARM BULLETIN\n\nDROUGHT RELIEF PAYMENTS BEGIN THIS MONTH\n\n" + prose("relief payments") + "\n\nHow to apply for the payment\n\n" + prose("applications") + "\n\nNEW SEED BANK OPENS IN THE NORTH\n\n" + prose("the seed bank") + "\n\nLIVESTOCK EXPORT RULES EASED\n\n" + prose("livestock exports"),
			want: []string{"DROUGHT RELIEF PAYMENTS BEGIN THIS MONTH", "NEW SEED BANK OPENS IN THE NORTH", "LIVESTOCK EXPORT RULES EASED"}},
		{name: "digest with bracketed sub-headings", path: "c.txt",
			text: "Embassy Digest, Vol. 3 No. 7\n\nAmbassador Visits Northern Provinces\n\n" + prose("the visit") + "\n\n(1) Meetings With Governors\n\n" + prose("the governors") + "\n\nScholarship Alumni Gather in the Capital\n\n" + prose("the alumni"),
			want: []string{"Ambassador Visits Northern Provinces", "Scholarship Alumni Gather in the Capital"}},
		{name: "question and section sub-headings stay inside", path: "e.txt",
			text: "Farm Newsletter - May 2026\n\nDrought Relief Payments Begin This Month\n\n" + prose("relief") + "\n\nHow to Apply\n\n" + prose("applications") + "\n\nNew Seed Bank Opens in the North\n\n" + prose("the seed bank") + "\n\nWho Can Use It\n\n" + prose("access") + "\n\nLivestock Export Rules Eased\n\n" + prose("exports") + "\n\nNext Steps\n\n" + prose("the next steps"),
			want: []string{"Drought Relief Payments Begin This Month", "New Seed Bank Opens in the North", "Livestock Export Rules Eased"}},
		{name: "a release with headed sections stays whole", path: "d.txt",
			text: "Ministry Announces Port Investment\n\n" + prose("the investment") + "\n\nFunding For The Northern Terminal\n\n" + prose("the terminal") + "\n\nTimeline Of The Works\n\n" + prose("the timeline")},
	},
	"mixed-case standalone headlines": {
		{name: "a dated bulletin of sentence-case and title-case headlines", path: "a.txt",
			text: "RIVER COUNCIL BULLETIN – FRIDAY 8 MAY 2026\n\nFlood gauges installed on the lower river\n\n" + prose("the gauges") + "\n\n" + prose("the warnings") + "\n\nApprentice awards for Eastvale Shire\n\n" + prose("the awards") + "\n\nDental van visits the northern towns\n\n" + prose("the dental van") + "\n\nENDS",
			want: []string{"Flood gauges installed on the lower river", "Apprentice awards for Eastvale Shire", "Dental van visits the northern towns"}},
		{name: "a weekly newsletter with labels inside its first story", path: "b.txt",
			text: "Ministry of Fisheries Weekly Newsletter\nIssue 12, June 2026\n\nQuota review opens to submissions\n\n" + prose("the quota review") + "\n\nSmall boats –\n\n" + prose("small boats") + "\n\nNew patrol vessel for the Southern Ocean\n\n" + prose("the patrol vessel") + "\n\nLicence fees held for another year\n\n" + prose("licence fees"),
			want: []string{"Quota review opens to submissions", "New patrol vessel for the Southern Ocean", "Licence fees held for another year"}},
		{name: "a digest under a volume line", path: "c.txt",
			text: "Embassy Digest, Vol. 3 No. 7\n\nAmbassador visits the northern provinces\n\n" + prose("the visit") + "\n\nScholarship alumni gather in Hanoi\n\n" + prose("the alumni") + "\n\nTrade mission to Da Nang announced\n\n" + prose("the trade mission"),
			want: []string{"Ambassador visits the northern provinces", "Scholarship alumni gather in Hanoi", "Trade mission to Da Nang announced"}},
		{name: "a release with sentence-case sections is no periodical", path: "d.txt",
			text: "Ministry announces port investment\n\n" + prose("the investment") + "\n\nFunding for the northern terminal\n\n" + prose("the terminal") + "\n\nTimeline of the works\n\n" + prose("the timeline")},
		{name: "a newsletter's one article with a section heading", path: "e.txt",
			text: "Harbour Newsletter - May 2026\n\nDredging of the inner channel begins\n\n" + prose("the dredging") + "\n\nWhat it means for berth holders\n\n" + prose("the berths")},
	},
	"listing item blocks": itemBlockCases,
	"listing items": {
		{name: "date above each headline", path: "a.txt",
			text: "News Releases\n\nMay 2, 2026\n\nSenator Backs Funding for Rural Clinics\n\nThe senator welcomed new federal money for eleven rural clinics across the state, saying it would cut waiting times.\n\nApr 28, 2026\n\nSenator Tours Flood Defences in the Valley\n\nThe senator visited the levee works with county engineers and heard from residents affected by the spring floods.\n\nApr 20, 2026\n\nBill to Expand Apprenticeships Introduced\n\nThe bill would double grants to employers who train apprentices in construction, nursing and advanced manufacturing.",
			want: []string{"May 2, 2026", "Apr 28, 2026", "Apr 20, 2026"}},
		{name: "headline above each date", path: "b.txt",
			text: "Ministry Announces Scholarship Winners\n12 March 2026\nForty students from twelve provinces will study engineering and medicine abroad under the national scholarship scheme.\n\nNew Border Post Opens in the North\n5 March 2026\nThe post will handle freight and passenger traffic around the clock and cut crossing times for lorries by half.\n\nMinister Addresses Investment Summit\n1 March 2026\nThe minister set out the government's plans for special economic zones and invited investors to the new industrial parks.",
			want: []string{"Ministry Announces Scholarship Winners", "New Border Post Opens in the North", "Minister Addresses Investment Summit"}},
		{name: "numeric dates and four items", path: "c.txt",
			text: "2026-06-10\nAgency Publishes Air Quality Report\nThe annual report shows fine particle levels fell in nine of the ten largest cities, with the largest fall in the capital.\n\n2026-06-03\nConsultation Opens on Packaging Rules\nBusinesses and the public can comment until the end of August on proposals to cut single-use plastic packaging.\n\n2026-05-27\nGrants Awarded for River Restoration\nFourteen community groups will share the grants to restore wetlands and remove barriers to fish migration.\n\n2026-05-20\nNew Director Appointed to Lead the Agency\nThe new director joins from the national weather service, where she led the climate monitoring programme.",
			want: []string{"2026-06-10", "2026-06-03", "2026-05-27", "2026-05-20"}},
		{name: "table rows, headline then date", path: "e.txt",
			text: "Senator Backs Funding for Rural Clinics\tMay 2, 2026\nSenator Tours Flood Defences\tApril 28, 2026\nBill to Expand Apprenticeships Introduced\tApril 20, 2026\n",
			want: []string{"Senator Backs Funding for Rural Clinics\tMay 2, 2026", "Senator Tours Flood Defences\tApril 28, 2026", "Bill to Expand Apprenticeships Introduced\tApril 20, 2026"}},
		{name: "table rows, numeric date first", path: "f.txt",
			text: "05/02/26\tAgency Publishes Air Quality Report\n\n04/28/26\tConsultation Opens on Packaging Rules\n\n04/20/26\tGrants Awarded for River Restoration\n",
			want: []string{"05/02/26\tAgency Publishes Air Quality Report", "04/28/26\tConsultation Opens on Packaging Rules", "04/20/26\tGrants Awarded for River Restoration"}},
		{name: "table rows with a dotted date", path: "g.txt",
			text: "Press Releases\n\nMinister Opens New Border Post\t12.03.2026\nScholarship Winners Announced Today\t05.03.2026\nInvestment Summit Draws Record Crowd\t01.03.2026\n",
			want: []string{"Minister Opens New Border Post\t12.03.2026", "Scholarship Winners Announced Today\t05.03.2026", "Investment Summit Draws Record Crowd\t01.03.2026"}},
		{name: "dotted numeric date above each headline", path: "h.txt",
			text: "Press\n\n05.19.15\n\nSenators Introduce Bill on Agency Bonuses\n\nThe bill would let inspectors general reward staff who find savings, returning the money to the Treasury … Continue Reading\n\n05.18.15\n\nSenator Releases Third Waste Report\n\nThe report lists spending on a writing course for agency staff that the senator calls a waste of money … Continue Reading\n\n05.12.15\n\nSenator Votes for Resolution on Detained Citizens\n\nThe resolution calls for the release of four citizens held abroad and was adopted without objection … Continue Reading",
			want: []string{"05.19.15", "05.18.15", "05.12.15"}},
		{name: "headline over a sub-headline over each date", path: "i.txt",
			text: "Harbour Dredging to Start in Spring\nWork on the inner channel will close berths for six weeks\n12 March 2026\n\n" + prose("the dredging") + "\n\nNew Ferry Route Links the Islands\nA daily service from April cuts the crossing to forty minutes\n5 March 2026\n\n" + prose("the ferry") + "\n\nFishing Quotas Set for the Coming Season\nSmall boats keep their share as the total catch falls\n1 March 2026\n\n" + prose("the quotas"),
			want: []string{"Harbour Dredging to Start in Spring", "New Ferry Route Links the Islands", "Fishing Quotas Set for the Coming Season"}},
		{name: "headline over a byline over each date", path: "j.txt",
			text: "Council Approves New Cycle Lanes\nBy Mere Walker, Communications Adviser\nMay 12, 2026\n\n" + prose("cycle lanes") + "\n\nLibrary Hours Extended for Exams\nBy Sam Ortiz, Media Officer\nMay 14, 2026\n\n" + prose("library hours") + "\n\nWater Main Renewal Starts Downtown\nBy Mere Walker, Communications Adviser\nMay 19, 2026\n\n" + prose("the water main"),
			want: []string{"Council Approves New Cycle Lanes", "Library Hours Extended for Exams", "Water Main Renewal Starts Downtown"}},
		{name: "headline, blank line, sub-headline and date", path: "k.txt",
			text: "MINISTER OPENS REGIONAL TRADE OFFICE\n\nThe office will serve exporters in four provinces\n2026-06-10\n\n" + prose("the trade office") + "\n\nAGENCY PUBLISHES AIR QUALITY FIGURES\n\nFine particle levels fell in nine of ten cities\n2026-06-03\n\n" + prose("air quality") + "\n\nGRANTS AWARDED FOR RIVER RESTORATION\n\nFourteen community groups share the funds\n2026-05-27\n\n" + prose("the rivers"),
			want: []string{"MINISTER OPENS REGIONAL TRADE OFFICE", "AGENCY PUBLISHES AIR QUALITY FIGURES", "GRANTS AWARDED FOR RIVER RESTORATION"}},
		{name: "the first release opens the file, the others have a sub-headline", path: "m.txt",
			text: "Harbour Dredging to Start in Spring\n12 March 2026\n\n" + prose("the dredging") + "\n\nNew Ferry Route Links the Islands\nA daily service from April cuts the crossing to forty minutes\n5 March 2026\n\n" + prose("the ferry") + "\n\nFishing Quotas Set for the Coming Season\nSmall boats keep their share as the total catch falls\n1 March 2026\n\n" + prose("the quotas"),
			want: []string{"Harbour Dredging to Start in Spring", "New Ferry Route Links the Islands", "Fishing Quotas Set for the Coming Season"}},
		{name: "a page heading above the first item alone moves nothing", path: "l.txt",
			text: "Latest News From the Ministry\nMinistry Announces Scholarship Winners\n12 March 2026\nForty students from twelve provinces will study engineering and medicine abroad under the national scholarship scheme.\n\nNew Border Post Opens in the North\n5 March 2026\nThe post will handle freight and passenger traffic around the clock and cut crossing times for lorries by half.\n\nMinister Addresses Investment Summit\n1 March 2026\nThe minister set out the government's plans for special economic zones and invited investors to the new industrial parks.",
			want: []string{"Ministry Announces Scholarship Winners", "New Border Post Opens in the North", "Minister Addresses Investment Summit"}},
		{name: "a release that lists dated events stays whole", path: "d.txt",
			text: "Minister to Visit Three Countries\n\nThe Minister will travel to the region next week to strengthen trade ties and meet business leaders in each of the three capitals on the way.\n\n6 May 2026\n\nMeeting With Business Leaders\n\nThe Minister will meet chambers of commerce and discuss supply chains for critical minerals and clean energy.\n\n7 May 2026\n\nVisit to the Port Authority\n\nThe Minister will tour the container terminal and sign a memorandum on customs cooperation with the host.\n\n8 May 2026\n\nRoundtable on Digital Trade\n\nThe Minister will chair a roundtable with regulators on data flows, e-invoicing and paperless trade."},
	},
	"repeated header shape":    headerShapeCases, // split_shape_test.go
	"repeated release headers": repeatedHeaderCases,
	"numbered stories":         numberedStoryCases,
	"separated stories":        separatedStoryCases,
	"story blocks":             storyBlockCases,       // split_story_test.go
	"separated parts":          separatedPartCases,    // split_story_test.go
	"closing datelines":        closingLineSplitCases, // newsletter_split_test.go
	"concatenated releases": {
		{name: "separator then release-date line", path: "a.txt",
			text: "Release date: 2 May 2026\n\nAgency publishes annual drought assessment\n\n" + prose("drought") + "\n\n" + prose("water storage") + "\n\n==================================\n\nRelease date: 3 May 2026\n\nNew guidance for small exporters issued\n\n" + prose("export guidance"),
			want: []string{"Release date: 2 May 2026", "Release date: 3 May 2026"}},
		{name: "label and dateline above each headline", path: "b.txt",
			text: "MEDIA RELEASE\n14 April 2026\n\nNational archive digitises colonial-era treaties\n\n" + prose("the archive") + "\n\n" + prose("digitisation") + "\n\nMEDIA RELEASE\n15 April 2026\n\nFisheries council sets quotas for the coming season\n\n" + prose("quotas") + "\n\n" + prose("the fleet"),
			want: []string{"MEDIA RELEASE", "MEDIA RELEASE"}},
		{name: "headline above a Posted line", path: "c.txt",
			text: "Minister opens regional cybersecurity centre\nPosted: June 1, 2026\n\n" + prose("the centre") + "\n\n" + prose("cyber threats") + "\n\nSecond round of tariff talks concludes in Geneva\nPosted: June 4, 2026\n\n" + prose("tariffs") + "\n\n" + prose("the next round"),
			want: []string{"Minister opens regional cybersecurity centre", "Second round of tariff talks concludes in Geneva"}},
		{name: "separator, headline, run-in dateline", path: "e.txt",
			text: "Ministers agree on new fisheries accord\n\nTOKYO, May 3, 2026 - " + prose("the accord") + "\n\n" + prose("quotas") + "\n\n###\n\nTrade envoy to visit Pacific partners\n\nTOKYO, May 5, 2026 - " + prose("the visit") + "\n\n###",
			want: []string{"Ministers agree on new fisheries accord", "Trade envoy to visit Pacific partners"}},
		{name: "label and headline after a closing dateline", path: "f.txt",
			text: "Press statement\nMinisters agree on new fisheries accord\n" + prose("the accord") + "\n" + prose("quotas") + "\nIssued in Canberra on 3 May 2026\n\nPress statement\nTrade envoy to visit Pacific partners\n" + prose("the visit") + "\n" + prose("trade") + "\nIssued in Canberra on 5 May 2026",
			want: []string{"Press statement", "Press statement"}},
		{name: "a mail digest's preamble above the first separator", path: "g.txt",
			text: "Agency news digest\nWeekly summary for: Ministry of Transport\n\nYou subscribed to weekly updates. This message lists 2 updates.\n\n----------\n\nPress release\nNew ferry timetable for the islands\nPublished: 4 May 2026\n\n" + prose("the ferries") + "\n\n" + prose("the timetable") + "\n\n----------\n\nPress release\nRoad safety campaign launched\nPublished: 6 May 2026\n\n" + prose("road safety"),
			want: []string{"Press release", "Press release"}},
		{name: "a list header above separated releases", path: "h.txt",
			text: "PRESS RELEASES OF THE WEEK\n\nThis bundle holds the releases the press office issued this week.\n\n###\n\nHarbour dredging contract awarded\n\nPORT LOUIS, March 2, 2026 - " + prose("the dredging") + "\n\n" + prose("the harbour") + "\n\n###\n\nNew coast guard vessel commissioned\n\nPORT LOUIS, March 5, 2026 - " + prose("the vessel"),
			want: []string{"Harbour dredging contract awarded", "New coast guard vessel commissioned"}},
		{name: "a forwarded bundle's note above the first rule", path: "i.txt",
			text: "Fwd: statements\n\nPlease find below the statements issued this week, for your records.\n\n==========\n\nRelease date: 9 June 2026\n\nMinister welcomes trade deal ratification\n\n" + prose("the trade deal") + "\n\n" + prose("tariffs") + "\n\n==========\n\nRelease date: 11 June 2026\n\nScholarship scheme opens to regional students\n\n" + prose("the scholarships"),
			want: []string{"Release date: 9 June 2026", "Release date: 11 June 2026"}},
		{name: "a short first release above the first separator stays a release", path: "j.txt",
			text: "Minister opens regional cybersecurity centre\nPosted: June 1, 2026\n\nThe centre opened today.\n\n###\n\nSecond round of tariff talks concludes in Geneva\nPosted: June 4, 2026\n\n" + prose("tariffs") + "\n\n" + prose("the next round") + "\n\n###\n\nFisheries accord signed with the island states\nPosted: June 6, 2026\n\n" + prose("the accord"),
			want: []string{"Minister opens regional cybersecurity centre", "Fisheries accord signed with the island states"}},
		{name: "a short statement between two end marks", path: "k.txt",
			text: "Minister opens regional cybersecurity centre\nPosted: June 1, 2026\n\n" + prose("the centre") + "\n\n" + prose("cyber threats") + "\n\nENDS\n\nCondolences on the death of a former ambassador\nPosted: June 2, 2026\n\nThe Minister offered condolences to the family of the former ambassador, who died on Sunday.\n\nENDS\n\nSecond round of tariff talks concludes in Geneva\nPosted: June 4, 2026\n\n" + prose("tariffs") + "\n\n" + prose("the next round"),
			want: []string{"Minister opens regional cybersecurity centre", "Condolences on the death of a former ambassador", "Second round of tariff talks concludes in Geneva"}},
		{name: "a day's schedule between two rules", path: "l.txt",
			text: "Release date: 2 May 2026\n\nAgency publishes annual drought assessment\n\n" + prose("drought") + "\n\n" + prose("water storage") + "\n\n----------\n\nRelease date: 3 May 2026\n\nPublic schedule for Tuesday\n\nThe Minister attends meetings at the department in the morning and has no public events.\n\n----------\n\nRelease date: 4 May 2026\n\nNew guidance for small exporters issued\n\n" + prose("export guidance"),
			want: []string{"Release date: 2 May 2026", "Release date: 3 May 2026", "Release date: 4 May 2026"}},
		{name: "a one-paragraph notice between hash marks", path: "n.txt",
			text: "Ministers agree on new fisheries accord\n\nTOKYO, May 3, 2026 - " + prose("the accord") + "\n\n" + prose("quotas") + "\n\n###\n\nOffice closed for national holiday\n\nTOKYO, May 4, 2026 - The press office is closed on Monday and will reopen on Tuesday morning.\n\n###\n\nTrade envoy to visit Pacific partners\n\nTOKYO, May 5, 2026 - " + prose("the visit") + "\n\n###",
			want: []string{"Ministers agree on new fisheries accord", "Office closed for national holiday", "Trade envoy to visit Pacific partners"}},
		{name: "a closing sentence above a dateline is no headline", path: "d.txt",
			text: "Council approves fisheries package\n\n" + prose("fisheries") + "\n\n" + prose("quotas") + "\n\nThe next meeting will take place in the autumn.\n\n12 June 2026\n\n" + prose("the follow-up")},
	},
}

// typeHeadingCases are PDF-like documents whose headlines are marked by
// their type.
var typeHeadingCases = []struct {
	name  string
	paras []string
	heads []string
	want  []string
}{
	{"newsletter with bold headlines", []string{"Pacific Trade Newsletter", "Customs union talks advance", prose("the customs union"), "Solar farm opens on the outer islands", prose("solar power")},
		[]string{"Customs union talks advance", "Solar farm opens on the outer islands"}, []string{"Customs union talks advance", "Solar farm opens on the outer islands"}},
	{"bulletin whose name is also bold", []string{"Health Bulletin", "Hospital network expands telemedicine", prose("telemedicine"), "Nurses' training centre accredited", prose("nurse training")},
		[]string{"Health Bulletin", "Hospital network expands telemedicine", "Nurses' training centre accredited"}, []string{"Hospital network expands telemedicine", "Nurses' training centre accredited"}},
	{"pull quotes in headline type inside stories", []string{"Energy Digest", "Grid operator tenders storage", prose("storage"), "“Batteries will carry the evening peak”", prose("the evening peak"), "Wind auction results published", prose("wind auctions"), "\"We expect more bidders next year\"", prose("the bidders"), "Efficiency label revised", prose("labels")},
		[]string{"Grid operator tenders storage", "“Batteries will carry the evening peak”", "Wind auction results published", "\"We expect more bidders next year\"", "Efficiency label revised"}, []string{"Grid operator tenders storage", "Wind auction results published", "Efficiency label revised"}},
	{"digest with three headlines", []string{"Energy Digest", "Grid operator tenders storage", prose("storage"), "Wind auction results published", prose("wind auctions"), "Efficiency label revised", prose("labels")},
		[]string{"Grid operator tenders storage", "Wind auction results published", "Efficiency label revised"}, []string{"Grid operator tenders storage", "Wind auction results published", "Efficiency label revised"}},
	{"headline set as two heading paragraphs starts at its first", []string{"Climate Action Newsletter", "Minister meets representatives of the regional", "Business Council", prose("business"), "Forum on water security held", prose("water")},
		[]string{"Climate Action Newsletter", "Minister meets representatives of the regional", "Business Council", "Forum on water security held"}, []string{"Minister meets representatives of the regional", "Forum on water security held"}},
	{"wrapped headline after the newsletter's name", []string{"Ports Bulletin", "Election of the harbour master as chair of the", "regional pilots' association", prose("the election"), "New tug fleet enters service", prose("the tugs")},
		[]string{"Ports Bulletin", "Election of the harbour master as chair of the", "regional pilots' association", "New tug fleet enters service"}, []string{"Election of the harbour master as chair of the", "New tug fleet enters service"}},
	{"a bold caption with its own text does not start a run", []string{"Health Digest", "Clinic hours extended in three districts", prose("clinic hours"), "Photo: the new clinic", "Nurses at the opening.", "Vaccination drive reaches islands", prose("vaccines")},
		[]string{"Clinic hours extended in three districts", "Photo: the new clinic", "Vaccination drive reaches islands"}, []string{"Clinic hours extended in three districts", "Vaccination drive reaches islands"}},
	{"long official titles set in heading type, joined from a narrow column", []string{"Foreign Affairs Newsletter", "Deputy Minister for Pacific Affairs Travels to Suva and Apia to Attend the Regional Ministerial Meeting of the Pacific Islands Forum Fisheries Agency", prose("the fisheries meeting"), "Short note", prose("the note")},
		[]string{"Foreign Affairs Newsletter", "Deputy Minister for Pacific Affairs Travels to Suva and Apia to Attend the Regional Ministerial Meeting of the Pacific Islands Forum Fisheries Agency", "Short note"}, []string{"Deputy Minister for Pacific Affairs Travels to Suva and Apia to Attend the Regional Ministerial Meeting of the Pacific Islands Forum Fisheries Agency", "Short note"}},
	{"two long titles of a bulletin", []string{"Health Bulletin", "Chief Medical Officer Joins the Advisory Board of the Regional Centre for Disease Prevention and Control for a Three-Year Term Beginning in January", prose("the advisory board"), "Special Envoy for Global Health Security to Travel to Geneva for the Executive Board Session of the World Health Organization", prose("the executive board")},
		[]string{"Health Bulletin", "Chief Medical Officer Joins the Advisory Board of the Regional Centre for Disease Prevention and Control for a Three-Year Term Beginning in January", "Special Envoy for Global Health Security to Travel to Geneva for the Executive Board Session of the World Health Organization"},
		[]string{"Chief Medical Officer Joins the Advisory Board of the Regional Centre for Disease Prevention and Control for a Three-Year Term Beginning in January", "Special Envoy for Global Health Security to Travel to Geneva for the Executive Board Session of the World Health Organization"}},
	{"a long question headline", []string{"Transport Digest", "Will the New Timetable Shorten Journeys Between the Northern Towns and the Capital for Commuters Who Change Trains at the Junction?", prose("the timetable"), "Bus lanes extended", prose("bus lanes")},
		[]string{"Will the New Timetable Shorten Journeys Between the Northern Towns and the Capital for Commuters Who Change Trains at the Junction?", "Bus lanes extended"}, []string{"Will the New Timetable Shorten Journeys Between the Northern Towns and the Capital for Commuters Who Change Trains at the Junction?", "Bus lanes extended"}},
	{"a bold lead sentence of a newsletter article is no headline", []string{"Energy Digest", "Grid operator tenders storage", "The grid operator today opened a tender for two hundred megawatts of battery storage to be built at four substations across the country.", prose("storage"), "Wind auction results published", prose("wind auctions")},
		[]string{"Grid operator tenders storage", "The grid operator today opened a tender for two hundred megawatts of battery storage to be built at four substations across the country.", "Wind auction results published"}, []string{"Grid operator tenders storage", "Wind auction results published"}},
	{"a release with bold section headings stays whole", []string{"Ministry announces port investment", "Funding details", prose("funding"), "Timeline", prose("the timeline")},
		[]string{"Funding details", "Timeline"}, nil},
}

// TestSplitRules runs each rule of splitRules alone on documents in at
// least three wordings that it splits, and one it must leave whole.
func TestSplitRules(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	// headlinesAt lists the first content line of each article.
	headlinesAt := func(lines []cline, sp split) []string {
		var got []string
		for _, s := range sp.starts {
			got = append(got, strings.TrimSpace(lines[nextContent(lines, s)].text))
		}
		return got
	}
	for _, r := range splitRules {
		if r.name == "page records" {
			testRecordSplit(t, c, r) // listing_html_test.go: the rule reads the HTML decoder's records
			continue
		}
		if r.name == "type headings" {
			positive := 0
			for _, tc := range typeHeadingCases {
				t.Run(r.name+"/"+tc.name, func(t *testing.T) {
					text, heads := pdfText(tc.paras, tc.heads)
					lines := prepared(t, c, "x.pdf", text, heads)
					if got := headlinesAt(lines, r.find(c, lines)); !slices.Equal(got, tc.want) {
						t.Errorf("starts %q, want %q", got, tc.want)
					}
				})
				if tc.want != nil {
					positive++
				}
			}
			if positive < 3 {
				t.Errorf("%s: %d positive cases, want at least 3", r.name, positive)
			}
			continue
		}
		cases := splitRuleCases[r.name]
		positive := 0
		for _, tc := range cases {
			if tc.want != nil {
				positive++
			}
			t.Run(r.name+"/"+tc.name, func(t *testing.T) {
				lines := prepared(t, c, tc.path, tc.text, nil)
				if got := headlinesAt(lines, r.find(c, lines)); !slices.Equal(got, tc.want) {
					t.Errorf("starts %q, want %q", got, tc.want)
				}
			})
		}
		if positive < 3 {
			t.Errorf("%s: %d positive cases, want at least 3", r.name, positive)
		}
	}
}

// TestPeriodicalCues checks each cue in three wordings and lines that are
// no cue.
func TestPeriodicalCues(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]string{
		"periodical name":         {"Coastal Affairs Newsletter", "MINISTRY OF HEALTH BULLETIN", "The Weekly Trade Digest"},
		"volume and issue number": {"Vol. 12 No. 3, 1 June 2026", "Volume 8, Issue 2", "Farm Notes - Issue 27 | July 2026"},
		"this-issue heading":      {"In this issue:", "INSIDE THIS ISSUE", "In this edition"},
		"issue month":             {"Climate Action in SG (Nov 2020)", "Trade News – March 2021", "Farm Notes: Sept. 2024"}, // newsletter_split_test.go
		"name by frequency":       {"Harbour Authority Weekly for staff and families", "The Monthly Round-Up", "Rural Affairs Fortnightly"},
	}
	for _, cue := range periodicalCues {
		checkLineRule(t, cue.name, cases[cue.name], func(l string) bool { return cue.match(c.rules, l) })
	}
	for _, l := range []string{"Ministry welcomes new ambassador", "The issue of water rights was discussed", "Press release", "Volume of trade rose 4 percent",
		"Weekly Address: The President on jobs", "Quarterly Report on Public Finances", "Exports rose again in the monthly figures released today."} {
		if c.isPeriodicalCue(l) {
			t.Errorf("%q taken as a periodical cue", l)
		}
	}
}

// TestReleaseHeaderRules checks each release header form in three
// wordings and lines that head no release.
func TestReleaseHeaderRules(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]struct {
		text string
		ok   bool
	}{
		"dateline above headline": {
			{"Release date: 3 May 2026\n\nNew guidance for small exporters issued", true},
			{"Posted: June 4, 2026\nSecond round of tariff talks concludes", true},
			{"14 April 2026\n\nNational archive digitises old treaties", true},
			{"14 April 2026\n\nThe archive has been digitised.", false},
		},
		"headline above dateline": {
			{"Minister opens regional cybersecurity centre\nPosted: June 1, 2026", true},
			{"Fisheries council sets quotas for the season\n\n15 April 2026", true},
			{"Agency publishes annual drought assessment\nSubtitle on the drought\nRelease date: 2 May 2026", true},
			{"The next meeting will take place in the autumn.\n\n12 June 2026", false},
			{"Ministers agree on new fisheries accord\n\nTOKYO, May 3, 2026 - " + prose("the accord"), true},
			{"Trade envoy to visit Pacific partners\n\nWellington, 5 May 2026 – " + prose("the visit"), true},
			{"Ministers agree on new fisheries accord\n\nThe ministers said on 3 May 2026 - after long talks - " + prose("the accord"), false},
		},
		"release label above headline": {
			{"Press statement\nMinisters agree on new fisheries accord", true},
			{"MEDIA RELEASE\n\nTrade envoy to visit Pacific partners", true},
			{"Joint Statement\nLeaders commit to a clean energy partnership", true},
			{"Press statement\nThe accord was signed today.", false},
			{"Press statement\nMedia release", false},
		},
		"dateline after a separator": separatedHeaderCases,     // newsletter_split_test.go
		"the file's opening shape":   openingShapeAtStartCases, // newsletter_split_test.go
	}
	for _, r := range releaseHeaderRules {
		tcs := cases[r.name]
		if len(tcs) < 3 {
			t.Errorf("%s: %d cases, want at least 3", r.name, len(tcs))
		}
		for _, tc := range tcs {
			lines := prepared(t, c, "x.txt", tc.text, nil)
			if _, ok := r.at(c, lines, 0); ok != tc.ok {
				t.Errorf("%s: %q: %v, want %v", r.name, tc.text, ok, tc.ok)
			}
		}
	}
}

// TestLabelsAbove checks that a release header starts at the release
// labels printed above it.
func TestLabelsAbove(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		at   int
		want int
	}{
		{"PRESS RELEASE\n12 June 2026", 1, 0},
		{"Media Note\n\nJune 3, 2026", 2, 0},
		{"FOR IMMEDIATE RELEASE\nNews Release\n1 May 2026", 2, 0},
		{"The talks ended on Friday.\n\n1 May 2026", 2, 2},
	} {
		lines := prepared(t, c, "x.txt", tc.text, nil)
		if got := c.labelsAbove(lines, tc.at); got != tc.want {
			t.Errorf("%q: header starts at %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestContentsEntry checks the headline taken from contents lines of
// several forms.
func TestContentsEntry(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, want string }{
		{"|  Minister's Visit Abroad ............ 2 |", "Minister's Visit Abroad"},
		{"- Harbour bridge reopens to traffic", "Harbour bridge reopens to traffic"},
		{"3. Upcoming: workshop on spatial planning", "Upcoming: workshop on spatial planning"},
		{"■ Grants for coastal towns (12 May)", "Grants for coastal towns"},
		{"[Errata expiration guidelines](#errata)", "Errata expiration guidelines"},
		{"- [Ministers agree on grid study](grid-study.md)", "Ministers agree on grid study"},
		{"* [Port reopens after repairs](https://example.org/port \"Port\")", "Port reopens after repairs"},
	} {
		if got := c.contentsEntry(tc.in); got != tc.want {
			t.Errorf("contentsEntry(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if !c.isContentsForm(tc.in) {
			t.Errorf("isContentsForm(%q) = false", tc.in)
		}
	}
	for _, l := range []string{"Harbour bridge reopens to traffic", "The bridge reopened on Monday after two years of repairs."} {
		if c.isContentsForm(l) {
			t.Errorf("isContentsForm(%q) = true", l)
		}
	}
}

// TestIsRuleLine checks rules drawn with one character.
func TestIsRuleLine(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{strings.Repeat("-", 60), true}, {strings.Repeat("=", 40), true}, {"~~~~", true},
		{"-- 1 --", false}, {"--", false}, {"-=-=-=", false},
	} {
		if got := isRuleLine(tc.in); got != tc.want {
			t.Errorf("isRuleLine(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestMarkdownLevel checks heading levels of Markdown lines.
func TestMarkdownLevel(t *testing.T) {
	for _, tc := range []struct {
		in       string
		markdown bool
		want     int
	}{
		{"# Weekly newsletter", true, 1}, {"## Ministers meet in Hanoi", true, 2}, {"  ### 1. Next steps", true, 3},
		{"#hashtag", true, 0}, {"###", true, 0}, {"## Not Markdown", false, 0},
	} {
		if got := markdownLevel(tc.in, tc.markdown); got != tc.want {
			t.Errorf("markdownLevel(%q, %v) = %d, want %d", tc.in, tc.markdown, got, tc.want)
		}
	}
}

// TestListingItemLinks checks that each listing item's article takes its
// own page's link as Source.URI: absolute, resolved against the page's
// address, or against its og:url; a relative link without a web address
// leaves the page's own URI.
func TestListingItemLinks(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "May 2, 2026\n\nSenator Backs Funding for Rural Clinics\n\n" + prose("rural clinics") + "\n\nApr 28, 2026\n\nSenator Tours Flood Defences in the Valley\n\n" + prose("flood defences") +
		"\n\nApr 20, 2026\n\nBill to Expand Apprenticeships Introduced\n\n" + prose("apprenticeships")
	titles := []string{"Senator Backs Funding for Rural Clinics", "Senator Tours Flood Defences in the Valley", "Bill to Expand Apprenticeships Introduced"}
	for _, tc := range []struct {
		name, uri, ogURL, base, canonical string
		hrefs, want                       []string
	}{
		{"absolute links", "file:///tmp/news.html", "", "", "", []string{"https://a.example.gov/n/1", "https://a.example.gov/n/2", "https://a.example.gov/n/3"},
			[]string{"https://a.example.gov/n/1", "https://a.example.gov/n/2", "https://a.example.gov/n/3"}},
		{"relative to the page's address", "https://b.example.gov/media/news", "", "", "", []string{"/media/one", "two", "?id=3"},
			[]string{"https://b.example.gov/media/one", "https://b.example.gov/media/two", "https://b.example.gov/media/news?id=3"}},
		{"relative to og:url", "file:///tmp/news.html", "https://c.example.org/press/", "", "", []string{"2026/clinics", "2026/floods", "/archive/bill"},
			[]string{"https://c.example.org/press/2026/clinics", "https://c.example.org/press/2026/floods", "https://c.example.org/archive/bill"}},
		{"relative to <base href> of a saved page", "file:///tmp/news.html", "https://c.example.org/", "https://d.example.gov/senate/", "", []string{"press/1", "/press/2", "../3"},
			[]string{"https://d.example.gov/senate/press/1", "https://d.example.gov/press/2", "https://d.example.gov/3"}},
		{"relative <base href> against the page's address", "https://e.example.gov/news/list", "", "/releases/", "", []string{"a", "b", "c"},
			[]string{"https://e.example.gov/releases/a", "https://e.example.gov/releases/b", "https://e.example.gov/releases/c"}},
		{"relative to the canonical link of a saved page", "file:///tmp/news.html", "", "", "http://f.example.house.gov/index.php?view=category", []string{"index.php?id=1", "index.php?id=2", "/media/3"},
			[]string{"http://f.example.house.gov/index.php?id=1", "http://f.example.house.gov/index.php?id=2", "http://f.example.house.gov/media/3"}},
		{"relative without a web address", "file:///tmp/news.html", "", "", "", []string{"/n/1", "/n/2", "/n/3"},
			[]string{"file:///tmp/news.html", "file:///tmp/news.html", "file:///tmp/news.html"}},
		{"relative with only a relative base", "file:///tmp/news.html", "", "/press/", "", []string{"/n/1", "/n/2", "/n/3"},
			[]string{"file:///tmp/news.html", "file:///tmp/news.html", "file:///tmp/news.html"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var links strings.Builder
			for i, h := range tc.hrefs {
				links.WriteString(h + "\t" + titles[i] + "\n")
			}
			doc := corpus.Doc{Format: corpus.FormatHTML, Text: text, Source: corpus.Source{URI: tc.uri},
				Meta: corpus.Meta{Props: map[string]string{corpus.PropListingLinks: links.String(), "og:url": tc.ogURL,
					corpus.PropBaseHref: tc.base, corpus.PropCanonical: tc.canonical}}}
			arts, err := c.Clean(t.Context(), doc)
			if err != nil || len(arts) != len(titles) {
				t.Fatalf("%d articles, %v", len(arts), err)
			}
			for i, a := range arts {
				if a.Title != titles[i] || a.Source.URI != tc.want[i] {
					t.Errorf("article %d: %q at %q, want %q at %q", i, a.Title, a.Source.URI, titles[i], tc.want[i])
				}
			}
		})
	}
}

// TestStripTabbedDate checks the date cell taken off a listing row.
func TestStripTabbedDate(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ in, head, date string }{
		{"Senator Backs Funding for Rural Clinics\tMay 2, 2026", "Senator Backs Funding for Rural Clinics", "May 2, 2026"},
		{"04/30/26\tAgency Publishes Air Quality Report", "Agency Publishes Air Quality Report", "04/30/26"},
		{"Minister Opens New Border Post\t12.03.2026", "Minister Opens New Border Post", "12.03.2026"},
		{"Contact\tPress Office", "Contact\tPress Office", ""},
	} {
		if head, date := c.stripTabbedDate(tc.in); head != tc.head || date != tc.date {
			t.Errorf("stripTabbedDate(%q) = %q, %q; want %q, %q", tc.in, head, date, tc.head, tc.date)
		}
	}
}

// TestCleanListingRows checks that a listing of table rows gives one
// article per row, titled by its headline, its date in the masthead.
func TestCleanListingRows(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Mayor Announces Grant for the Harbour\tMarch 13, 2026\n\nMayor Urges Review of Ferry Timetable\tMarch 12, 2026\n\nStatement on the New Transport Authority\tFebruary 10, 2026\n\nStatement on Floods\tJanuary 7, 2026"
	arts, err := c.Clean(t.Context(), corpus.Doc{Format: corpus.FormatHTML, Text: text, Meta: corpus.Meta{Title: "Press Releases"}})
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]string{{"Mayor Announces Grant for the Harbour", "March 13, 2026"}, {"Mayor Urges Review of Ferry Timetable", "March 12, 2026"},
		{"Statement on the New Transport Authority", "February 10, 2026"}, {"Statement on Floods", "January 7, 2026"}}
	if len(arts) != len(want) {
		t.Fatalf("%d articles, want %d", len(arts), len(want))
	}
	for i, a := range arts {
		if a.Title != want[i][0] || !strings.Contains(a.Masthead, want[i][1]) {
			t.Errorf("article %d: %q with masthead %q, want %q with %q", i, a.Title, a.Masthead, want[i][0], want[i][1])
		}
	}
}

// checkLineRule checks that a rule over single lines matches each of at
// least three wordings.
func checkLineRule(t *testing.T, name string, lines []string, match func(string) bool) {
	t.Helper()
	if len(lines) < 3 {
		t.Errorf("%s: %d cases, want at least 3", name, len(lines))
	}
	for _, l := range lines {
		if !match(l) {
			t.Errorf("%s: %q not matched", name, l)
		}
	}
}

// TestSameLevelStarts checks that the headings a contents box names
// decide the article level: further headings of that level with a body
// are articles, deeper headings and bodiless ones are not.
func TestSameLevelStarts(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		text   string
		listed []string // headlines the contents box named
		want   []string
	}{
		{"an unlisted article at level two", "## Bridge reopens\n\n" + prose("the bridge") + "\n\n### Detours end\n\n" + prose("detours") + "\n\n## Ferry timetable changes\n\n" + prose("ferries"),
			[]string{"Bridge reopens"}, []string{"Bridge reopens", "Ferry timetable changes"}},
		{"a bodiless heading is no article", "## Grants open\n\n" + prose("grants") + "\n\n## Related topics\n\n[Archive](a.md)\n\n[Dashboard](b.md)",
			[]string{"Grants open"}, []string{"Grants open"}},
		{"numbered headings stay sub-headings", "### Council meets\n\n" + prose("the council") + "\n\n### 2. Decisions\n\n" + prose("decisions") + "\n\n### Youth award winners named\n\n" + prose("the award"),
			[]string{"Council meets"}, []string{"Council meets", "Youth award winners named"}},
		{"plain lines do not count", "Library opens\n\n" + prose("the library") + "\n\nMuseum closes\n\n" + prose("the museum"),
			[]string{"Library opens"}, []string{"Library opens"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := prepared(t, c, "n.md", tc.text, nil)
			var starts []int
			for i, l := range lines {
				if slices.Contains(tc.listed, strings.TrimSpace(l.text)) {
					starts = append(starts, i)
				}
			}
			var got []string
			for _, s := range c.sameLevelStarts(lines, starts) {
				got = append(got, strings.TrimSpace(lines[s].text))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("starts %q, want %q", got, tc.want)
			}
		})
	}
}

// TestIsArticleHeading checks which heading texts can start an article.
func TestIsArticleHeading(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Museum reopens after renovation!", true},
		{"Who will curate the biennale?", true},
		{"Grants announced for coastal towns", true},
		{"1. Overview", false},
		{"(2) Working sessions", false},
		{"Background", false},
		{"How to Apply", false},
		{"What changes for exporters", false},
		{"Next steps", false},
		{"In this issue", false},
		{"The ministry said it would review the rules.", false},
	} {
		if got := c.isArticleHeading(tc.in); got != tc.want {
			t.Errorf("isArticleHeading(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestIsMonthYear checks the month group labels of a listing.
func TestIsMonthYear(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"March 2013", true},
		{"Sept. 2024", true},
		{"2013 April", true},
		{"December, 2019", true},
		{"March 13", false},
		{"Mayor 2013", false},
		{"April 2013 Community Events", false},
	} {
		if got := isMonthYear(tc.in); got != tc.want {
			t.Errorf("isMonthYear(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestResolveListingDates checks that a listing's unambiguous item dates
// settle the order of its ambiguous ones, and that a listing showing no
// order, or both, keeps them as written.
func TestResolveListingDates(t *testing.T) {
	items := func(ds ...string) []segment {
		var segs []segment
		for _, d := range ds {
			segs = append(segs, segment{item: true, masthead: d})
		}
		return segs
	}
	for _, tc := range []struct {
		name string
		segs []segment
		want []string
	}{
		{"month first, two-digit years", items("04/25/13", "04/11/13", "04/02/13"), []string{"04/25/13", "2013-04-11", "2013-04-02"}},
		{"day first, dotted", items("19.05.2015", "12.05.2015", "04.05.2015"), []string{"19.05.2015", "2015-05-12", "2015-05-04"}},
		{"month first, dotted, two-digit years", items("05.19.15", "05.12.15"), []string{"05.19.15", "2015-05-12"}},
		{"no order shown", items("04/11/13", "04/02/13", "03/12/13"), []string{"04/11/13", "04/02/13", "03/12/13"}},
		{"both orders shown", items("04/25/13", "25/04/13", "04/02/13"), []string{"04/25/13", "25/04/13", "04/02/13"}},
		{"not a listing", []segment{{masthead: "04/25/13"}, {masthead: "04/11/13"}}, []string{"04/25/13", "04/11/13"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resolveListingDates(tc.segs)
			for i, s := range tc.segs {
				if s.masthead != tc.want[i] {
					t.Errorf("item %d: %q, want %q", i, s.masthead, tc.want[i])
				}
			}
		})
	}
}

// TestCleanListingItemsOwnDates checks that a listing item's masthead is
// its own date, not the listing's group labels, and that the page's date
// metadata stays with the page.
func TestCleanListingItemsOwnDates(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Press Releases\n\nApril 2013\n\n04/30/13\tSenator Backs Funding for Rural Clinics\n\n04/11/13\tSenator Tours Flood Defences in the Valley\n\nMarch 2013\n\n03/29/13\tBill to Expand Apprenticeships Introduced\n"
	doc := corpus.Doc{Format: corpus.FormatHTML, Text: text,
		Meta: corpus.Meta{PageDate: "2013-04-30", Times: []string{"2013-04-30"}, Props: map[string]string{"article:published_time": "2013-04-30", "og:site_name": "Senate"}}}
	arts, err := c.Clean(t.Context(), doc)
	if err != nil || len(arts) != 3 {
		t.Fatalf("%d articles, %v", len(arts), err)
	}
	want := []string{"04/30/13", "2013-04-11", "03/29/13"}
	for i, a := range arts {
		if a.Masthead != want[i] || strings.Contains(a.Text, "March 2013") {
			t.Errorf("article %d: masthead %q, text %q; want masthead %q and no group label", i, a.Masthead, a.Text, want[i])
		}
		if a.Meta.PageDate != "" || a.Meta.Times != nil || a.Meta.Props["article:published_time"] != "" || a.Meta.Props["og:site_name"] != "Senate" {
			t.Errorf("article %d: meta %+v keeps the page's dates or loses its name", i, a.Meta)
		}
	}
}

// TestBodiedStarts checks that structure-marked article starts without a
// body of their own stay in the article before them, and that starts
// which mostly head no text give no split.
func TestBodiedStarts(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a links section stays in the article above", "## Grants open\n\n" + prose("grants") + "\n\n## Server resources\n\n[Tech center](a.md)\n\n[Forum](b.md)\n\n## Ferries resume\n\n" + prose("ferries"),
			[]string{"Grants open", "Ferries resume"}},
		{"a contact heading stays in the article above", "## Clinic hours extended\n\n" + prose("clinics") + "\n\n## Contact\n\npress@example.org\n\n## Library reopens\n\n" + prose("the library"),
			[]string{"Clinic hours extended", "Library reopens"}},
		{"two short sentences are a body", "## Fee update\n\nNo fees are being charged for submissions of this kind.\n\nWe are updating the billing policy document to say so.\n\n## Port works begin\n\n" + prose("the port"),
			[]string{"Fee update", "Port works begin"}},
		{"mostly bodiless headings give nothing", "## Downloads\n\n[A](a.md)\n\n## Links\n\n[B](b.md)\n\n## Videos\n\n[C](c.md)\n\n## News\n\n" + prose("news"),
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := prepared(t, c, "n.md", tc.text, nil)
			var starts []int
			for i, l := range lines {
				if l.level == 2 {
					starts = append(starts, i)
				}
			}
			var got []string
			for _, s := range bodiedStarts(lines, starts) {
				got = append(got, strings.TrimSpace(lines[s].text))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("starts %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHTMLNewsletterLevels checks that an HTML newsletter splits at the
// heading level its articles share, the decoder's heading list giving
// the levels, and never at the sub-headings one level deeper.
func TestHTMLNewsletterLevels(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, headings string
		want                 []string
	}{
		{"articles at h2, numbered and plain sub-headings at h3",
			"Ministry Newsletter\n\nPort tariffs cut for small exporters\n\n" + prose("tariffs") + "\n\n1. Who qualifies\n\n" + prose("eligibility") + "\n\nCustoms portal goes live\n\n" + prose("the portal") + "\n\nBackground\n\n" + prose("the background") + "\n\nTrade fair dates announced\n\n" + prose("the fair"),
			"1\tMinistry Newsletter\n2\tPort tariffs cut for small exporters\n3\t1. Who qualifies\n2\tCustoms portal goes live\n3\tBackground\n2\tTrade fair dates announced",
			[]string{"Port tariffs cut for small exporters", "Customs portal goes live", "Trade fair dates announced"}},
		{"articles at h3 under an issue line, sub-headings at h4",
			"Embassy Bulletin, Vol. 3 No. 2, 15 May 2024\n\nAmbassador visits northern provinces\n\n" + prose("the visit") + "\n\nMeetings with governors\n\n" + prose("the governors") + "\n\nScholarship alumni gather in the capital\n\n" + prose("the alumni"),
			"1\tEmbassy Bulletin, Vol. 3 No. 2, 15 May 2024\n3\tAmbassador visits northern provinces\n4\tMeetings with governors\n3\tScholarship alumni gather in the capital",
			[]string{"Ambassador visits northern provinces", "Scholarship alumni gather in the capital"}},
		{"a heading the text lost does not stop the rest",
			"Health Digest, Issue 4\n\nClinics extend opening hours\n\n" + prose("opening hours") + "\n\nVaccination drive reaches rural districts\n\n" + prose("vaccinations"),
			"1\tHealth Digest, Issue 4\n2\tSubscribe\n2\tClinics extend opening hours\n2\tVaccination drive reaches rural districts",
			[]string{"Clinics extend opening hours", "Vaccination drive reaches rural districts"}},
		{"a release with h2 sections stays whole",
			"Ministry announces port investment\n\nFunding details\n\n" + prose("funding") + "\n\nQuotes from the Minister\n\n" + prose("the minister's remarks"),
			"1\tMinistry announces port investment\n2\tFunding details\n2\tQuotes from the Minister",
			[]string{"Ministry announces port investment"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := corpus.Doc{Format: corpus.FormatHTML, Text: tc.text, Meta: corpus.Meta{Props: map[string]string{corpus.PropHeadingLevels: tc.headings}}}
			if got := cleanTitles(t, c, doc); !slices.Equal(got, tc.want) {
				t.Errorf("titles %q, want %q", got, tc.want)
			}
		})
	}
}

// cleanArticles cleans doc and returns its articles.
func cleanArticles(t *testing.T, c *Cleaner, doc corpus.Doc) []corpus.Article {
	t.Helper()
	arts, err := c.Clean(t.Context(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// cleanTitles cleans doc and returns its articles' titles.
func cleanTitles(t *testing.T, c *Cleaner, doc corpus.Doc) []string {
	t.Helper()
	arts := cleanArticles(t, c, doc)
	titles := make([]string, 0, len(arts))
	for _, a := range arts {
		titles = append(titles, a.Title)
	}
	return titles
}

// TestHeadlineNamed checks that a contents entry names its headline on
// one line or wrapped over several, and not a line that only starts it.
func TestHeadlineNamed(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, entry string
		want        bool
	}{
		{"Scholarship alumni gather in the capital", "scholarship alumni gather in the capital", true},
		{"Ambassador visits the northern provinces for\n\ntalks with governors", "ambassador visits the northern provinces for talks with governors", true},
		{"Joint research on coastal\nflood defences\nbegins in the delta", "joint research on coastal flood defences begins in the delta", true},
		{"Ambassador visits the northern provinces\n\n" + prose("the visit"), "ambassador visits the northern provinces for talks with governors", false},
		{"Port works begin\n\nin the south", "port works begin in the north", false},
	} {
		lines := prepared(t, c, "w.pdf", tc.text, nil)
		if got := headlineNamed(lines, 0, tc.entry); got != tc.want {
			t.Errorf("headlineNamed(%q, %q) = %v, want %v", tc.text, tc.entry, got, tc.want)
		}
	}
}

// TestReleaseHeaderVetoes checks the lines that never make a release
// header: a headline holding a web address or a handle (an embedded
// post), and a dated attribution line under a quotation or post.
func TestReleaseHeaderVetoes(t *testing.T) {
	checkLineRule(t, "web address or handle", []string{
		".@fema_brock met w/ officials & federal partners in PR today. Updates: https://t.co/NwKC",
		"Join us at the open day, details at www.example.gov/openday",
		"Our teams reached a village near the river today with @HHSGov medical staff",
	}, hasWebAddress)
	checkLineRule(t, "attribution line", []string{
		"— FEMA (@fema) October 2, 2017",
		"– Minister Jane Park, 3 May 2024",
		"- Ambassador Lee, speaking in Geneva on 12 June 2023",
	}, isAttributionLine)
	for _, l := range []string{"Minister opens new border post", "Contact: press@agency.gov.example", "2 May 2024 - Ministers met today"} {
		if hasWebAddress(l) {
			t.Errorf("%q taken as holding a web address", l)
		}
		if isAttributionLine(l) {
			t.Errorf("%q taken as an attribution line", l)
		}
	}
}
