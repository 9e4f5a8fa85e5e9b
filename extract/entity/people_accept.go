package entity

import (
	"regexp"
	"strings"
	"unicode"
)

// evidence is what judge has gathered about the span [a,b) of n name words
// (given names, names and words) before it decides.
type evidence struct {
	a, b, n         int
	hasGN, hasGiven bool   // a given name or a name; a given name
	hon             bool   // an honorific before the span
	preTitle        string // a job title before the span
	appTitle        string // a job title in an appositive after it
	byline, said    bool   // a byline or contact line; a speech verb next to it
}

// acceptRule is one named rule that accepts a span as a person's name.
type acceptRule struct {
	name string
	ok   func(p *peopleScan, e *evidence) bool
}

// acceptRules are tried in order by accepted; vetoRules first.
var acceptRules = []acceptRule{
	{"honorific before the name", func(p *peopleScan, e *evidence) bool { return e.hon }},
	// a surname alone needs the title word right before it ("Minister
	// Ellwood"), not a complement ("Advisor for MEK Resettlement")
	{"job title before the name", func(p *peopleScan, e *evidence) bool {
		return e.preTitle != "" && e.hasGN && (e.n >= 2 || p.f.names.IsTitleWord(p.toks[e.a-1].Text))
	}},
	{"job title in an appositive", func(p *peopleScan, e *evidence) bool {
		return e.appTitle != "" && (e.n >= 2 && e.hasGN || e.n == 1 && p.class(e.a) == ncName)
	}},
	{"byline or contact line", func(p *peopleScan, e *evidence) bool { return e.byline && e.n >= 2 && e.hasGN }},
	{"given name first", func(p *peopleScan, e *evidence) bool {
		return e.hasGiven && p.class(e.a) == ncGiven && e.n >= 2 && e.n <= 4 && !p.hasPluralWord(e.a+1, e.b) && !p.titleCaseRun(e.a, e.b) &&
			!p.afterLocative(e.a)
	}},
	{"speech verb next to the name", func(p *peopleScan, e *evidence) bool {
		c := p.class(e.a)
		return e.said && e.n >= 2 && e.hasGN && (c == ncGiven || c == ncName || c == ncGivenWord)
	}},
	{"relative who after the name", func(p *peopleScan, e *evidence) bool {
		// "Zuhura Yunus, who directs ...", "tributes to Chidinma Okafor,
		// who died": "who" takes a person; name words only, no common
		// English word ("Acme Logistics, who won ..." is a company)
		return e.n >= 2 && e.n <= 4 && e.b-e.a == e.n && !p.hasWordClass(e.a, e.b) && p.whoAfter(e.b)
	}},
	{"surname in a leader's context", func(p *peopleScan, e *evidence) bool {
		return e.n == 1 && p.class(e.a) == ncName && p.leaderContext(e.a)
	}},
	{"plural title before the names", func(p *peopleScan, e *evidence) bool {
		return e.n <= 3 && (e.hasGN || e.n == 1 && p.class(e.a) == ncName) && p.pluralTitleBefore(e.a)
	}},
	{"honorific in brackets after the name", func(p *peopleScan, e *evidence) bool {
		// "Low Youjin (Mr)", "Siti Annazia (Ms)" in a press-contact block
		b := e.b
		return e.n >= 2 && e.n <= 4 && b+2 < len(p.toks) && p.toks[b].Text == "(" && p.toks[b+2].Text == ")" &&
			p.f.names.IsHonorific(p.toks[b+1].Text)
	}},
	{"shaped like a name", func(p *peopleScan, e *evidence) bool { return p.nameShaped(e.a, e.b, e.n) && !p.afterLocative(e.a) }},
	{"party and country in brackets after the name", func(p *peopleScan, e *evidence) bool {
		// "Zorvan Kelitu (EPP, LT)", "Ilmar Tasuja (Greens/EFA, EE)",
		// "Ana Lindqvist (D-CA)": a legislator's group and country or party
		// and state, as parliaments and congresses write them
		return e.n >= 2 && e.n <= 4 && e.hasGN && !p.hasWordClass(e.a, e.b) && p.partyBracketAfter(e.b)
	}},
	{"family name by its ending", func(p *peopleScan, e *evidence) bool {
		// "Ruta Paulauskiene", "Levan Beridze", "Aigerim Nurlanovna": name
		// words the lexicon lacks, the last with an ending of family names
		return e.n >= 2 && e.n <= 3 && e.b-e.a == e.n && p.allNameWords(e.a, e.b) && p.familyNameEnding(e.b-1) &&
			!p.afterLocative(e.a) && !(e.b < len(p.toks) && p.toks[e.b].NL == 0 && p.toks[e.b].Word && p.toks[e.b].Cap)
	}},
	{"social-media handle after the name", func(p *peopleScan, e *evidence) bool {
		return e.n >= 2 && e.hasGN && p.handleAfter(e.b) // "Jane Doe: @janedoe"
	}},
	{"signature block", func(p *peopleScan, e *evidence) bool {
		return e.n >= 2 && e.n <= 4 && e.hasGN && p.signatureBlock(e.a, e.b) // "Donald J. Trump" above "President"
	}},
	{"coordinated with a person", func(p *peopleScan, e *evidence) bool { return p.forced[e.a] }},
	{"a verb or preposition that takes people", func(p *peopleScan, e *evidence) bool {
		// "talks between Wanjiru Kamau and Otieno Odhiambo", "joined by
		// Tavita Leaupepe": name words the lexicon lacks after such a cue
		return p.cuedNameShape(e.a, e.b) && p.personCueBefore(e.a)
	}},
	{"age after the name", func(p *peopleScan, e *evidence) bool {
		// "Indar Smith, 23, Irvine", "Jane Roe, 41, of Lakeview": a
		// person's age set off by commas, as in court and police releases
		return e.n >= 2 && e.n <= 4 && p.ageAt(e.b) && !p.afterAge(e.a)
	}},
	{"age before the name", func(p *peopleScan, e *evidence) bool {
		// "shot 36-year-old Dana Whitlock", "the death of 16-Year-Old Rae
		// Ocampo": an age written as a compound adjective before the name
		return e.n >= 2 && e.n <= 4 && e.hasGN && e.a > 0 && p.toks[e.a].NL == 0 && isYearsOld(p.toks[e.a-1].Text)
	}},
	{"initials and a surname", func(p *peopleScan, e *evidence) bool {
		// "W.J. Jordan", "E.G. Jamieson"
		return e.n == 1 && p.class(e.a) == ncInitial && isDottedInitials(p.toks[e.a].Text) &&
			(p.class(e.b-1) == ncName || p.class(e.b-1) == ncWord)
	}},
	{"patronymic", func(p *peopleScan, e *evidence) bool {
		return e.n >= 2 && p.patronymic(e.a, e.b) // "Siti Aisyah binte Rahmat", "Ahmad bin Ibrahim"
	}},
}

