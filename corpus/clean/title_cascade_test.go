package clean

import (
	"testing"

	"github.com/communique/communique/corpus"
)

// TestTitleCascade: the metadata titles' order of trust (metaTitles) and
// the lines that never name an article.
func TestTitleCascade(t *testing.T) {
	og := func(title string) map[string]string { return map[string]string{"og:title": title} }
	cases := []titleCase{
		// 1. An <h1> that agrees with og:title or <title> wins.
		{"h1 agreeing with og:title that adds a kicker",
			"Minister opens water plant\n\n" + body("the plant"),
			corpus.Meta{Headline: "Minister opens water plant", Props: og("Water: Minister opens new water plant")}, "Minister opens water plant"},
		{"h1 agreeing with the title that adds the site",
			"Council adopts the 2025 budget\n\n" + body("the budget"),
			corpus.Meta{Headline: "Council adopts the 2025 budget", Title: "Council adopts 2025 budget - City Council News"}, "Council adopts the 2025 budget"},
		{"h1 agreeing with og:title in other case",
			"TALKS ON FISHERIES RESUME\n\n" + body("the talks"),
			corpus.Meta{Headline: "TALKS ON FISHERIES RESUME", Props: og("Talks on fisheries resume")}, "TALKS ON FISHERIES RESUME"},
		// 2. og:title over an <h1> that agrees with nothing.
		{"og:title over a logo h1",
			"Ministry of Water\n\nMinister opens water plant\n\n" + body("the plant"),
			corpus.Meta{Headline: "Ministry of Water", Props: og("Minister opens water plant")}, "Minister opens water plant"},
		{"og:title over a section h1 not in the text",
			"Agency signs accord with port authority\n\n" + body("the accord"),
			corpus.Meta{Headline: "What we do", Props: og("Agency signs accord with port authority")}, "Agency signs accord with port authority"},
		{"og:title equal to the site name is left out",
			"Senator secures harbour funds\n\n" + body("the harbour"),
			corpus.Meta{Headline: "Senator secures harbour funds", Props: map[string]string{"og:title": "Senator Doe", "og:site_name": "Senator Doe"}}, "Senator secures harbour funds"},
		// Never a breadcrumb trail.
		{"breadcrumb h1",
			"Home > Newsroom > Press releases\n\nBoard approves new rail link\n\n" + body("the rail link"),
			corpus.Meta{Headline: "Home > Newsroom > Press releases"}, "Board approves new rail link"},
		{"breadcrumb line above the headline",
			"Home / Media / Statements / 2024\n\nEnvoy meets trade delegation\n\n" + body("the delegation"),
			corpus.Meta{}, "Envoy meets trade delegation"},
		{"two-step trail from home",
			"Home » News\n\nInstitute publishes survey results\n\n" + body("the survey"),
			corpus.Meta{}, "Institute publishes survey results"},
		// Never a generic section heading.
		{"details heading as h1",
			"Details\n\nAgency extends consultation period\n\n" + body("the consultation"),
			corpus.Meta{Headline: "Details", Title: "Agency extends consultation period | Agency"}, "Agency extends consultation period"},
		{"background heading first in the text",
			"Background\n\nMinisters agree fisheries quota\n\n" + body("the quota"),
			corpus.Meta{}, "Ministers agree fisheries quota"},
		{"summary heading as the title",
			"Summary\n\n" + body("the review"),
			corpus.Meta{Title: "Summary", Props: og("Review of the water tariff")}, "Review of the water tariff"},
	}
	runTitleCases(t, cases)
}

func TestTitlesAgree(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Minister opens water plant", "Water: Minister opens new water plant", true},
		{"Council adopts the 2025 budget", "Council adopts 2025 budget", true},
		{"Ministry of Water", "Minister opens water plant", false},
		{"What we do", "Agency signs accord", false},
		{"", "Anything", false},
	}
	for _, tc := range tests {
		if got := titlesAgree(tc.a, tc.b); got != tc.want {
			t.Errorf("titlesAgree(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
