package dates

import (
	"slices"
	"testing"

	"github.com/communique/communique/corpus"
)

// Bodies in the languages of the locale rules (written for these tests).
const (
	bodyEN = "The ministers met to discuss cooperation on trade, energy and climate, and agreed that their officials would meet again with the experts who have been named."
	bodyFR = "Les ministres ont adopté une déclaration commune sur la coopération dans le domaine de l'énergie. Ils sont convenus de poursuivre les travaux avec les experts qui ont été désignés pour ces questions."
	bodyDE = "Die Minister haben sich auf eine gemeinsame Studie geeinigt, die von den Fachleuten der beiden Länder erstellt wird. Sie werden die Ergebnisse mit dem Parlament besprechen, das für die Umsetzung zuständig ist."
	bodyES = "Los ministros acordaron un estudio conjunto sobre la red eléctrica entre los dos países. También se comprometieron a trabajar con las autoridades regionales para que los resultados estén disponibles según el calendario."
	bodyIT = "I ministri hanno concordato uno studio comune sulla rete elettrica. Gli esperti della commissione sono stati incaricati di presentare anche le proposte nella prossima riunione delle delegazioni."
	bodyNL = "De ministers zijn het eens geworden over een gezamenlijke studie naar het net. Het onderzoek wordt uitgevoerd door de deskundigen van beide landen en de resultaten worden ook bij de volgende bijeenkomst besproken."
	bodyPT = "Os ministros acordaram um estudo conjunto sobre a rede elétrica entre os dois países. Também foi decidido que os resultados serão apresentados com as propostas dos peritos pela comissão mista."
)

// TestForeignMonthYear: a month of another language with its year and no
// day is a month date where the language writes it in lower case, where a
// word or a label's colon licenses it, or alone on a line of a text in
// that language; never a capitalized name inside a sentence or a line of
// an English text ("Mars 2020" is a mission).
func TestForeignMonthYear(t *testing.T) {
	tests := []struct{ name, title, text, wantPub, wantDate string }{
		{"french lower case in a sentence", "Rapport", "Rapport\n\n" + bodyFR + " Le rapport final est attendu en mars 2021.", "", "2021-03"},
		{"spanish with de", "Informe", "Informe\n\n" + bodyES + " El plan entró en vigor en febrero de 2020.", "", "2020-02"},
		{"german after im", "Bericht", "Bericht\n\n" + bodyDE + " Die Studie wurde im Januar 2019 vorgelegt.", "", "2019-01"},
		{"german after a label's colon", "Bericht", "Bericht\nStand: Januar 2019\n\n" + bodyDE, "2019-01", "2019-01"},
		{"french report month alone", "Rapport annuel sur le réseau", "Rapport annuel sur le réseau\nMars 2021\n\n" + bodyFR, "2021-03", "2021-03"},
		{"dutch report month alone", "Jaarverslag", "Jaarverslag\nMaart 2023\n\n" + bodyNL, "2023-03", "2023-03"},
		{"italian report month in capitals", "Relazione annuale", "Relazione annuale\nAPRILE 2022\n\n" + bodyIT, "2022-04", "2022-04"},
		{"german report month in capitals", "Jahresbericht", "Jahresbericht\nJANUAR 2019\n\n" + bodyDE, "2019-01", "2019-01"},
		{"a mission in an english text", "Mission update", "Mission update\nMars 2020\n\n" + bodyEN, "", ""},
		{"a mission in capitals in an english text", "Mission update", "Mission update\nMARS 2020\n\n" + bodyEN, "", ""},
		{"a capitalized name inside a sentence", "Mission update", "Mission update\n\n" + bodyEN + " The Mars 2020 rover landed safely.", "", ""},
	}
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dates, pub := f.Find(&corpus.Article{Title: tc.title, Text: tc.text})
			if pub != tc.wantPub {
				t.Errorf("published got %q, want %q", pub, tc.wantPub)
			}
			if got := dateValues(dates); (tc.wantDate == "") != (len(got) == 0) || (tc.wantDate != "" && !slices.Contains(got, tc.wantDate)) {
				t.Errorf("dates got %v, want %q", got, tc.wantDate)
			}
		})
	}
}

