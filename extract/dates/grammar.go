package dates

import "strings"

// Year ranges the grammar accepts: a year written inside a full date may
// be anything plausible in a government archive; a bare number only
// counts as a year in a modern range and in a year-like context.
const (
	minFullYear = 1800
	maxFullYear = 2200
	minBareYear = 1900
	maxBareYear = 2100
	// twoDigitYearPivot: two-digit years below it are 20xx, others 19xx.
	twoDigitYearPivot = 70
)

// dateParser walks the tokens of one text and collects date expressions.
type dateParser struct {
	lex   *Lexicon
	text  string
	toks  []token
	exprs []expr
	// lastBareYear is the token index just after the last bare year (or
	// year range), so that "in 2012 and 2013" lists continue.
	lastBareYear int
}

// parse runs the grammar over all tokens.
func (p *dateParser) parse() {
	p.lastBareYear = -1
	for i := 0; i < len(p.toks); {
		if j := p.parseAt(i); j > i {
			i = j
			continue
		}
		i++
	}
	p.repairWrappedYears()
}

// wrappedYearsReach is how many tokens may separate the two ranges of a
// wrapped table row (a label such as "From").
const wrappedYearsReach = 8

// repairWrappedYears undoes a PDF table row whose cells wrapped their
// years onto the next line and were joined row by row:
//
//	Validity  28 November 2020 to 20 March | From 15 April 2024 to 31 December
//	          2024                         | 2027
//
// comes out as "28 November 2020 to 20 March" and "From 15 April 2024 to
// 31 December 2024 2027". A range ending in a year-less day at a line end,
// followed by a range whose year is followed by a stray year closing its
// line, gives the first year to the first range and the stray year to the
// second.
func (p *dateParser) repairWrappedYears() {
	for k := 1; k < len(p.exprs); k++ {
		prev, e := &p.exprs[k-1], &p.exprs[k]
		if !prev.rng || !prev.bYearInferred || prev.b.g != gDay || !e.rng || e.b.g != gDay || e.a.y == 0 {
			continue
		}
		if prev.t1 >= len(p.toks) || p.toks[prev.t1].nl == 0 || e.t0-prev.t1 > wrappedYearsReach {
			continue
		}
		yt, st := e.t1-1, e.t1
		if st >= len(p.toks) || p.toks[yt].kind != tNum || p.toks[yt].ndig != 4 || p.toks[yt].num != e.b.y {
			continue
		}
		stray := p.toks[st]
		if stray.kind != tNum || stray.ndig != 4 || stray.nl > 0 || (st+1 < len(p.toks) && p.toks[st+1].nl == 0) {
			continue
		}
		y1, y2 := e.b.y, stray.num
		if y1 < prev.a.y || y2 < y1 || y2 > maxFullYear || e.a.y > y2 {
			continue
		}
		pb := prev.b
		pb.y = y1
		if dayIndex(pb, y1) <= dayIndex(prev.a, prev.a.y) {
			continue
		}
		prev.b.y, e.b.y = y1, y2
		if k+1 < len(p.exprs) && p.exprs[k+1].t0 == st {
			p.exprs[k+1].drop = true // the stray year read on its own
		}
	}
}

// --- token helpers ---

func (p *dateParser) kw(i int) keyword {
	if i < 0 || i >= len(p.toks) || p.toks[i].kw == 0 {
		return keyword{}
	}
	return p.lex.kws[p.toks[i].kw]
}

func (p *dateParser) isWord(i int, fl kwFlag) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tWord && p.kw(i).has(fl)
}

func (p *dateParser) isPunct(i int, ch byte) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.toks[i].ch == ch
}

// adjacent reports whether token i starts right where token i-1 ends.
func (p *dateParser) adjacent(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i].start == p.toks[i-1].end
}

func (p *dateParser) tokText(i int) string { return p.text[p.toks[i].start:p.toks[i].end] }

// month parses a capitalized month name at i (with the dot of an
// abbreviation); it returns the month, the next index and whether the
// name was abbreviated.
func (p *dateParser) month(i int) (m, j int, abbr, ok bool) {
	if i >= len(p.toks) {
		return 0, i, false, false
	}
	t := p.toks[i]
	if t.kind != tWord || t.caps == 0 || p.kw(i).has(kfMonthForeign) {
		return 0, i, false, false
	}
	k := p.kw(i)
	if !k.has(kfMonth) {
		if m, j, ok := p.wrappedMonth(i); ok {
			return m, j, false, true
		}
		return 0, i, false, false
	}
	j = i + 1
	abbr = k.has(kfMonthAbbr)
	if abbr && p.isPunct(j, '.') && p.adjacent(j) {
		j++
	}
	return int(k.month), j, abbr, true
}

// foreignMonth parses a month name of another language at i (in any
// case, as French, Spanish, Italian, Dutch and Portuguese write it in
// lower case); it returns the month and the next index.
func (p *dateParser) foreignMonth(i int) (m, j int, ok bool) {
	if i >= len(p.toks) || p.toks[i].kind != tWord || !p.kw(i).has(kfMonthForeign) {
		return 0, i, false
	}
	return int(p.kw(i).month), i + 1, true
}

// isWordText reports whether token i is one of the words ws (any case).
func (p *dateParser) isWordText(i int, ws ...string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return false
	}
	for _, w := range ws {
		if strings.EqualFold(p.tokText(i), w) {
			return true
		}
	}
	return false
}

