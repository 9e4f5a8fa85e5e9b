package events

import (
	"testing"
)

// match compares the stated fields of want with got; "-" states an empty
// field.
func match(got, want brief) bool {
	eq := func(g, w string) bool { return w == "" || (w == "-" && g == "") || g == w }
	return eq(got.name, want.name) && eq(got.series, want.series) && (want.ordinal == 0 || got.ordinal == want.ordinal ||
		(want.ordinal < 0 && got.ordinal == 0)) && eq(got.dates, want.dates) && eq(got.place, want.place) &&
		eq(got.chairs, want.chairs) && eq(got.hosts, want.hosts) && eq(got.parts, want.parts)
}

type findCase struct {
	name string
	fx   fixture
	want []brief
}

func runFind(t *testing.T, cases []findCase) {
	t.Helper()
	f := newFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := f.Find(tc.fx.input())
			if len(got) != len(tc.want) {
				t.Fatalf("got %d events, want %d: %+v", len(got), len(tc.want), got)
			}
			for i := range got {
				if b := briefOf(got[i]); !match(b, tc.want[i]) {
					t.Errorf("event %d:\n got  %+v\n want %+v", i, b, tc.want[i])
				}
			}
		})
	}
}

// Names: an ordinal, capitalized words and the head noun, "of the" a
// series, a bracketed acronym.
func TestFindNames(t *testing.T) {
	runFind(t, []findCase{
		{"ordinal, round of a series", fixture{
			text:  "The Third Meeting of the Nordic-Baltic Water Forum was held in Riga on 4 May 2019.",
			dates: map[string]string{"4 May 2019": "2019-05-04"}, cities: map[string]string{"Riga": "LV"}},
			[]brief{{name: "Third Meeting of the Nordic-Baltic Water Forum", series: "Nordic-Baltic Water Forum", ordinal: 3, dates: "2019-05-04", place: "Riga"}}},
		{"numeric ordinal before a proper name", fixture{
			text:  "Delegates gathered for the 12th Andean Soil Conference in Quito from 2 to 4 June 2021.",
			dates: map[string]string{"2 to 4 June 2021": "2021-06-02/2021-06-04"}, cities: map[string]string{"Quito": "EC"}},
			[]brief{{name: "12th Andean Soil Conference", series: "Andean Soil Conference", ordinal: 12, place: "Quito"}}},
		{"level phrase is no series, bracketed acronym kept", fixture{
			text:  "On 9 March 2016, the second Vice-Minister-level session of the Coral Sea Fisheries Commission (CSFC) opened in Suva.",
			dates: map[string]string{"9 March 2016": "2016-03-09"}, cities: map[string]string{"Suva": "FJ"}},
			[]brief{{name: "second Vice-Minister-level session of the Coral Sea Fisheries Commission (CSFC)", series: "Coral Sea Fisheries Commission", ordinal: 2, place: "Suva"}}},
		{"superscript ordinal", fixture{
			text:  "Leaders met at the 7<sup>th</sup> Mekong-Lancang Summit in March 2020.",
			dates: map[string]string{"March 2020": "2020-03"}},
			[]brief{{series: "Mekong-Lancang Summit", ordinal: 7, dates: "2020-03"}}},
		{"ordinal words: first-ever, inaugural", fixture{
			text:  "The first-ever Arctic Youth Forum took place in June 2018. An inaugural Polar Science Workshop followed in July 2018.",
			dates: map[string]string{"June 2018": "2018-06", "July 2018": "2018-07"}},
			[]brief{{series: "Arctic Youth Forum", ordinal: 1}, {series: "Polar Science Workshop", ordinal: 1}}},
	})
}

