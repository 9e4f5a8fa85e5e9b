package re3d

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/entity"
)

// MinConfidence is the re3d confidence from which a Person annotation counts.
const MinConfidence = 0.5

// Document is one re3d document.
type Document struct {
	ID    string `json:"_id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Entity is one re3d entity annotation.
type Entity struct {
	DocumentID string  `json:"documentId"`
	Begin      int     `json:"begin"`
	End        int     `json:"end"`
	Type       string  `json:"type"`
	Value      string  `json:"value"`
	Confidence float64 `json:"confidence"`
}

// Subset is one re3d source folder.
type Subset struct {
	Name      string
	Documents []Document
	Entities  []Entity
}

// Load reads dir/documents.json and dir/entities.json.
func Load(dir string) (*Subset, error) {
	s := &Subset{Name: filepath.Base(dir)}
	if err := readJSONLines(filepath.Join(dir, "documents.json"), func(b []byte) error {
		var d Document
		if err := json.Unmarshal(b, &d); err != nil {
			return err
		}
		s.Documents = append(s.Documents, d)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readJSONLines(filepath.Join(dir, "entities.json"), func(b []byte) error {
		var e Entity
		if err := json.Unmarshal(b, &e); err != nil {
			return err
		}
		s.Entities = append(s.Entities, e)
		return nil
	}); err != nil {
		return nil, err
	}
	return s, nil
}

func readJSONLines(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" {
			continue
		}
		if err := fn([]byte(line)); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// roleWords are words of titles, bodies and places that re3d's Person spans
// carry around a name; a name is a run of capitalized words outside them.
var roleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms dr prof sir lord lady king queen prince president vice prime
	minister ministers secretary deputy assistant under special senior acting chief foreign defence defense
	home state general director director-general advisor adviser ambassador envoy presidential spokesperson
	spokesman spokeswoman representative commissioner high coordinator head leader office fco uk us u.s.
	un the a an his her its my our their russian iraqi american british syrian iranian saudi kurdish
	turkish french german for of to in on and at middle east central asia near south north west global
	coalition counter isil daesh isis united states kingdom nations his majesty excellency sheikh emir
	regime government minister's secretary's council security department command commander commanding
	navy army air force marine marines battalion battery brigade division group task amphibious maintenance
	capt. capt brig. brig gen. gen lt. col. maj. sgt. adm. cmdr. operations operator warfare class petty
	officer crew artillery press pentagon minister-designate affairs central joint combined spokesman inherent resolve`) {
		roleWords[w] = true
	}
}

var pronouns = map[string]bool{"i": true, "me": true, "my": true, "he": true, "him": true, "his": true, "she": true, "her": true, "we": true, "us": true, "our": true, "they": true, "them": true, "their": true, "you": true, "your": true, "it": true}

// SurnameOf returns the surname key of the first name in a re3d Person span,
// or "" when the span holds no name (a title or pronoun alone).
func SurnameOf(value string) string {
	run := NameOf(value)
	if len(run) == 0 {
		return ""
	}
	return surnameKey(run[len(run)-1])
}

// NameOf returns the words of the first name in a re3d Person span
// ("Deputy Secretary of State Antony Blinken" -> Antony, Blinken), without
// titles, bodies, places and pronouns; nil when there is none.
func NameOf(value string) []string {
	v := strings.TrimSpace(value)
	if v == strings.ToUpper(v) {
		v = strings.Title(strings.ToLower(v)) //nolint:staticcheck // ASCII transcripts only
	}
	words := strings.FieldsFunc(v, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' })
	var run []string
	inComplement := false // after "of", "for", "to", "in": "Office of Museums"
	for _, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		isCap := unicode.IsUpper([]rune(w)[0]) || (strings.HasPrefix(lw, "al-") && len(w) > 3 && unicode.IsUpper([]rune(w)[3]))
		particle := lw == "al-" || lw == "al" || lw == "de" || lw == "van" || lw == "von" || lw == "bin"
		switch {
		case particle && len(run) > 0:
			run = append(run, w)
		case lw == "of" || lw == "for" || lw == "to" || lw == "in":
			if len(run) > 0 {
				break
			}
			inComplement = true
			continue
		case isAcronymOrNumber(w) && !particle:
			if len(run) > 0 {
				break
			}
			continue // "for MEK Resettlement": still the complement
		case roleWords[lw] || pronouns[lw] || !isCap:
			if len(run) > 0 {
				break
			}
			inComplement = false
			continue
		case inComplement:
			continue
		default:
			run = append(run, w)
			continue
		}
		if len(run) > 0 && !(particle && run[len(run)-1] == w) {
			break
		}
	}
	for len(run) > 0 {
		last := run[len(run)-1]
		if last == "II" || last == "III" || last == "Jr." || strings.HasSuffix(last, "-") {
			run = run[:len(run)-1]
			continue
		}
		break
	}
	return run
}

