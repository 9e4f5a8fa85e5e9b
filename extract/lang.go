package extract

import (
	"strings"
)

// DetectLanguage returns a BCP 47 primary language subtag for text. A
// declared language wins; otherwise English is recognized by its function
// words, and "und" (undetermined) is returned for anything else.
func DetectLanguage(text, declared string) string {
	if declared != "" {
		tag, _, _ := strings.Cut(strings.ToLower(declared), "-")
		return tag
	}
	const sample = 4000 // bytes; enough words to decide
	if len(text) > sample {
		text = text[:sample]
	}
	var words, hits int
	for _, w := range strings.Fields(strings.ToLower(text)) {
		words++
		switch w {
		case "the", "and", "of", "to", "in", "a", "is", "was", "for", "on", "that", "with":
			hits++
		}
	}
	if words >= 5 && hits*100/words >= 8 {
		return "en"
	}
	return "und"
}
