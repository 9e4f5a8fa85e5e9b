package events

import "testing"

// Meetings joined by "and" before one date clause share its date and
// place.
func TestFindCoordinated(t *testing.T) {
	runFind(t, []findCase{
		{"next meeting and next round", fixture{
			text:  "The ministers agreed that the next meeting of the Coastal Policy Consultations and the next round of the Reef Strategic Dialogue will be held in Cairns in 2026.",
			dates: map[string]string{"2026": "2026"}, cities: map[string]string{"Cairns": "AU"}},
			[]brief{{series: "Coastal Policy Consultations", dates: "2026", place: "Cairns"}, {series: "Reef Strategic Dialogue", dates: "2026", place: "Cairns"}}},
		{"two named meetings were held", fixture{
			text:  "The Alpine Water Forum and the Alpine Energy Summit were held in Bolzano on 4 May 2023.",
			dates: map[string]string{"4 May 2023": "2023-05-04"}, cities: map[string]string{"Bolzano": "IT"}},
			[]brief{{series: "Alpine Water Forum", dates: "2023-05-04", place: "Bolzano"}, {series: "Alpine Energy Summit", dates: "2023-05-04", place: "Bolzano"}}},
		{"a workshop and a seminar took place", fixture{
			text:  "A Sahel Drought Workshop and a Sahel Seed Seminar took place in Bamako in March 2022.",
			dates: map[string]string{"March 2022": "2022-03"}, cities: map[string]string{"Bamako": "ML"}},
			[]brief{{series: "Sahel Drought Workshop", dates: "2022-03", place: "Bamako"}, {series: "Sahel Seed Seminar", dates: "2022-03", place: "Bamako"}}},
		{"a dated first conjunct keeps its date", fixture{
			text:  "The Alpine Water Forum on 3 May 2023 and the Alpine Energy Summit on 4 May 2023 were held in Bolzano.",
			dates: map[string]string{"3 May 2023": "2023-05-03", "4 May 2023": "2023-05-04"}, cities: map[string]string{"Bolzano": "IT"}},
			[]brief{{series: "Alpine Water Forum", dates: "2023-05-03"}, {series: "Alpine Energy Summit", dates: "2023-05-04"}}},
	})
}