// surnameKey folds case, a possessive and an "al-" prefix: Al-Abadi = Abadi.
func surnameKey(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	w = strings.Trim(w, ".,;:\"'“”")
	for _, p := range []string{"al-", "el-"} {
		w = strings.TrimPrefix(w, p)
	}
	return w
}

// Result is the measurement of one or more subsets.
type Result struct {
	Gold, Found   int // distinct named persons, and those found
	Pred, Correct int // persons predicted, and those that are re3d persons
	Missed        []string
	False         []string
}

// Recall is Found/Gold.
func (r Result) Recall() float64 { return ratio(r.Found, r.Gold) }

// Precision is Correct/Pred.
func (r Result) Precision() float64 { return ratio(r.Correct, r.Pred) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Measure runs f on every document of s and compares its people with the
// distinct named persons of re3d's annotations. A predicted person is
// correct when a word of its name is a word of the name in some re3d Person
// span of the document (titles and pronouns left out), whatever its
// confidence.
func Measure(f *entity.Finder, s *Subset) Result {
	var r Result
	byDoc := map[string][]Entity{}
	for _, e := range s.Entities {
		if e.Type == "Person" {
			byDoc[e.DocumentID] = append(byDoc[e.DocumentID], e)
		}
	}
	for _, d := range s.Documents {
		gold := map[string]string{} // surname key -> example value
		anyWord := map[string]bool{}
		for _, e := range byDoc[d.ID] {
			for _, w := range NameOf(e.Value) {
				anyWord[surnameKey(w)] = true
			}
			if e.Confidence < MinConfidence {
				continue
			}
			if k := SurnameOf(e.Value); k != "" {
				if _, ok := gold[k]; !ok {
					gold[k] = e.Value
				}
			}
		}
		people, _, _ := f.Find(&corpus.Article{Text: d.Text, Title: d.Title})
		predWords := map[string]bool{}
		for _, p := range people {
			r.Pred++
			ok := false
			for _, w := range strings.Fields(p.Name) {
				k := surnameKey(w)
				predWords[k] = true
				if anyWord[k] {
					ok = true
				}
			}
			if ok {
				r.Correct++
			} else {
				r.False = append(r.False, fmt.Sprintf("%s: %s", d.ID[:8], p.Name))
			}
		}
		keys := make([]string, 0, len(gold))
		for k := range gold {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			r.Gold++
			if predWords[k] {
				r.Found++
			} else {
				r.Missed = append(r.Missed, fmt.Sprintf("%s: %s (%q)", d.ID[:8], k, gold[k]))
			}
		}
	}
	return r
}

// Add sums two results.
func (r Result) Add(o Result) Result {
	r.Gold += o.Gold
	r.Found += o.Found
	r.Pred += o.Pred
	r.Correct += o.Correct
	r.Missed = append(r.Missed, o.Missed...)
	r.False = append(r.False, o.False...)
	return r
}

// isAcronymOrNumber reports whether w is written in capitals (AEG,
// CJTF-OIR) or holds a digit (1st, 507th): not a name.
func isAcronymOrNumber(w string) bool {
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			return true
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper >= 2 && lower == 0
}
