package dates

import (
	"slices"
	"testing"

	"github.com/communique/communique/corpus"
)

// TestForeignRangesAndOrdinals: day ranges of other languages ("du ...
// au ...", "vom 3. bis 5.", "del 3 al 5", "dal 3 al 5", "van 3 tot 5")
// are one range value; the Spanish, Portuguese and Italian ordinal days
// ("1º de marzo", "1.º de junho", "1° marzo") are days; a temperature's
// degree sign before no month is no date.
func TestForeignRangesAndOrdinals(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"french across months", bodyFR + " La conférence aura lieu du 30 novembre au 2 décembre 2025 à Paris.", "2025-11-30/2025-12-02"},
		{"german days with stops", bodyDE + " Die Tagung findet vom 3. bis 5. März 2025 in Berlin statt.", "2025-03-03/2025-03-05"},
		{"spanish del al", bodyES + " El seminario se celebrará del 3 al 5 de marzo de 2025 en Madrid.", "2025-03-03/2025-03-05"},
		{"italian dal al", bodyIT + " Il convegno si terrà dal 7 al 9 aprile 2025 a Roma.", "2025-04-07/2025-04-09"},
		{"dutch van tot", bodyNL + " De bijeenkomst vindt plaats van 10 tot 12 juni 2025 in Den Haag.", "2025-06-10/2025-06-12"},
		{"spanish ordinal day", bodyES + " La norma entra en vigor el 1º de marzo de 2025.", "2025-03-01"},
		{"portuguese ordinal with a stop", bodyPT + " O acordo foi assinado em 1.º de junho de 2024.", "2024-06-01"},
		{"italian degree-sign ordinal", bodyIT + " La legge è in vigore dal 1° luglio 2023.", "2023-07-01"},
	}
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dates, _ := f.Find(&corpus.Article{Title: "T", Text: "T\n\n" + tc.text})
			if got := dateValues(dates); !slices.Contains(got, tc.want) {
				t.Errorf("dates %v, want %s among them", got, tc.want)
			}
		})
	}
	dates, _ := f.Find(&corpus.Article{Title: "T", Text: "T\n\n" + bodyEN + " It was 25° in the shade and 30 ° at noon."})
	if got := dateValues(dates); len(got) != 0 {
		t.Errorf("temperatures read as dates: %v", got)
	}
}

// TestForeignBareMonth: a month of another language in lower case after a
// word that licenses a bare month ("en septembre", "em março", "im
// Oktober" is German's capitalized noun and needs its year) takes its year
// from the release date; a capitalized foreign name alone is no month.
func TestForeignBareMonth(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"french past", bodyFR + " En septembre, la secrétaire a lancé la recherche d'un dirigeant.", "2017-09"},
		{"french ahead", bodyFR + " Nous accueillerons le dirigeant au service en avril.", "2018-04"},
		{"spanish", bodyES + " El ministro presentará el informe en abril ante el parlamento.", "2018-04"},
		{"portuguese", bodyPT + " O relatório será apresentado em abril ao parlamento.", "2018-04"},
	}
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dates, _ := f.Find(&corpus.Article{Title: "T", Text: "T\n\n" + tc.text, Masthead: "date: 2018-03-09"})
			if got := dateValues(dates); !slices.Contains(got, tc.want) {
				t.Errorf("dates %v, want %s among them", got, tc.want)
			}
		})
	}
	dates, _ := f.Find(&corpus.Article{Title: "T", Text: "T\n\n" + bodyEN + " The Mars rover and the Juin team met.", Masthead: "date: 2018-03-09"})
	for _, v := range dateValues(dates) {
		if v != "2018-03-09" {
			t.Errorf("a capitalized name read as a month: %v", dateValues(dates))
		}
	}
}
