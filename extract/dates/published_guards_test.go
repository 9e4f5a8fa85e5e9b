package dates

import (
	"testing"

	"github.com/communique/communique/corpus"
)

// TestLabelInSentence: a release label inside a sentence of the body
// dates what the sentence is about, not the release; a header's label
// still counts.
func TestLabelInSentence(t *testing.T) {
	checkPublished(t, []titledPubCase{
		{"clause with words after the date", "Review findings", "Review findings\n\nThe report, released on November 5, 2019, sets out the findings of the review.\n\n" + bodyEN, ""},
		{"sentence ending at the date", "Looking back", "Looking back\n\nThe first version was first released on December 3, 2008.\n\n" + bodyEN, ""},
		{"guidelines published on", "New rules", "New rules\n\nThe guidelines published on 4 May 2021 apply to every ministry and agency.\n\n" + bodyEN, ""},
		{"header name before its label", "Talks held", "Talks held\nMinistry of Energy Media Release 5 May 2024\n\n" + bodyEN, "2024-05-05"},
		{"posted by an author", "Talks held", "Talks held\nPosted on April 4, 2014 by Jane Roe in News\n\n" + bodyEN, "2014-04-04"},
		{"fields beside the label", "Talks held", "Talks held\nPress Office | Released: 3 June 2024 | Media contact\n\n" + bodyEN, "2024-06-03"},
	})
}

// TestPageDateOffPage: go-htmldate's date is left out when no metadata
// carries it and the text shows it only in a list of dated links or on a
// print, access or copyright line; kept when the text shows it nowhere
// or on an update line, or when metadata carries it.
func TestPageDateOffPage(t *testing.T) {
	const latest = "Latest news\n12 May 2024\nMinister visits Japan\n3 May 2024\nNew grid code published\n28 April 2024\nEnergy week opens\n"
	tests := []struct {
		name, text, pageDate, jsonld, want string
	}{
		{"a latest-news entry", "Talks held\n\n" + bodyEN + "\n\n" + latest, "2024-05-12", "", ""},
		{"a print date", "Talks held\n\n" + bodyEN + "\n\nPrinted on 3 March 2025", "2025-03-03", "", ""},
		{"an embedded post's date", "Talks held\n\n" + bodyEN + "\n\nGreat talks today pic.twitter.com/x1\n— Jane Roe (@janeroe) November 2, 2013\n\n" + bodyEN, "2013-11-02", "", ""},
		{"an access date", "Talks held\n\n" + bodyEN + "\n\nPage accessed 23 January 2019", "2019-01-23", "", ""},
		{"an update stamp is the page's date when it has no other", "Talks held\n\n" + bodyEN + "\n\nAktualisiert: 30.12.2016", "2016-12-30", "", "2016-12-30"},
		{"a date the text does not show", "Talks held\n\n" + bodyEN, "2020-04-15", "", "2020-04-15"},
		{"metadata carries it", "Talks held\n\n" + bodyEN + "\n\n" + latest, "2024-05-12", `{"@type":"WebPage","dateModified":"2024-05-12"}`, "2024-05-12"},
	}
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &corpus.Article{Title: "Talks held", Text: tc.text, Meta: corpus.Meta{PageDate: tc.pageDate}}
			if tc.jsonld != "" {
				a.Meta.JSONLD = []string{tc.jsonld}
			}
			if _, pub := f.Find(a); pub != tc.want {
				t.Errorf("published got %q, want %q", pub, tc.want)
			}
		})
	}
}

// TestNotADateline: a date after an embedded post's author handle or after
// a field label other than the release's own is no dateline.
func TestNotADateline(t *testing.T) {
	checkPublished(t, []titledPubCase{
		{"embedded post's author", "Talks held", "Talks held\n\nGreat talks today with our partners pic.twitter.com/x1\n\n— Jane Roe (@janeroe) November 3, 2023\n\n" + bodyEN, ""},
		{"embedded post with an en dash", "Talks held", "Talks held\n\nA new chapter for our cooperation.\n– Energy Office (@energyoffice) 12 May 2024\n\n" + bodyEN, ""},
		{"book's publication field", "Book review", "Book review\nPages: 448\nErscheinungsdatum: 14.08.2017\n\n" + bodyDE, ""},
		{"entry deadline field", "Wettbewerb", "Wettbewerb\nEinsendeschluss: 30.06.2024\n\n" + bodyDE, ""},
		{"event date field", "Atelier", "Atelier\nÉvénement: 5 mai 2024\n\n" + bodyFR, ""},
		{"a place in capitals with a colon", "Talks held", "Talks held\n\nNEW DELHI: 5 May 2024\n\n" + bodyEN, "2024-05-05"},
		{"german report as of", "Bericht", "Bericht\nStand: 29.01.2019\n\n" + bodyDE, "2019-01-29"},
		{"german revision stamp at the end", "Bericht", "Bericht\n\n" + bodyDE + "\n\n" + bodyDE + "\n\nStand: 12.03.2024", ""},
		{"german revision stamp at the end after a month", "Bericht", "Bericht\n\n" + bodyDE + "\n\n" + bodyDE + "\n\nStand: März 2024", ""},
		{"german report as of a month", "Bericht", "Bericht\nStand: März 2024\n\n" + bodyDE, "2024-03"},
	})
}

// TestBylineStamp: a two-digit-year stamp that ends a byline after a
// field separator is the byline's date, read day first in a text of a
// day-first language even when quoted posts write month first.
func TestBylineStamp(t *testing.T) {
	checkPublished(t, []titledPubCase{
		{"name and pipe", "Neue Funktion", "Neue Funktion\n\nSwantje Muster | 06.11.23\n\n" + bodyDE + "\n\n— Jane Roe (@janeroe) November 3, 2023", "2023-11-06"},
		{"section and middle dot", "Neue Funktion", "Neue Funktion\n\nDigital · 14.02.22\n\n" + bodyDE, "2022-02-14"},
		{"author and bullet", "Nouvelle fonction", "Nouvelle fonction\n\nJean Dupont • 21.03.24\n\n" + bodyFR, "2024-03-21"},
		{"a version number in a sentence", "Release notes", "Release notes\n\n" + bodyEN + " Version 06.11.23 of the tool is out.", ""},
	})
}
