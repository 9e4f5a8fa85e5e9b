package html_test

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/corpus/html"
)

// TestHTMLLateMetaCharset: a page that declares its charset in a <meta>
// past the first 1024 bytes (a banner or scripts before its <head>) is
// read in that charset, as a browser reads it; valid UTF-8 stays UTF-8.
func TestHTMLLateMetaCharset(t *testing.T) {
	banner := "<!-- " + strings.Repeat("archived copy banner ", 80) + "-->"
	tests := []struct {
		name, meta, text string
		enc              encoding.Encoding
		wantCharset      string
	}{
		{"chinese under a banner", `<meta http-equiv="Content-Type" content="text/html; charset=gb2312"/>`,
			"省委宣传部组织了全省巡演活动，引起强烈反响。", simplifiedchinese.GBK, "gbk"},
		{"polish under a long comment", `<meta charset="iso-8859-2">`,
			"Sejm zagłosował za ustawą o funduszach, mówią źródła.", charmap.ISO8859_2, "iso-8859-2"},
		{"german in latin-1 with a quoted content", `<meta http-equiv='content-type' content='text/html;charset=iso-8859-1'>`,
			"Die Gemeinde prüft die Straßenschäden nach dem Regen.", charmap.ISO8859_1, "windows-1252"},
		{"utf-8 bytes declared latin-1 stay utf-8", `<meta charset="iso-8859-1">`,
			"Die Gemeinde prüft die Straßenschäden.", encoding.Nop, "utf-8"},
	}
	d, err := html.New(html.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := "<html>" + banner + "<head>" + tc.meta + "<title>t</title></head><body><p>" + tc.text + "</p></body></html>"
			raw, err := tc.enc.NewEncoder().Bytes([]byte(page))
			if err != nil {
				t.Fatal(err)
			}
			var doc corpus.Doc
			cs, err := d.Decode(raw, "", &doc)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, tc.text) {
				t.Errorf("text %q lacks %q", doc.Text, tc.text)
			}
			if cs != tc.wantCharset {
				t.Errorf("charset %q, want %q", cs, tc.wantCharset)
			}
		})
	}
}
