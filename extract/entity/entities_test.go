package entity

import (
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/communique/communique/extract/entity/lexicon"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
)

var (
	testFinderOnce sync.Once
	testFinder     *Finder
	testFinderErr  error
)

func finderForTest(t testing.TB) *Finder {
	t.Helper()
	testFinderOnce.Do(func() { testFinder, testFinderErr = New() })
	if testFinderErr != nil {
		t.Fatal(testFinderErr)
	}
	return testFinder
}

func agencyNames(as []Agency) []string {
	var out []string
	for _, a := range as {
		s := a.Name
		if a.Acronym != "" {
			s += " (" + a.Acronym + ")"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func TestAgencies(t *testing.T) {
	tests := []agencyCase{
		{"ministry of with acronym", "held by the Ministry of Internal Affairs and Communications (MIC) in Tokyo.",
			[]string{"Ministry of Internal Affairs and Communications (MIC)"}},
		{"acronym alone later is the same body", "the Ministry of Internal Affairs and Communications (MIC). Later the MIC said.",
			[]string{"Ministry of Internal Affairs and Communications (MIC)"}},
		{"department aliases resolve to one body", "the U.S. Department of State and the State Department and the Department of State.",
			[]string{"U.S. Department of State (DOS)"}},
		{"no truncation", "officials of the U.S. Department of State met.",
			[]string{"U.S. Department of State (DOS)"}},
		{"possessive yields both", "the U.S. Department of Commerce's National Institute of Standards and Technology participated.",
			[]string{"National Institute of Standards and Technology (NIST)", "U.S. Department of Commerce (DOC)"}},
		{"typo with commas", "the Ministry of Economy, Trade, Industry, and the Cabinet Office took part.",
			[]string{"Cabinet Office", "Ministry of Economy, Trade and Industry (METI)"}},
		{"plural typo", "and the National Science Foundations (NSF) represented the United States.",
			[]string{"National Science Foundation (NSF)"}},
		{"bureau pattern", "Director General of the Global ICT Strategy Bureau from the Ministry of Internal Affairs and Communications.",
			[]string{"Global ICT Strategy Bureau", "Ministry of Internal Affairs and Communications (MIC)"}},
		{"unknown bureau by pattern", "officials of the Harbor Policy Bureau met.",
			[]string{"Harbor Policy Bureau"}},
		{"office of a secretariat", "the IT Policy Office of Cabinet Secretariat, etc. participated",
			[]string{"Cabinet Secretariat", "IT Policy Office"}},
		{"secretariat of a commission is the commission", "participants from the Secretariat of Personal Information Protection Commission, the",
			[]string{"Personal Information Protection Commission (PPC)"}},
		{"directorate-general with commas", "the Directorate-General for Communications Networks, Content and Technology) has been",
			[]string{"Directorate-General for Communications Networks, Content and Technology (DG CNECT)"}},
		{"unhyphenated DG and DG CONNECT", "the Directorate General for Communications Networks, Content and Technology and DG CONNECT",
			[]string{"Directorate-General for Communications Networks, Content and Technology (DG CNECT)"}},
		{"university and institute", "Director of the Meiji Institute for Global Affairs, Meiji University) and",
			[]string{"Meiji Institute for Global Affairs", "Meiji University"}},
		{"chamber of commerce in a country", "through the Japan Business Federation and the American Chamber of Commerce in Japan submitted",
			[]string{"American Chamber of Commerce in Japan (ACCJ)", "Japan Business Federation"}},
		{"agency of a country", "Deputy Chief Executive Operations, Cyber Security Agency) and the Cyber Security Agency of Singapore",
			[]string{"Cyber Security Agency of Singapore (CSA)"}},
		{"lower-case description", "project implemented by Japan's internal affairs and communications ministry, the statement said.",
			[]string{"Ministry of Internal Affairs and Communications (MIC)"}},
		{"lower-case foreign ministry of a country", "a spokesperson for Japan's foreign ministry said", []string{"Ministry of Foreign Affairs (MOFA)"}},
		{"acronym then full name", "The NICT (National Institute of Information and Communications Technology) signed.",
			[]string{"National Institute of Information and Communications Technology (NICT)"}},
		{"spelling variants", "the Organization for Economic Cooperation and Development and the OECD",
			[]string{"Organization for Economic Cooperation and Development (OECD)"}},
		{"defined acronym of a body the gazetteer lacks", "the Harbor Safety Commission (HSC) met. The HSC agreed.",
			[]string{"Harbor Safety Commission (HSC)"}},
		{"truncated later mention", "the Committee of Experts on the Application of Standards met; the Committee of Experts said",
			[]string{"Committee of Experts on the Application of Standards"}},
		{"shortened later mention", "the Senate Armed Services Committee met; the Armed Services Committee said",
			[]string{"Senate Armed Services Committee"}},
		{"known name inside a longer one", "agents of the Diplomatic Security Service arrested", []string{"Diplomatic Security Service"}},
		{"title after a body's name", "said Office of National Drug Control Policy Assistant Director Eric Talbot", []string{"Office of National Drug Control Policy"}},
		{"venues are not bodies", "at the Los Angeles Convention Center", nil},
		{"meetings and dialogues are not bodies", "the U.S.-Japan Cyber Dialogue and the Japan-ASEAN Information Security Policy Meeting and the Cloud Computing Working Group",
			nil},
		{"projects are not bodies", "the Protected Repository for the Defense of Infrastructure Against Cyber Threats (PREDICT) project; PREDICT data",
			nil},
		{"country alone before a head is not a body", "the U.S. Department said", nil},
		{"countries are not bodies", "Japan and the United States met in Tokyo.", nil},
		{"job titles are not bodies", "the Director General and the Secretary-General spoke.", nil},
		{"intergovernmental acronyms", "venues such as APEC and the OECD and the ITU", []string{
			"Asia-Pacific Economic Cooperation (APEC)", "International Telecommunication Union (ITU)", "Organisation for Economic Co-operation and Development (OECD)"}},
		{"function words are not skipped freely", "the UN and the Security Council",
			[]string{"Security Council (UNSC)", "United Nations (UN)"}},
		{"optional article", "officials of Japan's Ministry of Environment said", []string{"Ministry of the Environment (MOE)"}},
		{"ampersand for and", "the Ministry of Internal Affairs & Communications", []string{"Ministry of Internal Affairs and Communications (MIC)"}},
		{"acronym of a conference is not the union's", "the Plenipotentiary Conference of the International Telecommunication Union (ITU-PP) to be held",
			[]string{"International Telecommunication Union (ITU)"}},
	}
	runAgencyCases(t, tests)
}

func TestAgencyParentAndAliases(t *testing.T) {
	f := finderForTest(t)
	text := "Shun Sakurai, Director General of the Global ICT Strategy Bureau from the Ministry of Internal Affairs and Communications (MIC). The MIC and Japan's internal affairs and communications ministry."
	_, agencies, _ := f.find(text)
	var bureau, mic *Agency
	for i := range agencies {
		switch agencies[i].Name {
		case "Global ICT Strategy Bureau":
			bureau = &agencies[i]
		case "Ministry of Internal Affairs and Communications":
			mic = &agencies[i]
		}
	}
	if bureau == nil || mic == nil {
		t.Fatalf("got %q, want the bureau and MIC", agencyNames(agencies))
	}
	if bureau.Parent != mic.ID {
		t.Errorf("bureau parent: got %q, want %q", bureau.Parent, mic.ID)
	}
	if len(mic.Mentions) != 4 {
		t.Errorf("MIC mentions: got %d, want 4 (%v)", len(mic.Mentions), mic.Mentions)
	}
	if mic.Country != "JP" || mic.Kind != KindGovernment {
		t.Errorf("MIC country/kind: got %q/%q, want JP/government", mic.Country, mic.Kind)
	}
	for _, m := range mic.Mentions {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q does not match text %q", m.Text, text[m.Start:m.End])
		}
	}
}

type wantPerson struct{ name, title, country string }

// peopleCase is one row of a people table: the people found in text, in
// order, with their titles and countries.
type peopleCase struct {
	name string
	text string
	want []wantPerson
}

func runPeopleCases(t *testing.T, tests []peopleCase) {
	t.Helper()
	f := finderForTest(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			people, _, _ := f.find(tt.text)
			var got []wantPerson
			for _, p := range people {
				got = append(got, wantPerson{p.Name, p.Title, p.Country})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("person %d: got %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// agencyCase is one row of an agency table: the agencies found in text,
// as "Name (ACR)" sorted.
type agencyCase struct {
	name string
	text string
	want []string
}

func runAgencyCases(t *testing.T, tests []agencyCase) {
	t.Helper()
	f := finderForTest(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, agencies, _ := f.find(tt.text)
			got := strings.Join(agencyNames(agencies), "; ")
			want := strings.Join(tt.want, "; ")
			if got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestPeople(t *testing.T) {
	tests := []peopleCase{
		{"ambassador before name", "Ambassador Philip Verveer and officials participated.",
			[]wantPerson{{"Philip Verveer", "Ambassador", ""}}},
		{"long title before name", "U.S. delegation: Assistant Secretary of State for East Asian and Pacific Affairs Kurt Campbell, and others",
			[]wantPerson{{"Kurt Campbell", "Assistant Secretary of State for East Asian and Pacific Affairs", "US"}}},
		{"vice-minister with complement", "Japanese side: Vice-Minister for Policy Coordination Masahiko Tominaga (the Ministry of Internal Affairs and Communications) and others",
			[]wantPerson{{"Masahiko Tominaga", "Vice-Minister for Policy Coordination", "JP"}}},
		{"professor abbreviation", "Co-chairs: Japan (Prof. Ryozo Hayashi, Director of the Meiji Institute for Global Affairs, Meiji University)",
			[]wantPerson{{"Ryozo Hayashi", "Director of the Meiji Institute for Global Affairs, Meiji University", "JP"}}},
		{"honorific and Chinese name", "and Singapore (Mr. Hoo Ming Ng, Deputy Chief Executive Operations, Cyber Security Agency)",
			[]wantPerson{{"Hoo Ming Ng", "Deputy Chief Executive Operations, Cyber Security Agency", "SG"}}},
		{"hyphenated title", "EU side: Deputy Director-General Khalil Rouhana (the Directorate General for Communications Networks, Content and Technology)",
			[]wantPerson{{"Khalil Rouhana", "Deputy Director-General", "EU"}}},
		{"name then appositive", "In addition, Koichi Endo, Japan's first Government Chief Information Officer and Steven VanRoekel, the U.S. Federal Chief Information Officer exchanged opinions.",
			[]wantPerson{{"Koichi Endo", "Government Chief Information Officer", "JP"}, {"Steven VanRoekel", "U.S. Federal Chief Information Officer", "US"}}},
		{"appositive with body", "Hajime Tonegawa, Director General of the Global ICT Strategy Bureau, Ministry of Internal Affairs and Communications (MIC), and officials",
			[]wantPerson{{"Hajime Tonegawa", "Director General of the Global ICT Strategy Bureau, Ministry of Internal Affairs and Communications", "JP"}}},
		{"byline", "the way ahead on education and training. -- Christopher J. Castelli (This e-mail address",
			[]wantPerson{{"Christopher J. Castelli", "", ""}}},
		{"middle initial", "Ambassador Daniel A. Sepulveda, and officials representing",
			[]wantPerson{{"Daniel A. Sepulveda", "Ambassador", ""}}},
		{"particle", "EU side: Director Gerard de Graaf (Digital Economy & Coordination (Directorate F) DG CONNECT, European Commission)",
			[]wantPerson{{"Gerard de Graaf", "Director", "EU"}}},
		{"body in title before name", "State Department Coordinator for Cyber Issues Christopher Painter and Ambassador Jun Shimmi, deputy director-general of Japan's foreign policy bureau, will lead the talks. Painter said so.",
			[]wantPerson{{"Christopher Painter", "State Department Coordinator for Cyber Issues", "US"}, {"Jun Shimmi", "Ambassador, deputy director-general of Japan's foreign policy bureau", "JP"}}},
		{"title after a title word", "Director-General of the Global Strategy Bureau Kenichi Imabayashi (the Ministry of Internal Affairs and Communications)",
			[]wantPerson{{"Kenichi Imabayashi", "Director-General of the Global Strategy Bureau", "JP"}}},
		{"surname after title", "Foreign Secretary Philip Hammond met Secretary Kerry. Mr Hammond said.",
			[]wantPerson{{"Philip Hammond", "Foreign Secretary", ""}, {"Kerry", "Secretary", ""}}},
		{"given name and surname alone", "Ichiro Fujisaki attended.",
			[]wantPerson{{"Ichiro Fujisaki", "", ""}}},
		{"title word as surname", "Foreign Minister Julie Bishop said.",
			[]wantPerson{{"Julie Bishop", "Foreign Minister", ""}}},
		{"al- names", "the Iraqi Foreign Minister, Ibrahim al-Jaafari in London.",
			[]wantPerson{{"Ibrahim al-Jaafari", "", ""}}},
		{"job titles alone are not people", "The Director General and the Deputy Director-General and the Ambassador Extraordinary and Plenipotentiary of Japan met.", nil},
		{"headings are not people", "Cloud Computing Service\nPrivacy and Other Issues\nFuture Plans\nNew Generation Network", nil},
		{"places and bodies are not people", "held in Washington, D.C. by the Federal Communications Commission and Busan, Republic of Korea", nil},
		{"headline verb after a name", "Acting Assistant Secretary Aleisha Woodward Travels to Rome\nActing Assistant Secretary Aleisha Woodward will travel.",
			[]wantPerson{{"Aleisha Woodward", "Acting Assistant Secretary", ""}}},
		{"middle name alone", "Edgar Flores Santos was convicted. Flores Santos and Mr. Flores met.",
			[]wantPerson{{"Edgar Flores Santos", "", ""}}},
		{"press contact block", "Media contact: Xiaoqing Zhu, +65 6731 9000\nFor more information, contact Priya Raman at the Secretariat.",
			[]wantPerson{{"Xiaoqing Zhu", "", ""}, {"Priya Raman", "", ""}}},
		{"titles of two people in a row", "Deputy Assistant Secretary of State Akunna Cook and Acting Chief Operating Officer Leslie Marbury spoke.",
			[]wantPerson{{"Akunna Cook", "Deputy Assistant Secretary of State", ""}, {"Leslie Marbury", "Acting Chief Operating Officer", ""}}},
		{"name and title before a title", "President Biden and Prime Minister Kishida met.",
			[]wantPerson{{"Biden", "President", ""}, {"Kishida", "Prime Minister", ""}}},
		{"surname in capitals first", "Prime Minister KISHIDA Fumio met Mr. MOTEGI Toshimitsu of the LDP.",
			[]wantPerson{{"KISHIDA Fumio", "Prime Minister", ""}, {"MOTEGI Toshimitsu", "", ""}}},
		{"transcript speaker", "MR KIRBY: Good afternoon.", []wantPerson{{"Kirby", "", ""}}},
	}
	runPeopleCases(t, tests)
}

func TestPeopleMentionsAndAffiliation(t *testing.T) {
	f := finderForTest(t)
	text := "State Department Coordinator for Cyber Issues Christopher Painter will lead the talks. Painter said the talks matter."
	people, agencies, _ := f.find(text)
	if len(people) != 1 {
		t.Fatalf("got %d people, want 1: %+v", len(people), people)
	}
	p := people[0]
	if len(p.Mentions) != 2 || p.Mentions[1].Text != "Painter" {
		t.Errorf("mentions: got %+v, want the full name and the later surname", p.Mentions)
	}
	if p.Affiliation == "" || agencies[0].ID != p.Affiliation || agencies[0].Name != "State Department" {
		t.Errorf("affiliation: got %q, want the State Department (%+v)", p.Affiliation, agencies)
	}
	if p.ID != "p1" {
		t.Errorf("id: got %q, want p1", p.ID)
	}
}

func TestTitleMentions(t *testing.T) {
	f := finderForTest(t)
	people, _, _ := f.find("Foreign Secretary Philip Hammond met Minister Tobias Ellwood. The Foreign Secretary said the talks went well, and the Minister agreed.")
	if len(people) != 2 {
		t.Fatalf("got %d people, want 2: %+v", len(people), people)
	}
	var got []string
	for _, p := range people {
		for _, m := range p.Mentions {
			got = append(got, p.Name+"="+m.Text)
		}
	}
	want := []string{"Philip Hammond=Philip Hammond", "Philip Hammond=Foreign Secretary", "Tobias Ellwood=Tobias Ellwood", "Tobias Ellwood=Minister"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPlaces(t *testing.T) {
	f := finderForTest(t)
	_, _, places := f.find("held in Washington, D.C. and in Busan, Republic of Korea, and Singapore; the U.S.-Japan talks in Tokyo and Tokyo again, and Singapore.")
	var got []string
	for _, p := range places {
		got = append(got, p.Name+"/"+p.Kind+"/"+p.Country)
	}
	want := []string{"Washington/city/US", "Busan/city/KR", "Republic of Korea/country/KR", "Singapore/country/SG", "United States/country/US", "Japan/country/JP", "Tokyo/city/JP"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestAcronymFits(t *testing.T) {
	tests := []struct {
		acr, name string
		want      bool
	}{
		{"MIC", "Ministry of Internal Affairs and Communications", true},
		{"NISC", "National Center of Incident Readiness and Strategy for Cybersecurity", true},
		{"ACCJ", "American Chamber of Commerce in Japan", true},
		{"CIO", "Government Chief Information Office", true},
		{"ITU-PP", "International Telecommunication Union", false},
		{"XYZ", "Federal Trade Commission", false},
	}
	for _, tt := range tests {
		t.Run(tt.acr, func(t *testing.T) {
			if got := acronymFits(tt.acr, tt.name); got != tt.want {
				t.Errorf("acronymFits(%q, %q) = %v, want %v", tt.acr, tt.name, got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"abbreviations keep dots", "U.S. and Washington, D.C. today", []string{"U.S.", "and", "Washington", ",", "D.C.", "today"}},
		{"initials and honorifics", "Prof. Ryozo Hayashi and Christopher J. Castelli.", []string{"Prof.", "Ryozo", "Hayashi", "and", "Christopher", "J.", "Castelli", "."}},
		{"possessive split", "Japan’s ministry and Commerce's bureau", []string{"Japan", "’s", "ministry", "and", "Commerce", "'s", "bureau"}},
		{"hyphens inside words", "Director-General of Asia-Pacific", []string{"Director-General", "of", "Asia-Pacific"}},
		{"ampersand in acronym", "AT&T and R & D", []string{"AT&T", "and", "R", "&", "D"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range lexicon.Tokenize(tt.text) {
				got = append(got, tk.Text)
				if tt.text[tk.Start:tk.End] != tk.Text {
					t.Errorf("token %q has offsets of %q", tk.Text, tt.text[tk.Start:tk.End])
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFindArticle checks the exported entry point and ID numbering.
func TestFindArticle(t *testing.T) {
	f := finderForTest(t)
	people, agencies, _ := f.Find(&corpus.Article{Text: "Ambassador Philip Verveer of the U.S. Department of State and the Federal Communications Commission (FCC)."})
	if len(people) != 1 || people[0].ID != "p1" || people[0].Affiliation != "a1" {
		t.Errorf("people: got %+v, want p1 affiliated with a1", people)
	}
	if len(agencies) != 2 || agencies[0].ID != "a1" || agencies[1].ID != "a2" || agencies[1].Acronym != "FCC" {
		t.Errorf("agencies: got %+v, want a1 State, a2 FCC", agencies)
	}
}

func checkSpans(t *testing.T, text string, ms []extract.Mention) {
	t.Helper()
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("bad span %d:%d in %d bytes", m.Start, m.End, len(text))
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("span %d:%d is %q, mention says %q", m.Start, m.End, text[m.Start:m.End], m.Text)
		}
	}
}

func FuzzEntityFinder(f *testing.F) {
	for _, s := range []string{
		"Ambassador Philip Verveer and the U.S. Department of State (DOS).",
		"Koichi Endo, Japan’s first Government Chief Information Officer and Steven VanRoekel, the",
		"the Ministry of Economy, Trade, Industry, and the (MIC) (",
		"MR KIRBY: ( ) -- By", "Ibrahim al- Jaafari", "Japan's internal affairs and communications ministry",
		"\xff\xfe Mr. \u2019s", "", "(", "A.", "al-", "Secretariat of the",
	} {
		f.Add(s)
	}
	ef, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		people, agencies, places := ef.find(text)
		ids := map[string]bool{}
		for _, a := range agencies {
			checkSpans(t, text, a.Mentions)
			ids[a.ID] = true
			if a.Name == "" || len(a.Mentions) == 0 {
				t.Fatalf("agency without name or mentions: %+v", a)
			}
		}
		for _, a := range agencies {
			if a.Parent != "" && !ids[a.Parent] {
				t.Fatalf("parent %q is not an agency of the result", a.Parent)
			}
		}
		for _, p := range people {
			checkSpans(t, text, p.Mentions)
			if p.Name == "" || len(p.Mentions) == 0 {
				t.Fatalf("person without name or mentions: %+v", p)
			}
			if p.Affiliation != "" && !ids[p.Affiliation] {
				t.Fatalf("affiliation %q is not an agency of the result", p.Affiliation)
			}
			if utf8.ValidString(text) && !utf8.ValidString(p.Name) {
				t.Fatalf("invalid UTF-8 name %q", p.Name)
			}
		}
		for _, p := range places {
			checkSpans(t, text, p.Mentions)
		}
	})
}

// TestFindConcurrent runs one finder from many goroutines (go test -race).
func TestFindConcurrent(t *testing.T) {
	f := finderForTest(t)
	text := "Ambassador Philip Verveer of the U.S. Department of State met Koichi Endo of the Ministry of Internal Affairs and Communications (MIC) in Tokyo."
	want, _, _ := f.find(text)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				got, _, _ := f.Find(&corpus.Article{Text: text})
				if len(got) != len(want) || got[0].Name != want[0].Name {
					errs <- "different result under concurrency"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
