package clean

import (
	"regexp"
	"strconv"

	"github.com/communique/communique/corpus"
)

// numericDateRE matches an all-numeric date with the year last and one
// separator throughout ("04/13/2019", "13.04.19", "4-13-2019"); its groups
// are the two leading numbers.
var numericDateRE = regexp.MustCompile(`(?:^|[^\d./-])(\d{1,2})([./-])(\d{1,2})(?:[./-])(?:\d{4}|\d{2})(?:$|[^\d./-])`)

// documentDayOrder returns the order in which the document's lines write
// all-numeric dates, from those that can be read one way only: a first
// number above 12 ("13/04/2019") shows the day first, a second number
// above 12 ("04/13/2019") the month first. It returns "" when the lines
// show neither or both (a page quoting another convention).
func documentDayOrder(lines []cline) string {
	dayFirst, monthFirst := false, false
	for _, l := range lines {
		if !hasDigitSep(l.text) {
			continue
		}
		for _, m := range numericDateRE.FindAllStringSubmatch(l.text, -1) {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[3])
			switch {
			case a > 12 && a <= 31 && b >= 1 && b <= 12:
				dayFirst = true
			case b > 12 && b <= 31 && a >= 1 && a <= 12:
				monthFirst = true
			}
		}
	}
	switch {
	case dayFirst && !monthFirst:
		return corpus.DayFirst
	case monthFirst && !dayFirst:
		return corpus.MonthFirst
	}
	return ""
}

// hasDigitSep reports whether t holds a digit followed by a date
// separator: the cheap test before the date pattern runs.
func hasDigitSep(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' && (t[i+1] == '/' || t[i+1] == '.' || t[i+1] == '-') {
			return true
		}
	}
	return false
}
