package re3d

import (
	"path/filepath"
	"testing"

	"github.com/communique/communique/extract/entity"
)

// minRecall is issue 4's bar: at least 85% of re3d's distinct named persons.
const minRecall = 0.85

var subsets = []string{"US State Department", "UK Government"}

func TestSurnameOf(t *testing.T) {
	tests := []struct{ name, value, want string }{
		{"title and name", "Deputy Secretary of State Antony Blinken", "blinken"},
		{"name then title", "Tobias Ellwood, Foreign Office Minister for the Middle East", "ellwood"},
		{"title and surname", "Russian Foreign Minister Lavrov", "lavrov"},
		{"al prefix", "Prime Minister Al-Abadi", "abadi"},
		{"broken particle", "Ibrahim al- Jaafari", "jaafari"},
		{"regnal number", "King Nebuchadnezzar II", "nebuchadnezzar"},
		{"upper-case transcript", "SECRETARY KERRY", "kerry"},
		{"pronoun", "he", ""},
		{"title only", "The Foreign Secretary", ""},
		{"title with complement", "the UN High Commissioner for Refugees", ""},
		{"title with body", "Acting General Director of the Office of Museums", ""},
		{"complement of acronym and word", "its Senior Advisor for MEK Resettlement", ""},
		{"name after complement", "the Special Advisor to Ambassador Saperstein for Religious Minorities", "saperstein"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SurnameOf(tt.value); got != tt.want {
				t.Errorf("SurnameOf(%q) = %q, want %q", tt.value, got, tt.want)
			}
		})
	}
}

// TestRe3dPersons measures recall and precision of distinct named persons on
// the US State Department and UK Government subsets.
func TestRe3dPersons(t *testing.T) {
	f, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	var total Result
	for _, name := range subsets {
		s, err := Load(filepath.Join("..", "..", "..", "shared", "realworld", "re3d", name))
		if err != nil {
			t.Skipf("re3d not available: %v", err)
		}
		r := Measure(f, s)
		t.Logf("%s: recall %d/%d = %.3f, precision %d/%d = %.3f", name, r.Found, r.Gold, r.Recall(), r.Correct, r.Pred, r.Precision())
		total = total.Add(r)
	}
	for _, m := range total.Missed {
		t.Logf("missed %s", m)
	}
	for _, m := range total.False {
		t.Logf("false %s", m)
	}
	t.Logf("total: recall %d/%d = %.3f, precision %d/%d = %.3f", total.Found, total.Gold, total.Recall(), total.Correct, total.Pred, total.Precision())
	// the other two subsets, for information only
	for _, name := range []string{"CENTCOM", "Australian Department of Foreign Affairs"} {
		s, err := Load(filepath.Join("..", "..", "..", "shared", "realworld", "re3d", name))
		if err != nil {
			continue
		}
		r := Measure(f, s)
		t.Logf("(info) %s: recall %d/%d = %.3f, precision %d/%d = %.3f", name, r.Found, r.Gold, r.Recall(), r.Correct, r.Pred, r.Precision())
		for _, m := range r.Missed {
			t.Logf("(info) missed %s", m)
		}
		for _, m := range r.False {
			t.Logf("(info) false %s", m)
		}
	}
	if total.Recall() < minRecall {
		t.Errorf("recall = %.3f, want >= %.2f", total.Recall(), minRecall)
	}
}
