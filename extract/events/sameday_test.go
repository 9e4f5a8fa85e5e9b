package events

import "testing"

// A mention placed on a day by a same-day phrase takes the day last
// written before it (or the release date for "earlier today"); talks of
// named people join a meeting of their very date, not a longer one that
// contains it.
func TestFindSameDay(t *testing.T) {
	runFind(t, []findCase{
		{"earlier in the day, after a conference range", fixture{
			text:   "GENEVA, 4 June 2024 – Ministers opened the Alpine Water Conference, held from 3 to 7 June. Earlier in the day, Minister Ana Duarte and Minister Karl Lind held talks on river transport.",
			dates:  map[string]string{"4 June 2024": "2024-06-04", "3 to 7 June": "2024-06-03/2024-06-07"},
			people: []string{"Ana Duarte", "Karl Lind"}, pub: "2024-06-04"},
			[]brief{{series: "Alpine Water Conference", dates: "2024-06-03/2024-06-07"}, {name: "talks", dates: "2024-06-04", chairs: "p1,p2"}}},
		{"signed on the same day", fixture{
			text:  "The Danube Shipping Council met in Vienna on 2 May 2024. Ministers welcomed a memorandum of understanding between the Port of Linz and the Port of Ruse, signed on the same day.",
			dates: map[string]string{"2 May 2024": "2024-05-02"}, agency: []string{"Port of Linz", "Port of Ruse"}, cities: map[string]string{"Vienna": "AT"}},
			[]brief{{series: "Danube Shipping Council", dates: "2024-05-02"}, {dates: "2024-05-02"}}},
		{"earlier today, the release date", fixture{
			text:   "LIMA, 5 May 2022 – The two ministers reviewed trade. Earlier today, Minister Lea Marin and Minister Tomas Berg held talks at the Foreign Ministry.",
			dates:  map[string]string{"5 May 2022": "2022-05-05"},
			people: []string{"Lea Marin", "Tomas Berg"}, pub: "2022-05-05"},
			[]brief{{name: "talks", dates: "2022-05-05", chairs: "p1,p2"}}},
		{"no day written before", fixture{
			text:   "Earlier in the day, Minister Lea Marin and Minister Tomas Berg held talks.",
			people: []string{"Lea Marin", "Tomas Berg"}},
			nil},
	})
}
