package clean

import (
	"testing"

	"github.com/communique/communique/corpus"
)

// TestTitleSkipsLetterhead: an issuer's letterhead (its name, address,
// telephone and web lines) and rules of dashes above a headline never
// name the release.
func TestTitleSkipsLetterhead(t *testing.T) {
	runTitleCases(t, []titleCase{
		{"ministry in capitals over a release label",
			"MINISTRY OF TRADE AND INDUSTRY\n100 High Street, #09-01\nSingapore 179434\n\nPRESS RELEASE\n\nMinisters sign three agreements at economic meeting\n\n" + body("the agreements"),
			corpus.Meta{}, "Ministers sign three agreements at economic meeting"},
		{"executive office with street address",
			"EXECUTIVE OFFICE OF THE PRESIDENT\nOFFICE OF THE TRADE REPRESENTATIVE\nWASHINGTON, D.C. 20508\n\nJoint Statement on the Trade Policy Forum\n\n" + body("the forum"),
			corpus.Meta{}, "Joint Statement on the Trade Policy Forum"},
		{"agency name with telephone and web lines",
			"Department of Coastal Affairs\nTel: +61 2 6261 1111\nwww.coastal.example.gov\n\nMedia release\n\nNew marine park declared off the northern coast\n\n" + body("the park"),
			corpus.Meta{}, "New marine park declared off the northern coast"},
		{"rule of dashes above the headline",
			"--------------------------------------------------\nEnergy and Climate Dialogue Held\n--------------------------------------------------\n\n" + body("the dialogue"),
			corpus.Meta{}, "Energy and Climate Dialogue Held"},
		{"organization and release label on one line",
			"AGENCY PRESS RELEASE\n\nForum opens in Geneva with record attendance\n\n" + body("the forum"),
			corpus.Meta{}, "Forum opens in Geneva with record attendance"},
	})
}

func TestIsLetterheadLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"100 High Street, #09-01", true},
		{"Level 3, 25 Marine Parade", true},
		{"1600 Pennsylvania Avenue NW", true},
		{"Singapore 179434", true},
		{"WASHINGTON, D.C. 20508", true},
		{"Canberra ACT 2600", true},
		{"Tel: +65 6225 5582", true},
		{"www.example.gov.sg", true},
		{"PO Box 1234", true},
		{"Geo Connect Asia 2023", false},
		{"Summit opens on 3 March", false},
		{"Ministers sign three agreements", false},
		{"Roadmap 2030", false},
		{"Funding confirmed for 400 new T Level places", false},
		{"Work starts on 12 new homes in Harbour Square", false},
		{"Minister opens 3rd floor of the new hospital building", false},
		{"Suite 400, Harbour Building", true},
	}
	for _, tc := range tests {
		if got := isLetterheadLine(tc.in); got != tc.want {
			t.Errorf("isLetterheadLine(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
