package grammar

import "strings"

// Year ranges the grammar accepts: a year written inside a full date may
// be anything plausible in a government archive; a bare number only
// counts as a year in a modern range and in a year-like context.
const (
	MinFullYear = 1800
	MaxFullYear = 2200
	MinBareYear = 1900
	MaxBareYear = 2100
	// twoDigitYearPivot: two-digit years below it are 20xx, others 19xx.
	twoDigitYearPivot = 70
)

// DateParser walks the tokens of one text and collects date expressions.
type DateParser struct {
	Lex   *Lexicon
	Text  string
	Toks  []Token
	Exprs []Expr
	// lastBareYear is the token index just after the last bare year (or
	// year range), so that "in 2012 and 2013" lists continue.
	lastBareYear int
}

// Parse runs the grammar over all tokens.
func (p *DateParser) Parse() {
	p.lastBareYear = -1
	for i := 0; i < len(p.Toks); {
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
func (p *DateParser) repairWrappedYears() {
	for k := 1; k < len(p.Exprs); k++ {
		prev, e := &p.Exprs[k-1], &p.Exprs[k]
		if !prev.Rng || !prev.bYearInferred || prev.B.G != GDay || !e.Rng || e.B.G != GDay || e.A.Y == 0 {
			continue
		}
		if prev.T1 >= len(p.Toks) || p.Toks[prev.T1].Nl == 0 || e.T0-prev.T1 > wrappedYearsReach {
			continue
		}
		yt, st := e.T1-1, e.T1
		if st >= len(p.Toks) || p.Toks[yt].Kind != tNum || p.Toks[yt].ndig != 4 || p.Toks[yt].num != e.B.Y {
			continue
		}
		stray := p.Toks[st]
		if stray.Kind != tNum || stray.ndig != 4 || stray.Nl > 0 || (st+1 < len(p.Toks) && p.Toks[st+1].Nl == 0) {
			continue
		}
		y1, y2 := e.B.Y, stray.num
		if y1 < prev.A.Y || y2 < y1 || y2 > MaxFullYear || e.A.Y > y2 {
			continue
		}
		pb := prev.B
		pb.Y = y1
		if dayIndex(pb, y1) <= dayIndex(prev.A, prev.A.Y) {
			continue
		}
		prev.B.Y, e.B.Y = y1, y2
		if k+1 < len(p.Exprs) && p.Exprs[k+1].T0 == st {
			p.Exprs[k+1].Drop = true // the stray year read on its own
		}
	}
}

// --- token helpers ---

func (p *DateParser) kw(i int) keyword {
	if i < 0 || i >= len(p.Toks) || p.Toks[i].Kw == 0 {
		return keyword{}
	}
	return p.Lex.Kws[p.Toks[i].Kw]
}

func (p *DateParser) isWord(i int, fl kwFlag) bool {
	return i >= 0 && i < len(p.Toks) && p.Toks[i].Kind == TWord && p.kw(i).Has(fl)
}

func (p *DateParser) isPunct(i int, ch byte) bool {
	return i >= 0 && i < len(p.Toks) && p.Toks[i].Kind == TPunct && p.Toks[i].Ch == ch
}

// adjacent reports whether token i starts right where token i-1 ends.
func (p *DateParser) adjacent(i int) bool {
	return i > 0 && i < len(p.Toks) && p.Toks[i].Start == p.Toks[i-1].End
}

func (p *DateParser) tokText(i int) string { return p.Text[p.Toks[i].Start:p.Toks[i].End] }

// month parses a capitalized month name at i (with the dot of an
// abbreviation); it returns the month, the next index and whether the
// name was abbreviated.
func (p *DateParser) month(i int) (m, j int, abbr, ok bool) {
	if i >= len(p.Toks) {
		return 0, i, false, false
	}
	t := p.Toks[i]
	if t.Kind != TWord || t.Caps == 0 || p.kw(i).Has(KfMonthForeign) {
		return 0, i, false, false
	}
	k := p.kw(i)
	if !k.Has(KfMonth) {
		if m, j, ok := p.wrappedMonth(i); ok {
			return m, j, false, true
		}
		return 0, i, false, false
	}
	j = i + 1
	abbr = k.Has(kfMonthAbbr)
	if abbr && p.isPunct(j, '.') && p.adjacent(j) {
		j++
	}
	return int(k.Month), j, abbr, true
}

// foreignMonth parses a month name of another language at i (in any
// case, as French, Spanish, Italian, Dutch and Portuguese write it in
// lower case); it returns the month and the next index.
func (p *DateParser) foreignMonth(i int) (m, j int, ok bool) {
	if i >= len(p.Toks) || p.Toks[i].Kind != TWord || !p.kw(i).Has(KfMonthForeign) {
		return 0, i, false
	}
	return int(p.kw(i).Month), i + 1, true
}

// isWordText reports whether token i is one of the words ws (any case).
func (p *DateParser) isWordText(i int, ws ...string) bool {
	if i < 0 || i >= len(p.Toks) || p.Toks[i].Kind != TWord {
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
func (p *DateParser) wrappedMonth(i int) (m, j int, ok bool) {
	if i+2 >= len(p.Toks) || !p.isPunct(i+1, '-') || !p.adjacent(i+1) {
		return 0, i, false
	}
	t, rest := p.Toks[i], p.Toks[i+2]
	if t.Kind != TWord || rest.Kind != TWord || rest.Nl != 1 || rest.Caps != 0 || t.End-t.Start < 2 {
		return 0, i, false
	}
	head, tail := p.Text[t.Start:t.End], p.Text[rest.Start:rest.End]
	for n, name := range fullMonths {
		if len(head)+len(tail) == len(name) && strings.EqualFold(head, name[:len(head)]) && tail == name[len(head):] {
			return n + 1, i + 3, true
		}
	}
	return 0, i, false
}

// dayNum parses a day of month at i: 1..31, one or two digits, optionally
// ordinal, not part of a time (10:30), a decimal (5.5) or a larger number.
func (p *DateParser) dayNum(i int) (d, j int, ok bool) {
	if i >= len(p.Toks) {
		return 0, i, false
	}
	t := p.Toks[i]
	if t.Kind != tNum || t.ndig > 2 || t.num < 1 || t.num > 31 {
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
func (p *DateParser) glued(i int) bool {
	n := len(p.Toks)
	numAt := func(k int) bool { return k >= 0 && k < n && p.Toks[k].Kind == tNum }
	punctAt := func(k int, chs string) bool {
		return k >= 0 && k < n && p.Toks[k].Kind == TPunct && p.Toks[k].Ch != 0 && strings.IndexByte(chs, p.Toks[k].Ch) >= 0
	}
	// Right side.
	if p.adjacent(i + 1) {
		switch {
		case punctAt(i+1, "%"):
			return true
		case punctAt(i+1, ":.,") && p.adjacent(i+2) && (numAt(i+2) || (i+2 < n && p.Toks[i+2].Kind == tMixed && p.Toks[i+2].ndig > 0)):
			return true // 10:30, 10:15am
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
		case punctAt(i-1, ":.,") && p.adjacent(i-1) && i >= 2 && (p.Toks[i-2].Kind == tNum || p.Toks[i-2].Kind == tMixed || p.Toks[i-2].Kind == TWord):
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
func (p *DateParser) numberLabel(k int) bool {
	if p.isPunct(k, '.') && p.adjacent(k) {
		k--
	}
	if k < 0 || p.Toks[k].Kind != TWord || p.Toks[k].Caps == 0 {
		return false
	}
	return p.isWordText(k, "issue", "no", "number", "nr", "vol", "volume", "edition")
}

// parenWeekday parses "(Mon.)", "(Monday)" at i.
func (p *DateParser) parenWeekday(i int) (wd, j int, ok bool) {
	if !p.isPunct(i, '(') || i+1 >= len(p.Toks) {
		return 0, i, false
	}
	if wd := cjkWeekday(p.tokText(i + 1)); wd != 0 && p.isPunct(i+2, ')') {
		return wd, i + 3, true // （火）
	}
	k := p.kw(i + 1)
	if !k.Has(kfWeekday) || p.Toks[i+1].Kind != TWord || p.Toks[i+1].Caps == 0 {
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

// dayAfterConn reads the second date of "<date> and <date>" at k, after
// the connector: an optional weekday, a day in read's order (month-day or
// day-month) and an optional year. wd is the weekday it read, also when
// no day follows it.
func (p *DateParser) dayAfterConn(k int, read func(int) (Point, int, bool)) (b Point, end, wd int, ok bool) {
	wd, k2, _ := p.weekdayPrefix(k)
	b, end, ok = read(k2)
	if !ok {
		return Point{}, 0, wd, false
	}
	if wd != 0 {
		b.Wd = wd
	}
	if y, k4, ok := p.yearSuffix(end); ok {
		b.Y = y
		end = p.afterDay(k4, &b)
	}
	return b, end, wd, true
}

// weekdayPrefix parses "Tuesday," / "Tue." / "Monday" at i.
func (p *DateParser) weekdayPrefix(i int) (wd, j int, ok bool) {
	if i >= len(p.Toks) || p.Toks[i].Kind != TWord || p.Toks[i].Caps == 0 {
		return 0, i, false
	}
	k := p.kw(i)
	if !k.Has(kfWeekday) {
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
func (p *DateParser) yearAt(i, lo, hi int) (y, j int, ok bool) {
	if i >= len(p.Toks) {
		return 0, i, false
	}
	t := p.Toks[i]
	if t.Kind != tNum || t.ndig != 4 || t.num < lo || t.num > hi || t.ord {
		return 0, i, false
	}
	if i+1 < len(p.Toks) && p.adjacent(i+1) && p.Toks[i+1].Kind == TPunct {
		switch p.Toks[i+1].Ch {
		case '.', ',', ':':
			if i+2 < len(p.Toks) && p.adjacent(i+2) && p.Toks[i+2].Kind == tNum {
				return 0, i, false
			}
		case '%':
			return 0, i, false
		}
	}
	return t.num, i + 1, true
}

// yearSuffix parses the ", 2014" after a month and day.
func (p *DateParser) yearSuffix(j int) (y, next int, ok bool) {
	k := j
	if p.isPunct(k, ',') {
		k++
	}
	if k < len(p.Toks) && p.Toks[k].Nl > 1 {
		return 0, j, false
	}
	y, next, ok = p.yearAt(k, MinFullYear, MaxFullYear)
	if !ok {
		if y, next, ok = p.spelledYear(k); ok {
			return y, next, true
		}
		return 0, j, false
	}
	return y, next, true
}

// Number words of a year written out, as treaties and formal closings
// write it ("this 28th day of October, two thousand and twenty-five").
var (
	unitWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
	tensWords = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
)

// spelledYear parses a year written in words at i: "two thousand and
// twenty-five", "two thousand", "nineteen hundred and ninety-nine",
// optionally after "in the year". It returns the year, the index after it
// and whether it read one in [MinFullYear, MaxFullYear].
func (p *DateParser) spelledYear(i int) (y, j int, ok bool) {
	if p.isWordText(i, "in") && p.isWordText(i+1, "the") && p.isWordText(i+2, "year") {
		i += 3
	}
	word := func(k int) string {
		if k >= len(p.Toks) || p.Toks[k].Kind != TWord {
			return ""
		}
		return strings.ToLower(p.tokText(k))
	}
	var base int
	switch {
	case word(i) == "two" && word(i+1) == "thousand":
		base = 2000
	case unitWords[word(i)] >= 10 && word(i+1) == "hundred":
		base = unitWords[word(i)] * 100
	default:
		return 0, i, false
	}
	j = i + 2
	k := j
	if p.isWord(k, KfAnd) {
		k++
	}
	if n, k2, ok := p.numberWords(k); ok {
		base += n
		j = k2
	}
	if base < MinFullYear || base > MaxFullYear {
		return 0, i, false
	}
	return base, j, true
}

// numberWords reads 1-99 in words at k ("five", "nineteen", "twenty-five",
// "twenty five"); it returns the number and the index after it.
func (p *DateParser) numberWords(k int) (n, j int, ok bool) {
	if k >= len(p.Toks) || p.Toks[k].Kind != TWord {
		return 0, k, false
	}
	w := strings.ToLower(p.tokText(k))
	if u, ok := unitWords[w]; ok {
		return u, k + 1, true
	}
	t, ok := tensWords[w]
	if !ok {
		return 0, k, false
	}
	next := k + 1
	if p.isPunct(next, '-') && p.adjacent(next) {
		next++
	}
	if next < len(p.Toks) && p.Toks[next].Kind == TWord {
		if u, ok := unitWords[strings.ToLower(p.tokText(next))]; ok && u < 10 {
			return t + u, next + 1, true
		}
	}
	return t, k + 1, true
}

// parseForeignMonthYear parses a month name of another language with its
// year and no day: "mars 2021", "febrero de 2020", "Januar 2019",
// "JANUAR 2019"; without a year, a lower-case name after a word that
// licenses a bare month ("en septembre", "em março") is a month whose year
// the context gives. These languages write month names in lower case inside a
// sentence; a capitalized name is a date only where nothing else can be
// meant: alone on its line (a report's or an issue's date), after a
// label's colon ("Stand: Januar 2019") or after a word that licenses a
// bare month ("im Januar 2019"). Elsewhere "Mars 2020" is a mission; a
// capitalized name alone on its line is marked ForeignBare for the caller
// to judge by the document's language.
func (p *DateParser) parseForeignMonthYear(i int) int {
	m, j, ok := p.foreignMonth(i)
	if !ok {
		return i
	}
	k := j
	if p.isWordText(k, "de", "del") {
		k++
	}
	y, end, ok := 0, 0, false
	if k < len(p.Toks) && p.Toks[k].Nl == 0 {
		y, end, ok = p.yearAt(k, MinFullYear, MaxFullYear)
		ok = ok && !p.yearGluedAfter(k)
	}
	if !ok {
		// "en septembre", "im Oktober", "em março": a month of the year
		// the context gives, in lower case after a word that licenses a
		// bare month (the resolver finds its year).
		if p.Toks[i].Caps == 0 && p.isWord(i-1, kfMonthCtx) {
			p.emit(i, j, Expr{A: Point{M: m, G: GMonth}})
			return j
		}
		return i
	}
	e := Expr{A: Point{Y: y, M: m, G: GMonth}}
	if p.Toks[i].Caps != 0 && !p.isPunct(i-1, ':') && !p.isWord(i-1, kfMonthCtx) {
		if !p.aloneOnLine(i, end) {
			return i
		}
		e.ForeignBare = true
	}
	p.emit(i, end, e)
	return end
}

// afterDay consumes an optional "(Mon.)" after a day or year.
func (p *DateParser) afterDay(j int, pt *Point) int {
	if wd, k, ok := p.parenWeekday(j); ok {
		pt.Wd = wd
		return k
	}
	return j
}

// --- expressions ---

func (p *DateParser) emit(t0, t1 int, e Expr) {
	e.T0, e.T1 = t0, t1
	e.Start, e.End = p.Toks[t0].Start, p.Toks[t1-1].End
	if last := p.Toks[t1-1]; last.Kind == tMixed && last.ndig > 0 && p.isoTime(t1-1) {
		e.End = last.Start + int(last.ndig) // the day of 2014-03-13T10:00, not the hour
	}
	p.Exprs = append(p.Exprs, e)
}

// parseAt tries every rule that can start at token i and returns the
// index after the expression, or i when none matched.
func (p *DateParser) parseAt(i int) int {
	t := p.Toks[i]
	switch t.Kind {
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
	case TWord:
		k := p.kw(i)
		if k.flags == 0 {
			if t.Caps&capAll != 0 && p.tokText(i) == "FY" {
				return p.parseFiscalYear(i, i+1)
			}
			if t.Caps != 0 && p.isPunct(i+1, '-') {
				if _, _, ok := p.wrappedMonth(i); ok {
					return p.parseMonthFirst(i, i, 0, false)
				}
			}
			return i
		}
		if k.Has(KfMonthForeign) {
			if j := p.parseForeignMonthYear(i); j > i {
				return j
			}
		}
		if k.Has(KfMonth) && t.Caps != 0 {
			if j := p.parseStacked(i); j > i {
				return j
			}
			return p.parseMonthFirst(i, i, 0, false)
		}
		if k.Has(kfEra) || k.Has(kfEraCJK) {
			return p.parseEra(i, i, GYear)
		}
		if k.Has(kfWeekday) && t.Caps != 0 {
			return p.parseWeekdayFirst(i, false)
		}
		if k.Has(kfSeason) {
			return p.parseSeason(i, i)
		}
		if k.Has(kfFrom) || k.Has(kfBetween) {
			return p.parseOpened(i, k.Has(kfBetween))
		}
		if k.Has(kfMod) {
			return p.parseModified(i)
		}
		if k.Has(kfThe) {
			return p.parseThe(i)
		}
		if k.Has(kfBoundary) {
			if p.isWord(i+1, kfOf) {
				return p.parseInner(i, i+2)
			}
			if p.isPunct(i+1, '-') && p.adjacent(i+1) && p.adjacent(i+2) {
				return p.parseInner(i, i+2) // end-2017, end-March
			}
			return i
		}
		if k.Has(kfYearWord) && t.Caps&capAll == 0 && p.isPunct(i+1, '-') && p.adjacent(i+1) && p.adjacent(i+2) &&
			i+2 < len(p.Toks) && strings.EqualFold(p.tokText(i+2), "end") && !(i > 0 && p.isWord(i-1, kfFiscal)) {
			// "by year-end": the end of this year.
			p.emit(i, i+3, Expr{Rel: RuYear})
			return i + 3
		}
		if k.Has(kfWeek) && t.Caps&capAll == 0 {
			if j := p.parseWeekOf(i); j > i {
				return j
			}
		}
		if k.Has(kfEarlierLater) && p.isWord(i+1, kfRelDir) {
			return p.parseRelative(i, i+1)
		}
		if k.Has(kfRelDir) {
			return p.parseRelative(i, i)
		}
		if k.Has(kfDayRel) {
			p.emit(i, i+1, Expr{Rel: RuDay, RelOff: int(k.dir)})
			return i + 1
		}
		if k.Has(kfFiscal) {
			return p.parseFiscalWord(i, i)
		}
	}
	return i
}

// parseOpened handles "from X to Y" and "between X and Y": the opener only
// licenses the range (and, after between, an "and" range of any length).
func (p *DateParser) parseOpened(i int, between bool) int {
	j := i + 1
	if j >= len(p.Toks) {
		return i
	}
	t := p.Toks[j]
	switch {
	case t.Kind == tNum && t.ndig == 4:
		return p.parseYearFirst(j, true, between)
	case t.Kind == tNum && t.ndig <= 2:
		return p.parseDayFirst(j, j, 0, between)
	case t.Kind == TWord && p.kw(j).Has(KfMonth) && t.Caps != 0:
		return p.parseMonthFirst(j, j, 0, between)
	case t.Kind == TWord && p.kw(j).Has(kfWeekday) && t.Caps != 0:
		return p.parseWeekdayFirst(j, between)
	}
	return i
}

// parseWeekdayFirst handles "Tuesday, October 10, ..." and "Monday 2 October".
func (p *DateParser) parseWeekdayFirst(i int, between bool) int {
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
		p.emit(i-1, i+1, Expr{Rel: RuWeekday, RelSub: wd})
		return i + 1
	}
	return i
}

// weekdaySpan reports whether the weekday at i opens a span of weekdays
// ("Monday through Thursday", "Monday-Friday").
func (p *DateParser) weekdaySpan(i int) bool {
	k := i + 1
	if p.isPunct(k, ',') {
		k++
	}
	if !p.isWord(k, kfRangeTo) && !p.isPunct(k, '-') && !p.isWord(k, KfAnd) && !p.isWord(k, kfOr) {
		return false
	}
	return k+1 < len(p.Toks) && p.kw(k+1).Has(kfWeekday) && p.Toks[k+1].Kind == TWord
}

// fullWeekday reports whether token i is a capitalized, unabbreviated
// weekday name (Sun, Wed and Sat are as often other words).
func (p *DateParser) fullWeekday(i int) bool {
	t := p.Toks[i]
	return t.Kind == TWord && t.Caps != 0 && p.kw(i).Has(kfWeekday) && t.End-t.Start >= len("monday")
}

// md parses month-first "October 10", "Sept. 5th", "December 5 (Mon.)".
func (p *DateParser) md(i int) (Point, int, bool) {
	m, j, _, ok := p.month(i)
	if !ok {
		return Point{}, i, false
	}
	if p.isWord(j, kfThe) && j+1 < len(p.Toks) && p.Toks[j+1].ord {
		j++
	}
	d, k, ok := p.dayNum(j)
	if !ok || !ValidDay(0, m, d) || p.Toks[j].Nl > 1 {
		return Point{}, i, false
	}
	pt := Point{M: m, D: d, G: GDay}
	k = p.afterDay(k, &pt)
	return pt, k, true
}

// dm parses day-first "13 March", "13th of March", "5 December (Mon.)".
func (p *DateParser) dm(i int) (Point, int, bool) {
	d, j, ok := p.dayNum(i)
	if !ok {
		return Point{}, i, false
	}
	if p.Toks[i].ord && j+1 < len(p.Toks) && p.Toks[j].Kind == TWord && strings.EqualFold(p.tokText(j), "day") && p.isWord(j+1, kfOf) {
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
			if _, _, yok := p.yearAt(k2, MinFullYear, MaxFullYear); yok {
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
				if _, _, yok := p.yearAt(k+1, MinFullYear, MaxFullYear); yok {
					k++
				}
			}
		}
	}
	if !ok || !ValidDay(0, m, d) || p.Toks[j].Nl > 1 {
		return Point{}, i, false
	}
	if p.Toks[j].Nl == 1 {
		// "No. 2" / "Oct 31, 2017": a month opening the next line with
		// its own day is a month-first date, not this number's month.
		if d2, _, ok := p.dayNum(k); ok && ValidDay(0, m, d2) && p.Toks[k].Nl == 0 {
			return Point{}, i, false
		}
	}
	pt := Point{M: m, D: d, G: GDay}
	k = p.afterDay(k, &pt)
	return pt, k, true
}

// conn parses a range connector at j; it returns the index after it and
// whether it was "and" (which only makes a range under conditions).
func (p *DateParser) conn(j int) (next int, isAnd, ok bool) {
	k := j
	if p.isPunct(k, ',') && (p.isWord(k+1, KfAnd) || p.isPunct(k+1, '&')) {
		k++
	}
	if k >= len(p.Toks) || p.Toks[k].Nl > 1 {
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
	case p.isPunct(k, '&') || p.isWord(k, KfAnd):
		return k + 1, true, true
	case p.isWord(k, kfRangeTo):
		return k + 1, false, true
	}
	return j, false, false
}

// skipDayList skips ", 2, 3" after day d at j (each day later than the
// one before, each followed by another comma or "and"), returning the
// index of the connector before the last day, or j when there is no list.
func (p *DateParser) skipDayList(j, d int) int {
	k := j
	for p.isPunct(k, ',') {
		n, k2, ok := p.dayNum(k + 1)
		if !ok || n <= d || p.Toks[k+1].ndig > 2 {
			break
		}
		k2 = p.afterDay(k2, &Point{})
		if !p.isPunct(k2, ',') && !p.isWord(k2, KfAnd) && !p.isPunct(k2, '&') {
			break
		}
		d, k = n, k2
	}
	return k
}

// stampAfterField reports whether tokens [i, j) end their line after a
// field separator ("Jane Roe | 06.11.23", "News · 06.11.23"), as a
// byline's date stamp stands.
func (p *DateParser) stampAfterField(i, j int) bool {
	if i == 0 || p.Toks[i].Nl > 0 || (j < len(p.Toks) && p.Toks[j].Nl == 0) {
		return false
	}
	prev := p.Toks[i-1]
	if prev.Kind != TPunct {
		return false
	}
	switch p.Text[prev.Start:prev.End] {
	case "|", "·", "•":
		return true
	}
	return false
}

// aloneOnLine reports whether tokens [i, j) make up their whole line.
func (p *DateParser) aloneOnLine(i, j int) bool {
	return (i == 0 || p.Toks[i].Nl > 0) && (j >= len(p.Toks) || p.Toks[j].Nl > 0)
}

// parseStacked parses a date whose parts stand on lines of their own, as
// listing pages print them in a calendar badge ("Mar" / "9" / "2015").
func (p *DateParser) parseStacked(i int) int {
	if i+2 >= len(p.Toks) || !p.aloneOnLine(i, i+1) {
		return i
	}
	m := int(p.kw(i).Month)
	d, y := p.Toks[i+1], p.Toks[i+2]
	if d.Kind != tNum || d.ndig > 2 || d.Nl == 0 || d.Nl > 2 || y.Kind != tNum || y.ndig != 4 || y.Nl == 0 || y.Nl > 2 {
		return i
	}
	if !p.aloneOnLine(i+1, i+2) || !p.aloneOnLine(i+2, i+3) || y.num < MinFullYear || y.num > MaxFullYear || !ValidDay(y.num, m, d.num) {
		return i
	}
	p.emit(i, i+3, Expr{A: Point{Y: y.num, M: m, D: d.num, G: GDay}, MonthFirst: true})
	return i + 3
}

// dayIndex orders month-day points within a year (leap year assumed when
// the year is unknown).
func dayIndex(pt Point, y int) int {
	if y == 0 {
		y = 2000
	}
	return DateOf(y, pt.M, pt.D).YearDay() + 400*(y-2000)
}

// parseMonthFirst parses everything that starts with a month name at i
// (t0 is where the expression starts, e.g. at a weekday before it).
func (p *DateParser) parseMonthFirst(t0, i, wd int, between bool) int {
	a, j, ok := p.md(i)
	if !ok {
		return p.parseMonthYear(t0, i, between)
	}
	if wd != 0 {
		a.Wd = wd
	}
	if y, k, ok := p.yearSuffix(j); ok {
		a.Y = y
		j = p.afterDay(k, &a)
	}
	e := Expr{A: a, MonthFirst: true}
	// "October 1, 2 and 3, 2018": a day list sharing the month.
	if a.Y == 0 {
		if k := p.skipDayList(j, a.D); k > j {
			if k2, isAnd, ok := p.conn(k); ok && isAnd {
				if d, k3, ok := p.dayNum(k2); ok && d > a.D && ValidDay(0, a.M, d) {
					b := Point{M: a.M, D: d, G: GDay}
					k3 = p.afterDay(k3, &b)
					if y, k4, ok := p.yearSuffix(k3); ok {
						a.Y, b.Y = y, y
						k3 = p.afterDay(k4, &b)
					}
					e.A, e.B, e.Rng = a, b, true
					p.emit(t0, k3, e)
					return k3
				}
			}
		}
	}
	// A second date joined by a connector.
	if k, isAnd, ok := p.conn(j); ok {
		b, k3, wdB, ok := p.dayAfterConn(k, p.md)
		if ok {
			return p.joinFull(t0, j, k3, e, b, isAnd, between)
		}
		if wdB == 0 {
			if d, k3, ok := p.dayNum(k); ok && !(p.Toks[k].ndig == 4) {
				b := Point{M: a.M, D: d, G: GDay}
				k3 = p.afterDay(k3, &b)
				if ValidDay(0, b.M, b.D) && b.D > a.D {
					if y, k4, ok := p.yearSuffix(k3); ok {
						b.Y = y
						k3 = p.afterDay(k4, &b)
					}
					if a.Y != 0 && b.Y == 0 {
						b.Y = a.Y
					}
					if b.Y != 0 && a.Y == 0 {
						a.Y = b.Y
					}
					e.A, e.B, e.Rng = a, b, true
					if a.Y == b.Y {
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
func (p *DateParser) joinFull(t0, endA, endB int, e Expr, b Point, isAnd, between bool) int {
	a := e.A
	if a.Y == 0 && b.Y != 0 {
		a.Y = b.Y
		if dayIndex(a, b.Y) > dayIndex(b, b.Y) {
			a.Y = b.Y - 1
		}
	}
	if b.Y == 0 && a.Y != 0 {
		b.Y = a.Y
		if dayIndex(b, a.Y) < dayIndex(a, a.Y) {
			b.Y = a.Y + 1
		}
		e.bYearInferred = true
	}
	gap := dayIndex(b, b.Y) - dayIndex(a, a.Y)
	if b.Y == 0 {
		gap = dayIndex(b, 0) - dayIndex(a, 0)
		if gap < 0 {
			gap += 366
		}
	}
	if gap > 0 && (!isAnd || between || gap == 1) {
		e.A, e.B, e.Rng = a, b, true
		p.emit(t0, endB, e)
		return endB
	}
	// Two dates: A then B, each its own expression.
	e.A = a
	p.emit(t0, endA, e)
	startB := endA
	for startB < endB && (p.Toks[startB].Kind == TPunct || p.isWord(startB, KfAnd) || p.isWord(startB, kfRangeTo)) {
		startB++
	}
	if startB < endB {
		p.emit(startB, endB, Expr{A: b, DayFirst: e.DayFirst, MonthFirst: e.MonthFirst})
	}
	return endB
}

// parseMonthYear parses "May 2013", "March of 2012", "March–April 2014",
// "from March 2014 to April 2015" and, after a month context word, a bare
// month ("in February").
func (p *DateParser) parseMonthYear(t0, i int, between bool) int {
	m, j, abbr, ok := p.month(i)
	if !ok {
		return i
	}
	a := Point{M: m, G: GMonth}
	k := j
	if p.isPunct(k, ',') || p.isWord(k, kfOf) {
		k++
	}
	if y, k2, ok := p.yearAt(k, MinFullYear, MaxFullYear); ok && !p.yearGluedAfter(k) {
		a.Y = y
		j = k2
	} else if abbr || !p.monthContext(t0) {
		// A bare month needs a month context ("in May"); May the modal
		// verb and abbreviations alone are not dates.
		if !p.monthRangeFollows(j) {
			return i
		}
	}
	e := Expr{A: a}
	if k, _, ok := p.conn(j); ok {
		if mb, k2, _, ok := p.month(k); ok {
			b := Point{M: mb, G: GMonth}
			k3 := k2
			if p.isPunct(k3, ',') || p.isWord(k3, kfOf) {
				k3++
			}
			if y, k4, ok := p.yearAt(k3, MinFullYear, MaxFullYear); ok {
				b.Y = y
				k2 = k4
			} else if y, k4, ok := p.periodOfYear(k2); ok {
				b.Y = y
				k2 = k4
			}
			if a.Y == 0 && b.Y != 0 {
				a.Y = b.Y
				if a.M > b.M {
					a.Y--
				}
			}
			if b.Y == 0 && a.Y != 0 {
				b.Y = a.Y
				if b.M < a.M {
					b.Y++
				}
			}
			if (a.Y == 0 && b.Y == 0 && (p.monthContext(t0) || between)) || a.Y*12+a.M < b.Y*12+b.M {
				e.A, e.B, e.Rng = a, b, true
				p.emit(t0, k2, e)
				return k2
			}
		}
	}
	if a.Y == 0 && !p.monthContext(t0) {
		return i
	}
	p.emit(t0, j, e)
	return j
}

// monthRangeFollows reports whether "– April 2014" follows a bare month.
func (p *DateParser) monthRangeFollows(j int) bool {
	k, _, ok := p.conn(j)
	if !ok {
		return false
	}
	_, k2, _, ok := p.month(k)
	if !ok {
		return false
	}
	if _, _, ok = p.yearAt(k2, MinFullYear, MaxFullYear); ok {
		return true
	}
	_, _, ok = p.periodOfYear(k2)
	return ok
}

// periodOfYear parses "quarter of 2023", "period of 2024" after a span
// of months ("the October-December quarter of 2023"): the year the span
// falls in, and the index after it.
func (p *DateParser) periodOfYear(k int) (y, next int, ok bool) {
	if !p.isWordText(k, "quarter", "period") || !p.isWord(k+1, kfOf) {
		return 0, k, false
	}
	return p.yearAt(k+2, MinFullYear, MaxFullYear)
}

// monthContext reports whether the word before token t licenses a bare
// month name: in, since, until, early, the end of ...
func (p *DateParser) monthContext(t int) bool {
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
func (p *DateParser) yearGluedAfter(i int) bool {
	if p.isWord(i+1, kfUnitNoun) && p.Toks[i+1].Caps == 0 {
		return true
	}
	return false
}

// parseDayFirst parses "13 March 2014", "10-11 October 2017", "30 November
// – 1 December 2023", "5 and 6 December 2016" starting at i (t0 is the
// expression's start, e.g. a weekday).
func (p *DateParser) parseDayFirst(t0, i, wd int, between bool) int {
	a, j, ok := p.dm(i)
	if !ok {
		// "10-11 October 2017": a bare day, a connector, a full date.
		d1, k, ok := p.dayNum(i)
		if !ok {
			return i
		}
		pa := Point{D: d1, G: GDay}
		k = p.afterDay(k, &pa)
		if p.isPunct(k, '.') && p.adjacent(k) && p.isWord(k+1, kfRangeTo) {
			k++ // "vom 3. bis 5. März": German writes its days with a stop
		}
		// "1, 2 and 3 October 2018": skip the middle of a day list.
		k = p.skipDayList(k, d1)
		k2, _, ok := p.conn(k)
		if !ok {
			return i
		}
		wdB, k2, _ := p.weekdayPrefix(k2)
		b, k3, ok := p.dm(k2)
		if !ok || b.D <= d1 {
			return i
		}
		if wdB != 0 {
			b.Wd = wdB
		}
		a = Point{M: b.M, D: d1, G: GDay, Wd: pa.Wd}
		if wd != 0 {
			a.Wd = wd
		}
		if y, k4, ok := p.yearSuffix(k3); ok {
			a.Y, b.Y = y, y
			k3 = p.afterDay(k4, &b)
		}
		p.emit(t0, k3, Expr{A: a, B: b, Rng: true, DayFirst: true})
		return k3
	}
	if wd != 0 {
		a.Wd = wd
	}
	if y, k, ok := p.yearSuffix(j); ok {
		a.Y = y
		j = p.afterDay(k, &a)
	}
	e := Expr{A: a, DayFirst: true}
	if k, isAnd, ok := p.conn(j); ok {
		if b, k3, _, ok := p.dayAfterConn(k, p.dm); ok {
			return p.joinFull(t0, j, k3, e, b, isAnd, between)
		}
	}
	p.emit(t0, j, e)
	return j
}

// parseHyphenDMY parses "14-Mar-2025" and "15-MAR-25" (day, month name
// and year joined by hyphens, as forms and registers write them).
func (p *DateParser) parseHyphenDMY(i int) int {
	if i+4 >= len(p.Toks) || !p.isPunct(i+1, '-') || !p.isPunct(i+3, '-') {
		return i
	}
	for k := i + 1; k <= i+4; k++ {
		if !p.adjacent(k) {
			return i
		}
	}
	if i > 0 && p.adjacent(i) && p.Toks[i-1].Kind != TWord {
		return i // "A-14-Mar-2025", "1-14-Mar"
	}
	d, mt, yt := p.Toks[i], p.Toks[i+2], p.Toks[i+4]
	if mt.Kind != TWord || mt.Caps == 0 || !p.kw(i+2).Has(KfMonth) || yt.Kind != tNum || d.ord {
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
	m := int(p.kw(i + 2).Month)
	if y < MinFullYear || y > MaxFullYear || !ValidDay(y, m, d.num) || p.chainContinues(i+4) {
		return i
	}
	p.emit(i, i+5, Expr{A: Point{Y: y, M: m, D: d.num, G: GDay}, DayFirst: true})
	return i + 5
}

// parseNumericDMY parses all-numeric day-month-year forms at i: 13/03/2014,
// 03/04/2014 (ambiguous), 13.03.2014, 13-03-2014.
func (p *DateParser) parseNumericDMY(i int) int {
	e, j, ok := p.numericDMY(i)
	if !ok {
		return i
	}
	// 30/11/2023 - 01/12/2023: a range when both read the same way; an
	// ambiguous end takes the order of an unambiguous start.
	if k, isAnd, ok := p.conn(j); ok && !isAnd && !e.Amb && !p.isPunct(j, '/') {
		if b, k2, ok := p.numericDMY(k); ok && b.A.Y >= e.A.Y {
			consistent := true
			switch {
			case b.Amb && e.DayFirst:
				b.A.M, b.A.D = b.A.D, b.A.M
			case b.Amb && !e.MonthFirst:
				consistent = false
			case (e.DayFirst && b.MonthFirst) || (e.MonthFirst && b.DayFirst):
				consistent = false
			}
			if consistent && ValidDay(b.A.Y, b.A.M, b.A.D) && dayIndex(b.A, b.A.Y) > dayIndex(e.A, e.A.Y) {
				e.B, e.Rng = b.A, true
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
func (p *DateParser) numericDMY(i int) (Expr, int, bool) {
	if i+4 >= len(p.Toks) {
		return Expr{}, i, false
	}
	t := p.Toks[i]
	sep := p.Toks[i+1]
	if sep.Kind != TPunct || (sep.Ch != '/' && sep.Ch != '.' && sep.Ch != '-') {
		return Expr{}, i, false
	}
	if !p.adjacent(i+1) || !p.adjacent(i+2) || !p.adjacent(i+3) || !p.adjacent(i+4) {
		return Expr{}, i, false
	}
	t2, sep2, t3 := p.Toks[i+2], p.Toks[i+3], p.Toks[i+4]
	if t2.Kind != tNum || t2.ndig > 2 || sep2.Kind != TPunct || sep2.Ch != sep.Ch || t3.Kind != tNum || (t3.ndig != 4 && t3.ndig != 2) {
		return Expr{}, i, false
	}
	year := t3.num
	if t3.ndig == 2 {
		// 04/30/13: two-digit years only with slashes (13.03.14 and
		// 13-03-14 are as often codes), read as the nearest century.
		if sep.Ch != '/' && !p.aloneOnLine(i, i+5) && !p.stampAfterField(i, i+5) {
			return Expr{}, i, false
		}
		year += 2000
		if t3.num >= twoDigitYearPivot {
			year -= 100
		}
	}
	if year < MinFullYear || year > MaxFullYear || t.num < 1 || t2.num < 1 {
		return Expr{}, i, false
	}
	// Not part of a longer chain (1.2.2014.5, 10-1-2014-3) or a
	// number glued on the left.
	if i > 0 && p.adjacent(i) && (p.Toks[i-1].Kind == TPunct || p.Toks[i-1].Kind == tNum) {
		ch := p.Toks[i-1].Ch
		if ch == '/' || ch == '.' || ch == '-' || ch == '+' || ch == '$' {
			return Expr{}, i, false
		}
	}
	if i+6 < len(p.Toks) && p.adjacent(i+5) && p.Toks[i+5].Kind == TPunct && p.adjacent(i+6) && p.Toks[i+6].Kind == tNum {
		ch := p.Toks[i+5].Ch
		if ch == sep.Ch || ch == '.' || ch == ':' {
			return Expr{}, i, false
		}
	}
	x, y2 := t.num, t2.num
	e := Expr{A: Point{Y: year, G: GDay}, Numeric: true}
	switch {
	case x > 31 || y2 > 31:
		return Expr{}, i, false
	case sep.Ch == '.' && (t.ndig != 2 || t2.ndig != 2) && x <= 12:
		// 2.1.2014 reads as a version or section number; dotted dates
		// are written with two-digit parts (05.01.2024).
		return Expr{}, i, false
	case sep.Ch == '.' && t3.ndig == 2 && y2 > 12 && x <= 12:
		// 05.19.15 alone on a line (a US site's dateline): month first
		// here, so not every dotted date is day-first.
		e.A.M, e.A.D = x, y2
		e.MonthFirst = true
	case sep.Ch == '.' && t3.ndig == 2 && x <= 12 && x != y2:
		e.Amb = true // 05.12.15: the page's other dates settle it
		e.A.M, e.A.D = x, y2
	case sep.Ch == '.' || (x > 12 && y2 <= 12):
		// Dotted dates are day-first wherever they are written.
		e.A.D, e.A.M = x, y2
		e.DayFirst = x > 12
	case y2 > 12 && x <= 12:
		e.A.M, e.A.D = x, y2
		e.MonthFirst = true
	case x == y2:
		e.A.M, e.A.D = x, y2
	default:
		e.Amb = true
		e.A.M, e.A.D = x, y2 // first, second; settled later
	}
	if !e.Amb && !ValidDay(e.A.Y, e.A.M, e.A.D) {
		return Expr{}, i, false
	}
	j := p.afterDay(i+5, &e.A)
	return e, j, true
}

// parseYearFirst parses what starts with a four-digit number: ISO and
// Japanese-style numeric dates (2014-03-13, 2016/12/06, 2017.10.31,
// 2017年10月31日), ISO weeks (2014-W15), year ranges and bare years in a
// year-like context. opened is true after "from"/"between".
func (p *DateParser) parseYearFirst(i int, opened, between bool) int {
	t := p.Toks[i]
	if j := p.parseYMD(i); j > i {
		return j
	}
	if t.num < MinBareYear || t.num > MaxBareYear || t.ord {
		return i
	}
	// 2017年10月31日
	if p.isWord(i+1, kfYearCJK) {
		return p.parseCJK(i)
	}
	// 2014-W15
	if p.isPunct(i+1, '-') && p.adjacent(i+1) && i+2 < len(p.Toks) && p.adjacent(i+2) && p.Toks[i+2].Kind == tMixed {
		w := p.tokText(i + 2)
		if len(w) == 3 && (w[0] == 'W' || w[0] == 'w') && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9' {
			n := int(w[1]-'0')*10 + int(w[2]-'0')
			if n >= 1 && n <= 53 {
				p.emit(i, i+3, Expr{A: Point{Y: t.num, G: GWeek, Sub: n}})
				return i + 3
			}
		}
	}
	if p.glued(i) && !p.yearRangeGlue(i) {
		return i
	}
	if !opened && i > 0 && p.adjacent(i) && p.Toks[i-1].Kind == TPunct {
		switch p.Toks[i-1].Ch {
		case '$', '#', '+', '-', '/', '.', '@', '\'':
			return i
		}
	}
	y, j, ok := p.yearAt(i, MinBareYear, MaxBareYear)
	if !ok || p.yearGluedAfter(i) {
		return i
	}
	if !opened && !p.yearContext(i) {
		return i
	}
	a := Point{Y: y, G: GYear}
	// Year ranges: 2012-2015, 2012–15, 2017/18, from 2012 to 2015,
	// between 2012 and 2015.
	if k, isAnd, ok := p.conn(j); ok && (!isAnd || between) {
		slash := p.isPunct(j, '/')
		if slash && (!p.adjacent(j) || !p.adjacent(j+1)) {
			return p.emitYear(i, j, a)
		}
		if y2, k2, ok := p.yearAt(k, MinBareYear, MaxBareYear); ok && y2 > y && !p.yearGluedAfter(k) {
			p.emit(i, k2, Expr{A: a, B: Point{Y: y2, G: GYear}, Rng: true})
			p.lastBareYear = k2
			return k2
		}
		if k < len(p.Toks) && p.adjacent(k) && p.adjacent(k-1) && p.Toks[k].Kind == tNum && p.Toks[k].ndig == 2 && !p.glued(k) {
			y2 := y/100*100 + p.Toks[k].num
			if y2 > y {
				p.emit(i, k+1, Expr{A: a, B: Point{Y: y2, G: GYear}, Rng: true})
				p.lastBareYear = k + 1
				return k + 1
			}
		}
	}
	return p.emitYear(i, j, a)
}

func (p *DateParser) emitYear(i, j int, a Point) int {
	p.emit(i, j, Expr{A: a})
	p.lastBareYear = j
	return j
}

// sentenceStart reports whether token i opens a sentence or a line.
func (p *DateParser) sentenceStart(i int) bool {
	if i == 0 || p.Toks[i].Nl > 0 {
		return true
	}
	prev := p.Toks[i-1]
	return prev.Kind == TPunct && (prev.Ch == '.' || prev.Ch == '!' || prev.Ch == '?' || prev.Ch == ';')
}

// yearRangeGlue reports whether the number at i is glued only because a
// year range follows (2012-2015, 2017/18).
// yearSpanMax is the longest span of years read as a time by its form
// alone ("2014–2020", "2021 to 2025").
const yearSpanMax = 50

// yearSpanFollows reports whether the bare year at i opens a span of two
// full years: glued by a dash ("2014–2020", not "2014-2020-1234") or
// joined by a range word ("2021 to 2025", "2019 through 2022"), the
// second later by at most yearSpanMax years and not followed by a unit
// noun. A span right after a capitalized word is part of a name ("Basin
// Development Strategy 2021-2030", "Horizon 2021-2027"): the annotation
// rules leave years inside names optional, and yearContext's own cases
// decide.
func (p *DateParser) yearSpanFollows(i int) bool {
	if i > 0 && p.Toks[i-1].Kind == TWord && p.Toks[i-1].Caps != 0 {
		return false
	}
	var k int
	switch {
	case p.isPunct(i+1, '-') && p.adjacent(i+1) && p.adjacent(i+2):
		k = i + 2
		if p.isPunct(k+1, '-') && p.adjacent(k+1) {
			return false
		}
	case p.isWord(i+1, kfRangeTo):
		k = i + 2
	default:
		return false
	}
	if k >= len(p.Toks) || p.Toks[k].Kind != tNum || p.Toks[k].ndig != 4 || p.Toks[k].ord {
		return false
	}
	y, y2 := p.Toks[i].num, p.Toks[k].num
	return y2 > y && y2-y <= yearSpanMax && y2 <= MaxBareYear && !p.yearGluedAfter(k)
}

func (p *DateParser) yearRangeGlue(i int) bool {
	if i+2 >= len(p.Toks) || !p.adjacent(i+1) || !p.adjacent(i+2) {
		return false
	}
	s := p.Toks[i+1]
	n := p.Toks[i+2]
	if s.Kind != TPunct || (s.Ch != '-' && s.Ch != '/') || n.Kind != tNum {
		return false
	}
	if n.ndig == 4 && n.num > p.Toks[i].num && n.num <= MaxBareYear {
		return true
	}
	return n.ndig == 2 && p.Toks[i].num/100*100+n.num > p.Toks[i].num
}

// yearContext reports whether a bare year at i is in a year-like context:
// after in/since/for/by/until/of/from/during/..., after early/mid/late,
// in a list after another year, or "the 2013 APEC Summit".
func (p *DateParser) yearContext(i int) bool {
	k := i - 1
	if k < 0 {
		return false
	}
	if p.isPunct(k, '-') && p.adjacent(i) && p.isWord(k-1, kfMod) {
		return true
	}
	if p.isWord(k, kfYearCtx) {
		// "the Cost-Cutters Act of 2015": a law's title (see below).
		return !(p.isWord(k, kfOf) && k > 0 && p.Toks[k-1].Caps != 0 && strings.EqualFold(p.tokText(k-1), "act"))
	}
	// "in 2012 and 2013", "in 2012, 2013 and 2014"
	if (p.isWord(k, KfAnd) || p.isWord(k, kfOr) || p.isPunct(k, ',') || p.isPunct(k, '&')) && p.lastBareYear == k {
		return true
	}
	// "2017 saw a number of changes": a year opening a sentence as its
	// subject.
	if p.isWord(i+1, kfYearSubject) && p.Toks[i+1].Caps == 0 && p.sentenceStart(i) {
		return true
	}
	// "the UK-France Summit 2016", "Expo 2025": a named event's year (a
	// law's year, "Online Safety Act 2021", is part of its title and
	// names no time).
	if p.isWord(k, kfEventNoun) && p.Toks[k].Caps != 0 && p.Toks[i].Nl == 0 {
		return true
	}
	// "in the period 2014–2020", "over 2023-2027", "runs 2021 to 2025": a
	// span of two years is a time whatever comes before it (a count's
	// span is followed by its unit: "2000 to 2050 participants").
	if p.yearSpanFollows(i) {
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
	if p.possessiveBefore(k) && p.Toks[i].Nl == 0 && i+1 < len(p.Toks) && p.Toks[i+1].Kind == TWord &&
		p.Toks[i+1].Nl == 0 && !p.isWord(i+1, kfUnitNoun) && p.kw(i+1).flags == 0 {
		return true
	}
	// "the 2013 APEC Summit", "the 2018–2020 Action Plan", "the 2024 to
	// 2025 financial year", "the 2023-24 fiscal year"
	if p.isWord(k, kfThe) {
		next := i + 1
		if p.yearRangeGlue(i) || (p.isPunct(next, '-') && next+1 < len(p.Toks) && p.Toks[next+1].Kind == tNum && p.Toks[next+1].ndig == 4) {
			next += 2
		}
		if p.isWord(next, kfRangeTo) && next+1 < len(p.Toks) && p.Toks[next+1].Kind == tNum && p.Toks[next+1].ndig == 4 && p.Toks[next+1].num > p.Toks[i].num {
			return true
		}
		if p.isWord(next, kfFiscal) || (p.isWord(next, kfYearWord) && p.Toks[next].Caps == 0) {
			return true
		}
		// "the 2023 calendar year", "the 2019 academic year"
		if p.isWordText(next, "calendar", "academic", "school") && p.isWord(next+1, kfYearWord) && p.Toks[next].Caps == 0 {
			return true
		}
		if next < len(p.Toks) && p.Toks[next].Kind == TWord && p.Toks[next].Caps != 0 && p.Toks[next].Nl == 0 {
			return true
		}
		// "for the 2021-2024 period", "the 2018–2020 programme": a span
		// of years before the noun it dates is never a count.
		if next > i+1 && next < len(p.Toks) && p.Toks[next].Kind == TWord && p.Toks[next].Nl == 0 && !p.isWord(next, kfUnitNoun) {
			return true
		}
	}
	return false
}

// possessiveBefore reports whether token k is a possessive determiner
// (its, our, their, his, her) or ends a possessive name ("Japan's",
// "Japan’s").
func (p *DateParser) possessiveBefore(k int) bool {
	if p.isWordText(k, "its", "our", "their", "his", "her") {
		return true
	}
	return k >= 2 && p.isWordText(k, "s") && p.isPunct(k-1, '\'') && p.adjacent(k) && p.adjacent(k-1) && p.Toks[k-2].Kind == TWord
}

// parseYMD parses 2014-03-13, 2016/12/06, 2017.10.31 and the ranges
// 2017/10/10-11, 2017/10/30-11/02, 2017-10-10 – 2017-10-12.
func (p *DateParser) parseYMD(i int) int {
	a, j, ok := p.ymd(i)
	if !ok {
		return i
	}
	e := Expr{A: a}
	j = p.afterDay(j, &e.A)
	if k, _, ok := p.conn(j); ok && !p.isPunct(j, '/') {
		if b, k2, ok := p.ymd(k); ok && dayIndex(b, b.Y) > dayIndex(a, a.Y) {
			e.B, e.Rng = b, true
			p.emit(i, p.afterDay(k2, &e.B), e)
			return p.afterDay(k2, &e.B)
		}
		// 2019. 4. 3. ~ 4. 5.
		if k+3 < len(p.Toks) && p.koreanDots(i) && p.Toks[k].Kind == tNum && p.Toks[k].ndig <= 2 && p.isPunct(k+1, '.') && p.adjacent(k+1) &&
			p.Toks[k+2].Kind == tNum && p.Toks[k+2].ndig <= 2 && p.Toks[k+2].Nl == 0 && !p.adjacent(k+2) && p.isPunct(k+3, '.') && p.adjacent(k+3) {
			b := Point{Y: a.Y, M: p.Toks[k].num, D: p.Toks[k+2].num, G: GDay}
			if ValidDay(b.Y, b.M, b.D) && dayIndex(b, b.Y) > dayIndex(a, a.Y) {
				e.B, e.Rng = b, true
				k2 := p.afterDay(k+4, &e.B)
				p.emit(i, k2, e)
				return k2
			}
		}
		// 2017/10/30-11/02
		if k+2 < len(p.Toks) && p.Toks[k].Kind == tNum && p.Toks[k].ndig <= 2 && p.isPunct(k+1, p.Toks[i+1].Ch) && p.adjacent(k+1) && p.adjacent(k+2) && p.Toks[k+2].Kind == tNum && p.Toks[k+2].ndig <= 2 {
			b := Point{Y: a.Y, M: p.Toks[k].num, D: p.Toks[k+2].num, G: GDay}
			if ValidDay(b.Y, b.M, b.D) && dayIndex(b, b.Y) > dayIndex(a, a.Y) && !p.chainContinues(k+2) {
				e.B, e.Rng = b, true
				k2 := p.afterDay(k+3, &e.B)
				p.emit(i, k2, e)
				return k2
			}
		}
		// 2017/10/10-11
		if k < len(p.Toks) && p.Toks[k].Kind == tNum && p.Toks[k].ndig <= 2 && !p.chainContinues(k) && p.Toks[k].num > a.D && ValidDay(a.Y, a.M, p.Toks[k].num) {
			k2 := k + 1
			e.B, e.Rng = Point{Y: a.Y, M: a.M, D: p.Toks[k].num, G: GDay}, true
			k2 = p.afterDay(k2, &e.B)
			p.emit(i, k2, e)
			return k2
		}
	}
	p.emit(i, j, e)
	return j
}

// chainContinues reports whether number i is followed, without spaces, by
// another separator and number (10:30, 11/02/3, 5.5).
func (p *DateParser) chainContinues(i int) bool {
	return i+2 < len(p.Toks) && p.adjacent(i+1) && p.adjacent(i+2) && p.Toks[i+1].Kind == TPunct &&
		strings.IndexByte("-/.:,", p.Toks[i+1].Ch) >= 0 && p.Toks[i+2].Kind == tNum
}

// ymd parses one year-month-day numeric date at i.
func (p *DateParser) ymd(i int) (Point, int, bool) {
	if i+4 >= len(p.Toks) {
		return Point{}, i, false
	}
	t, s1, t2, s2, t3 := p.Toks[i], p.Toks[i+1], p.Toks[i+2], p.Toks[i+3], p.Toks[i+4]
	if t.Kind != tNum || t.ndig != 4 || s1.Kind != TPunct || (s1.Ch != '-' && s1.Ch != '/' && s1.Ch != '.') {
		return Point{}, i, false
	}
	if t2.Kind != tNum || t2.ndig > 2 || s2.Kind != TPunct || s2.Ch != s1.Ch || t3.ndig > 2 || t3.ndig == 0 {
		return Point{}, i, false
	}
	if t3.Kind != tNum && !(t3.Kind == tMixed && s1.Ch == '-' && p.isoTime(i+4)) {
		return Point{}, i, false
	}
	next := i + 5
	if !p.adjacent(i+1) || !p.adjacent(i+2) || !p.adjacent(i+3) || !p.adjacent(i+4) {
		// Korean style "2019. 4. 3." (one space after each dot, a dot
		// after the day).
		if !p.koreanDots(i) {
			return Point{}, i, false
		}
		next = i + 6
	}
	if t.num < MinFullYear || t.num > MaxFullYear || !ValidDay(t.num, t2.num, t3.num) {
		return Point{}, i, false
	}
	if i > 0 && p.adjacent(i) && p.Toks[i-1].Kind == TPunct {
		switch p.Toks[i-1].Ch {
		case '-', '/', '.', '+':
			return Point{}, i, false
		}
	}
	if s1.Ch == '.' && i > 0 && p.Toks[i-1].Kind == TWord && t.Nl == 0 {
		switch strings.ToLower(p.tokText(i - 1)) {
		case "version", "ver", "v", "build", "rev", "revision":
			return Point{}, i, false // Version 2018.3.1
		}
	}
	// Not followed by another group of the same chain (2014-03-13-55).
	if i+6 < len(p.Toks) && p.adjacent(i+5) && p.adjacent(i+6) && p.Toks[i+5].Kind == TPunct && p.Toks[i+5].Ch == s1.Ch && p.Toks[i+6].Kind == tNum {
		if !(s1.Ch == '-' && p.Toks[i+6].ndig <= 2 && p.Toks[i+6].num > t3.num && ValidDay(t.num, t2.num, p.Toks[i+6].num)) {
			return Point{}, i, false
		}
	}
	return Point{Y: t.num, M: t2.num, D: t3.num, G: GDay}, next, true
}

// isoTime reports whether mixed token i is an ISO day glued to a time
// ("13T10" of 2014-03-13T10:00:00Z).
func (p *DateParser) isoTime(i int) bool {
	t := p.Toks[i]
	w := p.Text[t.Start:t.End]
	n := int(t.ndig)
	return len(w) > n+1 && (w[n] == 'T' || w[n] == 't') && w[n+1] >= '0' && w[n+1] <= '9'
}

// koreanDots reports whether tokens i..i+5 read "2019. 4. 3." with single
// spaces after the first two dots and a dot glued to the day, all on one
// line ("2019. 4. 3" without the last dot is as often a sentence end
// followed by list numbers).
func (p *DateParser) koreanDots(i int) bool {
	if i+5 >= len(p.Toks) {
		return false
	}
	tk := p.Toks[i : i+6]
	if tk[1].Ch != '.' || tk[3].Ch != '.' || !p.isPunct(i+5, '.') {
		return false
	}
	if !p.adjacent(i+1) || !p.adjacent(i+3) || !p.adjacent(i+5) {
		return false
	}
	for k := 2; k <= 4; k += 2 {
		if tk[k].Nl > 0 || tk[k].Start-tk[k-1].End != 1 || p.Text[tk[k-1].End] != ' ' {
			return false
		}
	}
	// Not a number glued after the last dot (2019. 4. 3.5).
	return !(i+6 < len(p.Toks) && p.adjacent(i+6) && p.Toks[i+6].Kind == tNum)
}

// parseCJK parses 2017年10月31日 and 2017年10月.
func (p *DateParser) parseCJK(i int) int {
	y := p.Toks[i].num
	if i+3 < len(p.Toks) && p.Toks[i+2].Kind == tNum && p.Toks[i+2].ndig <= 2 && p.isWord(i+3, kfMonthCJK) {
		m := p.Toks[i+2].num
		if m < 1 || m > 12 {
			return i
		}
		if i+5 < len(p.Toks) && p.Toks[i+4].Kind == tNum && p.Toks[i+4].ndig <= 2 && p.isWord(i+5, kfDayCJK) && ValidDay(y, m, p.Toks[i+4].num) {
			a := Point{Y: y, M: m, D: p.Toks[i+4].num, G: GDay}
			j := p.afterDay(i+6, &Point{})
			if k, _, ok := p.conn(j); ok && !p.isPunct(j, '/') {
				if b, k2, ok := p.cjkRangeEnd(k, a); ok {
					p.emit(i, k2, Expr{A: a, B: b, Rng: true})
					return k2
				}
			}
			p.emit(i, j, Expr{A: a})
			return j
		}
		p.emit(i, i+4, Expr{A: Point{Y: y, M: m, G: GMonth}})
		return i + 4
	}
	p.emit(i, i+2, Expr{A: Point{Y: y, G: GYear}})
	return i + 2
}

// cjkRangeEnd parses the end of a CJK date range at k, after the start a:
// "2017年12月1日", "12月1日" or "1日" (the missing parts taken from a).
func (p *DateParser) cjkRangeEnd(k int, a Point) (Point, int, bool) {
	num := func(k, maxDig int) bool {
		return k < len(p.Toks) && p.Toks[k].Kind == tNum && int(p.Toks[k].ndig) <= maxDig && !p.Toks[k].ord
	}
	b := Point{Y: a.Y, M: a.M, G: GDay}
	if num(k, 4) && p.Toks[k].ndig == 4 && p.isWord(k+1, kfYearCJK) {
		b.Y = p.Toks[k].num
		k += 2
	}
	switch {
	case num(k, 2) && p.isWord(k+1, kfMonthCJK) && num(k+2, 2) && p.isWord(k+3, kfDayCJK):
		b.M, b.D = p.Toks[k].num, p.Toks[k+2].num
		k += 4
		if b.Y == a.Y && dayIndex(b, b.Y) < dayIndex(a, a.Y) {
			b.Y++ // 12月30日～1月5日
		}
	case b.Y == a.Y && num(k, 2) && p.isWord(k+1, kfDayCJK):
		b.D = p.Toks[k].num
		k += 2
	default:
		return Point{}, k, false
	}
	if !ValidDay(b.Y, b.M, b.D) || dayIndex(b, b.Y) <= dayIndex(a, a.Y) {
		return Point{}, k, false
	}
	return b, p.afterDay(k, &b), true
}

// parseMixed handles tokens like FY2018, FY18, Q1 2015, H1 2015.
func (p *DateParser) parseMixed(i int) int {
	w := p.tokText(i)
	switch {
	case len(w) >= 4 && (w[0] == 'F' || w[0] == 'f') && (w[1] == 'Y' || w[1] == 'y'):
		digits := w[2:]
		if !AllDigits(digits) {
			return i
		}
		y := Atoi(digits)
		switch len(digits) {
		case 2:
			y += 2000
		case 4:
		default:
			return i
		}
		if y < MinBareYear || y > MaxBareYear {
			return i
		}
		j := i + 1
		// FY2017-18 / FY2017/18: the fiscal year is named by its first part.
		if (p.isPunct(j, '-') || p.isPunct(j, '/')) && p.adjacent(j) && j+1 < len(p.Toks) && p.adjacent(j+1) && p.Toks[j+1].Kind == tNum && (p.Toks[j+1].ndig == 2 || p.Toks[j+1].ndig == 4) {
			j += 2
		}
		p.emit(i, j, Expr{A: Point{Y: y, G: GFY}})
		return j
	case (len(w) == 2 || len(w) == 4) && (w[1] == 'Q' || w[1] == 'H') && w[0] >= '1' && w[0] <= '4' && (len(w) == 2 || AllDigits(w[2:])):
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
			p.emit(i, i+1, Expr{A: Point{Y: 2000 + Atoi(w[2:]), G: g, Sub: n}})
			return i + 1
		}
		if y, k, ok := p.yearAt(i+1, MinBareYear, MaxBareYear); ok {
			p.emit(i, k, Expr{A: Point{Y: y, G: g, Sub: n}})
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
		if y, k, ok := p.yearAt(j, MinBareYear, MaxBareYear); ok {
			p.emit(i, k, Expr{A: Point{Y: y, G: g, Sub: n}})
			return k
		}
	}
	return i
}

func AllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseFiscalYear parses the year after "FY" at j.
func (p *DateParser) parseFiscalYear(t0, j int) int {
	if y, k, ok := p.yearAt(j, MinBareYear, MaxBareYear); ok {
		p.emit(t0, k, Expr{A: Point{Y: y, G: GFY}})
		return k
	}
	if k := p.parseEra(t0, j, GFY); k > j {
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
func (p *DateParser) eraYear(i int) (y, j int, cjk, ok bool) {
	k := p.kw(i)
	switch {
	case k.Has(kfEra) && p.Toks[i].Caps != 0:
		n := i + 1
		if n >= len(p.Toks) || p.Toks[n].Kind != tNum || p.Toks[n].ndig > 2 || p.Toks[n].ord || p.glued(n) || p.Toks[n].Nl > 0 {
			return 0, i, false, false
		}
		if p.Toks[n].num < 1 || p.Toks[n].num > maxEraYear {
			return 0, i, false, false
		}
		// "Reiwa 5.2" or "Heisei 30-1" are not years.
		if n+1 < len(p.Toks) && p.adjacent(n+1) && p.Toks[n+1].Kind == TPunct && (p.Toks[n+1].Ch == '.' || p.Toks[n+1].Ch == '-' || p.Toks[n+1].Ch == '/') && n+2 < len(p.Toks) && p.adjacent(n+2) && p.Toks[n+2].Kind == tNum {
			return 0, i, false, false
		}
		return int(k.era) + p.Toks[n].num, n + 1, false, true
	case k.Has(kfEraCJK):
		if i+3 >= len(p.Toks) || !p.adjacent(i+1) {
			return 0, i, false, false
		}
		second := p.tokText(i + 1)
		if !((k.era == 2018 && second == "和") || (k.era == 1988 && second == "成") || (k.era == 1925 && second == "和")) {
			return 0, i, false, false
		}
		n := 0
		switch t := p.Toks[i+2]; {
		case t.Kind == tNum && t.ndig <= 2 && t.num >= 1 && t.num <= maxEraYear:
			n = t.num
		case t.Kind == TWord && p.tokText(i+2) == "元":
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
func (p *DateParser) parseEra(t0, i int, g gran) int {
	y, j, cjk, ok := p.eraYear(i)
	if !ok {
		return t0
	}
	if cjk {
		if j+1 < len(p.Toks) && p.Toks[j].Kind == tNum && p.Toks[j].ndig <= 2 && p.isWord(j+1, kfMonthCJK) {
			m := p.Toks[j].num
			if m < 1 || m > 12 {
				return t0
			}
			if j+3 < len(p.Toks) && p.Toks[j+2].Kind == tNum && p.Toks[j+2].ndig <= 2 && p.isWord(j+3, kfDayCJK) && ValidDay(y, m, p.Toks[j+2].num) {
				k := p.afterDay(j+4, &Point{})
				p.emit(t0, k, Expr{A: Point{Y: y, M: m, D: p.Toks[j+2].num, G: GDay}})
				return k
			}
			p.emit(t0, j+2, Expr{A: Point{Y: y, M: m, G: GMonth}})
			return j + 2
		}
		if j < len(p.Toks) && p.adjacent(j) && p.tokText(j) == "度" {
			// 令和5年度: the fiscal year.
			p.emit(t0, j+1, Expr{A: Point{Y: y, G: GFY}})
			return j + 1
		}
		if g != GFY {
			return j
		}
	}
	p.emit(t0, j, Expr{A: Point{Y: y, G: g}})
	return j
}

// parseFiscalWord parses "fiscal 2018", "fiscal year 2018", "FY 2018".
func (p *DateParser) parseFiscalWord(t0, i int) int {
	j := i + 1
	if p.isWord(j, kfYearWord) {
		j++
	}
	if k := p.parseEra(t0, j, GFY); k > j {
		return k // fiscal year Reiwa 6
	}
	if y, k, ok := p.yearAt(j, MinBareYear, MaxBareYear); ok && !p.yearGluedAfter(j) {
		// fiscal 2017-18 / fiscal year 2017/18
		if (p.isPunct(k, '-') || p.isPunct(k, '/')) && p.adjacent(k) && k+1 < len(p.Toks) && p.adjacent(k+1) && p.Toks[k+1].Kind == tNum && (p.Toks[k+1].ndig == 2 || p.Toks[k+1].ndig == 4) {
			k += 2
		}
		p.emit(t0, k, Expr{A: Point{Y: y, G: GFY}})
		return k
	}
	return t0
}

// parseSeason parses "fall 2012", "Fall of 2014", "autumn next year",
// "spring of next year".
func (p *DateParser) parseSeason(t0, i int) int {
	s := int(p.kw(i).season)
	j := i + 1
	if p.isWord(j, kfOf) {
		j++
	}
	if y, k, ok := p.yearAt(j, MinBareYear, MaxBareYear); ok && !p.yearGluedAfter(j) && !p.glued(j) {
		p.emit(t0, k, Expr{A: Point{Y: y, G: GSeason, Sub: s}})
		return k
	}
	// autumn next year / spring of this year
	if p.isWord(j, kfRelDir) && p.isWord(j+1, kfYearWord) {
		dir, ok := p.relDirection(j)
		if ok {
			p.emit(t0, j+2, Expr{Rel: RuSeasonYear, RelOff: dir, RelSub: s})
			return j + 2
		}
	}
	return t0
}

// relDirection returns the offset of this/next/last at i; words like
// "past" or "coming" are not calendar-relative and fail.
func (p *DateParser) relDirection(i int) (int, bool) {
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
func (p *DateParser) parseRelative(t0, i int) int {
	dir, ok := p.relDirection(i)
	if !ok {
		return t0
	}
	j := i + 1
	if j >= len(p.Toks) || p.Toks[j].Kind != TWord {
		return t0
	}
	k := p.kw(j)
	word := strings.ToLower(p.tokText(i))
	switch {
	case k.Has(kfWeek) && word != "current" && word != "present" && !strings.HasSuffix(p.tokText(j), "s"):
		p.emit(t0, j+1, Expr{Rel: RuWeek, RelOff: dir})
		return j + 1
	case k.Has(kfMonthWord) && word != "present" && !strings.HasSuffix(p.tokText(j), "s"):
		p.emit(t0, j+1, Expr{Rel: RuMonth, RelOff: dir})
		return j + 1
	case k.Has(kfYearWord):
		p.emit(t0, j+1, Expr{Rel: RuYear, RelOff: dir})
		return j + 1
	case k.Has(kfFiscal) && p.isWord(j+1, kfYearWord):
		p.emit(t0, j+2, Expr{Rel: RuFY, RelOff: dir})
		return j + 2
	case k.Has(kfSeason) && word != "current" && word != "present":
		p.emit(t0, j+1, Expr{Rel: RuSeason, RelOff: dir, RelSub: int(k.season)})
		return j + 1
	case (dir == 0 && word == "this" && partOfDay(p.tokText(j))) || (dir == -1 && word == "last" && strings.EqualFold(p.tokText(j), "night")):
		// "this morning", "last night": the release day, the day before.
		p.emit(t0, j+1, Expr{Rel: RuDay, RelOff: dir})
		return j + 1
	case p.fullWeekday(j) && word != "current" && word != "present" && !p.weekdaySpan(j):
		// "last Friday", "next Tuesday", "this Monday"; a date may follow
		// ("last Friday, March 7"), and then the date is the value.
		if k2 := p.parseWeekdayFirst(j, false); k2 > j {
			return k2
		}
		p.emit(t0, j+1, Expr{Rel: RuWeekday, RelOff: dir, RelSub: int(k.wday)})
		return j + 1
	}
	return t0
}

// parseWeekOf parses "week 41 of 2024" and "Week 41, 2024" (ISO weeks).
func (p *DateParser) parseWeekOf(i int) int {
	n := i + 1
	if n >= len(p.Toks) || p.Toks[n].Kind != tNum || p.Toks[n].ndig > 2 || p.Toks[n].ord || p.glued(n) {
		return i
	}
	w := p.Toks[n].num
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
	y, k, ok := p.yearAt(j, MinBareYear, MaxBareYear)
	if !ok || p.yearGluedAfter(j) {
		return i
	}
	p.emit(i, k, Expr{A: Point{Y: y, G: GWeek, Sub: w}})
	return k
}

// yearWordContinues reports whether "the year" goes on into something
// else: "the year before", "the year of the dragon", "the year's".
func (p *DateParser) yearWordContinues(k int) bool {
	if k >= len(p.Toks) {
		return false
	}
	t := p.Toks[k]
	if t.Kind == TPunct {
		return t.Ch == '\'' || (t.Ch == '-' && p.adjacent(k))
	}
	return t.Kind == TWord && t.Nl == 0 && (p.isWord(k, kfOf) || strings.EqualFold(p.tokText(k), "before") || strings.EqualFold(p.tokText(k), "after"))
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
func (p *DateParser) parseDayAfter(i int) int {
	j := i + 1
	if j+1 >= len(p.Toks) {
		return i
	}
	isDay := func(k int) bool {
		return k < len(p.Toks) && p.Toks[k].Kind == TWord && p.Toks[k].Caps&capAll == 0 && strings.EqualFold(p.tokText(k), "day")
	}
	if p.Toks[j].Kind != TWord {
		return i
	}
	is := func(k int, w string) bool { return strings.EqualFold(p.tokText(k), w) }
	off, end := 0, 0
	switch {
	case (is(j, "following") || is(j, "next")) && isDay(j+1):
		off, end = 1, j+2
	case (is(j, "previous") || is(j, "preceding")) && isDay(j+1):
		off, end = -1, j+2
	case isDay(j) && j+1 < len(p.Toks) && p.Toks[j+1].Kind == TWord:
		switch {
		case is(j+1, "before"):
			off, end = -1, j+2
		case is(j+1, "after"):
			off, end = 1, j+2
		}
		// "the day after the summit" names another event's day.
		if end > 0 && end < len(p.Toks) && p.Toks[end].Kind == TWord && p.Toks[end].Nl == 0 {
			return i
		}
	}
	if end == 0 {
		return i
	}
	// "the next day of talks", "the following day-long session".
	if end < len(p.Toks) && p.adjacent(end) && p.Toks[end].Kind == TPunct && p.Toks[end].Ch == '-' {
		return i
	}
	if end < len(p.Toks) && p.isWord(end, kfOf) {
		return i
	}
	p.emit(i, end, Expr{Rel: RuDayAfter, RelOff: off})
	return end
}

// parseModified parses early/late/mid before a year, month or season:
// "early 2015", "mid-2016", "late March", "early fall 2012".
func (p *DateParser) parseModified(i int) int {
	j := i + 1
	if p.isPunct(j, '-') && p.adjacent(j) {
		j++
	}
	return p.parseInner(i, j)
}

// parseInner parses the date after a modifier or "the end of", with the
// modifier as the expression's start.
func (p *DateParser) parseInner(t0, j int) int {
	if j >= len(p.Toks) {
		return t0
	}
	t := p.Toks[j]
	n0 := len(p.Exprs)
	var k int
	switch {
	case t.Kind == tNum && t.ndig == 4:
		k = p.parseYearFirst(j, true, false)
	case t.Kind == TWord && p.kw(j).Has(KfMonth) && t.Caps != 0:
		k = p.parseMonthYearCtx(j)
	case t.Kind == TWord && p.kw(j).Has(kfSeason):
		k = p.parseSeason(j, j)
	case t.Kind == TWord && p.kw(j).Has(kfRelDir):
		k = p.parseRelative(j, j)
	case t.Kind == TWord && p.kw(j).Has(kfFiscal):
		k = p.parseFiscalWord(j, j)
	case t.Kind == TWord && p.kw(j).Has(kfThe) && p.isWord(j+1, kfYearWord) && !p.yearWordContinues(j+2):
		// "the end of the year": this year.
		p.emit(j, j+2, Expr{Rel: RuYear})
		k = j + 2
	case t.Kind == tMixed:
		k = p.parseMixed(j)
	default:
		return t0
	}
	if k <= j || len(p.Exprs) == n0 {
		return t0
	}
	// Widen the first new expression to include the modifier.
	first := &p.Exprs[n0]
	first.T0 = t0
	first.Start = p.Toks[t0].Start
	return k
}

// parseMonthYearCtx parses a month after a modifier, where a bare month is
// licensed ("late March").
func (p *DateParser) parseMonthYearCtx(j int) int {
	if _, _, ok := p.md(j); ok {
		return p.parseMonthFirst(j, j, 0, false)
	}
	return p.parseMonthYear(j, j, false)
}

// parseThe handles expressions opened by "the": "the end of 2013", "the
// first half of 2015", "the third quarter of 2015", "the 13th of March",
// "the present fiscal year", "the 2013 APEC Summit" (via the year rule).
func (p *DateParser) parseThe(i int) int {
	j := i + 1
	if j >= len(p.Toks) {
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
		if y, k, ok := p.yearAt(j+3, MinBareYear, MaxBareYear); ok {
			p.emit(i, k, Expr{A: Point{Y: y, G: g, Sub: n}})
			return k
		}
		if p.isWord(j+3, kfRelDir) && p.isWord(j+4, kfYearWord) {
			if dir, ok := p.relDirection(j + 3); ok {
				p.emit(i, j+5, Expr{Rel: RuYear, RelOff: dir, RelGran: g, RelSub: n})
				return j + 5
			}
		}
	case j < len(p.Toks) && p.Toks[j].Kind == tNum && p.Toks[j].ord:
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
