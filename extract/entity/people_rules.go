package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/entity/lexicon"
)

// classRule is one named rule that refines the class of a token after the
// lexicon has classified every token: it looks at the token and its
// neighbours and returns the token's new class, or false to leave it.
type classRule struct {
	name  string
	apply func(p *peopleScan, i int) (nameClass, bool)
}

// classRules are walked in order over every token by refineClasses; the
// first rule that applies decides.
var classRules = []classRule{
	{"compound given name", compoundGiven},
	{"dotted initials", dottedInitials},
	{"middle initial without a dot", undottedInitial},
	{"hyphenated surname after a given name", hyphenSurname},
	{"place word as a surname after initials", surnameAfterInitials},
	{"surname in capitals ending a name in capitals", upperSurnameEnd},
	{"hyphenated given name after a family name in capitals", givenAfterUpperFamily},
	{"plural title", pluralTitleClass},
	{"syllable of a family-name-first name", familyFirstSyllable},
	{"word as the surname after an honorific and a given name", surnameWordAfterHonorific},
	{"place name as a given name before a surname", placeAsGivenName},
	{"place word as the surname after an honorific and a given name", placeSurnameAfterGiven},
}

// placeSurnameAfterGiven: "Professor Elisabeth Holland, Director of ...",
// "Mr Kevin Jordan said": a place word after an honorific or a title and a
// given name, with no capitalized word after it, is the surname.
func placeSurnameAfterGiven(p *peopleScan, i int) (nameClass, bool) {
	t := p.toks[i]
	if i < 2 || p.classes[i] != ncStop || t.NL > 0 || p.toks[i-1].NL > 0 || t.Upper || p.classes[i-1] != ncGiven && p.classes[i-1] != ncGivenWord ||
		!p.f.names.IsHonorific(p.toks[i-2].Text) && !p.f.names.IsTitleWord(p.toks[i-2].Text) || !p.f.gaz.IsPlaceWord(t.Text) {
		return 0, false
	}
	if i+1 < len(p.toks) && p.toks[i+1].NL == 0 && p.toks[i+1].Word && p.toks[i+1].Cap {
		return 0, false // "Dr Amy Singapore Office": the place starts a body's name
	}
	return ncName, true
}

// middleSyllables are the middle names of Vietnamese names that are also
// English words ("Nguyen Van An", "Tran Thi Mai").
var middleSyllables = map[string]bool{
	"Van": true, "Thi": true, "Duc": true, "Huu": true, "Dinh": true, "Ngoc": true, "Xuan": true, "Quoc": true,
	"Cong": true, "Thanh": true, "Minh": true, "Hong": true, "Kim": true, "Anh": true, "Bao": true, "Tan": true,
}

// familyFirstSyllable: "General Secretary To Lam", "Nguyen Van An, Chairman
// of ...", "Tran Thi Mai": a family name of the lexicon's FamilyFirst list
// and one or two short syllables after it are a name even when each is an
// English word (To, An, Lam): with two syllables when the first is a middle
// name or no English word, with one only right after a title or an
// honorific. Every token of such a run is a name word.
func familyFirstSyllable(p *peopleScan, i int) (nameClass, bool) {
	for s := i; s >= 0 && s >= i-2; s-- {
		if !p.toks[s].Word || s < i && p.toks[s+1].NL > 0 {
			break // a run is words on one line
		}
		if p.f.names.FamilyFirst[p.toks[s].Text] && p.familyFirstRun(s) > i {
			return ncName, true
		}
	}
	return 0, false
}

// familyFirstRun returns the end of the family-name-first name that starts
// at token s (see familyFirstSyllable), or s.
func (p *peopleScan) familyFirstRun(s int) int {
	lx := p.f.names
	if !p.free(s) || !lx.FamilyFirst[p.toks[s].Text] || lx.IsTitleWord(p.toks[s].Text) {
		return s
	}
	e := s + 1
	for e < len(p.toks) && e < s+3 && p.toks[e].NL == 0 && p.free(e) && len(p.toks[e].Text) <= 6 &&
		!strings.Contains(p.toks[e].Text, "-") && !lx.IsTitleWord(p.toks[e].Text) && !p.f.lists.HeadlineVerbs[p.toks[e].Text] &&
		(!p.f.lists.SentenceStarters[p.toks[e].Text] || e == s+2 && middleSyllables[p.toks[s+1].Text]) {
		e++ // "Nguyen Van An": a last syllable may be a word that opens sentences
	}
	if e < len(p.toks) && p.toks[e].NL == 0 && p.toks[e].Word && p.toks[e].Cap {
		return s // a longer capitalized run: a phrase or another kind of name
	}
	switch e - s {
	case 3:
		if mid := p.toks[s+1].Text; middleSyllables[mid] || !lx.IsCommonWord(mid) {
			return e
		}
	case 2:
		if k := s - 1; k >= 0 && p.toks[s].NL == 0 && (lx.IsHonorific(p.toks[k].Text) || lx.IsTitleHead(p.toks[k].Text)) {
			return e
		}
	}
	return s
}

