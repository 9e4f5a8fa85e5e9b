package output_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/agenda"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/output"
	"github.com/communique/communique/output/schema"
)

// recordSchema compiles output/schema/record.v1.json, asserting formats.
func recordSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.RecordV1()))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("record.v1.json", doc); err != nil {
		t.Fatalf("add schema: %v", err)
	}
	s, err := c.Compile("record.v1.json")
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	return s
}

// validate marshals r and validates it against s.
func validate(t *testing.T, s *jsonschema.Schema, r output.Record) ([]byte, error) {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("unmarshal: %v", err)
	}
	return b, s.Validate(v)
}

// sampleArticle has non-ASCII text before its mentions, so byte and code
// point offsets differ.
func sampleArticle() (corpus.Article, extract.Result) {
	text := "Café talks – Tokyo\n\nOn 13 March 2014, Minister Sanae Takaichi of MIC met APEC delegates.\n\n1. Cloud services\n2. Security"
	at := func(s string) extract.Mention {
		i := strings.Index(text, s)
		return extract.Mention{Text: s, Start: i, End: i + len(s)}
	}
	item := strings.Index(text, "1. Cloud")
	parent := 0
	a := corpus.Article{
		Source: corpus.Source{URI: "file:///data/caf%C3%A9.txt", Path: "data/café.txt", SHA256: strings.Repeat("ab", 32), ContentType: "text/plain; charset=utf-8", Size: int64(len(text))},
		Format: corpus.FormatText, Segment: 1, Title: "Café talks – Tokyo", Text: text,
	}
	res := extract.NewResult("en",
		dates.Part{Published: "2014-03-13", Dates: []dates.Date{{Text: "13 March 2014", Value: "2014-03-13", Start: "2014-03-13", End: "2014-03-13", Role: "published", Mentions: []extract.Mention{at("13 March 2014")}}}},
		entity.Part{People: []entity.Person{{ID: "p1", Name: "Sanae Takaichi", Title: "Minister", Affiliation: "a1", Country: "JP", Mentions: []extract.Mention{at("Sanae Takaichi")}}}, Agencies: []entity.Agency{{ID: "a1", Name: "Ministry of Internal Affairs and Communications", Acronym: "MIC", Country: "JP", Kind: entity.KindGovernment, Mentions: []extract.Mention{at("MIC")}}}, Places: []entity.Place{{Name: "Tokyo", Kind: "city", Country: "JP", Mentions: []extract.Mention{at("Tokyo")}}}},
		agenda.Part{Items: []agenda.AgendaItem{
			{Label: "1.", Title: "Cloud services", Text: "Cloud services", Level: 1, Start: item, End: item + len("1. Cloud services")},
			{Label: "(a)", Title: "Security", Text: "Security", Level: 2, Parent: &parent, Start: strings.Index(text, "2."), End: len(text)},
		}},
	)
	return a, res
}

func TestNewRecordMatchesSchemaAndOffsets(t *testing.T) {
	s := recordSchema(t)
	a, res := sampleArticle()
	r := output.NewRecord(a, res)
	if _, err := validate(t, s, r); err != nil {
		t.Fatalf("record does not match the schema: %v", err)
	}
	runes := []rune(r.Text)
	check := func(kind string, ms []output.Mention) {
		for _, m := range ms {
			if m.Start < 0 || m.End > len(runes) || string(runes[m.Start:m.End]) != m.Text {
				t.Errorf("%s mention [%d,%d): got %q, want %q", kind, m.Start, m.End, string(runes[max(0, m.Start):min(len(runes), m.End)]), m.Text)
			}
		}
	}
	check("date", r.Dates[0].Mentions)
	check("person", r.People[0].Mentions)
	check("agency", r.Agencies[0].Mentions)
	check("place", r.Places[0].Mentions)
	if got, want := string(runes[r.Agenda[0].Start:r.Agenda[0].End]), "1. Cloud services"; got != want {
		t.Errorf("agenda span: got %q, want %q", got, want)
	}
	if r.Published == nil || *r.Published != "2014-03-13" {
		t.Errorf("published: got %v, want 2014-03-13", r.Published)
	}
	if got, want := r.ID, output.RecordID("file:///data/caf%C3%A9.txt", 1); got != want {
		t.Errorf("id: got %q, want %q", got, want)
	}
}

