package events

import "testing"

// Spelled ordinals above twenty ("Forty-Fifth") and Roman numerals in
// capitals before a name ("XV", "XXIII") number a round.
func TestFindWrittenOrdinals(t *testing.T) {
	runFind(t, []findCase{
		{"spelled compound ordinal", fixture{
			text:  "The Forty-Fifth Regular Meeting of the Andean Council of Ministers was held in Lima on 3-5 July 2023.",
			dates: map[string]string{"3-5 July 2023": "2023-07-03/2023-07-05"}, cities: map[string]string{"Lima": "PE"}},
			[]brief{{ordinal: 45, dates: "2023-07-03/2023-07-05"}}},
		{"twenty-first in lower case", fixture{
			text:  "Delegates met for the twenty-first Nordic Fisheries Conference in Bergen on 2 May 2022.",
			dates: map[string]string{"2 May 2022": "2022-05-02"}, cities: map[string]string{"Bergen": "NO"}},
			[]brief{{series: "Nordic Fisheries Conference", ordinal: 21, dates: "2022-05-02"}}},
		{"Roman numerals", fixture{
			text:  "Portugal hosted the XXIII Ibero-Lusophone Summit in Porto on 9 November 2021. The XXIV Summit will take place in 2023.",
			dates: map[string]string{"9 November 2021": "2021-11-09", "2023": "2023"}, cities: map[string]string{"Porto": "PT"}},
			[]brief{{name: "XXIII Ibero-Lusophone Summit", series: "Ibero-Lusophone Summit", ordinal: 23, dates: "2021-11-09"},
				{name: "XXIV Summit", series: "Ibero-Lusophone Summit", ordinal: 24, dates: "2023"}}},
	})
}

func TestOrdinalWords(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		w    string
		want int
	}{
		{"forty-fifth", 45}, {"twenty-first", 21}, {"ninety-ninth", 99}, {"fifth", 5},
		{"twenty-twentieth", 0}, {"forty-", 0}, {"well-first", 0}, {"first-ever", 1},
	} {
		if got := lx.ordinal(tc.w); got != tc.want {
			t.Errorf("ordinal(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
	for _, tc := range []struct {
		w    string
		want int
	}{
		{"XV", 15}, {"XXIII", 23}, {"IV", 4}, {"XLIX", 49}, {"II", 2},
		{"I", 0}, {"IIII", 0}, {"VX", 0}, {"CD", 0}, {"XC", 0}, {"Xi", 0},
	} {
		if got := romanOrdinal(tc.w); got != tc.want {
			t.Errorf("romanOrdinal(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
}

// A bare, dated mention of a round's kind before an undated numbered
// round in its sentence dates that round.
func TestFindBareDatesNumberedRound(t *testing.T) {
	runFind(t, []findCase{
		{"when the Nth ... took place", fixture{
			text:  "Ghana last hosted the Summit in July 2018, when the 10th West African Water Summit took place in Accra.",
			dates: map[string]string{"July 2018": "2018-07"}, cities: map[string]string{"Accra": "GH"}},
			[]brief{{name: "10th West African Water Summit", ordinal: 10, dates: "2018-07", place: "Accra"}}},
		{"the Forum met, the Nth edition", fixture{
			text:  "The Forum first met on 4 March 2015 in Quito as the 1st Andean Mining Forum.",
			dates: map[string]string{"4 March 2015": "2015-03-04"}, cities: map[string]string{"Quito": "EC"}},
			[]brief{{ordinal: 1, dates: "2015-03-04"}}},
		{"a Conference of another kind dates nothing", fixture{
			text:  "After the Conference in May 2019, the 3rd Baltic Rail Summit was postponed.",
			dates: map[string]string{"May 2019": "2019-05"}},
			nil},
	})
}
