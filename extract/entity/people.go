package entity

import (
	"strings"
	"unicode"

	"github.com/communique/communique/extract/entity/lexicon"
)

// nameClass is what a token can be inside a person's name.
type nameClass uint8

const (
	ncStop      nameClass = iota // not part of a name
	ncGiven                      // a given name from the lexicon (Hiroshi)
	ncWord                       // a capitalized common English word (Baker)
	ncGivenWord                  // a given name that is also a common word (John, Ash)
	ncName                       // another capitalized word (Okonkwo)
	ncInitial                    // a middle initial (J.)
	ncParticle                   // de, van, al
	ncSuffix                     // Jr., III
)

var nameSuffixes = map[string]bool{"Jr.": true, "Sr.": true, "Jr": true, "Sr": true, "II": true, "III": true, "IV": true}

// saidBefore are speech verbs that stand before the speaker's name in
// quotations ("..., said Maria Lopez").
var saidBefore = map[string]bool{"said": true, "says": true, "added": true, "noted": true, "explained": true, "stated": true, "commented": true}

var titleConnectors = map[string]bool{
	"of": true, "for": true, "the": true, "and": true, "&": true, "on": true, "to": true, "in": true, "at": true,
}

// personCand is one accepted name span before people are merged.
type personCand struct {
	start, end int // tokens, half-open
	name       string
	raw        string // the name as written
	title      string
	country    string
	affStart   int // byte range where the affiliation is sought
	affEnd     int
	surname    string
	rule       string // the accept rule that took it (acceptRules)
}

// peopleScan is the per-article state of people finding.
type peopleScan struct {
	f       *Finder
	text    string
	toks    []lexicon.Token
	ag      *agencyScan
	inPlace []bool // tokens of a place name (Hong Kong)
	classes []nameClass
	// forced marks the first tokens of spans coordinated with a person's
	// name, accepted on a second reading.
	forced map[int]bool
	// lineStarts[i] is the index of the first token of token i's line
	// (lineStartOf fills it once), so that looking back to the start of the
	// line costs O(1), not the line's length, however long the line.
	lineStarts []int
	// evBuf and judgedBuf are reused by judge (not re-entered).
	evBuf     evidence
	judgedBuf judged
	// keyBuf is reused by populatedPlace for a span's lookup key.
	keyBuf []byte
}

// lineStartOf returns the index of the first token of the line of token a:
// the last token at or before a that starts a line, or 0.
func (p *peopleScan) lineStartOf(a int) int {
	if p.lineStarts == nil {
		p.lineStarts = make([]int, len(p.toks))
		for i := 1; i < len(p.toks); i++ {
			if p.toks[i].NL > 0 {
				p.lineStarts[i] = i
			} else {
				p.lineStarts[i] = p.lineStarts[i-1]
			}
		}
	}
	return p.lineStarts[a]
}

func (p *peopleScan) class(i int) nameClass {
	return p.classes[i]
}

