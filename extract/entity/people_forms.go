package entity

import (
	"regexp"
	"sort"
	"strings"

	"github.com/communique/communique/extract/entity/lexicon"
)

// upperNamePart reports whether the upper-case token i is a family name
// written in capitals next to a capitalized given name, as many
// governments and international bodies write them: after the given name
// ("Mr. Taro YAMADA", "Anna KOWALSKA") or before it ("YAMADA Taro"). An
// acronym the gazetteer knows, a title or an English word in capitals
// (SMITH, REPORT) counts only right after an honorific and a given name.
func (p *peopleScan) upperNamePart(i int) bool {
	lx := p.f.names
	t := p.toks[i]
	if !p.upperNameLike(i) || !strings.ContainsAny(t.Text, "AEIOUY") || strings.HasSuffix(t.Text, "II") {
		return false // "WWII", "NTT": an acronym or a regnal number, not a family name
	}
	given := func(k int) bool {
		g := p.toks[k]
		return g.Word && g.Cap && !g.Upper && lx.Bits[g.Text]&(lexicon.BitGiven|lexicon.BitGivenW) != 0
	}
	word := lx.IsCommonWord(t.Text)
	prevUpperName := i > 0 && t.NL == 0 && p.toks[i-1].Upper && p.classes[i-1] == ncName &&
		i >= 2 && (given(i-2) || p.toks[i-2].Upper && p.classes[i-2] == ncName)
	if i > 0 && t.NL == 0 && (given(i-1) || p.givenAfterHonorific(i-1) || prevUpperName && !word) {
		// "Taro YAMADA", "Ana Maria ALVAREZ ORTEGA": not inside an
		// upper-case heading ("Anna REPORTS ON TRADE")
		if i+1 < len(p.toks) && p.toks[i+1].Upper && p.toks[i+1].NL == 0 && (lx.IsCommonWord(p.toks[i+1].Text) || word) {
			return false
		}
		hon := i >= 2 && p.toks[i-1].NL == 0 && lx.IsHonorific(p.toks[i-2].Text)
		return hon || !word
	}
	if i+1 < len(p.toks) && p.toks[i+1].NL == 0 && (given(i+1) || p.familyFirstUpper(i)) && !word {
		// "YAMADA Taro": the given name ends the name or is followed by punctuation
		if i > 0 && p.toks[i-1].Upper && p.toks[i].NL == 0 {
			return false
		}
		e := i + 2
		if e < len(p.toks) && p.toks[e].NL == 0 && p.familyFirstUpper(i) && p.givenSyllable(e) {
			e++ // "NGUYEN Van Thanh": two given syllables
		}
		return e >= len(p.toks) || p.toks[e].NL > 0 || !p.toks[e].Word || !p.toks[e].Cap
	}
	return false
}

// familyFirstUpper reports whether the upper-case token i is an East Asian
// family name of the lexicon written in capitals before a short
// capitalized given syllable on its line ("NGUYEN Van Thanh", "TRAN Thi
// Mai", "LIM Boon Heng" in a signature or a delegation list), where the
// syllable may be an English word (Van, Boon).
func (p *peopleScan) familyFirstUpper(i int) bool {
	return p.givenSyllable(i+1) && p.f.names.FamilyFirst[titleCaseName(p.toks[i].Text)]
}

// givenSyllable reports whether token k is written like one syllable of a
// romanized given name: a short capitalized word, not in capitals, no
// title word, hyphen or digit.
func (p *peopleScan) givenSyllable(k int) bool {
	n := p.toks[k]
	return n.Word && n.Cap && !n.Upper && len(n.Text) <= 6 && !strings.ContainsAny(n.Text, "-0123456789.") && !p.f.names.IsTitleWord(n.Text)
}

