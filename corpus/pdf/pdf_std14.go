package pdf

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// Widths of the standard fonts. A simple font may leave out /Widths when
// it is one of the standard 14 fonts of PDF 32000-1:2008 §9.6.2.2, whose
// metrics every reader knows (report generators write Helvetica and Times
// this way). Without widths, the glyphs of a whole line would pile up at
// one x and be spread by an estimate, which lets two columns overlap and
// interleave; the fonts' real widths keep them apart.

// pdfStd14Data holds the widths, one font a line (data/mkstd14.py).
//
//go:embed data/std14_widths.txt
var pdfStd14Data string

// pdfStd14First is the first character code of the width tables.
const pdfStd14First = 32

// pdfStd14Widths maps a standard font's name to its widths from code
// pdfStd14First on.
var pdfStd14Widths = sync.OnceValue(func() map[string][]float64 {
	out := make(map[string][]float64)
	for _, line := range strings.Split(pdfStd14Data, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		ws := make([]float64, 0, len(f)-1)
		for _, s := range f[1:] {
			w, err := strconv.ParseFloat(s, 64)
			if err != nil {
				// Embedded at build time and checked by a test.
				return nil
			}
			ws = append(ws, w)
		}
		out[f[0]] = ws
	}
	return out
})

// pdfStd14Aliases are the other names writers give the standard fonts
// (PDF 32000-1:2008 Annex H.5 lists Arial, TimesNewRoman and CourierNew
// with their style suffixes).
var pdfStd14Aliases = map[string]string{
	"arial": "Helvetica", "arialmt": "Helvetica", "helvetica": "Helvetica",
	"timesnewroman": "Times", "timesnewromanps": "Times", "timesnewromanpsmt": "Times", "times": "Times",
	"couriernew": "Courier", "couriernewpsmt": "Courier", "courier": "Courier",
}

// pdfStd14Name returns the standard font a /BaseFont names ("Helvetica-Bold",
// "ABCDEF+Arial,BoldItalic", "TimesNewRomanPS-BoldMT"), or "".
func pdfStd14Name(base string) string {
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[i+1:] // a subset's tag
	}
	family, style := base, ""
	if i := strings.IndexAny(base, ",-"); i >= 0 {
		family, style = base[:i], strings.ToLower(base[i+1:])
	}
	fam := pdfStd14Aliases[strings.ToLower(family)]
	if fam == "" {
		return ""
	}
	bold := strings.Contains(style, "bold")
	slant := strings.Contains(style, "italic") || strings.Contains(style, "oblique")
	switch {
	case fam == "Times" && bold && slant:
		return "Times-BoldItalic"
	case fam == "Times" && bold:
		return "Times-Bold"
	case fam == "Times" && slant:
		return "Times-Italic"
	case fam == "Times":
		return "Times-Roman"
	case bold && slant:
		return fam + "-BoldOblique"
	case bold:
		return fam + "-Bold"
	case slant:
		return fam + "-Oblique"
	}
	return fam
}