func (p *peopleScan) classify() {
	lx := p.f.names
	p.classes = make([]nameClass, len(p.toks))
	for i, t := range p.toks {
		c := ncStop
		switch {
		case !t.Word || p.ag.covered[i] != 0 || p.inPlace[i]:
		case (strings.HasPrefix(t.Text, "al-") || strings.HasPrefix(t.Text, "el-")) && len(t.Text) > 3 && unicode.IsUpper(rune(t.Text[3])):
			c = ncName // al-Jaafari
		case t.Upper && i > 0 && p.toks[i-1].Upper && p.toks[i].NL == 0 && (lx.IsHonorific(p.toks[i-1].Text) || lx.IsTitleHead(p.toks[i-1].Text)) &&
			len(p.f.gaz.Acronyms[t.Text]) == 0 && !lx.IsTitleWord(t.Text) && !lx.In(lx.Comp, t.Text):
			c = ncName // "MR KIRBY:", "SECRETARY KERRY:" in transcripts
		case t.Upper && len(t.Text) >= 2 && p.upperSurname(i):
			c = ncName // "Prime Minister KISHIDA Fumio", "Mr. MOTEGI Toshimitsu"
		case t.Upper && len(t.Text) >= 3 && p.upperNamePart(i):
			c = ncName // "Mr. Taro YAMADA", "Anna KOWALSKA", "YAMADA Taro"
		case p.f.lists.NameParticles[t.Text] && !t.Upper:
			c = ncParticle
		case nameSuffixes[t.Text]:
			c = ncSuffix
		case !t.Cap || t.Upper:
		case p.f.lists.PostNominals[t.Text] && !p.f.names.IsHonorific(t.Text):
			// "M.Sc.", "Ph.D.", "MSc": letters after a name, never a name
		case lexicon.IsInitial(strings.TrimSuffix(t.Text, ".")) && strings.HasSuffix(t.Text, "."):
			c = ncInitial
		case i > 0 && lx.IsHonorific(p.toks[i-1].Text) && !lx.IsHonorific(t.Text) && lx.Bits[t.Text]&(lexicon.BitGiven|lexicon.BitGivenW) != 0 && i+1 < len(p.toks) &&
			p.toks[i+1].Cap && p.toks[i+1].NL == 0 && !lx.IsTitleWord(p.toks[i+1].Text) && lx.WordBits(p.toks[i+1].Text)&lexicon.BitComp == 0:
			c = ncGivenWord // "Sens. Dean Heller": a given name that is also a title word
		case lx.WordBits(t.Text)&(lexicon.BitComp|lexicon.BitHon|lexicon.BitMod|lexicon.BitHead) != 0 || lx.IsTitleWord(t.Text) || p.f.lists.SentenceStarters[t.Text]:
		case p.f.lists.SentenceAdverbs[t.Text] && p.sentenceStart(i):
			// "Later Ana Lima joined": an adverb opening the sentence
		case p.f.lists.NameMonths[t.Text] && p.nextToDigit(i):
		case p.f.gaz.Demonyms[t.Fold] != "" || p.f.gaz.IsPlaceFold(t.Fold):
		case strings.ContainsAny(t.Text, "0123456789/&"):
		case p.givenBits(i)&lexicon.BitGiven != 0:
			c = ncGiven
		case lx.Bits[t.Text]&(lexicon.BitGivenRare|lexicon.BitComp) == lexicon.BitGivenRare && p.nameFollows(i):
			c = ncGiven // "Valarie Junius", "Declan Hill"; "Williams," stays a surname
		case strings.HasPrefix(t.Text, "Al-") || strings.HasPrefix(t.Text, "El-"):
			c = ncName
		case strings.Contains(t.Text, "-") && !p.hyphenName(t.Text):
		case p.givenBits(i)&lexicon.BitGivenW != 0:
			c = ncGivenWord
		case lx.IsCommonWord(t.Text):
			c = ncWord
		default:
			c = ncName
		}
		if c == ncParticle && strings.HasSuffix(t.Text, "-") {
			c = ncParticle
		}
		p.classes[i] = c
	}
	p.refineClasses()
	p.stopTwoWordDemonyms()
	p.markNicknames()
	// "Jeon Dong-hyun", "Han Ji-woo", "Ban Ki-moon", "Ms. PARK Ji-yeon": an
	// East Asian family name, in capitals or not, before a hyphenated given
	// name is a name even when either part alone is an English word (Park,
	// Young).
	for i := 0; i+1 < len(p.toks); i++ {
		t, g := p.toks[i], p.toks[i+1]
		if !t.Cap || g.NL > 0 || !hyphenGiven(g.Text) {
			continue
		}
		fam := t.Text
		if t.Upper {
			fam = titleCaseName(fam)
		}
		if !lx.FamilyFirst[fam] ||
			p.ag.covered[i] != 0 || p.ag.covered[i+1] != 0 || p.inPlace[i] || p.inPlace[i+1] {
			continue
		}
		p.classes[i], p.classes[i+1] = ncGiven, ncName
	}
	// "Professor Low Teck Seng", "Ms Chong Ar Gee": a family name that is also
	// a word, before two given-name syllables from the lexicon
	for i := 0; i+2 < len(p.toks); i++ {
		t := p.toks[i]
		if p.classes[i] != ncWord && p.classes[i] != ncStop || !t.Cap || t.Upper || !lx.FamilyFirst[t.Text] ||
			p.toks[i+1].NL > 0 || p.toks[i+2].NL > 0 || p.ag.covered[i] != 0 || p.inPlace[i] ||
			p.classes[i+1] != ncGiven || p.classes[i+2] != ncGiven && p.classes[i+2] != ncName {
			continue
		}
		p.classes[i] = ncGiven
	}
}

// nameFollows reports whether token i is followed on its line by a
// capitalized word that is no title or common word, as a given name is by
// a surname.
func (p *peopleScan) nameFollows(i int) bool {
	if i+1 >= len(p.toks) {
		return false
	}
	n := p.toks[i+1]
	return n.NL == 0 && n.Word && n.Cap && !p.f.names.IsTitleWord(n.Text) && p.f.names.WordBits(n.Text)&lexicon.BitComp == 0
}

// stopTwoWordDemonyms takes out of names the two words of a demonym
// ("Sri Lankan", "Costa Ricans", "New Zealanders"): "Sri" is also an
// honorific and "Costa" a given name, but together they name a nationality.
func (p *peopleScan) stopTwoWordDemonyms() {
	for i := 1; i < len(p.toks); i++ {
		t, prev := p.toks[i], p.toks[i-1]
		if !t.Cap || !prev.Cap || t.NL > 0 || p.classes[i] == ncStop && p.classes[i-1] == ncStop {
			continue
		}
		key := prev.Fold + " " + t.Fold
		if p.f.gaz.Demonyms[key] == "" && (!strings.HasSuffix(key, "s") || p.f.gaz.Demonyms[key[:len(key)-1]] == "") {
			continue
		}
		p.classes[i-1], p.classes[i] = ncStop, ncStop
	}
}