// afterLocative reports whether the span at a follows a preposition of
// place ("born in Glen Innes", "near Grace Harbour", "at Morgan Hill"):
// with no other evidence, a place named like a person.
func (p *peopleScan) afterLocative(a int) bool {
	if a == 0 || p.toks[a].NL > 0 {
		return false
	}
	k := a - 1
	if p.toks[k].Text == "the" && k > 0 && p.toks[k].NL == 0 {
		k-- // "held at the Hyatt Regency Bellevue"
	}
	switch p.toks[k].Text {
	case "in", "near", "at", "outside":
		return true
	}
	return false
}

// vetoRules reject a span whatever the evidence for it.
var vetoRules = []acceptRule{
	// "Hotel Victoria Alba", "Camp David", "Avenida Juan Pablo Duarte",
	// "Jalan Sultan Ismail": a place word before a name names a venue,
	// street or settlement after the person
	{"place word before the name", func(p *peopleScan, e *evidence) bool {
		a := e.a
		return !e.hon && e.preTitle == "" && (a > 0 && p.toks[a].NL == 0 && p.toks[a-1].Cap && placeWordsBefore[p.toks[a-1].Text] ||
			e.b-a >= 2 && placeWordsBefore[p.toks[a].Text])
	}},
	// "within the Caribbean, the Vice President ...", "across the Sahel,
	// the Minister said": one name word after the article "the" names a
	// region or a thing, not a person, unless a title or honorific stands
	// with it or a leader's context follows ("the Putin regime")
	{"one word after the article", func(p *peopleScan, e *evidence) bool {
		a := e.a
		return !e.hon && e.preTitle == "" && e.b-a == 1 && a > 0 && p.toks[a].NL == 0 && p.toks[a-1].Text == "the" && !p.leaderContext(a)
	}},
	// "Vega Alta", "Villa Nueva", "Monte Alto": a Spanish, Portuguese or
	// Italian place adjective after a name makes the name of a town
	{"Romance place adjective after a name", func(p *peopleScan, e *evidence) bool {
		return !e.hon && e.preTitle == "" && e.b-e.a == 2 && placeAdjectives[p.toks[e.b-1].Text]
	}},
	// "La Francophonie", "Le Monde", "El Salvador": a Romance article and
	// one word make a name of a thing, not of a person, without an honorific
	{"article and one word", func(p *peopleScan, e *evidence) bool {
		return !e.hon && e.b-e.a == 2 && romanceArticles[p.toks[e.a].Text]
	}},
	// "the Biden-Harris administration", "the Lee-Takaichi summit": two names
	// joined by a hyphen before a noun modify it
	{"two names joined before a noun", func(p *peopleScan, e *evidence) bool {
		t := p.toks[e.a]
		return !e.hon && e.preTitle == "" && e.b-e.a == 1 && strings.Count(t.Text, "-") == 1 && e.b < len(p.toks) &&
			p.toks[e.b].NL == 0 && pairedNouns[strings.ToLower(p.toks[e.b].Text)] && unicode.IsUpper([]rune(t.Text[strings.IndexByte(t.Text, '-')+1:])[0])
	}},
	// "For", "With", "From": a function word alone is no surname
	{"function word alone", func(p *peopleScan, e *evidence) bool {
		return e.b-e.a == 1 && functionWords[p.toks[e.a].Fold]
	}},
	// "the Dalada Maligawa", "the Hyatt Regency Bellevue": a name after
	// "the" with no title or honorific names a thing
	{"the article before the name", func(p *peopleScan, e *evidence) bool {
		return !e.hon && e.preTitle == "" && e.appTitle == "" && e.a > 0 && p.toks[e.a].NL == 0 &&
			(p.toks[e.a-1].Text == "the" || p.toks[e.a-1].Text == "The") && !p.leaderContext(e.a) // "the Asad regime"
	}},
	// "Lei Tung Estate", "Wan Chai Market", "Eldridge Parkway": a span
	// that ends in a road's, estate's or building's head word names that
	// place; three words, or two when the head is no surname (streetHeads)
	{"a place's head word ends the span", func(p *peopleScan, e *evidence) bool {
		last := p.toks[e.b-1].Text
		return !e.hon && e.preTitle == "" && e.b-e.a >= 2 &&
			(p.f.lists.StreetHeads[last] || e.b-e.a >= 3 && p.f.lists.FacilityHeads[last])
	}},
	// "Novi Pazar", "Santa Ana", "Warner Robins": a span that is a whole
	// populated place of two words or more names the place when nothing
	// beside it says person (no honorific, title, appositive title, speech
	// verb, byline or contact label)
	{"a populated place with no cue", func(p *peopleScan, e *evidence) bool {
		return !e.hon && e.preTitle == "" && e.appTitle == "" && !e.said && !e.byline && e.b-e.a >= 2 && e.b-e.a <= maxPlaceWords &&
			p.populatedPlace(e.a, e.b)
	}},
	// "Katy Man Sentenced", "Bronx Woman Charged": a place or a name
	// before a noun for a person describes that person; the noun is no
	// surname
	{"a noun for a person ends the span", func(p *peopleScan, e *evidence) bool {
		return !e.hon && e.preTitle == "" && e.b-e.a >= 2 && p.f.lists.PersonNouns[p.toks[e.b-1].Text]
	}},
	// "stole a 2016 Porsche Boxter", "drove the 2019 Kestrel Mariner": an
	// article and a model year before the words name a make and model
	{"a model year before the span", func(p *peopleScan, e *evidence) bool {
		a := e.a
		return !e.hon && e.preTitle == "" && a >= 2 && p.toks[a].NL == 0 && isModelYear(p.toks[a-1].Text) &&
			(p.toks[a-2].Fold == "a" || p.toks[a-2].Fold == "the" || p.toks[a-2].Fold == "an")
	}},
	// "Ryan Davis, 23, Santa Ana": the place after a person's age is
	// where the person lives
	{"a place after an age", func(p *peopleScan, e *evidence) bool {
		return !e.hon && e.preTitle == "" && p.afterAge(e.a)
	}},
	// "Torre Chardón, Suite 1201", "Harbour View, Level 3": the building of
	// an address line
	{"a building before an address unit", func(p *peopleScan, e *evidence) bool {
		b := e.b
		return !e.hon && b+2 < len(p.toks) && p.toks[b].Text == "," && p.toks[b+1].NL == 0 && addressUnits[p.toks[b+1].Text] &&
			digitCount(p.toks[b+2].Text) > 0
	}},
	// "H.J. Res. 35", "S. Con. Res. 12", "Art. 5": an abbreviation before a
	// number is a document's or a bill's designation
	{"an abbreviation before a number", func(p *peopleScan, e *evidence) bool {
		b := e.b
		return !e.hon && b+1 < len(p.toks) && p.toks[b].Text == "." && p.toks[b+1].NL == 0 && digitCount(p.toks[b+1].Text) > 0 &&
			len(p.toks[b-1].Text) <= 4
	}},
	// "awarded the Weera Wickrama Vibushana, Rana Wickrama and Rana Sura
	// medals", "the Nelson Mandela and Oliver Tambo scholarships": names
	// listed before a noun of things name those things
	{"a list before a noun of things", func(p *peopleScan, e *evidence) bool {
		return !e.hon && e.preTitle == "" && p.thingNounAfterList(e.b)
	}},
}

