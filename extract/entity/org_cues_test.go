package entity

import "testing"

// TestOrgCues checks each rule of orgCues in three wordings, and the
// wordings it must leave alone.
func TestOrgCues(t *testing.T) {
	for _, r := range orgCues {
		if _, ok := orgCueCases[r.name]; !ok {
			t.Errorf("org cue %q has no cases", r.name)
		}
	}
	for rule, cs := range orgCueCases {
		t.Run(rule, func(t *testing.T) { runAgencyCases(t, cs) })
	}
}

var orgCueCases = map[string][]agencyCase{
	"an acronym before a possessive and a person": {
		{"quoted staff member", "\"We will grow,\" said KRX's Michael Harbourne, the project lead.", []string{"KRX"}},
		{"linked name", "They were hosted by QVT’s [Anna Lindqvist][2] and others.", []string{"QVT"}},
		{"later bare mentions join", "HBDC's Maria Santos spoke. HBDC then announced a grant, managed by HBDC.", []string{"HBDC"}},
		{"a country's acronym is no body", "The UK's John Harbourne met the team.", nil},
		{"an acronym inside a longer name", "the Harbour KRX's Maria Santos said", nil},
		{"no person after the possessive", "KRX's new office opened.", nil},
	},
	"a party beside a known body after between": {
		{"known body first", "a Memorandum of Understanding between the Harbour Market Authority and Viet Nam Electricity on trade",
			[]string{"Harbour Market Authority", "Viet Nam Electricity"}},
		{"known body second", "talks between Northwind Logistics and the Harbour Authority ended.",
			[]string{"Harbour Authority", "Northwind Logistics"}},
		{"listed body first", "an agreement between the World Bank and Quillpoint was signed",
			[]string{"Quillpoint", "World Bank"}},
		{"a plural noun after the run", "ties between the Harbour Authority and Harbourview households", []string{"Harbour Authority"}},
		{"a name that goes on after and", "between the Japan Bank for International Cooperation and Nippon Export and Investment Insurance",
			[]string{"Japan Bank for International Cooperation (JBIC)"}},
		{"a country is no party body", "the agreement between Singapore and the Harbour Authority was signed.", []string{"Harbour Authority"}},
		{"a person is no party body", "a meeting between John Smith and the Harbour Authority", []string{"Harbour Authority"}},
		{"a run before a noun", "the gap between Harbourview households and the Harbour Authority", []string{"Harbour Authority"}},
	},
	"the body that ends a name, title, body line": {
		{"ceo line", "Guests:\nMaria Lindqvist, President and CEO, Halvorsen\nJonas Berg, Chief Operating Officer, Kestrel Analytics\n",
			[]string{"Halvorsen", "Kestrel Analytics"}},
		{"acronym after the body", "Attendees:\nTomas Lind, Chairman, Quality Harbour Services (QHS)\nSigned.\n", []string{"Quality Harbour Services (QHS)"}},
		{"semicolon at the line end", "Participants:\nAna Ruiz, Founder, Zentrix Labs;\nJane Roe, Managing Partner, Brightwater;\n",
			[]string{"Brightwater", "Zentrix Labs"}},
		{"bullet, honorific and particle", "Speakers:\n- Ms Farah Nabila binte Rosli, Data Scientist, Harbour Bank\n- Mr Tan Ah Kow, Chief Executive, Kestrel Analytics\n",
			[]string{"Harbour Bank", "Kestrel Analytics"}},
		{"a title word inside the body's name", "Guests:\nShri Ravi Kumar, Founder, Zentrix Executive Education\n", []string{"Zentrix Executive Education"}},
		{"markdown hard line breaks", "Ruth Roe, President and Chief Investment Officer, Zentrix Labs  \nMatt Doe, CEO, Fabrikam Web Services  \n",
			[]string{"Fabrikam Web Services", "Zentrix Labs"}},
		{"a field of work is no body", "Contacts:\nJane Roe, Director, Public Affairs\n", nil},
		{"a place is no body", "Contacts:\nTomas Lind, Permanent Secretary, Stockholm\n", nil},
		{"no title before it", "Lunch:\nTomas Lind, Ana Ruiz, Halvorsen\n", nil},
	},
	"a name after a legal form written before it": {
		{"pt", "A programme with PT Perusahaan Listrik Negara on grids.", []string{"PT Perusahaan Listrik Negara"}},
		{"pt with a dot", "The PT. Pertamina deal closed.", []string{"PT. Pertamina"}},
		{"ooo", "OOO Northwind Trading signed it.", []string{"OOO Northwind Trading"}},
		{"a country after the form", "The PT Indonesia office opened.", nil},
	},
	"a name before a corporate title and a person": {
		{"ceo", "Zentrix CEO Jonas Berg announced the plant.", []string{"Zentrix"}},
		{"chief executive", "Initech Chief Executive Maria Lindqvist welcomed it.", []string{"Initech"}},
		{"founder lower case", "It was built by Kestrel Analytics founder Ana Ruiz.", []string{"Kestrel Analytics"}},
		{"a demonym", "Japanese CEO Taro Yamada spoke.", nil},
		{"a common word", "Former CEO Jane Roe spoke.", nil},
		{"no person after it", "The Zentrix CEO spoke.", nil},
	},
	"a name said to be an organization": {
		{"is a company", "Halvorsen is a Norwegian shipping company with offices in Oslo.", []string{"Halvorsen"}},
		{"was an organization", "Kestrel Relief was an international humanitarian organization.", []string{"Kestrel Relief"}},
		{"one of the largest", "Brightwater is one of the largest insurers in the region.", []string{"Brightwater"}},
		{"a place is no body", "Norway is a country with many shipping companies.", nil},
		{"not at a sentence start", "The report said Halvorsen is a company to watch.", nil},
		{"the noun does not end the phrase", "Halvorsen is a company director in Oslo.", nil},
	},
	"a name before a definite or possessive appositive": {
		{"the world's largest", "Zentrix Labs, the world's largest maker of tiles, opened a plant.", []string{"Zentrix Labs"}},
		{"one of the", "Northwind Mills, one of the biggest suppliers of yarn, signed.", []string{"Northwind Mills"}},
		{"a place's possessive", "Talvena, Europe’s second largest retail company, agreed.", []string{"Talvena"}},
		{"a person is no body", "Ana Ruiz, the firm's founder, spoke.", nil},
		{"a title, not a kind", "Jonas Berg, the company chairman, spoke.", nil},
	},
	"a name before a bracket that says what it is": {
		{"largest exporter", "It works with Cafenor (Peru’s largest coffee exporter) and others.", []string{"Cafenor"}},
		{"a firm", "Funding came from Zentrix (a Singapore-based fintech firm).", []string{"Zentrix"}},
		{"the region's", "Agrovia (the region's leading seed supplier) joined.", []string{"Agrovia"}},
		{"a place in brackets", "Offices in Lima (Peru) opened.", nil},
		{"a person", "Ana Ruiz (a company director) spoke.", nil},
	},
	"a name after a noun of companies": {
		{"place and company", "It was tested by the Norwegian company Fjordline Robotics last year.", []string{"Fjordline Robotics"}},
		{"tech firm", "The tech firm Zentrix will build it.", []string{"Zentrix"}},
		{"charity", "Donations went to the local charity Harbour Hope.", []string{"Harbour Hope"}},
		{"a person after it", "The company Ana Ruiz founded grew.", nil},
		{"a title after it", "The company Chairman spoke.", nil},
	},
	"a name after founded": {
		{"founded", "She founded Zentrix Analytics while a student.", []string{"Zentrix Analytics"}},
		{"co-founded", "He co-founded Brightwater in 2015.", []string{"Brightwater"}},
		{"founded the", "They founded the Kestrel Trust, now a charity.", []string{"Kestrel Trust"}},
		{"a place", "Settlers founded Wellington in 1840.", nil},
		{"passive", "The school was founded in 1901.", nil},
	},
	// the run after "hosted by", "organised by", "funded by" and like
	// participles names the body that did it; a person, a title, a place,
	// one plain word or a run that modifies a noun does not
	"a name after hosted, organised or funded by": {
		{"organised by", "a dialogue organised by Northwind Media and the Harbour Authority", []string{"Harbour Authority", "Northwind Media"}},
		{"hosted by a brand", "The side event was hosted by BlueKite, a start-up.", []string{"BlueKite"}},
		{"funded by the", "The study was funded by the Halvorsen Trust Fund.", []string{"Halvorsen Trust Fund"}},
		{"co-sponsored by an acronym", "a webinar co-sponsored by KZTA on Monday", []string{"KZTA"}},
		{"a person is no body", "The dinner was hosted by Mary Johnson on Friday.", nil},
		{"a place is no body", "The talks were hosted by Singapore in May.", nil},
		{"one plain word is left alone", "The centre is hosted by Otterburn.", nil},
		{"a run that modifies a noun", "It is funded by Kestrel taxpayers.", nil},
	},
	"a name after partnered with": {
		{"partnered with", "Zentrix has partnered with Fjordline Robotics to build it.", []string{"Fjordline Robotics"}},
		{"partnership with the", "It launched a partnership with the Glasswing Trust Fund.", []string{"Glasswing Trust Fund"}},
		{"collaboration with", "It works in collaboration with Agrovia and local farmers.", []string{"Agrovia"}},
		{"a person", "She partnered with Ana Ruiz on the study.", nil},
		{"a place", "It works in partnership with Norway on the plan.", nil},
		{"a modifier of a noun", "It is partnering with Nordic universities on the plan.", nil},
	},
	"a name before a possessive corporate title": {
		{"chief executive", "Contoso's chief executive welcomed the deal.", []string{"Contoso"}},
		{"founder", "Zentrix Labs’ founder spoke. Kestrel Analytics’s Founder agreed.", []string{"Kestrel Analytics"}},
		{"ceo", "Initech's CEO announced the plant.", []string{"Initech"}},
		{"a country's title", "Japan's Chief Cabinet Secretary spoke.", nil},
		{"after a title", "President Ruiz's chief of staff agreed.", nil},
	},
}

