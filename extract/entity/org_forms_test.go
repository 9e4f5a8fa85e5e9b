package entity

import "testing"

// TestOrgLongerForms covers names written longer than the listed or
// pattern form they start with: joined portfolios, comma lists closed by
// the body's acronym, company tails after an industry head, second heads,
// a legislature of a country and a society's national chapter.
func TestOrgLongerForms(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		// a listed ministry whose portfolios go on after "and"
		{"portfolio after and", "A report by the Ministry of Education and Sports found a decline.",
			[]string{"Ministry of Education and Sports"}},
		{"two-word portfolio after and", "The team consulted the Ministry of Finance and Public Enterprises, whose interest is clear.",
			[]string{"Ministry of Finance and Public Enterprises"}},
		{"portfolio before another listed ministry", "the Ministry of Health and Social Services and the Ministry of Justice were consulted",
			[]string{"Ministry of Health and Social Services", "Ministry of Justice"}},
		{"second ministry after and the", "the Ministry of Health and the Ministry of Justice met", []string{"Ministry of Health (MOH)", "Ministry of Justice"}},
		{"an acronym after and is another body", "the Ministry of Education and UGC agreed", []string{"Ministry of Education (MOE)"}},
		{"oxford comma and a building", "the Ministry of Justice, and Harbour House said", []string{"Ministry of Justice"}},
		// a comma list of topics closed by the acronym
		{"comma list of portfolios", "the Ministry of Culture, Youth and Sports said", []string{"Ministry of Culture, Youth and Sports"}},
		{"comma list of portfolios before a full stop", "We met the Ministry of Home Affairs, Immigration, Safety and Security.",
			[]string{"Ministry of Home Affairs, Immigration, Safety and Security"}},
		{"a name word after the list", "the Ministry of Finance, Trade and Industry Singapore said", []string{"Ministry of Finance"}},
		{"comma list closed by its acronym", "the Ministry of Home Affairs, Immigration, Safety and Security (MHAISS) led it",
			[]string{"Ministry of Home Affairs, Immigration, Safety and Security (MHAISS)"}},
		{"comma list of a pattern body", "the Department of Harbours, Parks and Recreation (DHPR) said",
			[]string{"Department of Harbours, Parks and Recreation (DHPR)"}},
		{"acronym of the first part only", "the Ministry of Home Affairs, Immigration and Security (MHA) said",
			[]string{"Ministry of Home Affairs (MHA)"}},
		// company tails and second heads
		{"corporation after an industry head", "students trained with Kestrel Motors Corporation (KMC) engineers",
			[]string{"Kestrel Motors Corporation (KMC)"}},
		{"group after an industry head", "shares of Harbourview Airways Group rose", []string{"Harbourview Airways Group"}},
		{"holdings after ventures", "Bluefin Ventures Holdings invested", []string{"Bluefin Ventures Holdings"}},
		{"police force", "officers of the Lakeside Police Force and the Harbour City Police Force", []string{"Harbour City Police Force", "Lakeside Police Force"}},
		{"administration bureau", "the Ridgeway Municipal Port Administration Bureau replied", []string{"Ridgeway Municipal Port Administration Bureau"}},
		// a country's parliament
		{"parliament of a country", "representatives of the Parliament of Namibia were consulted", []string{"Parliament of Namibia"}},
		{"parliament of another country", "the Parliament of Kenya adopted the bill", []string{"Parliament of Kenya"}},
		{"member of parliament is no body", "He is a Member of Parliament and spoke in Parliament on Tuesday.", nil},
		// a listed society's national chapter
		{"chapter of a country", "the Internet Society of Namibia and other civil society organizations", []string{"Internet Society of Namibia"}},
		{"chapter of another country", "members of the Internet Society of Kenya met", []string{"Internet Society of Kenya"}},
		{"chapter word after the country", "the Internet Society of Kenya Chapter met", []string{"Internet Society (ISOC)"}},
	})
}

// TestShoutedWords covers headings and menus set in capitals, whose common
// words are no acronyms of listed bodies.
func TestShoutedWords(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"menu of a page", "Skip to main content\nWHO WE ARE\nWHAT WE DO\nOUR IMPACT", nil},
		{"heading with a common word after", "WHO WE SERVE\nWe help families.", nil},
		{"acronym in running text", "The WHO said the outbreak was over.", []string{"World Health Organization (WHO)"}},
		{"acronym beside another acronym", "WHO UNICEF joint appeal", []string{"United Nations Children's Fund (UNICEF)", "World Health Organization (WHO)"}},
	})
}

// TestBilateralMechanisms covers joint commissions and committees of two
// countries, which are series of meetings, not bodies.
func TestBilateralMechanisms(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"hyphenated pair", "the first meeting of the Guyana-Qatar Joint Commission will be convened in Doha", nil},
		{"spaced pair", "Fourth Session of the Sri Lanka - Maldives Joint Commission to be held in Colombo", nil},
		{"ministerial commission", "The second Nigeria-Sudan Joint Ministerial Commission ended in Khartoum", nil},
		{"joint committee of pair", "the Singapore-Malaysia Joint Ministerial Committee for Iskandar Malaysia met", nil},
		{"a two-word country after a hyphen", "the Third Meeting of the Maldives-Sri Lanka Joint Commission opens", nil},
		{"a two-word country before a hyphen", "the New Zealand-Chile Joint Commission met in May", nil},
		{"two two-word countries", "the Costa Rica-Sri Lanka Joint Committee agreed", nil},
		{"a committee of one legislature", "the Joint Committee on Taxation said", []string{"Joint Committee on Taxation"}},
		{"commissions of one country", "the Korea Communications Commission and the Japan Fair Trade Commission",
			[]string{"Japan Fair Trade Commission (JFTC)", "Korea Communications Commission (KCC)"}},
	})
}

