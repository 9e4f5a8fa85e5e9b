package clean

import (
	"regexp"
	"strings"
)

// titleTrim is one way a headline line carries text that is not the
// headline: trim returns the title without it, or the title unchanged.
type titleTrim struct {
	name string
	trim func(title string) string
}

// titleTrims are applied in order to every article's title.
var titleTrims = []titleTrim{
	{"section marker", stripSectionMarker}, // "TOPIC 2: Ministers meet ..."
	{"annex label", stripAnnexLabel},       // "ANNEX A Joint Statement ..."
	{"markdown link", stripMarkdownLink},   // "[Ministers meet ...](https://...)"
	{"call to action", stripCallToAction},  // "Ministers meet ... Read more"
	{"story number", stripStoryNumber},     // "2. NEW HOSPITAL WING APPROVED"
	{"list bullet", stripListBullet},       // "- Minister opens the new port" (a listing's <li>)
}

// trimTitle applies titleTrims to title.
func trimTitle(title string) string {
	for _, r := range titleTrims {
		title = r.trim(title)
	}
	return title
}

// stripMarkdownLink returns the text of a title that is one Markdown link,
// as a listing converted to Markdown prints its linked headlines.
func stripMarkdownLink(title string) string {
	if m := linkedImage.FindStringSubmatch(title); m != nil && strings.TrimSpace(m[1]) != "" {
		return strings.TrimSpace(m[1]) // a linked image whose alternative text is the headline
	}
	text, ok := markdownLinkText(title)
	if !ok || text == "" || strings.HasPrefix(title, "-") || strings.HasPrefix(title, "*") {
		return title
	}
	return text
}

// linkedImage matches a Markdown image inside a link, the whole line
// ("[![Managing fatigue]()](/blog/fatigue)"): the image's alternative text.
var linkedImage = regexp.MustCompile(`^\[!\[([^\]]*)\]\([^)]*\)\]\([^)]*\)$`)

// minTitleWordsLeft is the fewest words a title keeps after a trim.
const minTitleWordsLeft = 3

// stripCallToAction removes a call to action of two or more words that a
// listing's link glued to the end of a headline ("... Learn More", "...
// Read more »"), when the headline keeps at least three words without it.
func stripCallToAction(title string) string {
	t := strings.TrimRight(title, " »›>→")
	f := strings.Fields(t)
	for n := 4; n >= 2; n-- {
		if len(f) < n+minTitleWordsLeft {
			continue
		}
		if callsToAction[normLine(strings.Join(f[len(f)-n:], " "))] {
			return strings.Join(f[:len(f)-n], " ")
		}
	}
	return title
}

// stripStoryNumber removes the number a periodical prints before a story's
// headline ("2. NEW HOSPITAL WING APPROVED", "3) Water Safety Advice"), when
// the headline keeps at least three words without it.
func stripStoryNumber(title string) string {
	m := numberedHeadline.FindStringSubmatch(title)
	if m == nil || wordCount(m[2]) < minTitleWordsLeft {
		return title
	}
	return m[2]
}

// listBullets are the marks a rendered or typed list prints before an
// item.
var listBullets = []string{"- ", "* ", "+ ", "• ", "· ", "– "}

// stripListBullet removes the bullet a listing's list item prints before
// its headline ("- Minister opens the new port", "• Budget approved for
// schools"), when the headline keeps at least three words without it.
func stripListBullet(title string) string {
	for _, b := range listBullets {
		if rest, ok := strings.CutPrefix(title, b); ok && wordCount(rest) >= minTitleWordsLeft && !strings.HasPrefix(rest, "[") {
			return strings.TrimSpace(rest)
		}
	}
	return title
}