// Dates: the date after a mention up to the next mention, else the one
// before it; "since" dates, relative dates alone and undated mentions make
// no event.
func TestFindDates(t *testing.T) {
	runFind(t, []findCase{
		{"two events in one sentence", fixture{
			text:  "The agency held the 4th Delta Shipping Seminar on 1 April, followed by the 9th Delta Port Dialogue on 3 April 2022.",
			dates: map[string]string{"1 April": "2022-04-01", "3 April 2022": "2022-04-03"}},
			[]brief{{ordinal: 4, dates: "2022-04-01"}, {ordinal: 9, dates: "2022-04-03"}}},
		{"date before the mention", fixture{
			text:  "In October 2015, the fifth round of the Tasman Trade Talks concluded.",
			dates: map[string]string{"October 2015": "2015-10"}},
			[]brief{{ordinal: 5, dates: "2015-10"}}},
		{"date inside the name", fixture{
			text:  "Ministers will attend the May 2024 Caspian Energy Conference.",
			dates: map[string]string{"May 2024": "2024-05"}},
			[]brief{{name: "Caspian Energy Conference", dates: "2024-05"}}},
		{"date that leads to the next mention", fixture{
			text:  "The Sahel Water Summit follows her speech in June 2025 at the Caspian Energy Conference in Baku.",
			dates: map[string]string{"June 2025": "2025-06"}},
			[]brief{{name: "Caspian Energy Conference", dates: "2025-06"}}},
		{"date at the mention after a comma", fixture{
			text:  "The 3rd Tasman Trade Talks built on work done in May 2024, at the Caspian Energy Conference.",
			dates: map[string]string{"May 2024": "2024-05"}},
			[]brief{{name: "Caspian Energy Conference", dates: "2024-05"}}},
		{"date after a mention stays its own", fixture{
			text:  "The Sahel Water Summit on 3 May 2024 at the Hotel Lakeview was followed by the Caspian Energy Conference on 9 May 2024.",
			dates: map[string]string{"3 May 2024": "2024-05-03", "9 May 2024": "2024-05-09"}},
			[]brief{{name: "Sahel Water Summit", dates: "2024-05-03"}, {name: "Caspian Energy Conference", dates: "2024-05-09"}}},
		{"since a year is no date of it", fixture{
			text:  "The Sahel Water Summit has been held every year since 2011.",
			dates: map[string]string{"2011": "2011"}},
			nil},
		{"undated mention", fixture{
			text: "The Sahel Water Summit discussed irrigation and drought."},
			nil},
		{"relative date alone", fixture{
			text: "The Sahel Water Summit will be held next month.",
			rel:  map[string]string{"next month": "2019-06"}},
			nil},
	})
}

// Places: a city or country after "in" or "at" (or in brackets after a
// venue); a city inside the name; a country after its city is the city's.
func TestFindPlaces(t *testing.T) {
	runFind(t, []findCase{
		{"in a city, country", fixture{
			text:   "The 2nd Red Sea Coral Workshop will be held in Jeddah, Saudi Arabia, in November 2023.",
			dates:  map[string]string{"November 2023": "2023-11"},
			cities: map[string]string{"Jeddah": "SA"}, ctries: map[string]string{"Saudi Arabia": "SA"}},
			[]brief{{place: "Jeddah"}}},
		{"venue in brackets", fixture{
			text:   "The Pacific Tuna Forum met on 2 May 2017 at the Harbour View Hotel (Apia).",
			dates:  map[string]string{"2 May 2017": "2017-05-02"},
			cities: map[string]string{"Apia": "WS"}},
			[]brief{{place: "Apia"}}},
		{"city in the name", fixture{
			text:   "The Lisbon Ocean Summit on 6 June 2022 adopted a declaration.",
			dates:  map[string]string{"6 June 2022": "2022-06-06"},
			cities: map[string]string{"Lisbon": "PT"}},
			[]brief{{place: "Lisbon"}}},
		{"countries of a pair are no venue", fixture{
			text:   "The Chile-Peru Border Commission met on 8 August 2019.",
			dates:  map[string]string{"8 August 2019": "2019-08-08"},
			ctries: map[string]string{"Chile": "CL", "Peru": "PE"}},
			[]brief{{place: "-"}}},
		{"a place not after in or at", fixture{
			text:   "Officials from Kenya joined the East African Rail Summit on 3 March 2018.",
			dates:  map[string]string{"3 March 2018": "2018-03-03"},
			ctries: map[string]string{"Kenya": "KE"}},
			[]brief{{place: "-"}}},
	})
}

