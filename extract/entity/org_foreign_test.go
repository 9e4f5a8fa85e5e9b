package entity

import "testing"

// TestOrgForeignAndFullNames covers bodies named in another language,
// companies with foreign function words, and names the head-noun pattern
// used to cut short: an office named after its officer, a head after "of"
// and a country, "and" before a modifier that starts no title, and a
// defined acronym that keeps a word-order-free match away; three wordings
// each.
func TestOrgForeignAndFullNames(t *testing.T) {
	tests := []agencyCase{
		// bodies named in another language
		{"french agency and school", "The Agence nationale de la recherche and the École normale supérieure signed.",
			[]string{"Agence nationale de la recherche", "École normale supérieure"}},
		{"spanish secretariat before an english of", "officials of the Secretaría de Hacienda of Mexico attended",
			[]string{"Secretaría de Hacienda"}},
		{"german foundation and society", "the Deutsche Forschungsgemeinschaft Stiftung and the Fraunhofer Gesellschaft zur Förderung",
			[]string{"Deutsche Forschungsgemeinschaft Stiftung", "Fraunhofer Gesellschaft zur Förderung"}},
		{"universities in three languages", "Universidad de Chile, Université Laval and Universitas Airlangga took part.",
			[]string{"Universidad de Chile", "Universitas Airlangga", "Université Laval"}},
		{"a demonym before a foreign body is no part of it", "The Brazilian Agência Espacial Brasileira launched it.",
			[]string{"Agência Espacial Brasileira"}},
		{"a foreign head alone is no name", "The Institut, the Banco and the Stiftung.", nil},
		{"catalan university with its and", "Dr Anna Puig (Universitat Pompeu i Fabregat) presented it.", []string{"Universitat Pompeu i Fabregat"}},
		{"romanian foundation and polish university", "organised by Fundația Valea Verde with Uniwersytet Gdański",
			[]string{"Fundația Valea Verde", "Uniwersytet Gdański"}},
		{"unaccented french school and an italian region", "the Ecole Nationale Superieure de Grenoble and the Regione Umbria signed",
			[]string{"Ecole Nationale Superieure de Grenoble", "Regione Umbria"}},
		// companies with foreign function words
		{"german und inside a company", "Bremer Lagerhaus und Speditions AG signed", []string{"Bremer Lagerhaus und Speditions AG"}},
		{"spanish y inside a company", "Construcciones y Auxiliar S.A. delivered the trains", []string{"Construcciones y Auxiliar S.A."}},
		{"dutch van inside a company", "Koninklijke Vopak van Ommeren N.V. stores fuel", []string{"Koninklijke Vopak van Ommeren N.V."}},
		// an office named after its officer
		{"office of a commissioner of a country", "the Office of the Information Commissioner of Ruritania ruled",
			[]string{"Office of the Information Commissioner of Ruritania"}},
		{"office of an auditor", "The Office of the Auditor General reported.", []string{"Office of the Auditor General"}},
		{"office of a surveyor", "a review by the Office of the Surveyor General found", []string{"Office of the Surveyor General"}},
		{"a title after a body without the stays apart", "the Office of Harbour Safety Policy Deputy Director said", []string{"Office of Harbour Safety Policy"}},
		// a head after "of" and a country closes the name
		{"board of a country secretariat", "The Harbour Board of Canada Secretariat and Acme agreed.", []string{"Harbour Board of Canada Secretariat"}},
		{"council of a country office", "The Harbour Council of Fiji Office said so.", []string{"Harbour Council of Fiji Office"}},
		{"commission of a country bureau", "the Harbour Commission of Fiji Bureau published it", []string{"Harbour Commission of Fiji Bureau"}},
		// "and" before a modifier that starts no title
		{"ministry of mines and trade", "the Ministry of Mines and Trade said", []string{"Ministry of Mines and Trade"}},
		{"ministry of culture and trade", "the Ministry of Culture and Trade said", []string{"Ministry of Culture and Trade"}},
		{"second title after and stays apart", "President of the Harbour Pilots Association and Deputy Chairman of the board", []string{"Harbour Pilots Association"}},
		// a defined acronym keeps a word-order-free match away
		{"acronym differs from the listed body", "the Ministry of Industry and Trade (MOIT) of Viet Nam", []string{"Ministry of Industry and Trade (MOIT)"}},
		{"acronym agrees with the listed body", "the Ministry of Trade and Industry (MTI) of Singapore", []string{"Ministry of Trade and Industry (MTI)"}},
		{"no acronym keeps the word-order-free match", "the Ministry of Industry and Trade announced", []string{"Ministry of Trade and Industry (MTI)"}},
	}
	runAgencyCases(t, tests)
}
