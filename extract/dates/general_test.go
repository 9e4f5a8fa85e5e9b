package dates

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// Cases for other agencies' shapes than the dev set's: Korean and
// Japanese numeric dates and eras, day-first capitals, relative weekdays,
// sign-offs, embargoes, locale-settled numeric dates and the numbers that
// look like years in scientific and legal text.
var dateCasesGeneral = []dateCase{
	// Korean and Japanese numeric forms.
	{name: "korean spaced dots", text: "For immediate release: 2019. 4. 3.\nBody.", want: []string{"2019-04-03"}, mention: "2019. 4. 3."},
	{name: "korean spaced dots padded", text: "Date 2019. 04. 08. (Mon)", want: []string{"2019-04-08"}},
	{name: "unpadded dotted ymd", text: "Released 2019.4.3 by the ministry.", want: []string{"2019-04-03"}},
	{name: "unpadded hyphen ymd", text: "Date: 2019-4-3", want: []string{"2019-04-03"}},
	{name: "korean dots without final dot is no date", text: "It grew in 2019. 4. 3 million units were sold.", want: []string{"2019"}},
	{name: "dotted decimal after korean date is no date", text: "Score 2019. 4. 3.5 points", want: nil},
	{name: "korean hangul date", text: "2019년 4월 3일 발표", want: []string{"2019-04-03"}, mention: "2019년 4월 3일"},
	{name: "korean hangul month", text: "2019년 4월 발표", want: []string{"2019-04"}},
	{name: "korean dots range", text: "Period: 2023. 11. 30. ~ 12. 1. in Seoul", want: []string{"2023-11-30/2023-12-01"}},
	{name: "korean dots followed by a list number", text: "Date: 2023. 11. 30. - 2. The plan", want: []string{"2023-11-30"}},
	{name: "korean dots with weekday", text: "Date 2019. 4. 3.(Wed) here", want: []string{"2019-04-03"}},
	{name: "cjk range month day", text: "2023年11月30日～12月1日 開催", want: []string{"2023-11-30/2023-12-01"}},
	{name: "cjk range day", text: "2023年11月28日（火）～30日（木）", want: []string{"2023-11-28/2023-11-30"}},
	{name: "cjk range full", text: "2023年12月28日-2024年1月5日", want: []string{"2023-12-28/2024-01-05"}},
	{name: "cjk range backwards stays one date", text: "2023年11月30日～29日", want: []string{"2023-11-30"}},
	{name: "reiwa year", text: "The budget for Reiwa 5 was approved.", want: []string{"2023"}, mention: "Reiwa 5"},
	{name: "heisei year", text: "Statistics for Heisei 30 show growth.", want: []string{"2018"}},
	{name: "fy reiwa", text: "Requests under FY Reiwa 6 are due.", want: []string{"FY2024"}, mention: "FY Reiwa 6"},
	{name: "fiscal year reiwa", text: "In fiscal year Reiwa 7 the plan starts.", want: []string{"FY2025"}},
	{name: "reiwa cjk full date", text: "令和5年4月1日 施行", want: []string{"2023-04-01"}},
	{name: "reiwa first year cjk month", text: "令和元年5月 改定", want: []string{"2019-05"}},
	{name: "reiwa cjk fiscal year", text: "令和6年度予算", want: []string{"FY2024"}},
	{name: "reiwa decimal is no year", text: "Table Reiwa 5.2 shows it.", want: nil},
	{name: "reiwa out of range", text: "Reiwa 99 is not a year.", want: nil},
	{name: "lower-case reiwa is no era", text: "the reiwa 5 brand", want: nil},

	// Capitals and weekday annotations.
	{name: "all caps day month year", text: "14 MARCH 2025", want: []string{"2025-03-14"}},
	{name: "all caps month day year", text: "MARCH 14, 2025 - The ministry", want: []string{"2025-03-14"}},
	{name: "weekday after day first", text: "on Friday, 14 March 2025 at noon", want: []string{"2025-03-14"}},

	// ISO weeks in words.
	{name: "week of year", text: "to be discussed in calendar week 41 of 2024.", want: []string{"2024-W41"}, mention: "week 41 of 2024"},
	{name: "week comma year", text: "Week 3, 2025 results", want: []string{"2025-W03"}},
	{name: "week of the plan is no date", text: "In week 2 of the plan we met.", want: nil},
	{name: "week beyond 53", text: "week 60 of 2024", want: []string{"2024"}},

	// Relative weekdays and days, resolved against the release date
	// (2025-03-14 is a Friday).
	{name: "last friday", pub: "2025-03-14", text: "The minister met him last Friday.", want: []string{"2025-03-07"}},
	{name: "next tuesday", pub: "2025-03-14", text: "The vote is next Tuesday.", want: []string{"2025-03-18"}},
	{name: "on tuesday past", pub: "2025-03-14", text: "The minister said on Tuesday that exports rose.", want: []string{"2025-03-11"}},
	{name: "on tuesday future", pub: "2025-03-14", text: "The minister will travel on Tuesday to Seoul.", want: []string{"2025-03-18"}},
	{name: "on friday in a friday release", pub: "2025-03-14", text: "The ministry announced on Friday that exports rose.", want: []string{"2025-03-14"}},
	{name: "weekday without release date", text: "The minister said on Tuesday that exports rose.", want: nil},
	{name: "weekly schedule is no relative", pub: "2025-03-14", text: "The office is open on Monday through Thursday and closed on Fridays.", want: nil},
	{name: "weekday pair is no relative", pub: "2025-03-14", text: "Sessions run next Monday and Tuesday.", want: nil},
	{name: "abbreviated weekday is no relative", pub: "2025-03-14", text: "Read it on Sun and Wed editions.", want: nil},
	{name: "last friday with date", pub: "2025-03-14", text: "He left last Friday, March 7.", want: []string{"2025-03-07"}},
	{name: "the following day", pub: "2025-03-14", text: "Talks opened on 10 March 2025. The following day the ministers signed.", want: []string{"2025-03-10", "2025-03-11"}},
	{name: "the day before", pub: "2025-03-14", text: "On 10 March 2025 they met. The day before, officials prepared.", want: []string{"2025-03-10", "2025-03-09"}},
	{name: "the day after the summit is no date", pub: "2025-03-14", text: "They will rest the day after the summit ends.", want: nil},
	{name: "the next day of talks is no date", pub: "2025-03-14", text: "During the next day of talks they agreed.", want: nil},
	{name: "this morning and last night", pub: "2025-03-14", text: "This morning the minister said it rained last night.", want: []string{"2025-03-14", "2025-03-13"}},
	{name: "tonight", pub: "2025-03-14", text: "He leaves tonight.", want: []string{"2025-03-14"}},
	{name: "this morning without release date", text: "This morning the minister spoke.", want: nil},
	{name: "financial year span", text: "in the 2024 to 2025 financial year", want: []string{"2024/2025"}},
	{name: "fiscal year span glued", text: "during the 2023-24 fiscal year", want: []string{"2023/2024"}},
	{name: "the year then a plain noun", text: "the 2024 plan", want: nil},
	{name: "irregular past verb", pub: "2024-01-05", text: "In February exports rose sharply.", want: []string{"2023-02"}},
	{name: "said with a future clause", pub: "2024-01-05", text: "The ministry said it will hold talks in February.", want: []string{"2024-02"}},
	{name: "year-end", pub: "2025-03-14", text: "The review ends by year-end.", want: []string{"2025"}},
	{name: "the end of the year", pub: "2025-03-14", text: "The review ends by the end of the year.", want: []string{"2025"}},
	{name: "the end of the year before is no date", pub: "2025-03-14", text: "At the end of the year before, talks failed.", want: nil},
	{name: "fiscal year-end is no calendar year", pub: "2025-03-14", text: "at fiscal year-end", want: nil},
	{name: "coming weeks is no date", pub: "2025-03-14", text: "in the coming weeks", want: nil},
	{name: "decade left out", pub: "2025-03-14", text: "since the 1990s", want: nil},

	// Ranges across months and years.
	{name: "range end without year wraps", text: "Validity 28 November 2020 to 20 March", want: []string{"2020-11-28/2021-03-20"}},
	{name: "range end without year same year", text: "The window is 1 March 2020 to 20 March.", want: []string{"2020-03-01/2020-03-20"}},
	{name: "backward range stays two dates", text: "28 November 2020 to 20 March 2020", want: []string{"2020-11-28", "2020-03-20"}},
	{name: "range start without year", text: "28 November to 20 March 2021 was the window.", want: []string{"2020-11-28/2021-03-20"}},
	{name: "table row with wrapped years", text: "Validity 28 November 2020 to 20 March\n\nFrom 15 April 2024 to 31 December 2024 2027\n\n*Includes LED lights", want: []string{"2020-11-28/2024-03-20", "2024-04-15/2027-12-31"}},
	{name: "stray year not closing its line", text: "Validity 28 November 2020 to 20 March\n\nFrom 15 April 2024 to 31 December 2024 and more 2027", want: []string{"2020-11-28/2021-03-20", "2024-04-15/2024-12-31"}},
	{name: "stray year before the range year", text: "Validity 28 November 2020 to 20 March\nFrom 15 April 2024 to 31 December 2024 2019", want: []string{"2020-11-28/2021-03-20", "2024-04-15/2024-12-31"}},
	{name: "range across a line break", text: "Period\n28 November 2020\nto 20 March 2021", want: []string{"2020-11-28/2021-03-20"}},

	// Other written forms.
	{name: "day month abbrev year hyphenated", text: "Effective 14-Mar-2025 for all.", want: []string{"2025-03-14"}, mention: "14-Mar-2025"},
	{name: "day month year hyphenated two-digit year", text: "Posted 15-MAR-25", want: []string{"2025-03-15"}},
	{name: "hyphenated date inside a code", text: "Ref A-14-Mar-2025 and 14-Mar-2025-3", want: nil},
	{name: "iso datetime in text", text: "Updated 2025-03-14T10:00:00Z here", want: []string{"2025-03-14"}, mention: "2025-03-14"},
	{name: "iso with glued letters", text: "Code 2025-03-1x", want: nil},
	{name: "legal day of month", text: "Dated this 14th day of March 2025", want: []string{"2025-03-14"}, mention: "14th day of March 2025"},
	{name: "all caps weekday date", text: "FRIDAY, MARCH 14, 2025", want: []string{"2025-03-14"}},

	{name: "analyst quarter order", text: "in 3Q 2024 and 1H 2025", want: []string{"2024-Q3", "2025-H1"}},
	{name: "analyst quarter glued year", text: "results for 2Q24", want: []string{"2024-Q2"}},
	{name: "third half is no half", text: "the 3H 2024 plan", want: nil},
	{name: "model codes are no quarters", text: "the 5Q 2024 and 4QX models", want: nil},

	{name: "numeric dmy range", text: "Period: 30/11/2023 - 01/12/2023", want: []string{"2023-11-30/2023-12-01"}},
	{name: "numeric mdy range", text: "Period: 11/30/2023 - 12/01/2023", want: []string{"2023-11-30/2023-12-01"}},
	{name: "dotted dmy range", text: "Zeitraum 30.11.2023 – 01.12.2023", want: []string{"2023-11-30/2023-12-01"}},
	{name: "ambiguous numeric pair stays apart", text: "Period: 03/04/2023 - 05/06/2023 as of 25/04/2023", want: []string{"2023-04-03", "2023-06-05", "2023-04-25"}},
	{name: "numeric range backwards stays apart", text: "Period: 30/11/2023 - 01/10/2023", want: []string{"2023-11-30", "2023-10-01"}},

	// Wrapped text.
	{name: "month hyphenated at line end", text: "The ministers will meet on 30 Novem-\nber 2023 in Geneva.", want: []string{"2023-11-30"}},
	{name: "month first hyphenated at line end", text: "signed on Decem-\nber 5, 2023 in Geneva.", want: []string{"2023-12-05"}},
	{name: "other word hyphenated at line end", text: "the Mar-\nket 2023 report", want: nil},
	{name: "day and month on two lines", text: "The agreement signed on 30 November\n2023 enters into force.", want: []string{"2023-11-30"}},

	// Numbers that are no dates.
	{name: "phone numbers", text: "Call 6225 5632 or (+82-44-202-6361) or Tel: 6837 9673.", want: nil},
	{name: "climate scenarios", text: "Scenarios SSP1-2.6 and SSP5-8.5 from AR6 and V3 at go.gov.sg/v3.", want: nil},
	{name: "percentage and levels", text: "Down 45% from 2005 levels.", want: []string{"2005"}},
	{name: "street address", text: "Visit 2100 Pennsylvania Avenue or Suite 2020, Room 1905.", want: nil},
	{name: "law title year", text: "The Climate Change Act 2022 and the Online Safety Act 2021 apply.", want: nil},
	{name: "legal citations", text: "See 42 U.S.C. 2000e and Pub. L. 117-58 and H.R. 2021.", want: nil},
	{name: "rainfall in mm", text: "Rainfall of 2050 mm was recorded.", want: nil},
	{name: "energy in kwh", text: "It saves 2030 kWh a year.", want: nil},
	{name: "postal code", text: "Singapore 138577", want: nil},
	{name: "grant number", text: "Grant No. 2019-0534 was awarded.", want: nil},
	{name: "month span of a climate season", pub: "2024-01-05", text: "the dry season of June-through-August could fall", want: nil},
	{name: "event noun year", text: "at the UK-France Summit 2016 in Paris", want: []string{"2016"}},
	{name: "expo year", text: "Expo 2025 opens soon.", want: []string{"2025"}},
	{name: "lower-case summit year", text: "a summit 2016 style", want: nil},
	{name: "law title of year", text: "They introduced the Bonuses for Cost-Cutters Act of 2015.", want: nil},
	{name: "stacked calendar badge", text: "Mar\n\n9\n\n2015\n\nLawmakers seek tougher penalties", want: []string{"2015-03-09"}},
	{name: "stacked parts inside text are no date", text: "In Mar\n9 cases\n2015 units", want: nil},
	{name: "dotted two-digit year alone on a line", text: "05.19.15\n\nSenators introduce a bill.", want: []string{"2015-05-19"}},
	{name: "dotted two-digit year in text is a code", text: "Code 05.19.15 applies.", want: nil},
	{name: "dotted two-digit years settle each other", text: "05.19.15\n\nSenators introduce a bill.\n\n05.12.15\n\nSenators vote.", want: []string{"2015-05-19", "2015-05-12"}},
	{name: "number at a line end is no day of the next line's month-first date", text: "Volume 3 Number 2\nOct 31, 2017\n\nBody.", want: []string{"2017-10-31"}},
	{name: "issue number above a month-first date", text: "Issue 14\nMarch 3, 2016\n\nBody.", want: []string{"2016-03-03"}},
	{name: "page number above a month-first date", text: "Page 9\nJune 12 2020\n\nBody.", want: []string{"2020-06-12"}},
	{name: "day wrapped before its month stays", text: "The talks ended on 2\nOctober 2017 in Paris.", want: []string{"2017-10-02"}},
	{name: "issue number before a spaced dash is no range start", text: "Bulletin Issue 7 — 29 November 2024\n\nBody.", want: []string{"2024-11-29"}},
	{name: "vol and no before a date", text: "Gazette Vol. 3 No. 12 - 5 May 2021\n\nBody.", want: []string{"2021-05-05"}},
	{name: "edition number before a date", text: "Weekly Edition 14, 3 June 2022\n\nBody.", want: []string{"2022-06-03"}},
	{name: "french day month year", text: "La réunion s'est tenue le 4 avril 2025 à Paris.", want: []string{"2025-04-04"}},
	{name: "german dotted day", text: "Das Treffen fand am 3. März 2016 in Berlin statt.", want: []string{"2016-03-03"}},
	{name: "spanish de connectors", text: "La reunión se celebró el 5 de junio de 2024 en Madrid.", want: []string{"2024-06-05"}},
	{name: "portuguese de connectors", text: "A reunião realizou-se em 5 de junho de 2024.", want: []string{"2024-06-05"}},
	{name: "foreign month never opens a date", text: "The Mars 2020 rover and the Mayo Clinic.", want: nil},
	{name: "no later than a year", text: "Emissions will peak no later than 2050 under the plan.", want: []string{"2050"}},
	{name: "not earlier than a year", text: "The review takes place not earlier than 2030, the ministers said.", want: []string{"2030"}},
	{name: "no sooner than a year", text: "Construction starts no sooner than 2027 in the north.", want: []string{"2027"}},
	{name: "more than a count is no year", text: "More than 2000 delegates attended the forum.", want: nil},
	{name: "possessive pronoun and noun", text: "We will cooperate to achieve our 2030 targets together.", want: []string{"2030"}},
	{name: "its year goal", text: "The country restated its 2050 goal of net zero.", want: []string{"2050"}},
	{name: "possessive name", text: "This was enabled by Japan's 2015 legislation for peace.", want: []string{"2015"}},
	{name: "possessive and a count", text: "The company moved their 2000 employees to the new site.", want: nil},
	{name: "year span before a lowercase noun", text: "Funding rises to $220 million for the 2021-2024 period.", want: []string{"2021/2024"}},
	{name: "year span before a programme", text: "They reviewed the 2018–2020 programme of work.", want: []string{"2018/2020"}},
	{name: "year span before a cycle", text: "Members adopted the 2026-2030 cycle of priorities.", want: []string{"2026/2030"}},
	{name: "dotted day before an english-spelled month", text: "Das Treffen fand am 15. April 2016 statt.", want: []string{"2016-04-15"}},
	{name: "dotted day before august", text: "Berlin, 3. August 2021", want: []string{"2021-08-03"}},
	{name: "numbered item before a month without year is no date", text: "Item 5. April showers were expected.", want: nil},
	{name: "dotted two-digit year ambiguous alone", text: "05.12.15\n\nSenators vote.", want: nil},
}