// Chairs, hosts and participants from role cues.
func TestFindRoles(t *testing.T) {
	runFind(t, []findCase{
		{"co-chaired by", fixture{
			text:   "The 3rd Danube Flood Dialogue, co-chaired by Mira Holt and Tomas Vey, took place on 5 May 2021.",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			people: []string{"Mira Holt", "Tomas Vey"}},
			[]brief{{chairs: "p1,p2"}}},
		{"people before the verb", fixture{
			text:   "Mira Holt and Tomas Vey co-chaired the 3rd Danube Flood Dialogue on 5 May 2021.",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			people: []string{"Mira Holt", "Tomas Vey"}},
			[]brief{{chairs: "p1,p2"}}},
		{"a subject pronoun is the person named before", fixture{
			text:   "Minister Mira Holt arrived in Vienna on 4 May 2021. She and Tomas Vey co-chaired the 3rd Danube Flood Dialogue on 5 May 2021.",
			dates:  map[string]string{"4 May 2021": "2021-05-04", "5 May 2021": "2021-05-05"},
			people: []string{"Mira Holt", "Tomas Vey"}},
			[]brief{{chairs: "p1,p2"}}},
		{"a subject pronoun two sentences on", fixture{
			text:   "Ambassador Rui Costa visited Lisbon on 2 June 2022. The visit was his first. He co-chaired the 4th Atlantic Ports Forum on 3 June 2022.",
			dates:  map[string]string{"2 June 2022": "2022-06-02", "3 June 2022": "2022-06-03"},
			people: []string{"Rui Costa"}},
			[]brief{{ordinal: 4, chairs: "p1"}}},
		{"the person named last is the pronoun's", fixture{
			text:   "Lena Sato welcomed Tomas Vey to Oslo on 6 May 2023. He chaired the 2nd Nordic Grid Forum on 7 May 2023.",
			dates:  map[string]string{"6 May 2023": "2023-05-06", "7 May 2023": "2023-05-07"},
			people: []string{"Lena Sato", "Tomas Vey"}},
			[]brief{{ordinal: 2, chairs: "p2"}}},
		{"a pronoun with nobody named before stands for nobody", fixture{
			text:   "He and Tomas Vey co-chaired the 3rd Danube Flood Dialogue on 5 May 2021.",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			people: []string{"Tomas Vey"}},
			[]brief{{chairs: "p1"}}},
		{"a later sentence leads it", fixture{
			text:   "The 3rd Danube Flood Dialogue opens on 5 May 2021. Mira Holt will lead the talks for the host side.",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			people: []string{"Mira Holt"}},
			[]brief{{chairs: "p1"}}},
		{"label line", fixture{
			text:   "The 3rd Danube Flood Dialogue was held on 5 May 2021.\nCo-chairs: Mira Holt (Vienna) and Tomas Vey (Budapest)",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			people: []string{"Mira Holt", "Tomas Vey"}},
			[]brief{{chairs: "p1,p2"}}},
		{"hosted by bodies", fixture{
			text:   "The 3rd Danube Flood Dialogue was hosted by the River Agency and the Flood Office on 5 May 2021.",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			agency: []string{"River Agency", "Flood Office"}},
			[]brief{{hosts: "a1,a2"}}},
		{"a country will host", fixture{
			text:   "Austria will host the 4th Danube Flood Dialogue in June 2022.",
			dates:  map[string]string{"June 2022": "2022-06"},
			ctries: map[string]string{"Austria": "AT"}},
			[]brief{{hosts: "AT"}}},
		{"bodies hold it", fixture{
			text:   "The River Agency and the Flood Office held the 3rd Danube Flood Dialogue on 5 May 2021.",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			agency: []string{"River Agency", "Flood Office"}},
			[]brief{{hosts: "a1,a2"}}},
		{"participants", fixture{
			text:   "The 3rd Danube Flood Dialogue took place on 5 May 2021. The River Agency and the Flood Office participated in the dialogue.",
			dates:  map[string]string{"5 May 2021": "2021-05-05"},
			agency: []string{"River Agency", "Flood Office"}},
			[]brief{{parts: "a1,a2"}}},
	})
}

