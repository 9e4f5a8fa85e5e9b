package clean

import (
	"context"
	"testing"

	"github.com/communique/communique/corpus"
)

func TestIsBodyName(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Ministry of Land, Infrastructure, Transport and Tourism", true},
		{"Japan Tourism Agency", true},
		{"THE WHITE HOUSE", true},
		{"HM Treasury", true},
		{"NATIONAL OCEANIC AND ATMOSPHERIC ADMINISTRATION", true},
		{"U.S. DEPARTMENT OF COMMERCE", true},
		{"Organisation for Economic Co-operation and Development", true},
		{"Directorate for Science, Technology and Innovation", true},
		{"Committee on Digital Economy Policy", true},
		{"Government of Canada", true},
		{"Embassy of Japan in Canberra", true},
		{"Office of the Spokesperson", true},
		{"Federal Communications Commission (FCC)", true},
		// Headlines are not body names.
		{"Commerce Department Awards $310 Million in Broadband Grants", false},
		{"Ministry Launches New Tourism Campaign", false},
		{"Summary Record of the 87th Session of the Committee on Digital Economy Policy", false},
		{"Results of the 8th Tourism Ministers' Meeting", false},
		{"UK and Singapore deepen cooperation on financial technology", false},
		{"The Committee adopted the draft agenda without changes.", false},
		{"Department officials met in Paris", false},
		{"House Passes Spending Bill", false},
		{"of the Ministry", false},
		{"Minister for Foreign Affairs", true},
		{"President Signs Executive Order on Trade", false},
		{"Secretary Meets Counterparts in Tokyo", false},
		{"Joint Committee on Trade Meets in Tokyo", false},
		{"Electoral Commission Publishes Final Results", false},
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			if got := isBodyName(tc.line); got != tc.want {
				t.Errorf("isBodyName(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

func TestIsIssuerLine(t *testing.T) {
	r := newChromeRules()
	cases := []struct {
		line string
		want bool
	}{
		{"Press Release", true},
		{"Briefing Room", true},
		{"Statements and Releases", true},
		{"FOR IMMEDIATE RELEASE", true},
		{"2016.12.08", true},
		{"Thursday, September 14, 2023", true},
		{"ENV/EPOC/WPIEEP(2023)4/FINAL   Unclassified", true},
		{"Unclassified", true},
		{"Office of Public Affairs, (202) 555-0100, press@agency.example.gov", true},
		{"Ministry of Foreign Affairs", true},
		{"05.19.15", true},
		{"Mar", true},
		{"9", true},
		{"2015", true},
		{"123", false},
		{"Results of the 8th Tourism Ministers' Meeting", false},
		{"Notice of Meeting: Advisory Board on Trade", false},
		{"2 million people use the service", false},
		{"The Hon Jane Citizen MP", true},
		{"European Commission - Press release", true},
		{"MEDIA ADVISORY | 5 March 2024", true},
		{"Press release | 12 March 2024 | Brussels", true},
		{"Trade talks - Ministers agree new rules", false},
		{"Press release: Ministers agree new rules on trade", false},
		{"The Hon Minister Announces New Funding", false},
		{"The ministers agreed on a target of 30 million visitors.", false},
		// a body's name and its place
		{"MINISTRY OF FISHERIES - FIJI", true},
		{"State House | Nairobi", true},
		{"Embassy of Peru – New Delhi", true},
		{"Ministry of Health - Minister Opens Clinic", false},
		{"Council Approves Budget - Wellington", false},
		// press-contact lines
		{"Contact: Jane Roe", true},
		{"MEDIA CONTACTS - Press Office", true},
		{"Media enquiries: Tom Brown, Communications Unit", true},
		{"Contacts between the two sides will continue next month", false},
		// release instructions
		{"FOR RELEASE", true},
		{"For release 10:00 a.m. EST, March 3, 2016", true},
		{"Embargoed until 00:01 5 May 2024", true},
		{"For release of the hostages, talks resumed in the capital on Monday and went on all week", false},
		// issuer intros
		{"NEWS FROM", true},
		{"News from Senator Jane Roe", true},
		{"From the Office of the Mayor", true},
		{"News from the Ministry of Health", true},
		{"News from the summit lifted markets across the region on Tuesday morning", false},
		// a body's media releases
		{"QUEENSLAND GOVERNMENT MEDIA RELEASES", true},
		{"Treasury Media Releases", true},
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			if got := r.isIssuerLine(tc.line); got != tc.want {
				t.Errorf("isIssuerLine(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

// TestTitleAfterIssuerBlock checks that the headline is the first
// headline-like line after the issuer block, that the block's body names
// stay in the text and that a release with a body name alone above its
// prose still gets a title.
func TestTitleAfterIssuerBlock(t *testing.T) {
	para := body("the programme")
	cases := []struct {
		name, text, want string
		format           corpus.Format
		kept, dropped    []string
	}{
		{"label date bodies", "Press Release\n2019.04.02\nMinistry of Agriculture, Forestry and Fisheries\nFisheries Agency\n\nOutcome of the 3rd Joint Fisheries Committee Meeting\n\n" + para,
			"Outcome of the 3rd Joint Fisheries Committee Meeting", corpus.FormatText,
			[]string{"Fisheries Agency", "Ministry of Agriculture"}, []string{"Press Release"}},
		{"site sections", "THE WHITE HOUSE\nBriefing Room\nStatements and Releases\n\nJoint Statement of the Leaders of Canada and Mexico on Energy\n\nMay 3, 2022\n\n" + para,
			"Joint Statement of the Leaders of Canada and Mexico on Energy", corpus.FormatText,
			[]string{"THE WHITE HOUSE"}, []string{"Briefing Room"}},
		{"code and directorate", "Organisation for Economic Co-operation and Development\nENV/EPOC(2023)4/FINAL      Unclassified\n\nEnvironment Directorate\nEnvironment Policy Committee\n\nSummary Record of the 12th Session of the Environment Policy Committee\n\n" + para,
			"Summary Record of the 12th Session of the Environment Policy Committee", corpus.FormatText,
			[]string{"Environment Directorate"}, []string{"ENV/EPOC"}},
		{"body and label", "HM Revenue & Customs\nPress release\n\nNew guidance published for small employers\n\n" + para,
			"New guidance published for small employers", corpus.FormatText, nil, []string{"Press release"}},
		{"all-caps bodies and contact", "NATIONAL OCEANIC AND ATMOSPHERIC ADMINISTRATION\nU.S. DEPARTMENT OF COMMERCE\n\nFOR IMMEDIATE RELEASE\nMonday, June 3, 2024\nOffice of Communications, (301) 555-0100, media@noaa.example.gov\n\nCommerce Department Awards $20 Million for Coastal Resilience\n\n" + para,
			"Commerce Department Awards $20 Million for Coastal Resilience", corpus.FormatText,
			[]string{"U.S. DEPARTMENT OF COMMERCE"}, []string{"FOR IMMEDIATE RELEASE"}},
		{"pdf body name then headline", "U.S. DEPARTMENT OF THE INTERIOR\n\nNotice of Public Meeting of the Advisory Board\n\n" + para,
			"Notice of Public Meeting of the Advisory Board", corpus.FormatPDF, nil, nil},
		{"only a body name", "Ministry of Foreign Affairs\n\n" + para,
			"Ministry of Foreign Affairs", corpus.FormatText, nil, nil},
		{"date over three lines", "Mar\n\n9\n\n2015\n\nLawmakers seek tougher penalties for tax fraud\n\n" + para,
			"Lawmakers seek tougher penalties for tax fraud", corpus.FormatHTML, nil, nil},
		{"short numeric date", "05.19.15\n\nSenators Introduce the Cost-Cutters Act\n\n" + para,
			"Senators Introduce the Cost-Cutters Act", corpus.FormatHTML, nil, nil},
		{"abbreviations in a headline", "ASEAN-U.S. Leaders' Statement on the ASEAN-U.S. Comprehensive Strategic Partnership\n\n" + para,
			"ASEAN-U.S. Leaders' Statement on the ASEAN-U.S. Comprehensive Strategic Partnership", corpus.FormatText, nil, nil},
		{"tabbed date after headline", "Senator Announces Grant for Harbor Dredging\tMarch 13, 2015\n\n" + para,
			"Senator Announces Grant for Harbor Dredging", corpus.FormatHTML, nil, nil},
		{"tab inside headline kept", "Senator Announces Grant\tfor Harbor Dredging\n\n" + para,
			"Senator Announces Grant\tfor Harbor Dredging", corpus.FormatHTML, nil, nil},
		{"body without head noun above a label", "GOVERNMENT OF CANADA\nInnovation, Science and Economic Development Canada\n\nNEWS RELEASE\n\nGovernment of Canada announces results of the spectrum auction\n\n" + para,
			"Government of Canada announces results of the spectrum auction", corpus.FormatText, nil, []string{"NEWS RELEASE"}},
		{"office and minister above headline", "Media Statement\nMinister for Foreign Affairs\nThe Hon Jane Citizen MP\n\nAustralia welcomes the regional maritime agreement\n\n" + para,
			"Australia welcomes the regional maritime agreement", corpus.FormatText, []string{"Minister for Foreign Affairs"}, nil},
		{"body name under headline", "Tourism Ministers Agree on Visa Steps\nJapan Tourism Agency\nMarch 5, 2024\n\n" + para,
			"Tourism Ministers Agree on Visa Steps", corpus.FormatText, []string{"Japan Tourism Agency"}, nil},
		{"headline wrapped before a body name", "Talks on Fisheries Held with the\nMinistry of Marine Affairs\n\n" + para,
			"Talks on Fisheries Held with the Ministry of Marine Affairs", corpus.FormatText, nil, nil},
		{"byline under sentence-case headline", "Ministers discussed the trade crisis and conflict in the region\nJane Roe\n\n" + para,
			"Ministers discussed the trade crisis and conflict in the region", corpus.FormatText, []string{"Jane Roe"}, nil},
		{"title-case headline wraps", "Ministers Discuss Trade Crisis and\nConflict in the Region\n\n" + para,
			"Ministers Discuss Trade Crisis and Conflict in the Region", corpus.FormatText, nil, nil},
		{"one-sentence first paragraph stays", "On Monday, Dec. 26, a leader of the armed group was struck and killed by an airstrike near the dam, officials said today.\n\n" + para,
			"On Monday, Dec. 26, a leader of the armed group was struck and killed by an airstrike near the dam, officials said today.", corpus.FormatText, []string{"On Monday, Dec. 26"}, nil},
		{"contact line above the headline", "OFFICE OF THE UNITED STATES TRADE REPRESENTATIVE\nContact: Jane Roe\nMARCH 3, 2016\nTrade Representative announces new enforcement actions against unfair steel subsidies\n" + para,
			"Trade Representative announces new enforcement actions against unfair steel subsidies", corpus.FormatText, nil, nil},
		{"news from an office over two lines", "NEWS FROM\nTHE OFFICE OF SENATOR JOHN DOE\nMARCH 3, 2016\nDoe bill to protect coastal wetlands passes committee\n" + para,
			"Doe bill to protect coastal wetlands passes committee", corpus.FormatText, nil, nil},
		{"release instruction under a body's releases", "DEPARTMENT OF AGRICULTURE AND FISHERIES\nQUEENSLAND GOVERNMENT MEDIA RELEASES\nFOR RELEASE\nFruit fly controls lifted in three growing districts after surveillance\n" + para,
			"Fruit fly controls lifted in three growing districts after surveillance", corpus.FormatText, nil, nil},
		{"headline is not an issuer", "Commerce Department Awards $20 Million for Coastal Resilience\n\nWASHINGTON - " + para,
			"Commerce Department Awards $20 Million for Coastal Resilience", corpus.FormatText, nil, nil},
	}
	c := mustCleaner(t, Config{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := c.Clean(context.Background(), corpus.Doc{Format: tc.format, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles, want 1", len(arts))
			}
			if arts[0].Title != tc.want {
				t.Errorf("got %q, want %q", arts[0].Title, tc.want)
			}
			checkKeptDropped(t, arts[0].Text, tc.kept, tc.dropped)
		})
	}
}

func TestTitleJoinsAcrossBlank(t *testing.T) {
	para := body("the vouchers")
	cases := []struct {
		name, text, want string
		format           corpus.Format
	}{
		{"caps date tail", "$500 ENERGY REBATES FOR ALL SMALL FIRMS\n\nFROM 1 JULY 2025\n\n" + para,
			"$500 ENERGY REBATES FOR ALL SMALL FIRMS FROM 1 JULY 2025", corpus.FormatPDF},
		{"caps dateline is not a tail", "$500 ENERGY REBATES FOR ALL SMALL FIRMS\n\n1 JULY 2025\n\n" + para,
			"$500 ENERGY REBATES FOR ALL SMALL FIRMS", corpus.FormatPDF},
		{"caps wrapped", "NEW CLIMATE PROJECTIONS FOR THE REGION SHOW\n\nMORE FREQUENT HEATWAVES AND FLOODS\n\n" + para,
			"NEW CLIMATE PROJECTIONS FOR THE REGION SHOW MORE FREQUENT HEATWAVES AND FLOODS", corpus.FormatPDF},
		{"dangling adjective", "Notice of Meeting: National Advisory\n\nBoard on Maritime Safety\n\n" + para,
			"Notice of Meeting: National Advisory Board on Maritime Safety", corpus.FormatPDF},
		{"noun ending stays", "Ministers Approve Coastal Proposal\n\nThe Second Round of Talks\n\n" + para,
			"Ministers Approve Coastal Proposal", corpus.FormatPDF},
		{"dangling adjective in text needs no blank", "Notice of Meeting: National Advisory\n\nBoard on Maritime Safety\n\n" + para,
			"Notice of Meeting: National Advisory", corpus.FormatText},
	}
	c := mustCleaner(t, Config{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := c.Clean(context.Background(), corpus.Doc{Format: tc.format, Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) == 0 || arts[0].Title != tc.want {
				t.Errorf("got %+v, want title %q", arts, tc.want)
			}
		})
	}
}

// TestIsLabelledIssuer checks a body's name followed by a release label
// on one line against headings that merely end in a label word.
func TestIsLabelledIssuer(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"ITU PRESS RELEASE", true},
		{"Agency media release", true},
		{"Treasury Department Statement", true},
		{"Windows Server certification news", false},
		{"Regional water supply news", false},
		{"Five new partners join the fund statement", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := isLabelledIssuer(tc.in); got != tc.want {
				t.Errorf("isLabelledIssuer(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
