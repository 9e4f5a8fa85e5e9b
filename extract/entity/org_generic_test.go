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