func TestDateFinderGeneralExpressions(t *testing.T) {
	runDateCases(t, dateCasesGeneral)
}

var pubCasesGeneral = []pubCase{
	{name: "korean release line", title: "Korea launches 5G", text: "Ministry of Science and ICT\nPress Release\nFor immediate release: 2019. 4. 3.\n\nKorea launches 5G\n\nThe ministry announced the launch on April 3, 2019.", want: "2019-04-03"},
	{name: "for immediate release above all caps date", title: "Talks", text: "Talks\nFOR IMMEDIATE RELEASE\n14 MARCH 2025\n\nBody.", want: "2025-03-14"},
	{name: "issued on", title: "Talks", text: "Talks\nIssued on 14 March 2025\n\nBody.", want: "2025-03-14"},
	{name: "date of issue", title: "Talks", text: "Talks\nDate of issue: 14 March 2025\n\nBody.", want: "2025-03-14"},
	{name: "date published label", title: "Talks", text: "Talks\nDate published: 14 March 2025\n\nBody.", want: "2025-03-14"},
	{name: "embargo with time", title: "Talks", text: "Talks\nEmbargoed until 00:01 GMT 14 March 2025\n\nBody.", want: "2025-03-14"},
	{name: "embargo label", title: "Talks", text: "Talks\nEMBARGOED UNTIL: Friday, 14 March 2025\n\nBody.", want: "2025-03-14"},
	{name: "arms embargo is no label", title: "Talks", text: "Talks\nThe arms embargo 14 March 2025\n\nBody.", want: ""},
	{name: "published field after updated field", title: "Talks", text: "Talks\nLast updated: 15 March 2025 | Published: 14 March 2025\n\nBody.", want: "2025-03-14"},
	{name: "first published", title: "Talks", text: "Talks\nFirst published: 14 March 2025\n\nBody.", want: "2025-03-14"},
	{name: "published inside a sentence is no label", title: "Talks", text: "Talks\nThe report the agency published 14 March 2025\n\nBody.", want: ""},
	{name: "pib posted on with time", title: "Cabinet approves scheme", text: "Cabinet approves scheme\nPosted On: 14 MAR 2025 5:30PM by PIB Delhi\n\nBody.", want: "2025-03-14"},
	{name: "sign-off under issuing body", title: "Singapore and Australia sign MOU", text: "Singapore and Australia sign MOU\n\n1. The ministries signed a memorandum on online safety cooperation in Singapore today, the first of its kind between the two countries.\n\n2. Both sides will report on progress in January 2026.\n\nMINISTRY OF DIGITAL DEVELOPMENT AND INFORMATION\n\n14 MARCH 2025\n\nFor media enquiries, please contact:\n\nGoh Jia Hui\n\nTel: 6837 9673", want: "2025-03-14"},
	{name: "sign-off title case ministry", title: "Joint statement", text: "Joint statement\n\nThe two ministers met in Canberra and agreed on many matters of shared interest across the region and beyond it.\n\nMinistry of Foreign Affairs\nSingapore, 12 February 2017", want: "2017-02-12"},
	{name: "sign-off with a place line", title: "Visit", text: "Visit\n\nThe minister will visit Jakarta and meet counterparts on many matters of shared interest across the region and beyond it, and report back soon.\n\nMINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n14 MARCH 2025", want: "2025-03-14"},
	{name: "sign-off before notes to editors", title: "Visit", text: "Visit\n\n" + strings.Repeat(bodyPara, 15) + "MINISTRY OF FOREIGN AFFAIRS\n14 MARCH 2025\n\nNotes to editors\n\n" + strings.Repeat(bodyPara, 9), want: "2025-03-14"},
	{name: "date line with a long text after is no sign-off", title: "Visit", text: "Visit\n\n" + strings.Repeat(bodyPara, 15) + "MINISTRY OF FOREIGN AFFAIRS\n14 MARCH 2025\n\n" + strings.Repeat(bodyPara, 9), want: ""},
	{name: "next meeting at the end is no sign-off", title: "Visit", text: "Visit\n\n" + strings.Repeat(bodyPara, 15) + "NEXT COMMITTEE MEETING\n14 MARCH 2025", want: ""},
	{name: "all caps heading without a body name is no sign-off", title: "Visit", text: "Visit\n\n" + strings.Repeat(bodyPara, 15) + "KEY DATES AHEAD\n14 MARCH 2025", want: ""},
	{name: "date line after a sentence is no sign-off", title: "Notes", text: "Notes\n\nThe ministers met in Canberra and agreed on many matters of shared interest across the region and beyond it, and they asked their officials to report back on all of them soon.\n\nThe next meeting is set.\n14 March 2025", want: ""},
	{name: "date mid-document under a heading is no sign-off", title: "Notes", text: "Notes\n\nThe first part of the document has plenty of words in it, so that the page top ends here and the heading below stands in the body of the release, far from its end.\n\nMEDIA RELEASE\n14 MARCH 2025\n\n" + longBody, want: ""},
	{name: "yearless dateline from body date", title: "Talks", text: "Talks\n\nWASHINGTON, Jan. 3 – The review of December 15, 2014 found gaps.", want: "2015-01-03", role: "2015-01-03"},
	{name: "dateline with agency credit", title: "Talks", text: "Talks\n\nSEOUL, April 3, 2019 (Yonhap) -- Korea launched 5G.", want: "2019-04-03"},
	{name: "date with a parenthesized sentence is no dateline", title: "Talks", text: "Talks\n\nOn April 3, 2019 (the day of the launch) -- many things happened.", want: ""},
	{name: "yearless dateline without any year", title: "Talks", text: "Talks\n\nWASHINGTON, March 3 – Exports rose.", want: ""},
	{name: "yearless dateline and a bare year", title: "Talks", text: "Talks\n\nWASHINGTON, March 3 – Exports rose. The plan began in 2019.", want: ""},
	{name: "yearless dateline with metadata", title: "Talks", text: "Talks\n\nTOKYO, Oct. 31 — Exports rose.", meta: corpus.Meta{Props: map[string]string{"article:published_time": "2017-10-31T09:00:00+09:00"}}, want: "2017-10-31", role: "2017-10-31"},
	{name: "compact meta date with time", title: "T", text: "T\n\nBody.", meta: corpus.Meta{Props: map[string]string{"dc.date": "20171031T0900"}}, want: "2017-10-31"},
	{name: "ambiguous meta date en-gb", title: "T", text: "T\n\nBody.", meta: corpus.Meta{Lang: "en-GB", Props: map[string]string{"date": "03/04/2014"}}, want: "2014-04-03"},
	{name: "ambiguous meta date en-us", title: "T", text: "T\n\nBody.", meta: corpus.Meta{Lang: "en-US", Props: map[string]string{"date": "03/04/2014"}}, want: "2014-03-04"},
	{name: "ambiguous meta date gov.uk", title: "T", text: "T\n\nBody.", uri: "https://www.gov.uk/government/news/x", meta: corpus.Meta{Props: map[string]string{"date": "03/04/2014"}}, want: "2014-04-03"},
	{name: "ambiguous meta date gov.sg", title: "T", text: "T\n\nBody.", uri: "https://www.mddi.gov.sg/media-centre/x", meta: corpus.Meta{Props: map[string]string{"date": "03/04/2014"}}, want: "2014-04-03"},
	{name: "ambiguous meta date .gov", title: "T", text: "T\n\nBody.", uri: "https://www.state.gov/x", meta: corpus.Meta{Props: map[string]string{"date": "03/04/2014"}}, want: "2014-03-04"},
	{name: "ambiguous meta date body settles", title: "T", text: "T\n\nIt was signed on 5 March 2014.", uri: "https://www.state.gov/x", meta: corpus.Meta{Props: map[string]string{"date": "03/04/2014"}}, want: "2014-04-03"},
	{name: "ambiguous meta date unsettled", title: "T", text: "T\n\nBody.", uri: "https://example.org/x", meta: corpus.Meta{Props: map[string]string{"date": "03/04/2014"}}, want: ""},
}

