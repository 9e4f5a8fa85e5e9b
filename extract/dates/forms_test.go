package dates

import "testing"

// TestPublishedCommonForms: the release date in the common forms of
// header lines and datelines, each in three or more wordings.
func TestPublishedCommonForms(t *testing.T) {
	const body = "The ministers met to discuss cooperation on trade, energy and climate, and agreed to meet again next year in the capital of the other country."
	tests := []titledPubCase{
		{"published label", "Talks held", "Talks held\nPublished 12 May 2015\n\n" + body, "2015-05-12"},
		{"posted label", "Talks held", "Talks held\nPosted: April 4, 2014\n\n" + body, "2014-04-04"},
		{"release date label", "Talks held", "Talks held\nRelease date: 3 March 2021\n\n" + body, "2021-03-03"},
		{"date label", "Talks held", "Talks held\nDate: 14/10/2022\n\n" + body, "2022-10-14"},
		{"numeric stamp with time", "Talks held", "Talks held\n25-05-2015 - 14:30\n\n" + body, "2015-05-25"},
		{"numeric stamp slashes", "Talks held", "Talks held\n31/01/2020 09:00\n\n" + body, "2020-01-31"},
		{"numeric stamp pipe", "Talks held", "Talks held\n19-08-2021 | 10:15\n\n" + body, "2021-08-19"},
		{"year first slashes", "Talks held", "Talks held\n2019/11/05\n\n" + body, "2019-11-05"},
		{"dotted day first", "Talks held", "Talks held\n05.11.2019\n\n" + body, "2019-11-05"},
		{"weekday abbreviated", "Talks held", "Talks held\nTue, Sep 12, 2023\n\n" + body, "2023-09-12"},
		{"date at time", "Talks held", "Talks held\nMarch 3, 2016 at 11:15 AM ET\n\n" + body, "2016-03-03"},
		{"dateline upper place", "Talks held", "Talks held\n\nTOKYO, March 3, 2016 - " + body, "2016-03-03"},
		{"dateline day first", "Talks held", "Talks held\n\nSingapore, 05 January 2024 – " + body, "2024-01-05"},
		{"dateline en dash place", "Talks held", "Talks held\n\nBrussels, 30 November 2023 — " + body, "2023-11-30"},
		{"issued in at the end", "Chairman's statement", "Chairman's statement\n\n" + body + "\n\n" + body + "\n\nIssued in Vientiane on 11 October 2024", "2024-10-11"},
		{"signed in at the end", "Joint statement", "Joint statement\n\n" + body + "\n\n" + body + "\n\nSigned in Canberra on 4 June 2019.", "2019-06-04"},
		{"done at at the end", "Joint communique", "Joint communique\n\n" + body + "\n\n" + body + "\n\nDone at Hanoi, 4 April 2025", "2025-04-04"},
		{"issued at with this day", "Press statement", "Press statement\n\n" + body + "\n\n" + body + "\n\nIssued at Port Moresby on this day, 2 May 2023\n\nMedia contact: press office", "2023-05-02"},
		{"adopted in at the end", "Declaration", "Declaration\n\n" + body + "\n\n" + body + "\n\nAdopted in Geneva on 7 July 2025", "2025-07-07"},
		{"newsletter issue", "Bulletin", "Bulletin\nVol. 12 No. 4, April 30, 2021\n\n" + body, "2021-04-30"},
		{"issue number line", "Digital Bulletin", "Digital Bulletin\nIssue 18 | 30 May 2025\n\n" + body, "2025-05-30"},
		{"closing place line is not an event", "Talks held", "Talks held\n\n" + body + "\n\nThe next meeting will be held in Tokyo on 4 June 2026.", ""},
		{"french dateline", "Communiqué conjoint", "Communiqué conjoint\n\nParis, le 4 avril 2025\n\n" + body, "2025-04-04"},
		{"german dateline with dotted day", "Gemeinsame Erklärung", "Gemeinsame Erklärung\n\nBerlin, den 3. März 2016\n\n" + body, "2016-03-03"},
		{"spanish dateline with de", "Comunicado conjunto", "Comunicado conjunto\n\nMadrid, 5 de junio de 2024\n\n" + body, "2024-06-05"},
		{"italian dateline", "Dichiarazione congiunta", "Dichiarazione congiunta\n\nRoma, 12 maggio 2015 – " + body, "2015-05-12"},
		{"dutch date line", "Gezamenlijke verklaring", "Gezamenlijke verklaring\n5 maart 2024\n\n" + body, "2024-03-05"},
		{"portuguese labelled date", "Comunicado", "Comunicado\nPublicado: 5 de junho de 2024\n\n" + body, "2024-06-05"},
		{"english label, french month", "Communiqué", "Communiqué\nPublished 12 mai 2015\n\n" + body, "2015-05-12"},
		{"german update stamp is no dateline", "Blogartikel", "Blogartikel\nAktualisiert am 19.02.2020\n\n" + body, ""},
		{"french update stamp is no dateline", "Article", "Article\nMis à jour le 4 avril 2025\n\n" + body, ""},
		{"german published label", "Artikel", "Artikel\nVeröffentlicht am 3. März 2016\n\n" + body, "2016-03-03"},
		{"spanish published label", "Nota", "Nota\nPublicado el 5 de junio de 2024\n\n" + body, "2024-06-05"},
		{"french published label", "Note", "Note\nPublié le 12 mai 2015\n\n" + body, "2015-05-12"},
		{"a mission name is no month", "Mission update", "Mission update\nMars 2020\n\n" + body, ""},
		{"report month", "Annual review", "Annual review\nMarch 2019\n\n" + body, "2019-03"},
	}
	checkPublished(t, tests)
}