// givenAfterHonorific reports whether token k, right after an honorific on
// its line, is a capitalized word that can only be a given name: no title,
// honorific or English word ("Ms Henrike WESTERHOLT", "Dr Ilze
// BĒRZIŅA-OZOLA", "Mr Kalle PIHLAKAS"): given names of other languages
// that the lexicon lacks.
func (p *peopleScan) givenAfterHonorific(k int) bool {
	lx, g := p.f.names, p.toks[k]
	if k == 0 || g.NL > 0 || !g.Word || !g.Cap || g.Upper || strings.ContainsAny(g.Text, "0123456789&/.") {
		return false
	}
	return lx.IsHonorific(p.toks[k-1].Text) && !lx.IsHonorific(g.Text) && !lx.IsTitleWord(g.Text) && !lx.IsCommonWord(g.Text) &&
		lx.WordBits(g.Text)&lexicon.BitComp == 0 && p.f.gaz.Demonyms[g.Fold] == "" && !p.f.gaz.IsPlaceFold(g.Fold)
}

// nameShaped reports whether the span [a,b) of n name tokens is shaped like
// a person's name without a cue: a family name in capitals with a given
// name ("YAMADA Taro", "Anna KOWALSKA"), an East Asian family name first
// with two given syllables that are no English words ("Goh Si Hou"), or a
// given name that is also a word before a name that is none ("Grace Fu",
// "John Kerry").
func (p *peopleScan) nameShaped(a, b, n int) bool {
	if n < 2 || n > 3 || p.titleCaseRun(a, b) || b < len(p.toks) && p.toks[b].NL == 0 && p.toks[b].Word && p.toks[b].Cap {
		return false
	}
	familyFirst := n == 3 && p.familyNameFirst(a, b)
	upper, given, name := 0, 0, 0
	for k := a; k < b; k++ {
		if familyFirst && (k == a || p.class(k) == ncWord && len(p.toks[k].Text) <= 4 && !p.f.lists.HeadlineVerbs[p.toks[k].Text]) {
			// "Tan Kah Seng", "Lim Boon Heng", "Lee Hsien Yang": a family
			// name or a short syllable that is also an English word
			name++
			continue
		}
		switch p.class(k) {
		case ncGiven:
			given++
		case ncName:
			name++
		case ncWord:
			return false
		}
		if p.toks[k].Upper {
			upper++
		}
	}
	switch {
	case upper == 1 && given >= 1 && name >= 1:
		return true
	case upper == 1 && p.toks[a].Upper && p.familyFirstUpper(a) && (n == 2 || p.givenSyllable(a+2)):
		return true // "TRAN Thi Mai", "LIM Boon Heng": a family name in capitals, then given syllables
	case familyFirst && given+name == 3:
		// "Do Your Part": two English words after the family name are a phrase
		return !p.f.names.IsCommonWord(p.toks[a+1].Text) || !p.f.names.IsCommonWord(p.toks[a+2].Text)
	case p.class(a) == ncGivenWord && name+given >= 1 && n == 2:
		return true
	}
	return false
}

// handleAfter reports whether the name ending before token b is followed by
// a social-media handle: "Jane Doe: @janedoe", "Jane Doe (@janedoe)".
func (p *peopleScan) handleAfter(b int) bool {
	if b+1 >= len(p.toks) || p.toks[b].NL > 0 || p.toks[b+1].NL > 0 {
		return false
	}
	sep := p.toks[b].Text
	return (sep == ":" || sep == "(" || sep == "-" || sep == "\u2013") && p.toks[b+1].Text == "@"
}

// namesFacility reports whether capitalized words after the name ending
// before token b, on its line, end in a facility head: the name is then
// part of a room's, building's or prize's name.
func (p *peopleScan) namesFacility(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if p.f.lists.FacilityHeads[p.toks[k].Text] && p.class(k) == ncWord {
			return true // "Hiroshi Tanaka Memorial Hall" read as one span
		}
	}
	for k := b; k < len(p.toks) && k < b+4 && p.toks[k].NL == 0; k++ {
		t := p.toks[k]
		if !t.Word || !t.Cap {
			return false
		}
		if p.f.lists.FacilityHeads[t.Text] {
			return true
		}
	}
	return false
}

