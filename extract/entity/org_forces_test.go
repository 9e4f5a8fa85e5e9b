package entity

import "testing"

// TestOrgForcesAndPlaces covers police and defence forces, place names of
// several words inside a body's name, a demonym before a listed name of
// another country, companies that share their last words, and activities
// in a list of bodies; three wordings each.
func TestOrgForcesAndPlaces(t *testing.T) {
	tests := []agencyCase{
		// police, constabulary, defence and military forces
		{"national police", "Officers of the Ruritania Police and the Borduria National Police attended.",
			[]string{"Borduria National Police", "Ruritania Police"}},
		{"constabulary with a royal prefix", "training with the Royal Ruritanian Constabulary was agreed",
			[]string{"Royal Ruritanian Constabulary"}},
		{"defence and armed forces", "the Ruritanian Defence Force and the Bordurian Armed Forces exercised",
			[]string{"Bordurian Armed Forces", "Ruritanian Defence Force"}},
		{"one word before force is no body", "a Task Force and a Police report", nil},
		// a place of several words or a state's formal name inside the name
		{"three-word country before the head", "cooperation with the Royal Papua New Guinea Constabulary grew",
			[]string{"Royal Papua New Guinea Constabulary"}},
		{"two-word country before the head", "the Sri Lanka Ports Authority and the Costa Rica Electricity Board",
			[]string{"Costa Rica Electricity Board", "Sri Lanka Ports Authority"}},
		{"republic of a place before the head", "the Republic of Fiji Military Forces and the Kingdom of Tonga Armed Forces",
			[]string{"Kingdom of Tonga Armed Forces", "Republic of Fiji Military Forces"}},
		// a demonym before a listed name of another country
		{"other country's coast guard", "the Philippine Coast Guard and the Japan Coast Guard met",
			[]string{"Japan Coast Guard (JCG)", "Philippine Coast Guard"}},
		{"other country's agriculture department", "The Kenyan Department of Agriculture agreed.", []string{"Kenyan Department of Agriculture"}},
		{"same country keeps the listed body", "The American Coast Guard cutter sailed; the U.S. Coast Guard said so.", []string{"U.S. Coast Guard (USCG)"}},
		{"other country's body by a possessive", "New Zealand's Serious Fraud Office and the United Kingdom Serious Fraud Office met",
			[]string{"Serious Fraud Office", "Serious Fraud Office (SFO)"}},
		// the organ of a listed body
		{"commission of a union", "The African Union Commission announced a plan.", []string{"African Union Commission"}},
		{"secretariat of a forum before a title", "the Pacific Islands Forum Secretariat Director said", []string{"Pacific Islands Forum Secretariat"}},
		{"listed organ stays listed", "The ASEAN Secretariat and the European Commission agreed.", []string{"ASEAN Secretariat", "European Commission (EC)"}},
		// a pair of countries before a head
		{"bilateral business council", "the U.S.-India Business Council (USIBC) and others", []string{"U.S.-India Business Council (USIBC)"}},
		{"bilateral friendship association", "the Japan-Korea Friendship Association said", []string{"Japan-Korea Friendship Association"}},
		{"en dash between the countries", "the Australia\u2013Indonesia Business Council met", []string{"Australia\u2013Indonesia Business Council"}},
		{"a pair of countries and a modified head is a relation", "the U.S.-Japan Alliance and the Korea-Japan Network grew", nil},
		// companies that share their last words
		{"two cable companies", "with Southern Cross Cables Limited and Tonga Cable Limited", []string{"Southern Cross Cables Limited", "Tonga Cable Limited"}},
		{"two power companies", "Northwind Power Ltd and Fiji Power Ltd signed", []string{"Fiji Power Ltd", "Northwind Power Ltd"}},
		{"a suffix that is written stays merged", "the Senate Armed Services Committee; the Armed Services Committee said", []string{"Senate Armed Services Committee"}},
		// "to" and a place with a possessive is no part of the name
		{"office to a country's navy", "support from the Harbour Survey Office to Indonesia's navy", []string{"Harbour Survey Office"}},
		{"agency to a country's ministry", "grants by the Ruritanian Aid Agency to Kenya's Ministry of Health", []string{"Ministry of Health", "Ruritanian Aid Agency"}},
		{"mission to a country stays whole", "the Ruritanian Mission to Japan and the Bordurian Mission to ASEAN met", []string{"Bordurian Mission to ASEAN", "Ruritanian Mission to Japan"}},
		// activities in a list of bodies
		{"exercise after a list of forces", "the Ruritanian Defence Force, the Bordurian Defence Force and the Syldavian Defence Force, Exercise Kestrel",
			[]string{"Bordurian Defence Force", "Ruritanian Defence Force", "Syldavian Defence Force"}},
	}
	runAgencyCases(t, tests)
}