// pluralTitleClass: "Presidents", "Prime Ministers", "Foreign Secretaries"
// before names on the same line are titles, not part of a name.
func pluralTitleClass(p *peopleScan, i int) (nameClass, bool) {
	if p.classes[i] == ncStop || !p.pluralTitle(i) || i+1 >= len(p.toks) || p.toks[i+1].NL > 0 || !p.toks[i+1].Cap {
		return 0, false
	}
	return ncStop, true
}

// pluralTitle reports whether token i is the plural of a title head
// written with a capital ("Presidents", "Ministers", "Secretaries").
func (p *peopleScan) pluralTitle(i int) bool {
	w := p.toks[i].Text
	if len(w) >= 3 && w[len(w)-1] == 's' && strings.ToUpper(w[:len(w)-1]) == w[:len(w)-1] && p.f.lists.PostNominals[w[:len(w)-1]] {
		return true // "MPs", "MEPs", "MLAs": the members a post-nominal names
	}
	if !p.toks[i].Cap || p.toks[i].Upper || len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	if strings.HasSuffix(w, "ies") && p.f.names.IsTitleHead(w[:len(w)-3]+"y") {
		return true
	}
	return p.f.names.IsTitleHead(w[:len(w)-1])
}

// pluralTitleBefore reports whether the name at token a is one of the names
// a plural title governs: "Presidents Biden and Macron", "Prime Ministers
// Ardern, Morrison and Kishida".
func (p *peopleScan) pluralTitleBefore(a int) bool {
	k := a - 1
	for n := 0; n < 6 && k >= 0 && p.toks[k+1].NL == 0; n++ {
		if p.pluralTitle(k) {
			// the first name follows the title itself: "Solicitors, Drakes
			// Way, Swindon" is an address after a firm's name; a comma may
			// come between in running prose ("their Foreign Ministers, A of
			// Liberia and B of Guinea")
			return p.toks[k+1].Word || p.toks[k+1].Text == "," && p.proseBefore(k)
		}
		if p.toks[k].Text != "and" && p.toks[k].Text != "," {
			return false
		}
		k--
		for w := 0; w < 4 && k >= 0 && p.toks[k+1].NL == 0 && p.toks[k].Word && p.toks[k].Cap && !p.pluralTitle(k); w++ {
			k-- // a name of up to four words
			if w < 3 && k >= 1 && p.toks[k].Text == "of" && p.toks[k-1].Cap && p.toks[k].NL == 0 {
				k-- // "A of Liberia": the name before its country
			}
		}
	}
	return false
}

// proseBefore reports whether the capitalized words that end at token k
// follow a lower-case word on their line: the title stands in running
// prose, not at the head of a line or after a firm's name; a preposition
// before them makes them a firm's name ("the offices of Kestrel
// Solicitors").
func (p *peopleScan) proseBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && p.toks[j+1].NL == 0; j-- {
		t := p.toks[j]
		if !t.Word {
			return false
		}
		if !t.Cap {
			return !functionWords[t.Fold] // "the offices of Kestrel Solicitors, Pier Road"
		}
	}
	return false
}

// refineClasses applies classRules to every capitalized word outside a
// body's name (every rule asks for one).
func (p *peopleScan) refineClasses() {
	for i := range p.toks {
		if t := &p.toks[i]; !t.Word || !t.Cap || p.ag.covered[i] != 0 {
			continue
		}
		for _, r := range classRules {
			if c, ok := r.apply(p, i); ok {
				p.classes[i] = c
				break
			}
		}
	}
}

// free reports whether token i is a capitalized word on no agency or place.
func (p *peopleScan) free(i int) bool {
	t := p.toks[i]
	return t.Word && t.Cap && !t.Upper && p.ag.covered[i] == 0 && !p.inPlace[i]
}

// compoundGiven: a hyphenated word whose parts are each given names is a
// given name ("Jean-Philippe", "Anne-Marie", "Hans-Peter").
func compoundGiven(p *peopleScan, i int) (nameClass, bool) {
	t := p.toks[i]
	if !p.free(i) || p.classes[i] == ncGiven || !strings.Contains(t.Text, "-") {
		return 0, false
	}
	for rest, ok := t.Text, true; ok; {
		var part string
		part, rest, ok = strings.Cut(rest, "-")
		if part == "" || p.f.names.Bits[part]&(lexicon.BitGiven|lexicon.BitGivenW) == 0 {
			return 0, false
		}
	}
	return ncGiven, true
}

