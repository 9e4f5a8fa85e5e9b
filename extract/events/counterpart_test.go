package events

import "testing"

// Talks or a meeting "with" someone: a person is its other side (and one
// person before "held" the first side); an organization is named with it,
// and a capitalized noun opening a schedule item is a meeting then.
func TestFindWithCounterpart(t *testing.T) {
	runFind(t, []findCase{
		{"held talks with a person", fixture{
			text:  "On 2 March, President Ana Silva held talks with Jorge Ramos in Quito.",
			dates: map[string]string{"2 March": "2024-03-02"}, people: []string{"Ana Silva", "Jorge Ramos"}, cities: map[string]string{"Quito": "EC"}},
			[]brief{{name: "talks with Jorge Ramos", dates: "2024-03-02", chairs: "p2,p1", place: "Quito"}}},
		{"schedule item, meeting with an organization", fixture{
			text:  "Programme\n4 June: Meeting with the Federation of Andean Exporters (FAE) and local firms\n5 June: Site visit",
			dates: map[string]string{"4 June": "2024-06-04", "5 June": "2024-06-05"}, agency: []string{"Federation of Andean Exporters"}},
			[]brief{{name: "Meeting with the Federation of Andean Exporters (FAE)", dates: "2024-06-04"}}},
		{"a meeting with an organization on a day", fixture{
			text:  "The Minister held a meeting with the Baltic Ports Authority on 9 May 2023.",
			dates: map[string]string{"9 May 2023": "2023-05-09"}, agency: []string{"Baltic Ports Authority"}},
			[]brief{{name: "meeting with the Baltic Ports Authority", dates: "2023-05-09"}}},
		{"a heading word without a counterpart is none", fixture{
			text:  "Programme\n4 June: Meeting\n",
			dates: map[string]string{"4 June": "2024-06-04"}},
			nil},
	})
}

// A body's name after a verb of taking part names its meeting; an event
// noun that runs on into a venue noun names a building.
func TestFindAttendedBodyAndVenues(t *testing.T) {
	runFind(t, []findCase{
		{"attended the Working Group", fixture{
			text:  "The Vice-Minister visited Geneva from April 14 to 16, 2025, and attended the Council Working Group on Data Flows.",
			dates: map[string]string{"from April 14 to 16, 2025": "2025-04-14/2025-04-16"}, cities: map[string]string{"Geneva": "CH"}},
			[]brief{{name: "Council Working Group on Data Flows", dates: "2025-04-14/2025-04-16"}}},
		{"took part in the Joint Committee", fixture{
			text:  "On 3 May 2022 officials took part in the Nordic-Andean Joint Committee in Oslo.",
			dates: map[string]string{"3 May 2022": "2022-05-03"}, cities: map[string]string{"Oslo": "NO"}},
			[]brief{{series: "Nordic-Andean Joint Committee", dates: "2022-05-03", place: "Oslo"}}},
		{"a body merely named is no meeting", fixture{
			text:  "On 3 May 2022 the Nordic-Andean Joint Committee published its report.",
			dates: map[string]string{"3 May 2022": "2022-05-03"}},
			nil},
		{"conference centre is a venue", fixture{
			text:  "The Water Forum opened on 7 July 2025 at the International Conference Centre Geneva.",
			dates: map[string]string{"7 July 2025": "2025-07-07"}},
			[]brief{{name: "Water Forum", dates: "2025-07-07"}}},
		{"summit hall is a venue", fixture{
			text:  "Delegates gathered on 2 June 2024 in the Summit Hall of the Andean Palace for the Lima Trade Dialogue.",
			dates: map[string]string{"2 June 2024": "2024-06-02"}},
			[]brief{{name: "Lima Trade Dialogue", dates: "2024-06-02"}}},
	})
}

// A bare noun placed in time against in a clause of its own ("Ahead of
// the Summit, on May 17, ...") takes no date; the dates after the comma
// are the next mention's.
func TestFindTimedAgainstTakesNoDate(t *testing.T) {
	runFind(t, []findCase{
		{"ahead of the Summit", fixture{
			text:  "Ahead of the Summit, on 17 May, President Ana Silva held talks with Jorge Ramos.",
			dates: map[string]string{"17 May": "2023-05-17"}, people: []string{"Ana Silva", "Jorge Ramos"}},
			[]brief{{name: "talks with Jorge Ramos", dates: "2023-05-17"}}},
		{"after the Forum", fixture{
			text:  "After the Forum, on 9 October 2022, the ministers held a meeting with the Andean Development Bank.",
			dates: map[string]string{"9 October 2022": "2022-10-09"}, agency: []string{"Andean Development Bank"}},
			[]brief{{name: "meeting with the Andean Development Bank", dates: "2022-10-09"}}},
		{"following the Conference", fixture{
			text:  "Following the Conference, on 4 May 2021, the President held talks with Jorge Ramos.",
			dates: map[string]string{"4 May 2021": "2021-05-04"}, people: []string{"Jorge Ramos"}},
			[]brief{{name: "talks with Jorge Ramos", dates: "2021-05-04"}}},
		{"the Conference on a day is the Conference's day", fixture{
			text:  "Following the Conference on 4 May 2021 the President held talks with Jorge Ramos.",
			dates: map[string]string{"4 May 2021": "2021-05-04"}, people: []string{"Jorge Ramos"}},
			nil},
	})
}
