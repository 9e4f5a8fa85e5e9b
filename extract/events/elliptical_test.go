package events

import "testing"

// A round named by its ordinal alone before a meeting verb ("and the
// fourth will take place in 2026") is a round of the series named before
// it in its sentence.
func TestFindEllipticalRounds(t *testing.T) {
	runFind(t, []findCase{
		{"the fourth will take place", fixture{
			text:  "The second Andean Forum on Water was held in Quito on 5 and 6 February 2024, and the fourth will take place in 2026.",
			dates: map[string]string{"5 and 6 February 2024": "2024-02-05/2024-02-06", "2026": "2026"}, cities: map[string]string{"Quito": "EC"}},
			[]brief{{ordinal: 2, dates: "2024-02-05/2024-02-06"}, {series: "Andean Forum on Water", ordinal: 4, dates: "2026"}}},
		{"the 13th will be held", fixture{
			text:  "Officials prepared the 12th Baltic Rail Summit in Riga in May 2023; the 13th will be held in Vilnius in 2024.",
			dates: map[string]string{"May 2023": "2023-05", "2024": "2024"}, cities: map[string]string{"Riga": "LV", "Vilnius": "LT"}},
			[]brief{{ordinal: 12, dates: "2023-05"}, {series: "Baltic Rail Summit", ordinal: 13, dates: "2024", place: "Vilnius"}}},
		{"no numbered round before it", fixture{
			text:  "The Andean Forum was a success. Officials said the first will take place in 2026.",
			dates: map[string]string{"2026": "2026"}},
			nil},
	})
}

// A bare lowercase event noun takes up to three lowercase words before it.
func TestFindThreeAdjuncts(t *testing.T) {
	runFind(t, []findCase{
		{"joint civil society forum", fixture{
			text:  "The joint civil society forum will take place in Brussels in 2025.",
			dates: map[string]string{"2025": "2025"}, cities: map[string]string{"Brussels": "BE"}},
			[]brief{{name: "joint civil society forum", dates: "2025", place: "Brussels"}}},
		{"annual regional energy dialogue", fixture{
			text:  "Officials held the annual regional energy dialogue in Lima on 4 May 2022.",
			dates: map[string]string{"4 May 2022": "2022-05-04"}, cities: map[string]string{"Lima": "PE"}},
			[]brief{{name: "annual regional energy dialogue", dates: "2022-05-04"}}},
		{"four words are too many", fixture{
			text:  "The new joint civil society forum will take place in Brussels in 2025.",
			dates: map[string]string{"2025": "2025"}, cities: map[string]string{"Brussels": "BE"}},
			nil},
	})
}