// givenBits returns the given-name bits of token i's word as written or,
// for a word with letters outside ASCII that the lexicon lacks, of its
// accent-folded form: "François", "Andrés", "José" are the lexicon's
// Francois, Andres, Jose, read as given names that are also words.
func (p *peopleScan) givenBits(i int) uint8 {
	w := p.toks[i].Text
	b := p.f.names.Bits[w] & (lexicon.BitGiven | lexicon.BitGivenW)
	if b != 0 || isASCII(w) {
		return b
	}
	f := []byte(lexicon.FoldKey(w))
	if len(f) == 0 || f[0] < 'a' || f[0] > 'z' {
		return 0
	}
	f[0] -= 'a' - 'A'
	if p.f.names.Bits[string(f)]&(lexicon.BitGiven|lexicon.BitGivenW) != 0 {
		// weaker evidence than a name as listed ("Línea" folds to a given
		// name): a name only with a surname right after it or other cues
		return lexicon.BitGivenW
	}
	return 0
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// hyphenGivenTails are words after a hyphen that make a compound adjective
// ("Seoul-based"), not the second syllable of a given name.
var hyphenGivenTails = map[string]bool{
	"based": true, "led": true, "owned": true, "run": true, "style": true, "like": true, "wide": true,
	"level": true, "born": true, "made": true, "backed": true, "funded": true, "related": true, "only": true,
	"free": true, "type": true, "sized": true, "focused": true, "era": true, "year": true, "day": true,
}

// hyphenGiven reports whether w is written like a romanized two-syllable
// given name: a capital, then lower case, a hyphen and a short lower-case
// syllable (Dong-hyun, Ji-woo, Ki-moon).
func hyphenGiven(w string) bool {
	first, second, ok := strings.Cut(w, "-")
	if !ok || len(first) < 2 || len(first) > 6 || len(second) < 1 || len(second) > 6 || hyphenGivenTails[second] {
		return false
	}
	if first[0] < 'A' || first[0] > 'Z' {
		return false
	}
	for _, part := range []string{first[1:], second} {
		for i := 0; i < len(part); i++ {
			if part[i] < 'a' || part[i] > 'z' {
				return false
			}
		}
	}
	return true
}

// familyNameFirst reports whether the name in tokens [a,b) is written
// family name first, East Asian style: a family name from the lexicon
// followed by a hyphenated given name (Jeon Dong-hyun) or by two short given
// syllables (Tan Wee Liang, Lee Hsien Loong).
func (p *peopleScan) familyNameFirst(a, b int) bool {
	if !p.f.names.FamilyFirst[p.toks[a].Text] {
		return false
	}
	switch b - a {
	case 2:
		return hyphenGiven(p.toks[a+1].Text)
	case 3:
		for k := a + 1; k < b; k++ {
			w := p.toks[k].Text
			if len(w) > 6 || strings.Contains(w, "-") || p.class(k) == ncInitial {
				return false
			}
		}
		return true
	}
	return false
}

// upperSurname reports whether the upper-case token i is a surname written
// in capitals, as Japanese and some other governments write them: after an
// honorific or title and before a capitalized given name.
func (p *peopleScan) upperSurname(i int) bool {
	lx := p.f.names
	if !p.upperNameLike(i) {
		return false
	}
	if i == 0 || i+1 >= len(p.toks) || p.toks[i].NL > 0 || p.toks[i+1].NL > 0 {
		return false
	}
	prev, next := p.toks[i-1], p.toks[i+1]
	if prev.Upper {
		return false // an upper-case line, handled as a transcript speaker
	}
	return (lx.IsHonorific(prev.Text) || lx.IsTitleHead(prev.Text)) && next.Word && next.Cap && !next.Upper &&
		!lx.IsTitleWord(next.Text) && lx.WordBits(next.Text)&lexicon.BitComp == 0
}

// nextToDigit reports whether token i has a number right before or after it.
func (p *peopleScan) nextToDigit(i int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(p.toks) && p.toks[k].Text != "" && p.toks[k].Text[0] >= '0' && p.toks[k].Text[0] <= '9' {
			return true
		}
	}
	return false
}

// hyphenName reports whether a hyphenated token looks like a name
// (Jean-Claude, Dong-hyun) rather than a compound word (Asia-Pacific).
func (p *peopleScan) hyphenName(w string) bool {
	parts := strings.Split(w, "-")
	for _, x := range parts {
		if x == "" {
			return false
		}
		// "Lloyd-George": a capitalized given name is a name part even
		// when it is also a word (martin)
		if p.f.gaz.IsPlaceWord(x) || p.f.gaz.Demonyms[lexicon.FoldKey(x)] != "" || p.f.names.In(p.f.names.Comp, x) || p.f.names.IsTitleWord(x) {
			return false
		}
	}
	// "Lloyd-George", "Castle-Hughes": a part that is a word is a name part
	// when the other is a capitalized name or given name; "Post-War",
	// "Cross-Border" are all words
	name := false
	for _, x := range parts {
		if x[0] < 'A' || x[0] > 'Z' {
			continue
		}
		if !p.f.names.IsCommonWord(x) || p.f.names.Bits[x]&(lexicon.BitGiven|lexicon.BitGivenW) != 0 {
			name = true
		}
	}
	if !name {
		return false
	}
	for _, x := range parts {
		if p.f.names.IsCommonWord(x) && (x[0] < 'A' || x[0] > 'Z') {
			return false // "Long-term", "Seoul-based"
		}
	}
	return true
}

// sameLine reports whether tokens i and j (i < j) are on one line.
func (p *peopleScan) sameLine(i, j int) bool {
	for k := i + 1; k <= j; k++ {
		if p.toks[k].NL > 0 {
			return false
		}
	}
	return true
}

