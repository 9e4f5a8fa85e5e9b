package dates

import (
	"testing"

	"github.com/communique/communique/corpus"
)

// TestForeignRangesAndOrdinals: day ranges of other languages ("du ...
// au ...", "vom 3. bis 5.", "del 3 al 5", "dal 3 al 5", "van 3 tot 5")
// are one range value; the Spanish, Portuguese and Italian ordinal days
// ("1º de marzo", "1.º de junho", "1° marzo") are days; a temperature's
// degree sign before no month is no date.
func TestForeignRangesAndOrdinals(t *testing.T) {
	checkDatesContain(t, []datesCase{
		{"french across months", "T\n\n" + bodyFR + " La conférence aura lieu du 30 novembre au 2 décembre 2025 à Paris.", "", []string{"2025-11-30/2025-12-02"}},
		{"german days with stops", "T\n\n" + bodyDE + " Die Tagung findet vom 3. bis 5. März 2025 in Berlin statt.", "", []string{"2025-03-03/2025-03-05"}},
		{"spanish del al", "T\n\n" + bodyES + " El seminario se celebrará del 3 al 5 de marzo de 2025 en Madrid.", "", []string{"2025-03-03/2025-03-05"}},
		{"italian dal al", "T\n\n" + bodyIT + " Il convegno si terrà dal 7 al 9 aprile 2025 a Roma.", "", []string{"2025-04-07/2025-04-09"}},
		{"dutch van tot", "T\n\n" + bodyNL + " De bijeenkomst vindt plaats van 10 tot 12 juni 2025 in Den Haag.", "", []string{"2025-06-10/2025-06-12"}},
		{"spanish ordinal day", "T\n\n" + bodyES + " La norma entra en vigor el 1º de marzo de 2025.", "", []string{"2025-03-01"}},
		{"portuguese ordinal with a stop", "T\n\n" + bodyPT + " O acordo foi assinado em 1.º de junho de 2024.", "", []string{"2024-06-01"}},
		{"italian degree-sign ordinal", "T\n\n" + bodyIT + " La legge è in vigore dal 1° luglio 2023.", "", []string{"2023-07-01"}},
	})
	f := newTestFinder(t)
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
	const fm = "date: 2018-03-09"
	checkDatesContain(t, []datesCase{
		{"french past", "T\n\n" + bodyFR + " En septembre, la secrétaire a lancé la recherche d'un dirigeant.", fm, []string{"2017-09"}},
		{"french ahead", "T\n\n" + bodyFR + " Nous accueillerons le dirigeant au service en avril.", fm, []string{"2018-04"}},
		{"spanish", "T\n\n" + bodyES + " El ministro presentará el informe en abril ante el parlamento.", fm, []string{"2018-04"}},
		{"portuguese", "T\n\n" + bodyPT + " O relatório será apresentado em abril ao parlamento.", fm, []string{"2018-04"}},
	})
	f := newTestFinder(t)
	dates, _ := f.Find(&corpus.Article{Title: "T", Text: "T\n\n" + bodyEN + " The Mars rover and the Juin team met.", Masthead: fm})
	for _, v := range dateValues(dates) {
		if v != "2018-03-09" {
			t.Errorf("a capitalized name read as a month: %v", dateValues(dates))
		}
	}
}