// TestShortMentionsOfJoinedPortfolios covers a listed ministry written
// short beside the joined-portfolio name the article gives in full, and a
// plural head whose complements the article also names as one body.
func TestShortMentionsOfJoinedPortfolios(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"short mention before the full one", "We met the Ministry of Home Affairs, Immigration, Safety and Security. The Ministry of Home Affairs, Immigration, Safety and Security (MHAISS) led the work.",
			[]string{"Ministry of Home Affairs, Immigration, Safety and Security (MHAISS)"}},
		{"short mention after the full one", "The Ministry of Health and Social Services gave data. Later the Ministry of Health replied.",
			[]string{"Ministry of Health and Social Services"}},
		{"plural head of one joined body", "The Ministries of Health and Social Services were consulted, and the Ministry of Health and Social Services gave data.",
			[]string{"Ministry of Health and Social Services"}},
		{"plural head of two bodies", "The Ministries of Health and Education were consulted.", []string{"Ministry of Education (MOE)", "Ministry of Health (MOH)"}},
		{"another listed body stays apart", "The Ministry of Finance and Public Enterprises and the Ministry of Health met.",
			[]string{"Ministry of Finance and Public Enterprises", "Ministry of Health (MOH)"}},
	})
}

// TestOperationSuffix covers forces named with the operation they were
// formed for.
func TestOperationSuffix(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"hyphen", "BAGHDAD - Combined Joint Task Force - Operation Inherent Resolve provided support",
			[]string{"Combined Joint Task Force - Operation Inherent Resolve"}},
		{"en dash", "the Harbour Joint Task Force \u2013 Operation Coastal Shield said", []string{"Harbour Joint Task Force \u2013 Operation Coastal Shield"}},
		{"em dash", "officers of the Northern Naval Task Force \u2014 Operation Blue Harbour arrived", []string{"Northern Naval Task Force \u2014 Operation Blue Harbour"}},
		{"operation in lower case is no part", "the Combined Joint Task Force - operations continue", []string{"Combined Joint Task Force"}},
	})
}

// TestHeadAsModifier: a head noun followed by an ordinary capitalized noun
// modifies that noun ("Police Officer", "Air Force Base"): no body; a
// title, a headline verb or a unit's name after the head leaves the body.
func TestHeadAsModifier(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"a vehicle after a service", "The Harbourside Fire Service Truck was damaged.", nil},
		{"an estate after an authority", "the Kestrel Housing Authority Estate was sold", nil},
		{"a base after an air force", "Jets left the Meridian Air Force Base at dawn.", nil},
		{"a meal after a school", "Parents praised the Riverside School Lunches last year.", nil},
		{"people of the body", "Harbourside Academy Students won.", []string{"Harbourside Academy"}},
		{"a title after the body", "Riverside School Principal Ann Lee spoke.", []string{"Riverside School"}},
		{"a headline verb after the body", "Harbourside Council Approves New Budget", []string{"Harbourside Council"}},
		{"a unit after its body", "the Kestrel Bar Association Young Lawyers Division met", []string{"Kestrel Bar Association", "Young Lawyers Division"}},
	})
}

// TestMoreLegalForms covers the legal forms of Portugal, Brazil, the
// former Yugoslavia, Czechia, Romania, Hungary and German associations,
// forms written in lower case with their dots, and a company's tail word
// written in lower case before its form.
func TestMoreLegalForms(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"portuguese and slovenian forms in a list", "partners: Oceanix Lda (Portugal), Lipica Data d.o.o. (Slovenia) and others",
			[]string{"Lipica Data d.o.o.", "Oceanix Lda"}},
		{"czech and romanian forms", "Vltava Robotics s.r.o. and Carpathia Soft S.R.L. signed the deal.",
			[]string{"Carpathia Soft S.R.L.", "Vltava Robotics s.r.o."}},
		{"a german association and a hungarian company", "funded by Nordlicht Forschung e.V. and Tisza Energia Zrt. last year",
			[]string{"Nordlicht Forschung e.V.", "Tisza Energia Zrt"}},
		{"a tail word in lower case", "Kestrel solutions GmbH and Harbor systems Ltd joined.",
			[]string{"Harbor systems Ltd", "Kestrel solutions GmbH"}},
		{"a lower-case word without dots is no form", "the city as a whole and Kestrel as well", nil},
	})
}

// TestHeadAfterHeadWithComplement: a head written right after another and
// opening its own "for"/"of" complement makes one body with it; a generic
// complement or a place after the second head does not.
func TestHeadAfterHeadWithComplement(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"a foundation's centre", "hosted by the Kestrel Foundation Center for Marine Robotics in May",
			[]string{"Kestrel Foundation Center for Marine Robotics"}},
		{"a university's institute", "researchers of the Harbourside University Institute of Coastal Studies said",
			[]string{"Harbourside University Institute of Coastal Studies"}},
		{"a bank's academy with the", "graduates of the Meridian Bank Academy for the Digital Economy",
			[]string{"Meridian Bank Academy for the Digital Economy"}},
		{"a generic complement stays apart", "the Harbourside Authority Board of Directors met", []string{"Harbourside Authority"}},
	})
}

// TestListedBodyBeforeBuilding: a listed body's name that opens the name
// of a building or a room names that place, not the body.
func TestListedBodyBeforeBuilding(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"a service building", "Address: United Nations Service Building, Bangkok", nil},
		{"a press room", "reporters in the European Parliament Press Room asked", nil},
		{"a hall", "the concert at the World Bank Atrium Hall ended", nil},
		{"the body itself stays", "The United Nations and the World Bank met in the Main Hall.", []string{"United Nations (UN)", "World Bank"}},
	})
}
