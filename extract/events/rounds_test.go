package events

import "testing"

// A round named by a pointer or a year and the series' acronym: "the next
// ABCD", "the 2026 ABCD", and the acronym written with the round's number
// in brackets after the name ("(15th ABCD)").
func TestFindAcronymRounds(t *testing.T) {
	runFind(t, []findCase{
		{"next and the acronym in brackets", fixture{
			text:  "The Baltic-Nordic Energy Ministerial Consultations (BNEMC) were held in Vilnius on 4 May 2024. The next BNEMC will be held in Norway in 2025.",
			dates: map[string]string{"4 May 2024": "2024-05-04", "2025": "2025"}, cities: map[string]string{"Vilnius": "LT"}, ctries: map[string]string{"Norway": "NO"}},
			[]brief{{dates: "2024-05-04", place: "Vilnius"}, {name: "next BNEMC", series: "Baltic-Nordic Energy Ministerial Consultations", dates: "2025", place: "Norway"}}},
		{"year and the acronym", fixture{
			text:  "The 2024 Meeting of the Andean Water Council (AWC) closed in Quito on 9 October 2024. The 2025 AWC will be chaired by Peru.",
			dates: map[string]string{"2024": "2024", "9 October 2024": "2024-10-09", "2025": "2025"}, cities: map[string]string{"Quito": "EC"}},
			[]brief{{dates: "2024-10-09"}, {name: "2025 AWC", series: "Andean Water Council", dates: "2025"}}},
		{"numbered acronym in brackets names the series", fixture{
			text:  "The Twelfth Lake Victoria Fisheries Symposium on Aquaculture (12th LVFS) was held in Kisumu on 3 March 2022. Uganda will host the 13th LVFS in 2023.",
			dates: map[string]string{"3 March 2022": "2022-03-03", "2023": "2023"}, cities: map[string]string{"Kisumu": "KE"}},
			[]brief{{ordinal: 12, dates: "2022-03-03"}, {ordinal: 13, series: "Lake Victoria Fisheries Symposium on Aquaculture", dates: "2023"}}},
		{"an acronym named nowhere else stays no event", fixture{
			text:  "The next XYZW will be held in 2026.",
			dates: map[string]string{"2026": "2026"}},
			nil},
	})
}

// A year in an event's name names the round; a date after the name inside
// that year dates it.
func TestFindNameYear(t *testing.T) {
	runFind(t, []findCase{
		{"year in the name, days after it", fixture{
			text:  "The 2023 Pacific Ocean Ministerial Conference was held in Suva on 5 and 6 July 2023.",
			dates: map[string]string{"2023": "2023", "5 and 6 July 2023": "2023-07-05/2023-07-06"}, cities: map[string]string{"Suva": "FJ"}},
			[]brief{{dates: "2023-07-05/2023-07-06", place: "Suva"}}},
		{"year in the name, month after it", fixture{
			text:  "Delegates attended the 2021 Arctic Science Summit in Tromso in June 2021.",
			dates: map[string]string{"2021": "2021", "June 2021": "2021-06"}, cities: map[string]string{"Tromso": "NO"}},
			[]brief{{dates: "2021-06"}}},
		{"year in the name, day before it", fixture{
			text:  "The two presidents met on 9 May for the 2019 Iberian Summit at Braga.",
			dates: map[string]string{"2019": "2019", "9 May": "2019-05-09"}, cities: map[string]string{"Braga": "PT"}},
			[]brief{{dates: "2019-05-09", place: "Braga"}}},
		{"a date of another year is not the round's", fixture{
			text:  "The 2022 Alpine Rail Forum, first proposed on 3 May 2019, was a success.",
			dates: map[string]string{"2022": "2022", "3 May 2019": "2019-05-03"}},
			[]brief{{dates: "2022"}}},
	})
}

// The words before a date may make it no date of the meeting: "was
// established in 2021", "founded in", "set up in"; the next date is.
func TestFindNotDatePhrases(t *testing.T) {
	runFind(t, []findCase{
		{"established in", fixture{
			text:  "The Baltic-Iberian Energy Forum was established in 2019 and last met in Oslo on 4 May 2023.",
			dates: map[string]string{"2019": "2019", "4 May 2023": "2023-05-04"}, cities: map[string]string{"Oslo": "NO"}},
			[]brief{{series: "Baltic-Iberian Energy Forum", dates: "2023-05-04", place: "Oslo"}}},
		{"founded in", fixture{
			text:  "The Andean Water Dialogue, founded in 2015, held its last meeting on 2 June 2022.",
			dates: map[string]string{"2015": "2015", "2 June 2022": "2022-06-02"}},
			[]brief{{dates: "2022-06-02"}}},
		{"set up in, and nothing else dates it", fixture{
			text:  "The Nile Delta Roundtable was set up in 2018 by the two ministries.",
			dates: map[string]string{"2018": "2018"}},
			nil},
	})
}