// TestCapitalForeignMonths: month names of other languages in capitals,
// accented letters included, read like their lower-case forms.
func TestCapitalForeignMonths(t *testing.T) {
	tests := []titledPubCase{
		{"french accented capitals", "Communiqué", "Communiqué\n\nPARIS, 5 DÉCEMBRE 2020 – " + bodyFR, "2020-12-05"},
		{"german umlaut capitals", "Erklärung", "Erklärung\n\nBERLIN, 3. MÄRZ 2016\n\n" + bodyDE, "2016-03-03"},
		{"portuguese cedilla capitals", "Comunicado", "Comunicado\n\nLISBOA, 3 DE MARÇO DE 2020\n\n" + bodyPT, "2020-03-03"},
		{"french first of the month", "Communiqué", "Communiqué\n\nParis, le 1er août 2019\n\n" + bodyFR, "2019-08-01"},
		{"french first of the month in capitals", "Communiqué", "Communiqué\n\nPARIS, 1ER AOÛT 2019\n\n" + bodyFR, "2019-08-01"},
	}
	checkPublished(t, tests)
}

// TestSpelledYear: a year written out in words after a day of a month,
// as formal closings write it.
func TestSpelledYear(t *testing.T) {
	tests := []titledPubCase{
		{"two thousand and twenty-five", "Joint statement", "Joint statement\n\n" + bodyEN + "\n\n" + bodyEN + "\n\nSigned in Tokyo this 28th day of October, two thousand and twenty-five.", "2025-10-28"},
		{"nineteen hundred and ninety-nine", "Agreement", "Agreement\n\n" + bodyEN + "\n\n" + bodyEN + "\n\nDone at Geneva on the 5th day of May, nineteen hundred and ninety-nine.", "1999-05-05"},
		{"in the year two thousand and nineteen", "Memorandum", "Memorandum\n\n" + bodyEN + "\n\n" + bodyEN + "\n\nSigned at Canberra this 1st day of June in the year two thousand and nineteen", "2019-06-01"},
		{"two thousand alone", "Treaty", "Treaty\n\n" + bodyEN + "\n\n" + bodyEN + "\n\nDone at Paris this 3rd day of March, two thousand.", "2000-03-03"},
	}
	checkPublished(t, tests)
}

// TestNumericDayOrder: an all-numeric date that reads both ways takes the
// day first when a 24-hour time stands beside it or when the text is
// written in a day-first language; otherwise it stays unread.
func TestNumericDayOrder(t *testing.T) {
	tests := []titledPubCase{
		{"stamp with a dash and a 24-hour time", "Talks held", "Talks held\n12-05-2015 - 14:30\n\n" + bodyEN, "2015-05-12"},
		{"slashes and a morning time", "Talks held", "Talks held\n03/04/2014 09:15\n\n" + bodyEN, "2014-04-03"},
		{"dots and a french hour", "Talks held", "Talks held\nDate: 03.04.2014, 18h30\n\n" + bodyEN, "2014-04-03"},
		{"a 12-hour time settles nothing", "Talks held", "Talks held\n05-06-2020 - 2:30 PM\n\n" + bodyEN, ""},
		{"italian text", "Comunicato", "Comunicato\nData di pubblicazione: 12/04/2022\n\n" + bodyIT, "2022-04-12"},
		{"dutch text", "Persbericht", "Persbericht\nDatum: 03-04-2021\n\n" + bodyNL, "2021-04-03"},
		{"portuguese text", "Comunicado", "Comunicado\nPublicado em 05/06/2020\n\n" + bodyPT, "2020-06-05"},
		{"english text settles nothing", "Talks held", "Talks held\nDate: 03/04/2021\n\n" + bodyEN, ""},
	}
	checkPublished(t, tests)
}

// TestForeignReleaseLabels: release-date labels of other languages.
func TestForeignReleaseLabels(t *testing.T) {
	tests := []titledPubCase{
		{"spanish publication date", "Nota", "Nota\nFecha de publicación: 3 de marzo de 2021\n\n" + bodyES, "2021-03-03"},
		{"italian publication date", "Comunicato", "Comunicato\nData di pubblicazione: 12 aprile 2022\n\n" + bodyIT, "2022-04-12"},
		{"dutch publication date", "Persbericht", "Persbericht\nPublicatiedatum: 14 februari 2023\n\n" + bodyNL, "2023-02-14"},
		{"portuguese publication date", "Comunicado", "Comunicado\nData de publicação: 3 de março de 2020\n\n" + bodyPT, "2020-03-03"},
		{"french put online", "Communiqué", "Communiqué\nMis en ligne le 5 mars 2021\n\n" + bodyFR, "2021-03-05"},
		{"german appeared on", "Mitteilung", "Mitteilung\nErschienen am 29. Januar 2019\n\n" + bodyDE, "2019-01-29"},
		{"an event's date is no label", "Nota", "Nota\n\n" + bodyES + "\n\nFecha de la reunión: 3 de marzo de 2021", ""},
	}
	checkPublished(t, tests)
}