// dottedInitials: two or more capital initials written together with dots
// ("T.S.V.", "W.J.", "H.L.") before a capitalized name on the same line are
// initials of a name, unless the gazetteer knows them as an acronym (U.S.).
func dottedInitials(p *peopleScan, i int) (nameClass, bool) {
	t := p.toks[i]
	if !t.Word || p.ag.covered[i] != 0 || p.inPlace[i] || !isDottedInitials(t.Text) ||
		len(p.f.gaz.Acronyms[strings.ReplaceAll(t.Text, ".", "")]) > 0 || len(p.f.gaz.Acronyms[t.Text]) > 0 ||
		p.f.gaz.IsPlaceFold(t.Fold) {
		return 0, false
	}
	if i+1 >= len(p.toks) || p.toks[i+1].NL > 0 || !p.toks[i+1].Word || !p.toks[i+1].Cap || p.toks[i+1].Upper {
		return 0, false
	}
	return ncInitial, true
}

// isDottedInitials reports whether w is two to four capital letters each
// followed by a dot: "T.S.V.", "W.J.".
func isDottedInitials(w string) bool {
	n := 0
	for w != "" {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || size >= len(w) || w[size] != '.' {
			return false
		}
		w = w[size+1:]
		n++
	}
	return n >= 2 && n <= 4
}

// hyphenSurname: a hyphenated capitalized word right after a given name or
// an initial is a double-barrelled surname ("Mendez-Park",
// "Montenegro-Solís") even when one part is a place or a word, as long as
// one part is neither.
func hyphenSurname(p *peopleScan, i int) (nameClass, bool) {
	t := p.toks[i]
	if i == 0 || p.classes[i] != ncStop || !p.free(i) || t.NL > 0 || !strings.Contains(t.Text, "-") {
		return 0, false
	}
	if c := p.classes[i-1]; c != ncGiven && c != ncInitial && c != ncGivenWord {
		return 0, false
	}
	other := false
	for rest, more := t.Text, true; more; {
		var part string
		part, rest, more = strings.Cut(rest, "-")
		r, _ := utf8.DecodeRuneInString(part)
		if part == "" || !unicode.IsUpper(r) {
			return 0, false // "Jean-based", "Smith-led"
		}
		if !p.f.gaz.IsPlaceWord(part) && p.f.gaz.Demonyms[lexicon.FoldKey(part)] == "" && !p.f.names.IsCommonWord(part) &&
			!p.f.names.IsTitleWord(part) && !p.f.lists.RegionWords[part] {
			other = true
		}
	}
	return ncName, other
}

// surnameAfterInitials: a capitalized place word right after a name's
// initials is part of the name ("W.J. Jordan", "V.K. Wellington Koo").
func surnameAfterInitials(p *peopleScan, i int) (nameClass, bool) {
	t := p.toks[i]
	if i == 0 || p.classes[i] != ncStop || t.NL > 0 || !t.Word || !t.Cap || t.Upper || p.ag.covered[i] != 0 ||
		p.classes[i-1] != ncInitial || !isDottedInitials(p.toks[i-1].Text) {
		return 0, false
	}
	return ncName, p.f.gaz.IsPlaceWord(t.Text)
}

// upperSurnameEnd: in a name written all in capitals after an honorific
// ("MR. THOMAS J. BRANNIGAN,", "DR. HANNA LINDGREN:", "THE HONORABLE ROBERT
// A. MENDEZ-PARK"), the last word, before punctuation or the line end, is
// the surname, unless it is an acronym the gazetteer knows or a title word.
func upperSurnameEnd(p *peopleScan, i int) (nameClass, bool) {
	t := p.toks[i]
	if i < 2 || p.classes[i] != ncStop || !t.Word || !t.Upper || t.NL > 0 || p.ag.covered[i] != 0 ||
		len(p.f.gaz.Acronyms[t.Text]) > 0 || p.f.names.IsTitleWord(t.Text) || p.f.names.IsHonorific(t.Text) ||
		!strings.ContainsAny(t.Text, "AEIOUY") || strings.ContainsAny(t.Text, "0123456789./&") {
		return 0, false
	}
	if i+1 < len(p.toks) && p.toks[i+1].NL == 0 && p.toks[i+1].Word {
		return 0, false // "SECRETARY KERRY SAID": not the end of the name
	}
	k := i - 1
	if p.classes[k] == ncInitial {
		k--
	}
	return ncName, p.classes[k] == ncName && p.toks[k].Upper && p.toks[k].NL == 0
}

