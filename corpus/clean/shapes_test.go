package clean_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/internal/goldguard"
	"github.com/communique/communique/internal/score"
	"github.com/communique/communique/pipeline"
)

// The shapes set: the dev documents rendered as PDFs the way agencies
// publish them (running headers, page-number footers, a newsletter with a
// masthead, a contents list and a two-column page, two-column and
// hyphenated text), with the dev gold whose sources name the PDFs. See
// testdata/shapes/README.md.
const (
	shapesDocs   = "../../testdata/shapes/pdf"
	shapesGold   = "../../testdata/shapes/gold"
	shapesFloors = "../../testdata/shapes/floors.json"
)

// TestShapesPDF runs the pipeline over the PDF renderings of the dev
// documents and fails when a score falls below its floor: the same
// content must fare as well from PDF as from text. With -update the
// floors are raised to the measured scores (never lowered).
func TestShapesPDF(t *testing.T) {
	if _, err := os.Stat(shapesDocs); err != nil {
		t.Skipf("shapes set absent (%v): regenerate it with testdata/shapes/make_shapes.sh", err)
	}
	floors, err := goldguard.LoadFloors(shapesFloors)
	if err != nil {
		t.Fatal(err)
	}
	golds, err := score.LoadGold(shapesGold)
	if err != nil {
		t.Fatal(err)
	}
	stages, err := goldguard.DefaultStages()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	sink, stats, err := goldguard.Run(ctx, pipeline.Config{Workers: 2}, stages, shapesDocs)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != len(golds) {
		t.Errorf("documents run: got %d, want %d (one per gold file)", stats.Documents, len(golds))
	}
	preds, err := sink.Predictions()
	if err != nil {
		t.Fatal(err)
	}
	r := score.Score(golds, preds)
	t.Logf("shapes set: scores against floors\n%s", goldguard.Table(r, floors))
	if *update {
		raised := goldguard.Raise(floors, goldguard.Measured(r))
		raised.Note = fmt.Sprintf("Lowest accepted scores on the PDF shapes set (measured, rounded down to 0.01); raised by `go test ./corpus/clean -run TestShapesPDF -update` on %s.", time.Now().UTC().Format("2006-01-02"))
		data, err := json.MarshalIndent(raised, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(shapesFloors, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		floors = raised
	}
	for _, v := range goldguard.Check(r, floors) {
		t.Errorf("PDF shapes below floor: %v (see: communique eval --gold testdata/shapes/gold --docs testdata/shapes/pdf --articles)", v)
	}
}

// TestShapesTitles checks each shapes PDF's articles and their exact
// titles (the scorer accepts a title at 0.8 token overlap, so a headline
// cut after its first line would still pass TestShapesPDF).
func TestShapesTitles(t *testing.T) {
	golds, err := score.LoadGold(shapesGold)
	if err != nil {
		t.Skipf("shapes gold absent: %v", err)
	}
	dec, err := decode.New(decode.Config{})
	if err != nil {
		t.Fatal(err)
	}
	cl, err := clean.New(clean.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range golds {
		t.Run(g.Source, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join(shapesDocs, g.Source))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := dec.Decode(t.Context(), corpus.Input{Body: body})
			if err != nil {
				t.Fatal(err)
			}
			arts, err := cl.Clean(t.Context(), doc)
			if err != nil {
				t.Fatal(err)
			}
			var got, want []string
			for _, a := range arts {
				got = append(got, a.Title)
			}
			for _, r := range g.Records {
				want = append(want, r.Title)
			}
			if !slices.Equal(got, want) {
				t.Errorf("titles: got %q, want %q", got, want)
			}
		})
	}
}