// maxPlaceWords bounds the spans looked up as populated places (the
// longest names of data/populated_places.txt that people's names resemble
// have four or five words).
const maxPlaceWords = 5

// populatedPlace reports whether the word tokens of [a,b) are a populated
// place of two words or more (lexicon.NameLexicon.IsPopulatedPlace).
func (p *peopleScan) populatedPlace(a, b int) bool {
	if !p.f.names.StartsPopulatedPlace(p.toks[a].Fold) {
		return false
	}
	key := p.keyBuf[:0]
	for k := a; k < b; k++ {
		if !p.toks[k].Word {
			continue
		}
		if len(key) > 0 {
			key = append(key, ' ')
		}
		key = append(key, p.toks[k].Fold...)
	}
	p.keyBuf = key
	return p.f.names.IsPopulatedPlace(key)
}

// whoAfter reports whether ", who" or ", whom" follows token b on its line.
func (p *peopleScan) whoAfter(b int) bool {
	if b+1 >= len(p.toks) || p.toks[b].Text != "," || p.toks[b].NL > 0 || p.toks[b+1].NL > 0 {
		return false
	}
	w := p.toks[b+1].Text
	return w == "who" || w == "whom"
}

// ageAt reports whether tokens b.. are ", <age>," (or ";", ")", "of", a
// full stop, or the end of the line after the age), an age of 1 to 119
// set off after a name: "Jane Roe, 41, of Lakeview", and the lines of a
// list of defendants ("Jane Roe, 41" above "John Doe, 19").
func (p *peopleScan) ageAt(b int) bool {
	if b+1 >= len(p.toks) || p.toks[b].Text != "," || p.toks[b+1].NL > 0 || !isAge(p.toks[b+1].Text) {
		return false
	}
	if b+2 == len(p.toks) || p.toks[b+2].NL > 0 {
		return true
	}
	switch p.toks[b+2].Text {
	case ",", ";", ")", "of", ".":
		return true
	}
	return false
}

