package entity

import "testing"

// TestBareHeads covers "the Commission", "the Ministry" and other bare heads
// read as mentions of a body named elsewhere or of an EU institution.
func TestBareHeads(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // agency names with their mention counts
	}{
		{"ministry named before", "The Ministry of Health said the Ministry would act.", []string{"Ministry of Health x2"}},
		{"agency named after", "The Agency will review it. The Harbour Safety Agency agreed.", []string{"Harbour Safety Agency x2"}},
		{"university", "Kestrel University opened. The University has 300 staff.", []string{"Kestrel University x2"}},
		{"two commissions: ambiguous", "The Commission on Trade and the Commission for Ports met. The Commission said.",
			[]string{"Commission on Trade x1", "Commission for Ports x1"}},
		{"EU page: commission and council", "The EU and Japan met. The Commission welcomed it and the Council agreed.",
			[]string{"European Union x1", "European Commission x1", "Council of the European Union x1"}},
		{"EU page: parliament", "The European Union budget: the Parliament adopted it.", []string{"European Union x1", "European Parliament x1"}},
		{"EU page: commission president is a title", "The EU said the Commission President spoke.", []string{"European Union x1"}},
		{"no EU body: council stays unnamed", "The Council said it would act.", nil},
	}
	f := finderForTest(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, agencies, _ := f.find(tt.text)
			var got []string
			for _, a := range agencies {
				got = append(got, a.Name+" x"+string(rune('0'+len(a.Mentions))))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("got %q, want %q", got, tt.want)
					break
				}
			}
		})
	}
}

// TestAcronymByInitials covers an acronym used without a definition whose
// body is named in full elsewhere in the article.
func TestAcronymByInitials(t *testing.T) {
	tests := []agencyCase{
		{"acronym before the name", "ETSI and the APT cooperate with the European Telecommunications Standards Institute.",
			[]string{"Asia-Pacific Telecommunity (APT)", "European Telecommunications Standards Institute (ETSI)"}},
		{"acronym after the name", "The Harbour Safety Authority said so. The HSA agreed.", []string{"Harbour Safety Authority (HSA)"}},
		{"function words left out", "KCPA staff joined. The Kestrel Council for Port Affairs met.", []string{"Kestrel Council for Port Affairs (KCPA)"}},
		{"initials two bodies share", "The HSA met the Harbour Safety Authority and the Health Sciences Association.",
			[]string{"Harbour Safety Authority", "Health Sciences Association"}},
		{"an acronym of no body named", "The XYZ said so.", nil},
	}
	runAgencyCases(t, tests)
}

// TestWrittenNames: a listed body is named as the article writes it when
// the article drops or respells its country prefix, and keeps its listed
// name when the article writes that.
func TestWrittenNames(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"country prefix dropped", "Officials of the Department of Commerce met the Coast Guard.",
			[]string{"Coast Guard (USCG)", "Department of Commerce (DOC)"}},
		{"country spelled out", "the United States Senate passed the bill", []string{"United States Senate"}},
		{"listed name written as well", "The U.S. Department of Commerce said. Later the Department of Commerce added.",
			[]string{"U.S. Department of Commerce (DOC)"}},
		{"no country in the listed name", "the European Commission and the Department of Energy", []string{"Department of Energy (DOE)", "European Commission (EC)"}},
		{"a company's longer form", "Intel Corporation signed. Intel said.", []string{"Intel Corporation"}},
		{"a company's legal form", "Huawei Technologies Co., Ltd. and Samsung Electronics signed.", []string{"Huawei Technologies Co., Ltd", "Samsung Electronics"}},
	})
}

// TestListedCompanies: companies of the gazetteer named after people are
// bodies, not persons, and a listed company's name may open a longer one.
func TestListedCompanies(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"banks named after founders", "She joined Morgan Stanley after years at Goldman Sachs.", []string{"Goldman Sachs", "Morgan Stanley"}},
		{"law firms named after partners", "advised by Baker McKenzie and Clifford Chance", []string{"Baker McKenzie", "Clifford Chance"}},
		{"a longer company name", "Toyota Tsusho Corporation and Toyota signed.", []string{"Toyota", "Toyota Tsusho Corporation"}},
		{"a listed company among unknown ones", "Representatives of Microsoft, Kestrel Web Services and the Cloud Security Alliance attended.",
			[]string{"Cloud Security Alliance", "Kestrel Web Services", "Microsoft"}},
	})
	f := finderForTest(t)
	for _, text := range []string{"She joined Morgan Stanley in 2019.", "Goldman Sachs said", "a deal with Lockheed Martin"} {
		t.Run("no person in "+text, func(t *testing.T) {
			if people, _, _ := f.find(text); len(people) != 0 {
				t.Errorf("got person %q, want none", people[0].Name)
			}
		})
	}
}

// TestOtherListedName: a listed body the article names only by another of
// its listed names (an alias, a former name, a short form of several
// words) is named as the article writes it; its plural, an acronym, a bare
// head or a title's complement never renames it.
func TestOtherListedName(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"an alias", "A cable from the Foreign Office reached Canberra in May.", []string{"Foreign Office (FCO)"}},
		{"an alias and the listed name", "The Foreign Office, now the Foreign and Commonwealth Office, replied.", []string{"Foreign and Commonwealth Office (FCO)"}},
		{"a short form with the acronym", "Delegates at the UN General Assembly voted.", []string{"UN General Assembly (UNGA)"}},
		{"a short form in a list", "Speeches at the Security Council and the UN General Assembly followed.", []string{"Security Council (UNSC)", "UN General Assembly (UNGA)"}},
		{"an acronym keeps the listed name", "The FCO said it would reply.", []string{"Foreign and Commonwealth Office (FCO)"}},
		{"a plural keeps the listed name", "He visited the U.S. Departments of State and Justice.", []string{"U.S. Department of State (DOS)"}},
		{"a former name", "The Ministry of the Environment and Water Resources will host it.", []string{"Ministry of the Environment and Water Resources (MSE)"}},
	})
}
