package output_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/output"
)

// ExampleOpenSQLite writes one record into a new SQLite database and asks
// which releases an agency took part in.
func ExampleOpenSQLite() {
	dir, err := os.MkdirTemp("", "communique-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "releases.db")

	ctx := context.Background()
	sink, err := output.OpenSQLite(ctx, path)
	if err != nil {
		log.Fatal(err)
	}
	text := "The MIC and the U.S. Department of State met in Tokyo."
	art := corpus.Article{
		Source: corpus.Source{Path: "releases/2012-10-19.txt", SHA256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
		Title:  "Japan-U.S. Internet Economy Dialogue", Text: text,
	}
	res := extract.NewResult("en",
		dates.Part{Published: "2012-10-19"},
		entity.Part{Agencies: []entity.Agency{
			{ID: "a1", Name: "Ministry of Internal Affairs and Communications", Acronym: "MIC", Country: "JP",
				Mentions: []extract.Mention{{Text: "MIC", Start: 4, End: 7}}},
		}},
	)
	if err := sink.Write(ctx, output.NewRecord(art, res)); err != nil {
		log.Fatal(err)
	}
	if err := sink.Close(ctx); err != nil {
		log.Fatal(err)
	}

	db, err := sql.Open("sqlite", path)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	var published, title string
	err = db.QueryRow(`SELECT r.published, r.title FROM records r
		JOIN record_agencies ra ON ra.record_id = r.id
		JOIN agencies a ON a.id = ra.agency_id
		WHERE a.acronym = 'MIC'`).Scan(&published, &title)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(published, title)
	// Output: 2012-10-19 Japan-U.S. Internet Economy Dialogue
}
