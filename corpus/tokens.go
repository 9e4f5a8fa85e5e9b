package corpus

// TokenBound is about the number of tokens a tokenizer that splits text
// at spaces and punctuation finds in it: the runs of ASCII letters, digits
// and non-ASCII bytes, plus the other ASCII bytes that are not spaces. The
// extractors' tokenizers size their token slices with it, so that a text
// dense in tokens ("1. 1. 1. ") does not grow them again and again (each
// growth copies every token so far). One pass over the bytes. The slack
// for tokens a tokenizer splits further (a dash inside a word) grows with
// the count: a flat 16 made every tokenized name of the gazetteer (a few
// tokens each, thousands at start-up) allocate room for 20 tokens.
func TokenBound(text string) int {
	n, inRun := 0, false
	for i := 0; i < len(text); i++ {
		switch tokenClass[text[i]] {
		case tokenWord:
			if !inRun {
				n++
				inRun = true
			}
		case tokenSpace:
			inRun = false
		default:
			n++
			inRun = false
		}
	}
	return n + tokenSlack(n)
}

// tokenSlack is TokenBound's room beyond the n tokens it counted.
func tokenSlack(n int) int { return n/16 + 4 }

// Byte classes of TokenBound: a table lookup a byte, not a chain of
// range tests (the bound is taken over every article by two tokenizers).
const (
	tokenOther = iota
	tokenWord  // ASCII letters and digits, non-ASCII bytes
	tokenSpace // ASCII white space
)

var tokenClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			t[c] = tokenWord
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = tokenSpace
		}
	}
	return t
}()
