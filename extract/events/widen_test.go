package events

import "testing"

// A meeting dated by its opening day takes the range a later mention
// pointing back to it states when that range starts on the same day; a
// mention of another meeting ("the next meeting", "a meeting") or a range
// starting on another day leaves the day.
func TestFindWidenOpeningDay(t *testing.T) {
	runFind(t, []findCase{
		{"the meeting is held on a range", fixture{
			text:  "The 9th Andean Water Council Meeting opened in Quito on Monday 4 March. The meeting, hosted by Ecuador, is held at the Convention Centre on 4–8 March 2024.",
			dates: map[string]string{"Monday 4 March": "2024-03-04", "4–8 March 2024": "2024-03-04/2024-03-08"}, cities: map[string]string{"Quito": "EC"}},
			[]brief{{ordinal: 9, dates: "2024-03-04/2024-03-08", place: "Quito"}}},
		{"the summit runs from ... to", fixture{
			text:  "The Baltic Sea Summit began in Tallinn on 12 May 2025. The Summit runs from 12 to 14 May 2025 and brings together eleven leaders.",
			dates: map[string]string{"12 May 2025": "2025-05-12", "12 to 14 May 2025": "2025-05-12/2025-05-14"}, cities: map[string]string{"Tallinn": "EE"}},
			[]brief{{series: "Baltic Sea Summit", dates: "2025-05-12/2025-05-14", place: "Tallinn"}}},
		{"the session sits across months", fixture{
			text:  "The Third Session of the Sahel Forestry Commission opened in Niamey on Tuesday, 29 November. The session, attended by nine member states, takes place on 29 November - 2 December 2022.",
			dates: map[string]string{"Tuesday, 29 November": "2022-11-29", "29 November - 2 December 2022": "2022-11-29/2022-12-02"}, cities: map[string]string{"Niamey": "NE"}},
			[]brief{{ordinal: 3, dates: "2022-11-29/2022-12-02", place: "Niamey"}}},
		{"a range starting on another day is another occasion", fixture{
			text:  "The Baltic Sea Summit began in Tallinn on 12 May 2025. The Summit follows talks held from 10 to 11 May 2025.",
			dates: map[string]string{"12 May 2025": "2025-05-12", "10 to 11 May 2025": "2025-05-10/2025-05-11"}, cities: map[string]string{"Tallinn": "EE"}},
			[]brief{{series: "Baltic Sea Summit", dates: "2025-05-12", place: "Tallinn"}}},
	})
}
