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
		{"a date of another year is not the round's", fixture{
			text:  "The 2022 Alpine Rail Forum, first proposed on 3 May 2019, was a success.",
			dates: map[string]string{"2022": "2022", "3 May 2019": "2019-05-03"}},
			[]brief{{dates: "2022"}}},
	})
}
