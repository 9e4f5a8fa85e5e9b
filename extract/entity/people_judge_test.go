package entity

import (
	"strings"
	"testing"
)

// judgeCase is one wording for a rule of judge's tables: the text, the name
// judge takes from it ("" when it takes none) and the value one field of
// the candidate must have (field "": the name alone is checked; field
// "aff": the affiliation text must end with value).
type judgeCase struct {
	text, name, field, value string
}

// TestJudgeTables checks every rule of spanTrims, spanRejects, candSteps
// and countryRules in three wordings.
func TestJudgeTables(t *testing.T) {
	f := finderForTest(t)
	cases := map[string][3]judgeCase{
		"common words before a given name": {
			{"Welcome Taro Nishimura to the team.", "Taro Nishimura", "", ""},
			{"Meet Anna Schmidt at the desk.", "Anna Schmidt", "", ""},
			{"Welcome Maria Rossi to Rome.", "Maria Rossi", "", ""},
		},
		"the rest of a title's complement": {
			{"Minister for AI and Intellectual Property Laura Bennett spoke.", "Laura Bennett", "", ""},
			{"Secretary of the Interior Tom Reyes arrived.", "Tom Reyes", "", ""},
			{"Commissioner for Trade and Industry Jonas Berg agreed.", "Jonas Berg", "", ""},
		},
		"a place or body as a title's complement": {
			{"Mayor of Zelvorad Andriy Kovalenko spoke.", "Andriy Kovalenko", "title", "Mayor of Zelvorad"},
			{"They met the Speaker of the Volstrat Ilmar Tasuja on Friday.", "Ilmar Tasuja", "title", "Speaker of the Volstrat"},
			{"Governor of Pemberu Gwendolyn Ramires joined.", "Gwendolyn Ramires", "title", "Governor of Pemberu"},
		},
		"a headline verb before the name": {
			{"Community Partners Launch Gun-Safety Campaign", "", "", ""},
			{"County Officials Travel Abroad for Talks", "", "", ""},
			{"Council Members Approves Budget Plan Today", "", "", ""},
		},
		"one word before a title head": {
			{"its Sustainability Officer joined.", "", "", ""},
			{"our Regional Director agreed.", "", "", ""},
			{"the Compliance Manager resigned.", "", "", ""},
		},
		"a company, school or outlet": {
			{"a contract with Yong Trading was signed.", "", "", ""},
			{"an interview with Bloomberg Television aired.", "", "", ""},
			{"students of Hillgrove Academy visited.", "", "", ""},
		},
		"name and surname": {
			{"Mr. Taro YAMADA arrived.", "Taro YAMADA", "surname", "Yamada"},
			{"Minister Jeon Dong-hyun spoke.", "Jeon Dong-hyun", "surname", "Jeon"},
			{"MR KIRBY: Thank you.", "Kirby", "surname", "Kirby"},
		},
		"suffix after a comma": {
			{"President Joseph R. Biden, Jr. announced it.", "Joseph R. Biden Jr.", "", ""},
			{"It was signed by Martin Okafor, Sr. on Monday.", "Martin Okafor Sr.", "", ""},
			{"Judge Thomas Halvorsen, III, presided.", "Thomas Halvorsen III", "", ""},
		},
		"title": {
			{"Ambassador Philip Verveer, Coordinator for Policy, spoke.", "Philip Verveer", "title", "Ambassador, Coordinator for Policy"},
			{"Director General Ana Ruiz opened it.", "Ana Ruiz", "title", "Director General"},
			{"Tomas Lind, Permanent Secretary of Finance, agreed.", "Tomas Lind", "title", "Permanent Secretary of Finance"},
		},
		"affiliation around the name and its titles": {
			{"Permanent Secretary Tomas Lind spoke.", "Tomas Lind", "aff", "Tomas Lind"},
			{"Tomas Lind, Director of Policy, agreed.", "Tomas Lind", "aff", "Director of Policy"},
			{"Deputy Minister Ana Ruiz, Head of Delegation, spoke.", "Ana Ruiz", "aff", "Head of Delegation"},
		},
		"body after of, from or at": {
			{"Ms. Ana Ruiz of the Ruritanian Grain Authority spoke.", "Ana Ruiz", "aff", "Ruritanian Grain Authority"},
			{"Dr. Tomas Lind from the National Library Board agreed.", "Tomas Lind", "aff", "National Library Board"},
			{"Mr. Jonas Berg at the Harbour Research Institute said so.", "Jonas Berg", "aff", "Harbour Research Institute"},
		},
		"bracketed body after the name": {
			{"Director Ana Ruiz (the Ministry of Lighthouses) attended.", "Ana Ruiz", "aff", "Ministry of Lighthouses)"},
			{"Counsellor Tomas Lind (Harbour Board) attended.", "Tomas Lind", "aff", "Harbour Board)"},
			{"Professor Jonas Berg (National Library Board) spoke.", "Jonas Berg", "aff", "National Library Board)"},
		},
		"country": {
			{"Japanese Foreign Minister Taro Kono spoke.", "Taro Kono", "country", "JP"},
			{"Mr Lars Aasen (Norway) spoke.", "Lars Aasen", "country", "NO"},
			{"Tomas Lind, Sweden's Ambassador to Peru, arrived.", "Tomas Lind", "country", "SE"},
		},
		"country in the appositive": {
			{"Tomas Lind, Sweden's Ambassador to Peru, arrived.", "Tomas Lind", "country", "SE"},
			{"Ana Ruiz, Chile's Minister of Mining, spoke.", "Ana Ruiz", "country", "CL"},
			{"Jonas Berg, Denmark's Minister of Trade, agreed.", "Jonas Berg", "country", "DK"},
		},
		"country of the title or body before the name": {
			{"Japanese Foreign Minister Taro Kono spoke.", "Taro Kono", "country", "JP"},
			{"Kenyan Minister of Trade Peter Mwangi agreed.", "Peter Mwangi", "country", "KE"},
			{"French Ambassador Claire Dubois arrived.", "Claire Dubois", "country", "FR"},
		},
		"country in brackets after the name": {
			{"Mr Lars Aasen (Norway) spoke.", "Lars Aasen", "country", "NO"},
			{"Ms Ana Ruiz (Chile) agreed.", "Ana Ruiz", "country", "CL"},
			{"Dr Tomas Lind (Sweden) arrived.", "Tomas Lind", "country", "SE"},
		},
		"country in the title after an honorific": {
			{"Korea's Vice Minister of Science and ICT, Dr Han Ji-woo, spoke.", "Han Ji-woo", "country", "KR"},
			{"Chile's Minister of Mining, Ms Ana Ruiz, agreed.", "Ana Ruiz", "country", "CL"},
			{"Norway's State Secretary, Mr Lars Aasen, arrived.", "Lars Aasen", "country", "NO"},
		},
	}
	var names []string
	for _, r := range spanTrims {
		names = append(names, r.name)
	}
	for _, r := range spanRejects {
		names = append(names, r.name)
	}
	for _, r := range candSteps {
		names = append(names, r.name)
	}
	for _, r := range countryRules {
		names = append(names, r.name)
	}
	for _, n := range names {
		if _, ok := cases[n]; !ok {
			t.Errorf("rule %q has no cases", n)
		}
	}
	for rule, cs := range cases {
		for _, c := range cs {
			t.Run(rule+"/"+c.text, func(t *testing.T) {
				ps := scanForTest(f, c.text)
				got := ps.findPeople()
				if c.name == "" {
					if len(got) != 0 {
						t.Fatalf("got %q, want no person", got[0].name)
					}
					return
				}
				for _, pc := range got {
					if pc.name != c.name {
						continue
					}
					if c.field == "" {
						return
					}
					v := candFields[c.field](pc, c.text)
					if c.field == "aff" && strings.HasSuffix(v, c.value) {
						return
					}
					if v != c.value {
						t.Errorf("%s = %q, want %q", c.field, v, c.value)
					}
					return
				}
				t.Errorf("got %+v, want %q", got, c.name)
			})
		}
	}
}

