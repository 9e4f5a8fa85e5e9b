package grammar

import (
	"strconv"
	"time"
)

// gran is the precision of a calendar point.
type gran uint8

const (
	GNone    gran = iota
	GDay          // 2014-03-13
	GMonth        // 2014-03
	GYear         // 2014
	GSeason       // 2014-FA
	GWeek         // 2014-W15
	gQuarter      // 2014-Q1
	gHalf         // 2014-H1
	GFY           // FY2018
)

// Point is one calendar value as parsed; Y is 0 until a year-less
// expression has been resolved.
type Point struct {
	Y, M, D int
	G       gran
	Sub     int // season 1..4, ISO week, quarter 1..4, half 1..2
	Wd      int // weekday written next to the date (ISO, Monday = 1), 0 if none
}

// relUnit is the unit of a relative expression.
type relUnit uint8

const (
	RuNone       relUnit = iota
	RuDay                // today, tomorrow
	RuWeek               // next week
	RuMonth              // last month
	RuYear               // this year
	RuFY                 // this fiscal year
	RuSeason             // next autumn: the next occurrence of the season
	RuSeasonYear         // autumn next year: the season in the year at offset
	RuWeekday            // last Friday, on Tuesday: relSub is the ISO weekday
	RuDayAfter           // the following day: relOff days after the last day told
)

// Expr is one date expression found in the text.
type Expr struct {
	Start, End int // byte span in the text
	T0, T1     int // token span [t0, t1)
	A, B       Point
	Rng        bool // a range a/b
	// relative expressions are resolved against the release date.
	Rel    relUnit
	RelOff int
	RelSub int // season for ruSeason*, half or quarter with relGran
	// RelGran narrows a relative year to a half or quarter (the first
	// half of next year).
	RelGran gran
	// Amb marks an all-numeric date whose day/month order the document's
	// conventions must settle; A.M and A.D hold the first and second
	// numbers as written.
	Amb bool
	// DayFirst/MonthFirst record how a word date was written, as evidence
	// for the document's convention.
	DayFirst, MonthFirst bool
	Numeric              bool // written all in digits
	// ForeignBare marks a capitalized month name of another language with
	// its year that only standing alone on its line makes a date ("Mars
	// 2021", "Januar 2019"): the caller keeps it when the document is
	// written in another language than English (in English, "Mars 2020"
	// is a mission).
	ForeignBare   bool
	bYearInferred bool // the range end's year was not written (taken from the start)
	RelResolved   bool // value computed from the release date
	Drop          bool
}

// Yearless reports whether a point of e still needs a year.
func (e *Expr) Yearless() bool {
	if e.Rel != RuNone {
		return false
	}
	return e.A.Y == 0 || (e.Rng && e.B.Y == 0)
}

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}

// Value formats p in TIMEX3 style.
func (p Point) Value() string {
	y := pad4(p.Y)
	switch p.G {
	case GDay:
		return y + "-" + pad2(p.M) + "-" + pad2(p.D)
	case GMonth:
		return y + "-" + pad2(p.M)
	case GYear:
		return y
	case GSeason:
		return y + "-" + seasonCodes[p.Sub]
	case GWeek:
		return y + "-W" + pad2(p.Sub)
	case gQuarter:
		return y + "-Q" + strconv.Itoa(p.Sub)
	case gHalf:
		return y + "-H" + strconv.Itoa(p.Sub)
	case GFY:
		return "FY" + y
	}
	return ""
}

// FyConvention is how a document's fiscal years run: the month they
// start in, and whether FY2018 names the year it ends in (US federal:
// October 2017 - September 2018) or the one it starts in (Japan: April
// 2018 - March 2019).
type FyConvention struct {
	StartMonth int
	EndNamed   bool
}

// Bounds returns the first and last day covered by p.
func (p Point) Bounds(fy FyConvention) (time.Time, time.Time) {
	switch p.G {
	case GDay:
		t := DateOf(p.Y, p.M, p.D)
		return t, t
	case GMonth:
		return DateOf(p.Y, p.M, 1), DateOf(p.Y, p.M+1, 0)
	case GYear:
		return DateOf(p.Y, 1, 1), DateOf(p.Y, 12, 31)
	case GSeason:
		first := 3 * p.Sub // SP 3, SU 6, FA 9, WI 12
		return DateOf(p.Y, first, 1), DateOf(p.Y, first+3, 0)
	case GWeek:
		mon := isoWeekMonday(p.Y, p.Sub)
		return mon, mon.AddDate(0, 0, 6)
	case gQuarter:
		first := 3*(p.Sub-1) + 1
		return DateOf(p.Y, first, 1), DateOf(p.Y, first+3, 0)
	case gHalf:
		first := 6*(p.Sub-1) + 1
		return DateOf(p.Y, first, 1), DateOf(p.Y, first+6, 0)
	case GFY:
		if fy.StartMonth <= 1 {
			return DateOf(p.Y, 1, 1), DateOf(p.Y, 12, 31)
		}
		y := p.Y
		if fy.EndNamed {
			y--
		}
		return DateOf(y, fy.StartMonth, 1), DateOf(y+1, fy.StartMonth, 0)
	}
	return time.Time{}, time.Time{}
}

// FiscalYear returns the fiscal year containing t under fy.
func (fy FyConvention) FiscalYear(t time.Time) int {
	y, m := t.Year(), int(t.Month())
	if fy.StartMonth <= 1 {
		return y
	}
	if m >= fy.StartMonth {
		if fy.EndNamed {
			return y + 1
		}
		return y
	}
	if fy.EndNamed {
		return y
	}
	return y - 1
}

// DateOf builds a UTC midnight; out-of-range months and days normalize the
// way time.Date does (day 0 is the last day of the previous month).
func DateOf(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// ValidDay reports whether y-m-d exists (y == 0 checks against a leap year).
func ValidDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int { return DateOf(y, m+1, 0).Day() }

// isoWeekMonday returns the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := DateOf(y, 1, 4)
	wd := int(jan4.Weekday()+6) % 7 // Monday = 0
	return jan4.AddDate(0, 0, -wd+7*(w-1))
}

// IsoWeekday converts time.Weekday to ISO numbering (Monday = 1).
func IsoWeekday(t time.Time) int { return int(t.Weekday()+6)%7 + 1 }

func IsoDay(t time.Time) string { return t.Format("2006-01-02") }

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
