package agenda

import (
	"testing"

	"github.com/communique/communique/extract"
)

func TestPartJoin(t *testing.T) {
	ip := func(i int) *int { return &i }
	newAcc := func() Part {
		return Part{Items: []AgendaItem{
			{Label: "1.", Title: "Opening", Level: 1, Start: 0, End: 40},
			{Label: "2.", Title: "Trade", Level: 1, Start: 40, End: 100}, // cut short by the window's end
		}}
	}
	tests := []struct {
		name       string
		next       Part
		w          extract.Window
		wantLabels []string
		wantParent []int // -1 for none
		wantEnd2   int
	}{
		{"items follow with offsets and parents counted in the joined list",
			Part{Items: []AgendaItem{{Label: "3.", Level: 1, Start: 0, End: 30}, {Label: "(a)", Level: 2, Parent: ip(0), Start: 30, End: 50}}},
			extract.Window{Offset: 100, From: 100},
			[]string{"1.", "2.", "3.", "(a)"}, []int{-1, -1, -1, 2}, 100},
		{"an item read again in the context takes the longer reading and stays the parent of its sub-items",
			Part{Items: []AgendaItem{{Label: "2.", Level: 1, Start: 10, End: 90}, {Label: "(a)", Level: 2, Parent: ip(0), Start: 90, End: 120}}},
			extract.Window{Offset: 30, From: 100},
			[]string{"1.", "2.", "(a)"}, []int{-1, -1, 1}, 120},
		{"an item in the context the earlier windows did not have is dropped with its parent link",
			Part{Items: []AgendaItem{{Label: "(x)", Level: 1, Start: 5, End: 20}, {Label: "(i)", Level: 2, Parent: ip(0), Start: 60, End: 80}}},
			extract.Window{Offset: 50, From: 100},
			[]string{"1.", "2.", "(i)"}, []int{-1, -1, -1}, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newAcc().Join(tt.next, tt.w).(Part)
			if len(got.Items) != len(tt.wantLabels) {
				t.Fatalf("items %+v", got.Items)
			}
			for i, it := range got.Items {
				parent := -1
				if it.Parent != nil {
					parent = *it.Parent
				}
				if it.Label != tt.wantLabels[i] || parent != tt.wantParent[i] {
					t.Errorf("item %d: %s parent %d, want %s parent %d", i, it.Label, parent, tt.wantLabels[i], tt.wantParent[i])
				}
			}
			if got.Items[1].End != tt.wantEnd2 {
				t.Errorf("item 2 ends at %d, want %d", got.Items[1].End, tt.wantEnd2)
			}
		})
	}
}
