package html

import (
	"fmt"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MainTextFallback is a second extractor of a page's main text, asked
// only when the detector's own result is suspect (see htmlFallbackRules).
type MainTextFallback interface {
	// MainContent returns the main content of the page whose parsed
	// document is root as an element of its own (not part of root), or
	// nil when it finds none. It must not modify root and must be safe
	// for concurrent use.
	MainContent(root *html.Node) (*html.Node, error)
}

// Trafilatura is the MainTextFallback of go-trafilatura
// (github.com/markusmobius/go-trafilatura) without its own fallbacks
// (readability, DOM distiller) and without its date search: its main
// text only, at about a third of the cost of its full run.
type Trafilatura struct{}

// MainContent implements MainTextFallback. go-trafilatura works on copies
// of root. A panic inside the library (untrusted input) is returned as an
// error.
func (Trafilatura) MainContent(root *html.Node) (content *html.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			content, err = nil, fmt.Errorf("go-trafilatura: %v", r)
		}
	}()
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	})
	if err != nil {
		return nil, fmt.Errorf("go-trafilatura: %w", err)
	}
	if res == nil {
		return nil, nil
	}
	return res.ContentNode, nil
}

// The detector's result is suspect, and the fallback asked, when it is
// short or a small part of the page's text outside chrome: the detector
// then picked a box beside the article (a teaser, a caption, a title
// block) or lost the article's body to chrome. Chosen on the development
// half of trafilatura's benchmark (scripts/peer-bench.sh): the fallback
// then runs on about one page in seven and its text is taken whenever it
// finds one.
const (
	// htmlFallbackMinRunes is the length (non-space runes, head region
	// included) below which a result is suspect.
	htmlFallbackMinRunes = 400
	// htmlFallbackShortRoom is how much more text than a short result
	// the page must hold for the result to be suspect: a short page (a
	// feed item, a notice) rendered whole is not.
	htmlFallbackShortRoom = 1.5
	// htmlFallbackMinPageRunes is the least visible text of a page whose
	// result can be suspect: a page of a few lines is rendered whole.
	htmlFallbackMinPageRunes = 300
	// htmlFallbackMinShare is the share of the page's text outside chrome
	// below which a result is suspect.
	htmlFallbackMinShare = 0.4
)

// htmlTextSizes are the sizes a suspect result is judged by, in non-space
// runes: the result (head region included), the page's text outside
// chrome, all of the page's visible text (chrome included), and the
// running text (htmlRunningParagraph) outside chrome in the main
// container and on the whole page.
// headlined tells whether the main container holds the page's headline.
type htmlTextSizes struct {
	rendered, content, all, mainRunning, pageRunning int
	headlined                                        bool
}

// A suspect result is trusted after all when its container holds running
// text (htmlTrustRules): a paragraph of it (htmlTailParagraphRunes) under
// the page's headline, at least htmlTrustShortRunes of it when the result
// is only short (a short release beside a column of teasers), or at least
// htmlTrustRunes and htmlTrustRunningShare of the page's running text.
const (
	htmlTrustShortRunes   = 150
	htmlTrustRunes        = 300
	htmlTrustRunningShare = 0.5
)

// htmlTrustRules are the named tests by which a suspect result is kept;
// suspect holds the names of the rules of htmlFallbackRules that fired.
var htmlTrustRules = []struct {
	name  string
	trust func(s htmlTextSizes, suspect []string) bool
}{
	{"headlined-article", func(s htmlTextSizes, _ []string) bool {
		return s.headlined && s.mainRunning >= htmlTailParagraphRunes
	}},
	{"short-article", func(s htmlTextSizes, suspect []string) bool {
		return len(suspect) == 1 && suspect[0] == "short" && s.mainRunning >= htmlTrustShortRunes
	}},
	{"most-running-text", func(s htmlTextSizes, _ []string) bool {
		return s.mainRunning >= htmlTrustRunes && float64(s.mainRunning) >= htmlTrustRunningShare*float64(s.pageRunning)
	}},
}

// htmlFallbackRules are the named tests of a suspect result, any one of
// which asks the fallback.
var htmlFallbackRules = []struct {
	name    string
	suspect func(s htmlTextSizes) bool
}{
	{"short", func(s htmlTextSizes) bool {
		return s.rendered < htmlFallbackMinRunes && float64(s.all) > htmlFallbackShortRoom*float64(s.rendered)
	}},
	{"small-share", func(s htmlTextSizes) bool {
		return float64(s.rendered) < htmlFallbackMinShare*float64(s.content)
	}},
}

// htmlSuspect reports the names of the rules of htmlFallbackRules that
// find the result suspect and are not outweighed by its running text
// (see htmlTrustRunes); none when the result is to be kept.
func htmlSuspect(s htmlTextSizes) []string {
	var names []string
	for _, r := range htmlFallbackRules {
		if r.suspect(s) {
			names = append(names, r.name)
		}
	}
	if len(names) == 0 || s.all < htmlFallbackMinPageRunes {
		return nil
	}
	for _, r := range htmlTrustRules {
		if r.trust(s, names) {
			return nil
		}
	}
	return names
}

// htmlRunningParagraph reports whether ni is a paragraph of running text:
// a <p>, or a <div> of text and inline elements only, of at least
// htmlTailParagraphRunes with at most htmlTailParagraphLinks of it in
// links.
func (p *htmlPage) runningParagraph(ni *nodeInfo) bool {
	if ni.text < htmlTailParagraphRunes || ni.linkDensity() > htmlTailParagraphLinks {
		return false
	}
	switch ni.node.DataAtom {
	case atom.P:
		return true
	case atom.Div:
		for c := ni.node.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && p.rules.blockTags[c.DataAtom] {
				return false
			}
		}
		return true
	}
	return false
}

// sizes measures the page and its result text for htmlSuspect.
func (p *htmlPage) sizes(text string) htmlTextSizes {
	bi, mi := p.info[p.body], p.info[p.main]
	s := htmlTextSizes{content: bi.text, all: bi.raw}
	s.rendered, _ = htmlCountText(text)
	if p.h1 != nil {
		hi := p.info[p.h1]
		s.headlined = hi.pre >= mi.pre && hi.pre <= mi.last
	}
	for _, ni := range p.order {
		if !p.runningParagraph(ni) || !p.inContent(ni) {
			continue
		}
		s.pageRunning += ni.text
		if ni.pre >= mi.pre && ni.pre <= mi.last {
			s.mainRunning += ni.text
		}
	}
	return s
}

// fallbackText returns the fallback's text for the page when the
// detector's result text is suspect and the fallback finds a text, with
// the page's headline in front when the fallback's text lacks it; else
// "". An error of the fallback leaves the detector's result.
func (p *htmlPage) fallbackText(fb MainTextFallback, root *html.Node, text string) string {
	if fb == nil || !p.detect {
		return ""
	}
	if len(htmlSuspect(p.sizes(text))) == 0 {
		return ""
	}
	content, err := fb.MainContent(root)
	if err != nil || content == nil {
		return ""
	}
	// Rendered as the page is (one block per line, list labels, table
	// cells), all of it: the fallback chose it.
	alt := p.rules.analyze(content, false).render()
	if strings.TrimSpace(alt) == "" {
		return ""
	}
	if h := p.headline(); h != "" && !strings.Contains(collapseHTMLSpace(alt), h) {
		alt = h + "\n\n" + alt
	}
	return alt
}
