package events

import "testing"

// A signing the release reports as done, with no date of its own, took
// place at the meeting the release is about; else on the date a later
// sentence gives it, else on the dateline's or the release's date. A
// signing still to come, or one named after "since", takes no date.
func TestFindReportedSigning(t *testing.T) {
	runFind(t, []findCase{
		{"witnessed the signing at the meeting held today", fixture{
			text:  "Riga, 3 May 2022\n\nThe ministers co-chaired the 5th Baltic Energy Council in Riga today.\n\nThe ministers witnessed the signing of two agreements on grid links.",
			dates: map[string]string{"3 May 2022": "2022-05-03"}, rel: map[string]string{"today": "2022-05-03"},
			pub: "2022-05-03", cities: map[string]string{"Riga": "LV"}},
			[]brief{{ordinal: 5, dates: "2022-05-03", place: "Riga"}, {name: "signing of two agreements", dates: "2022-05-03", place: "Riga"}}},
		{"signed a document at a meeting dated the day before the release", fixture{
			text:  "The 3rd Andes Trade Commission was held on 9 June 2021 in Lima.\n\nBoth delegations signed a memorandum of understanding on customs data.",
			dates: map[string]string{"9 June 2021": "2021-06-09"}, pub: "2021-06-10", cities: map[string]string{"Lima": "PE"}},
			[]brief{{ordinal: 3, dates: "2021-06-09"}, {name: "signing of a memorandum of understanding", dates: "2021-06-09", place: "Lima"}}},
		{"no meeting: the release date", fixture{
			text:  "Port Louis, 14 March 2023 - The Prime Minister received the visiting President at the State House.\n\nThe two leaders oversaw the signing of three protocols on fisheries and tourism.",
			dates: map[string]string{"14 March 2023": "2023-03-14"}, pub: "2023-03-14"},
			[]brief{{name: "signing of three protocols", dates: "2023-03-14"}}},
		{"a later sentence dates the document's signing", fixture{
			text:  "The two universities have signed a new Memorandum of Understanding (MoU) on soil science.\n\nThe MoU was signed by both rectors during a visit to Accra on 2 May 2024.",
			dates: map[string]string{"2 May 2024": "2024-05-02"}, pub: "2024-05-20"},
			[]brief{{dates: "2024-05-02"}}},
		{"a signing still to come is not dated by the meeting", fixture{
			text:  "The 4th Nile Basin Council was held in Kampala on 2 April 2023.\n\nSeveral agreements are to be signed a month later.",
			dates: map[string]string{"2 April 2023": "2023-04-02"}, pub: "2023-04-02"},
			[]brief{{ordinal: 4, dates: "2023-04-02"}}},
		{"a perfect may be any time before: not dated by the meeting", fixture{
			text:  "The 4th Nile Basin Council was held in Kampala on 2 April 2023.\n\nThe two water agencies have signed a memorandum of understanding and started joint research.",
			dates: map[string]string{"2 April 2023": "2023-04-02"}, pub: "2023-04-02"},
			[]brief{{ordinal: 4, dates: "2023-04-02"}}},
		{"the signing since which relations grew is not reported as done", fixture{
			text:  "The 4th Nile Basin Council was held in Kampala on 2 April 2023.\n\nTrade has doubled since the signing of the agreement.",
			dates: map[string]string{"2 April 2023": "2023-04-02"}, pub: "2023-04-02"},
			[]brief{{ordinal: 4, dates: "2023-04-02"}}},
	})
}

