package agenda

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelShape is how a label is punctuated, independent of its numbering.
type labelShape uint8

const (
	shapeParen   labelShape = iota // (1) (a) (iv)
	shapeOpen                      // (6Promoting: the closing bracket is missing
	shapeClose                     // 1) a)
	shapeDot                       // 1. a. iv. A.
	shapeSquare                    // [1]
	shapeDecimal                   // 1.1 2.3.1
	shapeBare                      // 1 Paragraph text (numbered paragraphs without a dot)
)

// labelFamily is the numbering system of a label.
type labelFamily uint8

const (
	famNumber     labelFamily = iota
	famLower                  // a b c
	famUpper                  // A B C
	famRomanLower             // i ii iii
	famRomanUpper             // I II III
)

// label is one numbered-item candidate found at the start of a line.
type label struct {
	printed    string // as printed: "(1)", "1.", "(6", "ii."
	shape      labelShape
	family     labelFamily
	value      int   // ordinal value: 1 for "1", "a", "i", "A", "I"
	altValue   int   // for i/v/x (I/V/X): the letter ordinal when value is roman, 0 otherwise
	decimal    []int // components of a decimal label ("2.3.1" -> 2,3,1)
	lineStart  int   // offset of the line
	start, end int   // offsets of the label in the text
	textStart  int   // offset where the item's own text starts (after the label and spaces)
	lineEnd    int   // offset of the end of the label's line (without the newline)
	line       int   // index of the line in the outline's lines
	depth      int   // indentation bucket: 0 up to three spaces, then one per four
	// short marks a numbered paragraph without a dot on a line too short
	// to be one by itself ("11 Singapore will host the next round."): it
	// is an item only where it continues a list of numbered paragraphs.
	short bool
}

// style is the key that identifies items of the same list: same shape and family.
func (l *label) style() string {
	shape := l.shape
	if shape == shapeOpen {
		shape = shapeParen // "(6Promoting" is a "(6)" with a typo
	}
	s := string(rune('a'+shape)) + string(rune('0'+l.family))
	if l.shape == shapeDecimal {
		s += string(rune('0' + len(l.decimal)))
	}
	if l.depth > 0 {
		// An indented list of the same style is a list of its own
		// (Markdown "1." under "1.").
		s += "@" + string(rune('0'+min(l.depth, 9)))
	}
	return s
}

// ambiguous reports whether the label is a single i, v or x (either case),
// which may be a letter or a roman numeral.
func (l *label) ambiguous() bool { return l.altValue != 0 }

// asLetter turns an ambiguous roman label into its letter reading.
func (l *label) asLetter() {
	if l.family == famRomanLower {
		l.family = famLower
	} else {
		l.family = famUpper
	}
	l.value, l.altValue = l.altValue, 0
}

// romanValue parses a lower-case roman numeral up to 39 (xxxix); 0 if it is not one.
func romanValue(s string) int {
	if s == "" || len(s) > 6 {
		return 0
	}
	vals := map[byte]int{'i': 1, 'v': 5, 'x': 10}
	total, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		v, ok := vals[s[i]]
		if !ok {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	if toRoman(total) != s {
		return 0 // not canonical ("iiii", "vx")
	}
	return total
}

func toRoman(n int) string {
	var b strings.Builder
	for n >= 10 {
		b.WriteByte('x')
		n -= 10
	}
	switch {
	case n == 9:
		b.WriteString("ix")
		n = 0
	case n >= 5:
		b.WriteByte('v')
		n -= 5
	case n == 4:
		b.WriteString("iv")
		n = 0
	}
	for ; n > 0; n-- {
		b.WriteByte('i')
	}
	return b.String()
}

// indentWidth is the width of the leading spaces and tabs of line (a tab
// counts four).
func indentWidth(line string) int {
	w := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case ' ':
			w++
		case '\t':
			w += 4
		default:
			return w
		}
	}
	return w
}

// skipLinePrefix returns the offset (relative to line) after indentation,
// a list bullet ("- ", "• ", "* ") and Markdown emphasis or heading marks
// that may precede a label.
func skipLinePrefix(line string) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	for range 3 {
		rest := line[i:]
		switch {
		case strings.HasPrefix(rest, "**"), strings.HasPrefix(rest, "__"):
			i += 2
		case strings.HasPrefix(rest, "<u>"), strings.HasPrefix(rest, "<b>"):
			i += 3
		case strings.HasPrefix(rest, "<strong>"):
			i += 8
		case len(rest) > 1 && (rest[0] == '-' || rest[0] == '*' || rest[0] == '#') && (rest[1] == ' ' || rest[1] == '\t' || rest[1] == '#'):
			for i < len(line) && (line[i] == '-' || line[i] == '*' || line[i] == '#') {
				i++
			}
		case strings.HasPrefix(rest, "• "), strings.HasPrefix(rest, "– "), strings.HasPrefix(rest, "▪ "):
			_, n := utf8.DecodeRuneInString(rest)
			i += n
		default:
			return i
		}
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
	}
	return i
}

