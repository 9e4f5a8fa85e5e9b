package grammar

import (
	_ "embed"
	"strings"
)

// kwFlag marks what a keyword can do in the date grammar. A word may carry
// several flags ("may" is a month only when capitalized, "last" is both a
// relative direction and a past-tense hint).
type kwFlag uint64

const (
	KfMonth        kwFlag = 1 << iota // month name or abbreviation (month set)
	kfMonthAbbr                       // abbreviation (Sept, Oct): needs a day or year next to it
	kfWeekday                         // weekday name or abbreviation (wday set)
	kfSeason                          // spring, summer, fall, autumn, winter (season set)
	kfYearCtx                         // a bare year after this word is a date: in 2012, since 2009
	kfMonthCtx                        // a bare month after this word is a date: in February
	kfRangeTo                         // to, through, until: joins two dates into a range
	KfAnd                             // and: joins dates into a range when they are contiguous
	kfOr                              // or: lists years
	kfFrom                            // from (range opener)
	kfBetween                         // between (range opener: "and" always means a range)
	kfMod                             // early, late, mid: modifies a year, month or season
	kfThe                             // the
	kfOf                              // of
	kfBoundary                        // end, beginning, start, middle, close: "the end of 2013"
	kfOrdWord                         // first..fourth (ord set)
	kfHalf                            // half
	kfQuarter                         // quarter
	kfRelDir                          // this, next, last, coming, ... (dir set)
	kfWeek                            // week
	kfMonthWord                       // month
	kfYearWord                        // year
	kfDayRel                          // today, yesterday, tomorrow (dir set)
	kfFiscal                          // fiscal
	kfEarlierLater                    // earlier, later: "earlier this year"
	kfUnitNoun                        // a quantity noun: "2025 units" is no year
	KfFuture                          // will, shall, plans...: future tense hint
	KfPast                            // was, were, held...: past tense hint
	KfEvent                           // held, convene, met...: the date is an event date
	kfYearCJK                         // 年
	kfMonthCJK                        // 月
	kfDayCJK                          // 日
	KfCountryJP                       // fiscal-year convention cues
	KfCountryUS
	KfCountryGB
	KfCountryAU
	kfYearSubject  // was, saw, marks: a year opening a sentence before it is a date ("2017 saw ...")
	kfOn           // on: "on Tuesday" is a relative weekday
	kfEra          // Reiwa, Heisei, Showa (era set: the year before the era's first)
	kfEraCJK       // 令 (和), 平 (成), 昭 (和): first character of a Japanese era name (era set)
	kfEventNoun    // Summit, Conference, Games: a year after the capitalized noun dates the event ("Summit 2016")
	KfMonthForeign // a month name of another language (data/months_cldr.txt): day first only, any case
)

// keyword is one entry of the date lexicon.
type keyword struct {
	flags  kwFlag
	Month  int8  // 1..12
	wday   int8  // 1..7, Monday = 1 (ISO)
	season int8  // 1 spring, 2 summer, 3 fall, 4 winter
	ord    int8  // first = 1 ...
	dir    int8  // relative direction: -1 last, 0 this, +1 next
	era    int16 // Japanese era: Gregorian year of the era's year 0 (Reiwa 1 = 2019)
}

func (k keyword) Has(f kwFlag) bool { return k.flags&f != 0 }

// Lexicon is the date grammar's keyword table: the words of
// data/lexicon.txt and data/months_cldr.txt with their flags, bucketed for
// lookup. Immutable once built; safe for concurrent use.
type Lexicon struct {
	buckets *kwBuckets
	Kws     []keyword
}

// NewLexicon returns the lexicon built from the embedded word files.
func NewLexicon() *Lexicon {
	idx, kws := buildLexicon()
	return &Lexicon{buckets: newKwBuckets(idx), Kws: kws}
}

// lexiconFile lists the words the grammar knows, one or more words and
// their flags per line (format and sources in its header). Built into a
// map once by NewLexicon.
//
//go:embed data/lexicon.txt
var lexiconFile string

// monthsFile lists the month names of other European languages (CLDR),
// read after lexiconFile.
//
//go:embed data/months_cldr.txt
var monthsFile string

