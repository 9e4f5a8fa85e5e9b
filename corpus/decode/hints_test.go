package decode_test

import (
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/decode"
)

// TestDecodeMergesHints checks that source hints fill only what the
// document leaves unsaid.
func TestDecodeMergesHints(t *testing.T) {
	d, err := decode.New(decode.Config{})
	if err != nil {
		t.Fatal(err)
	}
	hints := corpus.Meta{Title: "Feed title", Props: map[string]string{"article:published_time": "2022-05-30T18:50:46Z", "date": "2001-01-01"}}
	tests := []struct {
		name, body                 string
		wantTitle, wantPub, wantDt string
	}{
		{"page says nothing", "<html><body><p>Text of the release.</p></body></html>", "Feed title", "2022-05-30T18:50:46Z", "2001-01-01"},
		{"page wins", `<html><head><title>Own</title><meta name="date" content="2020-02-02"></head><body><p>Text of the release.</p></body></html>`, "Own", "2022-05-30T18:50:46Z", "2020-02-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := d.Decode(t.Context(), corpus.Input{Body: []byte(tt.body), ContentType: "text/html", Hints: hints})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.Title != tt.wantTitle {
				t.Errorf("title: got %q, want %q", doc.Meta.Title, tt.wantTitle)
			}
			if got := doc.Meta.Props["article:published_time"]; got != tt.wantPub {
				t.Errorf("published: got %q, want %q", got, tt.wantPub)
			}
			if got := doc.Meta.Props["date"]; got != tt.wantDt {
				t.Errorf("date: got %q, want %q", got, tt.wantDt)
			}
		})
	}
}
