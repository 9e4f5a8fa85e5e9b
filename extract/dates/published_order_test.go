package dates

import (
	"testing"

	"github.com/communique/communique/corpus"
)

// mastPubCase is one article with a masthead (front matter lines) and the
// release date the whole cascade finds.
type mastPubCase struct{ name, title, text, masthead, want string }

func checkMastPublished(t *testing.T, tests []mastPubCase) {
	t.Helper()
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &corpus.Article{Title: tc.title, Text: tc.text, Masthead: tc.masthead}
			if _, pub := f.Find(a); pub != tc.want {
				t.Errorf("published got %q, want %q", pub, tc.want)
			}
		})
	}
}

// TestClosingDatelineOverFrontMatter: a statement's closing line that
// says where and when it was issued or signed is its release date; a
// front matter's day (the site's posting time, often the day before in
// another time zone) comes after it; with no closing line the front
// matter still dates the release.
func TestClosingDatelineOverFrontMatter(t *testing.T) {
	checkMastPublished(t, []mastPubCase{
		{"signed in, this day of", "Joint statement", "Joint statement\n\n" + bodyEN + "\n\nSigned in Tokyo this 28th day of October, 2025.", "date: 2025-10-27", "2025-10-28"},
		{"issued in", "Joint statement", "Joint statement\n\n" + bodyEN + "\n\nIssued in Vientiane on 11 October 2024", "published: 2024-10-10 22:05:00-04:00", "2024-10-11"},
		{"done at", "Declaration", "Declaration\n\n" + bodyEN + "\n\nDone at Hanoi, 4 April 2025", "date: 2025-04-03", "2025-04-04"},
		{"no closing line", "Readout", "Readout\n\n" + bodyEN, "date: 2025-04-03", "2025-04-03"},
		{"a person's label in the masthead still leads", "Declaration", "Declaration\n\n" + bodyEN + "\n\nDone at Hanoi, 4 April 2025", "Date: 3 April 2025", "2025-04-03"},
	})
}

// TestRefineMonth: a release month from the text (a newsletter's issue
// line) takes the day the metadata names in that month; a day of another
// month, or a day only the body names, leaves the month.
func TestRefineMonth(t *testing.T) {
	checkMastPublished(t, []mastPubCase{
		{"front matter day in the issue month", "Bulletin", "Bulletin\nIssue 18 | May 2025\n\n" + bodyEN, "date: 2025-05-30", "2025-05-30"},
		{"timestamp in the issue month", "Newsletter", "Newsletter\nVol. 3 No. 2, March 2019\n\n" + bodyEN, "published: 2019-03-04T09:00:00Z", "2019-03-04"},
		{"front matter of another month", "Bulletin", "Bulletin\nIssue 18 | May 2025\n\n" + bodyEN, "date: 2025-06-02", "2025-05"},
		{"a body day does not refine", "Bulletin", "Bulletin\nIssue 18 | May 2025\n\n" + bodyEN + " They met on 13 May 2025.", "", "2025-05"},
	})
}

// TestMastheadRelease: a release date the masthead writes as a dateline
// (a place the gazetteer knows and the date, a date with its time, a date
// beside a header's field) is one of the article's dates even when the
// text does not repeat it; a publication's name before the date (a
// newsletter's masthead line) or a machine's date adds nothing.
func TestMastheadRelease(t *testing.T) {
	tests := []struct {
		name, masthead, want string
		shared               bool   // the masthead of a document of several articles
		own                  string // its lines that are the article's own
	}{
		{"place and date", "CANBERRA, 21 December 1947", "1947-12-21", false, ""},
		{"date and time", "08.04.2015 12:46", "2015-04-08", false, ""},
		{"beside a contact field", "December 26, 2018 Contact: Jane Roe", "2018-12-26", false, ""},
		{"a newsletter's name", "Windows Partner Newsletter - June 4, 2013", "", false, ""},
		{"a front matter day", "date: 2018-03-09", "", false, ""},
		{"an issue date", "Vol. 28 No. 5\nOct 31, 2017", "", false, ""},
		{"place and date shared by several articles", "CANBERRA, 21 December 1947", "", true, ""},
		{"date line shared by several stories", "3 March 2021", "", true, ""},
		{"date and time shared by several releases", "08.04.2015 12:46", "", true, ""},
		{"the article's own dateline after the shared lines", "No. M85\nCanberra, 7 December 1975", "1975-12-07", true, "Canberra, 7 December 1975"},
		{"the article's own date line", "Regional Update\n3 March 2021", "2021-03-03", true, "3 March 2021"},
		{"the article's own date and time", "Press releases\n08.04.2015 12:46", "2015-04-08", true, "08.04.2015 12:46"},
		{"the shared dateline, none of its own", "Canberra, 7 December 1975", "", true, ""},
	}
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &corpus.Article{Title: "Talks held", Text: "Talks held\n\n" + bodyEN, Masthead: tc.masthead}
			if tc.shared {
				a.Meta.Props = map[string]string{corpus.PropSharedMasthead: "true"}
				if tc.own != "" {
					a.Meta.Props[corpus.PropOwnMasthead] = tc.own
				}
			}
			dates, _ := f.Find(a)
			got := ""
			for _, d := range dates {
				if d.Role == "published" && len(d.Mentions) == 0 {
					got = d.Value
				}
			}
			if got != tc.want {
				t.Errorf("masthead release date in dates: got %q, want %q (%v)", got, tc.want, dateValues(dates))
			}
		})
	}
}