// findPeople returns the accepted name spans in text order.
func (p *peopleScan) findPeople() []personCand {
	p.classify()
	var out []personCand
	var rejected [][2]int // spans judged not to be names, for coordinatedPeople
	for a := 0; a < len(p.toks); a++ {
		if c := p.class(a); c == ncStop || c == ncParticle || c == ncSuffix {
			continue
		}
		b := a + 1
		for b < len(p.toks) && p.toks[b].NL == 0 && p.class(b) != ncStop && b-a < 6 {
			b++
		}
		// "Julie Bishop", "John Major": a title word as the surname after a given name
		if b < len(p.toks) && p.toks[b].NL == 0 && (p.class(b-1) == ncGiven || p.class(b-1) == ncGivenWord) && b-a == 1 &&
			p.toks[b].Cap && !p.toks[b].Upper && p.f.names.IsTitleHead(p.toks[b].Text) && p.ag.covered[b] == 0 &&
			(b+1 >= len(p.toks) || !p.toks[b+1].Word || !p.toks[b+1].Cap) {
			p.classes[b] = ncName
			b++
		} else if b+1 < len(p.toks) && p.toks[b].NL == 0 && p.toks[b+1].NL == 0 && (p.class(b-1) == ncGiven || p.class(b-1) == ncGivenWord) && b-a == 1 &&
			p.toks[b].Cap && !p.toks[b].Upper && p.f.names.IsTitleHead(p.toks[b].Text) && p.ag.covered[b] == 0 &&
			p.class(b+1) == ncName && !p.f.names.IsTitleWord(p.toks[b+1].Text) {
			// "Gabriel Dean Watters", "Anna Marshal Kowalski": a title word
			// between a given name and a surname is a middle name
			p.classes[b] = ncName
			b += 2
		}
		// "Dr Amy Khor Members Mr Ong ...": a plural common word after a
		// name (a table's next label) is not part of it
		if b-a >= 3 && p.hasPluralWord(b-1, b) && (b >= len(p.toks) || p.toks[b].NL > 0 || p.f.names.IsHonorific(p.toks[b].Text)) {
			b--
		}
		// "Sen. Paul Questions Secretary ...", "Lena Haddad Marks the
		// Anniversary": a headline verb ends the name, unless running prose
		// goes on in lower case ("Mr. Peter Marks said the ...")
		for b-a >= 2 && p.f.lists.HeadlineVerbs[p.toks[b-1].Text] && !(p.lowerWordAt(b) && !p.capWordAt(b+1)) {
			b--
		}
		// "Rep. Walz Lauds Net Neutrality Ruling": a headline verb inside a
		// Title Case run ends the name before it
		for k := a + 1; k+1 < b; k++ {
			if p.f.lists.HeadlineVerbs[p.toks[k].Text] && p.toks[k+1].Cap {
				b = k
				break
			}
		}
		// "... and Asher Photo: Rob Lundie": a photo credit's label before
		// its colon ends the name before it
		if b-a >= 2 && b < len(p.toks) && p.toks[b].Text == ":" && p.toks[b].NL == 0 && creditLabels[p.toks[b-1].Text] {
			b--
		}
		// "Paul Sheils Chris Oates": a given name and a name twice over are
		// two people side by side (a table row of contacts), not one
		if b-a >= 4 && p.twoNamesSideBySide(a) {
			b = a + 2
		}
		// particles, initials and suffixes cannot end or begin a name
		for b > a && (p.class(b-1) == ncParticle || p.class(b-1) == ncInitial) {
			b--
		}
		if b == a {
			continue
		}
		if c, ok := p.judge(a, b); ok {
			out = append(out, c)
		} else {
			rejected = append(rejected, [2]int{a, b})
		}
		a = b - 1
	}
	out = p.coordinatedPeople(out, rejected)
	return p.familyNamePeople(out, rejected)
}

// twoNamesSideBySide reports whether tokens a.. on one line are a given
// name (the first may also be a word) and a family name twice over:
// "Paul Sheils Chris Oates", "Martine Franco Colin Schofield". Two given
// names in a row before the family name ("Mary Ann Oates", "José Luis
// Rodríguez Zapatero") or an Arabic name link make one longer name.
func (p *peopleScan) twoNamesSideBySide(a int) bool {
	if a+3 >= len(p.toks) {
		return false
	}
	for k := a + 1; k <= a+3; k++ {
		if p.toks[k].NL > 0 {
			return false
		}
	}
	if c := p.class(a); c != ncGiven && c != ncGivenWord || p.class(a+2) != ncGiven {
		return false
	}
	for k := a; k <= a+3; k++ {
		if arabicNameLinks[p.toks[k].Text] {
			return false // "Ismael Ould Cheikh Ahmed": one name
		}
	}
	// the second family name may be a given name too ("Chris Oates"),
	// or the first ("Martine Franco"), not both
	c1, c3 := p.class(a+1), p.class(a+3)
	return c1 == ncName && (c3 == ncName || c3 == ncGiven) || c1 == ncGiven && c3 == ncName
}

// creditLabels label the credit of a photo or image ("Photo: Jane Doe");
// none is a name.
var creditLabels = map[string]bool{"Photo": true, "Photos": true, "Picture": true, "Pictures": true, "Image": true, "Credit": true}

