// Package pdftest builds small PDF files for tests: hand-made objects with
// a correct cross-reference table.
package pdftest

import (
	"fmt"
	"strings"
)

// Build assembles a PDF from object bodies (object i+1 is objs[i], object
// 1 the catalog) with a correct cross-reference table.
func Build(objs []string) []byte {
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return []byte(b.String())
}

// Stream is the body of a stream object holding s, unfiltered.
func Stream(s string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(s), s)
}

// Page is a one-page PDF showing lines in Helvetica, one line each, with a
// correct cross-reference table (strict readers accept it).
func Page(lines ...string) []byte {
	stream := "BT /F1 12 Tf 72 720 Td 16 TL"
	for _, l := range lines {
		stream += " (" + l + ") Tj T*"
	}
	stream += " ET"
	return Build([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		Stream(stream),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	})
}
