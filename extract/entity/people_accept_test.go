package entity

import (
	"testing"

	"github.com/communique/communique/extract/entity/lexicon"
)

// TestAcceptRules checks, for every rule of acceptRules and vetoRules, three
// wordings in which that rule is the one that decides about the name.
func TestAcceptRules(t *testing.T) {
	f := finderForTest(t)
	cases := map[string][3][2]string{ // rule -> {text, name it takes ("" for a veto)}
		"honorific before the name": {
			{"We thank Mr. Okonkwo Adebayo for his work.", "Okonkwo Adebayo"},
			{"Dr Ngozi Eze opened it.", "Ngozi Eze"},
			{"A letter from Mrs Halvorsen arrived.", "Halvorsen"},
		},
		"job title before the name": {
			{"Foreign Minister Tavita Leaupepe arrived.", "Tavita Leaupepe"},
			{"the talks with Ambassador Kwame Mensah ended", "Kwame Mensah"},
			{"Secretary-General Halvard Lange spoke.", "Halvard Lange"},
		},
		"job title in an appositive": {
			{"Tavita Leaupepe, Minister of Works, arrived.", "Tavita Leaupepe"},
			{"We met Okonkwo Adebayo, Permanent Secretary of Finance.", "Okonkwo Adebayo"},
			{"Halvorsen, Director of Policy, agreed.", "Halvorsen"},
		},
		"given name first": {
			{"The study of Michael Tavaki appeared.", "Michael Tavaki"},
			{"It was a gift from Sarah Okonjo.", "Sarah Okonjo"},
			{"Visitors included Thomas Nkemelu.", "Thomas Nkemelu"},
		},
		"initials and a surname": {
			{"Copy to W.J. Halvorsen.", "W.J. Halvorsen"},
			{"4 E.G. Nkemelu.", "E.G. Nkemelu"},
			{"cf. a note by R.A. Tavaki", "R.A. Tavaki"},
		},
		"patronymic": {
			{"The award went to Zuraini Aisyah binte Rahmat.", "Zuraini Aisyah binte Rahmat"},
			{"Guests: Mohd Faizal bin Yusof.", "Mohd Faizal bin Yusof"},
			{"A prize for Norhayati Hidayah bte Salleh.", "Norhayati Hidayah bte Salleh"},
		},
		"byline or contact line": {
			{"Story by Okonkwo Adebayo\nThe minister said so.", "Okonkwo Adebayo"},
			{"Contact: Tavita Leaupepe\nPhone 123", "Tavita Leaupepe"},
			{"Media enquiries: Halvard Nkemelu\n", "Halvard Nkemelu"},
		},
		"speech verb next to the name": {
			{"\"We are ready,\" said Okonkwo Adebayo.", "Okonkwo Adebayo"},
			{"Tavaki Leaupepe said the plan works.", "Tavaki Leaupepe"},
			{"\"No,\" added Nkemelu Halvard.", "Nkemelu Halvard"},
		},
		"plural title before the names": {
			{"Presidents Okonjo and Halvorsen agreed.", "Halvorsen"},
			{"Ministers Tavaki and Leaupepe met.", "Leaupepe"},
			{"the Ambassadors Nkemelu and Adebayo spoke", "Adebayo"},
		},
		"party and country in brackets after the name": {
			{"Rapporteur aside, Zorvan Kelitu (EPP, LT) spoke first.", "Zorvan Kelitu"},
			{"An amendment from Ilmar Tasuja (Greens/EFA, EE) fell.", "Ilmar Tasuja"},
			{"A bill from Ambrit Osokwe (D-CA) passed.", "Ambrit Osokwe"},
		},
		"family name by its ending": {
			{"The report quotes Ulvida Paulauskiene on page two.", "Ulvida Paulauskiene"},
			{"Opening remarks came from Tamazo Beridze before lunch.", "Tamazo Beridze"},
			{"Today Aigerim Nurlanovna opened the forum.", "Aigerim Nurlanovna"},
		},
		"honorific in brackets after the name": {
			{"Contact:\n\nCall us.\n\nLow Youjin (Mr)\n\nMedia Operations", "Low Youjin"},
			{"Queries\n\nZuraini Annazia (Ms)\nCorporate Communications", "Zuraini Annazia"},
			{"Write to Tavaki Leaupepe (Dr) at the office.", "Tavaki Leaupepe"},
		},
		"function word alone": {
			{"THE MINISTER FOR CO-ORDINATION OF DEFENCE said so.", ""},
			{"THE SECRETARY OF STATE FOR WAR agreed.", ""},
			{"THE PRESIDENT OF THE BOARD OF TRADE spoke.", ""},
		},
		"age after the name": {
			{"Sentenced: Indar Okoro, 23, Lakeview; and others.", "Indar Okoro"},
			{"charged were Tavita Leaupepe, 41, of Harbourton, and two others", "Tavita Leaupepe"},
			{"The driver (Kwabe Mensil, 35) was unhurt.", "Kwabe Mensil"},
		},
		"a verb or preposition that takes people": {
			{"The forum follows talks between Wanjiru Kamau and Otieno Odhiambo on fish feed.", "Otieno Odhiambo"},
			{"The envoy thanked Achieng Atieno and Kamau Njoroge for the visit.", "Kamau Njoroge"},
			{"The minister met with Tuilagi Faleolo, Sefo Ioane and Mose Tauiliili on Monday.", "Sefo Ioane"},
		},
		"age before the name": {
			{"He is accused of shooting 36-year-old Vankemp Dorrel at her home.", "Vankemp Dorrel"},
			{"Man Pleads Guilty to Murder of 16-Year-Old Jolisa Ferrant", "Jolisa Ferrant"},
			{"the 7-month-old Zorvath Quelmire was unharmed", "Zorvath Quelmire"},
		},
		"a place after an age": {
			{"The driver, 29, Santa Ana, was unhurt.", ""},
			{"A second man, 41, San Jose, was held.", ""},
			{"The suspect, 19, Costa Mesa, fled.", ""},
		},
		"a place's head word ends the span": {
			{"The crash happened on Eldridge Parkway at noon.", ""},
			{"Open daily:\nLei Tung Estate, Ap Lei Chau\n", ""},
			{"Stalls at Wan Chai Market reopen.", ""},
		},
		"a model year before the span": {
			{"He stole a 2016 Porsche Boxter from the lot.", ""},
			{"She drove the 2019 Kestrel Mariner to work.", ""},
			{"They found an 1998 Halvorsen Tavaki in the barn.", ""},
		},
		"a noun for a person ends the span": {
			{"Katy Man Sentenced to Life for Shooting", ""},
			{"Fresno Woman Found Guilty of Fraud", ""},
			{"Pasadena Teen Honored for Bravery", ""},
		},
		"the article before the name": {
			{"the dinner was held at the Hyatt Regency Lakeview on Friday", ""},
			{"He paid homage to the Dalada Maligawa and left.", ""},
			{"Visitors toured the Thomas Kestrel Gardens.", ""},
		},
		"a building before an address unit": {
			{"Torre Miranda, Suite 1201\n350 Harbour Street", ""},
			{"Write to us at Edith Halvorsen, Level 3, 12 Pier Road.", ""},
			{"Maria Kestrel, Floor 12, Harbour Road", ""},
		},
		"a list before a noun of things": {
			{"He received the Weera Halvorsen, Rana Kestrel and Rana Sura medals for service.", ""},
			{"She won the Nelson Okonjo and Oliver Tavaki scholarships last year.", ""},
			{"winners of the John Halvorsen awards were named", ""},
		},
		"article and one word": {
			{"the Summit of La Francophonie in Phnom Penh", ""},
			{"an interview with Le Figaro on Monday", ""},
			{"the Congress of Los Angeles residents", ""},
		},
	}
	for _, r := range acceptRules {
		if _, ok := cases[r.name]; !ok && !coveredElsewhere[r.name] {
			t.Errorf("accept rule %q has no cases", r.name)
		}
	}
	for rule, cs := range cases {
		for _, c := range cs {
			t.Run(rule+"/"+c[0], func(t *testing.T) {
				ps := scanForTest(f, c[0])
				var got []personCand
				for _, pc := range ps.findPeople() {
					got = append(got, pc)
				}
				if c[1] == "" {
					if len(got) != 0 {
						t.Fatalf("got %q by %q, want no person", got[0].name, got[0].rule)
					}
					return
				}
				for _, pc := range got {
					if pc.name == c[1] {
						if pc.rule != rule {
							t.Errorf("%q taken by %q, want %q", pc.name, pc.rule, rule)
						}
						return
					}
				}
				t.Errorf("got %v, want %q", got, c[1])
			})
		}
	}
}

// coveredElsewhere are accept rules whose three wordings are in other tables
// (TestPeopleGeneral, TestPeopleForms, TestPeople).
var coveredElsewhere = map[string]bool{
	"surname in a leader's context": true, "shaped like a name": true, "social-media handle after the name": true,
	"signature block": true, "coordinated with a person": true, "relative who after the name": true, // people_cueless_test.go
}

// scanForTest runs agency and place finding on text and returns the people
// scan ready for findPeople.
func scanForTest(f *Finder, text string) *peopleScan {
	toks := lexicon.Tokenize(text)
	ag := &agencyScan{f: f, text: text, toks: toks, keys: make([][]string, len(toks)), covered: make([]int, len(toks)), nonAgencyAcr: map[string]bool{}}
	ag.findAgencies()
	_, _, inPlace := f.findPlaces(text, toks, ag.covered)
	return &peopleScan{f: f, text: text, toks: toks, ag: ag, inPlace: inPlace}
}
