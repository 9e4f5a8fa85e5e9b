package score

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadRecords feeds arbitrary bytes as a records file: reading never
// fails on content, and scoring whatever was read never panics and gives
// scores within [0, 1].
func FuzzReadRecords(f *testing.F) {
	for _, path := range []string{"testdata/cases/edge/records.jsonl", "testdata/cases/devset/records.jsonl"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		for _, line := range bytes.Split(data, []byte("\n"))[:3] {
			f.Add(line)
		}
	}
	f.Add([]byte(`{"source":"a.txt","title":"Joint Press Statement","people":[1,null,{"name":5}],"agenda":[{"parent":true},{"parent":"x"}]}`))
	f.Add([]byte("\r\r\n\n{\"source\":{\"path\":\"b.html\"},\"dates\":\"xyz\",\"agencies\":{\"a\":1}}\r"))
	golds, err := LoadGold("testdata/cases/edge/gold")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		preds, err := ReadRecords(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("ReadRecords: %v", err)
		}
		r := Score(golds, preds)
		for _, fs := range r.Fields {
			for _, v := range []float64{fs.Precision, fs.Recall, fs.F1} {
				if v < 0 || v > 1 {
					t.Fatalf("%s: score %v outside [0, 1]", fs.Field, v)
				}
			}
		}
		var b bytes.Buffer
		if err := r.WriteDetail(&b); err != nil {
			t.Fatal(err)
		}
		if err := r.WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzKeys checks the key functions' invariants on arbitrary text: label
// keys are ASCII letters and digits, person keys hold no one-letter word,
// agency keys hold no leading "the".
func FuzzKeys(f *testing.F) {
	for _, s := range keyInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the reference reads text as UTF-8 and fails on the rest
		}
		for _, c := range []byte(labelKey(s)) {
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
				t.Fatalf("labelKey(%q) = %q holds %q", s, labelKey(s), c)
			}
		}
		if pk := personKey(s); pk != "" {
			for _, w := range strings.Split(pk, " ") {
				if utf8.RuneCountInString(w) < 2 {
					t.Fatalf("personKey(%q) = %q holds a one-letter word", s, pk)
				}
			}
		}
		if strings.HasPrefix(agencyKey(s), "the ") && !strings.HasPrefix(strings.TrimFunc(pyLower(fold(s)), pyIsSpace), "the") {
			t.Fatalf("agencyKey(%q) = %q", s, agencyKey(s))
		}
		titleSimilar(s, s+" x", agendaTitleWords, agendaTitleThreshold)
	})
}
