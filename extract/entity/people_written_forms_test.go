package entity

import "testing"

// TestPeopleWrittenForms covers the written forms of names added for
// issue 14 (family names in capitals after a given name the lexicon lacks,
// family names in capitals before a hyphenated given name or given
// syllables, degrees after a name, a surname that is a word, nicknames,
// undotted middle initials, signature rows one blank line above their
// titles, titles of a person not yet in office, a headline verb inside a
// name's run, accented given names, given names that are places),
// each in three wordings, and the precision vetoes next to them (a plural
// title must stand right before its names, a dash is a byline only after a
// quotation or at a line start, an abbreviation before a number is a
// document's designation).
func TestPeopleWrittenForms(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		// family name in capitals after an honorific and a given name the lexicon lacks
		{"unknown given name, capitals", "The Commission was represented by Ms Henrike WESTERHOLT, who spoke.",
			[]wantPerson{{"Henrike WESTERHOLT", "", ""}}},
		{"given name with diacritics, hyphenated capitals", "Opening remarks: Dr Ilze BĒRZIŅA-OZOLA and Mr Kalle PIHLAKAS.",
			[]wantPerson{{"Ilze BĒRZIŅA-OZOLA", "", ""}, {"Kalle PIHLAKAS", "", ""}}},
		{"lower-case accent in a name in capitals", "The report of Ms Agnė VAITKUTĖ was adopted.",
			[]wantPerson{{"Agnė VAITKUTĖ", "", ""}}},
		{"an English word after an honorific is no given name", "Sent to Mr Budget REPORTS office.", nil},
		// family name in capitals before a hyphenated given name
		{"honorific, capitals, hyphenated given name", "The session was chaired by Ms. PARK Ji-yeon of Korea.",
			[]wantPerson{{"PARK Ji-yeon", "", ""}}},
		{"title, capitals that are a word", "Director YOUNG Min-jae presented the survey.",
			[]wantPerson{{"YOUNG Min-jae", "Director", ""}}},
		{"capitals at a line start", "Delegates\nKANG Soo-bin, Deputy Director\n",
			[]wantPerson{{"KANG Soo-bin", "Deputy Director", ""}}},
		{"a heading in capitals", "THE PARK SO-YEON REPORT", nil},
		// East Asian family name in capitals before given syllables
		{"capitals and two syllables in a list", "Delegates: LIM Boon Heng; TRAN Thi Mai.",
			[]wantPerson{{"LIM Boon Heng", "", ""}, {"TRAN Thi Mai", "", ""}}},
		{"capitals and one syllable before a title", "CHEN Wei, Director of the bureau, opened the meeting.",
			[]wantPerson{{"CHEN Wei", "Director of the bureau", ""}}},
		{"capitals and syllables in a signature, merged with a later mention", "Mr. Nguyen explained it.\n\nNGUYEN Van Thanh      PARK Ji-yeon\nDeputy Director-General      Director",
			[]wantPerson{{"NGUYEN Van Thanh", "", ""}, {"PARK Ji-yeon", "", ""}}},
		{"a heading word in capitals is no family name", "REPORT Van Dam\nTHE LEE REPORT", nil},
		// academic degrees after a name
		{"dotted degree", "Dr. Ir. Siti Rahmawati Hasanah, M.Sc., Director of Fisheries Data, opened it.",
			[]wantPerson{{"Siti Rahmawati Hasanah", "Director of Fisheries Data", ""}}},
		{"doctorate", "Jane Roe, Ph.D., Chief Scientist, said the data were sound.",
			[]wantPerson{{"Jane Roe", "Chief Scientist", ""}}},
		{"undotted degrees", "Prof. Arvind Raghunathan MSc MBA, Dean, welcomed the class.",
			[]wantPerson{{"Arvind Raghunathan", "Dean", ""}}},
		// a surname that is a word after an honorific and a given name
		{"surname that is a title word", "the Secretary for Culture, Sports and Tourism, Miss Rosanna Law; and others",
			[]wantPerson{{"Rosanna Law", "Secretary for Culture, Sports and Tourism", ""}}},
		{"surname that is an English word, given name that is one too", "Mr Peter Court, Director, said so.",
			[]wantPerson{{"Peter Court", "Director", ""}}},
		{"surname word before a verb", "Dr Helen Bishop said the trial had ended.",
			[]wantPerson{{"Helen Bishop", "", ""}}},
		{"a word that opens an of phrase is no surname", "Ms Olga Law of the Sea spoke.",
			[]wantPerson{{"Olga", "", ""}}},
		// nickname in quotation marks
		{"curly quotes", "Senator William “Mo” Cowan condemned the attack.",
			[]wantPerson{{"William Cowan", "Senator", ""}}},
		{"single quotes", "Rep. Robert 'Bobby' Scott said the bill would pass.",
			[]wantPerson{{"Robert Scott", "", ""}}},
		{"straight quotes and an apostrophe in the surname", "James \"Jim\" O'Neill, Director, said so.",
			[]wantPerson{{"James O'Neill", "Director", ""}}},
		{"a quoted title is no nickname", "The band played \"Yesterday\" to Paula.", nil},
		// middle initial without a dot
		{"undotted initial in running text", "The first scholar was James A Thomson from Otago.",
			[]wantPerson{{"James A Thomson", "", ""}}},
		{"undotted initial after a title", "Minister Karen B Okonkwo spoke.",
			[]wantPerson{{"Karen B Okonkwo", "Minister", ""}}},
		{"undotted initial in a signature", "Yours sincerely,\nMaria T Ferreira\nDirector",
			[]wantPerson{{"Maria T Ferreira", "", ""}}},
		{"an article before a word", "He gave Sarah A Book about it.", nil},
		// plural title right before the names
		{"address after a firm named for a profession", "the offices of Thrings\nSolicitors, Drakes Way, Swindon, Wiltshire (with permission)", nil},
		{"plural title before the names", "Prime Ministers Ardern and Kishida spoke.",
			[]wantPerson{{"Ardern", "", ""}, {"Kishida", "", ""}}},
		{"plural title before a list", "Ministers Okafor, Lindqvist and Haddad signed.",
			[]wantPerson{{"Okafor", "", ""}, {"Lindqvist", "", ""}, {"Haddad", "", ""}}},
		// signature or contact rows decoded as paragraphs, one blank line apart
		{"two contacts side by side", "Press contacts\n\nRūta Paulauskienė\tMarek Wójcik-Dąbrowski\n\nSpokesperson of the Minister\tPress Officer\n",
			[]wantPerson{{"Rūta Paulauskienė", "", ""}, {"Marek Wójcik-Dąbrowski", "", ""}}},
		{"one signature over its title", "Yours faithfully,\n\nTomasz Lindqvist\n\nDirector-General\n",
			[]wantPerson{{"Tomasz Lindqvist", "", ""}}},
		{"three signatures in a row", "Signed\n\nAmara Okafor\tLena Haddad\tIvo Petrak\n\nMinister\tMinister\tSecretary\n",
			[]wantPerson{{"Amara Okafor", "", ""}, {"Lena Haddad", "", ""}, {"Ivo Petrak", "", ""}}},
		{"two blank lines end the block", "Harbour Walk\n\n\nPresident of the club opens it.", nil},
		// a headline verb inside a Title Case run ends the name; prose goes on
		{"verb inside a headline", "Rep. Walz Lauds Net Neutrality Ruling, Pledges to Fight On",
			[]wantPerson{{"Walz", "", ""}}},
		{"verb after a full name in a headline", "Ms Lena Haddad Marks the Anniversary of the Accord",
			[]wantPerson{{"Lena Haddad", "", ""}}},
		{"a surname that is a headline verb in prose", "Mr. Peter Marks said the review was over.",
			[]wantPerson{{"Peter Marks", "", ""}}},
		// a bill's or document's designation
		{"joint resolution", "Rep. Walz Statement on H.J. Res. 35",
			[]wantPerson{{"Walz", "", ""}}},
		{"concurrent resolution", "They reintroduced S. Con. Res. 12 today.", nil},
		{"article number", "See Sec. Art. 5 of the Treaty.", nil},
		// a title chosen but not yet in office
		{"president-elect", "We look forward to working with President-elect Khurelsukh on it.",
			[]wantPerson{{"Khurelsukh", "President-elect", ""}}},
		{"minister-designate", "Prime Minister-designate Okonkwo met the press.",
			[]wantPerson{{"Okonkwo", "Prime Minister-designate", ""}}},
		{"ambassador-designate", "Ambassador-designate Lindqvist arrived on Monday.",
			[]wantPerson{{"Lindqvist", "Ambassador-designate", ""}}},
		// a given name with accents the lexicon lists without them
		{"French given name in running text", "Dans un souci d'apaisement, François Hollande avait annoncé par avance.",
			[]wantPerson{{"François Hollande", "", ""}}},
		{"Spanish given name after a verb", "Según el politólogo Andrés Malamud, la situación cambió.",
			[]wantPerson{{"Andrés Malamud", "", ""}}},
		{"two accented given names coordinated", "The deal was welcomed by Martín Schapiro and José Ramírez.",
			[]wantPerson{{"Martín Schapiro", "", ""}, {"José Ramírez", "", ""}}},
		{"a noun that folds to a given name opens a phrase", "Llame a la Línea de la Fiscalía del Distrito o a la Línea Directe de Denuncias Anónimas.", nil},
		// a given name that is also a place
		{"country as a given name in a list of chief executives", "Sam Altman, CEO, OpenAI\nChad Williams, Chairman and CEO, Quality Technology Services (QTS)",
			[]wantPerson{{"Sam Altman", "CEO, OpenAI", ""}, {"Chad Williams", "Chairman and CEO, Quality Technology Services (QTS)", ""}}},
		{"state as a given name after an honorific", "Ms Georgia Okafor said so.",
			[]wantPerson{{"Georgia Okafor", "", ""}}},
		{"country as a given name before an appositive title", "Jordan Haddad, Director of Policy, said.",
			[]wantPerson{{"Jordan Haddad", "Director of Policy", ""}}},
		{"a place after a locative stays a place", "Trade with Chad grew, and in Georgia Lindqvist, the mayor, spoke.",
			[]wantPerson{{"Lindqvist", "mayor", ""}}},
		// a dash is a byline only at a line start or after a quotation
		{"dash between two phrases of an event line", "Sunday 25th — CDARC Rally — Kington Langley Village Hall, Church Rd", nil},
		{"dash after a place", "Open day — Wildherne Nr Andover SP11 0JE. Opens 10am", nil},
		{"dash after a quotation", "“We will build it together.” — Maria Okonkwo",
			[]wantPerson{{"Maria Okonkwo", "", ""}}},
		{"dash at a line start", "Spring fair\n— Tomasz Lindqvist",
			[]wantPerson{{"Tomasz Lindqvist", "", ""}}},
	})
}
