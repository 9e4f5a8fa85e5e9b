package html

import (
	"slices"
	"testing"
)

func TestDateParserConfigLanguages(t *testing.T) {
	tests := []struct {
		lang string
		want []string
	}{
		{"en", []string{"en"}},
		{"en-GB", []string{"en"}},
		{"de", []string{"de", "en"}},
		{" FR-ca ", []string{"fr", "en"}},
		{"pt_BR", []string{"pt", "en"}},
		{"fil", []string{"fil", "en"}},
		{"", nil},          // undeclared: every locale
		{"x-default", nil}, // no language code
		{"english", nil},   // not a code
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			cfg := dateParserConfig(tt.lang)
			if !slices.Equal(cfg.Languages, tt.want) {
				t.Errorf("dateParserConfig(%q).Languages = %v, want %v", tt.lang, cfg.Languages, tt.want)
			}
			if !cfg.StrictParsing {
				t.Errorf("dateParserConfig(%q) lost go-htmldate's strict parsing", tt.lang)
			}
		})
	}
}