// TestNewHeads: the heads of trade unions, caucuses and panels make names,
// and a modified head alone in a title's complement makes none.
func TestNewHeads(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"union", "The National Farmers Union welcomed the bill.", []string{"National Farmers Union"}},
		{"union of", "The Union of Concerned Scientists replied.", []string{"Union of Concerned Scientists"}},
		{"transport union", "The Ruritanian Transport Workers Union went on strike.", []string{"Ruritanian Transport Workers Union"}},
		{"brotherhood", "Leaders of the International Brotherhood of Electrical Workers attended.", []string{"International Brotherhood of Electrical Workers"}},
		{"brotherhood of", "The Brotherhood of Locomotive Engineers agreed.", []string{"Brotherhood of Locomotive Engineers"}},
		{"national brotherhood", "The National Brotherhood of Carpenters met.", []string{"National Brotherhood of Carpenters"}},
		{"caucus", "The Congressional Hispanic Caucus welcomed it.", []string{"Congressional Hispanic Caucus"}},
		{"state caucus", "The Senate Rural Health Caucus met.", []string{"Senate Rural Health Caucus"}},
		{"caucus on", "The Bipartisan Caucus on Maritime Affairs met.", []string{"Bipartisan Caucus on Maritime Affairs"}},
		{"panel on", "The Intergovernmental Panel on Climate Change reported.", []string{"Intergovernmental Panel on Climate Change"}},
		{"science panel", "The Intergovernmental Science-Policy Panel on Biodiversity met.", []string{"Intergovernmental Science-Policy Panel on Biodiversity"}},
		{"expert panel", "The Independent Expert Review Panel reported.", []string{"Independent Expert Review Panel"}},
		{"a panel is a thing", "A Panel discussion followed.", nil},
		{"union in a title", "the High Representative of the Union for Foreign Affairs and Security Policy, Kaja Kallas, and Canada", nil},
		{"mission in a title", "the Head of the Mission for Peace, Ana Ruiz, spoke", nil},
		{"service in a title", "the Director of the Service for Audits, Tomas Lind, agreed", nil},
		{"state of the union", "He gave the State of the Union address.", nil},
		{"alliances of countries", "The Japan-United States Alliance and the U.S.-ROK Alliance are strong.", nil},
		{"a listed alliance", "The Cyber Threat Alliance and the Singapore-Japan Business Alliance met.", []string{"Cyber Threat Alliance", "Singapore-Japan Business Alliance"}},
		{"corps after a listed body", "The U.S. Army Corps of Engineers will help.", []string{"U.S. Army Corps of Engineers"}},
		{"an organ with its country", "The National Security Council Secretariat of the Philippines met.", []string{"National Security Council Secretariat"}},
		{"administration of two leaders", "The Biden-Harris Administration announced it.", nil},
		{"administration of one leader", "Officials of the Kishida Administration agreed.", nil},
		{"administration of a surname pair", "The Halvorsen-Okafor Administration fell.", nil},
		{"administration of common words", "The Small Harbour Safety Administration agreed.", []string{"Small Harbour Safety Administration"}},
		{"own country's chamber", "The Korea Chamber of Commerce and Industry in Seoul hosted it.", []string{"Korea Chamber of Commerce and Industry"}},
		{"own country's chamber in its capital", "The Japan Chamber of Commerce in Tokyo agreed.", []string{"Japan Chamber of Commerce"}},
		{"foreign chamber", "The Japanese Chamber of Commerce in Singapore agreed.", []string{"Japanese Chamber of Commerce in Singapore"}},
		{"peace corps", "The Ruritanian Civil Defence Corps joined.", []string{"Ruritanian Civil Defence Corps"}},
		{"airline", "Seats on Ruritania Airways rose.", []string{"Ruritania Airways"}},
		{"airlines", "The Harbour Islands Airlines fleet grew.", []string{"Harbour Islands Airlines"}},
		{"trust of several words", "The Coastal Suicide Prevention Trust thanked volunteers.", []string{"Coastal Suicide Prevention Trust"}},
		{"trust of one word", "The goal is Building Trust online.", nil},
		{"industries of two words", "Halvorsen Heavy Industries built the ship.", []string{"Halvorsen Heavy Industries"}},
		{"a sector", "Support for the Creative Industries grew.", nil},
		{"university and its hospital", "Doctors from Harbin University Children's Hospital came.", []string{"Harbin University Children's Hospital"}},
		{"institute and its school", "It joined Oslo Institute Women's Health Centre.", []string{"Oslo Institute Women's Health Centre"}},
		{"a possessive after one head ends it", "Harbin University's students met.", []string{"Harbin University"}},
		{"motors and ventures", "Zentrix Ventures and Fjord Motors signed.", []string{"Fjord Motors", "Zentrix Ventures"}},
		{"a list after a known company", "Representatives of Halvorsen Heavy Industries, Brightwater Ocean and Zentrix attended.",
			[]string{"Brightwater Ocean", "Halvorsen Heavy Industries", "Zentrix"}},
		{"trust with an of phrase", "The Trust of the Harbour Fund replied.", []string{"Trust of the Harbour Fund"}},
	})
}

