package events

import "testing"

// Ceremonies are events; a signing ceremony is a signing, named with the
// documents it signs and joining no other meeting of its date.
func TestFindCeremonies(t *testing.T) {
	runFind(t, []findCase{
		{"commemorative ceremony", fixture{
			text:  "Ministers attended a commemorative ceremony at the National Library on 9 May 2024.",
			dates: map[string]string{"9 May 2024": "2024-05-09"}},
			[]brief{{name: "commemorative ceremony", dates: "2024-05-09"}}},
		{"wreath-laying ceremony", fixture{
			text:  "A wreath-laying ceremony took place in Apia on 1 June 2023.",
			dates: map[string]string{"1 June 2023": "2023-06-01"}, cities: map[string]string{"Apia": "WS"}},
			[]brief{{name: "wreath-laying ceremony", dates: "2023-06-01", place: "Apia"}}},
		{"signing ceremony with its documents, inside a meeting's range", fixture{
			text:  "The Andean Ports Conference was held in Lima from 3 to 6 June 2024. The signing ceremony of four port cooperation documents took place on 5 June 2024.",
			dates: map[string]string{"3 to 6 June 2024": "2024-06-03/2024-06-06", "5 June 2024": "2024-06-05"}, cities: map[string]string{"Lima": "PE"}},
			[]brief{{series: "Andean Ports Conference", dates: "2024-06-03/2024-06-06"}, {name: "signing ceremony of four port cooperation documents", dates: "2024-06-05"}}},
		{"signing ceremony for instruments", fixture{
			text:  "A signing ceremony for instruments of ratification will be held in Suva on 14 August 2025.",
			dates: map[string]string{"14 August 2025": "2025-08-14"}, cities: map[string]string{"Suva": "FJ"}},
			[]brief{{name: "signing ceremony for instruments", dates: "2025-08-14", place: "Suva"}}},
	})
}

// "Discussions" with a named other side are talks; "Exchange" is an event
// only in a capitalized name.
func TestFindDiscussionsAndExchanges(t *testing.T) {
	runFind(t, []findCase{
		{"held discussions with a person", fixture{
			text:   "President Ana Duarte held discussions with Prime Minister Karl Lind in Lisbon on 2 April 2024.",
			dates:  map[string]string{"2 April 2024": "2024-04-02"},
			people: []string{"Ana Duarte", "Karl Lind"}, cities: map[string]string{"Lisbon": "PT"}},
			[]brief{{name: "discussions with Prime Minister Karl Lind", dates: "2024-04-02", place: "Lisbon"}}},
		{"bilateral discussions with a person", fixture{
			text:   "On 7 October 2023, Foreign Minister Lea Marin held bilateral discussions with Minister Tomas Berg.",
			dates:  map[string]string{"7 October 2023": "2023-10-07"},
			people: []string{"Lea Marin", "Tomas Berg"}},
			[]brief{{name: "bilateral discussions with Minister Tomas Berg", dates: "2023-10-07"}}},
		{"numbered capitalized exchange", fixture{
			text:  "A delegation attended the 9th Nordic-Baltic Youth Exchange, held in Riga from 4 to 6 July 2022.",
			dates: map[string]string{"4 to 6 July 2022": "2022-07-04/2022-07-06"}, cities: map[string]string{"Riga": "LV"}},
			[]brief{{name: "9th Nordic-Baltic Youth Exchange", series: "Nordic-Baltic Youth Exchange", ordinal: 9, dates: "2022-07-04/2022-07-06", place: "Riga"}}},
		{"a capitalized exchange named with its series", fixture{
			text:  "The Pacific Parliamentary Exchange took place in Honiara on 3 March 2021.",
			dates: map[string]string{"3 March 2021": "2021-03-03"}, cities: map[string]string{"Honiara": "SB"}},
			[]brief{{name: "Pacific Parliamentary Exchange", dates: "2021-03-03", place: "Honiara"}}},
		{"a lower-case exchange is none", fixture{
			text:  "The two sides held an exchange of views in Riga on 4 July 2022.",
			dates: map[string]string{"4 July 2022": "2022-07-04"}, cities: map[string]string{"Riga": "LV"}},
			nil},
	})
}
