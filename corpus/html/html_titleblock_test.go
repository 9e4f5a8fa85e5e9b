package html_test

import (
	"strings"
	"testing"
)

// TestHTMLTitleBlock: the headline, date line and lead paragraph that sit
// in the article's wrapper before its body are kept with the body, in
// three wordings and markups; a wrapper that adds stories after the body,
// or many headings before it, is not taken for the article.
func TestHTMLTitleBlock(t *testing.T) {
	body := func(s string) string {
		return `<div class="bodytext">` + strings.Repeat("<p>"+s+" The works were planned over two years, with the unions, the shipping lines and the city, and the cost was shared between them.</p>", 6) + `</div>`
	}
	side := `<div class="side"><ul><li><a href="/a">Home</a></li><li><a href="/b">Contact</a></li><li><a href="/c">Archive</a></li></ul></div>`
	tests := []mainContentCase{
		{"headline, date and lead over the body",
			side + `<div class="col"><div class="item"><h2>Harbour reopens after repairs</h2><div class="when">3 May 2024</div><div class="intro"><p>The harbour opened again on Friday after eight months of repairs to its quay walls and cranes, the port authority said.</p></div>` + body("Ships returned at dawn.") + `</div></div>`,
			[]string{"harbour opened again on Friday", "Ships returned at dawn"}, []string{"Archive"}},
		{"German headline, subtitle and teaser",
			side + `<div class="news"><div class="single"><h3>Neue Radwege für die Innenstadt</h3><h4>Stadtrat beschließt Ausbau</h4><div class="teaser-text"><p>Der Stadtrat hat am Dienstag den Ausbau von zwölf Kilometern Radwegen in der Innenstadt beschlossen, wie die Verwaltung mitteilte.</p></div>` + body("Die Arbeiten beginnen im Frühjahr.") + `</div></div>`,
			[]string{"zwölf Kilometern Radwegen", "Die Arbeiten beginnen"}, nil},
		{"Spanish kicker and summary",
			side + `<section class="nota"><h2>Salud</h2><p class="bajada">El ministerio abrirá cuatro nuevos centros de vacunación en la provincia antes del invierno, según informó el gobierno regional.</p>` + body("Los centros abrirán de lunes a sábado.") + `</section>`,
			[]string{"cuatro nuevos centros", "Los centros abrirán"}, nil},
		{"stories after the body stay out",
			side + `<div class="col"><div class="item">` + body("Ships returned at dawn.") + `<h3>More from the port</h3><p>A new ferry line to the islands starts in June, with three crossings a day and lower fares for residents.</p></div></div>`,
			[]string{"Ships returned at dawn"}, []string{"More from the port", "new ferry line"}},
		{"many headings before the body stay out",
			side + `<div class="col"><h3>Topics</h3><p>Transport, housing, health and the environment, with the latest figures.</p><h3>Events</h3><p>Public meetings on the budget are held every month in the town hall.</p><h3>Archive</h3><p>Older releases are kept for ten years and can be searched by date.</p>` + body("Ships returned at dawn.") + `</div>`,
			[]string{"Ships returned at dawn"}, []string{"Public meetings on the budget"}},
	}
	runDetectorCases(t, tests)
}

// TestHTMLTitleBlockOverArticleBody: a body marked up as the article's
// body (itemprop="articleBody") takes the title block before it (the
// description or lead, a headline, a date line), in three wordings and
// markups; what follows the body, and a block larger than a quarter of
// it, stay out.
func TestHTMLTitleBlockOverArticleBody(t *testing.T) {
	body := func(s string) string {
		return `<div class="text" itemprop="articleBody">` + strings.Repeat("<p>"+s+" The programme was agreed with the regions and the schools, and it will be reviewed after its first year.</p>", 6) + `</div>`
	}
	side := `<div class="side"><ul><li><a href="/a">Home</a></li><li><a href="/b">Contact</a></li><li><a href="/c">Archive</a></li></ul></div>`
	tests := []mainContentCase{
		{"description over the body",
			side + `<div class="item" itemscope><h3 itemprop="headline">Free school meals extended</h3><div class="lead" itemprop="description"><p>Free school meals will be offered to all primary pupils from September, the education department announced on Monday.</p></div>` + body("Schools will receive the funds in August.") + `</div>`,
			[]string{"all primary pupils from September", "Schools will receive the funds"}, nil},
		{"German lead without a heading",
			side + `<div class="news-single"><div class="article"><div class="teaser-text"><p>Die Landesregierung fördert den Ausbau der Ladesäulen im ländlichen Raum in diesem Jahr mit zusätzlichen acht Millionen Euro.</p></div>` + body("Anträge können ab Juni gestellt werden.") + `</div></div>`,
			[]string{"zusätzlichen acht Millionen Euro", "Anträge können ab Juni"}, nil},
		{"French date line and chapeau",
			side + `<div class="fiche"><div class="date">12 mars 2024</div><p class="chapo">La préfecture ouvre trois nouveaux centres d'accueil pour les démarches de titres de séjour dans le département.</p>` + body("Les centres seront ouverts du lundi au vendredi.") + `</div>`,
			[]string{"trois nouveaux centres", "Les centres seront ouverts"}, nil},
		{"related stories after the body stay out",
			side + `<div class="item">` + body("Schools will receive the funds in August.") + `<div class="more"><p>A new bus route to the hospital opens next week, with buses every twenty minutes on weekdays.</p></div></div>`,
			[]string{"Schools will receive the funds"}, []string{"new bus route"}},
	}
	runDetectorCases(t, tests)
}
