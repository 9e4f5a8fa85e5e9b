package entity

import (
	"testing"
)

// TestAgenciesGeneral covers body-name shapes of other countries' releases
// and their negative cases.
func TestAgenciesGeneral(t *testing.T) {
	tests := []agencyCase{
		{"head inside a longer name", "run by the Korea Harbour Society Development Institute and others",
			[]string{"Korea Harbour Society Development Institute"}},
		{"two heads joined by of stay two bodies", "the Harbor Policy Bureau of the Coastal Safety Agency met",
			[]string{"Coastal Safety Agency", "Harbor Policy Bureau"}},
		{"service after two words", "the U.S. Department of Agriculture's Rural Utilities Service (RUS) and the Rural Broadband Pilot Service",
			[]string{"Rural Broadband Pilot Service", "Rural Utilities Service (RUS)", "U.S. Department of Agriculture (USDA)"}},
		{"service or facility after one word is a thing", "a new Broadband Service and a Research Facility opened", nil},
		{"facility named across a soft line break", "Meeting in Suva on 14 July 2022. The Australian Infrastructure\nFinancing Facility for the Pacific (AIFFP) will manage it.",
			[]string{"Australian Infrastructure Financing Facility for the Pacific (AIFFP)"}},
		{"lower-case first letter", "Australia's eSafety Commissioner will lead.", []string{"eSafety Commissioner"}},
		{"lower-case word inside a listed name", "observers from the Business at OECD (BIAC) attended",
			[]string{"Business at OECD (BIAC)"}},
		{"statistics office of a country", "Statistics Canada will publish the data.", []string{"Statistics Canada (StatCan)"}},
		{"renamed ministry is its own body", "the Ministry of Digital Development and Information (MDDI) and the former Ministry of Communications and Information",
			[]string{"Ministry of Communications and Information (MCI)", "Ministry of Digital Development and Information (MDDI)"}},
		{"region inside a name", "please contact the ITU Regional Office for Asia and the Pacific in Bangkok.",
			[]string{"ITU Regional Office for Asia and the Pacific"}},
		{"and the starts a second body", "the Office for Budget and the Treasury Board met",
			[]string{"Office for Budget", "Treasury Board"}},
		{"legal instrument of a council is no body", "the revised Recommendation of the Council on Artificial Intelligence.", nil},
		{"facilities and funds are places and programmes", "the Futenma Replacement Facility and the Highway Trust Fund", nil},
		{"a law naming a body is no body", "Sen. Paul Reintroduces Constitutional Amendment Requiring Congress to Live by the Laws",
			[]string{"U.S. Congress"}},
		{"generic kind of organisation", "the Representative Director of the Non-Profit Organisation spoke", nil},
		{"abbreviated form of a listed body", "Ministry of Electronics & IT\nThe Ministry of Electronics and Information Technology (MeitY) signed.",
			[]string{"Ministry of Electronics and Information Technology (MeitY)"}},
		{"words joined by and before the head", "industry bodies, including the India Electronics and Semiconductor Association (IESA) and others",
			[]string{"India Electronics and Semiconductor Association (IESA)"}},
		{"a place before and is not part of the name", "between Japan and Korea Harbour Federation officials", []string{"Korea Harbour Federation"}},
		{"mission after two words or before of", "The India Semiconductor Mission and the Permanent Mission of Japan met; a Trade Mission visited.",
			[]string{"India Semiconductor Mission", "Permanent Mission of Japan"}},
		{"same-named bodies of two countries stay apart", "the New Zealand Space Agency, part of the Ministry of Business, Innovation and Employment (MBIE), and the Norwegian Space Agency will",
			[]string{"Ministry of Business, Innovation and Employment (MBIE)", "New Zealand Space Agency", "Norwegian Space Agency"}},
		{"technology name in a unit's name", "Lee Hyun-woo, Deputy Director, 5G Strategy Division, MSIT", []string{"5G Strategy Division", "Ministry of Science and ICT (MSIT)"}},
		{"currency codes are not bodies", "with a budget of EUR 110 million and 20 EUR more", nil},
		{"same-named body of the country whose bodies the article names", "The Cabinet Office, HM Revenue & Customs, the Department for Business and Trade and the Home Office met the Ministry of Foreign Affairs of Japan.",
			[]string{"Cabinet Office", "Department for Business and Trade (DBT)", "HM Revenue and Customs (HMRC)", "Home Office", "Ministry of Foreign Affairs of Japan (MOFA)"}},
		{"working groups are not bodies by pattern", "the Cloud Computing Working Group and the Digital Study Group met", nil},
	}
	runAgencyCases(t, tests)
}

// TestAgencyCountry checks Agency.Country for bodies the gazetteer lacks,
// and for same-named bodies of several countries.
func TestAgencyCountry(t *testing.T) {
	tests := []struct {
		name, text, agency, want string
	}{
		{"possessive country", "the UK's AI Safety Institute said", "AI Safety Institute", "GB"},
		{"demonym in the name", "the Dutch Harbour Safety Board said", "Dutch Harbour Safety Board", "NL"},
		{"country closing the name", "the Harbour Safety Board of the Netherlands said", "Harbour Safety Board of the Netherlands", "NL"},
		{"parent's country", "the Rural Harbour Pilot Office of the Ministry of Internal Affairs and Communications", "Rural Harbour Pilot Office", "JP"},
		{"none stated", "the Harbour Safety Board said", "Harbour Safety Board", ""},
		{"same-named body among another country's bodies", "The Cabinet Office, HM Revenue & Customs, the Department for Business and Trade and the Home Office met the Ministry of Foreign Affairs of Japan.", "Cabinet Office", "GB"},
		{"unit before its listed body", "Lee Hyun-woo, Deputy Director, 5G Strategy Division, MSIT (+82-44-202-6361)", "5G Strategy Division", "KR"},
	}
	f := finderForTest(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, agencies, _ := f.find(tt.text)
			for _, a := range agencies {
				if a.Name == tt.agency {
					if a.Country != tt.want {
						t.Errorf("country of %q: got %q, want %q", a.Name, a.Country, tt.want)
					}
					return
				}
			}
			t.Errorf("no agency %q in %q", tt.agency, agencyNames(agencies))
		})
	}
}

// TestAgencyKindOfIGOUnits checks that units named after an
// intergovernmental body are intergovernmental.
func TestAgencyKindOfIGOUnits(t *testing.T) {
	f := finderForTest(t)
	tests := []struct{ text, agency, want string }{
		{"the UN Assistance Mission for Iraq said", "UN Assistance Mission for Iraq", KindIntergovernmental},
		{"the ASEAN Centre for Biodiversity said", "ASEAN Centre for Biodiversity", KindIntergovernmental},
		{"the Harbour Safety Board said", "Harbour Safety Board", KindGovernment},
	}
	for _, tt := range tests {
		t.Run(tt.agency, func(t *testing.T) {
			_, agencies, _ := f.find(tt.text)
			for _, a := range agencies {
				if a.Name == tt.agency {
					if a.Kind != tt.want {
						t.Errorf("kind of %q: got %q, want %q", a.Name, a.Kind, tt.want)
					}
					return
				}
			}
			t.Errorf("no agency %q in %q", tt.agency, agencyNames(agencies))
		})
	}
}