// Mentions of one event become one: the same series and ordinal, a bare
// round word of the main series, a bracketed alias, a seriesless mention
// ("the talks") whose date contains the event's.
func TestFindMerge(t *testing.T) {
	runFind(t, []findCase{
		{"same ordinal, second mention dates it", fixture{
			text:  "Results of the 6th Baltic Grid Forum\nAt the 6th Baltic Grid Forum in Tallinn on 2 June 2019, operators met.",
			dates: map[string]string{"2 June 2019": "2019-06-02"}, cities: map[string]string{"Tallinn": "EE"}},
			[]brief{{name: "6th Baltic Grid Forum", ordinal: 6, dates: "2019-06-02", place: "Tallinn"}}},
		{"bare round word takes the main series", fixture{
			text:  "The 6th Baltic Grid Forum was held on 2 June 2019. Progress since the fifth meeting in May 2018 was reviewed.",
			dates: map[string]string{"2 June 2019": "2019-06-02", "May 2018": "2018-05"}},
			[]brief{{ordinal: 6}, {series: "Baltic Grid Forum", ordinal: 5, dates: "2018-05"}}},
		{"short form of the series", fixture{
			text:  "The 6th Baltic Grid Forum was held on 2 June 2019. The fifth Grid Forum in Vilnius in 2018 set the agenda.",
			dates: map[string]string{"2 June 2019": "2019-06-02", "2018": "2018"}, cities: map[string]string{"Vilnius": "LT"}},
			[]brief{{ordinal: 6}, {series: "Baltic Grid Forum", ordinal: 5, place: "Vilnius"}}},
		{"bracketed alias is the same meeting", fixture{
			text:  `The 6th Baltic Grid Forum (the "Forum") was held on 2 June 2019.`,
			dates: map[string]string{"2 June 2019": "2019-06-02"}},
			[]brief{{ordinal: 6, dates: "2019-06-02"}}},
		{"talks within the week of the meeting", fixture{
			text:   "Officials will hold energy talks next week in Tallinn. The Baltic Grid Forum convenes on 4 June.",
			dates:  map[string]string{"4 June": "2019-06-04"},
			rel:    map[string]string{"next week": "2019-W23"},
			cities: map[string]string{"Tallinn": "EE"}},
			[]brief{{name: "Baltic Grid Forum", dates: "2019-06-04", place: "Tallinn"}}},
	})
}