// fullMonths are the month names a line-end hyphen may split.
var fullMonths = [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// wrappedMonth parses a month name hyphenated at a line end ("Novem-" /
// "ber"), as wrapped PDF text keeps it; it returns the month and the index
// after the second half.
func (p *dateParser) wrappedMonth(i int) (m, j int, ok bool) {
	if i+2 >= len(p.toks) || !p.isPunct(i+1, '-') || !p.adjacent(i+1) {
		return 0, i, false
	}
	t, rest := p.toks[i], p.toks[i+2]
	if t.kind != tWord || rest.kind != tWord || rest.nl != 1 || rest.caps != 0 || t.end-t.start < 2 {
		return 0, i, false
	}
	head, tail := p.text[t.start:t.end], p.text[rest.start:rest.end]
	for n, name := range fullMonths {
		if len(head)+len(tail) == len(name) && strings.EqualFold(head, name[:len(head)]) && tail == name[len(head):] {
			return n + 1, i + 3, true
		}
	}
	return 0, i, false
}

// dayNum parses a day of month at i: 1..31, one or two digits, optionally
// ordinal, not part of a time (10:30), a decimal (5.5) or a larger number.
func (p *dateParser) dayNum(i int) (d, j int, ok bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	t := p.toks[i]
	if t.kind != tNum || t.ndig > 2 || t.num < 1 || t.num > 31 {
		return 0, i, false
	}
	if p.glued(i) {
		return 0, i, false
	}
	return t.num, i + 1, true
}

// glued reports whether number i is part of a larger numeric construct
// rather than a day: a time (10:30), a decimal (5.5), a thousands group
// (5,000), a percentage, a price or phone (+81, $447), a reference number
// (No.5) or a chain like 2-1-2 or 3-5253-5924.
func (p *dateParser) glued(i int) bool {
	n := len(p.toks)
	numAt := func(k int) bool { return k >= 0 && k < n && p.toks[k].kind == tNum }
	punctAt := func(k int, chs string) bool {
		return k >= 0 && k < n && p.toks[k].kind == tPunct && p.toks[k].ch != 0 && strings.IndexByte(chs, p.toks[k].ch) >= 0
	}
	// Right side.
	if p.adjacent(i + 1) {
		switch {
		case punctAt(i+1, "%"):
			return true
		case punctAt(i+1, ":.,") && p.adjacent(i+2) && numAt(i+2):
			return true
		case punctAt(i+1, "-/") && p.adjacent(i+2) && numAt(i+2) && punctAt(i+3, "-/") && p.adjacent(i+3) && p.adjacent(i+4) && numAt(i+4):
			return true
		}
	}
	// Left side: an issue or volume number ("Issue 7 — 29 November").
	if p.numberLabel(i - 1) {
		return true
	}
	if p.adjacent(i) {
		switch {
		case punctAt(i-1, "$#+"):
			return true
		case punctAt(i-1, ":.,") && p.adjacent(i-1) && i >= 2 && (p.toks[i-2].kind == tNum || p.toks[i-2].kind == tMixed || p.toks[i-2].kind == tWord):
			return true
		case punctAt(i-1, "-/") && p.adjacent(i-1) && numAt(i-2) && punctAt(i-3, "-/+") && p.adjacent(i-2):
			return true
		}
	}
	return false
}

// numberLabel reports whether token k (or the word before its dot) is a
// capitalized label of a serial number: Issue, No., Number, Nr., Vol.,
// Volume, Edition.
func (p *dateParser) numberLabel(k int) bool {
	if p.isPunct(k, '.') && p.adjacent(k) {
		k--
	}
	if k < 0 || p.toks[k].kind != tWord || p.toks[k].caps == 0 {
		return false
	}
	return p.isWordText(k, "issue", "no", "number", "nr", "vol", "volume", "edition")
}

// parenWeekday parses "(Mon.)", "(Monday)" at i.
func (p *dateParser) parenWeekday(i int) (wd, j int, ok bool) {
	if !p.isPunct(i, '(') || i+1 >= len(p.toks) {
		return 0, i, false
	}
	if wd := cjkWeekday(p.tokText(i + 1)); wd != 0 && p.isPunct(i+2, ')') {
		return wd, i + 3, true // （火）
	}
	k := p.kw(i + 1)
	if !k.has(kfWeekday) || p.toks[i+1].kind != tWord || p.toks[i+1].caps == 0 {
		return 0, i, false
	}
	j = i + 2
	if p.isPunct(j, '.') {
		j++
	}
	if !p.isPunct(j, ')') {
		return 0, i, false
	}
	return int(k.wday), j + 1, true
}

// cjkWeekday returns the ISO weekday of a one-character Japanese or
// Korean weekday (火, 수), or 0.
func cjkWeekday(w string) int {
	for n, set := range [...]string{"月월", "火화", "水수", "木목", "金금", "土토", "日일"} {
		for _, r := range set {
			if w == string(r) {
				return n + 1
			}
		}
	}
	return 0
}

// weekdayPrefix parses "Tuesday," / "Tue." / "Monday" at i.
func (p *dateParser) weekdayPrefix(i int) (wd, j int, ok bool) {
	if i >= len(p.toks) || p.toks[i].kind != tWord || p.toks[i].caps == 0 {
		return 0, i, false
	}
	k := p.kw(i)
	if !k.has(kfWeekday) {
		return 0, i, false
	}
	j = i + 1
	if p.isPunct(j, '.') && p.adjacent(j) {
		j++
	}
	if p.isPunct(j, ',') {
		j++
	}
	return int(k.wday), j, true
}

// yearAt parses a four-digit year in [lo, hi] at i.
func (p *dateParser) yearAt(i, lo, hi int) (y, j int, ok bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	t := p.toks[i]
	if t.kind != tNum || t.ndig != 4 || t.num < lo || t.num > hi || t.ord {
		return 0, i, false
	}
	if i+1 < len(p.toks) && p.adjacent(i+1) && p.toks[i+1].kind == tPunct {
		switch p.toks[i+1].ch {
		case '.', ',', ':':
			if i+2 < len(p.toks) && p.adjacent(i+2) && p.toks[i+2].kind == tNum {
				return 0, i, false
			}
		case '%':
			return 0, i, false
		}
	}
	return t.num, i + 1, true
}

// yearSuffix parses the ", 2014" after a month and day.
func (p *dateParser) yearSuffix(j int) (y, next int, ok bool) {
	k := j
	if p.isPunct(k, ',') {
		k++
	}
	if k < len(p.toks) && p.toks[k].nl > 1 {
		return 0, j, false
	}
	y, next, ok = p.yearAt(k, minFullYear, maxFullYear)
	if !ok {
		return 0, j, false
	}
	return y, next, true
}

// afterDay consumes an optional "(Mon.)" after a day or year.
func (p *dateParser) afterDay(j int, pt *point) int {
	if wd, k, ok := p.parenWeekday(j); ok {
		pt.wd = wd
		return k
	}
	return j
}

// --- expressions ---

func (p *dateParser) emit(t0, t1 int, e expr) {
	e.t0, e.t1 = t0, t1
	e.start, e.end = p.toks[t0].start, p.toks[t1-1].end
	if last := p.toks[t1-1]; last.kind == tMixed && last.ndig > 0 && p.isoTime(t1-1) {
		e.end = last.start + int(last.ndig) // the day of 2014-03-13T10:00, not the hour
	}
	p.exprs = append(p.exprs, e)
}

// parseAt tries every rule that can start at token i and returns the
// index after the expression, or i when none matched.
func (p *dateParser) parseAt(i int) int {
	t := p.toks[i]
	switch t.kind {
	case tNum:
		if t.ndig == 4 {
			return p.parseYearFirst(i, false, false)
		}
		if t.ndig <= 2 {
			if j := p.parseNumericDMY(i); j > i {
				return j
			}
			if j := p.parseHyphenDMY(i); j > i {
				return j
			}
			return p.parseDayFirst(i, i, 0, false)
		}
	case tMixed:
		return p.parseMixed(i)
	case tWord:
		k := p.kw(i)
		if k.flags == 0 {
			if t.caps&capAll != 0 && p.tokText(i) == "FY" {
				return p.parseFiscalYear(i, i+1)
			}
			if t.caps != 0 && p.isPunct(i+1, '-') {
				if _, _, ok := p.wrappedMonth(i); ok {
					return p.parseMonthFirst(i, i, 0, false)
				}
			}
			return i
		}
		if k.has(kfMonth) && t.caps != 0 {
			if j := p.parseStacked(i); j > i {
				return j
			}
			return p.parseMonthFirst(i, i, 0, false)
		}
		if k.has(kfEra) || k.has(kfEraCJK) {
			return p.parseEra(i, i, gYear)
		}
		if k.has(kfWeekday) && t.caps != 0 {
			return p.parseWeekdayFirst(i, false)
		}
		if k.has(kfSeason) {
			return p.parseSeason(i, i)
		}
		if k.has(kfFrom) || k.has(kfBetween) {
			return p.parseOpened(i, k.has(kfBetween))
		}
		if k.has(kfMod) {
			return p.parseModified(i)
		}
		if k.has(kfThe) {
			return p.parseThe(i)
		}
		if k.has(kfBoundary) {
			if p.isWord(i+1, kfOf) {
				return p.parseInner(i, i+2)
			}
			if p.isPunct(i+1, '-') && p.adjacent(i+1) && p.adjacent(i+2) {
				return p.parseInner(i, i+2) // end-2017, end-March
			}
			return i
		}
		if k.has(kfYearWord) && t.caps&capAll == 0 && p.isPunct(i+1, '-') && p.adjacent(i+1) && p.adjacent(i+2) &&
			i+2 < len(p.toks) && strings.EqualFold(p.tokText(i+2), "end") && !(i > 0 && p.isWord(i-1, kfFiscal)) {
			// "by year-end": the end of this year.
			p.emit(i, i+3, expr{rel: ruYear})
			return i + 3
		}
		if k.has(kfWeek) && t.caps&capAll == 0 {
			if j := p.parseWeekOf(i); j > i {
				return j
			}
		}
		if k.has(kfEarlierLater) && p.isWord(i+1, kfRelDir) {
			return p.parseRelative(i, i+1)
		}
		if k.has(kfRelDir) {
			return p.parseRelative(i, i)
		}
		if k.has(kfDayRel) {
			p.emit(i, i+1, expr{rel: ruDay, relOff: int(k.dir)})
			return i + 1
		}
		if k.has(kfFiscal) {
			return p.parseFiscalWord(i, i)
		}
	}
	return i
}

// parseOpened handles "from X to Y" and "between X and Y": the opener only
// licenses the range (and, after between, an "and" range of any length).
func (p *dateParser) parseOpened(i int, between bool) int {
	j := i + 1
	if j >= len(p.toks) {
		return i
	}
	t := p.toks[j]
	switch {
	case t.kind == tNum && t.ndig == 4:
		return p.parseYearFirst(j, true, between)
	case t.kind == tNum && t.ndig <= 2:
		return p.parseDayFirst(j, j, 0, between)
	case t.kind == tWord && p.kw(j).has(kfMonth) && t.caps != 0:
		return p.parseMonthFirst(j, j, 0, between)
	case t.kind == tWord && p.kw(j).has(kfWeekday) && t.caps != 0:
		return p.parseWeekdayFirst(j, between)
	}
	return i
}

// parseWeekdayFirst handles "Tuesday, October 10, ..." and "Monday 2 October".
func (p *dateParser) parseWeekdayFirst(i int, between bool) int {
	wd, j, ok := p.weekdayPrefix(i)
	if !ok {
		return i
	}
	if _, _, _, ok := p.month(j); ok {
		if k := p.parseMonthFirst(i, j, wd, between); k > i {
			return k
		}
		return i
	}
	if p.isWord(j, kfThe) {
		j++
	}
	if _, _, ok := p.dayNum(j); ok {
		if k := p.parseDayFirst(i, j, wd, between); k > i {
			return k
		}
	}
	// "on Tuesday": a weekday near the release date; "on Monday through
	// Thursday" is a weekly schedule.
	if i > 0 && p.isWord(i-1, kfOn) && p.fullWeekday(i) && !p.weekdaySpan(i) {
		p.emit(i-1, i+1, expr{rel: ruWeekday, relSub: wd})
		return i + 1
	}
	return i
}

// weekdaySpan reports whether the weekday at i opens a span of weekdays
// ("Monday through Thursday", "Monday-Friday").
func (p *dateParser) weekdaySpan(i int) bool {
	k := i + 1
	if p.isPunct(k, ',') {
		k++
	}
	if !p.isWord(k, kfRangeTo) && !p.isPunct(k, '-') && !p.isWord(k, kfAnd) && !p.isWord(k, kfOr) {
		return false
	}
	return k+1 < len(p.toks) && p.kw(k+1).has(kfWeekday) && p.toks[k+1].kind == tWord
}

// fullWeekday reports whether token i is a capitalized, unabbreviated
// weekday name (Sun, Wed and Sat are as often other words).
func (p *dateParser) fullWeekday(i int) bool {
	t := p.toks[i]
	return t.kind == tWord && t.caps != 0 && p.kw(i).has(kfWeekday) && t.end-t.start >= len("monday")
}

// md parses month-first "October 10", "Sept. 5th", "December 5 (Mon.)".
func (p *dateParser) md(i int) (point, int, bool) {
	m, j, _, ok := p.month(i)
	if !ok {
		return point{}, i, false
	}
	if p.isWord(j, kfThe) && j+1 < len(p.toks) && p.toks[j+1].ord {
		j++
	}
	d, k, ok := p.dayNum(j)
	if !ok || !validDay(0, m, d) || p.toks[j].nl > 1 {
		return point{}, i, false
	}
	pt := point{m: m, d: d, g: gDay}
	k = p.afterDay(k, &pt)
	return pt, k, true
}

// dm parses day-first "13 March", "13th of March", "5 December (Mon.)".
func (p *dateParser) dm(i int) (point, int, bool) {
	d, j, ok := p.dayNum(i)
	if !ok {
		return point{}, i, false
	}
	if p.toks[i].ord && j+1 < len(p.toks) && p.toks[j].kind == tWord && strings.EqualFold(p.tokText(j), "day") && p.isWord(j+1, kfOf) {
		j++ // "this 14th day of March 2025"
	}
	if p.isWord(j, kfOf) {
		j++
	}
	m, k, _, ok := p.month(j)
	if !ok && p.isPunct(j, '.') && p.adjacent(j) {
		// "15. April 2016": a dotted day before a month name spelled as
		// in English, when a year follows.
		if m2, k2, _, ok2 := p.month(j + 1); ok2 {
			if _, _, yok := p.yearAt(k2, minFullYear, maxFullYear); yok {
				m, k, ok, j = m2, k2, true, j+1
			}
		}
	}
	if !ok {
		// Other languages: "4 avril", "3. März", "5 de junio", "5 de
		// junio de 2024" (the "de" before the year is skipped here so
		// that the year reads as after any day-first date).
		jm := j
		if p.isPunct(jm, '.') && p.adjacent(jm) {
			jm++
		} else if p.isWordText(jm, "de") {
			jm++
		}
		if m, k, ok = p.foreignMonth(jm); ok {
			j = jm
			if p.isWordText(k, "de", "del") {
				if _, _, yok := p.yearAt(k+1, minFullYear, maxFullYear); yok {
					k++
				}
			}
		}
	}
	if !ok || !validDay(0, m, d) || p.toks[j].nl > 1 {
		return point{}, i, false
	}
	if p.toks[j].nl == 1 {
		// "No. 2" / "Oct 31, 2017": a month opening the next line with
		// its own day is a month-first date, not this number's month.
		if d2, _, ok := p.dayNum(k); ok && validDay(0, m, d2) && p.toks[k].nl == 0 {
			return point{}, i, false
		}
	}
	pt := point{m: m, d: d, g: gDay}
	k = p.afterDay(k, &pt)
	return pt, k, true
}

// conn parses a range connector at j; it returns the index after it and
// whether it was "and" (which only makes a range under conditions).
func (p *dateParser) conn(j int) (next int, isAnd, ok bool) {
	k := j
	if p.isPunct(k, ',') && (p.isWord(k+1, kfAnd) || p.isPunct(k+1, '&')) {
		k++
	}
	if k >= len(p.toks) || p.toks[k].nl > 1 {
		return j, false, false
	}
	switch {
	case p.isPunct(k, '-') || p.isPunct(k, '~'):
		k++
		if p.isPunct(k, '-') { // "--"
			k++
		}
		return k, false, true
	case p.isPunct(k, '/'):
		return k + 1, false, true
	case p.isPunct(k, '&') || p.isWord(k, kfAnd):
		return k + 1, true, true
	case p.isWord(k, kfRangeTo):
		return k + 1, false, true
	}
	return j, false, false
}

// skipDayList skips ", 2, 3" after day d at j (each day later than the
// one before, each followed by another comma or "and"), returning the
// index of the connector before the last day, or j when there is no list.
func (p *dateParser) skipDayList(j, d int) int {
	k := j
	for p.isPunct(k, ',') {
		n, k2, ok := p.dayNum(k + 1)
		if !ok || n <= d || p.toks[k+1].ndig > 2 {
			break
		}
		k2 = p.afterDay(k2, &point{})
		if !p.isPunct(k2, ',') && !p.isWord(k2, kfAnd) && !p.isPunct(k2, '&') {
			break
		}
		d, k = n, k2
	}
	return k
}

// aloneOnLine reports whether tokens [i, j) make up their whole line.
func (p *dateParser) aloneOnLine(i, j int) bool {
	return (i == 0 || p.toks[i].nl > 0) && (j >= len(p.toks) || p.toks[j].nl > 0)
}

// parseStacked parses a date whose parts stand on lines of their own, as
// listing pages print them in a calendar badge ("Mar" / "9" / "2015").
func (p *dateParser) parseStacked(i int) int {
	if i+2 >= len(p.toks) || !p.aloneOnLine(i, i+1) {
		return i
	}
	m := int(p.kw(i).month)
	d, y := p.toks[i+1], p.toks[i+2]
	if d.kind != tNum || d.ndig > 2 || d.nl == 0 || d.nl > 2 || y.kind != tNum || y.ndig != 4 || y.nl == 0 || y.nl > 2 {
		return i
	}
	if !p.aloneOnLine(i+1, i+2) || !p.aloneOnLine(i+2, i+3) || y.num < minFullYear || y.num > maxFullYear || !validDay(y.num, m, d.num) {
		return i
	}
	p.emit(i, i+3, expr{a: point{y: y.num, m: m, d: d.num, g: gDay}, monthFirst: true})
	return i + 3
}

// dayIndex orders month-day points within a year (leap year assumed when
// the year is unknown).
func dayIndex(pt point, y int) int {
	if y == 0 {
		y = 2000
	}
	return dateOf(y, pt.m, pt.d).YearDay() + 400*(y-2000)
}

// parseMonthFirst parses everything that starts with a month name at i
// (t0 is where the expression starts, e.g. at a weekday before it).
func (p *dateParser) parseMonthFirst(t0, i, wd int, between bool) int {
	a, j, ok := p.md(i)
	if !ok {
		return p.parseMonthYear(t0, i, between)
	}
	if wd != 0 {
		a.wd = wd
	}
	if y, k, ok := p.yearSuffix(j); ok {
		a.y = y
		j = p.afterDay(k, &a)
	}
	e := expr{a: a, monthFirst: true}
	// "October 1, 2 and 3, 2018": a day list sharing the month.
	if a.y == 0 {
		if k := p.skipDayList(j, a.d); k > j {
			if k2, isAnd, ok := p.conn(k); ok && isAnd {
				if d, k3, ok := p.dayNum(k2); ok && d > a.d && validDay(0, a.m, d) {
					b := point{m: a.m, d: d, g: gDay}
					k3 = p.afterDay(k3, &b)
					if y, k4, ok := p.yearSuffix(k3); ok {
						a.y, b.y = y, y
						k3 = p.afterDay(k4, &b)
					}
					e.a, e.b, e.rng = a, b, true
					p.emit(t0, k3, e)
					return k3
				}
			}
		}
	}
	// A second date joined by a connector.
	if k, isAnd, ok := p.conn(j); ok {
		wdB, k2, _ := p.weekdayPrefix(k)
		if b, k3, ok := p.md(k2); ok {
			if wdB != 0 {
				b.wd = wdB
			}
			if y, k4, ok := p.yearSuffix(k3); ok {
				b.y = y
				k3 = p.afterDay(k4, &b)
			}
			return p.joinFull(t0, j, k3, e, b, isAnd, between)
		}
		if wdB == 0 {
			if d, k3, ok := p.dayNum(k); ok && !(p.toks[k].ndig == 4) {
				b := point{m: a.m, d: d, g: gDay}
				k3 = p.afterDay(k3, &b)
				if validDay(0, b.m, b.d) && b.d > a.d {
					if y, k4, ok := p.yearSuffix(k3); ok {
						b.y = y
						k3 = p.afterDay(k4, &b)
					}
					if a.y != 0 && b.y == 0 {
						b.y = a.y
					}
					if b.y != 0 && a.y == 0 {
						a.y = b.y
					}
					e.a, e.b, e.rng = a, b, true
					if a.y == b.y {
						p.emit(t0, k3, e)
						return k3
					}
				}
			}
		}
	}
	p.emit(t0, j, e)
	return j
}

// joinFull combines "A conn B" where both are full month-day dates.
// "and" joins only contiguous days (or any under "between"); otherwise A
// and B are separate dates sharing B's year.
func (p *dateParser) joinFull(t0, endA, endB int, e expr, b point, isAnd, between bool) int {
	a := e.a
	if a.y == 0 && b.y != 0 {
		a.y = b.y
		if dayIndex(a, b.y) > dayIndex(b, b.y) {
			a.y = b.y - 1
		}
	}
	if b.y == 0 && a.y != 0 {
		b.y = a.y
		if dayIndex(b, a.y) < dayIndex(a, a.y) {
			b.y = a.y + 1
		}
		e.bYearInferred = true
	}
	gap := dayIndex(b, b.y) - dayIndex(a, a.y)
	if b.y == 0 {
		gap = dayIndex(b, 0) - dayIndex(a, 0)
		if gap < 0 {
			gap += 366
		}
	}
	if gap > 0 && (!isAnd || between || gap == 1) {
		e.a, e.b, e.rng = a, b, true
		p.emit(t0, endB, e)
		return endB
	}
	// Two dates: A then B, each its own expression.
	e.a = a
	p.emit(t0, endA, e)
	startB := endA
	for startB < endB && (p.toks[startB].kind == tPunct || p.isWord(startB, kfAnd) || p.isWord(startB, kfRangeTo)) {
		startB++
	}
	if startB < endB {
		p.emit(startB, endB, expr{a: b, dayFirst: e.dayFirst, monthFirst: e.monthFirst})
	}
	return endB
}

// parseMonthYear parses "May 2013", "March of 2012", "March–April 2014",
// "from March 2014 to April 2015" and, after a month context word, a bare
// month ("in February").
func (p *dateParser) parseMonthYear(t0, i int, between bool) int {
	m, j, abbr, ok := p.month(i)
	if !ok {
		return i
	}
	a := point{m: m, g: gMonth}
	k := j
	if p.isPunct(k, ',') || p.isWord(k, kfOf) {
		k++
	}
	if y, k2, ok := p.yearAt(k, minFullYear, maxFullYear); ok && !p.yearGluedAfter(k) {
		a.y = y
		j = k2
	} else if abbr || !p.monthContext(t0) {
		// A bare month needs a month context ("in May"); May the modal
		// verb and abbreviations alone are not dates.
		if !p.monthRangeFollows(j) {
			return i
		}
	}
	e := expr{a: a}
	if k, _, ok := p.conn(j); ok {
		if mb, k2, _, ok := p.month(k); ok {
			b := point{m: mb, g: gMonth}
			k3 := k2
			if p.isPunct(k3, ',') || p.isWord(k3, kfOf) {
				k3++
			}
			if y, k4, ok := p.yearAt(k3, minFullYear, maxFullYear); ok {
				b.y = y
				k2 = k4
			}
			if a.y == 0 && b.y != 0 {
				a.y = b.y
				if a.m > b.m {
					a.y--
				}
			}
			if b.y == 0 && a.y != 0 {
				b.y = a.y
				if b.m < a.m {
					b.y++
				}
			}
			if (a.y == 0 && b.y == 0 && (p.monthContext(t0) || between)) || a.y*12+a.m < b.y*12+b.m {
				e.a, e.b, e.rng = a, b, true
				p.emit(t0, k2, e)
				return k2
			}
		}
	}
	if a.y == 0 && !p.monthContext(t0) {
		return i
	}
	p.emit(t0, j, e)
	return j
}

// monthRangeFollows reports whether "– April 2014" follows a bare month.
func (p *dateParser) monthRangeFollows(j int) bool {
	k, _, ok := p.conn(j)
	if !ok {
		return false
	}
	_, k2, _, ok := p.month(k)
	if !ok {
		return false
	}
	_, _, ok = p.yearAt(k2, minFullYear, maxFullYear)
	return ok
}

// monthContext reports whether the word before token t licenses a bare
// month name: in, since, until, early, the end of ...
func (p *dateParser) monthContext(t int) bool {
	k := t - 1
	if p.isPunct(k, '-') && p.adjacent(t) {
		k--
	}
	if p.isWord(k, kfOf) && p.isWord(k-1, kfBoundary) {
		return true // the end of March
	}
	// "June-through-August": a span of months in any year (a climate
	// season), not a date.
	if k < t-1 && p.adjacent(k+1) && k > 0 && p.isPunct(k-1, '-') && p.adjacent(k) {
		return false
	}
	return p.isWord(k, kfMonthCtx)
}

// yearGluedAfter reports whether the year at i runs into something that
// makes it no year: "2025 units", "2013-era".
func (p *dateParser) yearGluedAfter(i int) bool {
	if p.isWord(i+1, kfUnitNoun) && p.toks[i+1].caps == 0 {
		return true
	}
	return false
}

// parseDayFirst parses "13 March 2014", "10-11 October 2017", "30 November
// – 1 December 2023", "5 and 6 December 2016" starting at i (t0 is the
// expression's start, e.g. a weekday).
func (p *dateParser) parseDayFirst(t0, i, wd int, between bool) int {
	a, j, ok := p.dm(i)
	if !ok {
		// "10-11 October 2017": a bare day, a connector, a full date.
		d1, k, ok := p.dayNum(i)
		if !ok {
			return i
		}
		pa := point{d: d1, g: gDay}
		k = p.afterDay(k, &pa)
		// "1, 2 and 3 October 2018": skip the middle of a day list.
		k = p.skipDayList(k, d1)
		k2, _, ok := p.conn(k)
		if !ok {
			return i
		}
		wdB, k2, _ := p.weekdayPrefix(k2)
		b, k3, ok := p.dm(k2)
		if !ok || b.d <= d1 {
			return i
		}
		if wdB != 0 {
			b.wd = wdB
		}
		a = point{m: b.m, d: d1, g: gDay, wd: pa.wd}
		if wd != 0 {
			a.wd = wd
		}
		if y, k4, ok := p.yearSuffix(k3); ok {
			a.y, b.y = y, y
			k3 = p.afterDay(k4, &b)
		}
		p.emit(t0, k3, expr{a: a, b: b, rng: true, dayFirst: true})
		return k3
	}
	if wd != 0 {
		a.wd = wd
	}
	if y, k, ok := p.yearSuffix(j); ok {
		a.y = y
		j = p.afterDay(k, &a)
	}
	e := expr{a: a, dayFirst: true}
	if k, isAnd, ok := p.conn(j); ok {
		wdB, k2, _ := p.weekdayPrefix(k)
		if b, k3, ok := p.dm(k2); ok {
			if wdB != 0 {
				b.wd = wdB
			}
			if y, k4, ok := p.yearSuffix(k3); ok {
				b.y = y
				k3 = p.afterDay(k4, &b)
			}
			return p.joinFull(t0, j, k3, e, b, isAnd, between)
		}
	}
	p.emit(t0, j, e)
	return j
}

// parseHyphenDMY parses "14-Mar-2025" and "15-MAR-25" (day, month name
// and year joined by hyphens, as forms and registers write them).
func (p *dateParser) parseHyphenDMY(i int) int {
	if i+4 >= len(p.toks) || !p.isPunct(i+1, '-') || !p.isPunct(i+3, '-') {
		return i
	}
	for k := i + 1; k <= i+4; k++ {
		if !p.adjacent(k) {
			return i
		}
	}
	if i > 0 && p.adjacent(i) && p.toks[i-1].kind != tWord {
		return i // "A-14-Mar-2025", "1-14-Mar"
	}
	d, mt, yt := p.toks[i], p.toks[i+2], p.toks[i+4]
	if mt.kind != tWord || mt.caps == 0 || !p.kw(i+2).has(kfMonth) || yt.kind != tNum || d.ord {
		return i
	}
	y := yt.num
	switch yt.ndig {
	case 4:
	case 2:
		y += 2000
		if yt.num >= twoDigitYearPivot {
			y -= 100
		}
	default:
		return i
	}
	m := int(p.kw(i + 2).month)
	if y < minFullYear || y > maxFullYear || !validDay(y, m, d.num) || p.chainContinues(i+4) {
		return i
	}
	p.emit(i, i+5, expr{a: point{y: y, m: m, d: d.num, g: gDay}, dayFirst: true})
	return i + 5
}

// parseNumericDMY parses all-numeric day-month-year forms at i: 13/03/2014,
// 03/04/2014 (ambiguous), 13.03.2014, 13-03-2014.
func (p *dateParser) parseNumericDMY(i int) int {
	e, j, ok := p.numericDMY(i)
	if !ok {
		return i
	}
	// 30/11/2023 - 01/12/2023: a range when both read the same way; an
	// ambiguous end takes the order of an unambiguous start.
	if k, isAnd, ok := p.conn(j); ok && !isAnd && !e.amb && !p.isPunct(j, '/') {
		if b, k2, ok := p.numericDMY(k); ok && b.a.y >= e.a.y {
			consistent := true
			switch {
			case b.amb && e.dayFirst:
				b.a.m, b.a.d = b.a.d, b.a.m
			case b.amb && !e.monthFirst:
				consistent = false
			case (e.dayFirst && b.monthFirst) || (e.monthFirst && b.dayFirst):
				consistent = false
			}
			if consistent && validDay(b.a.y, b.a.m, b.a.d) && dayIndex(b.a, b.a.y) > dayIndex(e.a, e.a.y) {
				e.b, e.rng = b.a, true
				p.emit(i, k2, e)
				return k2
			}
		}
	}
	p.emit(i, j, e)
	return j
}

// numericDMY reads one all-numeric day-month-year date at i (see
// parseNumericDMY) without emitting it.
func (p *dateParser) numericDMY(i int) (expr, int, bool) {
	if i+4 >= len(p.toks) {
		return expr{}, i, false
	}
	t := p.toks[i]
	sep := p.toks[i+1]
	if sep.kind != tPunct || (sep.ch != '/' && sep.ch != '.' && sep.ch != '-') {
		return expr{}, i, false
	}
	if !p.adjacent(i+1) || !p.adjacent(i+2) || !p.adjacent(i+3) || !p.adjacent(i+4) {
		return expr{}, i, false
	}
	t2, sep2, t3 := p.toks[i+2], p.toks[i+3], p.toks[i+4]
	if t2.kind != tNum || t2.ndig > 2 || sep2.kind != tPunct || sep2.ch != sep.ch || t3.kind != tNum || (t3.ndig != 4 && t3.ndig != 2) {
		return expr{}, i, false
	}
	year := t3.num
	if t3.ndig == 2 {
		// 04/30/13: two-digit years only with slashes (13.03.14 and
		// 13-03-14 are as often codes), read as the nearest century.
		if sep.ch != '/' && !p.aloneOnLine(i, i+5) {
			return expr{}, i, false
		}
		year += 2000
		if t3.num >= twoDigitYearPivot {
			year -= 100
		}
	}
	if year < minFullYear || year > maxFullYear || t.num < 1 || t2.num < 1 {
		return expr{}, i, false
	}
	// Not part of a longer chain (1.2.2014.5, 10-1-2014-3) or a
	// number glued on the left.
	if i > 0 && p.adjacent(i) && (p.toks[i-1].kind == tPunct || p.toks[i-1].kind == tNum) {
		ch := p.toks[i-1].ch
		if ch == '/' || ch == '.' || ch == '-' || ch == '+' || ch == '$' {
			return expr{}, i, false
		}
	}
	if i+6 < len(p.toks) && p.adjacent(i+5) && p.toks[i+5].kind == tPunct && p.adjacent(i+6) && p.toks[i+6].kind == tNum {
		ch := p.toks[i+5].ch
		if ch == sep.ch || ch == '.' || ch == ':' {
			return expr{}, i, false
		}
	}
	x, y2 := t.num, t2.num
	e := expr{a: point{y: year, g: gDay}, numeric: true}
	switch {
	case x > 31 || y2 > 31:
		return expr{}, i, false
	case sep.ch == '.' && (t.ndig != 2 || t2.ndig != 2) && x <= 12:
		// 2.1.2014 reads as a version or section number; dotted dates
		// are written with two-digit parts (05.01.2024).
		return expr{}, i, false
	case sep.ch == '.' && t3.ndig == 2 && y2 > 12 && x <= 12:
		// 05.19.15 alone on a line (a US site's dateline): month first
		// here, so not every dotted date is day-first.
		e.a.m, e.a.d = x, y2
		e.monthFirst = true
	case sep.ch == '.' && t3.ndig == 2 && x <= 12 && x != y2:
		e.amb = true // 05.12.15: the page's other dates settle it
		e.a.m, e.a.d = x, y2
	case sep.ch == '.' || (x > 12 && y2 <= 12):
		// Dotted dates are day-first wherever they are written.
		e.a.d, e.a.m = x, y2
		e.dayFirst = x > 12
	case y2 > 12 && x <= 12:
		e.a.m, e.a.d = x, y2
		e.monthFirst = true
	case x == y2:
		e.a.m, e.a.d = x, y2
	default:
		e.amb = true
		e.a.m, e.a.d = x, y2 // first, second; settled later
	}
	if !e.amb && !validDay(e.a.y, e.a.m, e.a.d) {
		return expr{}, i, false
	}
	j := p.afterDay(i+5, &e.a)
	return e, j, true
}

// parseYearFirst parses what starts with a four-digit number: ISO and
// Japanese-style numeric dates (2014-03-13, 2016/12/06, 2017.10.31,
// 2017年10月31日), ISO weeks (2014-W15), year ranges and bare years in a
// year-like context. opened is true after "from"/"between".
func (p *dateParser) parseYearFirst(i int, opened, between bool) int {
	t := p.toks[i]
	if j := p.parseYMD(i); j > i {
		return j
	}
	if t.num < minBareYear || t.num > maxBareYear || t.ord {
		return i
	}
	// 2017年10月31日
	if p.isWord(i+1, kfYearCJK) {
		return p.parseCJK(i)
	}
	// 2014-W15
	if p.isPunct(i+1, '-') && p.adjacent(i+1) && i+2 < len(p.toks) && p.adjacent(i+2) && p.toks[i+2].kind == tMixed {
		w := p.tokText(i + 2)
		if len(w) == 3 && (w[0] == 'W' || w[0] == 'w') && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9' {
			n := int(w[1]-'0')*10 + int(w[2]-'0')
			if n >= 1 && n <= 53 {
				p.emit(i, i+3, expr{a: point{y: t.num, g: gWeek, sub: n}})
				return i + 3
			}
		}
	}
	if p.glued(i) && !p.yearRangeGlue(i) {
		return i
	}
	if !opened && i > 0 && p.adjacent(i) && p.toks[i-1].kind == tPunct {
		switch p.toks[i-1].ch {
		case '$', '#', '+', '-', '/', '.', '@', '\'':
			return i
		}
	}
	y, j, ok := p.yearAt(i, minBareYear, maxBareYear)
	if !ok || p.yearGluedAfter(i) {
		return i
	}
	if !opened && !p.yearContext(i) {
		return i
	}
	a := point{y: y, g: gYear}
	// Year ranges: 2012-2015, 2012–15, 2017/18, from 2012 to 2015,
	// between 2012 and 2015.
	if k, isAnd, ok := p.conn(j); ok && (!isAnd || between) {
		slash := p.isPunct(j, '/')
		if slash && (!p.adjacent(j) || !p.adjacent(j+1)) {
			return p.emitYear(i, j, a)
		}
		if y2, k2, ok := p.yearAt(k, minBareYear, maxBareYear); ok && y2 > y && !p.yearGluedAfter(k) {
			p.emit(i, k2, expr{a: a, b: point{y: y2, g: gYear}, rng: true})
			p.lastBareYear = k2
			return k2
		}
		if k < len(p.toks) && p.adjacent(k) && p.adjacent(k-1) && p.toks[k].kind == tNum && p.toks[k].ndig == 2 && !p.glued(k) {
			y2 := y/100*100 + p.toks[k].num
			if y2 > y {
				p.emit(i, k+1, expr{a: a, b: point{y: y2, g: gYear}, rng: true})
				p.lastBareYear = k + 1
				return k + 1
			}
		}
	}
	return p.emitYear(i, j, a)
}

