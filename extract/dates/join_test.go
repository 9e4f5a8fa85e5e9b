package dates

import (
	"reflect"
	"testing"

	"github.com/communique/communique/extract"
)

func TestPartJoin(t *testing.T) {
	m := func(text string, start int) []extract.Mention {
		return []extract.Mention{{Text: text, Start: start, End: start + len(text)}}
	}
	newAcc := func() Part {
		return Part{Published: "2024-05-03", Dates: []Date{
			{Text: "3 May 2024", Value: "2024-05-03", Role: "published", Mentions: m("3 May 2024", 7)},
			{Text: "June", Value: "2024-06", Mentions: m("June", 90)},
		}}
	}
	tests := []struct {
		name          string
		next          Part
		w             extract.Window
		wantPublished string
		wantValues    []string
		wantMentions  map[string][]int
	}{
		{"the same value is one date with both windows' mentions",
			Part{Published: "2024-05-03", Dates: []Date{{Text: "next month", Value: "2024-06", Role: "event", Mentions: m("next month", 12)}}},
			extract.Window{Offset: 500, From: 500},
			"2024-05-03", []string{"2024-05-03", "2024-06"}, map[string][]int{"2024-06": {90, 512}}},
		{"a new value follows, shifted; a later window's own release date is not the article's",
			Part{Published: "2023-01-09", Dates: []Date{{Text: "9 January 2023", Value: "2023-01-09", Role: "published", Mentions: m("9 January 2023", 3)}}},
			extract.Window{Offset: 1000, From: 1000},
			"2024-05-03", []string{"2024-05-03", "2024-06", "2023-01-09"}, map[string][]int{"2023-01-09": {1003}}},
		{"a date read only in the window's context is dropped",
			Part{Dates: []Date{{Text: "July 2024", Value: "2024-07", Mentions: m("July 2024", 5)}, {Text: "June", Value: "2024-06", Mentions: m("June", 40)}}},
			extract.Window{Offset: 2000, From: 2030},
			"2024-05-03", []string{"2024-05-03", "2024-06"}, map[string][]int{"2024-06": {90, 2040}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newAcc().Join(tt.next, tt.w).(Part)
			if got.Published != tt.wantPublished {
				t.Errorf("published %q, want %q", got.Published, tt.wantPublished)
			}
			var values []string
			for _, d := range got.Dates {
				values = append(values, d.Value)
				if want, ok := tt.wantMentions[d.Value]; ok {
					var starts []int
					for _, m := range d.Mentions {
						starts = append(starts, m.Start)
					}
					if !reflect.DeepEqual(starts, want) {
						t.Errorf("%s mentions at %v, want %v", d.Value, starts, want)
					}
				}
				if (d.Role == "published") != (d.Value == got.Published) {
					t.Errorf("%s has role %q with release date %s", d.Value, d.Role, got.Published)
				}
			}
			if !reflect.DeepEqual(values, tt.wantValues) {
				t.Errorf("values %v, want %v", values, tt.wantValues)
			}
		})
	}
}
