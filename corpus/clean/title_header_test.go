package clean

import (
	"context"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// headerCase is a text release whose header block holds lines above the
// headline, with the titles its articles should get.
type headerCase struct {
	name, text string
	want       []string
}

// runHeaderCases cleans each case as a text document and checks the
// titles of its articles in order.
func runHeaderCases(t *testing.T, cases []headerCase) {
	t.Helper()
	c := mustCleaner(t, Config{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range cleanText(t, c, tc.text) {
				got = append(got, a.Title)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("titles %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHeaderLabelOverHeadline: a release label (with or without its
// serial number) between the issuer and the headline separates them;
// neither the issuer nor the label is the title.
func TestHeaderLabelOverHeadline(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{"university in capitals, date, statement",
			"UNIVERSITY OF TAMALE\n2022/08/17\nSTATEMENT\nUNIVERSITY CLOSES CAMPUS HALLS AFTER FLOODING IN THE NORTHERN WING\n\n" + body("the closure"),
			[]string{"UNIVERSITY CLOSES CAMPUS HALLS AFTER FLOODING IN THE NORTHERN WING"}},
		{"association in title case, dateline, announcement",
			"Lithuanian Association of Ontario\nToronto, 3 May 2018\nANNOUNCEMENT\nCommunity Association Opens Heritage Library and Elects New Board\n\n" + body("the library"),
			[]string{"Community Association Opens Heritage Library and Elects New Board"}},
		{"weekday date over an advisory in capitals",
			"Tuesday, 9 November 2021\nMEDIA ADVISORY\nPREMIER TO HOST PROVINCIAL LEADERS FOR TALKS ON FLOOD RECOVERY\n\n" + body("the talks"),
			[]string{"PREMIER TO HOST PROVINCIAL LEADERS FOR TALKS ON FLOOD RECOVERY"}},
		{"label with its number under a mission",
			"Permanent Mission of Malawi\nGeneva\n\nPRESS RELEASE N° 12\n\nMALAWI PRESENTS ITS NATIONAL REPORT TO THE UNIVERSAL PERIODIC REVIEW\n\n" + body("the report"),
			[]string{"MALAWI PRESENTS ITS NATIONAL REPORT TO THE UNIVERSAL PERIODIC REVIEW"}},
		{"statement with a year number",
			"Scottish Refugee Forum\nStatement 04/2022\nForum calls on ministers to end hotel housing within the promised timeframe\n\n" + body("the housing"),
			[]string{"Forum calls on ministers to end hotel housing within the promised timeframe"}},
		{"label in French under a ministry",
			"MINISTÈRE DE L'AGRICULTURE\nCommuniqué de presse\n\nLe ministre annonce un plan de soutien aux éleveurs touchés par la sécheresse\n\n" + body("the plan"),
			[]string{"Le ministre annonce un plan de soutien aux éleveurs touchés par la sécheresse"}},
	})
}

// TestHeaderDateAndReferenceLines: a month-and-year line, a reference
// line and an issuer's line carrying its reference are never the title.
func TestHeaderDateAndReferenceLines(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{"museum, label, month and year",
			"Otago Museum\nMedia Information\nJuly 2018\n\nMuseum reopens its Pacific gallery after two years of restoration\n\n" + body("the gallery"),
			[]string{"Museum reopens its Pacific gallery after two years of restoration"}},
		{"county with a file reference",
			"COUNTY GOVERNMENT OF KISUMU\nRef: CGK/COMMS/VOL.IV/112\n\nCounty opens three new maternity wings in rural health centres\n\n" + body("the wings"),
			[]string{"County opens three new maternity wings in rural health centres"}},
		{"notice with the issuer's number and date",
			"PUBLIC NOTICE\nMINISTRY OF ENERGY NO. 7 OF 2020 DATED 2ND MARCH 2020\n\nSCHEDULED POWER OUTAGES IN THE WESTERN SUBURBS THIS WEEKEND\n\n" + body("the outages"),
			[]string{"SCHEDULED POWER OUTAGES IN THE WESTERN SUBURBS THIS WEEKEND"}},
	})
}

// TestHeaderLabelUnderHeadline: a release label under a headline in
// capitals is not the rest of the headline, though it opens with a
// preposition as a date tail does.
func TestHeaderLabelUnderHeadline(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{"for immediate release",
			"COUNTY LAUNCHES FREE CLINIC DAYS IN NINE WARDS\nFOR IMMEDIATE RELEASE\n\n" + body("the clinics"),
			[]string{"COUNTY LAUNCHES FREE CLINIC DAYS IN NINE WARDS"}},
		{"for publication",
			"NEW BUS ROUTES TO SERVE THE AIRPORT AND HARBOUR\nFOR PUBLICATION\n\n" + body("the routes"),
			[]string{"NEW BUS ROUTES TO SERVE THE AIRPORT AND HARBOUR"}},
		{"date tail still joins",
			"$300 VOUCHERS FOR ALL HOUSEHOLDS\nFROM 15 APRIL 2024\n\n" + body("the vouchers"),
			[]string{"$300 VOUCHERS FOR ALL HOUSEHOLDS FROM 15 APRIL 2024"}},
	})
}