func (p *dateParser) emitYear(i, j int, a point) int {
	p.emit(i, j, expr{a: a})
	p.lastBareYear = j
	return j
}

// sentenceStart reports whether token i opens a sentence or a line.
func (p *dateParser) sentenceStart(i int) bool {
	if i == 0 || p.toks[i].nl > 0 {
		return true
	}
	prev := p.toks[i-1]
	return prev.kind == tPunct && (prev.ch == '.' || prev.ch == '!' || prev.ch == '?' || prev.ch == ';')
}

// yearRangeGlue reports whether the number at i is glued only because a
// year range follows (2012-2015, 2017/18).
func (p *dateParser) yearRangeGlue(i int) bool {
	if i+2 >= len(p.toks) || !p.adjacent(i+1) || !p.adjacent(i+2) {
		return false
	}
	s := p.toks[i+1]
	n := p.toks[i+2]
	if s.kind != tPunct || (s.ch != '-' && s.ch != '/') || n.kind != tNum {
		return false
	}
	if n.ndig == 4 && n.num > p.toks[i].num && n.num <= maxBareYear {
		return true
	}
	return n.ndig == 2 && p.toks[i].num/100*100+n.num > p.toks[i].num
}

// yearContext reports whether a bare year at i is in a year-like context:
// after in/since/for/by/until/of/from/during/..., after early/mid/late,
// in a list after another year, or "the 2013 APEC Summit".
func (p *dateParser) yearContext(i int) bool {
	k := i - 1
	if k < 0 {
		return false
	}
	if p.isPunct(k, '-') && p.adjacent(i) && p.isWord(k-1, kfMod) {
		return true
	}
	if p.isWord(k, kfYearCtx) {
		// "the Cost-Cutters Act of 2015": a law's title (see below).
		return !(p.isWord(k, kfOf) && k > 0 && p.toks[k-1].caps != 0 && strings.EqualFold(p.tokText(k-1), "act"))
	}
	// "in 2012 and 2013", "in 2012, 2013 and 2014"
	if (p.isWord(k, kfAnd) || p.isWord(k, kfOr) || p.isPunct(k, ',') || p.isPunct(k, '&')) && p.lastBareYear == k {
		return true
	}
	// "2017 saw a number of changes": a year opening a sentence as its
	// subject.
	if p.isWord(i+1, kfYearSubject) && p.toks[i+1].caps == 0 && p.sentenceStart(i) {
		return true
	}
	// "the UK-France Summit 2016", "Expo 2025": a named event's year (a
	// law's year, "Online Safety Act 2021", is part of its title and
	// names no time).
	if p.isWord(k, kfEventNoun) && p.toks[k].caps != 0 && p.toks[i].nl == 0 {
		return true
	}
	// "Resolution 2576 (2021)", "defense (2010)"
	if p.isPunct(k, '(') && p.isPunct(i+1, ')') {
		return true
	}
	// "no later than 2050", "not earlier than 2030"
	if k > 0 && p.isWordText(k, "than") && p.isWordText(k-1, "later", "earlier", "sooner") {
		return true
	}
	// "our 2030 targets", "its 2050 goal", "Japan's 2015 legislation": a
	// year between a possessive and the noun it dates (a count there is
	// followed by a unit noun: "their 2000 participants").
	if p.possessiveBefore(k) && p.toks[i].nl == 0 && i+1 < len(p.toks) && p.toks[i+1].kind == tWord &&
		p.toks[i+1].nl == 0 && !p.isWord(i+1, kfUnitNoun) && p.kw(i+1).flags == 0 {
		return true
	}
	// "the 2013 APEC Summit", "the 2018–2020 Action Plan", "the 2024 to
	// 2025 financial year", "the 2023-24 fiscal year"
	if p.isWord(k, kfThe) {
		next := i + 1
		if p.yearRangeGlue(i) || (p.isPunct(next, '-') && next+1 < len(p.toks) && p.toks[next+1].kind == tNum && p.toks[next+1].ndig == 4) {
			next += 2
		}
		if p.isWord(next, kfRangeTo) && next+1 < len(p.toks) && p.toks[next+1].kind == tNum && p.toks[next+1].ndig == 4 && p.toks[next+1].num > p.toks[i].num {
			return true
		}
		if p.isWord(next, kfFiscal) || (p.isWord(next, kfYearWord) && p.toks[next].caps == 0) {
			return true
		}
		if next < len(p.toks) && p.toks[next].kind == tWord && p.toks[next].caps != 0 && p.toks[next].nl == 0 {
			return true
		}
		// "for the 2021-2024 period", "the 2018–2020 programme": a span
		// of years before the noun it dates is never a count.
		if next > i+1 && next < len(p.toks) && p.toks[next].kind == tWord && p.toks[next].nl == 0 && !p.isWord(next, kfUnitNoun) {
			return true
		}
	}
	return false
}

