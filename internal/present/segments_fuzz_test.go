package present

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSegments: whatever the spans (they come from stored records, which
// may be damaged), the segments give back the text exactly, in order, and
// marked segments are never empty.
func FuzzSegments(f *testing.F) {
	f.Add("Minister Kishida met Ms Šefčovič in Tokyo", 9, 16, 24, 32, 36, 41)
	f.Add("short", -3, 2, 1, 99, 3, 3)
	f.Add("日本と韓国", 0, 2, 1, 3, 3, 5)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		if !utf8.ValidString(text) {
			return // records hold valid UTF-8
		}
		spans := []Span{{Start: a, End: b, Kind: KindPerson}, {Start: c, End: d, Kind: KindPlace}, {Start: e, End: g, Kind: KindDate}}
		var b2 strings.Builder
		for _, s := range Segments(text, spans) {
			if s.Kind != "" && s.Text == "" {
				t.Fatalf("empty marked segment")
			}
			b2.WriteString(s.Text)
		}
		if b2.String() != text {
			t.Fatalf("segments give %q, want %q", b2.String(), text)
		}
	})
}
