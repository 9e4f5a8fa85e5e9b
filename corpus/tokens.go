package corpus

// TokenBound is about the number of tokens a tokenizer that splits text
// at spaces and punctuation finds in it: the runs of ASCII letters, digits
// and non-ASCII bytes, plus the other ASCII bytes that are not spaces. The
// extractors' tokenizers size their token slices with it, so that a text
// dense in tokens ("1. 1. 1. ") does not grow them again and again (each
// growth copies every token so far). One pass over the bytes.
func TokenBound(text string) int {
	n, inRun := 0, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			if !inRun {
				n++
				inRun = true
			}
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			inRun = false
		default:
			n++
			inRun = false
		}
	}
	return n + 16
}