// possessiveBefore reports whether token k is a possessive determiner
// (its, our, their, his, her) or ends a possessive name ("Japan's",
// "Japan’s").
func (p *dateParser) possessiveBefore(k int) bool {
	if p.isWordText(k, "its", "our", "their", "his", "her") {
		return true
	}
	return k >= 2 && p.isWordText(k, "s") && p.isPunct(k-1, '\'') && p.adjacent(k) && p.adjacent(k-1) && p.toks[k-2].kind == tWord
}

// parseYMD parses 2014-03-13, 2016/12/06, 2017.10.31 and the ranges
// 2017/10/10-11, 2017/10/30-11/02, 2017-10-10 – 2017-10-12.
func (p *dateParser) parseYMD(i int) int {
	a, j, ok := p.ymd(i)
	if !ok {
		return i
	}
	e := expr{a: a}
	j = p.afterDay(j, &e.a)
	if k, _, ok := p.conn(j); ok && !p.isPunct(j, '/') {
		if b, k2, ok := p.ymd(k); ok && dayIndex(b, b.y) > dayIndex(a, a.y) {
			e.b, e.rng = b, true
			p.emit(i, p.afterDay(k2, &e.b), e)
			return p.afterDay(k2, &e.b)
		}
		// 2019. 4. 3. ~ 4. 5.
		if k+3 < len(p.toks) && p.koreanDots(i) && p.toks[k].kind == tNum && p.toks[k].ndig <= 2 && p.isPunct(k+1, '.') && p.adjacent(k+1) &&
			p.toks[k+2].kind == tNum && p.toks[k+2].ndig <= 2 && p.toks[k+2].nl == 0 && !p.adjacent(k+2) && p.isPunct(k+3, '.') && p.adjacent(k+3) {
			b := point{y: a.y, m: p.toks[k].num, d: p.toks[k+2].num, g: gDay}
			if validDay(b.y, b.m, b.d) && dayIndex(b, b.y) > dayIndex(a, a.y) {
				e.b, e.rng = b, true
				k2 := p.afterDay(k+4, &e.b)
				p.emit(i, k2, e)
				return k2
			}
		}
		// 2017/10/30-11/02
		if k+2 < len(p.toks) && p.toks[k].kind == tNum && p.toks[k].ndig <= 2 && p.isPunct(k+1, p.toks[i+1].ch) && p.adjacent(k+1) && p.adjacent(k+2) && p.toks[k+2].kind == tNum && p.toks[k+2].ndig <= 2 {
			b := point{y: a.y, m: p.toks[k].num, d: p.toks[k+2].num, g: gDay}
			if validDay(b.y, b.m, b.d) && dayIndex(b, b.y) > dayIndex(a, a.y) && !p.chainContinues(k+2) {
				e.b, e.rng = b, true
				k2 := p.afterDay(k+3, &e.b)
				p.emit(i, k2, e)
				return k2
			}
		}
		// 2017/10/10-11
		if k < len(p.toks) && p.toks[k].kind == tNum && p.toks[k].ndig <= 2 && !p.chainContinues(k) && p.toks[k].num > a.d && validDay(a.y, a.m, p.toks[k].num) {
			k2 := k + 1
			e.b, e.rng = point{y: a.y, m: a.m, d: p.toks[k].num, g: gDay}, true
			k2 = p.afterDay(k2, &e.b)
			p.emit(i, k2, e)
			return k2
		}
	}
	p.emit(i, j, e)
	return j
}

