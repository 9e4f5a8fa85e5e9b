package events

import "testing"

// An occurrence named by a proper name and its year, without an event
// noun, is an event when its sentence says it takes place and dates it
// inside that year; a descriptive mention beside it in apposition is the
// same occurrence. A lone place, a plan or a document with a year, or a
// name whose sentence writes no other date of that year, is none.
func TestFindYearNamed(t *testing.T) {
	runFind(t, []findCase{
		{"month range after the name, apposition after it", fixture{
			text:  "Some 4,000 sailors will take part in Coral Shield 2025, the largest naval exercise of the region, from March to May 2025.",
			dates: map[string]string{"March to May 2025": "2025-03/2025-05"}},
			[]brief{{name: "Coral Shield 2025", series: "Coral Shield", dates: "2025-03/2025-05"}}},
		{"apposition before the name, months after it", fixture{
			text:  "The previous large-scale drill, Northern Lynx 2019, was held in Finland in September and October 2019.",
			dates: map[string]string{"September and October 2019": "2019-09/2019-10"}, ctries: map[string]string{"Finland": "FI"}},
			[]brief{{name: "Northern Lynx 2019", series: "Northern Lynx", dates: "2019-09/2019-10", place: "Finland"}}},
		{"acronym in brackets, days after the name", fixture{
			text:  "The minister is in Accra for the West Africa Energy Week (WAEW) 2024, which is being held from 3 to 7 June.",
			dates: map[string]string{"3 to 7 June": "2024-06-03/2024-06-07"}, cities: map[string]string{"Accra": "GH"}},
			[]brief{{name: "West Africa Energy Week (WAEW) 2024", series: "West Africa Energy Week", dates: "2024-06-03/2024-06-07"}}},
		{"season of the year", fixture{
			text:  "Tundra Relay 2026 will take place in the summer of 2026.",
			dates: map[string]string{"summer of 2026": "2026-SU"}},
			[]brief{{name: "Tundra Relay 2026", series: "Tundra Relay", dates: "2026-SU"}}},
		{"a lone place and its year is no event", fixture{
			text:  "Athletes who took part in Brisbane 2032 events were honoured on 3 May 2032.",
			dates: map[string]string{"3 May 2032": "2032-05-03"}, cities: map[string]string{"Brisbane": "AU"}},
			nil},
		{"a plan and its year is no event", fixture{
			text:  "The Green Transport Strategy 2030 began on 1 July 2030.",
			dates: map[string]string{"1 July 2030": "2030-07-01"}},
			nil},
		{"no other date of the year", fixture{
			text:  "Staff who took part in Harbour Watch 2021 were thanked on 4 February 2022.",
			dates: map[string]string{"4 February 2022": "2022-02-04"}},
			nil},
		{"no occurrence cue", fixture{
			text:  "Census Pacific 2024 figures were released on 9 August 2024.",
			dates: map[string]string{"9 August 2024": "2024-08-09"}},
			nil},
	})
}

// A series' acronym fused with the round's number ("COP21") names a round
// when the sentence says it takes place or is attended.
func TestFindNumberedAcronym(t *testing.T) {
	runFind(t, []findCase{
		{"participating in", fixture{
			text:  "The university will be participating in the COP29 in Baku from 11 to 22 November.",
			dates: map[string]string{"11 to 22 November": "2024-11-11/2024-11-22"}, cities: map[string]string{"Baku": "AZ"}},
			[]brief{{name: "COP29", series: "COP", ordinal: 29, dates: "2024-11-11/2024-11-22", place: "Baku"}}},
		{"will take place", fixture{
			text:  "MC15 will take place in Geneva in June 2027.",
			dates: map[string]string{"June 2027": "2027-06"}, cities: map[string]string{"Geneva": "CH"}},
			[]brief{{name: "MC15", series: "MC", ordinal: 15, dates: "2027-06", place: "Geneva"}}},
		{"attended", fixture{
			text:  "Officials attended WCIT12 in Dubai on 3 December 2012.",
			dates: map[string]string{"3 December 2012": "2012-12-03"}, cities: map[string]string{"Dubai": "AE"}},
			[]brief{{name: "WCIT12", ordinal: 12, dates: "2012-12-03"}}},
		{"no occurrence cue", fixture{
			text:  "The COP29 pledges were published on 9 December 2024.",
			dates: map[string]string{"9 December 2024": "2024-12-09"}},
			nil},
		{"part of a longer name", fixture{
			text:  "The COP28 Presidency was held by the host from 30 November 2023.",
			dates: map[string]string{"30 November 2023": "2023-11-30"}},
			nil},
	})
}

// A numbered acronym the cue does not govern is no round: a flight, a
// vessel.
func TestFindNumberedAcronymNotGoverned(t *testing.T) {
	runFind(t, []findCase{
		{"flight number", fixture{
			text:  "Ministers met in Geneva to discuss the loss of flight QZ85 on 4 May 2019.",
			dates: map[string]string{"4 May 2019": "2019-05-04"}, cities: map[string]string{"Geneva": "CH"}},
			nil},
		{"vessel code", fixture{
			text:  "Crews took part in the rescue of the trawler KT402 on 9 March 2021.",
			dates: map[string]string{"9 March 2021": "2021-03-09"}},
			nil},
		{"took part in names it", fixture{
			text:  "Crews took part in SAREX23 off Nuku'alofa on 9 March 2023.",
			dates: map[string]string{"9 March 2023": "2023-03-09"}},
			[]brief{{name: "SAREX23", series: "SAREX", ordinal: 23, dates: "2023-03-09"}}},
	})
}
