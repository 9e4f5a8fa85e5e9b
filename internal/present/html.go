package present

import (
	"embed"
	"fmt"
	"html/template"
	"io"
)

//go:embed templates/page.html
var templateFiles embed.FS

// pageTemplate is the standalone page of WriteHTML; html/template escapes
// every text of the record (they are untrusted).
var pageTemplate = template.Must(template.ParseFS(templateFiles, "templates/page.html"))

// page is what the page template reads.
type page struct {
	Record
	Kinds    []Kind
	Segments []Segment
	Sections []Section
}

// WriteHTML writes r as a standalone HTML page (styles inline, no
// scripts): the same content as WriteText, mentions highlighted.
func WriteHTML(w io.Writer, r Record) error {
	p := page{Record: r, Kinds: Kinds, Segments: Segments(r.Text, r.Spans()), Sections: r.Sections()}
	if err := pageTemplate.Execute(w, p); err != nil {
		return fmt.Errorf("write page: %w", err)
	}
	return nil
}
