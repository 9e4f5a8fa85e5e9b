package dates

import (
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// dateCase is one expression test: text is the article body, pub the
// release date given through metadata ("" for none); want lists the
// distinct values expected, in order of first mention ("" entries are
// not allowed; an empty want means no date at all).
type dateCase struct {
	name string
	pub  string
	text string
	want []string
	// mention, when set, is the expected text of the first mention.
	mention string
}

func newTestFinder(t testing.TB) *Finder {
	t.Helper()
	f, err := New()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return f
}

func articleWithPub(text, pub string) *corpus.Article {
	a := &corpus.Article{Title: "Test", Text: text}
	if pub != "" {
		a.Meta.Props = map[string]string{"article:published_time": pub}
	}
	return a
}

var dateCases = []dateCase{
	// Full dates, month first.
	{name: "month day year", text: "It was signed on March 13, 2014 in Tokyo.", want: []string{"2014-03-13"}, mention: "March 13, 2014"},
	{name: "month day year no comma", text: "Signed March 13 2014.", want: []string{"2014-03-13"}},
	{name: "abbrev with dot", text: "Issued Oct. 31, 2017.", want: []string{"2017-10-31"}, mention: "Oct. 31, 2017"},
	{name: "abbrev without dot", text: "Issued Oct 31, 2017.", want: []string{"2017-10-31"}},
	{name: "sept dot", text: "The talks began Sept. 5, 2016 in Geneva.", want: []string{"2016-09-05"}},
	{name: "sept no dot", text: "The talks began Sept 5, 2016.", want: []string{"2016-09-05"}},
	{name: "sep abbrev", text: "Sep. 5, 2016 was the date.", want: []string{"2016-09-05"}},
	{name: "ordinal day", text: "On October 2nd, 2017 the group met.", want: []string{"2017-10-02"}},
	{name: "all caps month", text: "WASHINGTON, MARCH 13, 2014 - The United States", want: []string{"2014-03-13"}},
	{name: "weekday before", text: "Monday, July 06, 2015", want: []string{"2015-07-06"}, mention: "Monday, July 06, 2015"},
	{name: "weekday abbrev before", text: "Thu., March 13, 2014 — talks", want: []string{"2014-03-13"}},
	{name: "weekday in parens after", pub: "2016-11-30", text: "The seminar is on December 5 (Mon.).", want: []string{"2016-12-05"}, mention: "December 5 (Mon.)"},
	{name: "weekday in parens after year", text: "Held on October 31, 2017 (Tue.) in Tokyo.", want: []string{"2017-10-31"}},
	{name: "month year comma", text: "The report of May, 2013 says so.", want: []string{"2013-05"}},
	{name: "day month year full", text: "It was agreed on 13 March 2014.", want: []string{"2014-03-13"}, mention: "13 March 2014"},
	{name: "day month year abbrev", text: "Singapore, 05 Jan 2024 – The ministry said", want: []string{"2024-01-05"}},
	{name: "day month comma year", text: "Signed 5 December, 2016 at noon.", want: []string{"2016-12-05"}},
	{name: "day ordinal of month", text: "the 13th of March 2014 meeting", want: []string{"2014-03-13"}},
	{name: "weekday day month year", text: "Monday 2 October 2017: the workshop opened.", want: []string{"2017-10-02"}},
	{name: "weekday comma day month year", text: "Tuesday, 10 October 2017, in Singapore", want: []string{"2017-10-10"}},
	{name: "day month year parens weekday", text: "on 5 December 2016 (Mon) in Tokyo", want: []string{"2016-12-05"}},

	// Numeric dates.
	{name: "iso", text: "Data as of 2014-03-13.", want: []string{"2014-03-13"}},
	{name: "slash ymd", text: "Published 2016/12/06 by MIC.", want: []string{"2016-12-06"}},
	{name: "dot ymd japanese", text: "2017.10.31 Press release", want: []string{"2017-10-31"}},
	{name: "slash ymd japanese", text: "Date: 2017/10/31", want: []string{"2017-10-31"}},
	{name: "ymd with weekday paren", text: "Held 2017.10.31 (Tue.) at MIC.", want: []string{"2017-10-31"}},
	{name: "cjk date", text: "平成29年 2017年10月31日 発表", want: []string{"2017-10-31"}},
	{name: "cjk month", text: "2017年10月 発表", want: []string{"2017-10"}},
	{name: "ymd range same month", text: "Held 2017/10/10-11 in Singapore.", want: []string{"2017-10-10/2017-10-11"}},
	{name: "ymd range across months", text: "Held 2017/10/30-11/02 in Singapore.", want: []string{"2017-10-30/2017-11-02"}},
	{name: "iso range", text: "Period: 2017-10-10 – 2017-10-12.", want: []string{"2017-10-10/2017-10-12"}},
	{name: "dmy unambiguous", text: "Signed 13/03/2014 in Paris.", want: []string{"2014-03-13"}},
	{name: "mdy unambiguous", text: "Signed 03/13/2014 in Washington.", want: []string{"2014-03-13"}},
	{name: "dotted dmy", text: "Berlin, 05.01.2024 – Erklärung", want: []string{"2024-01-05"}},
	{name: "ambiguous alone skipped", text: "Signed 03/04/2014 in Paris.", want: nil},
	{name: "ambiguous settled by numeric dmy", text: "Signed 03/04/2014 and ratified 25/04/2014.", want: []string{"2014-04-03", "2014-04-25"}},
	{name: "ambiguous settled by numeric mdy", text: "Signed 03/04/2014 and ratified 04/25/2014.", want: []string{"2014-03-04", "2014-04-25"}},
	{name: "ambiguous settled by dmy words", text: "Released 13 March 2014. The deal of 03/04/2014 stands.", want: []string{"2014-03-13", "2014-04-03"}},
	{name: "ambiguous settled by mdy words", text: "Released March 13, 2014. The deal of 03/04/2014 stands.", want: []string{"2014-03-13", "2014-03-04"}},
	{name: "ambiguous conflicting conventions", text: "On 13 March 2014 and April 2, 2014 we met; see 03/04/2014.", want: []string{"2014-03-13", "2014-04-02"}},
	{name: "two-digit year mdy", text: "04/30/13\tVitter: BP to Pay", want: []string{"2013-04-30"}},
	{name: "two-digit year dmy", text: "Posted 30/04/13 by the office", want: []string{"2013-04-30"}},
	{name: "two-digit year dotted is not a date", text: "code 30.04.13 applies", want: nil},
	{name: "fraction-like is not a date", text: "ratio 1/2/3 of the total", want: nil},
	{name: "invalid numeric", text: "Code 2014-13-45 is invalid.", want: nil},
	{name: "feb 30 invalid", text: "On February 30, 2014 nothing happened.", want: nil},
	{name: "leap day", text: "On February 29, 2016 the law passed.", want: []string{"2016-02-29"}},

	// Ranges and conjunctions.
	{name: "slash days", text: "was held over two days on October 18/19, 2012, by the ministry", want: []string{"2012-10-18/2012-10-19"}, mention: "October 18/19, 2012"},
	{name: "and days", text: "On March 22 and 23, 2012, the meeting was held.", want: []string{"2012-03-22/2012-03-23"}, mention: "March 22 and 23, 2012"},
	{name: "hyphen days", text: "The dialogue (October 2-4, 2017) took place.", want: []string{"2017-10-02/2017-10-04"}, mention: "October 2-4, 2017"},
	{name: "en dash days", text: "The dialogue, October 2–4, 2017, took place.", want: []string{"2017-10-02/2017-10-04"}},
	{name: "parenthesized range", text: "Results of 10th Meeting (October 10-11, 2017)", want: []string{"2017-10-10/2017-10-11"}},
	{name: "weekday conjunction with year", text: "was held in Singapore on Tuesday, October 10, and Wednesday, October 11, 2017.", want: []string{"2017-10-10/2017-10-11"}, mention: "Tuesday, October 10, and Wednesday, October 11, 2017"},
	{name: "paren weekday conjunction", text: "The seminar was held on December 5 (Mon.) and 6 (Tue.), 2016 in Tokyo.", want: []string{"2016-12-05/2016-12-06"}, mention: "December 5 (Mon.) and 6 (Tue.), 2016"},
	{name: "paren weekday dash range", text: "The seminar was held on December 5 (Mon.) - 6 (Tue.), 2016.", want: []string{"2016-12-05/2016-12-06"}},
	{name: "paren weekday range across months", text: "Held October 30 (Mon.) – November 2 (Thu.), 2017 in Tokyo.", want: []string{"2017-10-30/2017-11-02"}},
	{name: "japanese numeric paren weekday range", text: "Period: 2017/10/10 (Tue.) - 10/11 (Wed.)", want: []string{"2017-10-10/2017-10-11"}},
	{name: "japanese dotted range", text: "Period: 2017.10.10-11", want: []string{"2017-10-10/2017-10-11"}},
	{name: "dmy weekday range across months", text: "from Tuesday, 31 October to Thursday, 2 November 2017 in Bangkok", want: []string{"2017-10-31/2017-11-02"}},
	{name: "dmy paren weekday both", text: "10 October 2017 (Tuesday) to 12 October 2017 (Thursday)", want: []string{"2017-10-10/2017-10-12"}},
	{name: "ordinal day range", text: "on the 10th-12th October 2017", want: []string{"2017-10-10/2017-10-12"}},
	{name: "full-width parens weekday", text: "Held on December 5（Mon）, 2016.", want: []string{"2016-12-05"}},
	{name: "day first across years", text: "from 28 December 2016 to 3 January 2017", want: []string{"2016-12-28/2017-01-03"}},
	{name: "yearless dmy range across months", pub: "2023-12-05", text: "COP28 runs 30 November – 12 December in Dubai.", want: []string{"2023-11-30/2023-12-12"}},
	{name: "day first across months", text: "The conference ran 30 November – 1 December 2023 in Dubai.", want: []string{"2023-11-30/2023-12-01"}, mention: "30 November – 1 December 2023"},
	{name: "day first range same month", text: "Meeting held 10-11 October 2017 in Singapore.", want: []string{"2017-10-10/2017-10-11"}},
	{name: "day first and", text: "Held on 5 and 6 December 2016.", want: []string{"2016-12-05/2016-12-06"}},
	{name: "from to", text: "The fair runs from March 1 to March 5, 2015 in Osaka.", want: []string{"2015-03-01/2015-03-05"}},
	{name: "from to day only", text: "The fair runs from March 1 to 5, 2015.", want: []string{"2015-03-01/2015-03-05"}},
	{name: "month first across months", text: "Held October 30 – November 2, 2017 in Bonn.", want: []string{"2017-10-30/2017-11-02"}},
	{name: "abbrev across months", text: "Held Oct. 30-Nov. 2, 2017 in Bonn.", want: []string{"2017-10-30/2017-11-02"}},
	{name: "across years", text: "The exhibition runs December 30, 2016 – January 2, 2017.", want: []string{"2016-12-30/2017-01-02"}},
	{name: "across years day first", text: "Open 30 December 2016 - 2 January 2017.", want: []string{"2016-12-30/2017-01-02"}},
	{name: "year-less weekday conjunction", pub: "2017-10-31", text: "held the workshop on Monday, October 2, and Tuesday, October 3, followed by the dialogue on Wednesday, October 4.", want: []string{"2017-10-02/2017-10-03", "2017-10-04"}},
	{name: "through", text: "Comments accepted June 1 through June 30, 2015.", want: []string{"2015-06-01/2015-06-30"}},
	{name: "between and", text: "between March 1 and March 20, 2015 the office is closed", want: []string{"2015-03-01/2015-03-20"}},
	{name: "non-contiguous and are two dates", text: "Meetings on March 6 and April 30, 2012 were held.", want: []string{"2012-03-06", "2012-04-30"}},
	{name: "month range with year", text: "Consultations in March–April 2014 were held.", want: []string{"2014-03/2014-04"}},
	{name: "month year range", text: "from March 2014 to April 2015 the plan ran", want: []string{"2014-03/2015-04"}},
	{name: "months of a quarter of a year", text: "Statistics for the October-December quarter of 2023 were released.", want: []string{"2023-10/2023-12"}},
	{name: "months of a period of a year", text: "Orders in the January to March period of 2024 rose.", want: []string{"2024-01/2024-03"}},
	{name: "months of a quarter, en dash", text: "Exports for the April–June quarter of 2022 fell.", want: []string{"2022-04/2022-06"}},
	{name: "a span of years after a noun", text: "Funding in the period 2014–2020 rose.", want: []string{"2014/2020"}},
	{name: "a span of years after over", text: "Emissions will fall over 2023-2027 as plants close.", want: []string{"2023/2027"}},
	{name: "a span of years with to", text: "The plan runs 2021 to 2025 in three phases.", want: []string{"2021/2025"}},
	{name: "a span of years with through", text: "Pilots operate 2019 through 2022 at two sites.", want: []string{"2019/2022"}},
	{name: "a span of counts", text: "The hall seats 2000 to 2050 participants.", want: nil},
	{name: "a span in a name", text: "They welcomed the Basin Development Strategy 2021-2030 and its goals.", want: nil},
	{name: "a code of three numbers", text: "Call reference 2014-2020-1234 for details.", want: nil},
	{name: "a calendar year", text: "Completions for the 2023 calendar year totalled 9.1 million tons.", want: []string{"2023"}},
	{name: "an academic year", text: "Enrolment in the 2019 academic year rose by 4%.", want: []string{"2019"}},
	{name: "a school year", text: "Fees for the 2021 school year are unchanged.", want: []string{"2021"}},
	{name: "a quarter of no year", text: "The October-December quarter of the programme ended.", want: nil},
	{name: "year range", text: "The plan covers 2012-2015.", want: []string{"2012/2015"}},
	{name: "year range in context", text: "The plan runs from 2012 to 2015.", want: []string{"2012/2015"}},
	{name: "year range dash in context", text: "during 2016–2020 the fund grew", want: []string{"2016/2020"}},
	{name: "year range short", text: "in 2017-18 the budget grew", want: []string{"2017/2018"}},
	{name: "between years", text: "between 2012 and 2015 the count doubled", want: []string{"2012/2015"}},

	// Months, years, seasons.
	{name: "month year", text: "The first dialogue was in May 2013.", want: []string{"2013-05"}, mention: "May 2013"},
	{name: "month year abbrev", text: "Updated Oct 2014.", want: []string{"2014-10"}},
	{name: "month of year", text: "in March of 2012 they met", want: []string{"2012-03"}},
	{name: "in year", text: "The next meeting will be held in 2013 in Tokyo.", want: []string{"2013"}, mention: "2013"},
	{name: "since year", text: "held approximately once a year since 2009 with the aim", want: []string{"2009"}},
	{name: "for year", text: "its strategic goal in the field of telecommunications for 2025, including", want: []string{"2025"}},
	{name: "by year", text: "to cut emissions by 2030.", want: []string{"2030"}},
	{name: "until year", text: "valid until 2020.", want: []string{"2020"}},
	{name: "of year", text: "at the beginning of 2012, the group", want: []string{"2012"}, mention: "the beginning of 2012"},
	{name: "year list", text: "in 2012 and 2013 the group met", want: []string{"2012", "2013"}},
	{name: "year list commas", text: "in 2012, 2013 and 2014 the group met", want: []string{"2012", "2013", "2014"}},
	{name: "the year event name", text: "at the 2013 APEC Leaders' Meeting", want: []string{"2013"}},
	{name: "fall year", text: "will convene around fall 2012 after identifying", want: []string{"2012-FA"}, mention: "fall 2012"},
	{name: "Fall year", text: "agreed to meet again in Fall 2014 in Washington", want: []string{"2014-FA"}},
	{name: "spring year", text: "in spring 2015", want: []string{"2015-SP"}},
	{name: "summer of year", text: "in the summer of 2016", want: []string{"2016-SU"}},
	{name: "winter year", text: "by winter 2016", want: []string{"2016-WI"}},
	{name: "autumn year", text: "in autumn 2018", want: []string{"2018-FA"}},
	{name: "early year", text: "The law takes effect in early 2015.", want: []string{"2015"}, mention: "early 2015"},
	{name: "mid year", text: "By mid-2016 the network was ready.", want: []string{"2016"}, mention: "mid-2016"},
	{name: "late year", text: "late 2019 saw growth", want: []string{"2019"}},
	{name: "end of year", text: "by the end of 2013", want: []string{"2013"}, mention: "the end of 2013"},
	{name: "end of month year", text: "by the end of March 2014", want: []string{"2014-03"}},
	{name: "end dash year", text: "ready by end-2017", want: []string{"2017"}, mention: "end-2017"},
	{name: "end dash month", pub: "2017-02-01", text: "due by end-March", want: []string{"2017-03"}},
	{name: "the year range plan", text: "under the 2018–2020 Action Plan", want: []string{"2018/2020"}},
	{name: "the year range short plan", text: "the 2017-18 Budget", want: []string{"2017/2018"}},
	{name: "end of this month", pub: "2017-10-31", text: "by the end of this month", want: []string{"2017-10"}},
	{name: "fiscal year span months", text: "FY2017 (April 2017 - March 2018)", want: []string{"FY2017", "2017-04/2018-03"}},
	{name: "day ordinals conjunction", text: "was held on 7th and 8th March 2019 in New Delhi", want: []string{"2019-03-07/2019-03-08"}},
	{name: "between days month", pub: "2019-03-01", text: "between 7 and 9 March the office is closed", want: []string{"2019-03-07/2019-03-09"}},
	{name: "day slash day month", text: "on 21/22 November 2017", want: []string{"2017-11-21/2017-11-22"}},
	{name: "dm paren weekday", pub: "2017-10-31", text: "On 31 October (Tuesday), the Minister spoke.", want: []string{"2017-10-31"}},
	{name: "md paren weekday then year", text: "October 31 (Tue), 2017 in Tokyo", want: []string{"2017-10-31"}},
	{name: "as of date", text: "as of 1 April 2018", want: []string{"2018-04-01"}},
	{name: "resolution year in parens", text: "UN Security Council Resolution 2576 (2021)", want: []string{"2021"}},
	{name: "iso standard year is not a date", text: "certified to ISO 27001:2013 standards", want: nil},
	{name: "decade is not a year", text: "since the 1990s", want: nil},
	{name: "hours are not a year", text: "at 2100 hours", want: nil},
	{name: "first half", text: "in the first half of 2015", want: []string{"2015-H1"}},
	{name: "third quarter", text: "in the third quarter of 2015", want: []string{"2015-Q3"}},
	{name: "Q1 year", text: "results for Q1 2015", want: []string{"2015-Q1"}},
	{name: "fiscal year", text: "in and after fiscal 2018.", want: []string{"FY2018"}},
	{name: "fiscal year word", text: "the budget for fiscal year 2017 was", want: []string{"FY2017"}},
	{name: "FY glued", text: "FY2018 budget request", want: []string{"FY2018"}},
	{name: "FY spaced", text: "the FY 2019 plan", want: []string{"FY2019"}},
	{name: "iso week", text: "Deliveries in 2014-W15.", want: []string{"2014-W15"}},
	{name: "month only in past", pub: "2014-04-04", text: "And in February, officials held the first meeting.", want: []string{"2014-02"}, mention: "February"},
	{name: "month only future", pub: "2014-04-04", text: "The two sides will meet again in February.", want: []string{"2015-02"}},
	{name: "month only early", pub: "2014-04-04", text: "The rules took effect in early March.", want: []string{"2014-03"}, mention: "early March"},
	{name: "end of month yearless", pub: "2014-02-10", text: "The rules take effect by the end of March.", want: []string{"2014-03"}, mention: "the end of March"},
	{name: "mid month", pub: "2014-02-10", text: "Talks resume in mid-March.", want: []string{"2014-03"}, mention: "mid-March"},
	{name: "month of is not licensed", pub: "2014-02-10", text: "the month of March", want: nil},
	{name: "months and", pub: "2014-02-10", text: "Consultations were held in March and April 2014.", want: []string{"2014-03/2014-04"}},
	{name: "month range yearless", pub: "2014-04-04", text: "Talks ran from January to March.", want: []string{"2014-01/2014-03"}},

	// Year-less dates resolved from context.
	{name: "relative does not anchor month", pub: "2019-04-15", text: "Both sides welcomed the anniversary last year, and look forward to the G20 Osaka Summit in June.", want: []string{"2018", "2019-06"}},
	{name: "yearless from release", pub: "2012-03-23", text: "On March 22, industry representatives submitted a statement.", want: []string{"2012-03-22"}},
	{name: "yearless future", pub: "2014-04-04", text: "The United States will host the next dialogue on April 10.", want: []string{"2014-04-10"}},
	{name: "yearless past across new year", pub: "2015-01-10", text: "The report was released on December 20.", want: []string{"2014-12-20"}},
	{name: "yearless future across new year", pub: "2014-12-20", text: "The meeting will be held on January 15.", want: []string{"2015-01-15"}},
	{name: "yearless from same sentence", pub: "2017-10-31", text: "After the October 2016 meeting, on November 5 they met again.", want: []string{"2016-10", "2016-11-05"}},
	{name: "yearless from nearby year without release", text: "The talks opened on March 12, 2014. On March 13, ministers met.", want: []string{"2014-03-12", "2014-03-13"}},
	{name: "yearless weekday picks year", text: "In 2016 and 2017 the group met. The seminar is on Tuesday, October 10.", want: []string{"2016", "2017", "2017-10-10"}},
	{name: "yearless ignores far bare year", text: "On June 7, representatives met. " + strings.Repeat("The commission works on water quality and other matters. ", 10) + "The Boundary Waters Treaty of 1909 governs it.", want: []string{"1909"}},
	{name: "yearless takes near bare year", text: "In 2016 the group met twice; the second meeting was on June 7.", want: []string{"2016", "2016-06-07"}},
	{name: "yearless ignores following bare year", pub: "2021-08-05", text: "In a speech earlier this week on August 3rd, she announced funds through 2024.", want: []string{"2021-W31", "2021-08-03", "2024"}},
	{name: "yearless prefers earlier date over later month", text: "The summit was held on July 17, 2018. The EPA enters into force on February 1, 2019. The leaders welcomed the signing (July 17) and noted that talks began in March 2013.", want: []string{"2018-07-17", "2019-02-01", "2013-03"}},
	{name: "first half of next year", pub: "2018-07-17", text: "a dialogue in the first half of next year", want: []string{"2019-H1"}},
	{name: "day list day first", text: "On 1, 2 and 3 October 2018 talks were held.", want: []string{"2018-10-01/2018-10-03"}, mention: "1, 2 and 3 October 2018"},
	{name: "day list month first", text: "On October 1, 2 and 3, 2018 talks were held.", want: []string{"2018-10-01/2018-10-03"}, mention: "October 1, 2 and 3, 2018"},
	{name: "years list", text: "in the years 2016 and 2017", want: []string{"2016", "2017"}},
	{name: "sequence tie goes forward", text: "The law was enacted on 1 April 2016 and took effect on 1 October.", want: []string{"2016-04-01", "2016-10-01"}},
	{name: "yearless dropped without context", text: "The seminar is on October 10.", want: nil},
	{name: "yearless day first", pub: "2024-01-05", text: "The ministers met on 3 January to agree.", want: []string{"2024-01-03"}},
	{name: "yearless range", pub: "2017-10-31", text: "The meeting was held October 10-11 in Singapore.", want: []string{"2017-10-10/2017-10-11"}},

	// Relative expressions.
	{name: "next week", pub: "2014-04-04", text: "officials plan to hold talks next week in Washington", want: []string{"2014-W15"}},
	{name: "this week", pub: "2014-04-04", text: "Pressed this week to elaborate", want: []string{"2014-W14"}},
	{name: "last week", pub: "2014-04-04", text: "as announced last week", want: []string{"2014-W13"}},
	{name: "last month", pub: "2014-04-04", text: "Last month, officials discussed cybersecurity.", want: []string{"2014-03"}},
	{name: "next month", pub: "2014-12-04", text: "due next month", want: []string{"2015-01"}},
	{name: "this year", pub: "2017-10-31", text: "This year marked the 10th anniversary.", want: []string{"2017"}},
	{name: "next year", pub: "2017-10-31", text: "to be held next year", want: []string{"2018"}},
	{name: "last year", pub: "2012-03-23", text: "the 2nd meeting last year", want: []string{"2011"}},
	{name: "today", pub: "2014-03-13", text: "Today, the ministers announced", want: []string{"2014-03-13"}},
	{name: "yesterday", pub: "2014-03-13", text: "the statement issued yesterday", want: []string{"2014-03-12"}},
	{name: "tomorrow", pub: "2014-03-13", text: "the talks open tomorrow", want: []string{"2014-03-14"}},
	{name: "autumn next year", pub: "2017-10-31", text: "The 11th Policy Meeting will be held in autumn next year.", want: []string{"2018-FA"}},
	{name: "next spring", pub: "2017-10-31", text: "a review next spring", want: []string{"2018-SP"}},
	{name: "this fiscal year japan", pub: "2017-10-31", text: "Japan's program started this fiscal year.", want: []string{"FY2017"}},
	{name: "present fiscal year japan", pub: "2018-02-10", text: "Japan confirmed the achievements in the present fiscal year.", want: []string{"FY2017"}},
	{name: "this fiscal year us", pub: "2017-10-31", text: "The U.S. Congress funded it this fiscal year; Congress agreed.", want: []string{"FY2018"}},
	{name: "earlier this year", pub: "2017-10-31", text: "as announced earlier this year", want: []string{"2017"}},
	{name: "relative without release dropped", text: "talks next week and last month", want: nil},
	{name: "relative flagged", pub: "2014-04-04", text: "next week", want: []string{"2014-W15"}},

	// Never dates.
	{name: "volume number", text: "Vol. 28 No.5", want: nil},
	{name: "question number", text: "ITU-D Study Group 1 Question 22-1 / 1 : Securing", want: nil},
	{name: "street address", text: "2-1-2 Kasumigaseki, Chiyoda-ku, Tokyo 100-8926 Japan", want: nil},
	{name: "fax number", text: "FAX: +81-3-5253-5924", want: nil},
	{name: "phone number", text: "Contact or call 703-562-8992.", want: nil},
	{name: "phone dotted", text: "Call 202.647.2012 today.", want: nil},
	{name: "price", text: "You'll pay just $447.50 for a full twelve months of service.", want: nil},
	{name: "price year-like", text: "It costs $2013 in total.", want: nil},
	{name: "ipv6", text: "Internet Protocol version 6 (IPv6) deployment", want: nil},
	{name: "5g", text: "the 5th generation (5G) mobile networks", want: nil},
	{name: "g7 g20", text: "including G7 and G20.", want: nil},
	{name: "covid", text: "the COVID-19 pandemic", want: nil},
	{name: "section numbers", text: "See section 1.1 and 2.3.1 for details.", want: nil},
	{name: "time of day", text: "The session starts at 10:30 and ends at 3 p.m.", want: nil},
	{name: "ordinal quantities", text: "the 10th meeting and the 23rd round of talks", want: nil},
	{name: "number words", text: "seven new projects in twelve months", want: nil},
	{name: "bare number not year", text: "There were 2013 participants in total.", want: nil},
	{name: "year with unit", text: "It produced for 2025 units of output.", want: nil},
	{name: "year out of range", text: "in 2500 the star explodes", want: nil},
	{name: "year at sentence start without verb", text: "2013 participants attended.", want: nil},
	{name: "year as sentence subject", text: "It was busy. 2017 saw a number of changes, and 2018 was calmer.", want: []string{"2017"}},
	{name: "year as paragraph subject", text: "Intro.\n\n2013 was a good year.", want: []string{"2013"}},
	{name: "months of generic season", text: "rainfall in the months of June-through-August could fall", want: nil},
	{name: "postal code", text: "Tokyo 100-8926", want: nil},
	{name: "thousands", text: "in 2,013 cases", want: nil},
	{name: "percent", text: "growth of 2012% is absurd", want: nil},
	{name: "decimal", text: "in 2012.5 units", want: nil},
	{name: "lowercase may", text: "which may include ad hoc sessions", want: nil},
	{name: "march verb", text: "They march on.", want: nil},
	{name: "name may", text: "Prime Minister Theresa May said", want: nil},
	{name: "abbrev month alone", text: "The Dec report.", want: nil},
	{name: "weekday alone", text: "a Weekly Analysis every Monday", want: nil},
	{name: "fall verb", text: "prices fall sharply", want: nil},
	{name: "past year not a date", pub: "2017-10-31", text: "the efforts achieved in the past year", want: nil},
	{name: "recent years", text: "in recent years", want: nil},
	{name: "one-month trial", text: "a free one-month trial", want: nil},
	{name: "month and number of item", text: "Resolution 2012/15 adopted", want: nil},
	{name: "version", text: "version 2.1.2014 of the tool", want: nil},
	{name: "dotted version number", text: "Version 2018.3.1 released.", want: nil},
	{name: "japanese dotted unpadded", text: "Held 2018.3.1 in Tokyo.", want: []string{"2018-03-01"}},
	{name: "regulation number", text: "Regulation (EU) 2016/679 applies; see Directive 2002/58/EC.", want: nil},
	{name: "document symbols", text: "Doc. A/HRC/RES/45/31, E/2019/65, S/2020/1234", want: nil},
	{name: "isbn-like chain", text: "Ref 2014-03-13-55", want: nil},
	{name: "No before year", text: "Law No. 2013 of the Diet", want: nil},
}

func TestDateFinderExpressions(t *testing.T) {
	runDateCases(t, dateCases)
}

func runDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	f := newTestFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dates, _ := f.Find(articleWithPub(tc.text, tc.pub))
			var got []string
			for _, d := range dates {
				got = append(got, d.Value)
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			if tc.mention != "" && dates[0].Mentions[0].Text != tc.mention {
				t.Errorf("first mention got %q, want %q", dates[0].Mentions[0].Text, tc.mention)
			}
			for _, d := range dates {
				for _, m := range d.Mentions {
					if m.Start < 0 || m.End > len(tc.text) || m.Start >= m.End || tc.text[m.Start:m.End] != m.Text {
						t.Errorf("bad span %+v", m)
					}
				}
				if d.Start > d.End {
					t.Errorf("%s: start %q after end %q", d.Value, d.Start, d.End)
				}
			}
		})
	}
}