// Meetings named by verbs: meeting again, people meeting, a document signed,
// a body convening, an acronym with an ordinal.
func TestFindVerbs(t *testing.T) {
	runFind(t, []findCase{
		{"agreed to meet again", fixture{
			text:   "The 6th Baltic Grid Forum was held on 2 June 2019. Members agreed to meet again in Riga in spring 2020.",
			dates:  map[string]string{"2 June 2019": "2019-06-02", "spring 2020": "2020-SP"},
			cities: map[string]string{"Riga": "LV"}},
			[]brief{{ordinal: 6}, {series: "Baltic Grid Forum", dates: "2020-SP", place: "Riga", ordinal: -1}}},
		{"person met person", fixture{
			text:   "On 14 May 2022, Minister Lena Sato met Ambassador Rui Costa to discuss trade.",
			dates:  map[string]string{"14 May 2022": "2022-05-14"},
			people: []string{"Lena Sato", "Rui Costa"}},
			[]brief{{dates: "2022-05-14", chairs: "p1,p2"}}},
		{"signed a document named by a common noun, with its of-complement", fixture{
			text:  "The two ministers signed a declaration of intent on green hydrogen on 12 March 2025.",
			dates: map[string]string{"12 March 2025": "2025-03-12"}},
			[]brief{{name: "signing of a declaration of intent", dates: "2025-03-12"}}},
		{"signed a number of documents", fixture{
			text:  "Both sides signed three agreements in Hanoi on 14 November 2024.",
			dates: map[string]string{"14 November 2024": "2024-11-14"}, cities: map[string]string{"Hanoi": "VN"}},
			[]brief{{name: "signing of three agreements", dates: "2024-11-14"}}},
		{"signed a document with lowercase words before its noun", fixture{
			text:   "New Zealand and Tonga signed a renewable energy arrangement on 21 November 2024.",
			dates:  map[string]string{"21 November 2024": "2024-11-21"},
			ctries: map[string]string{"New Zealand": "NZ", "Tonga": "TO"}},
			[]brief{{name: "signing of a renewable energy arrangement", dates: "2024-11-21"}}},
		{"signed something that is no document", fixture{
			text:  "The minister signed a copy of the report on 3 May 2024. She signed off on the budget on 4 May 2024.",
			dates: map[string]string{"3 May 2024": "2024-05-03", "4 May 2024": "2024-05-04"}},
			nil},
		{"document signed in", fixture{
			text:  "The Memorandum of Understanding on Marine Parks, signed in March 2017, guides the work.",
			dates: map[string]string{"March 2017": "2017-03"}},
			[]brief{{name: "signing of the Memorandum of Understanding on Marine Parks", dates: "2017-03"}}},
		{"body convenes", fixture{
			text:  "They set up a Joint Fisheries Working Group, which will convene in autumn 2021.",
			dates: map[string]string{"autumn 2021": "2021-FA"}},
			[]brief{{series: "Joint Fisheries Working Group", dates: "2021-FA"}}},
		{"a body with a round number is one of its meetings", fixture{
			text:   "The two sides held the 3rd Coastal Trade Partnership Council in Lisbon on 17 June 2025.",
			dates:  map[string]string{"17 June 2025": "2025-06-17"},
			cities: map[string]string{"Lisbon": "PT"}},
			[]brief{{name: "3rd Coastal Trade Partnership Council", series: "Coastal Trade Partnership Council", ordinal: 3, dates: "2025-06-17", place: "Lisbon"}}},
		{"a body's round in words, meeting without a verb of its own", fixture{
			text:   "The Fifth Joint Commission on River Transport took place in Vientiane from 2 to 3 May 2024.",
			dates:  map[string]string{"2 to 3 May 2024": "2024-05-02/2024-05-03"},
			cities: map[string]string{"Vientiane": "LA"}},
			[]brief{{name: "Fifth Joint Commission on River Transport", series: "Joint Commission on River Transport", ordinal: 5, place: "Vientiane"}}},
		{"a bare body with a round number is a round of the main series", fixture{
			text: "The 2nd Arctic Fisheries Committee met in Tromso on 5 May 2023. " +
				"Both sides agreed to hold the 3rd Committee in 2024.",
			dates:  map[string]string{"5 May 2023": "2023-05-05", "2024": "2024"},
			cities: map[string]string{"Tromso": "NO"}},
			[]brief{{series: "Arctic Fisheries Committee", ordinal: 2, dates: "2023-05-05"}, {name: "3rd Committee", series: "Arctic Fisheries Committee", ordinal: 3, dates: "2024"}}},
		{"the head of a run is its last noun: a body after a gathering word", fixture{
			text:   "Ministers met in Perth on 2 August 2024 for the 9th Indonesia-Australia Joint Ministerial Committee.",
			dates:  map[string]string{"2 August 2024": "2024-08-02"},
			cities: map[string]string{"Perth": "AU"}},
			[]brief{{name: "9th Indonesia-Australia Joint Ministerial Committee", series: "Indonesia-Australia Joint Ministerial Committee", ordinal: 9}}},
		{"the head of a run is its last noun: consultations after a gathering word", fixture{
			text:  "The Chile-Peru Ministerial Consultations took place on 8 February 2025.",
			dates: map[string]string{"8 February 2025": "2025-02-08"}},
			[]brief{{name: "Chile-Peru Ministerial Consultations", series: "Chile-Peru Ministerial Consultations", dates: "2025-02-08"}}},
		{"the next meeting of a body", fixture{
			text: "The 4th Nordic Energy Commission met on 3 May 2024. " +
				"The next Energy Commission will take place in Oslo in 2025.",
			dates:  map[string]string{"3 May 2024": "2024-05-03", "2025": "2025"},
			cities: map[string]string{"Oslo": "NO"}},
			[]brief{{ordinal: 4, dates: "2024-05-03"}, {name: "next Energy Commission", series: "Nordic Energy Commission", dates: "2025", place: "Oslo"}}},
		{"a bare round of a gathering goes to the series of that kind", fixture{
			text: "The 5th Pacific Island Trade Dialogue opened on 3 May 2024, before the Second Reef Science Forum on 6 May 2024. " +
				"The third Forum will be held in 2026.",
			dates: map[string]string{"3 May 2024": "2024-05-03", "6 May 2024": "2024-05-06", "2026": "2026"}},
			[]brief{{ordinal: 5}, {ordinal: 2, series: "Reef Science Forum"}, {name: "third Forum", series: "Reef Science Forum", ordinal: 3, dates: "2026"}}},
		{"a body without a round number or a meeting verb is no event", fixture{
			text:  "The Coastal Trade Partnership Council adopted its work plan for 2025.",
			dates: map[string]string{"2025": "2025"}},
			nil},
		{"ordinal and a series' acronym", fixture{
			text:   "The Eleventh Island Nations Ocean Conference (INOC) ended on 3 May 2019. Fiji will host the 12th INOC in 2020.",
			dates:  map[string]string{"3 May 2019": "2019-05-03", "2020": "2020"},
			ctries: map[string]string{"Fiji": "FJ"}},
			[]brief{{ordinal: 11}, {name: "12th INOC", series: "Island Nations Ocean Conference", ordinal: 12, hosts: "FJ"}}},
		{"an acronym of no series", fixture{
			text:  "The 1st ABC Award went to a school in 2019.",
			dates: map[string]string{"2019": "2019"}},
			nil},
	})
}