// candFields read one field of a candidate for judgeCase.
var candFields = map[string]func(pc personCand, text string) string{
	"surname": func(pc personCand, _ string) string { return pc.surname },
	"title":   func(pc personCand, _ string) string { return pc.title },
	"country": func(pc personCand, _ string) string { return pc.country },
	"aff":     func(pc personCand, text string) string { return text[pc.affStart:pc.affEnd] },
}

// TestParliamentaryTitles: the parliamentary roles of titles.txt stand
// before a name as titles.
func TestParliamentaryTitles(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{"rapporteur", "Rapporteur Matteo Ferraris-Lind will hold a press conference.", []wantPerson{{"Matteo Ferraris-Lind", "Rapporteur", ""}}},
		{"co-rapporteur", "Co-Rapporteur Anna Lindqvist agreed.", []wantPerson{{"Anna Lindqvist", "Co-Rapporteur", ""}}},
		{"whip", "Chief Whip Tomas Halvorsen said the vote was close.", []wantPerson{{"Tomas Halvorsen", "Chief Whip", ""}}},
	})
}

// TestSoutheastAsianHonorifics: the forms of address of titles.txt stand
// before a name and are no part of it.
func TestSoutheastAsianHonorifics(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{"mdm", "Mdm Halimah Yacob opened the centre.", []wantPerson{{"Halimah Yacob", "", ""}}},
		{"bapak and ibu", "Bapak Joko Widodo met Ibu Retno Marsudi.", []wantPerson{{"Joko Widodo", "", ""}, {"Retno Marsudi", "", ""}}},
		{"khun", "The award went to Khun Somchai Wongsawat.", []wantPerson{{"Somchai Wongsawat", "", ""}}},
	})
}