// lexiconFlags are the flags a line of data/lexicon.txt may give its
// words, by name; a flag with a value (month=3) also sets that field.
// Unknown names are ignored.
var lexiconFlags = map[string]struct {
	flag kwFlag
	set  func(k *keyword, n int)
}{
	"yearctx":      {flag: kfYearCtx},
	"monthctx":     {flag: kfMonthCtx},
	"mod":          {flag: kfMod},
	"range":        {flag: kfRangeTo},
	"and":          {flag: KfAnd},
	"or":           {flag: kfOr},
	"from":         {flag: kfFrom},
	"between":      {flag: kfBetween},
	"the":          {flag: kfThe},
	"of":           {flag: kfOf},
	"boundary":     {flag: kfBoundary},
	"half":         {flag: kfHalf},
	"quarter":      {flag: kfQuarter},
	"week":         {flag: kfWeek},
	"monthword":    {flag: kfMonthWord},
	"yearword":     {flag: kfYearWord},
	"fiscal":       {flag: kfFiscal},
	"earlierlater": {flag: kfEarlierLater},
	"unitnoun":     {flag: kfUnitNoun},
	"future":       {flag: KfFuture},
	"past":         {flag: KfPast},
	"event":        {flag: KfEvent},
	"yearcjk":      {flag: kfYearCJK},
	"monthcjk":     {flag: kfMonthCJK},
	"daycjk":       {flag: kfDayCJK},
	"foreign":      {flag: KfMonthForeign},
	"jp":           {flag: KfCountryJP},
	"us":           {flag: KfCountryUS},
	"gb":           {flag: KfCountryGB},
	"au":           {flag: KfCountryAU},
	"yearsubject":  {flag: kfYearSubject},
	"on":           {flag: kfOn},
	"eventnoun":    {flag: kfEventNoun},
	"month":        {KfMonth, func(k *keyword, n int) { k.Month = int8(n) }},
	"wday":         {kfWeekday, func(k *keyword, n int) { k.wday = int8(n) }},
	"season":       {kfSeason, func(k *keyword, n int) { k.season = int8(n) }},
	"ord":          {kfOrdWord, func(k *keyword, n int) { k.ord = int8(n) }},
	"reldir":       {kfRelDir, func(k *keyword, n int) { k.dir = int8(n) }},
	"dayrel":       {kfDayRel, func(k *keyword, n int) { k.dir = int8(n) }},
	"era":          {kfEra, func(k *keyword, n int) { k.era = int16(n) }},
	"eracjk":       {kfEraCJK, func(k *keyword, n int) { k.era = int16(n) }},
}

// buildLexicon parses lexicon into the lookup map and the table.
func buildLexicon() (map[string]uint16, []keyword) {
	idx := map[string]uint16{}
	kws := []keyword{{}} // index 0 is "no keyword"
	for _, line := range strings.Split(lexiconFile+"\n"+monthsFile, "\n") {
		fields := strings.Fields(line)
		if len(fields) < 2 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		var k keyword
		for _, fl := range fields[1:] {
			name, val, _ := strings.Cut(fl, "=")
			if lf, ok := lexiconFlags[name]; ok {
				k.flags |= lf.flag
				if lf.set != nil {
					lf.set(&k, Atoi(val))
				}
			}
		}
		for _, w := range strings.Split(fields[0], ",") {
			k := k
			if k.Has(KfMonth) && !isFullMonth(w) {
				k.flags |= kfMonthAbbr
			}
			if old, ok := idx[w]; ok {
				merged := mergeKeyword(kws[old], k)
				kws[old] = merged
				continue
			}
			idx[w] = uint16(len(kws))
			kws = append(kws, k)
		}
	}
	return idx, kws
}

// mergeKeyword combines two entries for the same word; the later line's
// values win where both set one.
func mergeKeyword(a, b keyword) keyword {
	a.flags |= b.flags
	if b.Month != 0 {
		a.Month = b.Month
	}
	if b.wday != 0 {
		a.wday = b.wday
	}
	if b.season != 0 {
		a.season = b.season
	}
	if b.ord != 0 {
		a.ord = b.ord
	}
	if b.Has(kfRelDir) || b.Has(kfDayRel) {
		a.dir = b.dir
	}
	if b.era != 0 {
		a.era = b.era
	}
	return a
}

func Atoi(s string) int {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		return -n
	}
	return n
}

// isFullMonth reports whether w (lower-case) is a month's full name.
func isFullMonth(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december":
		return true
	}
	return false
}