// parseLabel looks for a numbered-item label at the start of line (which
// begins at offset base in the text). ok is false when there is none.
func parseLabel(line string, base int) (label, bool) {
	p := skipLinePrefix(line)
	rest := line[p:]
	if rest == "" {
		return label{}, false
	}
	var l label
	l.lineStart, l.lineEnd = base, base+len(line)
	l.depth = indentWidth(line) / 4
	shape, token, n, ok := labelToken(rest)
	switch {
	case !ok:
		return label{}, false
	case shape == shapeDecimal:
		return parseDecimal(l, rest, p)
	}
	l.shape = shape
	if !l.setValue(token) {
		return label{}, false
	}
	after := rest[n:]
	body := strings.TrimLeft(after, " \t")
	if l.shape == shapeBare {
		body = strings.TrimLeft(after, " \t*_") // "2** **APPRECIATING**"
	}
	if !labelBodyOK(&l, line, after, body) {
		return label{}, false
	}
	l.start = base + p
	l.end = base + p + n
	l.printed = rest[:n]
	l.textStart = l.end + (len(after) - len(body))
	return l, true
}

// labelToken reads the label at the start of rest: its shape, the token
// inside it ("3", "iv", "b") and its length n in rest. For shapeDecimal
// ("2.3.1") only the shape is set: parseDecimal reads the rest. ok is
// false when rest opens with no label shape.
func labelToken(rest string) (shape labelShape, token string, n int, ok bool) {
	switch c := rest[0]; {
	case c == '(':
		return parenToken(rest)
	case c == '[':
		j := 1
		for j < len(rest) && j <= 4 && isDigitASCII(rest[j]) {
			j++
		}
		if j == 1 || j >= len(rest) || rest[j] != ']' {
			return 0, "", 0, false
		}
		return shapeSquare, rest[1:j], j + 1, true
	case isAlnumASCII(c):
		return alnumToken(rest)
	}
	return 0, "", 0, false
}

// parenToken reads "(3)", "(iv)", "(b)" and the unclosed "(6Promoting".
func parenToken(rest string) (shape labelShape, token string, n int, ok bool) {
	j := 1
	for j < len(rest) && j <= 3 && isDigitASCII(rest[j]) {
		j++
	}
	if j == 1 { // letters or a roman numeral
		for j < len(rest) && j <= 7 && isAlnumASCII(rest[j]) {
			j++
		}
	}
	token = rest[1:j]
	switch {
	case token == "":
		return 0, "", 0, false
	case j < len(rest) && rest[j] == ')':
		return shapeParen, token, j + 1, true
	case isDigits(token) && j < len(rest) && isUpperStart(rest[j:]):
		return shapeOpen, token, j, true // "(6Promoting"
	}
	return 0, "", 0, false
}

// alnumToken reads "3)", "iv.", "2.3.1" (shapeDecimal), a bare paragraph
// number "12 " and "**2** **TITLE**".
func alnumToken(rest string) (shape labelShape, token string, n int, ok bool) {
	j := 0
	for j < len(rest) && j <= 6 && isAlnumASCII(rest[j]) {
		j++
	}
	token = rest[:j]
	if j >= len(rest) {
		return 0, "", 0, false
	}
	switch rest[j] {
	case ')':
		return shapeClose, token, j + 1, true
	case '.':
		if isDigits(token) && j+1 < len(rest) && isDigitASCII(rest[j+1]) {
			return shapeDecimal, token, 0, true
		}
		return shapeDot, token, j + 1, true
	case ' ', '\t':
		if !isDigits(token) || len(token) > 2 {
			return 0, "", 0, false
		}
		return shapeBare, token, j, true
	case '*', '_':
		// "**2** **APPRECIATING**": emphasis closes right after a
		// paragraph number.
		if !isDigits(token) || len(token) > 2 || j+2 >= len(rest) || rest[j+1] != rest[j] || rest[j+2] != ' ' {
			return 0, "", 0, false
		}
		return shapeBare, token, j, true
	}
	return 0, "", 0, false
}