// bodyPara is one paragraph of filler body text.
const bodyPara = "The ministry will continue to work with partners on the programme and report regularly on its progress.\n\n"

// longBody pushes a mid-document date line away from the end of the text.
var longBody = strings.Repeat(bodyPara, 40)

func TestDateFinderGeneralPublished(t *testing.T) {
	runPubCases(t, pubCasesGeneral)
}

func TestDateFinderRelativeFlag(t *testing.T) {
	f := newTestFinder(t)
	for _, tc := range []struct {
		name, text, value string
		relative          bool
	}{
		{name: "last friday", text: "The minister met him last Friday.", value: "2025-03-07", relative: true},
		{name: "following day", text: "The following day the ministers signed.", value: "2025-03-15", relative: true},
		{name: "explicit day", text: "They met on 7 March 2025.", value: "2025-03-07", relative: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dates, _ := f.Find(articleWithPub(tc.text, "2025-03-14"))
			if len(dates) != 1 {
				t.Fatalf("got %d dates %v, want 1", len(dates), dates)
			}
			if dates[0].Value != tc.value || dates[0].Relative != tc.relative {
				t.Errorf("got %q relative=%v, want %q relative=%v", dates[0].Value, dates[0].Relative, tc.value, tc.relative)
			}
		})
	}
}