// TestRepeatedMasthead: a masthead printed above each release of one
// file names none of them.
func TestRepeatedMasthead(t *testing.T) {
	two := func(masthead, h1, d1, h2, d2 string) string {
		return masthead + "\n\n" + h1 + "\n\n" + d1 + " - " + body("the first plan") + "\n\n" + body("the first budget") + "\n\n" +
			masthead + "\n\n" + h2 + "\n\n" + d2 + " - " + body("the second plan") + "\n\n" + body("the second budget") + "\n"
	}
	runHeaderCases(t, []headerCase{
		{"campaign and its town in capitals",
			two("PACIFIC OCEAN WATCH - APIA", "Ministry opens ice plant at the northern jetty", "Neiafu, 2 May 2018",
				"Offshore licences to require vessel tracking from July", "Nuku'alofa, 9 May 2018"),
			[]string{"Ministry opens ice plant at the northern jetty", "Offshore licences to require vessel tracking from July"}},
		{"community paper and its desk in title case",
			two("Riverside Community Voice - News Desk", "Council approves plan to restore the old railway sheds", "Hamilton, 4 March 2022",
				"New cycle lanes to open along the river route in spring", "Hamilton, 11 March 2022"),
			[]string{"Council approves plan to restore the old railway sheds", "New cycle lanes to open along the river route in spring"}},
		{"update and its day in capitals",
			two("COASTAL ROADS UPDATE - 2 MAY", "Coffee exports rise for the third month on demand from Europe", "Nairobi, 4 April 2022",
				"Board trains smallholder growers in the central highlands", "Nairobi, 11 April 2022"),
			[]string{"Coffee exports rise for the third month on demand from Europe", "Board trains smallholder growers in the central highlands"}},
	})
}

// predicateCase is a line and whether a predicate holds for it.
type predicateCase struct {
	in   string
	want bool
}

// checkPredicate checks predicate name on each case.
func checkPredicate(t *testing.T, name string, f func(string) bool, cases []predicateCase) {
	t.Helper()
	for _, tc := range cases {
		if got := f(tc.in); got != tc.want {
			t.Errorf("%s(%q) = %v, want %v", name, tc.in, got, tc.want)
		}
	}
}

// TestIsMastheadShape checks masthead lines and the headlines two stories
// may share, which are not.
func TestIsMastheadShape(t *testing.T) {
	c := mustCleaner(t, Config{})
	checkPredicate(t, "isMastheadShape", c.isMastheadShape, []predicateCase{
		{"MINISTRY OF FISHERIES - FIJI", true},
		{"City of Hamilton News", true},
		{"Coffee Board Bulletin", true},
		{"Council approves plan to restore the sheds", false},
		{"Minister Opens New Port", false},
		{"The ministry said the talks went well.", false},
		{"Presidential Media Division, 2024-09-23", false},
	})
}

// TestReleaseLabelWithNumber checks labels that carry a serial number,
// and headlines with a number that are no label.
func TestReleaseLabelWithNumber(t *testing.T) {
	checkPredicate(t, "isReleaseLabel", isReleaseLabel, []predicateCase{
		{"Statement No. 3", true},
		{"PRESS RELEASE N° 12", true},
		{"Statement 04/2022", true},
		{"Media Release 19-045", true},
		{"Press release #7", true},
		{"Statement on the 2022 budget", false},
		{"Press freedom index 2024", false},
		{"3 statements issued", false},
	})
}

// TestHoldsDate checks the date words of a headline's tail line.
func TestHoldsDate(t *testing.T) {
	checkPredicate(t, "holdsDate", func(s string) bool { return holdsDate(strings.Fields(s)) }, []predicateCase{
		{"15 APRIL 2024", true},
		{"1ST JULY", true},
		{"2025", true},
		{"IMMEDIATE RELEASE", false},
		{"ALL HOUSEHOLDS", false},
		{"PUBLICATION", false},
	})
}