// isModelYear reports whether w is a year from 1900 to 2099.
func isModelYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && digitCount(w) == 4
}

// isYearsOld reports whether w is an age written as a compound adjective:
// "36-year-old", "16-Year-Old", "7-month-old".
func isYearsOld(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || !isAge(w[:i]) {
		return false
	}
	switch strings.ToLower(w[i:]) {
	case "-year-old", "-month-old", "-years-old":
		return true
	}
	return false
}

// afterAge reports whether the span at a follows a name's age: "Ryan
// Davis, 23, Santa Ana".
func (p *peopleScan) afterAge(a int) bool {
	return a >= 3 && p.toks[a-1].Text == "," && isAge(p.toks[a-2].Text) && p.toks[a-3].Text == "," && p.toks[a].NL == 0
}

// isAge reports whether w is a number of one to three digits below 120.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	n := 0
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
		n = n*10 + int(r-'0')
	}
	return n > 0 && n < 120
}

// placeWordsBefore come before the name of a person in the names of
// venues, streets and settlements named after them, in English, Spanish,
// Portuguese, Italian, French, Malay/Indonesian and Slavic and Romanian
// usage ("Hotel Victoria Alba", "Calle Simón Bolívar", "Rua Ana Neri",
// "Jalan Tun Razak", "Strada Ion Creangă", "Ulica Marii Konopnickiej");
// words that are also surnames or given names (Park, Hall, Lane, Sierra)
// are left out.
var placeWordsBefore = map[string]bool{
	"Hotel": true, "Camp": true, "Fort": true, "Mount": true, "Lake": true, "Cape": true, "Villa": true, "Casa": true,
	"Estadio": true, "Avenida": true, "Calle": true, "Rua": true, "Plaza": true, "Praça": true, "Parque": true,
	"Museo": true, "Aeropuerto": true, "Aeroporto": true, "Puente": true, "Colegio": true, "Escuela": true,
	"Liceo": true, "Hacienda": true, "Barrio": true, "Jalan": true, "Kampung": true, "Rue": true, "Boulevard": true,
	"Avenue": true, "Via": true, "Piazza": true, "Corso": true, "Stade": true, "Lycée": true, "Collège": true,
	"Strada": true, "Ulica": true, "Ulitsa": true, "Vulytsia": true, "Prospekt": true, "Bulevardul": true, "Calea": true,
	"Aleja": true, "Lago": true, "Isla": true, "Ilha": true, "Cerro": true, "Laguna": true, "Ciudad": true, "Pueblo": true,
}

