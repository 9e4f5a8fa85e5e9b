package events

import "testing"

func TestSeriesKey(t *testing.T) {
	tests := []struct {
		name string
		a, b string // the same series, written two ways
	}{
		{"pair order", "Chile-Peru Border Commission", "Peru-Chile Border Commission"},
		{"U.S. spelled out", "U.S.-Brazil Energy Forum", "Brazil-United States Energy Forum"},
		{"U.S. without periods", "US-Ghana Trade Dialogue", "Ghana-U.S. Trade Dialogue"},
		{"director general level", "Director General-level Ocean Talks", "DG-level Ocean Talks"},
		{"director-general hyphenated", "Director-General Level Ocean Talks", "Director General level Ocean Talks"},
		{"ordinal and year left out", "10th Arctic Science Ministerial", "2018 Arctic Science Ministerial"},
		{"articles and prepositions", "Forum on the Future of Mining", "Forum on Future of Mining"},
		{"acronym in brackets", "Island Nations Ocean Conference (INOC)", "Island Nations Ocean Conference"},
		{"possessive marks", "Leaders’ Retreat", "Leaders' Retreat"},
		{"case", "ARCTIC Science Ministerial", "Arctic Science Ministerial"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ka, kb := SeriesKey(tt.a), SeriesKey(tt.b)
			if ka != kb || ka == "" {
				t.Errorf("SeriesKey(%q) = %q, SeriesKey(%q) = %q: want one non-empty key", tt.a, ka, tt.b, kb)
			}
		})
	}
	distinct := [][2]string{
		{"Chile-Peru Border Commission", "Chile-Bolivia Border Commission"},
		{"Arctic Science Ministerial", "Arctic Science Summit"},
		{"Ocean Talks", "Ocean Talks Review"},
	}
	for _, p := range distinct {
		t.Run(p[0]+" vs "+p[1], func(t *testing.T) {
			if SeriesKey(p[0]) == SeriesKey(p[1]) {
				t.Errorf("SeriesKey gives %q and %q one key %q", p[0], p[1], SeriesKey(p[0]))
			}
		})
	}
	if SeriesKey("") != "" {
		t.Errorf("SeriesKey(\"\") = %q, want empty", SeriesKey(""))
	}
}

func TestOrdinal(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		w    string
		want int
	}{
		{"Fourth", 4}, {"fourth", 4}, {"10th", 10}, {"23rd", 23}, {"1st", 1}, {"2nd", 2},
		{"first-ever", 1}, {"Inaugural", 1}, {"Twentieth", 20},
		{"tenths", 0}, {"th", 0}, {"2019", 0}, {"Forth", 0}, {"12345th", 0},
	}
	for _, tt := range tests {
		t.Run(tt.w, func(t *testing.T) {
			if got := lx.ordinal(tt.w); got != tt.want {
				t.Errorf("ordinal(%q) = %d, want %d", tt.w, got, tt.want)
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"periods", "The forum met. It ended on Friday. Next is May.",
			[]string{"The forum met.", "It ended on Friday.", "Next is May."}},
		{"dotted abbreviations", "The U.S. and the U.K. delegations met in Washington, D.C. on Monday.",
			[]string{"The U.S. and the U.K. delegations met in Washington, D.C. on Monday."}},
		{"honorifics and initials", "Mr. Ola Berg and Prof. J. Lund spoke. Dr. Kim closed it.",
			[]string{"Mr. Ola Berg and Prof. J. Lund spoke.", "Dr. Kim closed it."}},
		{"line breaks end sentences", "Co-chairs: Ola Berg\nVenue: Oslo\n\nThe forum met",
			[]string{"Co-chairs: Ola Berg", "Venue: Oslo", "The forum met"}},
		{"quotes and digits after the period", `He said "fine." "Yes," she said. 2019 was busy.`,
			[]string{`He said "fine."`, `"Yes," she said.`, "2019 was busy."}},
		{"hard-wrapped lines go on", "Talks on the\nWater Accord opened. The talks lasted\nthree days, and ended\nwell.",
			[]string{"Talks on the\nWater Accord opened.", "The talks lasted\nthree days, and ended\nwell."}},
		{"headings and dates stand alone", "Outcome of the Water Forum\nMarch 3, 2019\n\nThe forum met",
			[]string{"Outcome of the Water Forum", "March 3, 2019", "The forum met"}},
		{"lowercase after a period", "The approx. figure rose. version 2.0 shipped.",
			[]string{"The approx. figure rose. version 2.0 shipped."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range lx.splitSentences(tt.text) {
				got = append(got, tt.text[sp.Start:sp.End])
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("sentence %d: got %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}
