package dates

import (
	"slices"
	"testing"

	"github.com/communique/communique/corpus"
)

// yearCase is an article and the year-less dates' values it must give
// (want) and must not give (not).
type yearCase struct {
	name, text string
	want, not  []string
}

func checkYears(t *testing.T, tests []yearCase) {
	t.Helper()
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dates, _ := f.Find(&corpus.Article{Title: "T", Text: tc.text})
			got := dateValues(dates)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("dates %v, want %s among them", got, w)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("dates %v, want no %s", got, n)
				}
			}
		})
	}
}

// TestPassiveToComeTense: an "-ed" word after the bare infinitive "be"
// ("to be announced", "will be held", "must be renewed") tells what is
// still to come, so a month without a year falls after the release
// date; "was announced" still reaches back.
func TestPassiveToComeTense(t *testing.T) {
	const head = "T\n6 April 2022\n\n"
	checkYears(t, []yearCase{
		{"to be announced", head + "Successful projects are to be announced in July.", []string{"2022-07"}, []string{"2021-07"}},
		{"is to be opened", head + "The hall is to be formally opened in February by the minister.", []string{"2023-02"}, []string{"2022-02"}},
		{"must be renewed", head + "Licences must be renewed by June at a district office.", []string{"2022-06"}, []string{"2021-06"}},
		{"was announced", head + "The round was announced in July at the conference.", []string{"2021-07"}, []string{"2022-07"}},
	})
}

// TestClauseTense: a year-less month takes the tense of its own clause;
// a clause after a comma and a conjunction, or after a semicolon, is
// another's. A fronted date still takes the tense of its sentence's
// verb after the comma.
func TestClauseTense(t *testing.T) {
	const head = "T\n10 November 2022\n\n"
	checkYears(t, []yearCase{
		{"comma and", head + "Negotiations were concluded in August, and the protocol will enter into force soon.", []string{"2022-08"}, []string{"2023-08"}},
		{"semicolon", head + "The plant opened in May; a second line will follow.", []string{"2022-05"}, []string{"2023-05"}},
		{"comma but", head + "Talks ended in September, but a new round will start soon.", []string{"2022-09"}, []string{"2023-09"}},
		{"fronted date", head + "In March, the minister will visit the plant.", []string{"2023-03"}, []string{"2022-03"}},
		{"fronted date, long subject", "T\n13 December 2021\n\nIn May, the Partnership for Central America (PCA) launched a new fund.", []string{"2021-05"}, []string{"2022-05"}},
		{"fronted day, long subject", "T\n13 December 2021\n\nOn 3 March, the Minister for Foreign Affairs of the Republic of Korea visited Seoul.", []string{"2021-03-03"}, []string{"2022-03-03"}},
		{"fronted date, long subject, future", "T\n13 December 2021\n\nIn April, the heads of government of the member states of the union will meet.", []string{"2022-04"}, []string{"2021-04"}},
		{"an -ed adjective is no past", head + "The agency will hold a briefing on the revised standards on February 20.", []string{"2023-02-20"}, []string{"2022-02-20"}},
		{"a past participle after its determiner", head + "Officials will present an updated plan in March.", []string{"2023-03"}, []string{"2022-03"}},
	})
}

// TestInferredAnchor: in a dated release, a year-less date whose year was
// itself guessed (from the tense) anchors no other: each takes its year
// from the release date and its own clause's tense.
func TestInferredAnchor(t *testing.T) {
	const head = "T\nJanuary 12, 2024\n\n"
	checkYears(t, []yearCase{
		{"end of the past year", head + "Orders, first placed in May, reached 14 vessels by the end of December.", []string{"2023-05", "2023-12"}, []string{"2022-12"}},
		{"past then future", head + "The plant opened in March and will expand in June.", []string{"2023-03", "2024-06"}, []string{"2023-06", "2024-03"}},
		{"two past months", head + "Exports dipped in February and recovered strongly in November.", []string{"2023-02", "2023-11"}, []string{"2022-11"}},
		{"an explicit anchor still counts", head + "The talks began on 3 May 2023 and ended in June.", []string{"2023-06"}, []string{"2024-06"}},
	})
}

// TestYearOfAName: a bare year that modifies a capitalized name after a
// determiner ("the 2022 Housing Strategy") dates nothing else in its
// sentence; a bare year of the sentence still does.
func TestYearOfAName(t *testing.T) {
	checkYears(t, []yearCase{
		{"strategy", "T\nFebruary 16, 2023\n\nA pilot under the 2022 Housing Strategy starts in May.", []string{"2023-05"}, []string{"2022-05"}},
		{"annual report", "T\n1 February 2021\n\nIts 2020 Annual Report is due in March.", []string{"2021-03"}, []string{"2020-03"}},
		{"games", "T\n5 January 2021\n\nTickets for the 2020 Olympics go on sale in April.", []string{"2021-04"}, []string{"2020-04"}},
		{"a year of the sentence", "T\n5 January 2021\n\nIn 2020 tickets go on sale in April.", []string{"2020-04"}, []string{"2021-04"}},
	})
}

// TestRunInDatelineNoAnchor: a run-in dateline ("CANBERRA, 14 September
// 2016 – The minister met ...") is the release's date, not a date of the
// story in its sentence: a year-less day there takes its year from the
// tense, as it would in the next paragraph, not the year nearest the
// dateline.
func TestRunInDatelineNoAnchor(t *testing.T) {
	checkYears(t, []yearCase{
		{"met on, place in capitals", "T\n\nCANBERRA, 14 September 2016 – The minister met her counterpart on 12 February to sign the accord.", []string{"2016-02-12"}, []string{"2017-02-12"}},
		{"fronted date, bracketed dateline", "T\n\nGENEVA (14 September 2016) - On 12 February, the envoy travelled to Baghdad to meet officials.", []string{"2016-02-12"}, []string{"2017-02-12"}},
		{"relative clause, colon", "T\n\nSingapore, 14 September 2016: The ministers, who first met on 12 February, agreed to continue.", []string{"2016-02-12"}, []string{"2017-02-12"}},
		{"future stays ahead", "T\n\nCANBERRA, 14 September 2016 – The minister will visit Baghdad on 12 February to meet officials.", []string{"2017-02-12"}, []string{"2016-02-12"}},
		{"a date in the sentence still anchors", "T\n\nThe accord, signed on 3 January 2017, took effect on 12 February.", []string{"2017-02-12"}, []string{"2016-02-12"}},
	})
}