// placeAdjectives end Spanish, Portuguese and Italian place names ("Vega
// Baja", "Villa Nueva", "Ponte Alta"): upper and lower, new and old, north
// and south; none is a common surname (Grande is left out).
var placeAdjectives = map[string]bool{
	"Alta": true, "Alto": true, "Baja": true, "Bajo": true, "Nueva": true, "Nuevo": true, "Nova": true, "Novo": true,
	"Vieja": true, "Viejo": true, "Velha": true, "Velho": true, "Norte": true, "Sur": true, "Sul": true, "Oriental": true,
	"Occidental": true, "Abajo": true, "Arriba": true, "Chica": true, "Chico": true,
}

// addressUnits open the second part of an address line.
var addressUnits = map[string]bool{"Suite": true, "Floor": true, "Level": true, "Room": true, "Unit": true, "Block": true, "Tower": true}

// thingNouns are the nouns a name or a list of names before them
// qualifies: awards, honours and lectures named after people, the holders
// of an honour, the passengers or players of a named ship or team, and
// the goods of a brand named after a person ("Victoria Cross recipients",
// "Ruby Princess passengers", "Marco Bellini handbags"); none is a verb.
var thingNouns = map[string]bool{
	"medal": true, "medals": true, "award": true, "awards": true, "prize": true, "prizes": true, "trophy": true,
	"trophies": true, "scholarship": true, "scholarships": true, "fellowship": true, "fellowships": true,
	"decoration": true, "decorations": true, "honours": true, "honors": true, "lecture": true, "lectures": true,
	"recipients": true, "holders": true, "laureates": true, "passengers": true, "players": true, "fans": true,
	"supporters": true, "customers": true, "products": true, "clothing": true, "handbags": true, "garments": true,
	"apparel": true, "footwear": true, "perfume": true, "cosmetics": true, "vaccine": true, "vaccines": true,
}

