package events

import "testing"

// A meeting held alongside another ("in conjunction with", "on the
// sidelines of") took place when that one did, unless it has its own date.
func TestFindAlongside(t *testing.T) {
	runFind(t, []findCase{
		{"in conjunction with", fixture{
			text:  "The inaugural Youth Water Dialogue was conducted in conjunction with the Andean Ministerial Meeting on Water in October 2021.",
			dates: map[string]string{"October 2021": "2021-10"}},
			[]brief{{series: "Youth Water Dialogue", ordinal: 1, dates: "2021-10"}, {dates: "2021-10"}}},
		{"on the sidelines of", fixture{
			text:  "A Nordic Business Roundtable took place on the sidelines of the Arctic Council Ministerial in Tromso on 4 May 2023.",
			dates: map[string]string{"4 May 2023": "2023-05-04"}, cities: map[string]string{"Tromso": "NO"}},
			[]brief{{series: "Nordic Business Roundtable", dates: "2023-05-04"}, {dates: "2023-05-04", place: "Tromso"}}},
		{"its own date first", fixture{
			text:  "The Baltic Energy Forum on 2 May 2023 was held alongside the Nordic Energy Summit on 3-4 May 2023.",
			dates: map[string]string{"2 May 2023": "2023-05-02", "3-4 May 2023": "2023-05-03/2023-05-04"}},
			[]brief{{dates: "2023-05-02"}, {dates: "2023-05-03/2023-05-04"}}},
	})
}

// A numbered organization's name is a round of it ("the 30th ASEAN
// Regional Forum"); a pointer before a body's name makes it a meeting
// ("the previous Association Council").
func TestFindNumberedAndPointedBodies(t *testing.T) {
	runFind(t, []findCase{
		{"ordinal before an organization's name", fixture{
			text:  "Ministers attended the 30th Andean Regional Forum (ARF) on 14 July 2023.",
			dates: map[string]string{"14 July 2023": "2023-07-14"}, agency: []string{"Andean Regional Forum"}},
			[]brief{{name: "30th Andean Regional Forum (ARF)", ordinal: 30, dates: "2023-07-14"}}},
		{"the organization's name runs on", fixture{
			text:  "The 52nd Island States Forum Leaders Meeting was held in Apia on 6 November 2023.",
			dates: map[string]string{"6 November 2023": "2023-11-06"}, agency: []string{"Island States Forum"}, cities: map[string]string{"Apia": "WS"}},
			[]brief{{series: "Island States Forum Leaders Meeting", ordinal: 52, dates: "2023-11-06", place: "Apia"}}},
		{"an organization without a number is none", fixture{
			text:  "The Andean Regional Forum published a report on 14 July 2023.",
			dates: map[string]string{"14 July 2023": "2023-07-14"}, agency: []string{"Andean Regional Forum"}},
			nil},
		{"the previous Council", fixture{
			text:  "The previous Association Council, held in Brussels on 22 May 2024, endorsed the plan.",
			dates: map[string]string{"22 May 2024": "2024-05-22"}, cities: map[string]string{"Brussels": "BE"}},
			[]brief{{series: "Association Council", dates: "2024-05-22", place: "Brussels"}}},
		{"the last Joint Committee", fixture{
			text:  "Officials recalled that the last Joint Committee met in Oslo on 3 March 2022.",
			dates: map[string]string{"3 March 2022": "2022-03-03"}, cities: map[string]string{"Oslo": "NO"}},
			[]brief{{series: "Joint Committee", dates: "2022-03-03", place: "Oslo"}}},
	})
}