// arabicNameLinks are the capitalized words for "son of", "daughter of"
// and "father of" inside Arabic and Maghrebi names ("Ismael Ould Cheikh
// Ahmed", "Ahmed Ben Ali Salem"): a name that holds one is one person.
var arabicNameLinks = map[string]bool{
	"Ould": true, "Ben": true, "Bin": true, "Ibn": true, "Bint": true, "Mint": true, "Abu": true, "Abou": true,
}

// lowerWordAt reports whether token k is a lower-case word on the line of
// the token before it.
func (p *peopleScan) lowerWordAt(k int) bool {
	return k < len(p.toks) && p.toks[k].NL == 0 && p.toks[k].Word && !p.toks[k].Cap
}

// capWordAt reports whether token k is a capitalized word on the line of
// the token before it ("Marks the Anniversary": the headline goes on).
func (p *peopleScan) capWordAt(k int) bool {
	return k < len(p.toks) && p.toks[k].NL == 0 && p.toks[k].Word && p.toks[k].Cap
}

// commaClosed reports whether the name [a,b) stands between commas on one
// line: ", Tan Wee Liang," or ", Miha Kovač, said" or at a sentence end.
func (p *peopleScan) commaClosed(a, b int) bool {
	if a < 2 || p.toks[a-1].Text != "," || p.toks[a].NL > 0 || p.toks[a-1].NL > 0 {
		return false
	}
	if b >= len(p.toks) {
		return true
	}
	switch p.toks[b].Text {
	case ",", ".", ";", ")", ":":
		return p.toks[b].NL == 0
	}
	return p.f.lists.SpeechVerbs[p.toks[b].Text]
}

// titleCaseRun reports whether the name [a,b) is a given name followed by
// words of a Title Case headline or menu rather than a surname: a common
// word last with a capitalized word after it on the line ("Grant for Quincy
// Downtown Project", "Theodora Dunbavin Alternative Education"), or two
// common words ("Former Jackson Official Charged in ...", "Stanford Ponzi
// Scheme Receiver Report"). A given name and such words are no evidence of
// a person.
func (p *peopleScan) titleCaseRun(a, b int) bool {
	if b-a < 2 || p.class(a) != ncGiven {
		return false
	}
	if p.class(b-1) == ncWord && b < len(p.toks) && p.toks[b].NL == 0 && p.toks[b].Word && p.toks[b].Cap {
		return true
	}
	words := 0
	for k := a + 1; k < b; k++ {
		if p.class(k) == ncWord {
			words++
		}
	}
	return words >= 2
}

// hasPluralWord reports whether tokens [a,b) hold a common word in the
// plural ("Bradley Fighting Vehicles", "Artemis Accords"): surnames rarely are.
func (p *peopleScan) hasPluralWord(a, b int) bool {
	for k := a; k < b; k++ {
		w := p.toks[k].Text
		if p.class(k) == ncWord && len(w) > 3 && strings.HasSuffix(w, "s") && p.f.names.IsCommonWord(w[:len(w)-1]) {
			return true
		}
	}
	return false
}

// leaderWords follow a leader's surname used alone ("the Assad regime",
// "Assad's regime").
var leaderWords = map[string]bool{"regime": true, "administration": true, "dictatorship": true, "government": true, "forces": true, "cabinet": true}

// leaderContext reports whether the single name at token a is used the way
// a head of government's surname is: "the X regime", "X's regime".
func (p *peopleScan) leaderContext(a int) bool {
	k := a + 1
	if k < len(p.toks) && (p.toks[k].Text == "'s" || p.toks[k].Text == "\u2019s") {
		k++
	} else if a == 0 || !strings.EqualFold(p.toks[a-1].Text, "the") {
		return false
	}
	return k < len(p.toks) && leaderWords[p.toks[k].Text]
}

