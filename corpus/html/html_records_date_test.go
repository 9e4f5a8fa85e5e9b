package html

import "testing"

// TestMayHoldDate: the precondition never rejects a text recordDate
// matches, and rejects texts with numbers but no date.
func TestMayHoldDate(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"12 March 2024", true},
		{"Posted: Mar. 4, 2019 | Media release", true},
		{"2016-12-30 | News release", true},
		{"04/11/19", true},
		{"SEPTEMBER 2021", true},
		{"3rd of june, 2020", true},
		{"Issue 14 of 52", false},
		{"Room 101, Level 3", false},
		{"Page 1 of 2", false},
		{"Amarch 3 2020", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := mayHoldDate(tc.text)
			if got != tc.want {
				t.Errorf("mayHoldDate(%q) = %v, want %v", tc.text, got, tc.want)
			}
			if recordDate.MatchString(tc.text) && !got {
				t.Errorf("%q matches recordDate but the precondition rejects it", tc.text)
			}
		})
	}
}

// FuzzMayHoldDate: on any text, recordDate never matches where the
// precondition says it cannot.
func FuzzMayHoldDate(f *testing.F) {
	for _, s := range []string{"12 March 2024", "04/11/19", "Page 1 of 2", "Dec. 4", "2016-12-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if recordDate.MatchString(s) && !mayHoldDate(s) {
			t.Errorf("%q matches recordDate but mayHoldDate rejects it", s)
		}
	})
}