// TestOwnedBodyNotMerged: a body named by another's name and a head of
// ownedHeads is another body, not a longer name of the first.
func TestOwnedBodyNotMerged(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"foundation", "It works with Zentrix (a Swedish food company) and the Zentrix Foundation.", []string{"Zentrix", "Zentrix Foundation"}},
		{"institute", "Halvorsen, the world's largest ferry company, and the Halvorsen Institute agreed.", []string{"Halvorsen", "Halvorsen Institute"}},
		{"hospital", "Brightwater is a Norwegian insurer. The Brightwater Hospital opened.", []string{"Brightwater", "Brightwater Hospital"}},
	})
}

// TestPlaceSpelledByAcronym: a place after a head is part of the name when
// the bracketed acronym after it spells it.
func TestPlaceSpelledByAcronym(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"service", "The Meteorological Service Singapore (MSS) issued a warning.", []string{"Meteorological Service Singapore (MSS)"}},
		{"authority", "The Revenue Authority Kenya (RAK) agreed.", []string{"Revenue Authority Kenya (RAK)"}},
		{"board", "The Tourism Promotion Board Peru (TPBP) joined.", []string{"Tourism Promotion Board Peru (TPBP)"}},
		{"acronym without the place", "The Harbour Safety Board (HSB) Singapore office opened.", []string{"Harbour Safety Board (HSB)"}},
	})
}