// TestEmptyRecordMatchesSchema: no facts still means arrays, not nulls,
// and a null published.
func TestEmptyRecordMatchesSchema(t *testing.T) {
	s := recordSchema(t)
	r := output.NewRecord(corpus.Article{Source: corpus.Source{Path: "x.txt"}, Text: "Nothing."}, extract.Result{Language: "en"})
	b, err := validate(t, s, r)
	if err != nil {
		t.Fatalf("record does not match the schema: %v", err)
	}
	for _, field := range []string{`"dates":[]`, `"people":[]`, `"agencies":[]`, `"places":[]`, `"agenda":[]`, `"published":null`} {
		if !bytes.Contains(b, []byte(field)) {
			t.Errorf("record %s lacks %s", b, field)
		}
	}
}

func TestErrorRecordMatchesSchema(t *testing.T) {
	s := recordSchema(t)
	r := output.NewErrorRecord(corpus.Source{Path: "gone.pdf", URI: "file:///gone.pdf", Size: 12}, "decode: encrypted PDF")
	b, err := validate(t, s, r)
	if err != nil {
		t.Fatalf("error record does not match the schema: %v", err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	if len(keys) != 4 || got["error"] != "decode: encrypted PDF" {
		t.Errorf("error record: got %s, want only schema, id, error, source", b)
	}
	if r.ID != output.RecordID("file:///gone.pdf", -1) {
		t.Errorf("error record id: got %q, want the segment -1 id", r.ID)
	}
}

// TestSchemaRejects keeps the schema from being vacuous.
func TestSchemaRejects(t *testing.T) {
	s := recordSchema(t)
	a, res := sampleArticle()
	tests := []struct {
		name   string
		mutate func(r *output.Record)
	}{
		{"bad published", func(r *output.Record) { p := "13 March 2014"; r.Published = &p }},
		{"wrong schema version", func(r *output.Record) { r.Schema = "communique.record/v0" }},
		{"bad id", func(r *output.Record) { r.ID = "x" }},
		{"no source identity", func(r *output.Record) { r.Source = corpus.Source{Size: 1} }},
		{"negative segment", func(r *output.Record) { r.Segment = -1 }},
		{"agenda level 0", func(r *output.Record) { r.Agenda[0].Level = 0 }},
		{"unknown agency kind", func(r *output.Record) { r.Agencies[0].Kind = "company" }},
		{"empty person name", func(r *output.Record) { r.People[0].Name = "" }},
		{"bad date start", func(r *output.Record) { r.Dates[0].Start = "2014" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := output.NewRecord(a, res)
			tt.mutate(&r)
			if _, err := validate(t, s, r); err == nil {
				t.Errorf("schema accepted a record with %s", tt.name)
			}
		})
	}
}

func TestRecordIDStable(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		sa   int
		sb   int
		same bool
	}{
		{"same identity and segment", "file:///a.txt", "file:///a.txt", 0, 0, true},
		{"other segment", "file:///a.txt", "file:///a.txt", 0, 1, false},
		{"other identity", "file:///a.txt", "file:///b.txt", 0, 0, false},
		{"error id differs from segment 0", "file:///a.txt", "file:///a.txt", -1, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := output.RecordID(tt.a, tt.sa) == output.RecordID(tt.b, tt.sb); got != tt.same {
				t.Errorf("RecordID(%q,%d) == RecordID(%q,%d): got %v, want %v", tt.a, tt.sa, tt.b, tt.sb, got, tt.same)
			}
		})
	}
}
