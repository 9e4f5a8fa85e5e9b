package layers

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"path"
	"strings"
	"testing"
)

const module = "github.com/communique/communique/"

// allowed lists, for each project package (by path prefix, longest match
// wins), the project packages it may import. A package not listed here
// fails the test, so a new package takes a deliberate place in the layers.
var allowed = []struct {
	pkg     string
	imports []string
}{
	{"corpus", nil},
	{"corpus/html", []string{"corpus"}},
	{"corpus/pdf", []string{"corpus", "corpus/pdf/pdfium", "internal/wordset"}},
	{"corpus/pdf/pdfium", nil},
	{"corpus/clean", []string{"corpus"}},
	{"corpus/decode", []string{"corpus", "corpus/html", "corpus/pdf"}},
	{"corpus/internal", []string{"corpus", "corpus/decode"}},
	{"extract", []string{"corpus"}},
	{"extract/dates", []string{"corpus", "extract", "extract/dates/grammar", "extract/entity/lexicon"}},
	{"extract/dates/grammar", []string{"corpus"}},
	{"extract/entity", []string{"corpus", "extract", "extract/entity/lexicon"}},
	{"extract/entity/lexicon", []string{"corpus", "internal/wordset"}},
	{"extract/agenda", []string{"corpus", "extract"}},
	{"extract/events", []string{"corpus", "extract", "extract/dates", "extract/entity"}},
	{"extract/internal", nil},
	{"extract/registry", []string{"corpus", "extract", "extract/dates", "extract/entity", "extract/agenda", "extract/events"}},
	{"output", []string{"corpus", "extract", "extract/dates", "extract/entity", "extract/agenda", "extract/events"}},
	{"sources", []string{"corpus", "internal/suggest"}},
	{"pipeline", []string{"corpus", "corpus/clean", "corpus/decode", "extract", "extract/registry", "output"}},
	{"queue", []string{"corpus", "corpus/clean", "output", "pipeline"}},
	{"internal/wordset", nil}, // a leaf: word lists of any layer
}

// TestImportsPointDown: no package imports one above it (non-test
// imports; tests may reach across layers to build their fixtures).
func TestImportsPointDown(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not on PATH")
	}
	out, err := exec.Command("go", "list", "-json", "github.com/communique/communique/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	checked := 0
	for {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimPrefix(p.ImportPath, module)
		rule, ok := ruleFor(name)
		if !ok {
			continue // commands, internal tools, web: above every layer
		}
		checked++
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module) {
				continue
			}
			imp = strings.TrimPrefix(imp, module)
			if !contains(rule, imp) {
				t.Errorf("%s imports %s, which is not below it", name, imp)
			}
		}
	}
	if checked < len(allowed) {
		t.Errorf("checked %d packages, want at least %d: is the module path right?", checked, len(allowed))
	}
}

// TestRuleFor: the longest listed prefix decides.
func TestRuleFor(t *testing.T) {
	for _, tc := range []struct {
		pkg  string
		want string
		ok   bool
	}{
		{"corpus/pdf/pdfium", "", true},
		{"corpus/pdf", "corpus/pdf/pdfium", true},
		{"extract/events", "extract/entity", true},
		{"cmd/communique", "", false},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			rule, ok := ruleFor(tc.pkg)
			if ok != tc.ok || (tc.want != "" && !contains(rule, tc.want)) {
				t.Errorf("ruleFor(%q) = %v, %v", tc.pkg, rule, ok)
			}
		})
	}
}

func ruleFor(pkg string) ([]string, bool) {
	best, found := -1, false
	var rule []string
	for _, a := range allowed {
		if (pkg == a.pkg || strings.HasPrefix(pkg, a.pkg+"/")) && len(a.pkg) > best {
			best, rule, found = len(a.pkg), a.imports, true
		}
	}
	return rule, found
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s || path.Dir(s) == l && strings.HasSuffix(l, "/internal") {
			return true
		}
	}
	return false
}
