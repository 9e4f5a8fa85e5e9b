package score

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// referenceScorer is the repository's copy of score.py.
const referenceScorer = "testdata/score.py"

// sharedScorer is the original, in the shared material beside the
// repository (absent in CI).
const sharedScorer = "../../../shared/eval/score.py"

// python returns the python3 to run the reference with, or skips the test.
func python(t testing.TB) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH: agreement with score.py not checked")
	}
	return py
}

// runReference runs score.py with args (and stdin when not nil).
func runReference(t testing.TB, stdin []byte, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(python(t), append([]string{referenceScorer}, args...)...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// goOutput is what `communique eval` prints for these options.
func goOutput(t testing.TB, r Report, detail, asJSON bool) []byte {
	t.Helper()
	var b bytes.Buffer
	if detail {
		if err := r.WriteDetail(&b); err != nil {
			t.Fatal(err)
		}
	}
	var err error
	if asJSON {
		err = r.WriteJSON(&b)
	} else {
		err = r.WriteText(&b)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var parityCases = []struct {
	name, gold, records string
}{
	{"edge", "testdata/cases/edge/gold", "testdata/cases/edge/records.jsonl"},
	{"devset", "../../testdata/gold/gold", "testdata/cases/devset/records.jsonl"},
	{"ownset", "../../testdata/gold/gold", "testdata/cases/ownset/records.jsonl"},
	{"empty", "../../testdata/gold/gold", "testdata/cases/empty/records.jsonl"},
	{"edge records on the repo gold", "../../testdata/gold/gold", "testdata/cases/edge/records.jsonl"},
	{"devset records on the edge gold", "testdata/cases/edge/gold", "testdata/cases/devset/records.jsonl"},
	{"real", "testdata/cases/real/gold", "testdata/cases/real/records.jsonl"},
	{"events", "testdata/cases/events/gold", "testdata/cases/events/records.jsonl"},
	{"events records on the repo gold", "../../testdata/gold/gold", "testdata/cases/events/records.jsonl"},
	{"edge records on the events gold", "testdata/cases/events/gold", "testdata/cases/edge/records.jsonl"},
}

// TestParityWithReference checks that every byte of the summary (text and
// JSON) and of the detail lines equals score.py's on the same inputs.
func TestParityWithReference(t *testing.T) {
	python(t)
	for _, tc := range parityCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // each case waits on python
			golds, err := LoadGold(tc.gold)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(tc.records)
			if err != nil {
				t.Fatal(err)
			}
			preds, err := ReadRecords(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			report := Score(golds, preds)
			for _, mode := range []struct {
				name         string
				detail, json bool
				args         []string
				stdin        []byte
			}{
				{"text", false, false, []string{"--pred", tc.records}, nil},
				{"json+detail", true, true, []string{"--pred", tc.records, "--json", "--detail"}, nil},
				{"text+detail from stdin", true, false, []string{"--pred", "-", "--detail"}, data},
			} {
				if mode.stdin != nil && hasLoneCR(data) {
					continue // python splits stdin at "\n" only, files at "\r" too
				}
				want := runReference(t, mode.stdin, append([]string{"--gold", tc.gold}, mode.args...)...)
				got := goOutput(t, report, mode.detail, mode.json)
				if !bytes.Equal(got, want) {
					t.Errorf("%s: output differs from score.py\n got:\n%s\nwant:\n%s", mode.name, got, want)
				}
			}
		})
	}
}

func hasLoneCR(b []byte) bool {
	for i, c := range b {
		if c == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			return true
		}
	}
	return false
}

// TestReferenceCopyIsCurrent fails when score.py changed in the shared
// material and the copy in testdata was not refreshed.
func TestReferenceCopyIsCurrent(t *testing.T) {
	shared, err := os.ReadFile(sharedScorer)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s absent (no shared material beside the repository): copy not compared", sharedScorer)
	}
	if err != nil {
		t.Fatal(err)
	}
	copied, err := os.ReadFile(referenceScorer)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(shared, copied) {
		t.Errorf("%s differs from %s: copy it over and check the port", referenceScorer, sharedScorer)
	}
}

