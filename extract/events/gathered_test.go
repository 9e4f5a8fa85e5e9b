package events

import "testing"

// The people right after a chair-after cue chair the event, in three
// wordings.
func TestFindChairAfter(t *testing.T) {
	runFind(t, []findCase{
		{"convened by co-chairs", fixture{
			text:   "The Danube Flood Task Force met on 5 May 2021, convened by co-chairs Mira Holt, River Envoy, and Tomas Vey, Head of Cabinet.",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			people: []string{"Mira Holt", "Tomas Vey"}},
			[]brief{{chairs: "p1,p2"}}},
		{"under the leadership of", fixture{
			text:   "The 3rd Danube Flood Dialogue took place on 5 May 2021 under the leadership of Mira Holt and Tomas Vey.",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			people: []string{"Mira Holt", "Tomas Vey"}},
			[]brief{{chairs: "p1,p2"}}},
		{"under the chairmanship of", fixture{
			text:   "The 4th Alpine Water Conference opened on 9 June 2022 under the chairmanship of Mira Holt.",
			dates:  map[string]string{"9 June 2022": "2022-06-09"},
			people: []string{"Mira Holt"}},
			[]brief{{chairs: "p1"}}},
	})
}

// A release whose opening says only that people met names the meeting by
// its title: the event phrase after the genre, or the subject before it
// with the noun the sentence uses.
func TestFindGathered(t *testing.T) {
	runFind(t, []findCase{
		{"title names the meeting after the genre", fixture{
			title:  "Joint Readout of Trilateral Meeting Between the River Envoys of Austria, Hungary and Serbia",
			text:   "River Envoy Mira Holt of Austria, River Envoy Tomas Vey of Hungary and River Envoy Ana Petrov of Serbia gathered on 5 May 2021 in Vienna to discuss floods.",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			people: []string{"Mira Holt", "Tomas Vey", "Ana Petrov"}, cities: map[string]string{"Vienna": "AT"}},
			[]brief{{name: "Trilateral Meeting Between the River Envoys of Austria, Hungary and Serbia", dates: "2021-05-05", place: "Vienna", chairs: "p1,p2,p3"}}},
		{"title subject and the noun after the verb", fixture{
			title:  "Austria-Hungary Flood Envoys’ Joint Press Statement",
			text:   "Flood Envoy Mira Holt of Austria and Flood Envoy Tomas Vey of Hungary met for talks on 5 May 2021 in Vienna.",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			people: []string{"Mira Holt", "Tomas Vey"}, cities: map[string]string{"Vienna": "AT"}},
			[]brief{{name: "Austria-Hungary Flood Envoys’ talks", dates: "2021-05-05", chairs: "p1,p2"}}},
		{"readout of a meeting", fixture{
			title:  "Readout of the Meeting of the Danube Ministers",
			text:   "Minister Mira Holt and Minister Tomas Vey met on 9 June 2022 in Budapest.",
			dates:  map[string]string{"9 June 2022": "2022-06-09"},
			people: []string{"Mira Holt", "Tomas Vey"}, cities: map[string]string{"Budapest": "HU"}},
			[]brief{{name: "Meeting of the Danube Ministers", dates: "2022-06-09", chairs: "p1,p2"}}},
		{"one person met no one", fixture{
			title:  "Readout of the Meeting of the Danube Ministers",
			text:   "Minister Mira Holt met on 9 June 2022 in Budapest.",
			dates:  map[string]string{"9 June 2022": "2022-06-09"},
			people: []string{"Mira Holt"}},
			nil},
		{"a title without a meeting or a genre", fixture{
			title:  "Floods on the Danube",
			text:   "Minister Mira Holt and Minister Tomas Vey met on 9 June 2022 in Budapest.",
			dates:  map[string]string{"9 June 2022": "2022-06-09"},
			people: []string{"Mira Holt", "Tomas Vey"}},
			nil},
	})
}

// A body's name followed by "will take place" or "will be held" is a
// meeting of it; an ordinal or "next" before the name numbers or points to
// a round of the body's series, not to another series.
func TestFindBodyRounds(t *testing.T) {
	runFind(t, []findCase{
		{"next committee will be held", fixture{
			text:  "The fifth meeting of the Alpine-Baltic Joint Committee took place in Riga on 11 June 2025.\n\nThe next Joint Committee will be held in Vienna in 2026.",
			dates: map[string]string{"11 June 2025": "2025-06-11", "2026": "2026"}},
			[]brief{{series: "Alpine-Baltic Joint Committee", dates: "2025-06-11"}, {name: "next Joint Committee", series: "Alpine-Baltic Joint Committee", dates: "2026"}}},
		{"fourth council will take place", fixture{
			text:  "The third meeting of the Alpine-Baltic Digital Council took place on 13 March 2025.\n\nThe fourth Digital Council will take place in Vienna in 2026.",
			dates: map[string]string{"13 March 2025": "2025-03-13", "2026": "2026"}},
			[]brief{{series: "Alpine-Baltic Digital Council", ordinal: 3, dates: "2025-03-13"}, {name: "fourth Digital Council", series: "Alpine-Baltic Digital Council", ordinal: 4, dates: "2026"}}},
		{"upcoming board is held", fixture{
			text:  "The upcoming Harbour Board is held on 5 May 2026 in Riga.",
			dates: map[string]string{"5 May 2026": "2026-05-05"}},
			[]brief{{name: "Harbour Board", series: "Harbour Board", dates: "2026-05-05"}}},
	})
}

// The opening meeting dated only by the year in its name takes the full
// date of a later sentence that says only that a meeting met in that year.
func TestFindYearRefined(t *testing.T) {
	runFind(t, []findCase{
		{"met virtually on", fixture{
			text:  "The statement was released by the members on the occasion of the 2021 Friends of the Danube Ministerial Meeting, which many members attended in person or online.\n\nThe Heads of Delegation met virtually on August 5, 2021.",
			dates: map[string]string{"2021 Friends": "2021", "August 5, 2021": "2021-08-05"}},
			[]brief{{dates: "2021-08-05"}}},
		{"gathered in", fixture{
			text:  "This joint statement marks the 2023 Alpine Water Ministerial Meeting, the tenth since the partnership began, and sets out the work of the coming years for all members.\n\nMinisters gathered in Vienna on 9 June 2023.",
			dates: map[string]string{"2023 Alpine": "2023", "9 June 2023": "2023-06-09"}},
			[]brief{{dates: "2023-06-09"}}},
		{"another year leaves it", fixture{
			text:  "This joint statement marks the 2023 Alpine Water Ministerial Meeting, the tenth since the partnership began, and sets out the work of the coming years for all members.\n\nMinisters met in Vienna on 9 June 2022.",
			dates: map[string]string{"2023 Alpine": "2023", "9 June 2022": "2022-06-09"}},
			[]brief{{dates: "2023"}}},
	})
}
