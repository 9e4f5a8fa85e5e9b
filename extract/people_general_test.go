package extract

import "testing"

// TestPeopleGeneral covers name shapes of other countries' releases:
// family-name-first East Asian names, titles set off by commas, titles
// whose complement runs into the name, and their negative cases.
func TestPeopleGeneral(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantPerson
	}{
		{"korean family name first with hyphenated given name", "Minister of Science and ICT Yoo Sung-min said the launch went well.",
			[]wantPerson{{"Yoo Sung-min", "Minister of Science and ICT", ""}}},
		{"family name that is an English word", "Korea's Vice Minister of Science and ICT, Dr Park Seo-yeon, said so.",
			[]wantPerson{{"Park Seo-yeon", "Korea's Vice Minister of Science and ICT", "KR"}}},
		{"comma inside the title and a country label", "Korea: Minister of Culture, Sports and Tourism Choi Young-ho",
			[]wantPerson{{"Choi Young-ho", "Minister of Culture, Sports and Tourism", "KR"}}},
		{"later mention by the family name", "Minister Choi Young-ho opened the meeting. Minister Choi said it went well.",
			[]wantPerson{{"Choi Young-ho", "Minister", ""}}},
		{"three-part Chinese name after a comma title", "The Chancellor of the Exchequer, Graham Whitfield, and Singapore's Deputy Prime Minister, Ong Kai Ming, today launched it.",
			[]wantPerson{{"Graham Whitfield", "Chancellor of the Exchequer", ""}, {"Ong Kai Ming", "Singapore's Deputy Prime Minister", "SG"}}},
		{"non-ASCII name after a comma title", "Slovenia's Minister of Digital Transformation, Žiga Horvat, announced the date.",
			[]wantPerson{{"Žiga Horvat", "Slovenia's Minister of Digital Transformation", "SI"}}},
		{"title complement ends before the name", "Minister for AI and Intellectual Property Helen Marchetti said:",
			[]wantPerson{{"Helen Marchetti", "Minister for AI and Intellectual Property", ""}}},
		{"title word does not bleed into the name", "Japan's Minister for Digital Transformation Haruto Sugimura met them.",
			[]wantPerson{{"Haruto Sugimura", "Japan's Minister for Digital Transformation", "JP"}}},
		{"given name that is a word after a complement", "Secretary of the Interior Deb Halvorsen joined the summit.",
			[]wantPerson{{"Deb Halvorsen", "Secretary of the Interior", ""}}},
		{"Malay honorifics and bin/binti, delegation country", "The Brunei Darussalam delegation was led by the Honourable Dato Seri Setia Ir. Awang Haji Suhaimi bin Haji Gafar, Minister of Development, and comprised Dayang Dr. Nor Imtihan binti Haji Abdul Razak, Permanent Secretary (Planning, Landuse and Environment), and others.",
			[]wantPerson{{"Suhaimi bin Haji Gafar", "Minister of Development", "BN"}, {"Nor Imtihan binti Haji Abdul Razak", "Permanent Secretary (Planning, Landuse and Environment)", "BN"}}},
		{"title word the lexicon lacks in an appositive", "Her Excellency Ms. Grace Fu, Minister for Sustainability and the Environment, led the talks.",
			[]wantPerson{{"Grace Fu", "Minister for Sustainability and the Environment", ""}}},
		{"bracketed title part and its body", "Mr Tan Wei Ming, Deputy Secretary (Policy), MSE, said. The Ministry of Sustainability and the Environment (MSE) agreed.",
			[]wantPerson{{"Tan Wei Ming", "Deputy Secretary (Policy), MSE", "SG"}}},
		{"family name that is a word before two given syllables", "NUS appointed Professor Low Teck Seng as Senior Vice President.",
			[]wantPerson{{"Low Teck Seng", "", ""}}},
		{"two-word country in an appositive", "Mr James Shaw, New Zealand's Minister for Climate Change, spoke.",
			[]wantPerson{{"James Shaw", "Minister for Climate Change", "NZ"}}},
		{"Malay honorific YB", "Malaysia's Deputy Minister for Agriculture and Food Security YB Chan Foong Hin spoke.",
			[]wantPerson{{"Chan Foong Hin", "Malaysia's Deputy Minister for Agriculture and Food Security", "MY"}}},
		{"plural label after a name in a table", "Chairperson Dr Amy Khor Members Mr David Chua",
			[]wantPerson{{"Amy Khor", "Chairperson", ""}, {"David Chua", "", ""}}},
		{"companies, schools and outlets are not people", "He bought from Yong Trading and Abbott Nutrition near Nan Hua High School, Bloomberg Television said.", nil},
		{"country in brackets after the name", "chaired by Mr Henrik Solberg (Norway).",
			[]wantPerson{{"Henrik Solberg", "", "NO"}}},
		{"menu or headline in Title Case", "Keating Secures $900K Federal Grant for Quincy Downtown Project\tAugust 17, 2011", nil},
		{"headline verb after a surname", "Sen. Paul Questions Secretary of Homeland Security on Encryption",
			[]wantPerson{{"Paul", "", ""}}},
		{"plural word after a name is not dropped mid-line", "the Bradley Fighting Vehicles arrived.", nil},
		{"country with its acronym before a title", "Japanese Foreign Minister Hayashi Yoshimasa and Republic of Korea (ROK) Minister of Foreign Affairs Chung Eui-yong met today.",
			[]wantPerson{{"Hayashi Yoshimasa", "Japanese Foreign Minister", "JP"}, {"Chung Eui-yong", "Republic of Korea (ROK) Minister of Foreign Affairs", "KR"}}},
		{"photo caption labels end a title", "Mr James Shaw, Minister for Climate Change Bottom left: Minister Fu",
			[]wantPerson{{"James Shaw", "Minister for Climate Change", ""}, {"Fu", "Minister", ""}}},
		{"a word before a title head is a title", "It appointed its Chief Sustainability Officer last year.", nil},
		{"double-barrelled name with a given name that is a word", "Ms. Doreen Bogdan-Martin, ITU Secretary-General, said so.",
			[]wantPerson{{"Doreen Bogdan-Martin", "ITU Secretary-General", ""}}},
		{"hyphenated words are not names", "the Post-War and Mid-June and Asia-Pacific plans", nil},
		{"a body's name with commas inside the title", "Ministry of Economy, Trade and Industry State Minister Nakatani Shinichi attended.",
			[]wantPerson{{"Nakatani Shinichi", "Ministry of Economy, Trade and Industry State Minister", "JP"}}},
		{"transcript speakers with dotted honorifics", "MS. JEAN-PIERRE:  Look, we said it.\nMR. KIRBY:  Thank you.",
			[]wantPerson{{"Jean-Pierre", "", ""}, {"Kirby", "", ""}}},
		{"a given name before a known surname completes it", "MR. KIRBY:  Thank you.\nQ    With that, my colleague is here, John Kirby, to talk.",
			[]wantPerson{{"John Kirby", "", ""}}},
		{"Indian honorific and a hyphenated surname with a word part", "signed by Shri Rajesh Kumar Iyer, Secretary, MeitY, and Norway's Minister of Trade and Industry, Sigrid Aasland-Berg, on Friday.",
			[]wantPerson{{"Rajesh Kumar Iyer", "Secretary, MeitY", "IN"}, {"Sigrid Aasland-Berg", "Norway's Minister of Trade and Industry", "NO"}}},
		{"post-nominal before the appositive", "The Rt Hon Michelle Donelan MP, Secretary of State for Science, Innovation and Technology, said so.",
			[]wantPerson{{"Michelle Donelan", "Secretary of State for Science, Innovation and Technology", ""}}},
		{"list of complements in an appositive", "The Honourable François-Philippe Champagne, Minister of Innovation, Science and Industry, today announced it.",
			[]wantPerson{{"François-Philippe Champagne", "Minister of Innovation, Science and Industry", ""}}},
		{"an appositive list of people is not a title", "Ministers attended: Jane Smith, Minister of Trade, Paul Jones and Anna Lee.",
			[]wantPerson{{"Jane Smith", "Minister of Trade", ""}, {"Paul Jones", "", ""}, {"Anna Lee", "", ""}}},
		{"given name that is a title word after an honorific", "Sens. Dean Heller (R-NV) and Dr. Major Owens spoke; the Dean of the Faculty did not.",
			[]wantPerson{{"Dean Heller", "", ""}, {"Major Owens", "", ""}}},
		{"speech verb before the name", "\"We look to build relationships,\" said Maria Lopez. \"Yes,\" said Tuesday's speaker.",
			[]wantPerson{{"Maria Lopez", "", ""}}},
		{"military rank abbreviation", "Spc. Isiah L. Booker, of Cibolo, Texas, died Jan. 7.",
			[]wantPerson{{"Isiah L. Booker", "", ""}}},
		{"compound adjectives are not given names", "Seoul-based and Lee-led firms met at Park-style venues.", nil},
		{"a family name before an ordinary word is no name", "Park Avenue and Long Island are places.", nil},
		{"comma title before a place is no person", "The Minister of Finance, Tokyo Metropolitan, said so.", nil},
		{"title complement alone is no person", "the Director of Policy Planning and the Secretary of the Interior agreed.", nil},
	}
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
