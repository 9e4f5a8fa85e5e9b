package html

import "testing"

// TestHTMLCreditLine: a short line opening with a picture's credit or
// caption label and a separator, or with a copyright sign, is a credit;
// a sentence that uses such a word, a long paragraph and a label without
// a separator are not.
func TestHTMLCreditLine(t *testing.T) {
	labels := readCreditLabels()
	tests := []struct {
		text string
		want bool
	}{
		{"Photo: Ministry of Transport", true},
		{"Foto:dpa/Max Mustermann", true},
		{"Crédits photos : Agence Exemple", true},
		{"Photograph by Jane Doe, Example Conservation Trust", true},
		{"Abbildung: Vergleich der Messreihen 2019 und 2020", true},
		{"© 2024 Example Press Agency", true},
		{"Bildnachweis | Stadtarchiv", true},
		{"Photos of the new bridge were shown to the committee on Monday.", false},
		{"Image", false},
		{"(c) to report on progress at the next meeting.", false},
		{"Credit unions will be able to apply from 1 March.", false},
		{"The minister said the picture was clear: the scheme works and will be extended to every region from next year, with more funds.", false},
		{"Photo: " + string(make([]byte, 300)), false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := htmlCreditLine(tc.text, labels); got != tc.want {
				t.Errorf("htmlCreditLine(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestHTMLCreditLabels: every label of data/credit_labels.txt makes a
// credit line with a separator, and fits in the prefix isCreditLine reads
// first.
func TestHTMLCreditLabels(t *testing.T) {
	labels := readCreditLabels()
	if len(labels) < 20 {
		t.Fatalf("%d credit labels read", len(labels))
	}
	for l := range labels {
		if len(l)+3 > htmlCreditPrefixBytes {
			t.Errorf("label %q longer than the prefix read first", l)
		}
		if !htmlCreditLine(l+": Example Agency", labels) {
			t.Errorf("%q with a colon is no credit line", l)
		}
	}
}
