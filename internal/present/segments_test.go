package present

import (
	"bytes"
	"strings"
	"testing"

	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/output"
)

func TestSegments(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		spans []Span
		want  string // segments joined, marked ones as [text:kind]
	}{
		{"none", "plain text", nil, "plain text"},
		{"one in the middle", "Minister Kishida spoke", []Span{{Start: 9, End: 16, Kind: KindPerson}}, "Minister [Kishida:person] spoke"},
		{"at both ends", "Tokyo, 3 May", []Span{{Start: 7, End: 12, Kind: KindDate}, {Start: 0, End: 5, Kind: KindPlace}}, "[Tokyo:place], [3 May:date]"},
		{"character offsets past multibyte runes", "Ms Šefčovič (EU)", []Span{{Start: 3, End: 11, Kind: KindPerson}, {Start: 13, End: 15, Kind: KindAgency}}, "Ms [Šefčovič:person] ([EU:agency])"},
		{"overlap: first and longer wins", "Ministry of Defence of Japan", []Span{{Start: 21, End: 26, Kind: KindPlace}, {Start: 0, End: 28, Kind: KindAgency}, {Start: 0, End: 8, Kind: KindAgency}}, "[Ministry of Defence of Japan:agency]"},
		{"out of range clipped, empty dropped", "short", []Span{{Start: -3, End: 2, Kind: KindDate}, {Start: 4, End: 99, Kind: KindPlace}, {Start: 3, End: 3, Kind: KindPerson}}, "[sh:date]or[t:place]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			for _, s := range Segments(tc.text, tc.spans) {
				if s.Kind == "" {
					b.WriteString(s.Text)
				} else {
					b.WriteString(Brackets.mark(s.Text, s.Kind))
				}
			}
			if b.String() != tc.want {
				t.Errorf("got %q, want %q", b.String(), tc.want)
			}
		})
	}
}

// TestWriteHTMLEscapes: texts are untrusted; no markup of theirs survives.
func TestWriteHTMLEscapes(t *testing.T) {
	evil := `<script>alert(1)</script> "><img src=x onerror=alert(2)>`
	rec := output.Record{Title: evil, Text: "Minister " + evil,
		People: []entity.Person{{ID: "p1", Name: evil, Title: evil, Mentions: []extract.Mention{{Start: 0, End: 8}}}}}
	r, err := FromRecord(rec)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script>", "<img", "\"><img"} {
		if strings.Contains(b.String(), bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	if !strings.Contains(b.String(), "&lt;script&gt;") || !strings.Contains(b.String(), "&#34;&gt;&lt;img") {
		t.Errorf("escaped text missing")
	}
}
