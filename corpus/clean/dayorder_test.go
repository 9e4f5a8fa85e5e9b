package clean

import (
	"testing"

	"github.com/communique/communique/corpus"
)

func TestDocumentDayOrder(t *testing.T) {
	lines := func(ts ...string) []cline {
		out := make([]cline, len(ts))
		for i, t := range ts {
			out[i] = cline{text: t}
		}
		return out
	}
	tests := []struct {
		name  string
		lines []cline
		want  string
	}{
		{"month first by a day above 12", lines("04/11/2019", "Senator opens office", "04/25/2019"), corpus.MonthFirst},
		{"day first by a day above 12", lines("Posted 25.04.2019", "Minister visits port", "11.04.2019"), corpus.DayFirst},
		{"two-digit years and dashes", lines("Released: 3-18-19 | News", "Board meets", "3-04-19"), corpus.MonthFirst},
		{"in running text", lines("The notice of 30/06/2021 replaced the one of 01/06/2021."), corpus.DayFirst},
		{"only ambiguous dates", lines("04/11/2019", "05/12/2019"), ""},
		{"both orders", lines("04/25/2019", "25/04/2019"), ""},
		{"no dates", lines("Minister visits port", "Phone 555-1234"), ""},
		{"version and address numbers are no dates", lines("Version 1.22.3 released", "IP 10.20.30.40"), ""},
		{"ISO dates settle nothing", lines("2019-04-25", "2019-04-11"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := documentDayOrder(tt.lines); got != tt.want {
				t.Errorf("documentDayOrder = %q, want %q", got, tt.want)
			}
		})
	}
}
