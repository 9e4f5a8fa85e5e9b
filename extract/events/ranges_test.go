package events

import "testing"

// A range dates its event: a day inside it written with a later mention
// of the same event ("At the end of the Forum on 9 May") is one of its
// days, not its date.
func TestFindRangeKept(t *testing.T) {
	runFind(t, []findCase{
		{"closing day after the range", fixture{
			text:  "The first Andes - Pacific Water Forum was held in Lima on 8-9 May 2024. At the end of the Forum on 9 May, ministers adopted a plan.",
			dates: map[string]string{"8-9 May 2024": "2024-05-08/2024-05-09", "9 May": "2024-05-09"}, cities: map[string]string{"Lima": "PE"}},
			[]brief{{series: "Andes - Pacific Water Forum", ordinal: 1, dates: "2024-05-08/2024-05-09", place: "Lima"}}},
		{"opening day after the range", fixture{
			text:  "Delegates attended the 12th Baltic Grain Conference in Riga from 3 to 5 June 2023. The Conference opened on 3 June with a plenary.",
			dates: map[string]string{"from 3 to 5 June 2023": "2023-06-03/2023-06-05", "3 June": "2023-06-03"}, cities: map[string]string{"Riga": "LV"}},
			[]brief{{ordinal: 12, dates: "2023-06-03/2023-06-05", place: "Riga"}}},
		{"a month still gives way to a day", fixture{
			text:  "The Nordic Rail Summit will be held in Oslo in June 2025. The Summit will open on 4 June 2025.",
			dates: map[string]string{"June 2025": "2025-06", "4 June 2025": "2025-06-04"}, cities: map[string]string{"Oslo": "NO"}},
			[]brief{{series: "Nordic Rail Summit", dates: "2025-06-04", place: "Oslo"}}},
	})
}

// A meeting dated by a word ("today") that its sentence dates again with
// a range holding that day takes the range.
func TestFindWordDateInRange(t *testing.T) {
	runFind(t, []findCase{
		{"opened today, runs from a range", fixture{
			text:  "LIMA, 3 March 2024 – The 12th Andean Ministerial Meeting opened today in Lima and will run from 3–5 March 2024.",
			dates: map[string]string{"3 March 2024": "2024-03-03", "today": "2024-03-03", "3–5 March 2024": "2024-03-03/2024-03-05"}, cities: map[string]string{"Lima": "PE"}},
			[]brief{{ordinal: 12, dates: "2024-03-03/2024-03-05", place: "Lima"}}},
		{"began yesterday, a range in brackets", fixture{
			text:  "The Caspian Fisheries Dialogue began yesterday in Baku (14-16 October 2022) with six delegations.",
			dates: map[string]string{"yesterday": "2022-10-14", "14-16 October 2022": "2022-10-14/2022-10-16"}, cities: map[string]string{"Baku": "AZ"}},
			[]brief{{series: "Caspian Fisheries Dialogue", dates: "2022-10-14/2022-10-16", place: "Baku"}}},
		{"a range that does not hold the day is another date", fixture{
			text:  "The Alpine Transport Forum met today in Bern to review the plan agreed from 3 to 5 May 2021.",
			dates: map[string]string{"today": "2024-09-10", "from 3 to 5 May 2021": "2021-05-03/2021-05-05"}, cities: map[string]string{"Bern": "CH"}},
			[]brief{{series: "Alpine Transport Forum", dates: "2024-09-10", place: "Bern"}}},
	})
}