// coordinatedPeople accepts a rejected span that starts with a given name,
// or is made of words that are no English words ("Tomasz Wójcik"), and is
// joined by "and", "&" or a comma to an accepted person's name ("Maria
// Chen and Tom Baker", "John Smith and Mary Smith"): the items of a list of
// people are people. An item accepted this way makes its own neighbours
// items of the list ("A B, C D and E F" with only A B known), up to
// maxListPasses items away. It returns all candidates in text order.
func (p *peopleScan) coordinatedPeople(out []personCand, rejected [][2]int) []personCand {
	if len(out) == 0 || len(rejected) == 0 {
		return out
	}
	startAt := map[int]bool{}
	endAt := map[int]bool{}
	for _, c := range out {
		startAt[c.start] = true
		endAt[c.end] = true
	}
	joined := func(k int) bool {
		t := p.toks[k].Text
		return (t == "and" || t == "&" || t == ",") && p.toks[k].NL == 0
	}
	added := false
	for pass, grew := 0, true; pass < maxListPasses && grew; pass++ {
		grew = false
		for i, r := range rejected {
			a, b := r[0], r[1]
			if b-a < 2 || b-a > 3 || p.class(a) != ncGiven && p.class(a) != ncGivenWord && !p.allNameWords(a, b) || b < len(p.toks) && p.toks[b].NL == 0 && p.toks[b].Word && p.toks[b].Cap {
				continue
			}
			next := b < len(p.toks)-1 && joined(b) && (startAt[b+1] || p.toks[b].Text == "," && b+2 < len(p.toks) && p.toks[b+1].Text == "and" && startAt[b+2])
			prev := a >= 2 && joined(a-1) && (endAt[a-1] || p.toks[a-1].Text == "and" && p.toks[a-2].Text == "," && endAt[a-2])
			if !next && !prev {
				continue
			}
			if p.forced == nil {
				p.forced = map[int]bool{}
			}
			p.forced[a] = true
			if c, ok := p.judge(a, b); ok {
				out = append(out, c)
				startAt[c.start], endAt[c.end] = true, true
				rejected[i] = [2]int{a, a} // taken: an empty span is skipped above
				added, grew = true, true
			}
		}
	}
	if added {
		sort.SliceStable(out, func(x, y int) bool { return out[x].start < out[y].start })
	}
	return out
}

// familyNamePeople accepts a rejected span of two name words that are no
// English words whose second word is the family name of a person accepted
// in the same text ("Ona Leaupepe" ... "a message from Tavita Leaupepe"):
// relatives and namesakes are people too, each under their own name. It
// returns all candidates in text order.
func (p *peopleScan) familyNamePeople(out []personCand, rejected [][2]int) []personCand {
	if len(out) == 0 || len(rejected) == 0 {
		return out
	}
	var family map[string]bool
	for _, c := range out {
		if c.end-c.start >= 2 && p.class(c.end-1) == ncName {
			if family == nil {
				family = map[string]bool{}
			}
			family[p.toks[c.end-1].Text] = true
		}
	}
	added := false
	for _, r := range rejected {
		a, b := r[0], r[1]
		if b-a != 2 || !family[p.toks[b-1].Text] || !p.allNameWords(a, b) || b < len(p.toks) && p.toks[b].NL == 0 && p.toks[b].Word && p.toks[b].Cap {
			continue
		}
		if p.forced == nil {
			p.forced = map[int]bool{}
		}
		p.forced[a] = true
		if c, ok := p.judge(a, b); ok {
			out = append(out, c)
			added = true
		}
	}
	if added {
		sort.SliceStable(out, func(x, y int) bool { return out[x].start < out[y].start })
	}
	return out
}

// maxListPasses bounds how far acceptance spreads along one list of names
// in coordinatedPeople: each pass reaches the next item.
const maxListPasses = 4

// upperNameLike reports whether the upper-case token i can be a family name
// in capitals: no known acronym, title, never-name word, place or demonym,
// and no digits or inner punctuation.
func (p *peopleScan) upperNameLike(i int) bool {
	lx, t := p.f.names, p.toks[i]
	return len(p.f.gaz.Acronyms[t.Text]) == 0 && !lx.IsTitleWord(t.Text) && lx.WordBits(t.Text)&lexicon.BitComp == 0 &&
		p.f.gaz.Demonyms[t.Fold] == "" && !p.f.gaz.IsPlaceFold(t.Fold) && !strings.ContainsAny(t.Text, "0123456789&/.") &&
		!strings.HasPrefix(t.Text, "-") && !strings.HasSuffix(t.Text, "-") && !strings.Contains(t.Text, "--")
}