type pubCase struct {
	name     string
	title    string
	text     string
	masthead string
	meta     corpus.Meta
	uri      string // the source's web address
	want     string
	// role, when set, is the value that must carry Role "published".
	role string
}

var pubCases = []pubCase{
	{name: "dateline under title", title: "Joint Statement on Things", text: "Joint Statement on Things\nBureau of Affairs\nWashington, DC\nMarch 13, 2014\n\nThe United States and Japan held talks on March 12 and 13, 2014 in Tokyo and agreed on many things in the course of the long meeting.", want: "2014-03-13", role: "2014-03-13"},
	{name: "place and date on one line", title: "Statement", text: "Statement\nWashington, DC March 13, 2014\n\nBody text.", want: "2014-03-13"},
	{name: "day month year dateline", title: "Media release", text: "Media release\n\nSingapore, 05 January 2024 – The Ministry of Sustainability announced today that it will do things.", want: "2024-01-05"},
	{name: "all caps dateline paragraph", title: "Talks", text: "Talks\n\nWASHINGTON, March 13, 2014 — The United States and Japan met.", want: "2014-03-13"},
	{name: "posted label", title: "U.S., Japanese officials to hold talks next week", text: "Monday, July 06, 2015\n\nU.S., Japanese officials to hold talks next week\n\nPosted: April 4, 2014\nBookmark and Share\n\nU.S. and Japanese officials plan to hold senior-level cybersecurity talks next week in Washington, DC, according to the State Department.", want: "2014-04-04"},
	{name: "print date above title after the body's dates", title: "Officials hold talks", text: "Monday, July 06, 2015\n\nOfficials hold talks\n\nOfficials held senior-level cybersecurity talks on March 12, 2014 in Washington, DC, according to the spokesman.", want: ""},
	{name: "print date as first-cut title after the body's dates", title: "Monday, July 06, 2015", text: "Monday, July 06, 2015\n\nOfficials hold talks\n\nOfficials held senior-level cybersecurity talks on March 12, 2014 in Washington, DC, according to the spokesman.", want: ""},
	{name: "untitled page headed by a later date", title: "", text: "06/07/2015 10:41\n\nOfficials hold talks\n\nOfficials held senior-level cybersecurity talks on March 12, 2014 in Washington, DC, according to the spokesman.", want: ""},
	{name: "masthead print date after the body's dates", title: "Results", text: "Results\n\nOfficials held senior-level cybersecurity talks on March 12, 2014 in Washington, DC, according to the spokesman.", masthead: "July 6, 2015", want: ""},
	{name: "weekday date over an untitled page without other dates", title: "", text: "Monday, July 06, 2015\n\nOfficials to hold talks\n\nOfficials plan to hold talks.", want: "2015-07-06"},
	{name: "weekday masthead date without other dates", title: "Results", text: "Results\n\nBody.", masthead: "Tuesday, 12 September 2023", want: "2023-09-12"},
	{name: "date above title close after the body's dates", title: "Officials hold talks", text: "Thursday, March 13, 2014\n\nOfficials hold talks\n\nOfficials held senior-level cybersecurity talks on March 12, 2014 in Washington, DC, according to the spokesman.", want: "2014-03-13"},
	{name: "released on", title: "Press", text: "Press\nReleased on 2017/10/31\n\nBody.", want: "2017-10-31"},
	{name: "date label", title: "Press", text: "Press\nDate: 31 October 2017\n\nBody.", want: "2017-10-31"},
	{name: "for immediate release", title: "News", text: "FOR IMMEDIATE RELEASE\nMarch 13, 2014\n\nNews\n\nBody.", want: "2014-03-13"},
	{name: "no stated date", title: "Outcome of the Meeting", text: "Outcome of the Meeting\nThe meeting was held over two days on October 18/19, 2012, by the ministry and the department in Washington, D.C. with many participants from both sides.\nThe summit was on April 30, 2012.", want: ""},
	{name: "event date in body is not release", title: "Outcome", text: "Outcome\n\nOn March 22 and 23, 2012, the third meeting was held in Tokyo with many participants from both sides of the Pacific and industry.", want: ""},
	{name: "time and date label is an event", title: "Results", text: "Results\n\nTime and date: Tuesday, October 10, 2017 at the hotel.", want: ""},
	{name: "newsletter issue date in text", title: "Results of the Meeting", text: "Results of the Meeting\n\nThe meeting was held in Singapore on Tuesday, October 10, and Wednesday, October 11, 2017 with all members present and many more things.\n\nTOPICS\n\nVol. 28 No.5\n\nOct 31, 2017\n\nMore.", want: "2017-10-31", role: "2017-10-31"},
	{name: "newsletter issue date in masthead", title: "Results", text: "Results\n\nThe workshop was held on Monday, October 2, and Tuesday, October 3.", masthead: "Vol. 28 No.5\n\nOct 31, 2017", want: "2017-10-31"},
	{name: "issue on one line", title: "Results", text: "Results\n\nBody.", masthead: "Vol. 28 No.5 Oct 31, 2017", want: "2017-10-31"},
	{name: "masthead posted", title: "Results", text: "Results\n\nBody.", masthead: "Monday, July 06, 2015\nPosted: April 4, 2014", want: "2014-04-04"},
	{name: "month only cover", title: "Annual Report", text: "Annual Report\nMarch 2019\n\nThe report covers many things over the year in great detail and much length for all readers.", want: "2019-03"},
	{name: "meta article published time", title: "T", text: "T\n\nBody.", meta: corpus.Meta{Props: map[string]string{"article:published_time": "2021-03-12T10:00:00-05:00"}}, want: "2021-03-12"},
	{name: "meta date name", title: "T", text: "T\n\nBody.", meta: corpus.Meta{Props: map[string]string{"date": "2016-12-06"}}, want: "2016-12-06"},
	{name: "meta dc date", title: "T", text: "T\n\nBody.", meta: corpus.Meta{Props: map[string]string{"dc.date": "20161206"}}, want: "2016-12-06"},
	{name: "meta dcterms month", title: "T", text: "T\n\nBody.", meta: corpus.Meta{Props: map[string]string{"dcterms.date": "2019-03"}}, want: "2019-03"},
	{name: "meta rfc1123", title: "T", text: "T\n\nBody.", meta: corpus.Meta{Props: map[string]string{"pubdate": "Thu, 13 Mar 2014 10:00:00 GMT"}}, want: "2014-03-13"},
	{name: "json-ld", title: "T", text: "T\n\nBody.", meta: corpus.Meta{JSONLD: []string{`{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-02-11T09:00:00Z"}]}`}}, want: "2022-02-11"},
	{name: "json-ld broken", title: "T", text: "T\n\nBody.", meta: corpus.Meta{JSONLD: []string{`{"datePublished": "2022-02-14", }`}}, want: "2022-02-14"},
	{name: "time element", title: "T", text: "T\n\nBody.", meta: corpus.Meta{Times: []string{"2021-07-26"}}, want: "2021-07-26"},
	{name: "text dateline beats meta", title: "T", text: "T\nMarch 13, 2014\n\nBody.", meta: corpus.Meta{Props: map[string]string{"article:published_time": "2017-01-20T00:00:00Z"}}, want: "2014-03-13"},
	{name: "page date when the text states none", title: "T", text: "T\n\nBody.", meta: corpus.Meta{PageDate: "2019-01-29"}, want: "2019-01-29"},
	{name: "page date beats a meta property", title: "T", text: "T\n\nBody.", meta: corpus.Meta{PageDate: "2020-07-12", Props: map[string]string{"date": "2020-08-18"}}, want: "2020-07-12"},
	{name: "page date loses to a labelled line", title: "Budget agreed", text: "Budget agreed\nPosted: April 4, 2014\n\nThe council agreed the budget.", meta: corpus.Meta{PageDate: "2014-05-30"}, want: "2014-04-04"},
	{name: "page date loses to a dateline", title: "Talks held", text: "Talks held\n\nTOKYO, March 3, 2016 - The ministers met today.", meta: corpus.Meta{PageDate: "2016-03-09"}, want: "2016-03-03"},
	{name: "page date read from a print line", title: "T", text: "T\n\nBody.", meta: corpus.Meta{PageDate: "2024-06-09", PageDateSource: "Page printed on 9 June 2024."}, want: ""},
	{name: "page date read from an access line", title: "T", text: "T\n\nBody.", meta: corpus.Meta{PageDate: "2023-11-02", PageDateSource: "Accessed 2 November 2023"}, want: ""},
	{name: "page date read from a copyright line", title: "T", text: "T\n\nBody.", meta: corpus.Meta{PageDate: "2022-05-03", PageDateSource: "© Example Ministry 2022 | 03/05/2022"}, want: ""},
	{name: "page date read from a print line the metadata states", title: "T", text: "T\n\nBody.", meta: corpus.Meta{PageDate: "2024-06-09", PageDateSource: "Printed 9 June 2024", Props: map[string]string{"article:published_time": "2024-06-09T08:00:00Z"}}, want: "2024-06-09"},
	{name: "page date read from a posted line", title: "T", text: "T\n\nBody.", meta: corpus.Meta{PageDate: "2024-03-12", PageDateSource: "Posted on 12 March 2024"}, want: "2024-03-12"},
	{name: "invalid page date falls to meta", title: "T", text: "T\n\nBody.", meta: corpus.Meta{PageDate: "2019-13-45", Props: map[string]string{"date": "2016-12-06"}}, want: "2016-12-06"},
	{name: "invalid meta ignored", title: "T", text: "T\n\nBody.", meta: corpus.Meta{Props: map[string]string{"date": "not a date"}}, want: ""},
	{name: "japanese numeric dateline", title: "Press Release", text: "Press Release\n2017.10.31\nMinistry of Internal Affairs and Communications\n\nBody.", want: "2017-10-31"},
	{name: "last updated is not release", title: "Page", text: "Page\nLast Updated: March 15, 2014\n\nBody.", want: ""},
	{name: "printed on is not release", title: "Page", text: "Page\nPrinted on 6 July 2015\n\nBody.", want: ""},
	{name: "dateline with pipe", title: "Page", text: "Page\nMarch 13, 2014 | Press Release\n\nBody.", want: "2014-03-13"},
	{name: "published label uk", title: "Page", text: "Page\nFrom: Foreign Office\nPublished 13 March 2014\n\nBody.", want: "2014-03-13"},
	{name: "posted on with author", title: "Page", text: "Page\nPosted on March 13, 2014 by Jane Doe\n\nBody.", want: "2014-03-13"},
	{name: "run-in dateline after subtitle", title: "BUILDING OUR CITY", text: "BUILDING OUR CITY\n\nEveryone can play a part in building a resilient and sustainable nation 7 MARCH 2022 – During the Committee of Supply debates on 7 March 2022, Minister Grace Fu spoke.", want: "2022-03-07"},
	{name: "dash after sentence date is not a dateline", title: "T", text: "T\n\nThe talks on March 5, 2014 – The first in years – were long.", want: ""},
	{name: "dateline taken for the title", title: "Brussels, 30 November 2023", text: "Brussels, 30 November 2023\n\nCommission welcomes political agreement\n\nThe Commission welcomes the agreement.", want: "2023-11-30"},
	{name: "title with a date inside is not a dateline", title: "Statement on the March 13, 2014 Attack", text: "Statement on the March 13, 2014 Attack\n\nWe condemn it.", want: ""},
	{name: "weekday date above title near body dates", title: "Statement by the Spokesperson", text: "Wednesday, 13 March 2024\nStatement by the Spokesperson\nThe EU notes the announcement of 28 January 2024. Envoys met on 11 March 2024 in Dakar.", want: "2024-03-13"},
	{name: "print date years after body dates", title: "Officials to hold talks", text: "Monday, July 06, 2015\n\nOfficials to hold talks\n\nThe first dialogue was held on May 10, 2013 in Tokyo.", want: ""},
	{name: "weekday print date in masthead years later", title: "Talks", text: "Talks\n\nThe first dialogue was held on May 10, 2013 in Tokyo.", masthead: "Monday, July 06, 2015", want: ""},
	{name: "weekday release date in masthead", title: "Talks", text: "Talks\n\nThe dialogue was held on 11 March 2024 in Tokyo.", masthead: "Wednesday, 13 March 2024", want: "2024-03-13"},
	{name: "bracketed label", title: "Results", text: "Results\n[Press Release] 2017.10.31\n\nBody.", want: "2017-10-31"},
	{name: "parenthesized dateline", title: "Results", text: "Results\nPress Release (October 31, 2017)\n\nBody.", want: "2017-10-31"},
	{name: "date of issue label", title: "Results", text: "Results\nDate of Issue: 31 October 2017\n\nBody.", want: "2017-10-31"},
	{name: "dateline with time", title: "Results", text: "Results\nOct. 31, 2017 10:00 JST\n\nBody.", want: "2017-10-31"},
	{name: "dateline with pipe and time", title: "Results", text: "Results\nMarch 13, 2014 | 3:30 p.m. EST\n\nBody.", want: "2014-03-13"},
	{name: "date with words after is no dateline", title: "Results", text: "Results\nMarch 13, 2014 was a busy day\n\nBody.", want: ""},
	{name: "plain date right above title", title: "Japan-Viet Nam Summit Meeting", text: "Home > Press Releases\nMarch 13, 2014\nJapan-Viet Nam Summit Meeting\n\nThe leaders met in Tokyo and discussed many matters at length with each other for the whole afternoon.", want: "2014-03-13"},
	{name: "plain date far above title", title: "Summit Meeting", text: "March 13, 2014\nHome\nNews\nPress Releases\nSummit Meeting\n\nThe leaders met.", want: ""},
	{name: "range under title is not release", title: "Results", text: "Results\n(October 10-11, 2017)\n\nBody.", want: ""},
}