// patronymics are the particles of Malay and Arabic names that join a
// person's own name to the father's ("bin", "binte", "ibn").
var patronymics = map[string]bool{"bin": true, "binti": true, "binte": true, "bte": true, "bt": true, "ibn": true, "bint": true}

// patronymic reports whether the span [a,b) has a patronymic particle
// between two capitalized names: "Siti Aisyah binte Rahmat".
func (p *peopleScan) patronymic(a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if patronymics[p.toks[k].Text] && p.classes[k] == ncParticle && p.toks[k-1].Cap && p.toks[k+1].Cap {
			return true
		}
	}
	return false
}

// givenAfterUpperFamily: a romanized two-syllable given name right after a
// family name in capitals is part of the name ("Director KIM Hye-won",
// "Minister PARK Ji-hoon", "LEE Min-jung").
func givenAfterUpperFamily(p *peopleScan, i int) (nameClass, bool) {
	t := p.toks[i]
	if i == 0 || p.classes[i] != ncStop || t.NL > 0 || !p.free(i) || !hyphenGiven(t.Text) {
		return 0, false
	}
	prev := p.toks[i-1]
	return ncName, prev.Upper && (p.classes[i-1] == ncName || p.f.names.FamilyFirst[titleCaseName(prev.Text)])
}

// surnameWordAfterHonorific: "Miss Rosanna Law;", "Mr Peter Court,", "Dr
// Helen Bishop said": after an honorific and a given name of the lexicon,
// a capitalized word that the lexicon reads as a title or an English word
// is the surname when the name ends there (punctuation, a lower-case word
// or the line end follows).
func surnameWordAfterHonorific(p *peopleScan, i int) (nameClass, bool) {
	t := p.toks[i]
	if i < 2 || p.classes[i] != ncStop || !p.free(i) || t.NL > 0 || p.toks[i-1].NL > 0 || p.classes[i-1] != ncGiven && p.classes[i-1] != ncGivenWord ||
		!p.f.names.IsHonorific(p.toks[i-2].Text) || p.f.names.IsHonorific(t.Text) || functionWords[t.Fold] ||
		p.f.lists.SentenceStarters[t.Text] || p.f.lists.HeadlineVerbs[t.Text] || p.f.gaz.Demonyms[t.Fold] != "" {
		return 0, false
	}
	if i+1 < len(p.toks) && p.toks[i+1].NL == 0 && p.toks[i+1].Word && (p.toks[i+1].Cap || p.toks[i+1].Text == "of" || p.toks[i+1].Text == "for") {
		return 0, false // "Mr John Minister of ...": a title goes on
	}
	return ncName, true
}

// undottedInitial: "James A Thomson", "Mary K Ellis": a single capital
// letter without a dot between a given name of the lexicon and a
// capitalized name that is no English word, on one line, is a middle initial, as house styles that
// drop the dots write it.
func undottedInitial(p *peopleScan, i int) (nameClass, bool) {
	t := p.toks[i]
	if i == 0 || i+1 >= len(p.toks) || len(t.Text) != 1 || t.Text[0] < 'A' || t.Text[0] > 'Z' || t.Text == "I" ||
		t.NL > 0 || p.toks[i+1].NL > 0 || p.classes[i-1] != ncGiven {
		return 0, false
	}
	c := p.classes[i+1] // "Sarah A Book": not before an English word
	return ncInitial, (c == ncName || c == ncGiven) && !p.toks[i+1].Upper
}

// placeAsGivenName: "Chad Williams, Chairman and CEO", "Ms Georgia Okafor",
// "Jordan Haddad, Director of Policy": a given name of the lexicon that is
// also a place is the given name when a surname that is no English word
// follows on its line and an honorific stands before it or a job title in
// an appositive after the surname.
func placeAsGivenName(p *peopleScan, i int) (nameClass, bool) {
	t := p.toks[i]
	if p.classes[i] != ncStop || t.Upper || p.ag.covered[i] != 0 || i+1 >= len(p.toks) || p.toks[i+1].NL > 0 ||
		p.classes[i+1] != ncName || p.toks[i+1].Upper || p.givenBits(i) == 0 || !(p.inPlace[i] || p.f.gaz.IsPlaceFold(t.Fold) || p.f.gaz.Demonyms[t.Fold] != "") {
		return 0, false
	}
	if i > 0 && t.NL == 0 && p.f.names.IsHonorific(p.toks[i-1].Text) {
		return ncGiven, true
	}
	if i > 0 && t.NL == 0 && (p.toks[i-1].Cap || p.afterLocative(i)) {
		return 0, false // "In Georgia Lindqvist", "trade with Chad": the place itself
	}
	title, _, _ := p.appositive(i + 2)
	return ncGiven, title != ""
}
