package entity

import (
	"reflect"
	"testing"

	"github.com/communique/communique/extract"
)

func men(text string, start int) []extract.Mention {
	return []extract.Mention{{Text: text, Start: start, End: start + len(text)}}
}

func TestPartJoin(t *testing.T) {
	newAcc := func() Part {
		return Part{
			Agencies: []Agency{{ID: "a1", Name: "Ministry of Foreign Affairs", Acronym: "MOFA", Mentions: men("MOFA", 10)}},
			People:   []Person{{ID: "p1", Name: "Jane Doe", Title: "Minister", Affiliation: "a1", Mentions: men("Jane Doe", 30)}},
			Places:   []Place{{Name: "Tokyo", Kind: "city", Mentions: men("Tokyo", 50)}},
		}
	}
	tests := []struct {
		name    string
		next    Part
		w       extract.Window
		check   func(t *testing.T, got Part)
		wantIDs map[string]string
	}{
		{
			name: "a body named again by its acronym is one body, its new ID mapped",
			next: Part{Agencies: []Agency{
				{ID: "a1", Name: "National Police Agency", Mentions: men("National Police Agency", 5)},
				{ID: "a2", Name: "MOFA", Mentions: men("MOFA", 40)},
			}},
			w: extract.Window{Offset: 1000, From: 1000},
			check: func(t *testing.T, got Part) {
				if len(got.Agencies) != 2 || got.Agencies[1].ID != "a2" || got.Agencies[1].Name != "National Police Agency" {
					t.Errorf("agencies %+v", got.Agencies)
				}
				if m := got.Agencies[0].Mentions; len(m) != 2 || m[1].Start != 1040 {
					t.Errorf("MOFA mentions %+v", m)
				}
			},
			wantIDs: map[string]string{"a1": "a2", "a2": "a1"},
		},
		{
			name: "a person found again keeps the first title and gains mentions; a new one takes the mapped affiliation",
			next: Part{
				Agencies: []Agency{{ID: "a1", Name: "Ministry of Foreign Affairs", Mentions: men("Ministry of Foreign Affairs", 0)}},
				People: []Person{
					{ID: "p1", Name: "John Roe", Title: "Ambassador", Affiliation: "a1", Mentions: men("John Roe", 100)},
					{ID: "p2", Name: "Jane Doe", Title: "Foreign Minister", Mentions: men("Jane Doe", 200)},
				},
			},
			w: extract.Window{Offset: 2000, From: 2000},
			check: func(t *testing.T, got Part) {
				if len(got.People) != 2 {
					t.Fatalf("people %+v", got.People)
				}
				if p := got.People[0]; p.Title != "Minister" || len(p.Mentions) != 2 || p.Mentions[1].Start != 2200 {
					t.Errorf("Jane Doe %+v", p)
				}
				if p := got.People[1]; p.ID != "p2" || p.Affiliation != "a1" || p.Mentions[0].Start != 2100 {
					t.Errorf("John Roe %+v", p)
				}
			},
			wantIDs: map[string]string{"a1": "a1", "p1": "p2", "p2": "p1"},
		},
		{
			name: "what the window found only in its context is dropped, its ID mapped to nothing",
			next: Part{
				People: []Person{{ID: "p1", Name: "Ann Other", Mentions: men("Ann Other", 10)}},
				Places: []Place{{Name: "Tokyo", Kind: "city", Mentions: men("Tokyo", 20)}, {Name: "Paris", Kind: "city", Mentions: men("Paris", 80)}},
			},
			w: extract.Window{Offset: 3000, From: 3050},
			check: func(t *testing.T, got Part) {
				if len(got.People) != 1 {
					t.Errorf("people %+v", got.People)
				}
				if len(got.Places) != 2 || len(got.Places[0].Mentions) != 1 || got.Places[1].Name != "Paris" {
					t.Errorf("places %+v", got.Places)
				}
			},
			wantIDs: map[string]string{"p1": ""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.w.IDs = map[string]string{}
			next := clonePart(tt.next)
			got, ok := newAcc().Join(tt.next, tt.w).(Part)
			if !ok {
				t.Fatal("Join did not return a Part")
			}
			tt.check(t, got)
			if !reflect.DeepEqual(tt.w.IDs, tt.wantIDs) {
				t.Errorf("ids %v, want %v", tt.w.IDs, tt.wantIDs)
			}
			if !reflect.DeepEqual(tt.next, next) {
				t.Errorf("Join changed next: %+v", tt.next)
			}
		})
	}
}

func clonePart(p Part) Part {
	var q Part
	for _, a := range p.Agencies {
		a.Mentions = append([]extract.Mention(nil), a.Mentions...)
		q.Agencies = append(q.Agencies, a)
	}
	for _, x := range p.People {
		x.Mentions = append([]extract.Mention(nil), x.Mentions...)
		q.People = append(q.People, x)
	}
	for _, x := range p.Places {
		x.Mentions = append([]extract.Mention(nil), x.Mentions...)
		q.Places = append(q.Places, x)
	}
	return q
}