// chainContinues reports whether number i is followed, without spaces, by
// another separator and number (10:30, 11/02/3, 5.5).
func (p *dateParser) chainContinues(i int) bool {
	return i+2 < len(p.toks) && p.adjacent(i+1) && p.adjacent(i+2) && p.toks[i+1].kind == tPunct &&
		strings.IndexByte("-/.:,", p.toks[i+1].ch) >= 0 && p.toks[i+2].kind == tNum
}

// ymd parses one year-month-day numeric date at i.
func (p *dateParser) ymd(i int) (point, int, bool) {
	if i+4 >= len(p.toks) {
		return point{}, i, false
	}
	t, s1, t2, s2, t3 := p.toks[i], p.toks[i+1], p.toks[i+2], p.toks[i+3], p.toks[i+4]
	if t.kind != tNum || t.ndig != 4 || s1.kind != tPunct || (s1.ch != '-' && s1.ch != '/' && s1.ch != '.') {
		return point{}, i, false
	}
	if t2.kind != tNum || t2.ndig > 2 || s2.kind != tPunct || s2.ch != s1.ch || t3.ndig > 2 || t3.ndig == 0 {
		return point{}, i, false
	}
	if t3.kind != tNum && !(t3.kind == tMixed && s1.ch == '-' && p.isoTime(i+4)) {
		return point{}, i, false
	}
	next := i + 5
	if !p.adjacent(i+1) || !p.adjacent(i+2) || !p.adjacent(i+3) || !p.adjacent(i+4) {
		// Korean style "2019. 4. 3." (one space after each dot, a dot
		// after the day).
		if !p.koreanDots(i) {
			return point{}, i, false
		}
		next = i + 6
	}
	if t.num < minFullYear || t.num > maxFullYear || !validDay(t.num, t2.num, t3.num) {
		return point{}, i, false
	}
	if i > 0 && p.adjacent(i) && p.toks[i-1].kind == tPunct {
		switch p.toks[i-1].ch {
		case '-', '/', '.', '+':
			return point{}, i, false
		}
	}
	if s1.ch == '.' && i > 0 && p.toks[i-1].kind == tWord && t.nl == 0 {
		switch strings.ToLower(p.tokText(i - 1)) {
		case "version", "ver", "v", "build", "rev", "revision":
			return point{}, i, false // Version 2018.3.1
		}
	}
	// Not followed by another group of the same chain (2014-03-13-55).
	if i+6 < len(p.toks) && p.adjacent(i+5) && p.adjacent(i+6) && p.toks[i+5].kind == tPunct && p.toks[i+5].ch == s1.ch && p.toks[i+6].kind == tNum {
		if !(s1.ch == '-' && p.toks[i+6].ndig <= 2 && p.toks[i+6].num > t3.num && validDay(t.num, t2.num, p.toks[i+6].num)) {
			return point{}, i, false
		}
	}
	return point{y: t.num, m: t2.num, d: t3.num, g: gDay}, next, true
}