// thingNounAfterList reports whether the capitalized words, commas and
// "and" from token b on its line end in a noun of things ("..., Rana
// Wickrama, and Rana Sura medals").
func (p *peopleScan) thingNounAfterList(b int) bool {
	for k := b; k < len(p.toks) && k < b+16; k++ {
		t := p.toks[k]
		if t.NL > 0 {
			return false
		}
		switch {
		case t.Text == "," || t.Text == "and" || t.Text == "&" || t.Word && t.Cap:
			continue
		case t.Word:
			return thingNouns[t.Text]
		}
		return false
	}
	return false
}

// pairedNouns follow two leaders' names joined by a hyphen ("the
// Biden-Harris administration", "the Abe-Trump summit").
var pairedNouns = map[string]bool{
	"administration": true, "government": true, "era": true, "ticket": true, "campaign": true, "plan": true,
	"agenda": true, "summit": true, "meeting": true, "talks": true, "deal": true, "pact": true, "initiative": true,
	"years": true, "presidency": true, "partnership": true, "alliance": true, "relationship": true, "call": true,
}

// functionWords are English prepositions, conjunctions and articles.
var functionWords = map[string]bool{
	"for": true, "from": true, "with": true, "by": true, "to": true, "at": true, "in": true, "on": true, "of": true,
	"and": true, "but": true, "or": true, "as": true, "if": true, "the": true, "a": true, "an": true, "into": true,
	"upon": true, "after": true, "before": true, "since": true, "under": true, "over": true, "per": true, "via": true,
}

// romanceArticles are the capitalized definite articles of French, Spanish,
// Portuguese and Italian.
var romanceArticles = map[string]bool{"La": true, "Le": true, "Les": true, "El": true, "Los": true, "Las": true, "Il": true, "Lo": true}

// accepted returns the name of the accept rule that makes the span a
// person's name, or "" when a veto rule applies or no accept rule does.
func (p *peopleScan) accepted(e *evidence) string {
	for _, r := range vetoRules {
		if r.ok(p, e) {
			return ""
		}
	}
	for _, r := range acceptRules {
		if r.ok(p, e) {
			return r.name
		}
	}
	return ""
}

// partyBracketRE matches what a bracket after a legislator's name holds: a
// political group and a two-letter country code ("EPP, LT", "S&D, RO",
// "The Left, ES"), or a party initial and a state ("D-CA", "R-Texas").
var partyBracketRE = regexp.MustCompile(`^(?:[^,()\n]{1,24}, [A-Z]{2}|[DRI]-[A-Z][A-Za-z.]{1,14})$`)

// partyBracketAfter reports whether a bracket that opens at token b on the
// name's line holds a legislator's group and country or party and state.
func (p *peopleScan) partyBracketAfter(b int) bool {
	if b+2 >= len(p.toks) || p.toks[b].Text != "(" || p.toks[b].NL > 0 {
		return false
	}
	for k := b + 2; k < len(p.toks) && k <= b+8 && p.toks[k].NL == 0; k++ {
		if p.toks[k].Text == ")" {
			return partyBracketRE.MatchString(p.text[p.toks[b+1].Start:p.toks[k-1].End])
		}
	}
	return false
}

// hasWordClass reports whether a token of [a,b) is a common English word
// (class ncWord): "Kestrel Analytics" is no name.
func (p *peopleScan) hasWordClass(a, b int) bool {
	for k := a; k < b; k++ {
		if p.class(k) == ncWord {
			return true
		}
	}
	return false
}

// familyNameEnding reports whether the word at token k, folded, ends with
// an ending of familyNameEndings and is longer than it by three letters at
// least ("Kowalski", not "Ski").
func (p *peopleScan) familyNameEnding(k int) bool {
	w := p.toks[k].Fold
	for n := 2; n <= 8 && n+3 <= len(w); n++ {
		if p.f.lists.FamilyNameEndings[w[len(w)-n:]] {
			return true
		}
	}
	return false
}