// A short form of a series names the series whose name it starts before
// the complement: "the Joint Commission" of "Indo-Thai Joint Commission on
// Trade".
func TestFindShortFormBeforeComplement(t *testing.T) {
	runFind(t, []findCase{
		{"title's short form, body's full name", fixture{
			title: "Thailand, India hold 6th Joint Commission meeting",
			text:  "Thailand, India hold 6th Joint Commission meeting\n\n12 May 2019\n\nThe 6th Meeting of the India-Thailand Joint Commission on Bilateral Cooperation was held on 11 May 2019 in Bangkok with delegations from both sides present.",
			dates: map[string]string{"12 May 2019": "2019-05-12", "11 May 2019": "2019-05-11"}, pub: "2019-05-12", cities: map[string]string{"Bangkok": "TH"}},
			[]brief{{ordinal: 6, series: "India-Thailand Joint Commission on Bilateral Cooperation", dates: "2019-05-11"}}},
		{"short form of a council for a sector", fixture{
			text:  "The 2nd Nordic Energy Council for Offshore Wind met in Oslo on 3 March 2020. The next Energy Council will meet in 2021.",
			dates: map[string]string{"3 March 2020": "2020-03-03", "2021": "2021"}},
			[]brief{{ordinal: 2, dates: "2020-03-03"}, {series: "Nordic Energy Council for Offshore Wind", dates: "2021"}}},
		{"a later round named by the short form", fixture{
			text:  "The 5th Kenya-Uganda Joint Permanent Commission on Cooperation met in Kampala on 3 March 2021. The 6th Joint Permanent Commission was held in Nairobi on 8 May 2022.",
			dates: map[string]string{"3 March 2021": "2021-03-03", "8 May 2022": "2022-05-08"}, cities: map[string]string{"Kampala": "UG", "Nairobi": "KE"}},
			[]brief{{ordinal: 5, dates: "2021-03-03"}, {ordinal: 6, series: "Kenya-Uganda Joint Permanent Commission on Cooperation", dates: "2022-05-08", place: "Nairobi"}}},
	})
}

// A meeting named only by its verb in the headline is no event: the body
// reports the meeting, or none.
func TestFindHeadlineVerb(t *testing.T) {
	runFind(t, []findCase{
		{"headline meets a philanthropist", fixture{
			title: "President Okoro meets Ada Lind in Geneva",
			text:  "President Okoro meets Ada Lind in Geneva\n14 May 2025\n\nThe President discussed vaccine funding with the foundation's chair.",
			dates: map[string]string{"14 May 2025": "2025-05-14"}, pub: "2025-05-14",
			people: []string{"Okoro", "Ada Lind"}},
			nil},
		{"headline with a final period", fixture{
			title: "Minister Vale meets Tomas Berg.",
			text:  "Minister Vale meets Tomas Berg.\n2 June 2024\n\nThey spoke about rail freight.",
			dates: map[string]string{"2 June 2024": "2024-06-02"}, pub: "2024-06-02",
			people: []string{"Vale", "Tomas Berg"}},
			nil},
		{"the body's verb still names the meeting", fixture{
			title: "Minister Vale meets Tomas Berg",
			text:  "Minister Vale meets Tomas Berg\n\nOn 2 June 2024 Minister Vale met Tomas Berg in Bergen.",
			dates: map[string]string{"2 June 2024": "2024-06-02"}, pub: "2024-06-02",
			people: []string{"Vale", "Tomas Berg"}, cities: map[string]string{"Bergen": "NO"}},
			[]brief{{dates: "2024-06-02", chairs: "p1,p2"}}},
	})
}

// A bare noun after "held"/"hosted" is the meeting of the two or more
// people named before the verb, who chair it; one person leaves it bare.
func TestFindHeldBy(t *testing.T) {
	runFind(t, []findCase{
		{"two presidents held talks", fixture{
			text:   "President Ana Lopes and President Rui Mota held talks in Maputo on 3 May 2022.",
			dates:  map[string]string{"3 May 2022": "2022-05-03"},
			people: []string{"Ana Lopes", "Rui Mota"}, cities: map[string]string{"Maputo": "MZ"}},
			[]brief{{name: "talks", dates: "2022-05-03", place: "Maputo", chairs: "p1,p2"}}},
		{"three ministers held consultations", fixture{
			text:   "Minister Eva Lind, Minister Ola Berg and Minister Kai Moe held consultations on 9 June 2021 on Arctic shipping.",
			dates:  map[string]string{"9 June 2021": "2021-06-09"},
			people: []string{"Eva Lind", "Ola Berg", "Kai Moe"}},
			[]brief{{dates: "2021-06-09", chairs: "p1,p2,p3"}}},
		{"held a roundtable", fixture{
			text:   "On 4 April 2023, Secretary Tom Vale and Vice Minister Ida Roos held a roundtable in Oslo.",
			dates:  map[string]string{"4 April 2023": "2023-04-04"},
			people: []string{"Tom Vale", "Ida Roos"}, cities: map[string]string{"Oslo": "NO"}},
			[]brief{{dates: "2023-04-04", chairs: "p1,p2"}}},
		{"one person held talks: still bare", fixture{
			text:   "President Ana Lopes held talks in Maputo on 3 May 2022.",
			dates:  map[string]string{"3 May 2022": "2022-05-03"},
			people: []string{"Ana Lopes"}, cities: map[string]string{"Maputo": "MZ"}},
			nil},
	})
}