// TestBodyNameHeadlinesInCapitals: a headline in capitals that opens with
// an office is no body's name (an infinitive, a long chain of
// prepositions); bodies of more kinds are.
func TestBodyNameHeadlinesInCapitals(t *testing.T) {
	checkPredicate(t, "isBodyName", isBodyName, []predicateCase{
		{"PRIME MINISTER TO HOST REGIONAL LEADERS", false},
		{"PRESIDENT TO VISIT NORTHERN PROVINCES", false},
		{"MINISTER TO SIGN TRADE DEAL", false},
		{"SECRETARY FOR TALKS ON TRADE IN ASIA AT GENEVA", false},
		{"Permanent Mission of Japan to the United Nations in Geneva", true},
		{"UNIVERSITY OF NAIROBI", true},
		{"Vietnamese Association of Canada", true},
		{"REPUBLIC OF RWANDA", true},
		{"MINISTÈRE DES AFFAIRES ÉTRANGÈRES", true},
		{"Embassy of Ghana to the Holy See", true},
	})
}

// TestShortIssuerOverHeadline: a short issuer line (in capitals over the
// rest of a header block, or with an issuer's noun) is not preferred over
// the longer headline under it; a short headline over its deck, a
// wrapped headline and a headline over its attribution keep theirs.
func TestShortIssuerOverHeadline(t *testing.T) {
	runHeaderCases(t, []headerCase{
		{"campaign in capitals over its media unit",
			"SAVE THE KAURI\nMEDIA UNIT\n\nVolunteers plant ten thousand seedlings along the northern ridge this winter\n\n" + body("the planting"),
			[]string{"Volunteers plant ten thousand seedlings along the northern ridge this winter"}},
		{"newsletter name in capitals over its desk",
			"THE VALLEY LETTER\nNEWS DESK\n\nValley board agrees to rebuild the old footbridge before the spring floods\n\n" + body("the bridge"),
			[]string{"Valley board agrees to rebuild the old footbridge before the spring floods"}},
		{"rights group over a public statement",
			"HUMAN RIGHTS WATCH\nPUBLIC STATEMENT\n\nAuthorities must free the detained reporters and drop all charges against them\n\n" + body("the charges"),
			[]string{"Authorities must free the detained reporters and drop all charges against them"}},
		{"name in capitals over its city and country",
			"TE ROOPU WHAKAHAERE\nWellington, New Zealand\n\nIwi and government sign agreement to restore the river and return land\n\n" + body("the agreement"),
			[]string{"Iwi and government sign agreement to restore the river and return land"}},
		{"bureau in capitals over an unlisted label",
			"UNICEF REGIONAL OFFICE ASIA\n\nField Notes\n\nAgency appeals for funds to shelter families displaced by the floods in the south\n\n" + body("the appeal"),
			[]string{"Agency appeals for funds to shelter families displaced by the floods in the south"}},
		{"council in title case over the headline",
			"Riverside Arts Council\n\nCouncil opens applications for its summer residencies for young painters\n\n" + body("the residencies"),
			[]string{"Council opens applications for its summer residencies for young painters"}},
		{"short headline over its deck",
			"Climate Vouchers\n\nHouseholds can now claim climate vouchers to buy energy-saving appliances\n\n" + body("the vouchers"),
			[]string{"Climate Vouchers"}},
		{"headline wrapped over two lines",
			"Coastal Resilience Plan\nAgreed by Pacific Ministers at Annual Meeting\n\n" + body("the plan"),
			[]string{"Coastal Resilience Plan Agreed by Pacific Ministers at Annual Meeting"}},
		{"headline in capitals over its attribution",
			"CANBERRA, 21 December 1947\n\nNATIONAL ANTARCTIC RESEARCH EXPEDITION\n\nStatement by the Acting Prime Minister and Minister for External Affairs\n\n" + body("the expedition"),
			[]string{"NATIONAL ANTARCTIC RESEARCH EXPEDITION"}},
	})
}

// TestIsAttribution checks lines that name a release's kind and who gave
// it, and headlines that are none.
func TestIsAttribution(t *testing.T) {
	checkPredicate(t, "isAttribution", isAttribution, []predicateCase{
		{"Statement by the Acting Prime Minister and Minister for External Affairs", true},
		{"Remarks by the Secretary at the Opening Session", true},
		{"Message from the President on World Health Day", true},
		{"Address by the Governor to the State Assembly", true},
		{"Statements by officials are under review after the audit", false},
		{"Council opens applications for summer residencies", false},
	})
}

// TestIsPlaceLine checks a letterhead's place lines and headlines with
// commas.
func TestIsPlaceLine(t *testing.T) {
	checkPredicate(t, "isPlaceLine", isPlaceLine, []predicateCase{
		{"Wellington, New Zealand", true},
		{"Rome, Italy", true},
		{"Geneva, Switzerland", true},
		{"Wellington", false},
		{"Trade, Jobs and Growth", false},
		{"Talks held, Agreement reached in Rome on trade", false},
	})
}

