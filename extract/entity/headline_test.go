package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
)

// TestHeadlineNames: people and listed bodies that only the headline names
// join the record, after those of the text; names the text holds already,
// by full name or surname, and unlisted Title Case phrases do not.
func TestHeadlineNames(t *testing.T) {
	f := finderForTest(t)
	cases := []struct {
		name, title, text string
		people, agencies  []string
	}{
		{"spokesperson only in the headline",
			"Statement by NSC Spokesperson Clara Wendt on the Call with Minister Okafor",
			"National Security Advisor Jake Sullivan spoke today with Minister Ada Okafor.",
			[]string{"Jake Sullivan", "Ada Okafor", "Clara Wendt"}, []string{"National Security Council"}},
		{"surname in the headline, full name in the text",
			"Readout of Secretary Halvorsen's Meeting with Ambassador Teo",
			"Secretary Nora Halvorsen met Ambassador Teo Wei Ming today.",
			[]string{"Nora Halvorsen", "Teo Wei Ming"}, nil},
		{"unlisted title case phrases",
			"International Partners Launch Harbour Safety Centre",
			"Officials of the Ministry of Transport met in Oslo.",
			nil, []string{"Ministry of Transport"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			part, err := f.Extract(context.Background(), &corpus.Article{Title: c.title, Text: c.text}, nil)
			if err != nil {
				t.Fatal(err)
			}
			p := part.(Part)
			var ps, as []string
			for _, x := range p.People {
				ps = append(ps, x.Name)
			}
			for _, x := range p.Agencies {
				as = append(as, x.Name)
			}
			if strings.Join(ps, "; ") != strings.Join(c.people, "; ") || strings.Join(as, "; ") != strings.Join(c.agencies, "; ") {
				t.Errorf("people %q agencies %q, want %q and %q", ps, as, c.people, c.agencies)
			}
		})
	}
}