// The meeting a release opens with, undated where it is named, is dated
// by a later capitalized mention of its kind ("The four-day Summit, which
// runs from ..."), not by one placed against it ("Ahead of the Summit").
func TestFindLeadByKind(t *testing.T) {
	runFind(t, []findCase{
		{"four-day Summit with a range", fixture{
			text:  "President Maria Lopez has opened the inaugural Andean Water Summit at the national convention centre.\n\nThe four-day Summit, which runs from 3 to 6 March 2024, is co-hosted by Peru.",
			dates: map[string]string{"from 3 to 6 March 2024": "2024-03-03/2024-03-06"}, people: []string{"Maria Lopez"}, pub: "2024-03-03"},
			[]brief{{series: "Andean Water Summit", dates: "2024-03-03/2024-03-06"}}},
		{"the Forum, held on a day", fixture{
			text:  "The Minister welcomed delegates to the Black Sea Investment Forum.\n\nThe Forum, held on 12 April 2022 in Varna, drew 400 participants.",
			dates: map[string]string{"12 April 2022": "2022-04-12"}, cities: map[string]string{"Varna": "BG"}, pub: "2022-04-13"},
			[]brief{{series: "Black Sea Investment Forum", dates: "2022-04-12"}}},
		{"ahead of the Conference is another day", fixture{
			text:  "Ministers arrived in Accra for the West Africa Energy Conference.\n\nAhead of the Conference, on 2 June 2023, they met business leaders.",
			dates: map[string]string{"4 June 2023": "2023-06-04", "2 June 2023": "2023-06-02"}, cities: map[string]string{"Accra": "GH"}, pub: "2023-06-04",
			title: "Ministers meet in Accra, 4 June 2023"},
			[]brief{{series: "West Africa Energy Conference", dates: "2023-06-04"}}},
	})
}

// A dash between two capitalized words joins the parties of one name,
// spaced or not; a bracketed acronym or a dateline before it does not.
func TestFindDashNames(t *testing.T) {
	runFind(t, []findCase{
		{"spaced en dash", fixture{
			text:  "The first Central Asia – Gulf Summit was held in Jeddah on 19 July 2023.",
			dates: map[string]string{"19 July 2023": "2023-07-19"}, cities: map[string]string{"Jeddah": "SA"}},
			[]brief{{name: "first Central Asia – Gulf Summit", series: "Central Asia – Gulf Summit", ordinal: 1, dates: "2023-07-19"}}},
		{"unspaced en dash", fixture{
			text:  "Leaders noted the second Caribbean Forum–Canada Leaders Dialogue, held in Ottawa on 18 October 2023.",
			dates: map[string]string{"18 October 2023": "2023-10-18"}, cities: map[string]string{"Ottawa": "CA"}},
			[]brief{{series: "Caribbean Forum–Canada Leaders Dialogue", ordinal: 2, dates: "2023-10-18"}}},
		{"dateline before the name", fixture{
			text:  "ACCRA - Regional Trade Summit opened on 4 May 2022.",
			dates: map[string]string{"4 May 2022": "2022-05-04"}},
			[]brief{{name: "Regional Trade Summit", dates: "2022-05-04"}}},
	})
}

// A signing reported without a date of its own, in a sentence that writes
// one day, took place on that day.
func TestFindSigningDaySaid(t *testing.T) {
	runFind(t, []findCase{
		{"at the end of the Summit on a day", fixture{
			text:  "The Nordic Rail Summit was held in Oslo on 3-4 June 2025. At the end of the Summit on 4 June, the leaders signed the Oslo Declaration.",
			dates: map[string]string{"3-4 June 2025": "2025-06-03/2025-06-04", "4 June": "2025-06-04"}, cities: map[string]string{"Oslo": "NO"}},
			[]brief{{dates: "2025-06-03/2025-06-04"}, {name: "signing of the Oslo Declaration", dates: "2025-06-04"}}},
		{"on the closing day the ministers signed", fixture{
			text:  "The Andean Energy Forum met in Quito from 10 to 12 May 2022. On 12 May the ministers signed the Quito Accord.",
			dates: map[string]string{"from 10 to 12 May 2022": "2022-05-10/2022-05-12", "12 May": "2022-05-12"}, cities: map[string]string{"Quito": "EC"}},
			[]brief{{dates: "2022-05-10/2022-05-12"}, {dates: "2022-05-12"}}},
		{"the signing's day after the meeting's range", fixture{
			text:  "The Baltic Ports Conference was held in Tallinn on 1-2 March 2021. On its closing day, 2 March, delegates signed the Tallinn Charter.",
			dates: map[string]string{"1-2 March 2021": "2021-03-01/2021-03-02", "2 March": "2021-03-02"}, cities: map[string]string{"Tallinn": "EE"}},
			[]brief{{dates: "2021-03-01/2021-03-02"}, {name: "signing of the Tallinn Charter", dates: "2021-03-02"}}},
	})
}
