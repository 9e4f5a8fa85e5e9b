package entity

// This file holds the people rule for names with no title, honorific or
// speech verb: the object of a verb or preposition that takes people
// ("talks between Ana Ferreira and Tomas Lind", "joined by Ravi Menon and
// Li Wei"), recognised from the name's shape when the lexicon lacks its
// given name.

// maxCueItems is how many names and separators personCueBefore walks back
// over to the cue: "joined by A, B and C".
const maxCueItems = 6

// personCueBefore reports whether the name at token a follows a phrase of
// personCues, directly or after other names of the same list ("met with
// A, B and C"), on one line.
func (p *peopleScan) personCueBefore(a int) bool {
	k := a - 1
	for n := 0; n < maxCueItems && k >= 0 && p.toks[k+1].NL == 0; n++ {
		if p.cueEndsAt(k) {
			return true
		}
		if t := p.toks[k].Text; t != "and" && t != "," {
			return false
		}
		k--
		for w := 0; w < 4 && k >= 0 && p.toks[k+1].NL == 0 && p.toks[k].Word && p.toks[k].Cap; w++ {
			k-- // the list's name before the separator
		}
	}
	return false
}

// cueEndsAt reports whether a phrase of personCues of one or two words
// ends at token k.
func (p *peopleScan) cueEndsAt(k int) bool {
	cues := p.f.lists.PersonCues
	t := p.toks[k]
	if !t.Word || t.Cap && k > 0 && p.toks[k-1].Word && t.NL == 0 {
		return false // a cue is in running text, in lower case
	}
	if cues[t.Fold] {
		return true
	}
	return k > 0 && t.NL == 0 && p.toks[k-1].Word && cues[p.toks[k-1].Fold+" "+t.Fold]
}

// cuedNameShape reports whether [a,b) is two or three name words that can
// only be a person's name after a cue: given names or words that are no
// English words, places, titles or bodies ("Wanjiru Kamau", "Otieno
// Odhiambo"), with no capitalized word running on after them.
func (p *peopleScan) cuedNameShape(a, b int) bool {
	if b-a < 2 || b-a > 3 || b < len(p.toks) && p.toks[b].NL == 0 && p.toks[b].Word && p.toks[b].Cap {
		return false
	}
	for k := a; k < b; k++ {
		if c := p.class(k); c != ncName && c != ncGiven {
			return false
		}
	}
	return true
}
