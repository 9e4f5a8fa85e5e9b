package pdf

import "testing"

func TestPDFStd14Widths(t *testing.T) {
	ws := pdfStd14Widths()
	if len(ws) != 12 {
		t.Fatalf("%d standard fonts, want 12", len(ws))
	}
	for name, w := range ws {
		if len(w) != 256-pdfStd14First {
			t.Errorf("%s: %d widths, want %d", name, len(w), 256-pdfStd14First)
		}
	}
	if w := ws["Helvetica"]['A'-pdfStd14First]; w != 667 {
		t.Errorf("Helvetica A is %v wide, want 667", w)
	}
	if w := ws["Courier-Bold"]['i'-pdfStd14First]; w != 600 {
		t.Errorf("Courier-Bold i is %v wide, want 600", w)
	}
}

func TestPDFStd14Name(t *testing.T) {
	for _, tc := range []struct{ base, want string }{
		{"Helvetica", "Helvetica"},
		{"Helvetica-BoldOblique", "Helvetica-BoldOblique"},
		{"Times-Roman", "Times-Roman"},
		{"ABCDEF+Arial,Bold", "Helvetica-Bold"},
		{"TimesNewRomanPS-ItalicMT", "Times-Italic"},
		{"CourierNew,BoldItalic", "Courier-BoldOblique"},
		{"Calibri-Bold", ""},
		{"DejaVuSans", ""},
	} {
		t.Run(tc.base, func(t *testing.T) {
			if got := pdfStd14Name(tc.base); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
