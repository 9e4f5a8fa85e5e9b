package lexicon

import (
	_ "embed"
	"strings"

	"github.com/communique/communique/internal/wordset"
)

//go:embed data/english_words.txt
var englishWordsText string

// loadEnglishWords is the set of data/english_words.txt, read as readLines
// reads a file (blank and # lines skipped, each line trimmed), into a
// wordset: a map of its 64,000 words took about 0.03 CPU-s of every run
// to build (issue 21), the set a few milliseconds.
func loadEnglishWords() *wordset.Set {
	var b wordset.Builder
	b.Grow(strings.Count(englishWordsText, "\n")+1, len(englishWordsText))
	for line := range strings.Lines(englishWordsText) {
		line = strings.TrimRight(strings.TrimSuffix(line, "\n"), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		b.Add(strings.TrimSpace(line))
	}
	return b.Set()
}