// No events: plural references, documents named after a meeting, verbs.
func TestFindNotEvents(t *testing.T) {
	runFind(t, []findCase{
		{"plural generic", fixture{
			text:  "Both sides will hold workshops and seminars in 2020.",
			dates: map[string]string{"2020": "2020"}},
			nil},
		{"document named after a meeting", fixture{
			text:  "On 3 March 2014 they issued the Baltic Grid Forum Joint Statement.",
			dates: map[string]string{"3 March 2014": "2014-03-03"}},
			nil},
		{"document noun ends the name", fixture{
			text:  "The Andean Water Summit Declaration was adopted on 5 May 2016.",
			dates: map[string]string{"5 May 2016": "2016-05-05"}},
			nil},
		{"document noun after the name's capitals", fixture{
			text:  "Ministers released the Pacific Ocean Conference Final Communique on 9 June 2018.",
			dates: map[string]string{"9 June 2018": "2018-06-09"}},
			nil},
		{"verb use of an event noun", fixture{
			text:  "States must exercise restraint, the council said on 3 March 2014.",
			dates: map[string]string{"3 March 2014": "2014-03-03"}},
			nil},
	})
}

// The meeting a release is titled after, undated in its text, took place
// on the dateline (else the release date), at the dateline's place.
func TestFindDateline(t *testing.T) {
	long := " Ministers of the five states met to review the work of the joint team and agreed on next steps for the coming months of the inquiry."
	runFind(t, []findCase{
		{"place and date lines", fixture{
			text:   "Harbour Safety Ministerial Meeting\n\nStatement\n\nLima\n\n12 March 2018\n\n" + long,
			dates:  map[string]string{"12 March 2018": "2018-03-12"},
			cities: map[string]string{"Lima": "PE"}},
			[]brief{{name: "Harbour Safety Ministerial Meeting", dates: "2018-03-12", place: "Lima"}}},
		{"place and date on one line", fixture{
			text:   "Outcome of the Andes Water Roundtable\nQuito, 4 July 2020\n" + long,
			dates:  map[string]string{"4 July 2020": "2020-07-04"},
			cities: map[string]string{"Quito": "EC"}},
			[]brief{{dates: "2020-07-04", place: "Quito"}}},
		{"release date when there is no dateline", fixture{
			text:  "Andes Water Roundtable\n" + long,
			pub:   "2020-07-05",
			dates: map[string]string{"2020-07-05": "2020-07-05"}},
			[]brief{{name: "Andes Water Roundtable", dates: "2020-07-05", place: "-"}}},
		{"a round the body dates keeps its date", fixture{
			text:   "Andes Water Roundtable\nQuito, 4 July 2020\nThe 3rd Andes Water Roundtable met on 2 July 2020 and ended with a statement on shared basins and flood warning systems for all.",
			dates:  map[string]string{"4 July 2020": "2020-07-04", "2 July 2020": "2020-07-02"},
			cities: map[string]string{"Quito": "EC"}},
			[]brief{{dates: "2020-07-02", ordinal: 3}}},
	})
}

