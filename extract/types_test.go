package extract_test

import (
	"reflect"
	"testing"

	"github.com/communique/communique/extract"
)

type partA struct{ N int }
type partB struct{ S string }

func TestResultSetGet(t *testing.T) {
	tests := []struct {
		name  string
		parts []extract.Part
		wantA partA
		wantB partB
		count int
	}{
		{"empty result gives zero parts", nil, partA{}, partB{}, 0},
		{"one part of each type", []extract.Part{partA{1}, partB{"x"}}, partA{1}, partB{"x"}, 2},
		{"a later part of the same type replaces the earlier", []extract.Part{partA{1}, partB{"x"}, partA{2}}, partA{2}, partB{"x"}, 2},
		{"nil parts add nothing", []extract.Part{nil, partB{"y"}, nil}, partA{}, partB{"y"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extract.NewResult("en", tt.parts...)
			if got := extract.Get[partA](&r); got != tt.wantA {
				t.Errorf("Get[partA] = %v, want %v", got, tt.wantA)
			}
			if got := extract.Get[partB](&r); got != tt.wantB {
				t.Errorf("Get[partB] = %v, want %v", got, tt.wantB)
			}
			if got := len(r.Parts()); got != tt.count {
				t.Errorf("%d parts, want %d", got, tt.count)
			}
		})
	}
}

// TestResultCopyIsIndependent: Set on a copy of a Result leaves the
// original as it was (a Result is a value).
func TestResultCopyIsIndependent(t *testing.T) {
	orig := extract.NewResult("en", partA{1}, partB{"x"})
	cp := orig
	cp.Set(partA{2})
	cp.Set(partB{"y"})
	if got := extract.Get[partA](&orig); got != (partA{1}) {
		t.Errorf("original partA changed to %v", got)
	}
	if got := extract.Get[partB](&orig); got != (partB{"x"}) {
		t.Errorf("original partB changed to %v", got)
	}
	if got, want := cp.Parts(), []extract.Part{partA{2}, partB{"y"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("copy parts %v, want %v (order kept)", got, want)
	}
}
