package clean

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// newsletterLines prepares text as Clean does up to the newsletter
// passes and runs them; heads lists the paragraphs set in heading type
// (then the text is a PDF's, paragraphs joined by blank lines).
func newsletterLines(t *testing.T, c *Cleaner, path string, paras, heads []string) []cline {
	t.Helper()
	text, offs := strings.Join(paras, "\n\n"), []int(nil)
	format := corpus.FormatText
	if heads != nil {
		text, offs = pdfText(paras, heads)
		format = corpus.FormatPDF
	}
	lines := prepared(t, c, path, text, offs)
	c.runNewsletterPasses(lines, corpus.Doc{Format: format, Text: text, Headings: offs, Source: corpus.Source{Path: path}})
	return lines
}

// lineNamed returns the line whose trimmed text is want, or -1.
func lineNamed(lines []cline, want string) int {
	for i, l := range lines {
		if strings.TrimSpace(l.text) == want {
			return i
		}
	}
	return -1
}

// passCase is a document, one of its lines and what a newsletter pass
// makes of it.
type passCase struct {
	name, path   string
	paras, heads []string
	line         string   // the line checked (its text after preparation)
	kind         lineKind // its kind afterwards
	heading      bool     // its heading mark afterwards
	gone         bool     // the line is blank afterwards (no line has its text)
	keep         bool     // a line the pass must leave as it was
	periodical   bool     // the line is marked as the periodical's name afterwards
	typeHeadline bool     // the line is marked as a PDF's type headline afterwards
}