func TestStripTags(t *testing.T) {
	for in, want := range map[string]string{
		"10<sup>th</sup> Delta Summit": "10th Delta Summit",
		"<u>Andes</u> Forum":           "Andes Forum",
		"a < b Forum":                  "a < b Forum",
	} {
		if got := stripTags(in); got != want {
			t.Errorf("stripTags(%q) = %q, want %q", in, got, want)
		}
	}
}

// A call is a meeting with its other side or a format word; a bare
// "the conference" names no event of its own.
func TestFindCallsAndBareNouns(t *testing.T) {
	runFind(t, []findCase{
		{"call with a person", fixture{
			text:   "On 2 June 2022, the minister held a call with Ana Ruiz on trade.",
			dates:  map[string]string{"2 June 2022": "2022-06-02"},
			people: []string{"Ana Ruiz"}},
			[]brief{{name: "call with Ana Ruiz", chairs: "p1"}}},
		{"video call", fixture{
			text:  "The two ministers spoke in a video call on 2 June 2022.",
			dates: map[string]string{"2 June 2022": "2022-06-02"}},
			[]brief{{name: "video call", dates: "2022-06-02"}}},
		{"grant call", fixture{
			text:  "The agency opened the second grant call on 5 January 2024.",
			dates: map[string]string{"5 January 2024": "2024-01-05"}},
			nil},
		{"call for proposals", fixture{
			text:  "A call for proposals closes on 5 January 2024.",
			dates: map[string]string{"5 January 2024": "2024-01-05"}},
			nil},
		{"bare conference", fixture{
			text:  "Since the conference in 2009, cooperation has grown.",
			dates: map[string]string{"2009": "2009"}},
			nil},
		{"bare summit dates a named one", fixture{
			text:  "The Andes Water Summit met on 4 May 2019. The summit on 4 May 2019 adopted a plan.",
			dates: map[string]string{"4 May 2019": "2019-05-04"}},
			[]brief{{name: "Andes Water Summit", dates: "2019-05-04"}}},
	})
}

// A bare round word dates the numbered round named before it.
func TestFindAnaphoricDate(t *testing.T) {
	runFind(t, []findCase{
		{"the meeting took place on", fixture{
			text:  "Results of the 10th Arctic Shipping Meeting\nThe meeting took place in Tromso on 5 May 2021.",
			dates: map[string]string{"5 May 2021": "2021-05-05"}, cities: map[string]string{"Tromso": "NO"}},
			[]brief{{ordinal: 10, dates: "2021-05-05", place: "Tromso", name: "10th Arctic Shipping Meeting"}}},
		{"this session was held", fixture{
			text:  "The Third Session of the Baltic Salmon Commission opened the debate.\nThis session was held on 2 March 2020.",
			dates: map[string]string{"2 March 2020": "2020-03-02"}},
			[]brief{{ordinal: 3, dates: "2020-03-02"}}},
		{"the next meeting is another round", fixture{
			text:  "The 10th Arctic Shipping Meeting reviewed the rules.\nThe next meeting will be held in 2022.",
			dates: map[string]string{"2022": "2022"}},
			[]brief{{ordinal: -1, dates: "2022"}}},
	})
}