func TestDateFinderPublished(t *testing.T) {
	runPubCases(t, pubCases)
}

func runPubCases(t *testing.T, cases []pubCase) {
	t.Helper()
	f := newTestFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := &corpus.Article{Title: tc.title, Text: tc.text, Masthead: tc.masthead, Meta: tc.meta}
			a.Source.URI = tc.uri
			dates, pub := f.Find(a)
			if pub != tc.want {
				t.Fatalf("published got %q, want %q", pub, tc.want)
			}
			if tc.role != "" {
				found := false
				for _, d := range dates {
					if d.Value == tc.role {
						found = true
						if d.Role != "published" {
							t.Errorf("role of %s got %q, want %q", d.Value, d.Role, "published")
						}
					}
				}
				if !found {
					t.Errorf("no date %s in %v", tc.role, dates)
				}
			}
		})
	}
}

func TestDateFinderRolesAndMentions(t *testing.T) {
	f := newTestFinder(t)
	text := "Talks\nMarch 13, 2014\n\nThe meeting was held on March 12, 2014. The joint statement of March 13, 2014 followed. Deliveries start in 2015."
	dates, pub := f.Find(&corpus.Article{Title: "Talks", Text: text})
	if pub != "2014-03-13" {
		t.Fatalf("published got %q, want %q", pub, "2014-03-13")
	}
	byValue := map[string]Date{}
	for _, d := range dates {
		byValue[d.Value] = d
	}
	if d := byValue["2014-03-13"]; d.Role != "published" || len(d.Mentions) != 2 {
		t.Errorf("2014-03-13 got role %q with %d mentions, want %q with 2", d.Role, len(d.Mentions), "published")
	}
	if d := byValue["2014-03-12"]; d.Role != "event" {
		t.Errorf("2014-03-12 role got %q, want %q", d.Role, "event")
	}
	if d := byValue["2015"]; d.Role != "" || d.Start != "2015-01-01" || d.End != "2015-12-31" {
		t.Errorf("2015 got role %q bounds %s..%s, want no role and 2015-01-01..2015-12-31", d.Role, d.Start, d.End)
	}
}

