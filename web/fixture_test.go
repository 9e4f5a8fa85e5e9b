package web

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"go.uber.org/zap"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/agenda"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/output"
	"github.com/communique/communique/pipeline"
	"github.com/communique/communique/sources"
)

// loadFolders runs the pipeline over the folders into a new SQLite
// database and returns its path.
func loadFolders(t testing.TB, folders ...string) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "communique.sqlite")
	stages, err := pipeline.NewStages(pipeline.StageConfig{})
	if err != nil {
		t.Fatal(err)
	}
	runner, err := pipeline.New(pipeline.Config{Workers: 2, Logger: zap.NewNop()}, stages)
	if err != nil {
		t.Fatal(err)
	}
	src, err := sources.NewFolder(sources.FolderConfig{}, folders...)
	if err != nil {
		t.Fatal(err)
	}
	sink, err := output.OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := runner.Run(ctx, src, sink); err != nil {
		t.Fatal(err)
	}
	if err := sink.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return path
}

// writeRecords stores records in a new SQLite database and returns its path.
func writeRecords(t testing.TB, recs []output.Record) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "communique.sqlite")
	sink, err := output.OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := sink.Write(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := sink.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return path
}

// textBuilder writes a release text and the mentions of what it names.
type textBuilder struct{ b strings.Builder }

func (tb *textBuilder) plain(s string) { tb.b.WriteString(s) }

func (tb *textBuilder) mention(s string) []extract.Mention {
	start := len(tb.b.String()) // ASCII: byte and character offsets agree
	tb.b.WriteString(s)
	return []extract.Mention{{Text: s, Start: start, End: start + len(s)}}
}

// newRecord is a record with the given title, publication date (or ""),
// text pieces and entities; a piece in people/agencies/places is written
// into the text and becomes that entity's mention.
func newRecord(id int, title, published string, people, agencies, places []string) output.Record {
	var tb textBuilder
	tb.plain(title + "\n\n")
	r := output.Record{Schema: output.SchemaVersion, Title: title, Language: "en",
		Source: corpus.Source{URI: fmt.Sprintf("https://example.gov/releases/%d", id)},
		People: []entity.Person{}, Agencies: []entity.Agency{}, Places: []entity.Place{},
		Dates: []dates.Date{}, Agenda: []agenda.AgendaItem{}}
	r.ID = output.RecordID(r.Source.Identity(), 0)
	for i, a := range agencies {
		tb.plain("The ")
		r.Agencies = append(r.Agencies, entity.Agency{ID: fmt.Sprintf("a%d", i+1), Name: a, Kind: "government", Country: countryOf(a, "JP"), Mentions: tb.mention(a)})
		tb.plain(" met today. ")
	}
	for i, p := range people {
		tb.plain("Minister ")
		r.People = append(r.People, entity.Person{ID: fmt.Sprintf("p%d", i+1), Name: p, Title: "Minister", Affiliation: "a1", Mentions: tb.mention(p)})
		tb.plain(" spoke about trade, energy and the region. ")
	}
	for _, p := range places {
		tb.plain("In ")
		r.Places = append(r.Places, entity.Place{Name: p, Kind: "city", Country: countryOf(p, "FR"), Mentions: tb.mention(p)})
		tb.plain(", the delegations agreed to meet again. ")
	}
	if published != "" {
		tb.plain("Issued on ")
		r.Dates = append(r.Dates, dates.Date{Text: published, Value: published, Start: published, End: published, Role: "published", Mentions: tb.mention(published)})
		tb.plain(".")
		r.Published = &published
	}
	if len(r.Agencies) == 0 { // an affiliation names an agency of the record
		for i := range r.People {
			r.People[i].Affiliation = ""
		}
	}
	r.Text = tb.b.String()
	return r
}

// countries are the countries of synthetic entities.
var countries = strings.Fields("JP US FR DE GB KR AU CA IN ID SG VN TH PH MY BR MX ZA NG KE EG TR IT ES NL SE PL UA CN NZ")

// countryOf is the country of a synthetic entity ("Agency 17": by its
// number), else def.
func countryOf(name, def string) string {
	i := strings.LastIndexByte(name, ' ')
	n, err := strconv.Atoi(name[i+1:])
	if err != nil {
		return def
	}
	return countries[n%len(countries)]
}

// syntheticRecords are n releases over ten years naming people, agencies
// and places drawn from pools, with a fixed seed.
func syntheticRecords(n int) []output.Record {
	rng := rand.New(rand.NewPCG(19, 2026))
	pick := func(prefix string, pool, k int) []string { // names end in their pool index
		seen := map[int]bool{}
		var out []string
		for len(out) < k {
			i := rng.IntN(pool)
			if !seen[i] {
				seen[i] = true
				out = append(out, fmt.Sprintf("%s %d", prefix, i))
			}
		}
		return out
	}
	recs := make([]output.Record, n)
	for i := range recs {
		day := fmt.Sprintf("%04d-%02d-%02d", 2015+rng.IntN(10), 1+rng.IntN(12), 1+rng.IntN(28))
		recs[i] = newRecord(i, fmt.Sprintf("Release %d on cooperation", i), day,
			pick("Person", 2000, 1+rng.IntN(5)), pick("Agency", 400, 1+rng.IntN(6)), pick("City", 200, rng.IntN(4)))
	}
	return recs
}

// sharedDev is the shared dev corpus beside the checkout, when present.
func sharedDev() string {
	dir := filepath.Join("..", "..", "shared", "corpus", "dev")
	if _, err := os.Stat(dir); err != nil {
		return ""
	}
	return dir
}