// newsletterPassCases hold, for each pass of newsletterPasses, at least
// three documents it changes, and documents it leaves alone.
var newsletterPassCases = map[string][]passCase{
	"underlined headings": {
		{name: "equals under a headline", path: "r.txt", paras: []string{"Port levy to rise\n=================", prose("the levy")}, line: "Port levy to rise", kind: kindBody, heading: true},
		{name: "dashes under a headline", path: "r.txt", paras: []string{"Ferry timetable changes\n-----------------------", prose("the ferries")}, line: "Ferry timetable changes", kind: kindBody, heading: true},
		{name: "short underline in Markdown", path: "n.md", paras: []string{"Reef survey results published\n===============", prose("the reef")}, line: "Reef survey results published", kind: kindBody, heading: true},
		{name: "long rule under a sentence", path: "r.txt", paras: []string{prose("the levy") + "\n" + strings.Repeat("-", 60), prose("the ferries")}, line: strings.Repeat("-", 60), kind: kindSeparator, keep: true},
		{name: "rule after a blank line", path: "r.txt", paras: []string{"Port levy to rise", "=================", prose("the levy")}, line: "=================", kind: kindSeparator, keep: true},
	},
	"end marks": {
		{name: "thirty", path: "r.txt", paras: []string{prose("the levy"), "-30-", "Ferry timetable changes", prose("the ferries")}, line: "-30-", kind: kindSeparator},
		{name: "end in brackets", path: "r.txt", paras: []string{prose("the levy"), "(END)", "Ferry timetable changes", prose("the ferries")}, line: "(END)", kind: kindSeparator},
		{name: "end of release", path: "r.txt", paras: []string{prose("the levy"), "End of release", "Ferry timetable changes", prose("the ferries")}, line: "End of release", kind: kindSeparator},
		{name: "dashed thirty", path: "r.txt", paras: []string{prose("the levy"), "- 30 -", "Ferry timetable changes", prose("the ferries")}, line: "- 30 -", kind: kindSeparator},
		{name: "a bare number", path: "r.txt", paras: []string{prose("the levy"), "30", "Ferry timetable changes", prose("the ferries")}, line: "30", kind: kindBody, keep: true},
		{name: "a word ending a list", path: "r.txt", paras: []string{prose("the levy"), "Ending soon", prose("the ferries")}, line: "Ending soon", kind: kindBody, keep: true},
	},
	"strong-emphasis headlines": {
		{name: "bold line in Markdown", path: "n.md", paras: []string{"**Ports reopen after the storm**", prose("the ports")}, line: "Ports reopen after the storm", heading: true},
		{name: "headline with a colon", path: "n.md", paras: []string{"**Budget 2026: what changes for towns**", prose("the grants")}, line: "Budget 2026: what changes for towns", heading: true},
		{name: "indented question", path: "n.md", paras: []string{"  **Why the water budget matters**  ", prose("the budget")}, line: "Why the water budget matters", heading: true},
		{name: "bold lead-in of a sentence", keep: true, path: "n.md", paras: []string{"**Note:** the office is closed on Friday for the holiday.", prose("the office")}, line: "Note: the office is closed on Friday for the holiday.", heading: false},
	},
	"image lines": {
		{name: "bare image", path: "n.md", paras: []string{"Harbour works begin", "![](/img/harbour.jpg)", prose("the harbour")}, line: "![](/img/harbour.jpg)", gone: true},
		{name: "image with alt text and title", path: "n.md", paras: []string{"Harbour works begin", `![Minister at the launch](/img/b.png "Launch")`, prose("the harbour")}, line: `![Minister at the launch](/img/b.png "Launch")`, gone: true},
		{name: "linked thumbnail", path: "n.md", paras: []string{"Harbour works begin", "[![](thumb.jpg)](full.jpg)", prose("the harbour")}, line: "[![](thumb.jpg)](full.jpg)", gone: true},
		{name: "image inside a sentence", keep: true, path: "n.md", paras: []string{"See the map ![map](m.png) for the new ferry routes.", prose("the routes")}, line: "See the map ![map](m.png) for the new ferry routes.", kind: kindBody},
	},
	"display-type periodical names": {
		{name: "newsletter in large type", path: "n.pdf", paras: []string{"Newsletter", "Harbour works begin", prose("the harbour")}, heads: []string{"Newsletter", "Harbour works begin"}, line: "Newsletter", kind: kindBody, heading: true, periodical: true},
		{name: "bulletin in large type", path: "n.pdf", paras: []string{"Bulletin", "Harbour works begin", prose("the harbour")}, heads: []string{"Bulletin", "Harbour works begin"}, line: "Bulletin", kind: kindBody, heading: true, periodical: true},
		{name: "digest name in large type", path: "n.pdf", paras: []string{"Weekly Digest", "Harbour works begin", prose("the harbour")}, heads: []string{"Weekly Digest", "Harbour works begin"}, line: "Weekly Digest", kind: kindBody, heading: true, periodical: true},
		{name: "strapline under a display name", path: "n.pdf",
			paras: []string{"HARBOUR WATCH", "An e-newsletter on the port and its people", "Harbour works begin", prose("the harbour")},
			heads: []string{"HARBOUR WATCH", "Harbour works begin"}, line: "An e-newsletter on the port and its people", kind: kindBody, periodical: true},
		{name: "menu item in body type", keep: true, path: "n.pdf", paras: []string{"Newsletter", "Harbour works begin", prose("the harbour")}, heads: []string{"Harbour works begin"}, line: "Newsletter", kind: kindChrome},
	},
	"type headlines": {
		{name: "meeting report headline", path: "n.pdf", paras: []string{"Previous meeting", prose("the weeding")}, heads: []string{"Previous meeting"}, line: "Previous meeting", kind: kindBody, heading: true, typeHeadline: true},
		{name: "diary column", path: "n.pdf", paras: []string{"Dates for your diary", prose("the rally")}, heads: []string{"Dates for your diary"}, line: "Dates for your diary", kind: kindBody, heading: true, typeHeadline: true},
		{name: "editor's column under the masthead", path: "n.pdf", paras: []string{"Harbour Notes", "From the editor", prose("the harbour")}, heads: []string{"Harbour Notes", "From the editor"}, line: "From the editor", kind: kindBody, heading: true, typeHeadline: true},
		{name: "masthead over a headline", keep: true, path: "n.pdf", paras: []string{"Harbour Notes", "From the editor", prose("the harbour")}, heads: []string{"Harbour Notes", "From the editor"}, line: "Harbour Notes", kind: kindBody, heading: true},
		{name: "a web page's heading", keep: true, path: "n.md", paras: []string{"**Related news**", prose("the harbour")}, line: "Related news", kind: kindBody, heading: true},
	},
	"mail view lines": {
		{name: "view in your browser", path: "m.html", paras: []string{"View this email in your browser", "Harbour works begin", prose("the harbour")}, line: "View this email in your browser", kind: kindChrome},
		{name: "trouble viewing", path: "m.html", paras: []string{"Having trouble viewing this email? View it as a Web page.", "Harbour works begin", prose("the harbour")}, line: "Having trouble viewing this email? View it as a Web page.", kind: kindChrome},
		{name: "not displaying correctly", path: "m.html", paras: []string{"Newsletter not displaying correctly? Read it online", "Harbour works begin", prose("the harbour")}, line: "Newsletter not displaying correctly? Read it online", kind: kindChrome},
		{name: "read the report online", keep: true, path: "m.html", paras: []string{"Harbour works begin", "Read the report online at the ministry's website.", prose("the harbour")}, line: "Read the report online at the ministry's website.", kind: kindBody},
	},
	"truncated teasers": {
		{name: "ellipsis character", path: "r.txt", paras: []string{"Minister opens new ferry terminal in…", "Minister opens new ferry terminal in the north", prose("the terminal")}, line: "Minister opens new ferry terminal in…", kind: kindChrome},
		{name: "three dots", path: "r.txt", paras: []string{"Grants for coastal towns to...", "Grants for coastal towns to rise next year", prose("the grants")}, line: "Grants for coastal towns to...", kind: kindChrome},
		{name: "bracketed ellipsis", path: "r.txt", paras: []string{"Agency names new head of […]", "Agency names new head of research", prose("the agency")}, line: "Agency names new head of […]", kind: kindChrome},
		{name: "a sentence that trails off", keep: true, path: "r.txt", paras: []string{"Talks went on into the night…", "Ministers agree on fisheries quotas", prose("the quotas")}, line: "Talks went on into the night…", kind: kindBody},
	},
	"release reference lines": {
		{name: "number under a dateline", path: "r.txt", paras: []string{"Canberra, 7 May 2026", "No. M85", "Minister announces drought relief", prose("the relief")}, line: "No. M85", kind: kindMasthead},
		{name: "document symbol under a dateline", path: "r.txt", paras: []string{"New York, 22 June 2026", "SC/3683 - EXTRACT", "Council adopts resolution on the border", prose("the resolution")}, line: "SC/3683 - EXTRACT", kind: kindMasthead},
		{name: "release number above a dateline", path: "r.txt", paras: []string{"Media Release No. 45/2026", "Wellington, 3 March 2026", "Trade envoy to visit Pacific partners", prose("the visit")}, line: "Media Release No. 45/2026", kind: kindMasthead},
		{name: "code with no dateline near", keep: true, path: "r.txt", paras: []string{"Minister announces drought relief", "No. M85", prose("the relief")}, line: "No. M85", kind: kindBody},
	},
	"typeset mastheads": {
		{name: "masthead, strapline with the issue month in a cell, headline", path: "n.pdf",
			paras: []string{"Harbour Notes", "Port authority staff newsletter\tMay 2024", "Dredging of the inner harbour starts in June", prose("the dredging")},
			heads: []string{"Harbour Notes", "Dredging of the inner harbour starts in June"}, line: "Harbour Notes", kind: kindBody, heading: true, periodical: true},
		{name: "masthead, sub-line, month line, headline", path: "n.pdf",
			paras: []string{"Campaign Notes", "Combined task force in the north", "December 2016", "Raqqah isolation enters its next phase", prose("the isolation")},
			heads: []string{"Campaign Notes", "Raqqah isolation enters its next phase"}, line: "Campaign Notes", kind: kindBody, heading: true, periodical: true},
		{name: "masthead, season line, kicker, headline", path: "n.pdf",
			paras: []string{"Farm Line", "Spring 2023", "GRANTS", "Dairy farms may apply for water grants", prose("the grants")},
			heads: []string{"Farm Line", "Dairy farms may apply for water grants"}, line: "Farm Line", kind: kindBody, heading: true, periodical: true},
		{name: "masthead over a volume line", path: "n.pdf",
			paras: []string{"Coast Watch", "Vol. 4 No. 2", "Ferry timetable changes for the winter", prose("the ferries")},
			heads: []string{"Coast Watch", "Ferry timetable changes for the winter"}, line: "Coast Watch", kind: kindBody, heading: true, periodical: true},
		{name: "weekly's masthead over a week-of line", path: "n.pdf",
			paras: []string{"Syria Desk Weekly", "Selected statements\tWeek of December 14, 2015", "Talks on the ceasefire resume in Geneva", prose("the talks")},
			heads: []string{"Syria Desk Weekly", "Talks on the ceasefire resume in Geneva"}, line: "Syria Desk Weekly", kind: kindBody, heading: true, periodical: true},
		{name: "a release: headline and date over its text", path: "r.pdf",
			paras: []string{"Minister opens new port", "12 May 2024", prose("the port"), "Investing in skills", prose("the skills")},
			heads: []string{"Minister opens new port", "Investing in skills"}, line: "Minister opens new port", kind: kindBody, heading: true, keep: true},
		{name: "a ministry's letterhead over a dated release", path: "r.pdf",
			paras: []string{"Ministry of Transport", "12 May 2024", "Port levy to rise in July", prose("the levy")},
			heads: []string{"Ministry of Transport", "Port levy to rise in July"}, line: "Ministry of Transport", kind: kindBody, heading: true, keep: true},
		{name: "a name without an issue date", path: "n.pdf",
			paras: []string{"Harbour Notes", "Port authority staff newsletter", "Dredging of the inner harbour starts in June", prose("the dredging")},
			heads: []string{"Harbour Notes", "Dredging of the inner harbour starts in June"}, line: "Harbour Notes", kind: kindBody, heading: true, keep: true},
	},
	"issue month lines": {
		{name: "month under a newsletter name", path: "n.pdf", paras: []string{"Coastal Newsletter", "June 2015", "Harbour works begin", prose("the harbour")}, heads: []string{"Coastal Newsletter", "June 2015", "Harbour works begin"}, line: "June 2015", kind: kindDate, heading: true},
		{name: "abbreviated month", path: "n.pdf", paras: []string{"Farm Bulletin", "Sept. 2024", "Harvest starts early", prose("the harvest")}, heads: []string{"Farm Bulletin", "Sept. 2024", "Harvest starts early"}, line: "Sept. 2024", kind: kindDate, heading: true},
		{name: "year first", path: "n.pdf", paras: []string{"Ocean Digest", "2013 April", "Reef survey finds recovery", prose("the reef")}, heads: []string{"Ocean Digest", "2013 April", "Reef survey finds recovery"}, line: "2013 April", kind: kindDate, heading: true},
		{name: "month label in body type", keep: true, path: "n.pdf", paras: []string{"Ocean Digest", "March 2013", "Reef survey finds recovery", prose("the reef")}, heads: []string{"Ocean Digest", "Reef survey finds recovery"}, line: "March 2013", kind: kindBody},
	},
	"continuation headings": {
		{name: "headline with cont'd", path: "n.pdf", paras: []string{"Harbour works begin", prose("the harbour"), "Harbour works (cont’d)", prose("the second phase")}, heads: []string{"Harbour works begin", "Harbour works (cont’d)"}, line: "Harbour works (cont’d)", kind: kindChrome},
		{name: "continued from page", path: "n.pdf", paras: []string{"Harbour works begin", prose("the harbour"), "Continued from page 1", prose("the second phase")}, heads: []string{"Harbour works begin"}, line: "Continued from page 1", kind: kindChrome},
		{name: "continued on page in brackets", path: "n.pdf", paras: []string{"Harbour works begin", prose("the harbour"), "(continued on page 4)"}, heads: []string{"Harbour works begin"}, line: "(continued on page 4)", kind: kindChrome},
		{name: "repeated headline over its mark", path: "n.pdf", paras: []string{"Ferry news", prose("the ferry"), "Ferry news", "(The latest contd.)", prose("the timetable")}, heads: []string{"Ferry news", "(The latest contd.)"}, line: "(The latest contd.)", kind: kindChrome},
		{name: "a headline about continuing", keep: true, path: "n.pdf", paras: []string{"Continued support for farmers", prose("the support")}, heads: []string{"Continued support for farmers"}, line: "Continued support for farmers", kind: kindBody, heading: true},
	},
	"mail headers": {
		{name: "subject under a date and sender", path: "m.txt", paras: []string{"Date: Fri, 3 May 2024 10:00\nFrom: Press Office <press@example.gov>\nSubject: Drought relief extended", prose("drought relief")}, line: "Drought relief extended", kind: kindBody},
		{name: "reply subject first", path: "m.txt", paras: []string{"Subject: Re: Ferry timetable changes\nTo: Harbour list <list@example.org>", prose("the ferries")}, line: "Ferry timetable changes", kind: kindBody},
		{name: "digest message number moved aside", path: "m.txt", paras: []string{"Message: 2\nDate: Fri, 3 May 2024 10:00\nSubject: Reef survey published", prose("the reef")}, line: "Message: 2", kind: kindMasthead},
		{name: "sender moved aside", path: "m.txt", paras: []string{"From: Press Office <press@example.gov>\nSubject: Reef survey published", prose("the reef")}, line: "From: Press Office <press@example.gov>", kind: kindMasthead},
		{name: "a subject line alone", path: "m.txt", paras: []string{"Subject: the harbour levy", prose("the levy")}, line: "Subject: the harbour levy", kind: kindBody, keep: true},
	},
	"bracketed bylines": {
		{name: "by and a call sign", path: "n.pdf", paras: []string{"Underwater contacts", "(By Rob G4XUT)", prose("the contact")}, heads: []string{"Underwater contacts", "(By Rob G4XUT)"}, line: "(By Rob G4XUT)", kind: kindBody},
		{name: "a short report by", path: "n.pdf", paras: []string{"Spring rally", "(a short report by Neil Hart)", prose("the rally")}, heads: []string{"Spring rally", "(a short report by Neil Hart)"}, line: "(a short report by Neil Hart)", kind: kindBody},
		{name: "report by initials", path: "n.pdf", paras: []string{"Club visit", "(Report by J. Lee)", prose("the visit")}, heads: []string{"Club visit", "(Report by J. Lee)"}, line: "(Report by J. Lee)", kind: kindBody},
		{name: "bracketed subtitle", keep: true, path: "n.pdf", paras: []string{"Ferry news", "(The latest)", prose("the ferry")}, heads: []string{"Ferry news", "(The latest)"}, line: "(The latest)", kind: kindBody, heading: true},
	},
}

