package lexicon

import (
	"strings"
	"testing"
)

// TestJoinBroken checks the reading of words broken at a line end.
func TestJoinBroken(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mül-\nler", "Müller"},
		{"Coop\u00aderation", "Cooperation"},
		{"Asia-\nPacific", "Asia-Pacific"},
		{"Inter-\n  national", "International"},
		{"no break", "no break"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := JoinBroken(tt.in); got != tt.want {
				t.Errorf("JoinBroken(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSoftWrapHardBreak: a long line ending inside a sentence is wrapped
// prose (its line break reads as a space) unless it ends in Markdown's hard
// line break of two spaces.
func TestSoftWrapHardBreak(t *testing.T) {
	tests := []struct {
		name string
		text string
		nl   int // NL of the first token of the last line
	}{
		{"wrapped prose", "The agreement was signed in the presence of the delegation led by\nMarcus Lindqvist.", 0},
		{"hard break after an attendee", "Ruth Roe, President and Chief Investment Officer, Contoso Group  \nMatt Doe, CEO, Fabrikam", 1},
		{"hard break after a body in a list", "Ingrid Svensson, Director of Strategy and Planning, Harbour Authority  \nKarl Berg, Adviser", 1},
		{"trailing single space stays wrapped", "The agreement was signed in the presence of the delegation led by \nMarcus Lindqvist.", 0},
		{"long line after a short one in a list", "Jane Roe, CEO, Fabrikam\nRuth Doe, President and Chief Investment Officer, Contoso Group\nMatt Poe, CEO, Northwind", 1},
		{"wrapped paragraph after a blank line", "Intro\n\nThe agreement was signed in the presence of the delegation led by\nMarcus Lindqvist.", 0},
		{"second wrapped line of a paragraph", "The agreement was signed in the presence of the delegation that was led by\nthe Prime Minister of the Republic of Ruritania and by Foreign Minister\nMarcus Lindqvist.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text)
			second := strings.LastIndexByte(tt.text, '\n') + 1
			for _, tok := range toks {
				if tok.Start >= second {
					if tok.NL != tt.nl {
						t.Errorf("got NL %d for %q, want %d", tok.NL, tok.Text, tt.nl)
					}
					return
				}
			}
			t.Fatalf("no token on the second line")
		})
	}
}
