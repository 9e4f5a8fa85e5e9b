package clean

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// Letterhead lines: the postal address, telephone and web lines an issuer
// prints under its name above a release. They never name the release;
// title finding steps over them (headlineLine, headlineFollows).

// streetWords mark a postal address line ("100 High Street, #09-01",
// "Level 3, 25 Marine Parade"); sourced from common English address
// abbreviations (USPS Publication 28, Royal Mail PAF).
var streetWords = map[string]bool{
	"street": true, "st": true, "road": true, "rd": true, "avenue": true, "ave": true, "boulevard": true,
	"blvd": true, "lane": true, "ln": true, "drive": true, "dr": true, "place": true, "pl": true,
	"square": true, "sq": true, "parade": true, "way": true, "highway": true, "hwy": true, "floor": true,
	"level": true, "building": true, "bldg": true, "tower": true, "suite": true, "nw": true, "ne": true,
	"sw": true, "se": true, "terrace": true, "crescent": true, "court": true, "ct": true, "plaza": true,
}

// letterheadMaxWords bounds an address, telephone or web line.
const letterheadMaxWords = 10

// isLetterheadLine reports whether t is a postal address, telephone, e-mail
// or web address line of a letterhead.
func isLetterheadLine(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || wordCount(t) > letterheadMaxWords || endsSentence(t) && !strings.HasSuffix(t, ".") {
		return false
	}
	low := strings.ToLower(t)
	if isContactLine(t) || strings.HasPrefix(low, "www.") || strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") {
		return true
	}
	if strings.Contains(low, "p.o. box") || strings.Contains(low, "po box") {
		return true
	}
	words := strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
	if len(words) == 0 {
		return false
	}
	// "100 High Street", "#09-01", "Level 3, 25 Marine Parade"; a line in
	// running words ("Funding confirmed for 400 new T Level places") is
	// a headline.
	if hasNumberToken(words) && !hasRunningWords(t) {
		for _, w := range words {
			if streetWords[w] {
				return true
			}
		}
	}
	// "Singapore 179434", "WASHINGTON, D.C. 20508", "Canberra ACT 2600":
	// a place and a postal code closing the line.
	// A four-digit year closes titles ("Geo Connect Asia 2023"), not
	// addresses.
	last := words[len(words)-1]
	if len(words) < 2 || len(words) > 5 || len(last) < 4 || len(last) > 6 || !isAllDigits(last) || !unicode.IsUpper([]rune(t)[0]) {
		return false
	}
	if y, err := strconv.Atoi(last); err == nil && len(last) == 4 && y >= 1800 && y <= 2100 {
		return false
	}
	return true
}

// hasRunningWords reports whether t has two or more lower-case words of
// three letters or more that are no connector ("confirmed", "new"): an
// address is written in names and numbers.
func hasRunningWords(t string) bool {
	n := 0
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, ",.;:()")
		r, _ := utf8.DecodeRuneInString(w)
		if len(w) >= 3 && unicode.IsLower(r) && !orgConnectors[w] {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// hasNumberToken reports whether a word starts with a digit or '#'.
func hasNumberToken(words []string) bool {
	for _, w := range words {
		if w != "" && (corpus.IsDigitByte(w[0]) || w[0] == '#') {
			return true
		}
	}
	return false
}

// hasFewLetters reports whether t has fewer than three letters or letters
// make up less than half of its non-space characters: a rule of dashes or
// stars, a page number, a code.
func hasFewLetters(t string) bool {
	letters, other := 0, 0
	for _, r := range t {
		switch {
		case unicode.IsLetter(r):
			letters++
		case !unicode.IsSpace(r):
			other++
		}
	}
	return letters < 3 || letters < other
}