// titleBefore looks left of token a for an honorific or a title phrase that
// ends right before the name. It returns the title as stated (without the
// honorific) and the token where it starts.
func (p *peopleScan) titleBefore(a int) (hon bool, title string, start int) {
	lx := p.f.names
	k := a - 1
	if k < 0 || p.toks[a].NL > 0 {
		return false, "", a
	}
	if lx.IsHonorific(p.toks[k].Text) {
		return true, p.titleBeforeFrom(k), a
	}
	t := p.toks[k]
	if !t.Word || titleConnectors[strings.ToLower(t.Text)] {
		return false, "", a
	}
	head := false
	start = a
	for ; k >= 0; k-- {
		t := p.toks[k]
		if p.toks[k+1].NL > 0 && k+1 != a {
			break
		}
		if p.toks[k+1].NL > 0 {
			break
		}
		if ci := p.ag.covered[k]; ci != 0 && head {
			// "Ministry of Economy, Trade and Industry State Minister": the
			// body's whole name is part of the title
			if bs := p.ag.cands[ci-1].start; bs < k && p.sameLine(bs, k) {
				start, k = bs, bs
				continue
			}
		}
		lt := strings.ToLower(t.Text)
		switch {
		case lx.IsTitleHead(t.Text) && t.Cap:
			head = true
		case t.Word && (t.Cap || titleConnectors[lt]):
		case t.Text == "'s" || t.Text == "\u2019s" || t.Text == "-" || t.Text == "&":
		case t.Text == ")" && k >= 2 && p.toks[k-2].Text == "(" && p.toks[k-1].Upper,
			t.Text == "(" && k+2 < a && p.toks[k+2].Text == ")" && p.toks[k+1].Upper:
			// "Republic of Korea (ROK) Minister of Foreign Affairs"
		case t.Text == "," && !head && k > 0 && p.toks[k-1].Word && p.toks[k-1].Cap && p.toks[k+1].Cap && k+1 < a:
			// "Minister of Culture, Sports and Tourism Jeon Dong-hyun": a comma
			// inside the title's complement
		default:
			k = -1 // stop
			continue
		}
		if k >= 0 {
			if c := p.class(k); (c == ncGiven || c == ncGivenWord || c == ncInitial || c == ncName && (!p.inComplement(k) || p.isNameClass(k+1))) && k < a-1 {
				// another person's name: stop before it
				break
			}
			start = k
		}
	}
	if !head {
		return false, "", a
	}
	for start < a && titleConnectors[strings.ToLower(p.toks[start].Text)] {
		start++
	}
	// the title starts at its first title word or body name
	for start < a && !lx.IsTitleWord(p.toks[start].Text) && lx.WordBits(p.toks[start].Text)&lexicon.BitComp == 0 && p.ag.covered[start] == 0 && p.f.gaz.Demonyms[p.toks[start].Fold] == "" {
		if p.placeAt(start, a) {
			break // "New Zealand's Minister", "Republic of Korea (ROK) Minister"
		}
		start++
	}
	// "Readout of President": a heading word and its complement are not the title
	for start+2 < a && lx.WordBits(p.toks[start].Text)&lexicon.BitComp != 0 && !lx.IsTitleWord(p.toks[start].Text) && !p.placeAt(start, a) && p.ag.covered[start] == 0 &&
		(p.toks[start+1].Text == "of" || p.toks[start+1].Text == "for" || p.toks[start+1].Text == "on") {
		start += 2
		for start < a && titleConnectors[strings.ToLower(p.toks[start].Text)] {
			start++
		}
	}
	if start >= a {
		return false, "", a
	}
	return false, p.text[p.toks[start].Start:p.toks[a-1].End], start
}

// placeAt reports whether a country name of two or three words starts at
// token k and ends before token a.
func (p *peopleScan) placeAt(k, a int) bool {
	key := p.toks[k].Fold
	for n := 2; n <= 3 && k+n <= a; n++ {
		key += " " + p.toks[k+n-1].Fold
		if p.f.gaz.Demonyms[key] != "" {
			return true
		}
	}
	return false
}

// inComplement reports whether token k follows a connector or a title word
// ("Minister for Sustainability"), so that it belongs to a title rather than
// being another person's name.
func (p *peopleScan) inComplement(k int) bool {
	if k == 0 {
		return false
	}
	prev := p.toks[k-1]
	return titleConnectors[strings.ToLower(prev.Text)] || p.f.names.WordBits(prev.Text)&lexicon.BitComp != 0 && !p.f.names.IsTitleWord(prev.Text)
}

// isNameClass reports whether token k can be part of a name.
func (p *peopleScan) isNameClass(k int) bool {
	if k >= len(p.toks) {
		return false
	}
	switch p.class(k) {
	case ncGiven, ncGivenWord, ncName, ncWord:
		return true
	}
	return false
}

// titleBeforeFrom returns a title phrase ending right before the honorific
// at token k ("Deputy Director-General Dr. ..."), usually empty.
func (p *peopleScan) titleBeforeFrom(k int) string {
	if k == 0 || p.toks[k].NL > 0 || p.f.names.IsHonorific(p.toks[k-1].Text) {
		return ""
	}
	_, title, _ := p.titleBefore(k)
	if title == "" && k >= 2 && p.toks[k-1].Text == "," && p.toks[k-1].NL == 0 {
		// "Korea's Vice Minister of Science and ICT, Dr Han Ji-woo"
		_, title, _ = p.titleBefore(k - 1)
	}
	return title
}