// signatureBlock reports whether the name [a,b) stands alone on its line or
// table cell with a job title starting the next line: the name and title
// lines of a signature or contact block ("Donald J. Trump" over
// "President", "Jean Dupont" over "Press Officer").
func (p *peopleScan) signatureBlock(a, b int) bool {
	if a > 0 && p.toks[a].NL == 0 || b >= len(p.toks) || p.toks[b].NL == 0 {
		return false
	}
	// the next line starts with a title, possibly after other cells of
	// this line ("Donald J. Trump    Takaichi Sanae\nPresident ...")
	k := b
	for k < len(p.toks) && k < b+12 && !p.lineStart(k) {
		k++
	}
	// one blank line may separate them: table rows decoded as paragraphs
	// ("Rūta Paulauskienė | Marek Wójcik" over "Spokesperson | Press Officer")
	if k >= len(p.toks) || !p.lineStart(k) || strings.Count(p.text[p.toks[k-1].End:p.toks[k].Start], "\n") > 2 {
		return false
	}
	w := p.toks[k].Text
	return p.f.names.IsTitleHead(w) || p.f.names.WordBits(w)&lexicon.BitMod != 0 && k+1 < len(p.toks) && p.f.names.IsTitleHead(p.toks[k+1].Text)
}

// lineStart reports whether token k begins a real line (a line break in
// the text before it, not only a column gap).
func (p *peopleScan) lineStart(k int) bool {
	return k == 0 || strings.Contains(p.text[p.toks[k-1].End:p.toks[k].Start], "\n")
}

// allNameWords reports whether every token of [a,b) is a name word that is
// no English word, a given name of the lexicon among them ("Tomasz
// Wójcik", "Tetteh Kofi Asamoah").
func (p *peopleScan) allNameWords(a, b int) bool {
	for k := a; k < b; k++ {
		if c := p.class(k); c != ncName && c != ncGiven {
			return false
		}
	}
	return true
}

// closeQuote returns the quotation mark that closes the one q opens around
// a nickname, or false when q opens none.
func closeQuote(q string) (string, bool) {
	switch q {
	case "\"", "'":
		return q, true
	case "\u201c":
		return "\u201d", true
	case "\u2018":
		return "\u2019", true
	}
	return "", false
}

// markNicknames: "William \u201cMo\u201d Cowan", "Robert 'Bobby' Scott",
// "James \"Jim\" O'Neill", "John \u201cJ.D.\u201d Dorrian": one or two
// capitalized words or dotted initials in quotation marks
// between a given name (or initial) and a surname on one line are a
// nickname inside the name. Its tokens become particles, so the name runs
// over them and neither begins nor ends there; nicknameRE drops them from
// the name.
func (p *peopleScan) markNicknames() {
	for i := 1; i+3 < len(p.toks); i++ {
		if p.toks[i].Word || p.toks[i].NL > 0 {
			continue
		}
		closeQ, ok := closeQuote(p.toks[i].Text)
		if !ok {
			continue
		}
		if c := p.classes[i-1]; c != ncGiven && c != ncGivenWord && c != ncName && c != ncInitial {
			continue
		}
		k := i + 1
		// a capitalized word, or initials ("John “J.D.” Dorrian")
		for k < len(p.toks) && k < i+3 && p.toks[k].NL == 0 && p.toks[k].Word && p.toks[k].Cap && (!p.toks[k].Upper || isDottedInitials(p.toks[k].Text)) {
			k++
		}
		if k == i+1 || k+1 >= len(p.toks) || p.toks[k].Text != closeQ || p.toks[k].NL > 0 || p.toks[k+1].NL > 0 {
			continue
		}
		if c := p.classes[k+1]; c != ncName && c != ncGiven && c != ncGivenWord && c != ncWord {
			continue
		}
		for j := i; j <= k; j++ {
			p.classes[j] = ncParticle
		}
		i = k
	}
}

// nicknameRE matches a nickname in quotation marks inside a name as written.
var nicknameRE = regexp.MustCompile(`\s+["\x{201c}'\x{2018}][\p{Lu}][^"\x{201d}'\x{2019}]{0,24}["\x{201d}'\x{2019}]\s+`)
