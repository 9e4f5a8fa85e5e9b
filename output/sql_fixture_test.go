package output

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/agenda"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
)

// Fixture documents for the database tests, modelled on the dev corpus:
// a bilateral dialogue with an agenda, a newsletter with two articles, a
// short news item, and a document that failed. Entities are stated as the
// extractor states them; spans are found in the text.

// fixtureDoc is one source and what the pipeline made of it.
type fixtureDoc struct {
	src      corpus.Source
	articles []fixtureArticle
	err      string // a failed document
}

type fixtureArticle struct {
	title, text string
	res         extract.Result
}

// records returns the document's records in pipeline order.
func (d fixtureDoc) records() []Record {
	if d.err != "" {
		return []Record{NewErrorRecord(d.src, d.err)}
	}
	var out []Record
	for i, a := range d.articles {
		art := corpus.Article{Source: d.src, Format: corpus.FormatText, Segment: i, Title: a.title, Text: a.text}
		out = append(out, NewRecord(art, deepCopy(a.res)))
	}
	return out
}

// deepCopy copies res: NewRecord converts mention offsets in place, and
// fixtures share their slices.
func deepCopy(res extract.Result) extract.Result {
	out := extract.NewResult(res.Language)
	for _, p := range res.Parts() {
		b, err := json.Marshal(p)
		if err != nil {
			panic(err)
		}
		v := reflect.New(reflect.TypeOf(p))
		if err := json.Unmarshal(b, v.Interface()); err != nil {
			panic(err)
		}
		out.Set(v.Elem().Interface())
	}
	return out
}

func recordsOf(docs []fixtureDoc) []Record {
	var out []Record
	for _, d := range docs {
		out = append(out, d.records()...)
	}
	return out
}

func src(path, sha string) corpus.Source {
	return corpus.Source{URI: "file:///corpus/" + path, Path: "corpus/" + path, SHA256: sha, ContentType: "text/plain; charset=utf-8", Size: 4096}
}

// spans returns every occurrence of each form in text, as byte offsets
// (the extractor's convention; NewRecord converts them).
func spans(text string, forms ...string) []extract.Mention {
	var ms []extract.Mention
	for _, f := range forms {
		if f == "" {
			continue
		}
		for off := 0; ; {
			i := strings.Index(text[off:], f)
			if i < 0 {
				break
			}
			start := off + i
			ms = append(ms, extract.Mention{Text: f, Start: start, End: start + len(f)})
			off = start + len(f)
		}
	}
	return ms
}

// agendaAt returns the agenda item whose label starts the line beginning
// with line, running to the next item or the end of text.
func agendaAt(text string, items []agenda.AgendaItem) []agenda.AgendaItem {
	for i := range items {
		start := strings.Index(text, items[i].Label+items[i].Title)
		if start < 0 {
			start = strings.Index(text, items[i].Label+" "+items[i].Title)
		}
		if start < 0 {
			panic(fmt.Sprintf("fixture: agenda item %q not in text", items[i].Label))
		}
		items[i].Start = start
		items[i].End = len(text)
		if i > 0 {
			items[i-1].End = start - 1
		}
		items[i].Text = strings.TrimSpace(text[start:items[i].End])
	}
	return items
}

func intp(i int) *int { return &i }

const (
	titleDialogue = "Outcome of Fourth Director General Level Meeting of the Japan-U.S. Policy Cooperation Dialogue on the Internet Economy"
	titleASEAN    = "Results of 10th Japan-ASEAN Information Security Policy Meeting"
	titleEU       = "Results of 23rd Japan-EU ICT Policy Dialogue"
	titleTalks    = "U.S., Japanese officials to hold cybersecurity talks next week"
)