func TestLocaleOrder(t *testing.T) {
	f := newTestFinder(t)
	for _, tc := range []struct {
		name, lang, uri string
		want            dayOrder
	}{
		{name: "en-GB", lang: "en-GB", want: dayOrder{dayFirst: true, settled: true}},
		{name: "en_US", lang: "en_US", want: dayOrder{settled: true}},
		{name: "french", lang: "fr", want: dayOrder{dayFirst: true, settled: true}},
		{name: "plain en", lang: "en", want: dayOrder{}},
		{name: "gov.uk", uri: "https://www.gov.uk/a", want: dayOrder{dayFirst: true, settled: true}},
		{name: "gov.sg with port", uri: "http://www.mse.gov.sg:8080/a", want: dayOrder{dayFirst: true, settled: true}},
		{name: "state.gov", uri: "https://www.state.gov/a?b=c", want: dayOrder{settled: true}},
		{name: "canada unsettled", uri: "https://www.canada.ca/a", want: dayOrder{}},
		{name: "file uri", uri: "file:///tmp/x.uk", want: dayOrder{}},
		{name: "lang beats domain", lang: "en-US", uri: "https://www.gov.uk/a", want: dayOrder{settled: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &corpus.Article{}
			a.Meta.Lang, a.Source.URI = tc.lang, tc.uri
			if got := f.localeOrder(a); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}
