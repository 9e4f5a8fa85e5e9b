package entity

import (
	"testing"

	"github.com/communique/communique/corpus"
)

func TestExpandSurnames(t *testing.T) {
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		meta corpus.Meta
		in   []string
		want []string
	}{
		{"a member's listing names the member in its site name",
			corpus.Meta{Title: "Press Releases", Props: map[string]string{"og:site_name": "Congresswoman Dana Whitfield"}},
			[]string{"Whitfield", "Kevin Huang"}, []string{"Dana Whitfield", "Kevin Huang"}},
		{"a description with a title and a bracketed state",
			corpus.Meta{Props: map[string]string{"description": "Senator Maria Cantwell (D-WA) announced new funding for ports."}},
			[]string{"Cantwell"}, []string{"Maria Cantwell"}},
		{"the author field",
			corpus.Meta{Props: map[string]string{"author": "Jane Roe"}},
			[]string{"Roe"}, []string{"Jane Roe"}},
		{"two given names for one surname: neither",
			corpus.Meta{Title: "Tom Lee and Ann Lee meet voters", Props: map[string]string{}},
			[]string{"Lee"}, []string{"Lee"}},
		{"a title word before the surname is no given name",
			corpus.Meta{Title: "Secretary Blinken's Call with Foreign Minister Hayashi"},
			[]string{"Blinken", "Hayashi"}, []string{"Blinken", "Hayashi"}},
		{"a longer word holding the surname is not it",
			corpus.Meta{Props: map[string]string{"og:site_name": "Mark Whitfieldson"}},
			[]string{"Whitfield"}, []string{"Whitfield"}},
		{"a full name stays",
			corpus.Meta{Props: map[string]string{"og:site_name": "Congresswoman Dana Whitfield"}},
			[]string{"Ann Whitfield"}, []string{"Ann Whitfield"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			people := make([]Person, len(tt.in))
			for i, n := range tt.in {
				people[i] = Person{Name: n}
			}
			f.expandSurnames(people, tt.meta)
			for i, p := range people {
				if p.Name != tt.want[i] {
					t.Errorf("person %d: %q, want %q", i, p.Name, tt.want[i])
				}
			}
		})
	}
}