// appositive reads ", Director General of the Global ICT Strategy Bureau"
// after the name ending at token b. It returns the title, a country named
// before it (Japan's), and the end token of the appositive.
func (p *peopleScan) appositive(b int) (title, country string, end int) {
	lx := p.f.names
	for b < len(p.toks) && p.toks[b].NL == 0 {
		if p.f.lists.PostNominals[p.toks[b].Text] {
			b++ // "Michelle Donelan MP, Secretary of State ..."
		} else if p.toks[b].Text == "," && b+2 < len(p.toks) && p.f.lists.PostNominals[p.toks[b+1].Text] && p.toks[b+2].Text == "," {
			b += 2 // "Jane Roe, Ph.D., Chief Scientist"
		} else {
			break
		}
	}
	if b >= len(p.toks) || p.toks[b].Text != "," {
		return "", "", b
	}
	k := b + 1
	for k < len(p.toks) && p.toks[k].NL == 0 && k < b+5 {
		t := p.toks[k]
		lt := strings.ToLower(t.Text)
		if k+2 < len(p.toks) && (p.toks[k+2].Text == "'s" || p.toks[k+2].Text == "\u2019s") {
			if cc := p.f.gaz.Demonyms[t.Fold+" "+p.toks[k+1].Fold]; cc != "" {
				country = cc // "New Zealand's Minister for Climate Change"
				k += 3
				continue
			}
		}
		if p.f.lists.AppositivePrefix[lt] {
			k++
			continue
		}
		if cc := p.f.gaz.Demonyms[t.Fold]; cc != "" && p.ag.covered[k] == 0 && !lx.IsTitleWord(t.Text) {
			if k+1 < len(p.toks) && (p.toks[k+1].Text == "'s" || p.toks[k+1].Text == "\u2019s") {
				country = cc
				k += 2
				continue
			}
			if k+1 < len(p.toks) && p.toks[k+1].Word && p.toks[k+1].Cap {
				country = cc // "U.S. Federal Chief Information Officer"
				break
			}
		}
		break
	}
	if k < len(p.toks) && titleConnectors[strings.ToLower(p.toks[k].Text)] {
		return "", "", b // ", and officials": a list goes on, not a title
	}
	start := k
	head := false
	j := k
	for j < len(p.toks) && p.toks[j].NL == 0 && j < k+20 {
		t := p.toks[j]
		lt := strings.ToLower(t.Text)
		c := p.class(j)
		if c == ncName && head && titleConnectors[strings.ToLower(p.toks[j-1].Text)] && (j+1 >= len(p.toks) || p.class(j+1) == ncStop) {
			// "Minister for Sustainability and the Environment": a word the
			// lexicon lacks in the title's complement, not a name
			c = ncWord
		}
		if c == ncGiven || c == ncName || c == ncGivenWord && j+1 < len(p.toks) && p.class(j+1) != ncStop {
			// another name: ", Japanese Foreign Minister Sato Haruki"
			// is the next person with a title, not this one's appositive
			return "", "", b
		}
		if p.f.lists.CaptionWords[t.Text] && head {
			break // "Minister for Climate Change Bottom left: ..." in a photo caption
		}
		if t.Word && lx.IsTitleHead(t.Text) {
			head = true
		} else if t.Word && (t.Cap || lx.IsTitleWord(t.Text) || lx.In(lx.Comp, t.Text) || p.ag.covered[j] != 0) {
			// part of the title
		} else if t.Word && titleConnectors[lt] {
			if lt == "and" && j+1 < len(p.toks) && (p.class(j+1) == ncGiven || p.class(j+1) == ncName) && p.ag.covered[j+1] == 0 {
				break // "... Officer and Mark Delaney"
			}
		} else if t.Text == "'s" || t.Text == "\u2019s" || t.Text == "-" || t.Text == "&" {
		} else if t.Text == "," && head && p.listComma(j) {
			// "Minister of Innovation, Science and Industry"
		} else if t.Text == "," && head && j+1 < len(p.toks) && p.ag.covered[j+1] != 0 {
			// ", Cyber Security Agency": the body the title belongs to
		} else {
			break
		}
		if !head && j >= k+6 {
			break
		}
		j++
	}
	for j > start && (titleConnectors[strings.ToLower(p.toks[j-1].Text)] || p.toks[j-1].Text == ",") {
		j--
	}
	if !head || j == start {
		return "", "", b
	}
	if e := p.titleParen(j); e > j {
		j = e
		// "Deputy Secretary (Policy), MSE": the body after the bracket
		if j+1 < len(p.toks) && p.toks[j].Text == "," && p.toks[j+1].NL == 0 {
			if ci := p.ag.covered[j+1]; ci != 0 && p.ag.cands[ci-1].start == j+1 {
				j = p.ag.cands[ci-1].end
			}
		}
	}
	// a following name run means this was a list of names, not a title
	if p.class(start) == ncGiven {
		return "", "", b
	}
	return p.text[p.toks[start].Start:p.toks[j-1].End], country, j
}

// listComma reports whether the comma at token j separates the items of a
// title's complement ("Innovation, Science and Industry"): capitalized words
// that are not names, then "and" or "&" and a capitalized word, on one line.
func (p *peopleScan) listComma(j int) bool {
	for k := j + 1; k < len(p.toks) && k < j+6; k++ {
		t := p.toks[k]
		if t.NL > 0 {
			return false
		}
		if t.Text == "and" || t.Text == "&" {
			return k > j+1 && k+1 < len(p.toks) && p.toks[k+1].Cap && p.toks[k+1].NL == 0 &&
				p.class(k+1) != ncGiven && p.class(k+1) != ncGivenWord
		}
		if !t.Word || !t.Cap || t.Upper {
			return false
		}
		if c := p.class(k); c == ncGiven || c == ncGivenWord || c == ncInitial {
			return false
		}
	}
	return false
}

// titleParen returns the end of a bracketed part of a title starting at
// token j ("(Planning, Landuse and Environment)", "(Policy)"): capitalized
// words, connectors and commas only, on one line; or j when there is none.
func (p *peopleScan) titleParen(j int) int {
	if j >= len(p.toks) || p.toks[j].Text != "(" || p.toks[j].NL > 0 {
		return j
	}
	for k := j + 1; k < len(p.toks) && k < j+12; k++ {
		t := p.toks[k]
		switch {
		case t.NL > 0:
			return j
		case t.Text == ")":
			if k == j+1 || p.ag.covered[j+1] != 0 && p.ag.cands[p.ag.covered[j+1]-1].end == k {
				return j // "()" or "(the Ministry of ...)": an affiliation, not the title
			}
			return k + 1
		case t.Word && (t.Cap || titleConnectors[strings.ToLower(t.Text)]) && p.class(k) != ncGiven && !p.f.names.IsHonorific(t.Text):
		case t.Text == "," || t.Text == "&":
		default:
			return j
		}
	}
	return j
}