const textDialogue = `The “Fourth Director General-Level Meeting of the Japan-U.S. Policy Cooperation Dialogue on the Internet Economy” was held on October 18/19, 2012, by the Ministry of Internal Affairs and Communications (MIC) and the U.S. Department of State in Washington, D.C.
1.Major achievements of the Fourth Director General-Level Meeting
Koichi Endo, Japan’s first Government Chief Information Officer, Shun Sakurai, Director General of the Global ICT Strategy Bureau, and Ambassador Philip Verveer of the U.S. Department of State exchanged opinions.
(1) Cloud computing service
Both sides reported on the work of the cloud computing working group.
(2) Cyber security
The MIC and the Department of Homeland Security (DHS) will continue their cooperation.
2.Future plans
The fifth meeting will be held in Tokyo in 2013.`

const textASEAN = `On October 10 and 11, 2017, the National center of Incident readiness and Strategy for Cybersecurity (NISC), the MIC and the Ministry of Economy, Trade and Industry (METI) held the 10th Japan-ASEAN Information Security Policy Meeting in Tokyo. Ryozo Hayashi of the Meiji Institute for Global Affairs and Hoo Ming Ng of the Cyber Security Agency of Singapore (CSA) co-chaired the meeting.
(1) Capacity building
(2) Critical information infrastructure protection`

const textEU = `The 23rd Japan-EU ICT Policy Dialogue was held on October 2 and 3, 2017 in Brussels. From the MIC, Masahiko Tominaga, Vice-Minister for Policy Coordination, attended; from the European Commission, Khalil Rouhana, Deputy Director-General of the Directorate-General for Communications Networks, Content and Technology (DG CONNECT), attended. A workshop followed on October 4, 2017.`

const textTalks = `WASHINGTON, April 4, 2014 — Christopher Painter of the State Department and Jun Shimmi of the MIC will meet on April 10 to discuss cybersecurity.`

func mic(text, id string, forms ...string) entity.Agency {
	return entity.Agency{ID: id, Name: "Ministry of Internal Affairs and Communications", Acronym: "MIC", Country: "JP", Kind: entity.KindGovernment, Mentions: spans(text, forms...)}
}

func stateDept(text, id string, forms ...string) entity.Agency {
	return entity.Agency{ID: id, Name: "U.S. Department of State", Country: "US", Kind: entity.KindGovernment, Aliases: []string{"State Department"}, Mentions: spans(text, forms...)}
}

