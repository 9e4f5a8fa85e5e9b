package entity

import "testing"

// TestOrgOpenClass covers bodies the gazetteer does not list, found by an
// institutional head or a company legal form, and what they must not catch.
func TestOrgOpenClass(t *testing.T) {
	tests := []agencyCase{
		// institutional heads
		{"schools of a list", "Pupils of Rivermead Primary School and Hollins Girls' School took part.",
			[]string{"Hollins Girls' School", "Rivermead Primary School"}},
		{"polytechnic and hospital after a place name", "Staff of Singapore Polytechnic and Harbourview General Hospital helped.",
			[]string{"Harbourview General Hospital", "Singapore Polytechnic"}},
		{"holdings and corporation", "Contoso Holdings and the Lakeside Power Corporation signed the deal.",
			[]string{"Contoso Holdings", "Lakeside Power Corporation"}},
		{"coalition with a complement", "funding for the Coalition for Clean Harbour Innovations was raised",
			[]string{"Coalition for Clean Harbour Innovations"}},
		{"capitalized Against in a title-case name", "the Independent Commission Against Fraud said",
			[]string{"Independent Commission Against Fraud"}},
		{"mission to a listed body", "officials of the Ruritanian Mission to ASEAN attended",
			[]string{"Ruritanian Mission to ASEAN"}},
		{"network of agencies", "the Financial Crime Agencies Network met in March", []string{"Financial Crime Agencies Network"}},
		{"second title after a body's name", "Advisor to the Harbour Developers' Association of Ruritania, and Deputy Chairman of the board",
			[]string{"Harbour Developers' Association of Ruritania"}},
		{"second title after and", "Member of the Harbour Engineers Board and Vice President of the club", []string{"Harbour Engineers Board"}},
		{"modified head inside a longer name", "the 3P Network Department and the World Harbour Bank Group", []string{"3P Network Department", "World Harbour Bank Group"}},
		{"job title before a body in a table", "Chief Executive National Youth Council\n", []string{"National Youth Council"}},
		{"job title of three words", "Deputy Chief Executive Harbour Safety Board said", []string{"Harbour Safety Board"}},
		{"title words that are the whole name stay", "the Canadian Trade Commissioner Service helps", []string{"Canadian Trade Commissioner Service"}},
		{"oxford comma inside a committee's name", "Chair of the Senate Committee on Commerce, Science, and Transportation, said",
			[]string{"Senate Committee on Commerce, Science, and Transportation"}},
		{"one title word may open a name", "the Executive Office of the President", []string{"Executive Office of the President (EOP)"}},
		{"board of directors and centre of excellence", "The Board of Directors met at the Centre of Excellence.", nil},
		{"board of trustees", "the Board of Trustees and the Board of Governors", nil},
		{"board of a named trade stays", "the Board of Trade agreed", []string{"Board of Trade"}},
		{"acronym after the name without brackets", "The State Secretariat for Trade Affairs STA funded it. STA said so.",
			[]string{"State Secretariat for Trade Affairs (STA)"}},
		{"acronym after an of-name", "the Swiss Agency for Harbour Cooperation SAHC and others", []string{"Swiss Agency for Harbour Cooperation (SAHC)"}},
		{"capitals that are no acronym of the name stay", "the Harbour Agency for Trade XYZ said", []string{"Harbour Agency for Trade XYZ"}},
		{"office of a compound title", "The Prime Minister's Office and the Attorney-General's Chambers met.",
			[]string{"Attorney-General's Chambers", "Prime Minister's Office"}},
		{"plural head inside an of-name", "the Federation of Ruritanian Chambers of Commerce and Industry said",
			[]string{"Federation of Ruritanian Chambers of Commerce and Industry"}},
		{"network inside an of-name", "the Association of Harbour Network Operators met", []string{"Association of Harbour Network Operators"}},
		{"chambers of a law firm", "advised by Essex Harbour Chambers on the case", []string{"Essex Harbour Chambers"}},
		{"office of a bare title is no body", "The Minister's Office and the CEO's Office replied.", nil},
		{"kind of school alone is no body", "students at a local High School and the Primary School", nil},
		{"headline verb before a board", "Keating Holds First Advisory Board Meeting", nil},
		{"headline gerund before a board", "Starting Harbour Advisory Board for Youth", []string{"Harbour Advisory Board for Youth"}},
		// a second head right after the first
		{"police department", "officers of the Lakeview Police Department and the Harbour City Police Department", []string{"Harbour City Police Department", "Lakeview Police Department"}},
		{"fire service", "the Coastal Fire Service and the Ridgeway Police Service attended", []string{"Coastal Fire Service", "Ridgeway Police Service"}},
		{"university hospital", "doctors at Lakeview University Hospital said", []string{"Lakeview University Hospital"}},
		// the place a body is named after
		{"embassy in a city", "the Ruritanian Embassy in Tokyo and the Embassy of Japan in Canberra", []string{"Embassy of Japan in Canberra", "Ruritanian Embassy in Tokyo"}},
		{"high commission in a country", "staff of the Sri Lankan High Commission in Pakistan met", []string{"Sri Lankan High Commission in Pakistan"}},
		{"embassy and its city", "Charge d'Affaires, U.S. Embassy Lusaka", []string{"U.S. Embassy Lusaka"}},
		{"university in a foreign city", "the Harbourview International University in Tashkent and the American University in Cairo", []string{"American University in Cairo", "Harbourview International University in Tashkent"}},
		{"university in its own country's city", "He studied at Korea University in Seoul.", []string{"Korea University"}},
		{"ministry in a city", "The Ministry of Harbours in Singapore said.", []string{"Ministry of Harbours"}},
		// branches and campuses
		{"college and a compass word", "ITE College East and Harbour College West", []string{"Harbour College West", "ITE College East"}},
		{"hospital and a compass word", "Lakeview Hospital North opened; Lakeview School East Wing was built", []string{"Lakeview Hospital North", "Lakeview School"}},
		{"campus after a dash", "the University of Ruritania\u2014Lakeview and Duke University", []string{"Duke University", "University of Ruritania\u2014Lakeview"}},
		{"campus after a comma", "the University of California, Irvine, said", []string{"University of California, Irvine"}},
		{"a list of universities", "the University of Harbourton, University of Lakeview, and Ridge University", []string{"Ridge University", "University of Harbourton", "University of Lakeview"}},
		{"country after a comma", "the University of Tokyo, Japan and the University of Ruritania, Professor Jane Roe", []string{"University of Ruritania", "University of Tokyo"}},
		// clinics, and rooms or buildings named after a body
		{"clinics", "the Mayo Clinic and the Lakeview Family Clinic", []string{"Lakeview Family Clinic", "Mayo Clinic"}},
		{"office building", "in the Eisenhower Executive Office Building", nil},
		{"council hall", "held at the Harbour Town Council Hall on Friday", nil},
		{"authority tower", "the Lakeview Port Authority Tower opened", nil},
		// courts and tribunals
		{"county court before a judge", "ordered by Lakeview County Superior Court Judge Ana Ruiz", []string{"Lakeview County Superior Court"}},
		{"court with an of-phrase", "the Court of Appeals for the Ninth Circuit affirmed", []string{"Court of Appeals for the Ninth Circuit"}},
		{"tribunal of three words", "the Harbour Employment Appeal Tribunal ruled", []string{"Harbour Employment Appeal Tribunal"}},
		{"a kind of court or a venue is no body", "The High Court ruled; lunch at the Food Court", nil},
		// company legal forms
		{"private limited", "partners include Northwind Traders Pte Ltd and others", []string{"Northwind Traders Pte Ltd"}},
		{"inc and gmbh", "The deal with Fabrikam, Inc. and Globex GmbH closed.", []string{"Fabrikam, Inc", "Globex GmbH"}},
		{"co ltd and a dotted form", "Orbit Precision Co., Ltd. and Vela Sistemas S.A. exhibited.",
			[]string{"Orbit Precision Co., Ltd", "Vela Sistemas S.A."}},
		{"ampersand and of inside a company", "advised by Procter & Lamb LLP and the Bank of Northland Limited",
			[]string{"Bank of Northland Limited", "Procter & Lamb LLP"}},
		// not bodies
		{"society inside a minister's title", "The Minister for Digital Economy and Society of Ruritania spoke.", nil},
		{"services inside a secretary's title", "the Secretary of Health and Human Society of the state", nil},
		{"a concept with one word before society", "building the Information Society and a Civil Society", nil},
		{"forum of an occasion", "the 5th Harbour Cities Forum and the Inaugural Coastal Council", nil},
		{"body name as a programme's modifier", "the Digital Skills Council programme and the Harbour Board Award", nil},
		{"a year after the name makes an event", "at Harbour Cities Council 2024 in May", nil},
		{"expert and steering groups", "the Expert Group and the Data Policy Steering Group met", nil},
		{"single word before group or bank", "a Tech Group and a Food Bank opened", nil},
	}
	runAgencyCases(t, tests)
}