// TestNewsletterPasses checks each pass of newsletterPasses in at least
// three wordings and on lines it must leave alone.
func TestNewsletterPasses(t *testing.T) {
	c := mustCleaner(t, Config{})
	for _, p := range newsletterPasses {
		cases := newsletterPassCases[p.name]
		changed := 0
		for _, tc := range cases {
			t.Run(p.name+"/"+tc.name, func(t *testing.T) {
				lines := newsletterLines(t, c, tc.path, tc.paras, tc.heads)
				i := lineNamed(lines, tc.line)
				if tc.gone {
					if i >= 0 {
						t.Fatalf("%q still in the lines (kind %d)", tc.line, lines[i].kind)
					}
					return
				}
				if i < 0 {
					t.Fatalf("%q not among the lines", tc.line)
				}
				if lines[i].kind != tc.kind || lines[i].heading != tc.heading || lines[i].periodicalName != tc.periodical {
					t.Errorf("%q: kind %d heading %v periodical name %v, want kind %d heading %v periodical name %v",
						tc.line, lines[i].kind, lines[i].heading, lines[i].periodicalName, tc.kind, tc.heading, tc.periodical)
				}
				if p.name == "type headlines" && lines[i].typeHeadline != tc.typeHeadline {
					t.Errorf("%q: type headline %v, want %v", tc.line, lines[i].typeHeadline, tc.typeHeadline)
				}
			})
			if !tc.keep {
				changed++
			}
		}
		if changed < 3 {
			t.Errorf("%s: %d cases it changes, want at least 3", p.name, changed)
		}
	}
}

// TestIsReferenceLine checks release reference numbers against lines that
// are dates, items, amounts or words.
func TestIsReferenceLine(t *testing.T) {
	for _, tc := range []struct {
		t  string
		ok bool
	}{
		{"No. M85", true},
		{"SC/3683 - EXTRACT", true},
		{"Ref: PR-2024-117", true},
		{"Release No. 45", true},
		{"MR 024/23", true},
		{"PR 23-045", true},
		{"12 May 2024", false},
		{"1. Overview", false},
		{"COVID-19", false},
		{"G20", false},
		{"May 2024", false},
		{"No. 1 priority for the ministry is water", false},
		{"04/11/2013", false},
	} {
		if got := isReferenceLine(tc.t); got != tc.ok {
			t.Errorf("isReferenceLine(%q) = %v, want %v", tc.t, got, tc.ok)
		}
	}
}