// keyInputs are strings whose keys both scorers must compute alike.
var keyInputs = []string{
	"", " ", "Philip Verveer", "Ambassador Philip  VERVEER", "Daniel A. Sepulveda", "Tõnis Lukas",
	"Zoë Ångström", "Jean-Luc O’Neill", "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ", "ΣΑΣ", "İstanbul İl Müdürlüğü", "ﬁnance ﬂow",
	"Ｍｉｎｉｓｔｒｙ　of Ｆｏｏ", "the\u00a0Agency", "THE  Board", "Theatre Council", "the", "The ",
	"R&D Office", "AT&T", "x_y z", "½ Ⅻ ①", "١٢٣ وزارة", "Đorđe Łódź ß", "ǅemal", "co-operation",
	"“Quoted” – dashed — text", "(1)", "1.", "（５）", "ii.", "[3]", "2.3.1", "A)", "Ⅳ", "e\u0301cole",
	"한국 과학기술정보통신부", "総務省", "Hoo Ming Ng", "\tTabbed\nName\r", "\x1cSep\x1f", "Ministry of Economy, Trade & Industry",
	"Organisation for Economic Co-operation and Development", "U.S. Department of State", "DG CONNECT",
}

// TestKeysMatchReference compares fold, words, the three keys and title
// similarity with the reference's functions on awkward inputs.
func TestKeysMatchReference(t *testing.T) {
	py := python(t)
	in, err := json.Marshal(keyInputs)
	if err != nil {
		t.Fatal(err)
	}
	const script = `
import json, sys
sys.path.insert(0, "testdata")
import score
xs = json.load(sys.stdin)
out = []
for a in xs:
    out.append({"fold": score.fold(a), "words": score.words(a), "person": score.person_key(a),
                "agency": score.agency_key(a), "label": score.label_key(a),
                "similar": [score.title_similar(a, b) for b in xs],
                "similar_align": [score.title_similar(a, b, n=12, threshold=0.5) for b in xs]})
json.dump(out, sys.stdout)
`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	var want []struct {
		Fold         string   `json:"fold"`
		Words        []string `json:"words"`
		Person       string   `json:"person"`
		Agency       string   `json:"agency"`
		Label        string   `json:"label"`
		Similar      []bool   `json:"similar"`
		SimilarAlign []bool   `json:"similar_align"`
	}
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, a := range keyInputs {
		w := want[i]
		t.Run(a, func(t *testing.T) {
			if got := fold(a); got != w.Fold {
				t.Errorf("fold: got %q, want %q", got, w.Fold)
			}
			if got := strings.Join(words(a), "|"); got != strings.Join(w.Words, "|") {
				t.Errorf("words: got %q, want %q", got, strings.Join(w.Words, "|"))
			}
			if got := personKey(a); got != w.Person {
				t.Errorf("personKey: got %q, want %q", got, w.Person)
			}
			if got := agencyKey(a); got != w.Agency {
				t.Errorf("agencyKey: got %q, want %q", got, w.Agency)
			}
			if got := labelKey(a); got != w.Label {
				t.Errorf("labelKey: got %q, want %q", got, w.Label)
			}
			for j, b := range keyInputs {
				if got := titleSimilar(a, b, agendaTitleWords, agendaTitleThreshold); got != w.Similar[j] {
					t.Errorf("titleSimilar(%q, %q): got %v, want %v", a, b, got, w.Similar[j])
				}
				if got := titleSimilar(a, b, alignTitleWords, alignTitleThreshold); got != w.SimilarAlign[j] {
					t.Errorf("titleSimilar(%q, %q, 12, 0.5): got %v, want %v", a, b, got, w.SimilarAlign[j])
				}
			}
		})
	}
}