// titledPubCase is one release-date test: a text with its title and the
// published date it must get ("" for none).
type titledPubCase struct{ name, title, text, want string }

// checkPublished runs Find on each case and compares its release date.
func checkPublished(t *testing.T, tests []titledPubCase) {
	t.Helper()
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, pub := f.Find(&corpus.Article{Title: tc.title, Text: tc.text}); pub != tc.want {
				t.Errorf("published got %q, want %q", pub, tc.want)
			}
		})
	}
}

func dateValues(ds []Date) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Value)
	}
	return out
}

// TestClosingOriginals: a closing dateline may go on to say in which
// copies or languages the text was done.
func TestClosingOriginals(t *testing.T) {
	end := func(line string) string { return "Joint statement\n\n" + bodyEN + "\n\n" + bodyEN + "\n\n" + line }
	checkPublished(t, []titledPubCase{
		{"two originals", "Joint statement", end("Done at Brussels on 12 June 2023, in two originals in the English language."), "2023-06-12"},
		{"in duplicate", "Joint statement", end("Signed at Canberra on 4 June 2019, in duplicate, in the English and Japanese languages"), "2019-06-04"},
		{"equally authentic", "Joint statement", end("Done in Geneva on 7 July 2025, in the English, French and Spanish languages, each text being equally authentic"), "2025-07-07"},
		{"a sentence goes on", "Joint statement", end("Issued in Vientiane on 11 October 2024, the statement was welcomed. Ministers will meet again."), ""},
	})
}

// TestDateBeforeTime: a time of day after a date and a dash is no range
// end ("March 4, 2024 - 10:15am" is one day).
func TestDateBeforeTime(t *testing.T) {
	checkPublished(t, []titledPubCase{
		{"weekday, date, dash, time", "Talks held", "Talks held\nPosted on: Monday, March 4, 2024 - 10:15am\n\n" + bodyEN, "2024-03-04"},
		{"24-hour time", "Talks held", "Talks held\nPublished: June 3, 2024 - 09:30\n\n" + bodyEN, "2024-06-03"},
		{"afternoon time", "Talks held", "Talks held\nReleased May 5, 2021 - 4:15pm\n\n" + bodyEN, "2021-05-05"},
		{"a day range stays a range", "Talks held", "Talks held\n\n" + bodyEN + " The forum runs March 4 - 10, 2024 in Geneva.", ""},
	})
}