// The meeting a release opens with, dated only by a relative word
// ("today"), takes the dateline's date; a later round of its series dated
// in the body does not stop it, a dated round of the same number does.
func TestFindLeadMeetingRounds(t *testing.T) {
	runFind(t, []findCase{
		{"today, a later round dated", fixture{
			text:  "Apia, 3 May 2024\n\nToday we welcomed the Fijian ministers to Apia for the 9th Samoa-Fiji Joint Ministerial Council (SFJMC), which reviewed fisheries, trade and labour mobility.\n\nFiji will host the 10th SFJMC in 2025.",
			dates: map[string]string{"3 May 2024": "2024-05-03", "2025": "2025"}, rel: map[string]string{"Today": "2024-05-03"}, pub: "2024-05-03"},
			[]brief{{ordinal: 9, dates: "2024-05-03"}, {ordinal: 10, dates: "2025"}}},
		{"undated lead round, an earlier round dated", fixture{
			text:  "Lima, 8 June 2023\n\nMinisters met in Lima for the 5th Peru-Chile Border Commission, reviewing customs, migration and water projects in the border region.\n\nThe 4th Peru-Chile Border Commission was held in Arica in 2021.",
			dates: map[string]string{"8 June 2023": "2023-06-08", "2021": "2021"}, pub: "2023-06-08"},
			[]brief{{ordinal: 5, dates: "2023-06-08"}, {ordinal: 4, dates: "2021"}}},
		{"the same round named twice, dated once", fixture{
			text:  "Third Delta Forum on AI concludes\n\n5 July 2025\n\nThe third Delta Forum on Artificial Intelligence closed in Hanoi on 4 July 2025 after two days of debates among ministers and experts.",
			dates: map[string]string{"5 July 2025": "2025-07-05", "4 July 2025": "2025-07-04"}, pub: "2025-07-05"},
			[]brief{{ordinal: 3, dates: "2025-07-04"}}},
	})
}

// A numbered round of a named series dated only by a relative year ("next
// year") takes that year; other relative dates date no event.
func TestFindRelativeYearRound(t *testing.T) {
	runFind(t, []findCase{
		{"next year", fixture{
			text:  "The 3rd Kenya-Tanzania Border Dialogue was held in Arusha on 2 March 2024. The 4th Kenya-Tanzania Border Dialogue will be held in Mombasa next year.",
			dates: map[string]string{"2 March 2024": "2024-03-02"}, rel: map[string]string{"next year": "2025"}, pub: "2024-03-04"},
			[]brief{{ordinal: 3, dates: "2024-03-02"}, {ordinal: 4, dates: "2025"}}},
		{"last year, round word of the main series", fixture{
			text:  "The 6th Danube Shipping Council met in Vienna on 5 May 2024. The fifth meeting of the Danube Shipping Council took place in Budapest last year.",
			dates: map[string]string{"5 May 2024": "2024-05-05"}, rel: map[string]string{"last year": "2023"}, pub: "2024-05-06"},
			[]brief{{ordinal: 6, dates: "2024-05-05"}, {ordinal: 5, dates: "2023"}}},
		{"next month dates no round", fixture{
			text: "The 7th Alpine Rail Forum will be held in Bern next month.",
			rel:  map[string]string{"next month": "2024-06"}, pub: "2024-05-06"},
			nil},
		{"an unnumbered meeting next year is no event", fixture{
			text: "The ministers agreed to meet again in Lisbon next year.",
			rel:  map[string]string{"next year": "2025"}, pub: "2024-05-06"},
			nil},
	})
}

// A short form that starts a longer series name before its complement
// ("the Council of Ministers" of "Council of Ministers of the ...") names
// that series: one round, not two.
func TestFindShortFormPrefix(t *testing.T) {
	runFind(t, []findCase{
		{"council of ministers", fixture{
			text:  "Ministers prepared the 12th meeting of the Council of Ministers of the Andean Trade Community, which will be held in Quito on 4 May 2023. The 12th meeting of the Council of Ministers will adopt the budget on 4 May 2023.",
			dates: map[string]string{"4 May 2023": "2023-05-04"}, cities: map[string]string{"Quito": "EC"}},
			[]brief{{ordinal: 12, series: "Council of Ministers of the Andean Trade Community", dates: "2023-05-04"}}},
		{"council of the parties", fixture{
			text:  "Parties met for the 3rd session of the Council of Parties of the Sava River Convention in Zagreb on 2 June 2022. Ministers said the Council of Parties will next meet in 2024.",
			dates: map[string]string{"2 June 2022": "2022-06-02", "2024": "2024"}, cities: map[string]string{"Zagreb": "HR"}},
			[]brief{{ordinal: 3, dates: "2022-06-02"}, {series: "Council of Parties of the Sava River Convention", dates: "2024"}}},
		{"a different body is not a short form", fixture{
			text:  "The 5th Council of Ministers of the Alpine Convention met on 2 June 2022. The 5th Council of Mayors met on 3 June 2022.",
			dates: map[string]string{"2 June 2022": "2022-06-02", "3 June 2022": "2022-06-03"}},
			[]brief{{ordinal: 5, dates: "2022-06-02"}, {ordinal: 5, dates: "2022-06-03"}}},
	})
}

