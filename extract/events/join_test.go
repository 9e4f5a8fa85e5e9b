package events

import (
	"reflect"
	"testing"

	"github.com/communique/communique/extract"
)

func TestPartJoin(t *testing.T) {
	newAcc := func() Part {
		return Part{Events: []Event{{Name: "Fourth Policy Dialogue", SeriesKey: "policy dialogue", Ordinal: 4, Dates: "2024-05-03",
			Chairs: []string{"p1"}, Hosts: []string{"a1"}, Participants: []string{"JP"}, Mentions: []Mention{{Text: "Fourth Policy Dialogue", Start: 10, End: 32}}}}}
	}
	tests := []struct {
		name      string
		next      Part
		ids       map[string]string
		from      int
		wantN     int
		wantFirst Event
	}{
		{"the same round and dates is one event; chairs mapped and united",
			Part{Events: []Event{{Name: "the dialogue", SeriesKey: "policy dialogue", Ordinal: 4, Dates: "2024-05-03",
				Chairs: []string{"p1"}, Hosts: []string{"a2"}, Participants: []string{"KR"}, Mentions: []Mention{{Text: "the dialogue", Start: 5, End: 17}}}}},
			map[string]string{"p1": "p3", "a2": "a1"}, 1000, 1,
			Event{Chairs: []string{"p1", "p3"}, Hosts: []string{"a1"}, Participants: []string{"JP", "KR"}}},
		{"another round is another event with its IDs mapped",
			Part{Events: []Event{{Name: "Fifth Policy Dialogue", SeriesKey: "policy dialogue", Ordinal: 5, Dates: "2025",
				Chairs: []string{"p2"}, Mentions: []Mention{{Text: "Fifth Policy Dialogue", Start: 0, End: 21}}}}},
			map[string]string{"p2": "p1"}, 1000, 2,
			Event{Chairs: []string{"p1"}, Hosts: []string{"a1"}, Participants: []string{"JP"}}},
		{"an event only in the context is dropped; a dropped chair is not kept",
			Part{Events: []Event{
				{Name: "Summit", Dates: "2024", Mentions: []Mention{{Text: "Summit", Start: 0, End: 6}}},
				{Name: "Fourth Policy Dialogue", SeriesKey: "policy dialogue", Ordinal: 4, Dates: "2024-05-03", Chairs: []string{"p9"},
					Mentions: []Mention{{Text: "Fourth Policy Dialogue", Start: 50, End: 72}}}}},
			map[string]string{"p9": ""}, 1030, 1,
			Event{Chairs: []string{"p1"}, Hosts: []string{"a1"}, Participants: []string{"JP"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newAcc().Join(tt.next, extract.Window{Offset: 1000, From: tt.from, IDs: tt.ids}).(Part)
			if len(got.Events) != tt.wantN {
				t.Fatalf("%d events, want %d: %+v", len(got.Events), tt.wantN, got.Events)
			}
			e := got.Events[0]
			if !reflect.DeepEqual(e.Chairs, tt.wantFirst.Chairs) || !reflect.DeepEqual(e.Hosts, tt.wantFirst.Hosts) ||
				!reflect.DeepEqual(e.Participants, tt.wantFirst.Participants) {
				t.Errorf("first event chairs %v hosts %v participants %v, want %v %v %v", e.Chairs, e.Hosts, e.Participants,
					tt.wantFirst.Chairs, tt.wantFirst.Hosts, tt.wantFirst.Participants)
			}
			for _, m := range got.Events[len(got.Events)-1].Mentions[1:] {
				if m.Start < tt.from {
					t.Errorf("mention %+v before the window", m)
				}
			}
		})
	}
}
