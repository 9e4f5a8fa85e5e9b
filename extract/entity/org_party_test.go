package entity

import "testing"

// TestOrgFounders covers companies named after a founder's title written
// in lower case in running text.
func TestOrgFounders(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"co-founder of a company", "with Ms Danielle Chan, co-founder of Citiponics, at an urban farm", []string{"Citiponics"}},
		{"founder of a firm", "said Ana Ruiz, founder of Brightwater Analytics.", []string{"Brightwater Analytics"}},
		{"cofounder of a startup", "Lee Wen, cofounder of Quillpoint, said", []string{"Quillpoint"}},
		{"founder of a country is no body", "the founder of modern Singapore", nil},
	})
}
