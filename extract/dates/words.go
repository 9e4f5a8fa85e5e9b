package dates

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

// wordFiles holds the word lists of the release-date and locale rules,
// one file each under data/words (what each holds and its source in the
// file's header).
//
//go:embed data/words/*.txt
var wordFiles embed.FS

// wordLists are the word lists, read once by New and read-only afterwards.
// Lists keep the files' order (the rules try them in that order); sets
// are for lookups.
type wordLists struct {
	closingVerbs    map[string]bool // data/words/closing_verbs.txt
	closingMarkers  []string        // data/words/closing_markers.txt
	datelineArts    map[string]bool // data/words/dateline_articles.txt
	weekdays        map[string]bool // data/words/weekdays.txt
	topOnlyLabels   map[string]bool // data/words/top_only_labels.txt
	dmyCountries    map[string]bool // data/words/dmy_countries.txt
	dmyLanguages    map[string]bool // data/words/dmy_languages.txt
	wholeLabels     map[string]bool // data/words/whole_labels.txt
	metaDateKeys    []string        // data/words/meta_date_keys.txt
	notReleaseWords []string        // data/words/not_release_words.txt
	offPageWords    []string        // data/words/off_page_words.txt
	pubLabels       []string        // data/words/pub_labels.txt
	signOffNotNames []string        // data/words/sign_off_not_names.txt
	signOffWords    []string        // data/words/sign_off_words.txt
	releaseNouns    []string        // data/words/release_nouns.txt
	numberMarkers   map[string]bool // data/words/number_markers.txt
	dateConnectors  map[string]bool // data/words/date_connectors.txt
	streetWords     map[string]bool // data/words/street_words.txt
	functionWords   map[string]int  // data/words/function_words.txt: word -> index into languages
	languages       []string        // the languages of function_words.txt, in the file's order
	englishIndex    int             // the index of "en" in languages
}

func loadWordLists() (*wordLists, error) {
	w := &wordLists{}
	for _, l := range []struct {
		file string
		list *[]string
	}{
		{"closing_markers", &w.closingMarkers},
		{"meta_date_keys", &w.metaDateKeys},
		{"not_release_words", &w.notReleaseWords},
		{"off_page_words", &w.offPageWords},
		{"pub_labels", &w.pubLabels},
		{"sign_off_not_names", &w.signOffNotNames},
		{"sign_off_words", &w.signOffWords},
		{"release_nouns", &w.releaseNouns},
	} {
		lines, err := readWords(l.file)
		if err != nil {
			return nil, err
		}
		*l.list = lines
	}
	for _, l := range []struct {
		file string
		set  *map[string]bool
	}{
		{"closing_verbs", &w.closingVerbs},
		{"dateline_articles", &w.datelineArts},
		{"weekdays", &w.weekdays},
		{"top_only_labels", &w.topOnlyLabels},
		{"dmy_countries", &w.dmyCountries},
		{"dmy_languages", &w.dmyLanguages},
		{"whole_labels", &w.wholeLabels},
		{"number_markers", &w.numberMarkers},
		{"date_connectors", &w.dateConnectors},
		{"street_words", &w.streetWords},
	} {
		lines, err := readWords(l.file)
		if err != nil {
			return nil, err
		}
		set := make(map[string]bool, len(lines))
		for _, s := range lines {
			set[s] = true
		}
		*l.set = set
	}
	lines, err := readWords("function_words")
	if err != nil {
		return nil, err
	}
	w.functionWords = make(map[string]int)
	for _, l := range lines {
		lang, words, ok := strings.Cut(l, ":")
		if !ok {
			return nil, fmt.Errorf("function_words: no language in %q", l)
		}
		if len(w.languages) == maxLanguages {
			return nil, fmt.Errorf("function_words: more than %d languages", maxLanguages)
		}
		lang = strings.TrimSpace(lang)
		if lang == "en" {
			w.englishIndex = len(w.languages)
		}
		for _, fw := range strings.Fields(words) {
			if len(fw) > maxFunctionWordLen {
				return nil, fmt.Errorf("function_words: %q longer than %d bytes", fw, maxFunctionWordLen)
			}
			w.functionWords[fw] = len(w.languages)
		}
		w.languages = append(w.languages, lang)
	}
	return w, nil
}

// Bounds of data/words/function_words.txt.
const (
	maxLanguages       = 16 // languages
	maxFunctionWordLen = 16 // bytes of one function word
)

// readWords returns the entries of data/words/NAME.txt in order: one per
// line as written, blank and '#' lines left out.
func readWords(name string) ([]string, error) {
	path := "data/words/" + name + ".txt"
	raw, err := wordFiles.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(raw)))
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out, sc.Err()
}
