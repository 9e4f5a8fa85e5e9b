package events

import (
	"regexp"
	"testing"
)

var fuzzYear = regexp.MustCompile(`\b(19|20)\d\d\b`)

// FuzzFind: the finder never panics on any text, whatever its mentions
// overlap, with every four-digit year given as a date.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The 30th Andean Regional Forum (ARF) on 14 July 2023 was held in conjunction with the Ministerial Meeting in 2023.",
		"March 6: Meeting with the Federation of Exporters (FE)\nMarch 7 – Summit",
		"Ahead of the Summit, on 2023, the XV Summit and the Forty-Fifth Regular Meeting of the Council met today.",
		"The Central Asia – China Summit, the Forum–United States Leaders Summit (FUSLS) alongside the 2024 Dialogue",
	} {
		f.Add(s)
	}
	fd, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		in := &Input{Text: text}
		for _, m := range fuzzYear.FindAllStringIndex(text, -1) {
			v := text[m[0]:m[1]]
			in.Dates = append(in.Dates, Date{Value: v, Start: v + "-01-01", End: v + "-12-31", Spans: []Span{{m[0], m[1]}}})
		}
		for _, e := range fd.Find(in) {
			if e.Dates == "" {
				t.Errorf("event %q without a date", e.Name)
			}
		}
	})
}
