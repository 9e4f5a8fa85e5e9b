package corpus

// Small word and character tests shared by the cleaner and the PDF
// decoder.

// MonthPattern is a regular-expression fragment for an English month name
// or its abbreviation in lower case ("jan", "sept", "september"), with an
// optional period; callers lower-case the text or add (?i).
const MonthPattern = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

// IsDigitByte reports whether c is an ASCII digit.
func IsDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// titleConnectors are words that cannot end a headline line: the headline
// continues on the next line.
var titleConnectors = map[string]bool{
	"the": true, "of": true, "for": true, "and": true, "on": true, "in": true, "to": true, "with": true,
	"a": true, "an": true, "at": true, "by": true, "between": true, "from": true, "&": true, "or": true,
	"its": true, "their": true, "our": true, "as": true, "into": true, "about": true, "over": true,
}

// IsTitleConnector reports whether w, in lower case, is a word that cannot
// end a headline line (a preposition, article or conjunction): the
// headline continues on the next line.
func IsTitleConnector(w string) bool { return titleConnectors[w] }