// labelBodyOK reports whether the text after a label (after, and body
// with its leading space trimmed) makes line a numbered item of l's shape;
// it sets l.short for bare paragraph numbers.
func labelBodyOK(l *label, line, after, body string) bool {
	if body == "" || strings.HasPrefix(body, "**") && strings.TrimSpace(strings.Trim(body, "*")) == "" {
		return false // a label alone on its line is not an item we can title
	}
	spaced := len(body) < len(after)
	switch l.shape {
	case shapeDot:
		// "1.Major" is accepted for numbers; letters need a space ("U.S.").
		if !spaced && (l.family != famNumber || !isUpperStart(body)) {
			return false
		}
		if l.family != famNumber && !startsWordOrQuote(body) && !numberStartsTitle(body) {
			return false
		}
	case shapeBare:
		if !isUpperStart(body) || startsWithMonth(body) {
			return false
		}
		l.short = len(line) < 60
	case shapeClose, shapeSquare:
		if !spaced && !isUpperStart(body) {
			return false
		}
	case shapeParen:
		if !spaced && !isUpperStart(body) && !startsWordOrQuote(body) {
			return false
		}
	}
	// Numbers that are quantities, not labels: "(1) 000", "1. 5%".
	return !isDigitASCII(body[0]) || l.shape == shapeParen || numberStartsTitle(body)
}

// parseDecimal parses "2.3.1" style labels: digits separated by dots, an
// optional final dot, then a space and a capitalized word.
func parseDecimal(l label, rest string, p int) (label, bool) {
	j := 0
	var parts []int
	for len(parts) < 4 {
		k := j
		for k < len(rest) && k-j < 3 && isDigitASCII(rest[k]) {
			k++
		}
		if k == j {
			break
		}
		parts = append(parts, labelAtoi(rest[j:k]))
		j = k
		if j < len(rest) && rest[j] == '.' && j+1 < len(rest) && isDigitASCII(rest[j+1]) {
			j++
			continue
		}
		break
	}
	if len(parts) < 2 {
		return label{}, false
	}
	n := j
	if n < len(rest) && rest[n] == '.' {
		n++
	}
	after := rest[n:]
	body := strings.TrimLeft(after, " \t")
	if len(body) == len(after) || !isUpperStart(body) {
		return label{}, false
	}
	for _, v := range parts {
		if v == 0 || v > 50 {
			return label{}, false
		}
	}
	l.shape, l.family, l.decimal = shapeDecimal, famNumber, parts
	l.value = parts[len(parts)-1]
	l.start = l.lineStart + p
	l.end = l.start + n
	l.printed = rest[:n]
	l.textStart = l.end + (len(after) - len(body))
	return l, true
}

// setValue sets family and value from the label token; false if the token
// is not a number, a single letter or a roman numeral.
func (l *label) setValue(tok string) bool {
	switch {
	case isDigits(tok):
		if len(tok) > 3 {
			return false
		}
		l.family, l.value = famNumber, labelAtoi(tok)
		return l.value > 0 && l.value < 200
	case l.shape == shapeOpen || l.shape == shapeSquare || l.shape == shapeBare:
		return false
	}
	lower := strings.ToLower(tok)
	isUpper := tok != lower
	if isUpper && tok != strings.ToUpper(tok) {
		return false // mixed case: a word, not a label
	}
	if rv := romanValue(lower); rv > 0 {
		l.value = rv
		l.family = famRomanLower
		if isUpper {
			l.family = famRomanUpper
		}
		if len(lower) == 1 {
			l.altValue = int(lower[0]-'a') + 1
		}
		return true
	}
	if len(tok) != 1 {
		return false
	}
	l.value = int(lower[0]-'a') + 1
	l.family = famLower
	if isUpper {
		l.family = famUpper
	}
	return true
}

func isAlnumASCII(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isDigitASCII(c byte) bool { return c >= '0' && c <= '9' }

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigitASCII(s[i]) {
			return false
		}
	}
	return true
}

func labelAtoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 4; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// isUpperStart reports whether s starts with an upper-case letter, a digit
// is not enough; quotes and emphasis marks before the letter are skipped.
func isUpperStart(s string) bool {
	s = strings.TrimLeft(s, "\"'*_“‘<u>")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// startsWordOrQuote reports whether s starts with a letter or an opening quote.
func startsWordOrQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || strings.ContainsRune("\"'“‘*_<", r)
}

// numberStartsTitle reports whether a title that starts with a number reads
// as a heading ("23rd Japan-EU Dialogue", "5G", "2 Ministers Meet") rather
// than a quantity ("5%", "1,000", "5 million").
func numberStartsTitle(body string) bool {
	i := 0
	for i < len(body) && isDigitASCII(body[i]) {
		i++
	}
	if i >= len(body) {
		return false
	}
	c := body[i]
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
		return true
	}
	return c == ' ' && isUpperStart(body[i+1:])
}

// monthNames are the English month names and their common abbreviations.
var monthNames = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"}

// startsWithMonth reports whether s starts with a month name as a word
// ("3 March 2024 - ..." is a date, not a numbered paragraph).
func startsWithMonth(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	w = strings.ToLower(strings.TrimRight(w, ".,"))
	return slices.Contains(monthNames, w)
}