func TestDateBounds(t *testing.T) {
	f := newTestFinder(t)
	cases := []struct {
		text, value, start, end string
	}{
		{"in fall 2014", "2014-FA", "2014-09-01", "2014-11-30"},
		{"in winter 2015", "2015-WI", "2015-12-01", "2016-02-29"},
		{"Deliveries in 2014-W15.", "2014-W15", "2014-04-07", "2014-04-13"},
		{"in the second quarter of 2015", "2015-Q2", "2015-04-01", "2015-06-30"},
		{"in the second half of 2015", "2015-H2", "2015-07-01", "2015-12-31"},
		{"in February 2016", "2016-02", "2016-02-01", "2016-02-29"},
		{"on October 18/19, 2012", "2012-10-18/2012-10-19", "2012-10-18", "2012-10-19"},
		{"Japan's budget for fiscal 2018", "FY2018", "2018-04-01", "2019-03-31"},
		{"the U.S. Congress budget for fiscal 2018, Congress said", "FY2018", "2017-10-01", "2018-09-30"},
		{"from March 2014 to April 2015", "2014-03/2015-04", "2014-03-01", "2015-04-30"},
	}
	for _, c := range cases {
		t.Run(c.value, func(t *testing.T) {
			dates, _ := f.Find(&corpus.Article{Text: c.text})
			if len(dates) != 1 {
				t.Fatalf("got %d dates %v, want 1", len(dates), dates)
			}
			d := dates[0]
			if d.Value != c.value || d.Start != c.start || d.End != c.end {
				t.Errorf("got %s %s..%s, want %s %s..%s", d.Value, d.Start, d.End, c.value, c.start, c.end)
			}
		})
	}
}
