package html

import (
	"slices"
	"testing"
)

// TestHTMLSuspect: each rule of htmlFallbackRules and htmlTrustRules in
// three cases of its own; suspect lists the rules that must fire (none
// when the result is kept).
func TestHTMLSuspect(t *testing.T) {
	tests := []struct {
		name    string
		s       htmlTextSizes
		suspect []string
	}{
		// short: under htmlFallbackMinRunes with more text on the page
		{"short title block on a long page", htmlTextSizes{rendered: 60, content: 150, all: 5000}, []string{"short"}},
		{"empty result on a page of chrome", htmlTextSizes{rendered: 0, content: 0, all: 2400}, []string{"short"}},
		{"short box, a little more text around", htmlTextSizes{rendered: 350, content: 600, all: 800}, []string{"short"}},
		{"short page rendered whole", htmlTextSizes{rendered: 250, content: 260, all: 330}, nil},
		{"feed item of one paragraph", htmlTextSizes{rendered: 180, content: 180, all: 180}, nil},
		{"page of a few lines", htmlTextSizes{rendered: 0, content: 0, all: 120}, nil},
		// small-share: under htmlFallbackMinShare of the text outside chrome
		{"one section of many", htmlTextSizes{rendered: 1600, content: 12000, all: 15000}, []string{"small-share"}},
		{"teaser chosen over the story", htmlTextSizes{rendered: 900, content: 3000, all: 4000}, []string{"small-share"}},
		{"short and a small share", htmlTextSizes{rendered: 200, content: 4000, all: 6000}, []string{"short", "small-share"}},
		{"most of the page", htmlTextSizes{rendered: 2500, content: 3000, all: 6000}, nil},
		{"half the page", htmlTextSizes{rendered: 1000, content: 2000, all: 2600}, nil},
		// headlined-article: running text under the page's headline
		{"headlined short release beside teasers", htmlTextSizes{rendered: 270, content: 730, all: 900, mainRunning: 225, pageRunning: 600, headlined: true}, nil},
		{"headlined article beside a big table", htmlTextSizes{rendered: 600, content: 3000, all: 3300, mainRunning: 500, pageRunning: 500, headlined: true}, nil},
		{"headline over one paragraph", htmlTextSizes{rendered: 150, content: 900, all: 1200, mainRunning: 90, pageRunning: 700, headlined: true}, nil},
		{"headline over captions only", htmlTextSizes{rendered: 150, content: 900, all: 1200, mainRunning: 0, pageRunning: 700, headlined: true}, []string{"short", "small-share"}},
		// short-article: a short result of running text
		{"short notice of two paragraphs", htmlTextSizes{rendered: 330, content: 500, all: 1400, mainRunning: 280, pageRunning: 280}, nil},
		{"short statement beside a menu", htmlTextSizes{rendered: 390, content: 700, all: 2000, mainRunning: 160, pageRunning: 300}, nil},
		{"short but a small share", htmlTextSizes{rendered: 300, content: 2000, all: 2400, mainRunning: 200, pageRunning: 1500}, []string{"short", "small-share"}},
		// most-running-text: most of the page's running text
		{"article beside long lists", htmlTextSizes{rendered: 1200, content: 5000, all: 6000, mainRunning: 1000, pageRunning: 1200}, nil},
		{"report beside a data table", htmlTextSizes{rendered: 700, content: 2500, all: 2700, mainRunning: 600, pageRunning: 650}, nil},
		{"a third of the running text", htmlTextSizes{rendered: 800, content: 4000, all: 5000, mainRunning: 700, pageRunning: 2100}, []string{"small-share"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := htmlSuspect(tc.s); !slices.Equal(got, tc.suspect) {
				t.Errorf("htmlSuspect(%+v) = %v, want %v", tc.s, got, tc.suspect)
			}
		})
	}
}