// isoTime reports whether mixed token i is an ISO day glued to a time
// ("13T10" of 2014-03-13T10:00:00Z).
func (p *dateParser) isoTime(i int) bool {
	t := p.toks[i]
	w := p.text[t.start:t.end]
	n := int(t.ndig)
	return len(w) > n+1 && (w[n] == 'T' || w[n] == 't') && w[n+1] >= '0' && w[n+1] <= '9'
}

// koreanDots reports whether tokens i..i+5 read "2019. 4. 3." with single
// spaces after the first two dots and a dot glued to the day, all on one
// line ("2019. 4. 3" without the last dot is as often a sentence end
// followed by list numbers).
func (p *dateParser) koreanDots(i int) bool {
	if i+5 >= len(p.toks) {
		return false
	}
	tk := p.toks[i : i+6]
	if tk[1].ch != '.' || tk[3].ch != '.' || !p.isPunct(i+5, '.') {
		return false
	}
	if !p.adjacent(i+1) || !p.adjacent(i+3) || !p.adjacent(i+5) {
		return false
	}
	for k := 2; k <= 4; k += 2 {
		if tk[k].nl > 0 || tk[k].start-tk[k-1].end != 1 || p.text[tk[k-1].end] != ' ' {
			return false
		}
	}
	// Not a number glued after the last dot (2019. 4. 3.5).
	return !(i+6 < len(p.toks) && p.adjacent(i+6) && p.toks[i+6].kind == tNum)
}

// parseCJK parses 2017年10月31日 and 2017年10月.
func (p *dateParser) parseCJK(i int) int {
	y := p.toks[i].num
	if i+3 < len(p.toks) && p.toks[i+2].kind == tNum && p.toks[i+2].ndig <= 2 && p.isWord(i+3, kfMonthCJK) {
		m := p.toks[i+2].num
		if m < 1 || m > 12 {
			return i
		}
		if i+5 < len(p.toks) && p.toks[i+4].kind == tNum && p.toks[i+4].ndig <= 2 && p.isWord(i+5, kfDayCJK) && validDay(y, m, p.toks[i+4].num) {
			a := point{y: y, m: m, d: p.toks[i+4].num, g: gDay}
			j := p.afterDay(i+6, &point{})
			if k, _, ok := p.conn(j); ok && !p.isPunct(j, '/') {
				if b, k2, ok := p.cjkRangeEnd(k, a); ok {
					p.emit(i, k2, expr{a: a, b: b, rng: true})
					return k2
				}
			}
			p.emit(i, j, expr{a: a})
			return j
		}
		p.emit(i, i+4, expr{a: point{y: y, m: m, g: gMonth}})
		return i + 4
	}
	p.emit(i, i+2, expr{a: point{y: y, g: gYear}})
	return i + 2
}

// cjkRangeEnd parses the end of a CJK date range at k, after the start a:
// "2017年12月1日", "12月1日" or "1日" (the missing parts taken from a).
func (p *dateParser) cjkRangeEnd(k int, a point) (point, int, bool) {
	num := func(k, maxDig int) bool {
		return k < len(p.toks) && p.toks[k].kind == tNum && int(p.toks[k].ndig) <= maxDig && !p.toks[k].ord
	}
	b := point{y: a.y, m: a.m, g: gDay}
	if num(k, 4) && p.toks[k].ndig == 4 && p.isWord(k+1, kfYearCJK) {
		b.y = p.toks[k].num
		k += 2
	}
	switch {
	case num(k, 2) && p.isWord(k+1, kfMonthCJK) && num(k+2, 2) && p.isWord(k+3, kfDayCJK):
		b.m, b.d = p.toks[k].num, p.toks[k+2].num
		k += 4
		if b.y == a.y && dayIndex(b, b.y) < dayIndex(a, a.y) {
			b.y++ // 12月30日～1月5日
		}
	case b.y == a.y && num(k, 2) && p.isWord(k+1, kfDayCJK):
		b.d = p.toks[k].num
		k += 2
	default:
		return point{}, k, false
	}
	if !validDay(b.y, b.m, b.d) || dayIndex(b, b.y) <= dayIndex(a, a.y) {
		return point{}, k, false
	}
	return b, p.afterDay(k, &b), true
}