func TestRound3(t *testing.T) {
	tests := []struct {
		in, want float64
	}{
		{0.0625, 0.062}, // a binary-exact tie rounds to even
		{0.0635, 0.064}, // not exact in binary: nearest
		{2.0 / 3.0, 0.667},
		{1, 1},
		{0, 0},
		{0.0005, 0.001}, // 0.0005 is slightly above the tie in binary
		{0.1 + 0.2, 0.3},
	}
	for _, tc := range tests {
		if got := round3(tc.in); got != tc.want {
			t.Errorf("round3(%v): got %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestReadRecords(t *testing.T) {
	tests := []struct {
		name                      string
		in                        string
		records, failed, unparsed int
	}{
		{"empty", "", 0, 0, 0},
		{"one without newline", `{"source":"a.txt"}`, 1, 0, 0},
		{"blank and space lines", "\n  \n\t\n", 0, 0, 0},
		{"crlf", "{\"source\":\"a\"}\r\n{\"source\":\"b\"}\r\n", 2, 0, 0},
		{"lone cr", "{\"source\":\"a\"}\r{\"source\":\"b\"}\r", 2, 0, 0},
		{"cr at the end of input", "{\"source\":\"a\"}\r", 1, 0, 0},
		{"not json", "nope\n{\"a\":\n", 0, 0, 2},
		{"two values on a line", `{"a":1} {"b":2}`, 0, 0, 1},
		{"non-objects are skipped", "[1]\n42\nnull\n\"s\"\n", 0, 0, 0},
		{"error records", `{"error":"boom"}` + "\n" + `{"error":""}` + "\n" + `{"error":0}` + "\n" + `{"error":[1]}`, 2, 2, 0},
		{"bom makes a line unparsable", "\ufeff{\"source\":\"a\"}\n", 0, 0, 1},
		{"nan is not json", `{"x": NaN}`, 0, 0, 1},
	}
	for _, tc := range tests {
		for _, oneByte := range []bool{false, true} {
			name := tc.name
			if oneByte {
				name += "/one byte at a time"
			}
			t.Run(name, func(t *testing.T) {
				var r = strings.NewReader(tc.in)
				var p *Predictions
				var err error
				if oneByte {
					p, err = ReadRecords(iotest.OneByteReader(r))
				} else {
					p, err = ReadRecords(r)
				}
				if err != nil {
					t.Fatal(err)
				}
				if p.Records != tc.records || p.Failed != tc.failed || p.Unparsed != tc.unparsed {
					t.Errorf("got records %d failed %d unparsed %d, want %d %d %d", p.Records, p.Failed, p.Unparsed, tc.records, tc.failed, tc.unparsed)
				}
			})
		}
	}
}

func TestReadRecordsError(t *testing.T) {
	boom := errors.New("boom")
	_, err := ReadRecords(iotest.ErrReader(boom))
	if !errors.Is(err, boom) {
		t.Errorf("got %v, want an error wrapping %v", err, boom)
	}
}

func TestSourceName(t *testing.T) {
	tests := []struct {
		name, rec, want string
	}{
		{"path first", `{"source":{"path":"a/b/c.txt","uri":"file:///x/y.txt"}}`, "c.txt"},
		{"uri when no path", `{"source":{"uri":"https://h/p/q.html?x=1&y=2"}}`, "q.html"},
		{"empty path falls back", `{"source":{"path":"","uri":"https://h/p/r.html"}}`, "r.html"},
		{"name", `{"source":{"name":"n.pdf"}}`, "n.pdf"},
		{"trailing slash", `{"source":"https://h/p/s.html/"}`, "s.html"},
		{"string", `{"source":"t.txt"}`, "t.txt"},
		{"none", `{}`, ""},
		{"number", `{"source":12}`, "12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dec := json.NewDecoder(strings.NewReader(tc.rec))
			dec.UseNumber()
			var m map[string]any
			if err := dec.Decode(&m); err != nil {
				t.Fatal(err)
			}
			if got := sourceName(m); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseGoldErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"not json", `{`, "decode"},
		{"unknown field", `{"source":"a","records":[{"title":"t"}],"agency":[]}`, "unknown field"},
		{"no source", `{"records":[{"title":"t"}]}`, `missing "source"`},
		{"no records", `{"source":"a"}`, `missing "records"`},
		{"no title", `{"source":"a","records":[{}]}`, `records[0]: missing "title"`},
		{"published not a string", `{"source":"a","records":[{"title":"t","published":2014}]}`, `"published" must be`},
		{"person without name", `{"source":"a","records":[{"title":"t","people":[{"title":"x"}]}]}`, `people[0]: missing "name"`},
		{"agency without name", `{"source":"a","records":[{"title":"t","agencies":[{"acronym":"X"}]}]}`, `agencies[0]: missing "name"`},
		{"agenda without label", `{"source":"a","records":[{"title":"t","agenda":[{"title":"x"}]}]}`, `agenda[0]: "label" and "title"`},
		{"optional agenda without title", `{"source":"a","records":[{"title":"t","agenda_optional":[{"label":"1"}]}]}`, `agenda_optional[0]`},
		{"trailing data", `{"source":"a","records":[{"title":"t"}]} {}`, "after the gold object"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseGold([]byte(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestLoadGold(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadGold(dir); !errors.Is(err, ErrNoGold) {
		t.Errorf("empty folder: got %v, want ErrNoGold", err)
	}
	if _, err := LoadGold(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing folder: got nil error")
	}
	bad := filepath.Join(dir, "x.gold.json")
	if err := os.WriteFile(bad, []byte(`{"source":"x"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadGold(dir); err == nil || !strings.Contains(err.Error(), "x.gold.json") {
		t.Errorf("bad file: got %v, want an error naming x.gold.json", err)
	}
	golds, err := LoadGold("testdata/cases/edge/gold")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, g := range golds {
		names = append(names, g.File)
	}
	if got, want := strings.Join(names, " "), "a.gold.json b.gold.json c.gold.json e.gold.json"; got != want {
		t.Errorf("got %q, want %q (sorted, README.txt ignored)", got, want)
	}
}

// TestScoreCounts pins the tallies of a small case worked out by hand.
func TestScoreCounts(t *testing.T) {
	gold, err := ParseGold([]byte(`{"source":"r.txt","records":[{"title":"Ministers meet in Tokyo","published":"2020-01-02",
		"dates":["2020-01-02","2020-03"],"dates_optional":["2021"],
		"people":[{"name":"Ann Lee"},{"name":"Bo Chan"}],"people_optional":["Cy Dorn"],
		"agencies":[{"name":"Ministry of Foreign Affairs","acronym":"MOFA"}],"agencies_optional":["Working Group"],
		"agenda":[{"label":"1.","title":"Trade","parent":null},{"label":"(a)","title":"Tariffs","parent":"1."}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	preds, err := ReadRecords(strings.NewReader(`{"source":{"path":"x/r.txt"},"title":"Ministers meet in Tokyo","published":"2020-01-02",` +
		`"dates":[{"value":"2020-01-02"},{"value":"2021"},{"value":"2022"}],` +
		`"people":[{"name":"Ms Ann LEE"},{"name":"Cy Dorn"},{"name":"Ann Lee"}],` +
		`"agencies":[{"name":"MOFA"},{"name":"Working Group"}],` +
		`"agenda":[{"label":"1","title":"Trade","parent":null},{"label":"(a)","title":"Tariffs","parent":0},{"label":"(b)","title":"x","inline":true}]}`))
	if err != nil {
		t.Fatal(err)
	}
	r := Score([]Gold{gold}, preds)
	want := map[string][3]int{"dates": {1, 1, 1}, "people": {1, 1, 1}, "agencies": {1, 0, 0}, "agenda": {2, 0, 0}}
	for _, f := range r.Fields {
		if got := [3]int{f.TP, f.FP, f.FN}; got != want[f.Field] {
			t.Errorf("%s tp/fp/fn: got %v, want %v", f.Field, got, want[f.Field])
		}
	}
	// "Ms Ann LEE" keys to "ms ann lee": honorifics are not stripped by
	// the scorer, so the record must strip them.
	if r.TitleAccuracy != 1 || r.PublishedAccuracy != 1 || r.AgendaParentAccuracy != 1 {
		t.Errorf("accuracies: got %v %v %v, want 1 1 1", r.TitleAccuracy, r.PublishedAccuracy, r.AgendaParentAccuracy)
	}
	if f, _ := r.Field("dates"); f.F1 != 0.5 {
		t.Errorf("dates F1: got %v, want 0.5", f.F1)
	}
}

func TestWriteArticles(t *testing.T) {
	golds, err := LoadGold("testdata/cases/edge/gold")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/cases/edge/records.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	preds, err := ReadRecords(f)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Score(golds, preds).WriteArticles(&b); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"a.txt", "dates -2 +3", "people -0 +8", "agenda -0 +4", // a.txt's record
		"published \"2017-10\"", // b.html's first article
		"c.pdf", "NO RECORD",
		"title \"Completely different words here\"", // e.txt's only record
	} {
		if !strings.Contains(got, want) {
			t.Errorf("got:\n%s\nwant a line containing %q", got, want)
		}
	}
	if n := strings.Count(got, "\n"); n != 6 {
		t.Errorf("got %d lines, want 6 (every gold article of the edge case has an error)\n%s", n, got)
	}
}