// TestDocumentOrder: the sources of the numeric day order in their order
// of trust.
func TestDocumentOrder(t *testing.T) {
	tests := []struct {
		name, text, lang string
		want             dayOrder
	}{
		{"unambiguous numeric date over the language", bodyDE + " Am 12/31/2023 begann es.", "", dayOrder{settled: true}},
		{"the language over word dates", bodyDE + " Zitat vom November 3, 2023.", "", dayOrder{dayFirst: true, settled: true}},
		{"word dates over the locale", bodyEN + " It was signed on 5 March 2014.", "en-US", dayOrder{dayFirst: true, settled: true}},
		{"the locale last", bodyEN, "en-GB", dayOrder{dayFirst: true, settled: true}},
		{"nothing settles", bodyEN, "", dayOrder{}},
	}
	f := newTestFinder(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &corpus.Article{Text: tc.text, Meta: corpus.Meta{Lang: tc.lang}}
			if got := f.documentOrder(a, f.parse(tc.text), f.textLanguage(tc.text)); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestForeignWeekdayDatelines: a weekday of another language before the
// date, after the place or alone, keeps a dateline a dateline.
func TestForeignWeekdayDatelines(t *testing.T) {
	checkPublished(t, []titledPubCase{
		{"french weekday alone", "Communiqué", "Communiqué\nmardi 5 mars 2024\n\n" + bodyFR, "2024-03-05"},
		{"spanish place and weekday", "Comunicado", "Comunicado\n\nMadrid, martes 5 de marzo de 2024\n\n" + bodyES, "2024-03-05"},
		{"portuguese hyphenated weekday", "Comunicado", "Comunicado\nterça-feira, 5 de março de 2024\n\n" + bodyPT, "2024-03-05"},
		{"italian accented weekday", "Comunicato", "Comunicato\nmartedì 5 marzo 2024\n\n" + bodyIT, "2024-03-05"},
		{"dutch weekday", "Persbericht", "Persbericht\ndinsdag 5 maart 2024\n\n" + bodyNL, "2024-03-05"},
		{"a weekday in a sentence", "Communiqué", "Communiqué\n\n" + bodyFR + "\n\nLa réunion aura lieu mardi 5 mars 2024 à Paris.", ""},
	})
}

// TestForeignTimeWords: a time of day with its unit word after a dateline
// date ("14:30 Uhr", "14h30", "ore 12").
func TestForeignTimeWords(t *testing.T) {
	checkPublished(t, []titledPubCase{
		{"german Uhr", "Mitteilung", "Mitteilung\n5. März 2024, 14:30 Uhr\n\n" + bodyDE, "2024-03-05"},
		{"portuguese h", "Comunicado", "Comunicado\n\nBrasília, 5 de março de 2024 - 14h30\n\n" + bodyPT, "2024-03-05"},
		{"dutch uur", "Persbericht", "Persbericht\n5 maart 2024 14.30 uur\n\n" + bodyNL, "2024-03-05"},
	})
}

// TestForeignPressReleaseLabels: "press release" of other languages
// before the release date.
func TestForeignPressReleaseLabels(t *testing.T) {
	checkPublished(t, []titledPubCase{
		{"french communiqué de presse du", "Réseau", "Réseau\nCommuniqué de presse du 5 mars 2024\n\n" + bodyFR, "2024-03-05"},
		{"spanish nota de prensa", "Red", "Red\nNota de prensa, 5 de marzo de 2024\n\n" + bodyES, "2024-03-05"},
		{"german Pressemitteilung vom", "Netz", "Netz\nPressemitteilung vom 5. März 2024\n\n" + bodyDE, "2024-03-05"},
		{"italian comunicato stampa", "Rete", "Rete\nComunicato stampa 5 marzo 2024\n\n" + bodyIT, "2024-03-05"},
	})
}

// TestParenthesizedDateline: a dateline whose date stands in parentheses
// before the first sentence.
func TestParenthesizedDateline(t *testing.T) {
	checkPublished(t, []titledPubCase{
		{"german place and dotted date", "Gedenken", "Gedenken\n\nKarlsruhe, (12.11.2021). " + bodyDE, "2021-11-12"},
		{"english place in capitals and a dash", "Talks held", "Talks held\n\nBERLIN (5 March 2024) - " + bodyEN, "2024-03-05"},
		{"french place and en dash", "Communiqué", "Communiqué\n\nParis, (5 mars 2024) – " + bodyFR, "2024-03-05"},
		{"a parenthesis inside a sentence", "Talks held", "Talks held\n\nThe ministers who met in Berlin (5 March 2024) agreed on a plan.\n\n" + bodyEN, ""},
	})
}

// TestSoutheastAsianAndSwahiliMonths: datelines with Indonesian, Malay,
// Filipino and Swahili month names (CLDR), day first; a month name alone
// before a year is none.
func TestSoutheastAsianAndSwahiliMonths(t *testing.T) {
	checkPublished(t, []titledPubCase{
		{"indonesian", "Siaran Pers", "Siaran Pers\n\nJakarta, 3 Maret 2016\n\n" + bodyEN, "2016-03-03"},
		{"indonesian august", "Siaran Pers", "Siaran Pers\n\nJakarta, 17 Agustus 2021\n\n" + bodyEN, "2021-08-17"},
		{"malay", "Kenyataan Media", "Kenyataan Media\n\nPutrajaya, 5 Ogos 2022\n\n" + bodyEN, "2022-08-05"},
		{"malay march", "Kenyataan Media", "Kenyataan Media\n\nKuala Lumpur, 12 Mac 2023\n\n" + bodyEN, "2023-03-12"},
		{"filipino", "Pahayag", "Pahayag\n\nMaynila, 12 Hunyo 2019\n\n" + bodyEN, "2019-06-12"},
		{"swahili", "Taarifa", "Taarifa\n\nNairobi, 14 Machi 2023\n\n" + bodyEN, "2023-03-14"},
		{"month first is none", "Siaran Pers", "Siaran Pers\n\nMaret 2016\n\n" + bodyEN, ""},
	})
}