// A meeting after "a" or "an" introduces a meeting: it does not date the
// numbered round named before it.
func TestFindIndefiniteRound(t *testing.T) {
	runFind(t, []findCase{
		{"a plenary meeting the next day", fixture{
			text:  "The 6th Joint Commission between Chile and Peru opened in Lima. A plenary meeting is scheduled on 4 May 2023.",
			dates: map[string]string{"4 May 2023": "2023-05-04"}, cities: map[string]string{"Lima": "PE"}},
			[]brief{{name: "plenary meeting", ordinal: -1, dates: "2023-05-04"}}},
		{"an undated round and an indefinite dated meeting", fixture{
			text:  "Delegations prepared the 9th Nile Basin Council. An informal meeting was held on 2 April 2023.",
			dates: map[string]string{"2 April 2023": "2023-04-02"}},
			[]brief{{name: "informal meeting", dates: "2023-04-02"}}},
		{"the meeting still dates the round", fixture{
			text:  "Delegations prepared the 9th Nile Basin Council. The meeting was held on 2 April 2023.",
			dates: map[string]string{"2 April 2023": "2023-04-02"}},
			[]brief{{ordinal: 9, dates: "2023-04-02"}}},
	})
}

// Level or format words may stand between a round's pointer or ordinal
// and its series' acronym: "the next ministerial-level ABCD", "the 12th
// annual ABCD".
func TestFindAcronymRoundsLevelWords(t *testing.T) {
	runFind(t, []findCase{
		{"next and a -level word", fixture{
			text:  "The first Trade and Investment Dialogue (TID) was held in Lima on 3 May 2023. The next ministerial-level TID will be held in Santiago in 2025.",
			dates: map[string]string{"3 May 2023": "2023-05-03", "2025": "2025"}, cities: map[string]string{"Lima": "PE", "Santiago": "CL"}},
			[]brief{{ordinal: 1, dates: "2023-05-03"}, {name: "next ministerial-level TID", series: "Trade and Investment Dialogue", dates: "2025", place: "Santiago"}}},
		{"ordinal and a modifier", fixture{
			text:  "The Baltic Rail Safety Forum (BRSF) met in Riga on 2 June 2022. Estonia will host the 12th annual BRSF in June 2023.",
			dates: map[string]string{"2 June 2022": "2022-06-02", "June 2023": "2023-06"}, cities: map[string]string{"Riga": "LV"}},
			[]brief{{dates: "2022-06-02"}, {name: "12th annual BRSF", ordinal: 12, series: "Baltic Rail Safety Forum", dates: "2023-06"}}},
		{"two level words", fixture{
			text:  "The Mekong Water Dialogue (MWD) opened in Vientiane on 9 May 2024. The previous senior-level virtual MWD took place in March 2023.",
			dates: map[string]string{"9 May 2024": "2024-05-09", "March 2023": "2023-03"}, cities: map[string]string{"Vientiane": "LA"}},
			[]brief{{dates: "2024-05-09"}, {name: "previous senior-level virtual MWD", series: "Mekong Water Dialogue", dates: "2023-03"}}},
		{"three words are too many", fixture{
			text:  "The Mekong Water Dialogue (MWD) opened in Vientiane on 9 May 2024. The next joint senior-level virtual MWD is planned for 2026.",
			dates: map[string]string{"9 May 2024": "2024-05-09", "2026": "2026"}, cities: map[string]string{"Vientiane": "LA"}},
			[]brief{{dates: "2024-05-09"}}},
	})
}

// A sentence naming a round only by a pointer and the acronym, with no
// meeting verb, is read: "looked forward to the next ABCD in 2025".
func TestFindPointerOnlySentence(t *testing.T) {
	runFind(t, []findCase{
		{"looked forward to the next", fixture{
			text:  "The Trade and Investment Dialogue (TID) met in Lima on 3 May 2023. The officials looked forward to the next ministerial-level TID in Santiago in the spring of 2025.",
			dates: map[string]string{"3 May 2023": "2023-05-03", "spring of 2025": "2025-SP"}, cities: map[string]string{"Lima": "PE", "Santiago": "CL"}},
			[]brief{{dates: "2023-05-03"}, {name: "next ministerial-level TID", dates: "2025-SP", place: "Santiago"}}},
		{"welcomed the upcoming", fixture{
			text:  "The Andes Energy Forum (AEF) met in Quito on 8 June 2022. Ministers welcomed the upcoming AEF in Bogota in October 2023.",
			dates: map[string]string{"8 June 2022": "2022-06-08", "October 2023": "2023-10"}, cities: map[string]string{"Quito": "EC", "Bogota": "CO"}},
			[]brief{{dates: "2022-06-08"}, {name: "upcoming AEF", dates: "2023-10", place: "Bogota"}}},
		{"recalled the previous", fixture{
			text:  "The Danube Shipping Council (DSC) met in Vienna on 2 May 2024, recalling the previous DSC in Budapest in November 2022.",
			dates: map[string]string{"2 May 2024": "2024-05-02", "November 2022": "2022-11"}, cities: map[string]string{"Vienna": "AT", "Budapest": "HU"}},
			[]brief{{dates: "2024-05-02"}, {name: "previous DSC", dates: "2022-11", place: "Budapest"}}},
	})
}