// TestOwnDateOverSharedMasthead: an article of a document of several
// (a newsletter, concatenated releases) whose masthead states a month is
// dated by its own date: a date line under its headline, a day ending
// its headline, a closing dateline, a date line at its foot, or an
// ambiguous numeric date line that only one reading puts in the issue's
// month; an article with no date of its own keeps the masthead's month.
// A single document's lone date line at its foot is no release date.
func TestOwnDateOverSharedMasthead(t *testing.T) {
	f := newTestFinder(t)
	const mast = "Regional Update\nIssue 4 | April 2022"
	tests := []struct {
		name, title, text string
		shared            bool
		want              string
	}{
		{"date line under the headline", "Grants open", "Grants open\n\n*6 April 2022*\n\n" + bodyEN, true, "2022-04-06"},
		{"day ending the headline", "Grants open – 19 April 2022", "Grants open – 19 April 2022\n\n" + bodyEN, true, "2022-04-19"},
		{"date line above the headline", "Grants open", "12 April 2022\nGrants open\n\n" + bodyEN, true, "2022-04-12"},
		{"dateline above the headline", "Grants open", "Canberra, 12 April 2022\nGrants open\n\n" + bodyEN, true, "2022-04-12"},
		{"closing dateline", "Grants open", "Grants open\n\n" + bodyEN + "\n\nIssued in Canberra on 8 April 2022", true, "2022-04-08"},
		{"place and date at the foot", "Grants open", "Grants open\n\n" + bodyEN + "\n\nDarwin, 14 April 2022", true, "2022-04-14"},
		{"date line at the foot", "Grants open", "Grants open\n\n" + bodyEN + "\n\n[21 April 2022]", true, "2022-04-21"},
		{"numeric date in the issue month", "Grants open", "Grants open\n12/04/2022\n\n" + bodyEN, true, "2022-04-12"},
		{"no date of its own", "Grants open", "Grants open\n\n" + bodyEN, true, "2022-04"},
		{"a single document's foot", "Grants open", "Grants open\n\n" + bodyEN + "\n\n21 April 2022", false, "2022-04"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &corpus.Article{Title: tc.title, Text: tc.text, Masthead: mast}
			if tc.shared {
				a.Meta.Props = map[string]string{corpus.PropSharedMasthead: "true"}
			}
			if _, pub := f.Find(a); pub != tc.want {
				t.Errorf("published got %q, want %q", pub, tc.want)
			}
		})
	}
}

// TestTitleMonthOverAddress: a month the document states as its title's
// last part outranks a file name's or permalink's day in another month
// and stays a month; a day of the same month refines it; with no month
// in the title the address dates the document.
func TestTitleMonthOverAddress(t *testing.T) {
	f := newTestFinder(t)
	tests := []struct{ name, title, metaTitle, path, want string }{
		{"permalink of the next month", "Food security", "Water Matters (Nov 2019)", "posts/2019-12-03-water-matters-nov.md", "2019-11"},
		{"dash and a full month name", "Regional Economic Digest — March 2021", "", "news/2021-04-06-regional-digest.md", "2021-03"},
		{"same month refines", "Port Bulletin | June 2020", "", "posts/2020-06-28-port-bulletin.md", "2020-06-28"},
		{"no month in the title", "Year of climate action", "", "posts/2018-04-04-year-of-climate-action.md", "2018-04-04"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &corpus.Article{Title: tc.title, Text: tc.title + "\n\n" + bodyEN, Meta: corpus.Meta{Title: tc.metaTitle}, Source: corpus.Source{Path: tc.path}}
			if _, pub := f.Find(a); pub != tc.want {
				t.Errorf("published got %q, want %q", pub, tc.want)
			}
		})
	}
}
