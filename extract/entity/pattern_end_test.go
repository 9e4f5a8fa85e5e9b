package entity

import (
	"sort"
	"strings"
	"testing"
)

// TestEndRules checks every rule of endRules in three wordings: the body
// names patternEnd's walk leaves in each text.
func TestEndRules(t *testing.T) {
	f := finderForTest(t)
	cases := map[string][3][2]string{ // rule -> {text, bodies found in any order, "; "-joined}
		"a known body after the connector": {
			{"The Secretariat of the Ruritanian Grain Authority met.", "Ruritanian Grain Authority"},
			{"The Inspection Office of the Ruritanian Grain Authority reported.", "Inspection Office; Ruritanian Grain Authority"},
			{"An Audit Committee of the World Bank met.", "Audit Committee; World Bank"},
		},
		"a date word": {
			{"The Board of Trade Monday meeting was held.", "Board of Trade"},
			{"The Ministry of Lighthouses March report is out.", "Ministry of Lighthouses"},
			{"The Council of Elders Friday session ended.", "Council of Elders"},
		},
		"a job title after the name": {
			{"The Office of Drug Policy Director Ana Ruiz spoke.", "Office of Drug Policy"},
			{"The Bureau of Lighthouses Deputy Director agreed.", "Bureau of Lighthouses"},
			{"The Commission of Inquiry Chairman Tomas Lind resigned.", "Commission of Inquiry"},
		},
		"a head after a country closes the name": {
			{"The Wildlife Board of Kenya Secretariat issued it.", "Wildlife Board of Kenya Secretariat"},
			{"The Grain Board of Ghana Secretariat met.", "Grain Board of Ghana Secretariat"},
			{"The Forestry Council of Peru Secretariat decided.", "Forestry Council of Peru Secretariat"},
		},
		"a second body": {
			{"The Department of Parks and Recreation and the Public Works Department agreed.", "Department of Parks and Recreation; Public Works Department"},
			{"The Ministry of Culture, Sport and Youth and the Heritage Conservation Board signed it.", "Ministry of Culture, Sport and Youth; Heritage Conservation Board"},
			{"The Office of Fisheries, Ports and Harbours and the Coastal Survey Department met.", "Office of Fisheries, Ports and Harbours; Coastal Survey Department"},
		},
		"a place after a comma": {
			{"The Ministry of Justice, Tokyo, replied.", "Ministry of Justice"},
			{"The Department of Lighthouses, Ottawa announced it.", "Department of Lighthouses"},
			{"The Institute of Physics, London, awarded it.", "Institute of Physics"},
		},
		"a second title after a comma or and": {
			{"She is President of the Law Society of Ruritania, and Deputy Chairman of the Bar.", "Law Society of Ruritania"},
			{"He was Director of the Institute of Maritime Studies, Vice President of the Board.", "Institute of Maritime Studies"},
			{"Chair of the Council for Arts and Director of the Museum.", "Council for Arts"},
		},
		"a name word": {
			{"The Office of National Drug Control Policy released it.", "Office of National Drug Control Policy"},
			{"The Agency for Lighthouse Safety funds it.", "Agency for Lighthouse Safety"},
			{"The Department of Harbour Affairs said so.", "Department of Harbour Affairs"},
		},
		"a comma": {
			{"The Committee on Commerce, Science, and Transportation met.", "Committee on Commerce, Science, and Transportation"},
			{"The Ministry of Tides, Ports and Lighthouses said so.", "Ministry of Tides, Ports and Lighthouses"},
			{"The Department of Environment, Parks, Housing announced it.", "Department of Environment"},
		},
		"and the region": {
			{"The Regional Office for Asia and the Pacific opened.", "Regional Office for Asia and the Pacific"},
			{"The Commission for Europe and the Caribbean met.", "Commission for Europe and the Caribbean"},
			{"The Centre for Africa and the Middle East reported.", "Centre for Africa and the Middle East"},
		},
		"a list of bodies after and the": {
			{"The Institute of Climate Change and the National Youth Council joined.", "Institute of Climate Change; National Youth Council"},
			{"The Ministry of Lighthouses and the Harbour Board agreed.", "Ministry of Lighthouses; Harbour Board"},
			{"The Office of Tides, the Weather Bureau and others met.", "Office of Tides; Weather Bureau"},
		},
		"a possessive": {
			{"The Ministry of Ecology and Environment of the People's Republic of China spoke.", "Ministry of Ecology and Environment"},
			{"The Bureau of Mines of Ruritania's government closed.", "Bureau of Mines"},
			{"The Council of Ministers of the Union's members met.", "Council of Ministers"},
		},
		"a connector": {
			{"The Board of Trustees for Education met.", "Board of Trustees for Education"},
			{"The Commission on Rivers and Lakes met.", "Commission on Rivers and Lakes"},
			{"The Department of Arts & Culture opened it.", "Department of Arts & Culture"},
		},
		"a place after a chamber": {
			{"The American Chamber of Commerce in Singapore welcomed it.", "American Chamber of Commerce in Singapore"},
			{"The European Chamber of Commerce in Japan met.", "European Chamber of Commerce in Japan"},
			{"The British Chamber of Commerce in Thailand said so.", "British Chamber of Commerce in Thailand"},
			// (the chamber of the place's own country stops before "in")
		},
	}
	for _, r := range endRules {
		if _, ok := cases[r.name]; !ok {
			t.Errorf("end rule %q has no cases", r.name)
		}
	}
	for rule, cs := range cases {
		for _, c := range cs {
			t.Run(rule+"/"+c[0], func(t *testing.T) {
				_, agencies, _ := f.find(c[0])
				names := agencyNames(agencies)
				want := strings.Split(c[1], "; ")
				sort.Strings(names)
				sort.Strings(want)
				if got := strings.Join(names, "; "); got != strings.Join(want, "; ") {
					t.Errorf("got %q, want %q", got, c[1])
				}
			})
		}
	}
}

// TestEndCommaAnd covers ", and" after a body's name: it closes a list
// inside the name only after another comma, and never before an acronym.
func TestEndCommaAnd(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"acronym after comma and", "hosted at the City Council of the District of Harbourview, and FOIA experts spoke.",
			[]string{"City Council of the District of Harbourview"}},
		{"one comma and a second body", "the Board of Harbour Pilots, and KRX staff attended", []string{"Board of Harbour Pilots"}},
		{"one comma and a common word", "funded by the Office of Lighthouses, and Tides of the region", []string{"Office of Lighthouses"}},
		{"two commas keep the list", "The Committee on Commerce, Science, and Transportation met.", []string{"Committee on Commerce, Science, and Transportation"}},
	})
}
