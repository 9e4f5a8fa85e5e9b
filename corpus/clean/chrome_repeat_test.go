package clean

import (
	"strings"
	"testing"
)

// repeatKeyLines are lines around maxRepeatLine in the forms that shrink
// when normalized: runs of spaces, marks trimmed at the ends, no-break and
// ideographic spaces, capitals, invalid bytes.
var repeatKeyLines = []string{
	"Home",
	strings.Repeat(" ", 500) + "Home" + strings.Repeat("\u00a0", 300),
	strings.Repeat("-", 400) + " Share this page " + strings.Repeat("—", 200),
	strings.Repeat("word ", 19) + "end",
	strings.Repeat("word ", 21),
	strings.Repeat("Ｋ", 101),
	strings.Repeat("\u3000", 200) + "お問い合わせ" + strings.Repeat("\u3000", 200),
	strings.Repeat("\xff", 150),
	strings.Repeat("The minister met her counterpart in Geneva. ", 8),
}

// TestRepeatKeyPrefilter checks that the prefilter of repeatKey never
// turns away a line whose normalized form is short enough to be chrome.
func TestRepeatKeyPrefilter(t *testing.T) {
	for _, l := range repeatKeyLines {
		if n := normLine(l); !mayNormalizeShort(l) && len(n) <= maxRepeatLine {
			t.Errorf("%.40q: turned away, yet normalizes to %d bytes", l, len(n))
		}
	}
}

// FuzzRepeatKeyPrefilter: the same for any line.
func FuzzRepeatKeyPrefilter(f *testing.F) {
	for _, l := range repeatKeyLines {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		if n := normLine(l); !mayNormalizeShort(l) && len(n) <= maxRepeatLine {
			t.Errorf("%q: turned away, yet normalizes to %d bytes", l, len(n))
		}
	})
}
