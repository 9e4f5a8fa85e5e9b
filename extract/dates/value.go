package dates

import (
	"strconv"
	"time"
)

// dtGran is the precision of a calendar point.
type dtGran uint8

const (
	gNone    dtGran = iota
	gDay            // 2014-03-13
	gMonth          // 2014-03
	gYear           // 2014
	gSeason         // 2014-FA
	gWeek           // 2014-W15
	gQuarter        // 2014-Q1
	gHalf           // 2014-H1
	gFY             // FY2018
)

// dtPoint is one calendar value as parsed; y is 0 until a year-less
// expression has been resolved.
type dtPoint struct {
	y, m, d int
	g       dtGran
	sub     int // season 1..4, ISO week, quarter 1..4, half 1..2
	wd      int // weekday written next to the date (ISO, Monday = 1), 0 if none
}

// dtRelUnit is the unit of a relative expression.
type dtRelUnit uint8

const (
	ruNone       dtRelUnit = iota
	ruDay                  // today, tomorrow
	ruWeek                 // next week
	ruMonth                // last month
	ruYear                 // this year
	ruFY                   // this fiscal year
	ruSeason               // next autumn: the next occurrence of the season
	ruSeasonYear           // autumn next year: the season in the year at offset
	ruWeekday              // last Friday, on Tuesday: relSub is the ISO weekday
	ruDayAfter             // the following day: relOff days after the last day told
)

// dtExpr is one date expression found in the text.
type dtExpr struct {
	start, end int // byte span in the text
	t0, t1     int // token span [t0, t1)
	a, b       dtPoint
	rng        bool // a range a/b
	// relative expressions are resolved against the release date.
	rel    dtRelUnit
	relOff int
	relSub int // season for ruSeason*, half or quarter with relGran
	// relGran narrows a relative year to a half or quarter (the first
	// half of next year).
	relGran dtGran
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
func (e *dtExpr) yearless() bool {
	if e.rel != ruNone {
		return false
	}
	return e.a.y == 0 || (e.rng && e.b.y == 0)
}

var dtSeasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

// value formats p in TIMEX3 style.
func (p dtPoint) value() string {
	y := dtPad4(p.y)
	switch p.g {
	case gDay:
		return y + "-" + dtPad2(p.m) + "-" + dtPad2(p.d)
	case gMonth:
		return y + "-" + dtPad2(p.m)
	case gYear:
		return y
	case gSeason:
		return y + "-" + dtSeasonCodes[p.sub]
	case gWeek:
		return y + "-W" + dtPad2(p.sub)
	case gQuarter:
		return y + "-Q" + strconv.Itoa(p.sub)
	case gHalf:
		return y + "-H" + strconv.Itoa(p.sub)
	case gFY:
		return "FY" + y
	}
	return ""
}

// dtFYConvention is how a document's fiscal years run: the month they
// start in, and whether FY2018 names the year it ends in (US federal:
// October 2017 - September 2018) or the one it starts in (Japan: April
// 2018 - March 2019).
type dtFYConvention struct {
	startMonth int
	endNamed   bool
}

// bounds returns the first and last day covered by p.
func (p dtPoint) bounds(fy dtFYConvention) (time.Time, time.Time) {
	switch p.g {
	case gDay:
		t := dtDate(p.y, p.m, p.d)
		return t, t
	case gMonth:
		return dtDate(p.y, p.m, 1), dtDate(p.y, p.m+1, 0)
	case gYear:
		return dtDate(p.y, 1, 1), dtDate(p.y, 12, 31)
	case gSeason:
		first := 3 * p.sub // SP 3, SU 6, FA 9, WI 12
		return dtDate(p.y, first, 1), dtDate(p.y, first+3, 0)
	case gWeek:
		mon := dtISOWeekMonday(p.y, p.sub)
		return mon, mon.AddDate(0, 0, 6)
	case gQuarter:
		first := 3*(p.sub-1) + 1
		return dtDate(p.y, first, 1), dtDate(p.y, first+3, 0)
	case gHalf:
		first := 6*(p.sub-1) + 1
		return dtDate(p.y, first, 1), dtDate(p.y, first+6, 0)
	case gFY:
		if fy.startMonth <= 1 {
			return dtDate(p.y, 1, 1), dtDate(p.y, 12, 31)
		}
		y := p.y
		if fy.endNamed {
			y--
		}
		return dtDate(y, fy.startMonth, 1), dtDate(y+1, fy.startMonth, 0)
	}
	return time.Time{}, time.Time{}
}

// fiscalYear returns the fiscal year containing t under fy.
func (fy dtFYConvention) fiscalYear(t time.Time) int {
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

// dtDate builds a UTC midnight; out-of-range months and days normalize the
// way time.Date does (day 0 is the last day of the previous month).
func dtDate(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// dtValidDay reports whether y-m-d exists (y == 0 checks against a leap year).
func dtValidDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return d <= dtDaysIn(y, m)
}

func dtDaysIn(y, m int) int { return dtDate(y, m+1, 0).Day() }

// dtISOWeekMonday returns the Monday of ISO week w of year y.
func dtISOWeekMonday(y, w int) time.Time {
	jan4 := dtDate(y, 1, 4)
	wd := int(jan4.Weekday()+6) % 7 // Monday = 0
	return jan4.AddDate(0, 0, -wd+7*(w-1))
}

// dtISOWeekday converts time.Weekday to ISO numbering (Monday = 1).
func dtISOWeekday(t time.Time) int { return int(t.Weekday()+6)%7 + 1 }

func dtISODay(t time.Time) string { return t.Format("2006-01-02") }

func dtPad2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func dtPad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}