// TestIsShortLabel checks label lines no list names, and short
// headlines.
func TestIsShortLabel(t *testing.T) {
	checkPredicate(t, "isShortLabel", isShortLabel, []predicateCase{
		{"Field Notes", true},
		{"Media Desk", true},
		{"Regional Bureau Notes", true},
		{"Prices rise", false},
		{"Minister Opens Port", false},
		{"Budget 2024", false},
	})
}

// TestIsShortIssuer checks short issuer lines and short headlines.
func TestIsShortIssuer(t *testing.T) {
	checkPredicate(t, "isShortIssuer", isShortIssuer, []predicateCase{
		{"PACIFIC OCEAN WATCH", true},
		{"Riverside Arts Council", true},
		{"Lithuanian Association of Ontario", true},
		{"Climate Vouchers", false},
		{"Budget 2024", false},
		{"Minister Opens Port", false},
		{"Rights and Duties of", false},
	})
}

// cleanPDFHeader cleans a PDF's text whose header lines (set in heading
// type, as the decoder reports them in Doc.Headings) stand above body,
// one paragraph each; the body is wrapped as a PDF's lines are.
func cleanPDFHeader(t *testing.T, c *Cleaner, header []string, body string) []corpus.Article {
	t.Helper()
	var b strings.Builder
	var heads []int
	for _, h := range header {
		heads = append(heads, b.Len())
		b.WriteString(h + "\n\n")
	}
	// The body as a PDF's text gives it: lines of about fifteen words.
	words := strings.Fields(body)
	for len(words) > 0 {
		n := min(15, len(words))
		b.WriteString(strings.Join(words[:n], " ") + "\n")
		words = words[n:]
	}
	arts, err := c.Clean(context.Background(), corpus.Doc{Format: corpus.FormatPDF, Text: b.String(), Headings: heads})
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// TestHeadlineAboveLabelBlock: a headline with a verb, wrapped over two
// lines above its label block (a PDF's decoder moves the largest type
// first), is the title, not letterhead above a label.
func TestHeadlineAboveLabelBlock(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, tc := range []struct {
		name   string
		header []string
		want   string
	}{
		{"capitals over a statement and its issuer",
			[]string{"TREASURY PUBLISHES DRAFT RULES ON THE CARBON TAX", "FOR PUBLIC COMMENT", "MEDIA STATEMENT", "THE NATIONAL TREASURY - PRETORIA - 21 FEBRUARY 2018"},
			"TREASURY PUBLISHES DRAFT RULES ON THE CARBON TAX FOR PUBLIC COMMENT"},
		{"capitals over a press release label",
			[]string{"MINISTRY LAUNCHES RURAL BROADBAND PLAN FOR", "REMOTE ISLAND SCHOOLS AND CLINICS", "PRESS RELEASE", "MINISTRY OF COMMUNICATIONS"},
			"MINISTRY LAUNCHES RURAL BROADBAND PLAN FOR REMOTE ISLAND SCHOOLS AND CLINICS"},
		{"title case over a media release and its council",
			[]string{"Council Approves New Housing Strategy", "For The Next Decade", "Media Release", "Wellington City Council"},
			"Council Approves New Housing Strategy For The Next Decade"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts := cleanPDFHeader(t, c, tc.header, body("the plan")+" "+body("the budget"))
			if len(arts) != 1 || arts[0].Title != tc.want {
				var got []string
				for _, a := range arts {
					got = append(got, a.Title)
				}
				t.Errorf("titles %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHeadlineOverLabelAndBody: a headline that reads like a body's name
// ("... Network", "... Council", "... Service") over a release label and
// a date line, with the body right after, is the title: no other
// headline follows the label, so the line is not the issuer's letterhead
// (the PDF decoder sets a document's larger headline above its label).
func TestHeadlineOverLabelAndBody(t *testing.T) {
	const body = "\n\nThe ministers of the three countries met on Monday to review progress on the joint plan and agreed to expand the network before the next rainy season.\n\nOfficials said the work would be funded by the three governments.\n\nThe next meeting will be held in Hanoi later this year.\n"
	runHeaderCases(t, []headerCase{
		{"network over a fact-sheet label", "River Basin Flood Warning Network\n\nFACT SHEET\n\nMarch 2024" + body, []string{"River Basin Flood Warning Network"}},
		{"council over a media-release label", "New Youth Advisory Council\n\nMedia Release\n\n12 March 2024" + body, []string{"New Youth Advisory Council"}},
		{"service over a statement label", "Expanded Rural Ambulance Service\n\nSTATEMENT\n\nApril 2023" + body, []string{"Expanded Rural Ambulance Service"}},
		{"issuer, label, date, then the headline", "Ministry of Water Resources\n\nMEDIA RELEASE\n\n12 March 2024\n\nMinisters agree on a joint plan for the river basin" + body, []string{"Ministers agree on a joint plan for the river basin"}},
	})
}
