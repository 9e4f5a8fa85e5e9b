package entity

import "testing"

// TestDefinedByAcronym: a capitalized name defined with its acronym names a
// body when the acronym spells its initials and the name holds a word only
// a name would; the bare acronym later is the same body. Laws, plans,
// concepts and meetings defined the same way are none.
func TestDefinedByAcronym(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"coined word", "The United Dockworkers (UDW) endorsed the deal. The UDW will vote.", []string{"United Dockworkers (UDW)"}},
		{"acronym inside the name", "Ruritania joined the Global Compact on AI (GCAI) in May.", []string{"Global Compact on AI (GCAI)"}},
		{"place and a skipped word", "Funding came from the Oslo Poverty & Human Development Initiative (OPHI).", []string{"Oslo Poverty & Human Development Initiative (OPHI)"}},
		{"letters after an initial", "Leaders of the Andora Community (ANCOM) met.", []string{"Andora Community (ANCOM)"}},
		{"place-pair fund", "It drew on the Norway-ASEAN Integration Fund (NAIF) for the study.", []string{"Norway-ASEAN Integration Fund (NAIF)"}},
		{"a concept", "Rules on Artificial Intelligence (AI) were discussed.", nil},
		{"a plan", "The Master Plan on ASEAN Connectivity (MPAC) guides it.", []string{"Association of Southeast Asian Nations (ASEAN)"}},
		{"an agreement", "The Trans-Pacific Partnership (TPP) lapsed.", nil},
		{"common words only", "The Small and Medium Enterprises (SMEs) grew.", nil},
		{"initials that do not fit", "The Oslo Harbour Project (XYZ) began.", nil},
	})
}

// TestInitialsFit checks the acronym spelling rule alone.
func TestInitialsFit(t *testing.T) {
	cases := []struct {
		acr   string
		words []string
		want  bool
	}{
		{"UAW", []string{"United", "Autoworkers"}, true},
		{"CARICOM", []string{"Caribbean", "Community"}, true},
		{"GPAI", []string{"Global", "Partnership", "AI"}, true},
		{"OPHI", []string{"Oxford", "Poverty", "Human", "Development", "Initiative"}, true},
		{"XYZ", []string{"Oslo", "Harbour", "Project"}, false},
		{"AB", []string{"Alpha", "Gamma", "Delta", "Beta"}, false},
	}
	for _, c := range cases {
		if got := initialsFit(c.acr, c.words); got != c.want {
			t.Errorf("initialsFit(%q, %v) = %v, want %v", c.acr, c.words, got, c.want)
		}
	}
}

// TestAcronymExpansion: the bodies read inside the bracket that spells a
// listed acronym out are that one body.
func TestAcronymExpansion(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"comma inside the name", "A partnership with UNESCO (United Nations Education, Scientific and Cultural Organisation) began.",
			[]string{"United Nations Educational, Scientific and Cultural Organization (UNESCO)"}},
		{"and inside the name", "It joined the OECD (Organisation for Economic Co-operation and Development) review.",
			[]string{"Organisation for Economic Co-operation and Development (OECD)"}},
		{"two bodies that do not spell it", "UNESCO (with the Ministry of Education and the World Bank) met.",
			[]string{"Ministry of Education (MOE)", "United Nations Educational, Scientific and Cultural Organization (UNESCO)", "World Bank"}},
	})
}
