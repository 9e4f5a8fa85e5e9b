package entity

import "testing"

// TestOrgGenericShortForms covers listed bodies named by one common word
// ("Congress", "Diet"): a demonym or name words before it make another
// body's name, and in another country's document the bare word names the
// body the document names, or none.
func TestOrgGenericShortForms(t *testing.T) {
	tests := []agencyCase{
		{"demonym and a word before congress", "The Kenyan World Congress opened on Tuesday.", []string{"Kenyan World Congress"}},
		{"two congresses of two countries", "Delegates of the Ghanaian Diaspora Congress and the Nigerian Labour Congress met.",
			[]string{"Ghanaian Diaspora Congress", "Nigerian Labour Congress"}},
		{"demonym right before congress", "Leaders of the Philippine Congress visited.", []string{"Philippine Congress"}},
		{"own country's demonym keeps the listed body", "A Japanese Diet delegation arrived.", []string{"National Diet of Japan"}},
		{"headline verb before congress is no name", "Senator Urges Congress To Act", []string{"U.S. Congress"}},
		{"bare congress in a US document", "WASHINGTON - Members of Congress from Ohio met in Washington.", []string{"U.S. Congress"}},
		{"bare congress in another country's document", "LAGOS, Nigeria - Members of Congress from Abuja met.", nil},
		{"bare congress names the congress the document names", "NAIROBI - The Kenyan World Congress opened in Nairobi. Congress meets again in May.",
			[]string{"Kenyan World Congress"}},
		{"bare diet in a Polish document", "WARSAW, Poland - the Diet and the city council met in Krakow.", nil},
	}
	runAgencyCases(t, tests)
}

// TestOrgParliaments covers national parliaments and chambers named in
// their own language, in English or by a generic form, each named as the
// article writes it and resolved to the article's country.
func TestOrgParliaments(t *testing.T) {
	tests := []agencyCase{
		{"native names in a list", "Deputies of the Verkhovna Rada met members of the Bundestag and the Sejm.",
			[]string{"Bundestag", "Sejm", "Verkhovna Rada"}},
		{"nordic and baltic chambers", "The Storting, the Riksdag and the Saeima sent delegations; the Riigikogu did not.",
			[]string{"Riigikogu", "Riksdag", "Saeima", "Storting"}},
		{"native and English name of one parliament", "KYIV, Ukraine - The Ukrainian Parliament voted. The Verkhovna Rada said so.",
			[]string{"Ukrainian Parliament"}},
		{"chamber named in its language with a lower-case word", "The bill passed the Assemblée nationale on Tuesday.", []string{"Assemblée nationale"}},
		{"congress of another country by its of-phrase", "The Congress of Deputies approved the budget.", []string{"Congress of Deputies"}},
		{"indian chambers", "Members of the Lok Sabha and the Rajya Sabha attended.", []string{"Lok Sabha", "Rajya Sabha"}},
	}
	runAgencyCases(t, tests)
}

// TestOrgParliamentCountry covers generic chamber names ("National
// Assembly", "House of Representatives") resolved by the article's
// country.
func TestOrgParliamentCountry(t *testing.T) {
	f := finderForTest(t)
	tests := []struct{ name, text, want, country string }{
		{"national assembly in a Korean release", "SEOUL - The National Assembly passed the bill, officials said in Seoul, Korea.", "National Assembly", "KR"},
		{"national assembly in a Kenyan release", "NAIROBI, Kenya - The National Assembly of Kenya debated the budget.", "National Assembly of Kenya", "KE"},
		{"house of representatives in a Nigerian release", "ABUJA, Nigeria - The House of Representatives met in Abuja.", "House of Representatives", "NG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ag, _ := f.find(tt.text)
			if len(ag) != 1 || ag[0].Name != tt.want || ag[0].Country != tt.country {
				t.Errorf("got %+v, want %q of %s", ag, tt.want, tt.country)
			}
		})
	}
}