// Signings named by an active verb, exercises named after the noun.
func TestFindSigningsAndExercises(t *testing.T) {
	runFind(t, []findCase{
		{"signed the document on", fixture{
			text:  "The two ministers signed the Coral Reef Protection Agreement on 3 June 2019.",
			dates: map[string]string{"3 June 2019": "2019-06-03"}},
			[]brief{{name: "signing of the Coral Reef Protection Agreement", dates: "2019-06-03"}}},
		{"date before the verb", fixture{
			text:  "On 3 June 2019, Norway and Chile signed a Memorandum of Understanding on Salmon Health.",
			dates: map[string]string{"3 June 2019": "2019-06-03"}},
			[]brief{{name: "signing of the Memorandum of Understanding on Salmon Health", dates: "2019-06-03"}}},
		{"acronym document", fixture{
			text:  "In May 2020 both agencies signed an MOU.",
			dates: map[string]string{"May 2020": "2020-05"}},
			[]brief{{name: "signing of the MOU", dates: "2020-05"}}},
		{"signed nothing named", fixture{
			text:  "In May 2020 the president signed the bill.",
			dates: map[string]string{"May 2020": "2020-05"}},
			nil},
		{"exercise named after the noun", fixture{
			text:  "Navies joined Exercise Blue Reef off Darwin in July 2022.",
			dates: map[string]string{"July 2022": "2022-07"}},
			[]brief{{name: "Exercise Blue Reef", series: "Exercise Blue Reef", dates: "2022-07"}}},
		{"numbered exercise", fixture{
			text:  "The 5th Exercise Coastal Shield was held in Manila on 2 May 2023.",
			dates: map[string]string{"2 May 2023": "2023-05-02"}, cities: map[string]string{"Manila": "PH"}},
			[]brief{{name: "5th Exercise Coastal Shield", ordinal: 5, place: "Manila"}}},
		{"exercise as a verb", fixture{
			text:  "Members exercise their rights under the treaty since 2001.",
			dates: map[string]string{"2001": "2001"}},
			nil},
	})
}

// Who opened a meeting chaired it; a head of delegation chairs.
func TestFindOpenedAndHeads(t *testing.T) {
	runFind(t, []findCase{
		{"opened by", fixture{
			text:   "The 2nd Mekong Flood Workshop was opened by Lina Park on 3 May 2022.",
			dates:  map[string]string{"3 May 2022": "2022-05-03"},
			people: []string{"Lina Park"}},
			[]brief{{chairs: "p1"}}},
		{"person opened", fixture{
			text:   "On 3 May 2022, Lina Park opened the 2nd Mekong Flood Workshop in Vientiane.",
			dates:  map[string]string{"3 May 2022": "2022-05-03"},
			people: []string{"Lina Park"}, cities: map[string]string{"Vientiane": "LA"}},
			[]brief{{chairs: "p1", place: "Vientiane"}}},
		{"opened something else", fixture{
			text:   "The 2nd Mekong Flood Workshop ended on 3 May 2022. Lina Park opened a new gauge station.",
			dates:  map[string]string{"3 May 2022": "2022-05-03"},
			people: []string{"Lina Park"}},
			[]brief{{chairs: "-"}}},
		{"head of delegation label", fixture{
			text:   "The 2nd Mekong Flood Workshop was held on 3 May 2022.\nHead of Delegation: Lina Park (Laos)",
			dates:  map[string]string{"3 May 2022": "2022-05-03"},
			people: []string{"Lina Park"}},
			[]brief{{chairs: "p1"}}},
	})
}

// A named building is the venue when no city is stated.
func TestFindVenues(t *testing.T) {
	runFind(t, []findCase{
		{"at a hotel", fixture{
			text:  "The agency will host the 3rd Grain Trade Forum from 4 to 5 May 2020 at the Lotus Garden Hotel.",
			dates: map[string]string{"4 to 5 May 2020": "2020-05-04/2020-05-05"}},
			[]brief{{place: "Lotus Garden Hotel"}}},
		{"at a conference centre", fixture{
			text:  "The Pacific Ports Summit opened at the Harbourfront Convention Centre on 9 June 2021.",
			dates: map[string]string{"9 June 2021": "2021-06-09"}},
			[]brief{{place: "Harbourfront Convention Centre"}}},
		{"a city wins over the building", fixture{
			text:   "The Pacific Ports Summit opened at the Harbourfront Convention Centre in Suva on 9 June 2021.",
			dates:  map[string]string{"9 June 2021": "2021-06-09"},
			cities: map[string]string{"Suva": "FJ"}},
			[]brief{{place: "Suva"}}},
		{"not a building", fixture{
			text:  "The Pacific Ports Summit on 9 June 2021 looked at the Regional Shipping Plan.",
			dates: map[string]string{"9 June 2021": "2021-06-09"}},
			[]brief{{place: "-"}}},
	})
}
