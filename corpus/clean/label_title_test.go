package clean

import (
	"testing"

	"github.com/communique/communique/corpus"
)

// TestLabelTitledReleases: in a text file of releases under release
// labels, a release titled only by its kind ("Statement" over "Joint
// statement") is a release of its own, though another release has the
// same header; the masthead run into the first release's header stays
// the masthead; a release pasted twice stays one. (Which line titles a
// release headed by labels alone is left to the title rules: counted
// here is the split, and the titles of the releases with headlines.)
func TestLabelTitledReleases(t *testing.T) {
	const head = "MINISTRY OF PORTS AND SHIPPING\nPublic communications office\n\n"
	b1 := "The Ministry announced a new ferry route between the two main islands on Tuesday, with sailings twice a day from next month.\nThe route will cut the journey from six hours to under three.\n"
	b2 := "The Ministry will keep harbour dues at their present level for another year, after talks with shipping lines.\nThe decision was welcomed by exporters of fresh produce.\n"
	b3 := "New pilotage rules take effect for vessels over 150 metres, which must now take two pilots at night.\nThe rules follow a review of last year's groundings.\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"statement over joint statement, twice", head +
			"Statement\n\nNew ferry route links the two islands\n\n" + b1 + "\nStatement\n\nJoint statement\n\n" + b2 + "\nStatement\n\nJoint statement\n\n" + b3,
			[]string{"New ferry route links the two islands", "", ""}},
		{"press release over press statement", head +
			"PRESS RELEASE\n\nHarbour dues frozen for a year\n\n" + b2 + "\nPRESS RELEASE\n\nPress Statement\n\n" + b1 + "\nPRESS RELEASE\n\nPilotage rules tightened for large vessels\n\n" + b3,
			[]string{"Harbour dues frozen for a year", "", "Pilotage rules tightened for large vessels"}},
		{"media release over media statement", head +
			"Media Release\n\nFerry route opens between the islands\n\n" + b1 + "\nMedia Release\n\nMedia Statement\n\n" + b3 + "\nMedia Release\n\nHarbour dues stay where they are\n\n" + b2,
			[]string{"Ferry route opens between the islands", "", "Harbour dues stay where they are"}},
		{"one release pasted twice", head +
			"Statement\n\nJoint statement\n\n" + b2 + "\nStatement\n\nJoint statement\n\n" + b2,
			[]string{""}},
	}
	c := mustCleaner(t, Config{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := cleanTitles(t, c, corpus.Doc{Format: corpus.FormatText, Text: tc.text})
			if len(got) != len(tc.want) {
				t.Fatalf("titles %q, want %d articles %q", got, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				if w != "" && got[i] != w {
					t.Errorf("title %d %q, want %q", i, got[i], w)
				}
			}
		})
	}
}
