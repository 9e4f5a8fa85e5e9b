package dates

import (
	"slices"
	"testing"

	"github.com/communique/communique/corpus"
)

// datesCase is one text (with an optional masthead) and the date values
// Find must return among its dates.
type datesCase struct {
	name, text, masthead string
	want                 []string
}

// checkDatesContain runs Find on each case and checks that every wanted
// value is among the dates.
func checkDatesContain(t *testing.T, tests []datesCase) {
	t.Helper()
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dates, _ := f.Find(&corpus.Article{Title: "T", Text: tc.text, Masthead: tc.masthead})
			got := dateValues(dates)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("dates %v, want %s among them", got, w)
				}
			}
		})
	}
}

// TestWeekdayYearSlip: a full date whose weekday falls in the next or the
// previous year takes that year when another date of the document is
// written in it; a date whose weekday is right, one without a witness of
// the other year, and one that no neighbouring year fits stay as written.
func TestWeekdayYearSlip(t *testing.T) {
	checkDatesContain(t, []datesCase{
		{"january keeps last year's number", "FOR IMMEDIATE RELEASE\nWednesday, January 7, 2014\nMan indicted\n\nHe was ordered to return to court on February 27, 2015.", "", []string{"2015-01-07"}},
		{"day first with the year after", "Talks held\nFriday, 5 January 2023\n\nThe talks continue in March 2024 in the capital.", "", []string{"2024-01-05"}},
		{"a year too far ahead", "Talks held\nSunday, 3 March 2025\n\nThe last round was held in April 2024 in the capital.", "", []string{"2024-03-03"}},
		{"a right weekday stays", "Talks held\nWednesday, January 7, 2015\n\nThe next round is in 2016.", "", []string{"2015-01-07"}},
		{"no witness stays", "Talks held\nWednesday, January 7, 2014\n\nThe talks continue.", "", []string{"2014-01-07"}},
	})
}

// TestPresentAdjectiveTense: an "-ed" word after a present form of "be"
// ("we are delighted", "is very pleased") is no past tense: a month
// without a year then falls next to the release date, not a year back;
// a real past tense still reaches back.
func TestPresentAdjectiveTense(t *testing.T) {
	const head = "T\nMarch 9, 2018\n\n"
	checkDatesContain(t, []datesCase{
		{"are delighted", head + "We are beyond delighted to welcome her to the agency in April.", "", []string{"2018-04"}},
		{"is pleased", head + "The minister is very pleased to open the new office in May.", "", []string{"2018-05"}},
		{"are honoured", head + "We are honoured to host the delegation in April.", "", []string{"2018-04"}},
		{"a past tense", head + "The minister visited the new office in February.", "", []string{"2018-02"}},
		{"a past tense a year back", head + "The minister signed the agreement in May.", "", []string{"2017-05"}},
	})
}

// TestWeekdayClauseTense: a weekday alone takes the tense of the words
// before it in its sentence, else of the words after it: two weekdays of
// one sentence can fall on either side of the release date.
func TestWeekdayClauseTense(t *testing.T) {
	const head = "T\nTuesday, 4 March 2025\n\n"
	checkDatesContain(t, []datesCase{
		{"past then future", head + "The minister visited the plant on Monday and will return on Friday to open the line.", "", []string{"2025-03-03", "2025-03-07"}},
		{"future clause first", head + "The minister, who will travel on Thursday, said the talks went well on Monday.", "", []string{"2025-03-06", "2025-03-03"}},
		{"tense after the weekday", head + "On Monday the minister visited the plant of the company.", "", []string{"2025-03-03"}},
		{"future after", head + "On Friday the minister will open the plant of the company.", "", []string{"2025-03-07"}},
	})
}

// TestHouseNumbers: a number before a street's name is an address, not a
// year; a year before other capitalized words stays one.
func TestHouseNumbers(t *testing.T) {
	tests := []struct {
		name, text string
		year       bool
	}{
		{"east 59th street", "The defendant, Walter Roe, 47, of 2015 East 59th Street, was arraigned.", false},
		{"pennsylvania avenue", "The office moved in March to 1999 Pennsylvania Avenue in the capital.", false},
		{"broadway", "The agency opened its office at 2001 Broadway in the city.", false},
		{"a year before a name", "The plan was adopted in 2015 by the National Assembly of the country.", true},
		{"a year before a capital word", "In 2015 Parliament passed the act that set up the commission.", true},
	}
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dates, _ := f.Find(&corpus.Article{Title: "T", Text: "T\n\n" + tc.text})
			got := dateValues(dates)
			has := slices.ContainsFunc(got, func(v string) bool { return len(v) == 4 })
			if has != tc.year {
				t.Errorf("dates %v, want a bare year: %v", got, tc.year)
			}
		})
	}
}