// parseMixed handles tokens like FY2018, FY18, Q1 2015, H1 2015.
func (p *dateParser) parseMixed(i int) int {
	w := p.tokText(i)
	switch {
	case len(w) >= 4 && (w[0] == 'F' || w[0] == 'f') && (w[1] == 'Y' || w[1] == 'y'):
		digits := w[2:]
		if !allDigits(digits) {
			return i
		}
		y := atoi(digits)
		switch len(digits) {
		case 2:
			y += 2000
		case 4:
		default:
			return i
		}
		if y < minBareYear || y > maxBareYear {
			return i
		}
		j := i + 1
		// FY2017-18 / FY2017/18: the fiscal year is named by its first part.
		if (p.isPunct(j, '-') || p.isPunct(j, '/')) && p.adjacent(j) && j+1 < len(p.toks) && p.adjacent(j+1) && p.toks[j+1].kind == tNum && (p.toks[j+1].ndig == 2 || p.toks[j+1].ndig == 4) {
			j += 2
		}
		p.emit(i, j, expr{a: point{y: y, g: gFY}})
		return j
	case (len(w) == 2 || len(w) == 4) && (w[1] == 'Q' || w[1] == 'H') && w[0] >= '1' && w[0] <= '4' && (len(w) == 2 || allDigits(w[2:])):
		// 3Q 2024, 1H 2025, 2Q24 (analysts' order).
		n := int(w[0] - '0')
		g := gQuarter
		if w[1] == 'H' {
			if n > 2 {
				return i
			}
			g = gHalf
		}
		if len(w) == 4 {
			p.emit(i, i+1, expr{a: point{y: 2000 + atoi(w[2:]), g: g, sub: n}})
			return i + 1
		}
		if y, k, ok := p.yearAt(i+1, minBareYear, maxBareYear); ok {
			p.emit(i, k, expr{a: point{y: y, g: g, sub: n}})
			return k
		}
	case len(w) == 2 && (w[0] == 'Q' || w[0] == 'H') && w[1] >= '1' && w[1] <= '4':
		n := int(w[1] - '0')
		g := gQuarter
		if w[0] == 'H' {
			if n > 2 {
				return i
			}
			g = gHalf
		}
		j := i + 1
		if p.isWord(j, kfOf) || p.isPunct(j, ',') {
			j++
		}
		if y, k, ok := p.yearAt(j, minBareYear, maxBareYear); ok {
			p.emit(i, k, expr{a: point{y: y, g: g, sub: n}})
			return k
		}
	}
	return i
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseFiscalYear parses the year after "FY" at j.
func (p *dateParser) parseFiscalYear(t0, j int) int {
	if y, k, ok := p.yearAt(j, minBareYear, maxBareYear); ok {
		p.emit(t0, k, expr{a: point{y: y, g: gFY}})
		return k
	}
	if k := p.parseEra(t0, j, gFY); k > j {
		return k // FY Reiwa 6
	}
	return t0
}

// maxEraYear bounds the year number after an era name (Showa ran 64 years).
const maxEraYear = 64

// eraYear reads a Japanese era year at i: "Reiwa 5", "Heisei 30",
// "令和5年", "令和元年" (the first year). It returns the Gregorian year,
// the index after it and whether the CJK form was used (which may go on
// with a month and day).
func (p *dateParser) eraYear(i int) (y, j int, cjk, ok bool) {
	k := p.kw(i)
	switch {
	case k.has(kfEra) && p.toks[i].caps != 0:
		n := i + 1
		if n >= len(p.toks) || p.toks[n].kind != tNum || p.toks[n].ndig > 2 || p.toks[n].ord || p.glued(n) || p.toks[n].nl > 0 {
			return 0, i, false, false
		}
		if p.toks[n].num < 1 || p.toks[n].num > maxEraYear {
			return 0, i, false, false
		}
		// "Reiwa 5.2" or "Heisei 30-1" are not years.
		if n+1 < len(p.toks) && p.adjacent(n+1) && p.toks[n+1].kind == tPunct && (p.toks[n+1].ch == '.' || p.toks[n+1].ch == '-' || p.toks[n+1].ch == '/') && n+2 < len(p.toks) && p.adjacent(n+2) && p.toks[n+2].kind == tNum {
			return 0, i, false, false
		}
		return int(k.era) + p.toks[n].num, n + 1, false, true
	case k.has(kfEraCJK):
		if i+3 >= len(p.toks) || !p.adjacent(i+1) {
			return 0, i, false, false
		}
		second := p.tokText(i + 1)
		if !((k.era == 2018 && second == "和") || (k.era == 1988 && second == "成") || (k.era == 1925 && second == "和")) {
			return 0, i, false, false
		}
		n := 0
		switch t := p.toks[i+2]; {
		case t.kind == tNum && t.ndig <= 2 && t.num >= 1 && t.num <= maxEraYear:
			n = t.num
		case t.kind == tWord && p.tokText(i+2) == "元":
			n = 1
		default:
			return 0, i, false, false
		}
		if !p.isWord(i+3, kfYearCJK) {
			return 0, i, false, false
		}
		return int(k.era) + n, i + 4, true, true
	}
	return 0, i, false, false
}

// parseEra parses a Japanese era year at i as granularity g (a year, or a
// fiscal year after "FY"); the CJK form takes a month and day after it
// (令和5年4月1日). A bare CJK era year is left out: it always stands next
// to the Gregorian year it repeats ("平成29年 2017年").
func (p *dateParser) parseEra(t0, i int, g gran) int {
	y, j, cjk, ok := p.eraYear(i)
	if !ok {
		return t0
	}
	if cjk {
		if j+1 < len(p.toks) && p.toks[j].kind == tNum && p.toks[j].ndig <= 2 && p.isWord(j+1, kfMonthCJK) {
			m := p.toks[j].num
			if m < 1 || m > 12 {
				return t0
			}
			if j+3 < len(p.toks) && p.toks[j+2].kind == tNum && p.toks[j+2].ndig <= 2 && p.isWord(j+3, kfDayCJK) && validDay(y, m, p.toks[j+2].num) {
				k := p.afterDay(j+4, &point{})
				p.emit(t0, k, expr{a: point{y: y, m: m, d: p.toks[j+2].num, g: gDay}})
				return k
			}
			p.emit(t0, j+2, expr{a: point{y: y, m: m, g: gMonth}})
			return j + 2
		}
		if j < len(p.toks) && p.adjacent(j) && p.tokText(j) == "度" {
			// 令和5年度: the fiscal year.
			p.emit(t0, j+1, expr{a: point{y: y, g: gFY}})
			return j + 1
		}
		if g != gFY {
			return j
		}
	}
	p.emit(t0, j, expr{a: point{y: y, g: g}})
	return j
}

// parseFiscalWord parses "fiscal 2018", "fiscal year 2018", "FY 2018".
func (p *dateParser) parseFiscalWord(t0, i int) int {
	j := i + 1
	if p.isWord(j, kfYearWord) {
		j++
	}
	if k := p.parseEra(t0, j, gFY); k > j {
		return k // fiscal year Reiwa 6
	}
	if y, k, ok := p.yearAt(j, minBareYear, maxBareYear); ok && !p.yearGluedAfter(j) {
		// fiscal 2017-18 / fiscal year 2017/18
		if (p.isPunct(k, '-') || p.isPunct(k, '/')) && p.adjacent(k) && k+1 < len(p.toks) && p.adjacent(k+1) && p.toks[k+1].kind == tNum && (p.toks[k+1].ndig == 2 || p.toks[k+1].ndig == 4) {
			k += 2
		}
		p.emit(t0, k, expr{a: point{y: y, g: gFY}})
		return k
	}
	return t0
}

// parseSeason parses "fall 2012", "Fall of 2014", "autumn next year",
// "spring of next year".
func (p *dateParser) parseSeason(t0, i int) int {
	s := int(p.kw(i).season)
	j := i + 1
	if p.isWord(j, kfOf) {
		j++
	}
	if y, k, ok := p.yearAt(j, minBareYear, maxBareYear); ok && !p.yearGluedAfter(j) && !p.glued(j) {
		p.emit(t0, k, expr{a: point{y: y, g: gSeason, sub: s}})
		return k
	}
	// autumn next year / spring of this year
	if p.isWord(j, kfRelDir) && p.isWord(j+1, kfYearWord) {
		dir, ok := p.relDirection(j)
		if ok {
			p.emit(t0, j+2, expr{rel: ruSeasonYear, relOff: dir, relSub: s})
			return j + 2
		}
	}
	return t0
}

// relDirection returns the offset of this/next/last at i; words like
// "past" or "coming" are not calendar-relative and fail.
func (p *dateParser) relDirection(i int) (int, bool) {
	switch strings.ToLower(p.tokText(i)) {
	case "this", "current", "present":
		return 0, true
	case "next":
		return 1, true
	case "last":
		return -1, true
	}
	return 0, false
}

// parseRelative parses "next week", "last month", "this year", "this
// fiscal year", "next spring" at i (t0 is the start, e.g. "earlier").
func (p *dateParser) parseRelative(t0, i int) int {
	dir, ok := p.relDirection(i)
	if !ok {
		return t0
	}
	j := i + 1
	if j >= len(p.toks) || p.toks[j].kind != tWord {
		return t0
	}
	k := p.kw(j)
	word := strings.ToLower(p.tokText(i))
	switch {
	case k.has(kfWeek) && word != "current" && word != "present" && !strings.HasSuffix(p.tokText(j), "s"):
		p.emit(t0, j+1, expr{rel: ruWeek, relOff: dir})
		return j + 1
	case k.has(kfMonthWord) && word != "present" && !strings.HasSuffix(p.tokText(j), "s"):
		p.emit(t0, j+1, expr{rel: ruMonth, relOff: dir})
		return j + 1
	case k.has(kfYearWord):
		p.emit(t0, j+1, expr{rel: ruYear, relOff: dir})
		return j + 1
	case k.has(kfFiscal) && p.isWord(j+1, kfYearWord):
		p.emit(t0, j+2, expr{rel: ruFY, relOff: dir})
		return j + 2
	case k.has(kfSeason) && word != "current" && word != "present":
		p.emit(t0, j+1, expr{rel: ruSeason, relOff: dir, relSub: int(k.season)})
		return j + 1
	case (dir == 0 && word == "this" && partOfDay(p.tokText(j))) || (dir == -1 && word == "last" && strings.EqualFold(p.tokText(j), "night")):
		// "this morning", "last night": the release day, the day before.
		p.emit(t0, j+1, expr{rel: ruDay, relOff: dir})
		return j + 1
	case p.fullWeekday(j) && word != "current" && word != "present" && !p.weekdaySpan(j):
		// "last Friday", "next Tuesday", "this Monday"; a date may follow
		// ("last Friday, March 7"), and then the date is the value.
		if k2 := p.parseWeekdayFirst(j, false); k2 > j {
			return k2
		}
		p.emit(t0, j+1, expr{rel: ruWeekday, relOff: dir, relSub: int(k.wday)})
		return j + 1
	}
	return t0
}

// parseWeekOf parses "week 41 of 2024" and "Week 41, 2024" (ISO weeks).
func (p *dateParser) parseWeekOf(i int) int {
	n := i + 1
	if n >= len(p.toks) || p.toks[n].kind != tNum || p.toks[n].ndig > 2 || p.toks[n].ord || p.glued(n) {
		return i
	}
	w := p.toks[n].num
	if w < 1 || w > 53 || !strings.EqualFold(p.tokText(i), "week") {
		return i
	}
	j := n + 1
	switch {
	case p.isWord(j, kfOf):
		j++
	case p.isPunct(j, ','):
		j++
	default:
		return i
	}
	y, k, ok := p.yearAt(j, minBareYear, maxBareYear)
	if !ok || p.yearGluedAfter(j) {
		return i
	}
	p.emit(i, k, expr{a: point{y: y, g: gWeek, sub: w}})
	return k
}

// yearWordContinues reports whether "the year" goes on into something
// else: "the year before", "the year of the dragon", "the year's".
func (p *dateParser) yearWordContinues(k int) bool {
	if k >= len(p.toks) {
		return false
	}
	t := p.toks[k]
	if t.kind == tPunct {
		return t.ch == '\'' || (t.ch == '-' && p.adjacent(k))
	}
	return t.kind == tWord && t.nl == 0 && (p.isWord(k, kfOf) || strings.EqualFold(p.tokText(k), "before") || strings.EqualFold(p.tokText(k), "after"))
}

// partOfDay reports whether w names a part of the day ("this morning").
func partOfDay(w string) bool {
	for _, p := range [...]string{"morning", "afternoon", "evening"} {
		if strings.EqualFold(w, p) {
			return true
		}
	}
	return false
}

// parseDayAfter parses "the following day", "the next day", "the
// previous day", "the day before", "the day after" at the "the" at i.
func (p *dateParser) parseDayAfter(i int) int {
	j := i + 1
	if j+1 >= len(p.toks) {
		return i
	}
	isDay := func(k int) bool {
		return k < len(p.toks) && p.toks[k].kind == tWord && p.toks[k].caps&capAll == 0 && strings.EqualFold(p.tokText(k), "day")
	}
	if p.toks[j].kind != tWord {
		return i
	}
	is := func(k int, w string) bool { return strings.EqualFold(p.tokText(k), w) }
	off, end := 0, 0
	switch {
	case (is(j, "following") || is(j, "next")) && isDay(j+1):
		off, end = 1, j+2
	case (is(j, "previous") || is(j, "preceding")) && isDay(j+1):
		off, end = -1, j+2
	case isDay(j) && j+1 < len(p.toks) && p.toks[j+1].kind == tWord:
		switch {
		case is(j+1, "before"):
			off, end = -1, j+2
		case is(j+1, "after"):
			off, end = 1, j+2
		}
		// "the day after the summit" names another event's day.
		if end > 0 && end < len(p.toks) && p.toks[end].kind == tWord && p.toks[end].nl == 0 {
			return i
		}
	}
	if end == 0 {
		return i
	}
	// "the next day of talks", "the following day-long session".
	if end < len(p.toks) && p.adjacent(end) && p.toks[end].kind == tPunct && p.toks[end].ch == '-' {
		return i
	}
	if end < len(p.toks) && p.isWord(end, kfOf) {
		return i
	}
	p.emit(i, end, expr{rel: ruDayAfter, relOff: off})
	return end
}

// parseModified parses early/late/mid before a year, month or season:
// "early 2015", "mid-2016", "late March", "early fall 2012".
func (p *dateParser) parseModified(i int) int {
	j := i + 1
	if p.isPunct(j, '-') && p.adjacent(j) {
		j++
	}
	return p.parseInner(i, j)
}

// parseInner parses the date after a modifier or "the end of", with the
// modifier as the expression's start.
func (p *dateParser) parseInner(t0, j int) int {
	if j >= len(p.toks) {
		return t0
	}
	t := p.toks[j]
	n0 := len(p.exprs)
	var k int
	switch {
	case t.kind == tNum && t.ndig == 4:
		k = p.parseYearFirst(j, true, false)
	case t.kind == tWord && p.kw(j).has(kfMonth) && t.caps != 0:
		k = p.parseMonthYearCtx(j)
	case t.kind == tWord && p.kw(j).has(kfSeason):
		k = p.parseSeason(j, j)
	case t.kind == tWord && p.kw(j).has(kfRelDir):
		k = p.parseRelative(j, j)
	case t.kind == tWord && p.kw(j).has(kfFiscal):
		k = p.parseFiscalWord(j, j)
	case t.kind == tWord && p.kw(j).has(kfThe) && p.isWord(j+1, kfYearWord) && !p.yearWordContinues(j+2):
		// "the end of the year": this year.
		p.emit(j, j+2, expr{rel: ruYear})
		k = j + 2
	case t.kind == tMixed:
		k = p.parseMixed(j)
	default:
		return t0
	}
	if k <= j || len(p.exprs) == n0 {
		return t0
	}
	// Widen the first new expression to include the modifier.
	first := &p.exprs[n0]
	first.t0 = t0
	first.start = p.toks[t0].start
	return k
}

// parseMonthYearCtx parses a month after a modifier, where a bare month is
// licensed ("late March").
func (p *dateParser) parseMonthYearCtx(j int) int {
	if _, _, ok := p.md(j); ok {
		return p.parseMonthFirst(j, j, 0, false)
	}
	return p.parseMonthYear(j, j, false)
}

// parseThe handles expressions opened by "the": "the end of 2013", "the
// first half of 2015", "the third quarter of 2015", "the 13th of March",
// "the present fiscal year", "the 2013 APEC Summit" (via the year rule).
func (p *dateParser) parseThe(i int) int {
	j := i + 1
	if j >= len(p.toks) {
		return i
	}
	switch {
	case p.isWord(j, kfBoundary) && p.isWord(j+1, kfOf):
		return p.parseInner(i, j+2)
	case p.isWord(j, kfMod) && p.isWord(j+1, kfBoundary) && p.isWord(j+2, kfOf):
		return p.parseInner(i, j+3)
	case p.isWord(j, kfOrdWord) && (p.isWord(j+1, kfHalf) || p.isWord(j+1, kfQuarter)) && p.isWord(j+2, kfOf):
		n := int(p.kw(j).ord)
		g := gQuarter
		if p.isWord(j+1, kfHalf) {
			if n > 2 {
				return i
			}
			g = gHalf
		}
		if y, k, ok := p.yearAt(j+3, minBareYear, maxBareYear); ok {
			p.emit(i, k, expr{a: point{y: y, g: g, sub: n}})
			return k
		}
		if p.isWord(j+3, kfRelDir) && p.isWord(j+4, kfYearWord) {
			if dir, ok := p.relDirection(j + 3); ok {
				p.emit(i, j+5, expr{rel: ruYear, relOff: dir, relGran: g, relSub: n})
				return j + 5
			}
		}
	case j < len(p.toks) && p.toks[j].kind == tNum && p.toks[j].ord:
		if _, _, ok := p.dm(j); ok {
			k := p.parseDayFirst(i, j, 0, false)
			return k
		}
	case p.isWord(j, kfRelDir) && p.isWord(j+1, kfFiscal):
		return p.parseRelative(i, j)
	case p.isWord(j, kfRelDir) && p.isWord(j+1, kfYearWord):
		if w := strings.ToLower(p.tokText(j)); w == "current" {
			return p.parseRelative(i, j)
		}
	}
	return p.parseDayAfter(i)
}
