package clean

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

func learnModel(t testing.TB, docs ...corpus.Doc) *ChromeModel {
	t.Helper()
	l, err := NewChromeLearner(ChromeLearnerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		l.Learn(d)
	}
	return l.Model()
}

func siteDocs(n int) []corpus.Doc {
	docs := make([]corpus.Doc, n)
	for i := range docs {
		docs[i] = repeatDoc(i)
	}
	return docs
}

func TestChromeModelRoundTrip(t *testing.T) {
	m := learnModel(t, append(siteDocs(8), repeatDoc(2), repeatDoc(2))...)
	if m.Documents() != 10 || m.Lines() == 0 || len(m.copies) != 1 {
		t.Fatalf("documents %d, lines %d, copies %d", m.Documents(), m.Lines(), len(m.copies))
	}
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"site wide promo line"`, `"sha256":"` + m.Hash() + `"`, `"version":1`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("serialized model lacks %s:\n%s", want, data)
		}
	}
	back, err := ParseChromeModel(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Hash() != m.Hash() || !reflect.DeepEqual(back.lines, m.lines) || !reflect.DeepEqual(back.copies, m.copies) {
		t.Errorf("round trip changed the model: %s vs %s", back.Hash(), m.Hash())
	}
	// The same model cleans alike whether built here or read back.
	for _, d := range []corpus.Doc{repeatDoc(0), repeatDoc(2), repeatDoc(99)} {
		a, _ := mustCleaner(t, Config{Chrome: m}).Clean(context.Background(), d)
		b, _ := mustCleaner(t, Config{Chrome: back}).Clean(context.Background(), d)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("articles differ after a round trip")
		}
	}
}

func TestChromeModelHashIsStable(t *testing.T) {
	// Learning order and concurrency do not change the model or its hash.
	docs := siteDocs(7)
	a := learnModel(t, docs...)
	rev := make([]corpus.Doc, len(docs))
	for i, d := range docs {
		rev[len(docs)-1-i] = d
	}
	b := learnModel(t, rev...)
	if a.Hash() != b.Hash() || len(a.Hash()) != 64 {
		t.Errorf("hash %q vs %q", a.Hash(), b.Hash())
	}
	if c := learnModel(t, siteDocs(8)...); c.Hash() == a.Hash() {
		t.Error("a model of more documents has the same hash")
	}
	var nilModel *ChromeModel
	if nilModel.Hash() != "" || nilModel.Lines() != 0 || nilModel.repeatedLines(nil, "") != nil {
		t.Error("nil model is not empty")
	}
}

func TestParseChromeModelErrors(t *testing.T) {
	good, err := json.Marshal(learnModel(t, siteDocs(6)...))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, data, want string }{
		{"not json", `{`, "invalid chrome model"},
		{"unknown field", `{"version": 1, "documents": 1, "min_documents": 5, "share": 0.4, "extra": 1}`, "unknown field"},
		{"future version", `{"version": 2, "documents": 1, "min_documents": 5, "share": 0.4}`, "version 2"},
		{"bad share", `{"version": 1, "documents": 1, "min_documents": 5, "share": 3}`, "share 3"},
		{"missing settings", `{"version": 1, "documents": 1}`, "min_documents 0"},
		{"line not normalized", `{"version": 1, "documents": 9, "min_documents": 5, "share": 0.4, "lines": [{"text": "Home Page", "documents": 5}]}`, "not a learned line"},
		{"line too rare", `{"version": 1, "documents": 9, "min_documents": 5, "share": 0.4, "lines": [{"text": "home page", "documents": 2}]}`, "not a learned line"},
		{"bad copy hash", `{"version": 1, "documents": 9, "min_documents": 5, "share": 0.4, "copies": [{"fnv64a": "xyz", "documents": 2}]}`, "copy"},
		{"edited content", strings.Replace(string(good), `"documents":6`, `"documents":7`, 1), "does not match its sha256"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseChromeModel([]byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
	if _, err := ParseChromeModel([]byte(`{"version": 1, "documents": 0, "min_documents": 5, "share": 0.4}`)); err != nil {
		t.Errorf("an empty model without a hash: %v", err)
	}
}