// attributionEnds are the marks that end a quotation before the dash of
// its attribution ("... for all of us.\" — Jane Doe").
var attributionEnds = map[string]bool{".": true, "!": true, "?": true, "\"": true, "\u201d": true, "\u2019": true, "'": true, ")": true}

// isByline reports whether the name at token a follows "--", "By" or a
// dash that opens a line or follows a quotation.
func (p *peopleScan) isByline(a int) bool {
	if a == 0 {
		return false
	}
	t := p.toks[a-1]
	if t.Text == "\u2014" || t.Text == "\u2013" {
		// "— Jane Doe" opening a line or after a quotation; not "CDARC
		// Rally — Kington Langley Village Hall", a dash between phrases
		return t.NL > 0 || a == 1 || attributionEnds[p.toks[a-2].Text]
	}
	if t.Text == "-" && a >= 2 && p.toks[a-2].Text == "-" {
		return true
	}
	if (t.Text == "By" || t.Text == "by") && (t.NL > 0 || a == 1) {
		return true
	}
	return false
}

// isContact reports whether the name at token a follows a press-contact
// label: "Media contact: Jane Doe", "Contact: Jane Doe, +1 202 ...",
// "For more information, contact Jane Doe", or a photo credit's:
// "Photo: Jane Doe", "Image credit: Jane Doe".
func (p *peopleScan) isContact(a int) bool {
	k := a - 1
	if k >= 0 && p.toks[k].Text == ":" {
		k--
	}
	if k < 0 || p.toks[k+1].NL > 0 && (p.toks[k+1].NL > 1 || k > 0 && p.toks[k].NL == 0) {
		// the label on the line above counts only when it stands alone
		// there ("Contacts\nJean-Luc Martin")
		return false
	}
	switch strings.ToLower(p.toks[k].Text) {
	case "contact", "contacts", "enquiries", "inquiries", "spokesperson", "spokesman", "spokeswoman", "by", "author", "editor", "photographer", "writer",
		"photo", "photos", "picture", "pictures", "image", "credit":
		return true
	}
	return false
}

// countryOf finds the country a delegation label or a "Country (" before
// the person implies: "Japanese delegation:", "EU side:", "Singapore (Mr. ...".
func (p *peopleScan) countryOf(titleStart, a int) string {
	// "Japan (Prof. Kenta Ishida" / "Singapore (Mr. Wei Jie Lim"
	k := a - 1
	if k >= 0 && p.f.names.IsHonorific(p.toks[k].Text) {
		k--
	}
	if k >= 1 && p.toks[k].Text == "(" {
		if cc := p.f.gaz.Demonyms[p.toks[k-1].Fold]; cc != "" {
			return cc
		}
	}
	// nearest "X delegation:" / "X side:" label on the same line, before the person
	for k := a - 1; k >= 1 && a-k < 120; k-- {
		if p.toks[k+1].NL > 0 && k+1 < a {
			break
		}
		lt := strings.ToLower(p.toks[k].Text)
		if (lt == "delegation" || lt == "side") && k+1 < len(p.toks) && p.toks[k+1].Text == ":" {
			if cc := p.f.gaz.Demonyms[p.toks[k-1].Fold]; cc != "" {
				return cc
			}
		}
	}
	// "Korea: Minister of ... Jeon Dong-hyun": a country label opening the line
	ls := p.lineStartOf(a)
	if ls+1 < a && p.toks[ls+1].Text == ":" {
		if cc := p.f.gaz.Demonyms[p.toks[ls].Fold]; cc != "" {
			return cc
		}
	}
	// "The Brunei Darussalam delegation was led by ...", "the Singapore
	// delegation comprising Mr ...": a delegation named earlier in the sentence
	for k := a - 1; k >= 2 && a-k < 40; k-- {
		tx := p.toks[k].Text
		if tx == "." || tx == ";" || p.toks[k+1].NL > 1 {
			break
		}
		if tx != "delegation" {
			continue
		}
		if cc := p.f.gaz.Demonyms[p.toks[k-1].Fold]; cc != "" {
			return cc
		}
		if cc := p.f.gaz.Demonyms[p.toks[k-2].Fold+" "+p.toks[k-1].Fold]; cc != "" {
			return cc
		}
	}
	// a country or demonym in the title
	for k := a - 1; k >= 0 && p.toks[k].Start >= titleStart; k-- {
		if p.ag.covered[k] != 0 {
			continue
		}
		if cc := p.f.gaz.Demonyms[p.toks[k].Fold]; cc != "" {
			return cc
		}
	}
	return ""
}

// titleCountry returns the country a title names or implies ("Korea's
// Vice Minister", "Japanese Ambassador"), or "".
func (p *peopleScan) titleCountry(title string) string {
	for _, t := range lexicon.Tokenize(title) {
		if cc := p.f.gaz.Demonyms[t.Fold]; cc != "" && t.Cap {
			return cc
		}
	}
	return ""
}

// titleCaseName turns an upper-case name into Title Case.
func titleCaseName(s string) string {
	rs := []rune(strings.ToLower(s))
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
		}
		up = !unicode.IsLetter(r) && r != '\''
	}
	return string(rs)
}
