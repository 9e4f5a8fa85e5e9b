package dates

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/dates/grammar"
)

// pubBody is a neutral body paragraph for the rule tests.
const pubBody = "The delegations reviewed cooperation on trade, energy, health and climate, and agreed to keep working together through their officials over the coming months."

// ruleCase is one wording of a release-date rule: the article and the
// value the rule alone finds ("" for none).
type ruleCase struct {
	name string
	a    corpus.Article
	want string
}

// TestPubRules runs each rule of the cascade on its own, in at least
// three wordings (and one it must not take), so that every rule's
// pattern is pinned independently of the rules before it.
func TestPubRules(t *testing.T) {
	art := func(title, text string) corpus.Article { return corpus.Article{Title: title, Text: text} }
	item := func(title, text string) corpus.Article {
		return corpus.Article{Title: title, Text: text, Meta: corpus.Meta{Props: map[string]string{corpus.PropListingItem: "true"}}}
	}
	mast := func(title, text, masthead string) corpus.Article {
		return corpus.Article{Title: title, Text: text, Masthead: masthead}
	}
	cases := map[string][]ruleCase{
		"labelled date at the top": {
			{"posted", art("Ministers meet", "Ministers meet\nPosted: April 4, 2014\n\n"+pubBody), "2014-04-04"},
			{"release date", art("Trade talks", "Trade talks\nRelease date: 12 May 2015\n\n"+pubBody), "2015-05-12"},
			{"label line above", art("Grant awarded", "FOR IMMEDIATE RELEASE\n3 March 2021\nGrant awarded\n\n"+pubBody), "2021-03-03"},
			{"published after a separator", art("Forum held", "Forum held\nUpdated: 15 March 2025 | Published: 14 March 2025\n\n"+pubBody), "2025-03-14"},
			{"two-column header", art("Hearing announced", "FOR IMMEDIATE RELEASE          Contact: Ann Lee\nThursday, September 12, 2024          (202) 555-0100\n\nHearing announced\n\n"+pubBody), "2024-09-12"},
			{"tab columns", art("Hearing announced", "Release date:\tPress office\n12 May 2015\tpress@agency.gov\n\nHearing announced\n\n"+pubBody), "2015-05-12"},
			{"cell beside a contact", art("Hearing announced", "Hearing announced\nContact: Ann Lee      Released: 3 May 2024\n\n"+pubBody), "2024-05-03"},
			{"no label", art("Forum held", "Forum held\n14 March 2025\n\n"+pubBody), ""},
			{"published after an update's date", art("Forum held", "Forum held\nLast updated: 14 March 2021 Published: 12 March 2021\n\n"+pubBody), "2021-03-12"},
			{"released after a time", art("Forum held", "Forum held\nModified 14 March 2021 10:30 Released 12 March 2021\n\n"+pubBody), "2021-03-12"},
			{"date after a modified date", art("Forum held", "Forum held\nDate modified: 2024-05-03 Date: 2024-05-01\n\n"+pubBody), "2024-05-01"},
			{"a whole label after words", art("Forum held", "Forum held\nThe annual report of the council published 12 March 2021\n\n"+pubBody), ""},
			{"markdown italic label line", art("Forum held", "Forum held\n\n*Published 24 March 2021*\n\n"+pubBody), "2021-03-24"},
			{"markdown bold label", art("Forum held", "Forum held\n\n**Date:** 5 May 2024\n\n"+pubBody), "2024-05-05"},
			{"markdown underscore label line", art("Forum held", "Forum held\n_Posted on 2 June 2022_\n\n"+pubBody), "2022-06-02"},
		},
		"labelled date in the masthead": {
			{"date label", mast("Talks", "Talks\n\n"+pubBody, "Ministry of Trade\nDate: 5 June 2019"), "2019-06-05"},
			{"issued label", mast("Talks", "Talks\n\n"+pubBody, "Issued on 7 July 2020\nPress Office"), "2020-07-07"},
			{"embargo label", mast("Talks", "Talks\n\n"+pubBody, "Embargoed until 00:01 GMT 14 March 2025"), "2025-03-14"},
			{"a timestamp is metadata", mast("Talks", "Talks\n\n"+pubBody, "date: 2016-09-23 07:10:35+00:00"), ""},
			{"a front matter day is metadata", mast("Talks", "Talks\n\n"+pubBody, "date: 2025-10-27"), ""},
			{"an iso day after a person's label", mast("Talks", "Talks\n\n"+pubBody, "Published: 2025-10-27"), "2025-10-27"},
			{"unlabelled", mast("Talks", "Talks\n\n"+pubBody, "Ministry of Trade\n5 June 2019"), ""},
		},
		"release number line": {
			{"english of", art("Bond programme", "MINISTRY OF FINANCE\nPress release No. 12/2024 of 5 March 2024\n\nBond programme\n\n"+pubBody), "2024-03-05"},
			{"german vom", art("Neues Programm", "Pressemitteilung Nr. 3/2024 vom 5. März 2024\n\nNeues Programm\n\n"+pubBody), "2024-03-05"},
			{"french du", art("Nouveau programme", "Communiqué n° 45 du 3 mars 2024\n\nNouveau programme\n\n"+pubBody), "2024-03-03"},
			{"italian del", art("Programma", "Comunicato stampa n. 118 del 12 giugno 2023\n\nProgramma\n\n"+pubBody), "2023-06-12"},
			{"glued marker and comma", art("Talks", "Talks\nMedia Release Nr.7/2021, 14 May 2021\n\n"+pubBody), "2021-05-14"},
			{"issuer before the noun, dash", art("Talks", "MOF Press Release No. 31 – 2 June 2022\n\nTalks\n\n"+pubBody), "2022-06-02"},
			{"in the masthead", mast("Talks", "Talks\n\n"+pubBody, "Ministry of Trade\nNews release No. 2023-118 dated 12 June 2023"), "2023-06-12"},
			{"no number", art("Talks", "Talks\nPress release of a partner agency, 5 March 2024\n\n"+pubBody), ""},
			{"an event after the number", art("Talks", "Talks\nPress release No. 12 of 5 March 2024 on the summit\n\n"+pubBody), ""},
			{"a sentence", art("Talks", "Talks\nThe minister signed decree No. 12/2024 of 5 March 2024\n\n"+pubBody), ""},
		},
		"release header line": {
			{"joined pdf header", art("Joint statement", "FOR IMMEDIATE RELEASE Contact: Media Affairs January 14, 2025 press@agency.gov\n\nJoint statement\n\n"+pubBody), "2025-01-14"},
			{"media release with phone", art("Grant awarded", "Grant awarded\nMEDIA RELEASE Press office +65 6123 4567 3 May 2024\n\n"+pubBody), "2024-05-03"},
			{"news release in the masthead", mast("Talks", "Talks\n\n"+pubBody, "News release | Ministry of Trade | 12 June 2023 | Ottawa"), "2023-06-12"},
			{"a sentence", art("Talks", "Talks\nThe agency published on 12 June 2023 a new report.\n\n"+pubBody), ""},
			{"an unread date between", art("Talks", "Talks\nPosted on 15.4.2016x, updated 4 March 2017 by the desk\n\n"+pubBody), ""},
			{"a schedule", art("Talks", "Talks\nPress release 12 June 2023 and 14 June 2023\n\n"+pubBody), ""},
			{"a headline's event after the label", art("Talks", "For Immediate Release: New Director Swearing-in Staff on January 1,\n2019\nTalks\n\n"+pubBody), ""},
			{"a headline's deadline after the label", art("Talks", "Talks\nMedia release: Grants open until 30 June 2024\n\n"+pubBody), ""},
		},
		"dateline below the title": {
			{"place and date", art("Talks held", "Talks held\n\nTOKYO, March 3, 2016 - "+pubBody), "2016-03-03"},
			{"date alone", art("Talks held", "Talks held\n4 April 2025\n\n"+pubBody), "2025-04-04"},
			{"date and time", art("Talks held", "Talks held\nOct. 31, 2017 10:00 JST\n\n"+pubBody), "2017-10-31"},
			{"date and document type", art("Talks held", "Talks held\nApr 13, 2015 Press Release\n\n"+pubBody), "2015-04-13"},
			{"date and statement type", art("Talks held", "Talks held\n13 April 2015 | Statement\n\n"+pubBody), "2015-04-13"},
			{"date and a headline's words", art("Talks held", "Talks held\nApr 13, 2015 Press Release on the budget\n\n"+pubBody), ""},
			{"inside a sentence", art("Talks held", "Talks held\n\nThe talks opened on March 3, 2016 in Tokyo.\n\n"+pubBody), ""},
			{"markdown italic date line", art("Talks held", "Talks held\n\n*10 March 2021*\n\n"+pubBody), "2021-03-10"},
			{"markdown bold date line", art("Talks held", "Talks held\n**4 April 2025**\n\n"+pubBody), "2025-04-04"},
			{"markdown underscore dateline", art("Talks held", "Talks held\n\n_WELLINGTON, 3 May 2022_\n\n"+pubBody), "2022-05-03"},
			{"a markdown bullet of a list", art("Talks held", "Talks held\n* 12 May 2024\n* 3 May 2024\n\n"+pubBody), ""},
			{"a latest-news list", art("Talks held", "Talks held\nLatest news\n12 May 2024\nMinister visits Japan\n3 May 2024\nBudget approved\n\n"+pubBody), ""},
			{"an update history", art("Talks held", "Talks held\n13 May 2025\nCorrected the name of a delegate.\n12 May 2025\nFirst version.\n\n"+pubBody), ""},
			{"a list of events with time", art("Talks held", "Talks held\nUpcoming\nJune 3, 2024 10:00 EST\nWebinar on trade\nJune 10, 2024 11:00 EST\nForum on energy\n\n"+pubBody), ""},
			{"the same date twice is no list", art("Talks held", "Talks held\n12 May 2024\nPress office\n12 May 2024\n\n"+pubBody), "2024-05-12"},
		},
		"title that is a dateline": {
			{"place and day", art("Brussels, 30 November 2023", "Brussels, 30 November 2023\n\n"+pubBody), "2023-11-30"},
			{"day alone", art("12 May 2015", "12 May 2015\n\n"+pubBody), "2015-05-12"},
			{"us order", art("Washington, DC, March 13, 2014", "Washington, DC, March 13, 2014\n\n"+pubBody), "2014-03-13"},
			{"headline", art("Talks held in Paris", "Talks held in Paris\n\n"+pubBody), ""},
			{"a headline with a colon names an event", art("Results: Regional Championships, Aalen, 19.5.2007", "Results: Regional Championships, Aalen, 19.5.2007\n\n"+pubBody), ""},
			{"an agenda headline with a colon", art("Agenda: Council Meeting, Brussels, 12 May 2024", "Agenda: Council Meeting, Brussels, 12 May 2024\n\n"+pubBody), ""},
			{"a french headline with a spaced colon", art("Résultats : Championnat Régional, Lyon, 5 mai 2024", "Résultats : Championnat Régional, Lyon, 5 mai 2024\n\n"+pubBody), ""},
			{"header stamp with a number", art("Press Release No. 31/2024 | 12 June 2024", "Press Release No. 31/2024 | 12 June 2024\n\n"+pubBody), "2024-06-12"},
			{"header stamp with a section", art("News · 3 May 2021", "News · 3 May 2021\n\n"+pubBody), "2021-05-03"},
			{"a headline with a bar and a date", art("Forum opens | Talks continue until 5 May 2021 in the capital and beyond", "Forum opens | Talks continue until 5 May 2021 in the capital and beyond\n\n"+pubBody), ""},
		},
		"run-in dateline": {
			{"upper month", art("Talks", "Talks\nA greener nation 7 MARCH 2022 – During the debate the ministers spoke.\n\n"+pubBody), "2022-03-07"},
			{"en dash", art("Talks", "Talks\nOur digital future 12 May 2024 – The minister opened the forum.\n\n"+pubBody), "2024-05-12"},
			{"em dash", art("Talks", "Talks\nStronger together 3 June 2023 — Leaders gathered in the capital.\n\n"+pubBody), "2023-06-03"},
			{"after a preposition", art("Talks", "Talks\nThe meeting was held on 7 March 2022 – the first since the war.\n\n"+pubBody), ""},
		},
		"issue date": {
			{"vol and no line", art("Bulletin", "Bulletin\nVol. 12 No. 4, April 30, 2021\n\n"+pubBody), "2021-04-30"},
			{"issue line", art("Digital Bulletin", "Digital Bulletin\nIssue 18 | 30 May 2025\n\n"+pubBody), "2025-05-30"},
			{"date under volume", art("Newsletter", "Newsletter\nVolume 3 Number 2\nOct 31, 2017\n\n"+pubBody), "2017-10-31"},
			{"issue number mid-line", art("Samoa workshop", "Pacific Bulletin\nNewsletter of the Pacific Group | Ministry of Trade Issue 7 — 29 November 2024\nSamoa workshop\n\n"+pubBody), "2024-11-29"},
			{"number mid-line month", art("Item", "Item\nQuarterly review of the Council, No. 12, March 2019\n\n"+pubBody), "2019-03"},
			{"a count is no issue", art("Item", "Item\nParticipants from 14 countries — 29 November 2024 was busy\n\n"+pubBody), ""},
			{"footer month, masthead day", mast("Item", "Item\n\n"+pubBody+"\n\nPacific Bulletin Issue 7 — November 2024", "Pacific Bulletin | Issue 7 — 29 November 2024"), "2024-11-29"},
			{"footer month, masthead other month", mast("Item", "Item\n\n"+pubBody+"\n\nBulletin No. 3, May 2021", "Bulletin No. 2, 28 April 2021"), "2021-05"},
			{"no volume", art("Newsletter", "Newsletter\nOct 31, 2017\n\n"+pubBody), ""},
		},
		"issue date in the masthead": {
			{"vol", mast("Item", "Item\n\n"+pubBody, "Vol. 28 No.5\n\nOct 31, 2017"), "2017-10-31"},
			{"issue", mast("Item", "Item\n\n"+pubBody, "Issue 7 | 29 November 2024"), "2024-11-29"},
			{"number", mast("Item", "Item\n\n"+pubBody, "Number 12, 1 February 2020"), "2020-02-01"},
			{"no issue", mast("Item", "Item\n\n"+pubBody, "Bulletin of the Ministry"), ""},
		},
		"date line in the masthead": {
			{"alone", mast("Item", "Item\n\n"+pubBody, "Press Office\n14 March 2025"), "2025-03-14"},
			{"with place", mast("Item", "Item\n\n"+pubBody, "SINGAPORE, 05 January 2024"), "2024-01-05"},
			{"us order", mast("Item", "Item\n\n"+pubBody, "Newsletter\nMarch 13, 2014"), "2014-03-13"},
			{"a sentence", mast("Item", "Item\n\n"+pubBody, "We met on March 13, 2014 in town"), ""},
		},
		"closing dateline": {
			{"issued in", art("Statement", "Statement\n\n"+pubBody+"\n\nIssued in Vientiane on 11 October 2024"), "2024-10-11"},
			{"signed in", art("Statement", "Statement\n\n"+pubBody+"\n\nSigned in Canberra on 4 June 2019."), "2019-06-04"},
			{"done at", art("Statement", "Statement\n\n"+pubBody+"\n\nDone at Hanoi, 4 April 2025"), "2025-04-04"},
			{"an event", art("Statement", "Statement\n\n"+pubBody+"\n\nThe next meeting will be held in Tokyo on 4 June 2026."), ""},
			{"issued on, no place", art("Statement", "Statement\n\n"+pubBody+"\n\nIssued on 11 October 2024"), "2024-10-11"},
			{"dated this day of", art("Statement", "Statement\n\n"+pubBody+"\n\nDated this 9th day of August 2019"), "2019-08-09"},
			{"signed on, no place", art("Statement", "Statement\n\n"+pubBody+"\n\nSigned on 4 April 2025."), "2025-04-04"},
			{"signed on, then more", art("Statement", "Statement\n\n"+pubBody+"\n\nSigned on 4 April 2025 by both ministers after the talks"), ""},
			{"a sentence, no verb first", art("Statement", "Statement\n\n"+pubBody+"\n\nThe accord was signed on 4 April 2025."), ""},
			{"done in duplicate at", art("Statement", "Statement\n\n"+pubBody+"\n\nDone in duplicate at Singapore on 12 March 2024."), "2024-03-12"},
			{"signed in two originals at", art("Statement", "Statement\n\n"+pubBody+"\n\nSigned in two originals at Nairobi, 3 July 2018"), "2018-07-03"},
			{"done in triplicate in", art("Statement", "Statement\n\n"+pubBody+"\n\nDone in triplicate in Lima on this 9th day of May 2017"), "2017-05-09"},
			{"issued by the ministry on", art("Statement", "Statement\n\n"+pubBody+"\n\nIssued by the Ministry of Foreign Affairs on 12 March 2024"), "2024-03-12"},
			{"released by the secretariat on", art("Statement", "Statement\n\n"+pubBody+"\n\nReleased by the ASEAN Secretariat on 8 August 2022."), "2022-08-08"},
			{"issued by a person is no issuer", art("Statement", "Statement\n\n"+pubBody+"\n\nIssued by mistake on 12 March 2024 and withdrawn"), ""},
			{"done in the spirit of", art("Statement", "Statement\n\n"+pubBody+"\n\nDone in the spirit of friendship on 12 March 2024, the talks closed with a dinner."), ""},
		},
		"timestamp in the masthead": {
			{"front matter stamp", mast("T", "T\n\n"+pubBody, "date: 2016-09-23 07:10:35+00:00"), "2016-09-23"},
			{"iso t stamp", mast("T", "T\n\n"+pubBody, "published: 2019-04-02T23:10:00Z"), "2019-04-02"},
			{"stamp with minutes", mast("T", "T\n\n"+pubBody, "Date: 2021-11-30 18:45"), "2021-11-30"},
			{"front matter day", mast("T", "T\n\n"+pubBody, "date: 2021-11-30"), "2021-11-30"},
			{"front matter published key", mast("T", "T\n\n"+pubBody, "published: 2020-02-03"), "2020-02-03"},
			{"a person's label is no machine's", mast("T", "T\n\n"+pubBody, "Date: 2021-11-30"), ""},
		},
		"timestamp line in the text": {
			{"post stamp after the article", art("Fines paid", "Fines paid\n\n"+pubBody+"\nJane Roe\n2022-06-01 12:48:19\n2022-06-01 12:48:19\nRecent News\nJune 10, 2026\nOther item"), "2022-06-01"},
			{"iso t stamp", art("Talks", "Talks\n2019-04-02T23:10:00Z\n\n"+pubBody), "2019-04-02"},
			{"stamp with zone", art("Talks", "Talks\n\n"+pubBody+"\n2016-09-23 07:10:35+00:00"), "2016-09-23"},
			{"a day without a time", art("Talks", "Talks\n\n"+pubBody+"\n2016-09-23"), ""},
			{"a stamp in a sentence", art("Talks", "Talks\n\nThe file was saved at 2016-09-23 07:10 by the clerk.\n\n"+pubBody), ""},
			{"a log of stamps", art("Talks", "Talks\n\n"+pubBody+"\n2016-09-23 07:10:35\nFirst version\n2016-09-25 10:00:00\nCorrected"), ""},
		},
		"published-time metadata": {
			{"feed pubDate hint", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{PageDate: "2021-01-01", Props: map[string]string{"article:published_time": "2021-07-26T20:36:47Z"}}}, "2021-07-26"},
			{"og published time", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{Props: map[string]string{"og:published_time": "2019-05-02"}}}, "2019-05-02"},
			{"feed pubDate in a content system's words", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{Props: map[string]string{"article:published_time": "Monday, April 3, 2023 - 3:45pm"}}}, "2023-04-03"},
			{"feed pubDate in French", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{Props: map[string]string{"article:published_time": "lundi 3 avril 2023"}}}, "2023-04-03"},
			{"feed pubDate day first with a time", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{Props: map[string]string{"article:published_time": "Mon, 17/04/2023 - 15:45"}}}, "2023-04-17"},
			{"page date of a stated new year's day wins", corpus.Article{Title: "T", Text: "T\n\nThe law took effect on 1 January 2021.", Meta: corpus.Meta{PageDate: "2021-01-01", Props: map[string]string{"article:published_time": "2021-07-26"}}}, ""},
			{"page date of another day wins", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{PageDate: "2021-07-20", Props: map[string]string{"article:published_time": "2021-07-26"}}}, ""},
			{"itemprop", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{Props: map[string]string{"datepublished": "2018-11-30T08:00:00+01:00"}}}, "2018-11-30"},
			{"generic date key", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{Props: map[string]string{"date": "2018-11-30"}}}, ""},
		},
		"labelled date at the end": {
			{"issued", art("Fact sheet", "Fact sheet\n\n"+pubBody+"\n\n"+pubBody+"\n\nIssued: 5 May 2024"), "2024-05-05"},
			{"date of issue with contact", art("Fact sheet", "Fact sheet\n\n"+pubBody+"\n\n"+pubBody+"\n\nDate of issue: 6 June 2023\nMedia: press@agency.gov"), "2023-06-06"},
			{"released", art("Transcript", "Transcript\n\n"+pubBody+"\n\n"+pubBody+"\n\nReleased 7 July 2022"), "2022-07-07"},
			{"a sentence", art("Fact sheet", "Fact sheet\n\n"+pubBody+"\n\n"+pubBody+"\n\nThe final report of the panel was released on 5 May 2024."), ""},
		},
		"place and date at the end": {
			{"city", art("Joint Communiqué", "Joint Communiqué\n\n"+pubBody+"\n\n"+pubBody+"\n\nTokyo, 3 March 2021"), "2021-03-03"},
			{"city with contact after", art("Joint Statement", "Joint Statement\n\n"+pubBody+"\n\nCanberra, 14 May 2019\nMedia: +61 2 6000 0000"), "2019-05-14"},
			{"french", art("Communiqué", "Communiqué\n\n"+pubBody+"\n\nParis, le 4 avril 2025"), "2025-04-04"},
			{"a sentence", art("Statement", "Statement\n\n"+pubBody+"\n\nThe next meeting is in Tokyo on 3 March 2021"), ""},
			{"a list", art("Statement", "Statement\n\n"+pubBody+"\n\nTokyo, 3 March 2021\nSeoul, 5 March 2021"), ""},
			{"an embedded post's attribution", art("Story", "Story\n\n"+pubBody+"\n\n— Jane Roe (@jroe) September 27, 2020"), ""},
			{"a dash bullet", art("Story", "Story\n\n"+pubBody+"\n\n- 24/09/2019"), ""},
			{"a handle", art("Story", "Story\n\n"+pubBody+"\n\nNews desk @desk, 3 May 2020"), ""},
		},
		"page date (go-htmldate)": {
			{"iso day", corpus.Article{Title: "T", Text: "T\n\n" + pubBody, Meta: corpus.Meta{PageDate: "2016-12-06"}}, "2016-12-06"},
			{"another day", corpus.Article{Title: "T", Text: "T\n\n" + pubBody, Meta: corpus.Meta{PageDate: "2021-01-27"}}, "2021-01-27"},
			{"leap day", corpus.Article{Title: "T", Text: "T\n\n" + pubBody, Meta: corpus.Meta{PageDate: "2024-02-29"}}, "2024-02-29"},
			{"none", corpus.Article{Title: "T", Text: "T\n\n" + pubBody}, ""},
			{"a swapped reading of a us date", corpus.Article{Title: "T", Text: "T\n\nAll figures as of October 3, 2017.\n\n" + pubBody, Meta: corpus.Meta{PageDate: "2017-03-10"}}, ""},
			{"a swapped reading of a day-first date", corpus.Article{Title: "T", Text: "T\n\nThe ministers met on 5 June 2023.\n\n" + pubBody, Meta: corpus.Meta{PageDate: "2023-05-06"}}, ""},
			{"a swapped reading of an iso date", corpus.Article{Title: "T", Text: "T\n\nUpdated 2021-11-02\n\n" + pubBody, Meta: corpus.Meta{PageDate: "2021-02-11"}}, ""},
			{"both days named", corpus.Article{Title: "T", Text: "T\n\nThe talks opened on 3 October 2017. They closed on 10 March 2017.\n\n" + pubBody, Meta: corpus.Meta{PageDate: "2017-03-10"}}, "2017-03-10"},
		},
		"metadata": {
			{"published time", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{Props: map[string]string{"article:published_time": "2014-03-13T10:00:00-04:00"}}}, "2014-03-13"},
			{"json-ld", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{JSONLD: []string{`{"@type":"NewsArticle","datePublished":"2019-07-02"}`}}}, "2019-07-02"},
			{"time element", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{Times: []string{"Thu, 13 Mar 2014 10:00:00 GMT"}}}, "2014-03-13"},
			{"modified only", corpus.Article{Title: "T", Text: "T", Meta: corpus.Meta{Props: map[string]string{"article:modified_time": "2014-03-13"}}}, ""},
		},
		"day ending the title": {
			{"after a dash", art("Bridge opens – 12 April 2022", "Bridge opens – 12 April 2022\n\n"+pubBody), "2022-04-12"},
			{"in brackets", art("Minister visits Japan (3 May 2024)", "Minister visits Japan (3 May 2024)\n\n"+pubBody), "2024-05-03"},
			{"after a bar", art("Statement on the floods | June 5, 2023", "Statement on the floods | June 5, 2023\n\n"+pubBody), "2023-06-05"},
			{"inside the title's words", art("Talks of 12 April 2022 reviewed", "Talks of 12 April 2022 reviewed\n\n"+pubBody), ""},
			{"a month is no day", art("Bridge opens – April 2022", "Bridge opens – April 2022\n\n"+pubBody), ""},
			{"a date below the title", art("Bridge opens", "Bridge opens\n12 April 2022\n\n"+pubBody), ""},
			{"after a comma: the day of what it names", art("Results: junior relays, Aalen, 19.5.2007", "Results: junior relays, Aalen, 19.5.2007\n\n"+pubBody), ""},
		},
		"month stated in the title": {
			{"in brackets in the metadata title", corpus.Article{Title: "Food security", Text: "Food security\n\n" + pubBody, Meta: corpus.Meta{Title: "Water Matters (Nov 2019)"}}, "2019-11"},
			{"after a dash in the masthead", mast("Grid study", "Grid study\n\n"+pubBody, "Regional Economic Digest — March 2021\nThe monthly round-up"), "2021-03"},
			{"after a bar in a heading line", art("Harbour works", "## Port Bulletin | June 2020\n\nHarbour works\n\n"+pubBody), "2020-06"},
			{"after a comma in the title", art("Budget statement, March 2019", "Budget statement, March 2019\n\n"+pubBody), "2019-03"},
			{"inside the title's words", art("Floods of March 2019 reviewed", "Floods of March 2019 reviewed\n\n"+pubBody), ""},
			{"a hyphenated word before it", art("Review of mid-March 2019", "Review of mid-March 2019\n\n"+pubBody), ""},
			{"a day is no issue month", art("Talks (12 May 2020)", "Talks (12 May 2020)\n\n"+pubBody), ""},
		},
		"address": {
			{"path", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{URI: "https://example.gov/news/2016/12/06/t/"}}, "2016-12-06"},
			{"compact", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{URI: "https://example.eu/press/20161206-talks"}}, "2016-12-06"},
			{"file name", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{Path: "posts/2020-12-14-t.md"}}, "2020-12-14"},
			{"id", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{URI: "https://example.org/items/123456789-talks"}}, ""},
		},
		"date in the file name": {
			{"abbreviation first", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{Path: "docs/Mar-2023-climate-action.pdf"}}, "2023-03"},
			{"full name underscores", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{Path: "newsletter_june_2019.pdf"}}, "2019-06"},
			{"year first in an address", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{URI: "https://example.gov/files/2021-april-bulletin.html"}}, "2021-04"},
			{"no month", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{Path: "report-2023-final.pdf"}}, ""},
			{"day month year", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{Path: "docs/12-Mar-2021-statement.pdf"}}, "2021-03-12"},
			{"month day year", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{Path: "press_release_march_9_2021.txt"}}, "2021-03-09"},
			{"year month day in an address", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{URI: "https://example.gov/files/2021-Oct-05-talks.html"}}, "2021-10-05"},
			{"compact day month year", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{Path: "archive/03Feb2005Council118.txt"}}, "2005-02-03"},
			{"compact year month day", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{Path: "2019June30-bulletin.pdf"}}, "2019-06-30"},
			{"no such day", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{Path: "31-Feb-2021-note.pdf"}}, "2021-02"},
			{"a count is no day", corpus.Article{Title: "T", Text: "T", Source: corpus.Source{Path: "bulletin-june-2019-issue-123.pdf"}}, "2019-06"},
		},
		"sign-off date": {
			{"ministry", art("Talks", "Talks\n\n"+pubBody+"\n\nMINISTRY OF DIGITAL DEVELOPMENT AND INFORMATION\n14 MARCH 2025"), "2025-03-14"},
			{"department and place", art("Talks", "Talks\n\n"+pubBody+"\n\nDepartment of Foreign Affairs\nCANBERRA\n3 May 2022"), "2022-05-03"},
			{"office", art("Talks", "Talks\n\n"+pubBody+"\n\nPrime Minister's Office\n2 February 2021\n\nMedia enquiries: press office"), "2021-02-02"},
			{"a heading", art("Talks", "Talks\n\n"+pubBody+"\n\nNEXT COMMITTEE MEETING\n14 MARCH 2025"), ""},
			{"date, then the ministry", art("Talks", "Talks\n\n"+pubBody+"\n\n12 March 2024\nMinistry of Water Resources"), "2024-03-12"},
			{"date, then the embassy and its city", art("Talks", "Talks\n\n"+pubBody+"\n\n5 June 2019\nEmbassy of Freedonia\nOttawa\n\n###"), "2019-06-05"},
			{"date, then the secretariat in capitals, then contacts", art("Talks", "Talks\n\n"+pubBody+"\n\nOctober 2, 2023\nCOMMONWEALTH SECRETARIAT\n\nFor media enquiries, contact the press office."), "2023-10-02"},
			{"date, then a sentence", art("Talks", "Talks\n\n"+pubBody+"\n\n12 March 2024\nThe Ministry of Water Resources will publish the plan."), ""},
			{"date, then a body, then more body text", art("Talks", "Talks\n\n"+pubBody+"\n\n12 March 2024\nMinistry of Water Resources\n\n"+strings.Repeat(pubBody+" ", 6)), ""},
			{"related releases at the end", art("Talks", "Talks\n\n"+pubBody+"\n\nRelated releases\nMinistry of Trade\n12 May 2024\nMinistry of Trade\n3 May 2024"), ""},
		},
		"date line right above the title": {
			{"us order", art("Summit Meeting", "Home > News\nMarch 13, 2014\nSummit Meeting\n\n"+pubBody), "2014-03-13"},
			{"day first", art("Summit Meeting", "News\n13 March 2014\nSummit Meeting\n\n"+pubBody), "2014-03-13"},
			{"iso", art("Summit Meeting", "2014-03-13\nSummit Meeting\n\n"+pubBody), "2014-03-13"},
			{"dated links above", art("Summit Meeting", "News\n12 May 2024\nMinister visits Japan\n3 May 2024\nSummit Meeting\n\n"+pubBody), ""},
			{"far above", art("Summit Meeting", "March 13, 2014\nHome\nNews\nPress Releases\nSummit Meeting\n\n"+pubBody), ""},
			{"beside a contact cell", art("Summit Meeting", "News\nMarch 13, 2014 Contact: Press Office\nSummit Meeting\n\n"+pubBody), "2014-03-13"},
			{"place dateline under a letterhead", art("Summit Meeting", "MINISTRY OF TRANSPORT\nMedia Release\nGeneva, 12 March 2021\n\nSummit Meeting\n\n"+pubBody), "2021-03-12"},
			{"place and bracketed date", art("Summit Meeting", "WELLINGTON (12 March 2021) –\n\nSummit Meeting\n\n"+pubBody), "2021-03-12"},
			{"date and document type", art("Summit Meeting", "12 March 2021 | Media Release\nSummit Meeting\n\n"+pubBody), "2021-03-12"},
			{"byline", art("Summit Meeting", "Posted by Jane Roe on March 12, 2021\nSummit Meeting\n\n"+pubBody), "2021-03-12"},
			{"a sentence above", art("Summit Meeting", "The talks in Geneva ended on 12 March 2021 after a long week.\nSummit Meeting\n\n"+pubBody), ""},
		},
		"byline stamp": {
			{"name and reading time", art("Talks held", "Talks held\nJane Roe | March 4, 2024 | 3 min read\n\n"+pubBody), "2024-03-04"},
			{"section and middle dot", art("Talks held", "Talks held\nNews · 12 June 2023\n\n"+pubBody), "2023-06-12"},
			{"by an author", art("Talks held", "Talks held\nBy Jane Roe, 4 March 2024\n\n"+pubBody), "2024-03-04"},
			{"bullet and a time", art("Talks held", "Talks held\nPress office • 5 May 2021 10:30\n\n"+pubBody), "2021-05-05"},
			{"time and author after the date", art("Talks held", "Talks held\nMarch 3, 2016 at 11:15 AM ET by Jane Roe\n\n"+pubBody), "2016-03-03"},
			{"author after the date", art("Talks held", "Talks held\n12 June 2023 by Press Office\n\n"+pubBody), "2023-06-12"},
			{"a sentence after the date", art("Talks held", "Talks held\nMarch 3, 2016 was chosen by the committee\n\n"+pubBody), ""},
			{"posted by an author on", art("Talks held", "Talks held\nPosted by Jane Roe on March 12, 2021\n\n"+pubBody), "2021-03-12"},
			{"issued by an office on", art("Talks held", "Talks held\nIssued by the Press Office on 12 March 2021\n\n"+pubBody), "2021-03-12"},
			{"published by a ministry on", art("Talks held", "Talks held\nPublished by Ministry of Trade and Industry on 5 June 2023\n\n"+pubBody), "2023-06-05"},
			{"by a lower-case phrase on", art("Talks held", "Talks held\nPosted by popular demand on 12 March 2021\n\n"+pubBody), ""},
			{"a field inside a long line", art("Talks held", "Talks held\nThe report covers the period from the last meeting to the next one and more | 5 May 2021\n\n"+pubBody), ""},
			{"by a lower-case phrase", art("Talks held", "Talks held\nBy the end of the talks, 4 March 2024\n\n"+pubBody), ""},
		},
		"date opening the document": {
			{"beside a joined contact column", art("Director of Communications", "December 26, 2018 Contact: Jane Roe\nDirector of Communications\nCounty Office\n\nNew director sworn in\n\n"+pubBody), "2018-12-26"},
			{"alone on the first line is no header", art("Talks", "3 March 2021\nMinistry of Trade\nPress Office\n\nTalks\n\n"+pubBody), ""},
			{"beside a reference cell", art("Talks", "5 June 2024 Ref: MTI/2024/031\nMinistry of Trade\n\nTalks\n\n"+pubBody), "2024-06-05"},
			{"beside a media enquiries cell", art("Talks", "12 May 2015 Media enquiries: +65 6123 4567\nMinistry of Trade\n\nTalks\n\n"+pubBody), "2015-05-12"},
			{"a sentence on the first line", art("Talks", "3 March 2021 was the day the ministers met in the capital.\n\nTalks\n\n"+pubBody), ""},
			{"a print date months after the body", art("Talks", "14 March 2026\nMinistry of Trade\n\nTalks\n\nThe ministers met on 13 March 2025."), ""},
		},
		"date line placed by the body": {
			{"day after the event", art("Talks", "14 March 2025\nHome\nNews\nMenu\nTalks\n\nThe ministers met on 13 March 2025."), "2025-03-14"},
			{"same day", art("Talks", "2 May 2023\nHome\nNews\nMenu\nTalks\n\nThe ministers met on 2 May 2023."), "2023-05-02"},
			{"a month later", art("Talks", "June 1, 2019\nHome\nNews\nMenu\nTalks\n\nThe ministers met on May 3, 2019."), "2019-06-01"},
			{"a year later: printed", art("Talks", "14 March 2026\nHome\nNews\nMenu\nTalks\n\nThe ministers met on 13 March 2025."), ""},
		},
		"listing item's first day": {
			{"meta line of many words", item("Port upgrade approved", "Port upgrade approved\nTuesday 4 June 2024 | Media release | Office of the Minister for Trade and Regional Ports\n\nThe upgrade will double capacity."), "2024-06-04"},
			{"date run into the teaser", item("Grants open", "Grants open\n23.03.2021: applications for small business grants open today across the state."), "2021-03-23"},
			{"date after the teaser", item("Board meets", "Board meets\nThe board met to review the budget and appoint a new chair.\nPosted 5 May 2021 in Governance and Finance News by the Web Team"), "2021-05-05"},
			{"a month only", item("Report released", "Report released\nThe report covers March 2021 and will be discussed by the board."), ""},
			{"an article that is no listing item", art("Board meets", "Board meets\nThe board met to review the budget on 5 May 2021 and appoint a new chair."), ""},
		},
	}
	f := newTestFinder(t)
	for _, r := range pubRules {
		tcs := cases[r.name]
		if len(tcs) < 3 {
			t.Errorf("rule %q has %d test cases, want at least 3", r.name, len(tcs))
		}
		for _, tc := range tcs {
			t.Run(r.name+"/"+tc.name, func(t *testing.T) {
				a := tc.a
				exprs := f.parseForTest(a.Text)
				c := f.newPubCtx(&a, exprs, dayOrder{})
				got := ""
				if pt, ok := r.find(c); ok {
					got = pt.Value()
				}
				if got != tc.want {
					t.Errorf("got %q, want %q", got, tc.want)
				}
			})
		}
	}
	if len(cases) != len(pubRules) {
		t.Errorf("%d rules tested, %d rules in pubRules", len(cases), len(pubRules))
	}
}

// parseForTest parses text as Find does, without the release date.
func (f *Finder) parseForTest(text string) []grammar.Expr {
	exprs := f.parse(text)
	order, words := numericOrder(exprs)
	if !order.settled {
		order = words
	}
	settleNumeric(text, exprs, order)
	return exprs
}
