package dates

import (
	"strconv"
	"time"
)

// gran is the precision of a calendar point.
type gran uint8

const (
	gNone    gran = iota
	gDay          // 2014-03-13
	gMonth        // 2014-03
	gYear         // 2014
	gSeason       // 2014-FA
	gWeek         // 2014-W15
	gQuarter      // 2014-Q1
	gHalf         // 2014-H1
	gFY           // FY2018
)

// point is one calendar value as parsed; y is 0 until a year-less
// expression has been resolved.
type point struct {
	y, m, d int
	g       gran
	sub     int // season 1..4, ISO week, quarter 1..4, half 1..2
	wd      int // weekday written next to the date (ISO, Monday = 1), 0 if none
}

// relUnit is the unit of a relative expression.
type relUnit uint8

const (
	ruNone       relUnit = iota
	ruDay                // today, tomorrow
	ruWeek               // next week
	ruMonth              // last month
	ruYear               // this year
	ruFY                 // this fiscal year
	ruSeason             // next autumn: the next occurrence of the season
	ruSeasonYear         // autumn next year: the season in the year at offset
	ruWeekday            // last Friday, on Tuesday: relSub is the ISO weekday
	ruDayAfter           // the following day: relOff days after the last day told
)

// expr is one date expression found in the text.
type expr struct {
	start, end int // byte span in the text
	t0, t1     int // token span [t0, t1)
	a, b       point
	rng        bool // a range a/b
	// relative expressions are resolved against the release date.
	rel    relUnit
	relOff int
	relSub int // season for ruSeason*, half or quarter with relGran
	// relGran narrows a relative year to a half or quarter (the first
	// half of next year).
	relGran gran
	// amb marks an all-numeric date whose day/month order the document's
	// conventions must settle; a.m and a.d hold the first and second
	// numbers as written.
	amb bool
	// dayFirst/monthFirst record how a word date was written, as evidence
	// for the document's convention.
	dayFirst, monthFirst bool
	numeric              bool // written all in digits
	bYearInferred        bool // the range end's year was not written (taken from the start)
	relResolved          bool // value computed from the release date
	drop                 bool
}

// yearless reports whether a point of e still needs a year.
func (e *expr) yearless() bool {
	if e.rel != ruNone {
		return false
	}
	return e.a.y == 0 || (e.rng && e.b.y == 0)
}

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

// value formats p in TIMEX3 style.
func (p point) value() string {
	y := pad4(p.y)
	switch p.g {
	case gDay:
		return y + "-" + pad2(p.m) + "-" + pad2(p.d)
	case gMonth:
		return y + "-" + pad2(p.m)
	case gYear:
		return y
	case gSeason:
		return y + "-" + seasonCodes[p.sub]
	case gWeek:
		return y + "-W" + pad2(p.sub)
	case gQuarter:
		return y + "-Q" + strconv.Itoa(p.sub)
	case gHalf:
		return y + "-H" + strconv.Itoa(p.sub)
	case gFY:
		return "FY" + y
	}
	return ""
}

// fyConvention is how a document's fiscal years run: the month they
// start in, and whether FY2018 names the year it ends in (US federal:
// October 2017 - September 2018) or the one it starts in (Japan: April
// 2018 - March 2019).
type fyConvention struct {
	startMonth int
	endNamed   bool
}

// bounds returns the first and last day covered by p.
func (p point) bounds(fy fyConvention) (time.Time, time.Time) {
	switch p.g {
	case gDay:
		t := dateOf(p.y, p.m, p.d)
		return t, t
	case gMonth:
		return dateOf(p.y, p.m, 1), dateOf(p.y, p.m+1, 0)
	case gYear:
		return dateOf(p.y, 1, 1), dateOf(p.y, 12, 31)
	case gSeason:
		first := 3 * p.sub // SP 3, SU 6, FA 9, WI 12
		return dateOf(p.y, first, 1), dateOf(p.y, first+3, 0)
	case gWeek:
		mon := isoWeekMonday(p.y, p.sub)
		return mon, mon.AddDate(0, 0, 6)
	case gQuarter:
		first := 3*(p.sub-1) + 1
		return dateOf(p.y, first, 1), dateOf(p.y, first+3, 0)
	case gHalf:
		first := 6*(p.sub-1) + 1
		return dateOf(p.y, first, 1), dateOf(p.y, first+6, 0)
	case gFY:
		if fy.startMonth <= 1 {
			return dateOf(p.y, 1, 1), dateOf(p.y, 12, 31)
		}
		y := p.y
		if fy.endNamed {
			y--
		}
		return dateOf(y, fy.startMonth, 1), dateOf(y+1, fy.startMonth, 0)
	}
	return time.Time{}, time.Time{}
}

// fiscalYear returns the fiscal year containing t under fy.
func (fy fyConvention) fiscalYear(t time.Time) int {
	y, m := t.Year(), int(t.Month())
	if fy.startMonth <= 1 {
		return y
	}
	if m >= fy.startMonth {
		if fy.endNamed {
			return y + 1
		}
		return y
	}
	if fy.endNamed {
		return y
	}
	return y - 1
}

// dateOf builds a UTC midnight; out-of-range months and days normalize the
// way time.Date does (day 0 is the last day of the previous month).
func dateOf(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d exists (y == 0 checks against a leap year).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int { return dateOf(y, m+1, 0).Day() }

// isoWeekMonday returns the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := dateOf(y, 1, 4)
	wd := int(jan4.Weekday()+6) % 7 // Monday = 0
	return jan4.AddDate(0, 0, -wd+7*(w-1))
}

// isoWeekday converts time.Weekday to ISO numbering (Monday = 1).
func isoWeekday(t time.Time) int { return int(t.Weekday()+6)%7 + 1 }

func isoDay(t time.Time) string { return t.Format("2006-01-02") }

func pad2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}