// fixtureDocs is the test corpus: four documents, four records, one error.
func fixtureDocs() []fixtureDoc {
	return []fixtureDoc{
		{src: src("000_dialogue.txt", strings.Repeat("a", 64)), articles: []fixtureArticle{{
			title: titleDialogue, text: textDialogue,
			res: extract.NewResult("en",
				dates.Part{Dates: []dates.Date{
					{Text: "October 18/19, 2012", Value: "2012-10-18/2012-10-19", Start: "2012-10-18", End: "2012-10-19", Role: "event", Mentions: spans(textDialogue, "October 18/19, 2012")},
					{Text: "2013", Value: "2013", Start: "2013-01-01", End: "2013-12-31", Role: "event", Mentions: spans(textDialogue, "2013")},
				}},
				entity.Part{People: []entity.Person{
					{ID: "p1", Name: "Koichi Endo", Title: "Government Chief Information Officer", Country: "JP", Mentions: spans(textDialogue, "Koichi Endo")},
					{ID: "p2", Name: "Shun Sakurai", Title: "Director General of the Global ICT Strategy Bureau", Affiliation: "a1", Country: "JP", Mentions: spans(textDialogue, "Shun Sakurai")},
					{ID: "p3", Name: "Philip Verveer", Title: "Ambassador", Affiliation: "a2", Country: "US", Mentions: spans(textDialogue, "Philip Verveer")},
				}, Agencies: []entity.Agency{
					mic(textDialogue, "a1", "Ministry of Internal Affairs and Communications", "MIC"),
					stateDept(textDialogue, "a2", "U.S. Department of State"),
					{ID: "a3", Name: "U.S. Department of Homeland Security", Acronym: "DHS", Country: "US", Kind: entity.KindGovernment, Mentions: spans(textDialogue, "Department of Homeland Security", "DHS")},
				}, Places: []entity.Place{
					{Name: "Washington, D.C.", Kind: "city", Country: "US", Mentions: spans(textDialogue, "Washington, D.C.")},
					{Name: "Tokyo", Kind: "city", Country: "JP", Mentions: spans(textDialogue, "Tokyo")},
				}},
				agenda.Part{Items: agendaAt(textDialogue, []agenda.AgendaItem{
					{Label: "1.", Title: "Major achievements of the Fourth Director General-Level Meeting", Level: 1},
					{Label: "(1)", Title: "Cloud computing service", Level: 2, Parent: intp(0)},
					{Label: "(2)", Title: "Cyber security", Level: 2, Parent: intp(0)},
					{Label: "2.", Title: "Future plans", Level: 1},
				})},
			),
		}}},
		{src: src("004_newsletter.txt", strings.Repeat("b", 64)), articles: []fixtureArticle{
			{
				title: titleASEAN, text: textASEAN,
				res: extract.NewResult("en",
					dates.Part{Published: "2017-10", Dates: []dates.Date{
						{Text: "October 10 and 11, 2017", Value: "2017-10-10/2017-10-11", Start: "2017-10-10", End: "2017-10-11", Role: "event", Mentions: spans(textASEAN, "October 10 and 11, 2017")},
					}},
					entity.Part{People: []entity.Person{
						{ID: "p1", Name: "Ryozo Hayashi", Affiliation: "a4", Country: "JP", Mentions: spans(textASEAN, "Ryozo Hayashi")},
						{ID: "p2", Name: "Hoo Ming Ng", Affiliation: "a5", Country: "SG", Mentions: spans(textASEAN, "Hoo Ming Ng")},
					}, Agencies: []entity.Agency{
						{ID: "a1", Name: "National center of Incident readiness and Strategy for Cybersecurity", Acronym: "NISC", Country: "JP", Kind: entity.KindGovernment, Mentions: spans(textASEAN, "National center of Incident readiness and Strategy for Cybersecurity", "NISC")},
						mic(textASEAN, "a2", "MIC"),
						{ID: "a3", Name: "Ministry of Economy, Trade and Industry", Acronym: "METI", Country: "JP", Kind: entity.KindGovernment, Mentions: spans(textASEAN, "Ministry of Economy, Trade and Industry", "METI")},
						{ID: "a4", Name: "Meiji Institute for Global Affairs", Country: "JP", Kind: entity.KindAcademic, Mentions: spans(textASEAN, "Meiji Institute for Global Affairs")},
						{ID: "a5", Name: "Cyber Security Agency of Singapore", Acronym: "CSA", Country: "SG", Kind: entity.KindGovernment, Mentions: spans(textASEAN, "Cyber Security Agency of Singapore", "CSA")},
					}, Places: []entity.Place{{Name: "Tokyo", Kind: "city", Country: "JP", Mentions: spans(textASEAN, "Tokyo")}}},
					agenda.Part{Items: agendaAt(textASEAN, []agenda.AgendaItem{
						{Label: "(1)", Title: "Capacity building", Level: 1},
						{Label: "(2)", Title: "Critical information infrastructure protection", Level: 1},
					})},
				),
			},
			{
				title: titleEU, text: textEU,
				res: extract.NewResult("en",
					dates.Part{Published: "2017-10", Dates: []dates.Date{
						{Text: "October 2 and 3, 2017", Value: "2017-10-02/2017-10-03", Start: "2017-10-02", End: "2017-10-03", Role: "event", Mentions: spans(textEU, "October 2 and 3, 2017")},
						{Text: "October 4, 2017", Value: "2017-10-04", Start: "2017-10-04", End: "2017-10-04", Role: "event", Mentions: spans(textEU, "October 4, 2017")},
					}},
					entity.Part{People: []entity.Person{
						{ID: "p1", Name: "Masahiko Tominaga", Title: "Vice-Minister for Policy Coordination", Affiliation: "a1", Country: "JP", Mentions: spans(textEU, "Masahiko Tominaga")},
						{ID: "p2", Name: "Khalil Rouhana", Title: "Deputy Director-General", Affiliation: "a3", Country: "EU", Mentions: spans(textEU, "Khalil Rouhana")},
					}, Agencies: []entity.Agency{
						mic(textEU, "a1", "MIC"),
						{ID: "a2", Name: "European Commission", Country: "EU", Kind: entity.KindIntergovernmental, Mentions: spans(textEU, "European Commission")},
						{ID: "a3", Name: "Directorate-General for Communications Networks, Content and Technology", Acronym: "DG CONNECT", Country: "EU", Kind: entity.KindIntergovernmental, Parent: "a2",
							Mentions: spans(textEU, "Directorate-General for Communications Networks, Content and Technology", "DG CONNECT")},
					}, Places: []entity.Place{{Name: "Brussels", Kind: "city", Country: "BE", Mentions: spans(textEU, "Brussels")}}},
				),
			},
		}},
		{src: src("003_talks.txt", strings.Repeat("c", 64)), articles: []fixtureArticle{{
			title: titleTalks, text: textTalks,
			res: extract.NewResult("en",
				dates.Part{Published: "2014-04-04", Dates: []dates.Date{
					{Text: "April 4, 2014", Value: "2014-04-04", Start: "2014-04-04", End: "2014-04-04", Role: "published", Mentions: spans(textTalks, "April 4, 2014")},
					{Text: "April 10", Value: "2014-04-10", Start: "2014-04-10", End: "2014-04-10", Role: "event", Mentions: spans(textTalks, "April 10")},
				}},
				entity.Part{People: []entity.Person{
					{ID: "p1", Name: "Christopher Painter", Affiliation: "a1", Country: "US", Mentions: spans(textTalks, "Christopher Painter")},
					{ID: "p2", Name: "Jun Shimmi", Affiliation: "a2", Country: "JP", Mentions: spans(textTalks, "Jun Shimmi")},
				}, Agencies: []entity.Agency{stateDept(textTalks, "a1", "State Department"), mic(textTalks, "a2", "MIC")}, Places: []entity.Place{{Name: "Washington", Kind: "city", Country: "US", Mentions: spans(textTalks, "WASHINGTON")}}},
			),
		}}},
		{src: corpus.Source{URI: "file:///corpus/005_broken.pdf", Path: "corpus/005_broken.pdf", SHA256: strings.Repeat("d", 64), ContentType: "application/pdf", Size: 812},
			err: "decode pdf: unexpected end of file"},
	}
}

// generatedDocs returns n documents made from the fixtures under other
// names, with names and values varied so canonical rows grow too.
func generatedDocs(n int) []fixtureDoc {
	base := fixtureDocs()
	out := make([]fixtureDoc, 0, n)
	for i := 0; i < n; i++ {
		d := base[i%len(base)]
		d.src.Path = fmt.Sprintf("gen/%05d_%s", i, d.src.Path)
		d.src.URI = "file:///" + d.src.Path
		d.src.SHA256 = fmt.Sprintf("%064x", i)
		arts := make([]fixtureArticle, len(d.articles))
		for j, a := range d.articles {
			en := extract.Get[entity.Part](&a.res)
			en.People = append([]entity.Person(nil), en.People...)
			for k := range en.People {
				en.People[k].Name = fmt.Sprintf("%s %d", en.People[k].Name, i%50)
			}
			a.res.Set(en)
			arts[j] = a
		}
		d.articles = arts
		out = append(out, d)
	}
	return out
}

// corpusArticle is a one-article text document at path.
func corpusArticle(path, text string) corpus.Article {
	return corpus.Article{Source: src(path, strings.Repeat("9", 64)), Format: corpus.FormatText, Title: "Untitled", Text: text}
}
