package dates

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/dates/grammar"
	"github.com/communique/communique/extract/entity/lexicon"
)

// Finder finds calendar expressions in an article and its release
// date. It tokenizes the text once and runs a hand-written grammar over
// the tokens (see grammar.go): full dates in every common order,
// numeric, Korean (2019. 4. 3.) and Japanese-style dates including era
// years (Reiwa 5, 令和5年4月1日), ranges and conjunctions, months,
// seasons, fiscal years, ISO weeks, bare years in year-like contexts and
// relative expressions (next week, last Friday, the following day,
// year-end). Year-less dates take their year from the surrounding dates
// or the release date; relative ones are resolved against the release
// date and dropped when there is none.
//
// Deliberately not dates: decades ("the 1990s": the annotation rules name
// no value for them), "in the coming weeks", and the year in a law's
// title ("Online Safety Act 2021", "Act of 2015"), which names a law, not
// a time. An embargo's date ("Embargoed until 00:01 14 March 2025") is the
// release date: the release is published when the embargo lifts.
//
// A Finder is read-only after construction and safe for concurrent
// use.
//
// Files: dates.go (year and relative resolution, output), published.go
// (release date from the text, masthead and metadata), url.go (dates in
// the page's address), words.go (word lists); the tokenizer, keywords,
// expressions and their values are in extract/dates/grammar.
type Finder struct {
	lex *grammar.Lexicon
	// places is the gazetteer of countries and cities (package lexicon of
	// extract/entity): a dateline's place gives the country whose
	// convention orders an ambiguous numeric date (placeOrder).
	places *lexicon.Gazetteer
	// tokBufs recycles token slices between calls (the only state that
	// changes after construction; sync.Pool is safe for concurrent use).
	tokBufs sync.Pool
	lists   *wordLists
}

// New returns a ready Finder.
func New() (*Finder, error) {
	lists, err := loadWordLists()
	if err != nil {
		return nil, fmt.Errorf("load word lists: %w", err)
	}
	gaz, err := lexicon.LoadGazetteer()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return &Finder{lex: grammar.NewLexicon(), places: gaz, lists: lists}, nil
}

// Find returns the dates in a.Text, one Date per distinct value in order
// of first mention (mention offsets are byte offsets into a.Text), and
// the release date value (YYYY-MM-DD, or YYYY-MM when only a month is
// stated), empty when the article states none.
func (f *Finder) Find(a *corpus.Article) (dates []Date, published string) {
	dates, published, _ = f.findCtx(context.Background(), a)
	return dates, published
}

// findCtx is Find that stops with ctx.Err() between its passes once ctx
// is done (each pass is linear in the text), so that a timed-out document
// stops soon and frees its tokens.
func (f *Finder) findCtx(ctx context.Context, a *corpus.Article) (dates []Date, published string, err error) {
	var buf []grammar.Token
	if b, ok := f.tokBufs.Get().(*[]grammar.Token); ok {
		buf = *b
	}
	toks := f.lex.Tokenize(a.Text, buf)
	defer func() {
		toks = toks[:0]
		f.tokBufs.Put(&toks)
	}()
	if err := ctx.Err(); err != nil {
		return nil, "", err
	}
	p := grammar.DateParser{Lex: f.lex, Text: a.Text, Toks: toks}
	p.Parse()
	if err := ctx.Err(); err != nil {
		return nil, "", err
	}
	exprs := p.Exprs
	lang := f.textLanguage(a.Text)
	order := f.documentOrder(a, exprs, lang)
	var unsettled []int // ambiguous numeric dates no convention settled
	if !order.settled {
		for i := range exprs {
			if exprs[i].Amb {
				unsettled = append(unsettled, i)
			}
		}
	}
	settleNumeric(a.Text, exprs, order)
	dropEnglishForeignBare(exprs, lang)
	f.dropHouseNumbers(a.Text, exprs)
	fixWeekdayYear(exprs)

	pub, hasPub := f.published(a, exprs, order)
	if hasPub && len(unsettled) > 0 && settleByRelease(a.Text, exprs, unsettled, pub) && pub.G == grammar.GMonth {
		// "12/04/2022" under an "Issue 4 | April 2022" masthead, now read
		// as 12 April: the article's own date line may date it.
		pub, hasPub = f.published(a, exprs, order)
	}
	switch {
	case !hasPub:
		// "TOKYO, Oct. 31 —" with no year: the year the text's own
		// dates settle, else the masthead's ("March 2012" over the
		// release), else no date at all.
		if i := f.yearlessDateline(a, exprs); i >= 0 {
			y := datelineYear(exprs, i)
			if y == 0 {
				y = f.mastheadYear(a, exprs[i].A)
			}
			if y != 0 {
				exprs[i].A.Y = y
				pub, hasPub = exprs[i].A, true
			} else {
				exprs[i].Drop = true
			}
		}
	case pub.G == grammar.GMonth:
		// A release month ("Press releases, March 2012", a bulletin's
		// issue month) over an article whose own dateline names a day
		// of that month without a year ("EASTGATE, March 5 –"): the
		// dateline dates the article, the month gives its year. A date
		// alone on its line under the title ("Sunday 20th November" under
		// "Next meeting") is as often the day of what the title names.
		if i := f.yearlessDateline(a, exprs); i >= 0 && exprs[i].A.M == pub.M && opensParagraph(a.Text, &exprs[i]) {
			exprs[i].A.Y = pub.Y
			if grammar.ValidDay(pub.Y, pub.M, exprs[i].A.D) {
				pub = exprs[i].A
			}
		}
	}
	if hasPub {
		published = pub.Value()
	}
	fy := grammar.FyConvention{StartMonth: 1}
	for i := range exprs {
		if exprs[i].A.G == grammar.GFY || exprs[i].Rel == grammar.RuFY {
			fy = f.fiscalConvention(toks) // only documents with fiscal years pay for this
			break
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, "", err
	}
	res := resolver{f: f, text: a.Text, toks: toks, exprs: exprs, pub: pub, hasPub: hasPub, fy: fy}
	res.resolve()
	dates = res.collect(a.Text, published)
	if hasPub {
		dates = f.addMastheadRelease(a, dates, pub, order)
	}
	return dates, published, nil
}

// parse returns the date expressions of a short string of the document
// that is not its text (the masthead, a title line, a metadata value),
// as the grammar reads them before any convention settles them.
func (f *Finder) parse(s string) []grammar.Expr {
	p := grammar.DateParser{Lex: f.lex, Text: s, Toks: f.lex.Tokenize(s, nil)}
	p.Parse()
	return p.Exprs
}

// mastheadDateline reports whether e is a dateline of the masthead: a
// date heading its line (alone, with a time, beside a header's field) or
// after a place the gazetteer knows ("CANBERRA, 21 December 1947"). A
// publication's name before the date ("Windows Newsletter - June 4, 2013",
// a newsletter's masthead shared by its articles) or an issue date ("Vol.
// 28 No. 5" / "Oct 31, 2017") is none.
func (f *Finder) mastheadDateline(text string, e *grammar.Expr) bool {
	if isIssueDate(text, e) {
		return false // a newsletter's issue date: its masthead, not a dateline
	}
	if dateHeadsLine(text, e) {
		return true
	}
	if !f.isDateline(text, e) {
		return false
	}
	place := strings.TrimRight(strings.TrimSpace(text[lineStart(text, e.Start):e.Start]), " ,:-–—(")
	_, known := f.placeCountry(place)
	return known
}

// addMastheadRelease adds the release date to dates when the text does
// not name it but the masthead writes it as a person would (a dateline or
// a date line the cleaner moved there: "CANBERRA, 21 December 1947",
// "08.04.2015 12:46"): it is a calendar expression of the document. A
// machine's date (a front matter key, a timestamp, isMachineDate), a
// release date stated by the caller and the masthead of a document of
// several articles (corpus.PropSharedMasthead) add nothing, except the
// lines of it that are the article's own (corpus.PropOwnMasthead: its
// dateline, which the cleaner moved out of its text). The added date has
// no mention in the text.
func (f *Finder) addMastheadRelease(a *corpus.Article, dates []Date, pub grammar.Point, order dayOrder) []Date {
	val := pub.Value()
	mast := a.Masthead
	if a.Meta.Props[corpus.PropSharedMasthead] == "true" {
		// The document's masthead, shared by its articles: none of this
		// one's dates; its own lines are.
		mast = a.Meta.Props[corpus.PropOwnMasthead]
	}
	if _, stated := a.Meta.Props[corpus.PropReleaseDate]; stated || strings.TrimSpace(mast) == "" {
		return dates
	}
	for _, d := range dates {
		if d.Value == val {
			return dates
		}
	}
	exprs := f.parse(mast)
	settleNumeric(mast, exprs, order)
	for i := range exprs {
		e := &exprs[i]
		if e.Drop || e.Rng || e.A != pub || isMachineDate(mast, e) || !f.mastheadDateline(mast, e) {
			continue
		}
		_, start, end, ok := normalize(e, grammar.FyConvention{StartMonth: 1})
		if !ok {
			continue
		}
		return append(dates, Date{Text: mast[e.Start:e.End], Value: val, Start: start, End: end, Role: "published", Mentions: []extract.Mention{}})
	}
	return dates
}

// documentOrder returns the document's order for all-numeric dates from
// the first of these that settles one: its unambiguous numeric dates,
// the language it is written in (a German page quoting an English post's
// "November 3, 2023" still writes 06.11.23 day first), the country of the
// place that opens an ambiguous numeric dateline ("BRUSSELS, 12/06/2024":
// Belgium writes the day first), the order of its word dates, its
// declared locale or address. When none settles it, ambiguous numeric
// dates are left out (settleNumeric), never guessed.
func (f *Finder) documentOrder(a *corpus.Article, exprs []grammar.Expr, lang string) dayOrder {
	num, words := numericOrder(exprs)
	for _, source := range []func() dayOrder{
		func() dayOrder { return num },
		func() dayOrder { return siblingOrder(a) },
		func() dayOrder { return languageOrder(lang, f.lists.dmyLanguages) },
		func() dayOrder { return f.placeOrder(a.Text, exprs) },
		func() dayOrder { return words },
		func() dayOrder { return f.localeOrder(a) },
	} {
		if o := source(); o.settled {
			return o
		}
	}
	return dayOrder{}
}

// siblingOrder is the order the article's whole source document writes
// numeric dates in (corpus.PropDayOrder, set by the cleaner on each
// article of a listing or a newsletter): an item that prints only
// "04/11/2019" is read as its siblings' "04/25/2019" shows.
func siblingOrder(a *corpus.Article) dayOrder {
	switch a.Meta.Props[corpus.PropDayOrder] {
	case corpus.DayFirst:
		return dayOrder{dayFirst: true, settled: true}
	case corpus.MonthFirst:
		return dayOrder{settled: true}
	}
	return dayOrder{}
}

// placeOrder settles the order of a document's ambiguous numeric dates by
// the place that opens the first ambiguous numeric dateline ("BRUSSELS,
// 12/06/2024 -", "Washington, D.C., 03/04/2014"): the country the
// gazetteer gives that city or country, if it writes the month first
// (mdyCountries) or the day first (data/words/dmy_countries.txt); a place
// the gazetteer does not know, or a country of neither convention,
// settles nothing.
func (f *Finder) placeOrder(text string, exprs []grammar.Expr) dayOrder {
	for i := range exprs {
		e := &exprs[i]
		if !e.Amb {
			continue
		}
		place := strings.TrimRight(strings.TrimSpace(text[lineStart(text, e.Start):e.Start]), " ,:-–—(")
		if place == "" || countWords(place) > datelineMaxWord || !f.placeLike(place) {
			continue
		}
		cc, ok := f.placeCountry(place)
		if !ok {
			continue
		}
		switch cc = strings.ToLower(cc); {
		case mdyCountries[cc]:
			return dayOrder{settled: true}
		case f.lists.dmyCountries[cc]:
			return dayOrder{dayFirst: true, settled: true}
		}
		return dayOrder{}
	}
	return dayOrder{}
}

// placeCountry returns the ISO country code of a place name the gazetteer
// knows ("Brussels", "WASHINGTON, D.C.", "Manila"): the whole name, else
// the part before its first comma ("Geneva, Switzerland").
func (f *Finder) placeCountry(name string) (string, bool) {
	for _, n := range []string{name, strings.TrimSpace(strings.SplitN(name, ",", 2)[0])} {
		if country, ok := f.places.PlaceCountry(n); ok {
			return country, true
		}
	}
	return "", false
}

// dayOrder is a document's convention for all-numeric dates.
type dayOrder struct {
	dayFirst bool // 03/04/2014 is 3 April
	settled  bool // the convention is known
}

// numericOrder reads the document's day/month order from its own dates:
// num from other numeric dates that can only be read one way, words from
// the order of its word dates (when it has no such numeric dates).
func numericOrder(exprs []grammar.Expr) (num, words dayOrder) {
	var numDMY, numMDY, wordDMY, wordMDY int
	for i := range exprs {
		e := &exprs[i]
		switch {
		case e.Amb:
		case e.Numeric && e.DayFirst:
			numDMY++
		case e.Numeric && e.MonthFirst:
			numMDY++
		case e.DayFirst:
			wordDMY++
		case e.MonthFirst:
			wordMDY++
		}
	}
	switch {
	case numDMY > 0 && numMDY == 0:
		return dayOrder{dayFirst: true, settled: true}, dayOrder{}
	case numMDY > 0 && numDMY == 0:
		return dayOrder{settled: true}, dayOrder{}
	case numDMY == 0 && numMDY == 0 && wordDMY > 0 && wordMDY == 0:
		return dayOrder{}, dayOrder{dayFirst: true, settled: true}
	case numDMY == 0 && numMDY == 0 && wordMDY > 0 && wordDMY == 0:
		return dayOrder{}, dayOrder{settled: true}
	}
	return dayOrder{}, dayOrder{}
}

// mdyCountries are the country-code domains and language regions that
// write month first; every other country domain or region in
// data/words/dmy_countries.txt writes day first. Others (.ca, .org, .com)
// settle nothing.
var mdyCountries = map[string]bool{"us": true, "gov": true, "mil": true, "ph": true}

// localeOrder guesses the day/month order from the document's declared
// language region (en-GB, en-US) or, failing that, its web address
// (www.gov.uk, www.mddi.gov.sg: day first; a .gov or .mil site: month
// first).
func (f *Finder) localeOrder(a *corpus.Article) dayOrder {
	lang := strings.ToLower(strings.TrimSpace(a.Meta.Lang))
	if base, region, ok := strings.Cut(strings.ReplaceAll(lang, "_", "-"), "-"); ok {
		if mdyCountries[region] {
			return dayOrder{settled: true}
		}
		if f.lists.dmyCountries[region] || f.lists.dmyLanguages[base] {
			return dayOrder{dayFirst: true, settled: true}
		}
	} else if f.lists.dmyLanguages[lang] {
		return dayOrder{dayFirst: true, settled: true}
	}
	host := hostOf(a.Source.URI)
	if host == "" {
		return dayOrder{}
	}
	tld := host[strings.LastIndexByte(host, '.')+1:]
	switch {
	case mdyCountries[tld]:
		return dayOrder{settled: true}
	case f.lists.dmyCountries[tld]:
		return dayOrder{dayFirst: true, settled: true}
	}
	return dayOrder{}
}

// hostOf returns the lower-cased host of an http(s) URI, "" for others.
func hostOf(uri string) string {
	rest, ok := strings.CutPrefix(strings.ToLower(uri), "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(strings.ToLower(uri), "http://"); !ok {
			return ""
		}
	}
	if k := strings.IndexAny(rest, "/?#"); k >= 0 {
		rest = rest[:k]
	}
	if k := strings.LastIndexByte(rest, '@'); k >= 0 {
		rest = rest[k+1:]
	}
	if k := strings.LastIndexByte(rest, ':'); k >= 0 {
		rest = rest[:k]
	}
	return strings.TrimSuffix(rest, ".")
}

// settleNumeric gives ambiguous all-numeric dates (03/04/2014) the
// order the document's conventions settle; when nothing settles it they
// are dropped rather than guessed.
func settleNumeric(text string, exprs []grammar.Expr, order dayOrder) {
	for i := range exprs {
		e := &exprs[i]
		if !e.Amb {
			continue
		}
		e.Amb = false
		dayFirst := order.dayFirst
		if !order.settled {
			if !clock24After(text, e.End) {
				e.Drop = true
				continue
			}
			dayFirst = true
		}
		if dayFirst {
			e.A.M, e.A.D = e.A.D, e.A.M
		}
		if !grammar.ValidDay(e.A.Y, e.A.M, e.A.D) {
			e.Drop = true
		}
	}
}

// settleByRelease settles the document's unsettled ambiguous numeric
// dates (dropped by settleNumeric; idx lists them) by the release date
// found elsewhere (a masthead, the metadata): when one of them reads as
// that day in one order and not in the other ("05/01/13" in a listing
// whose item is dated 2013-05-01), or falls in that month in one order
// only when the release date is a month ("12/04/2022" in an issue of
// April 2022), the document writes that order, and every one of them is
// read so. A release date that fits neither or both readings settles
// nothing. It reports whether it settled them.
func settleByRelease(text string, exprs []grammar.Expr, idx []int, pub grammar.Point) bool {
	if pub.G != grammar.GDay && pub.G != grammar.GMonth {
		return false
	}
	order := dayOrder{}
	for _, i := range idx {
		a := exprs[i].A
		if !exprs[i].Drop || a.Y != pub.Y {
			continue
		}
		monthFirst := a.M == pub.M && (a.D == pub.D || pub.G == grammar.GMonth)
		dayFirst := a.D == pub.M && (a.M == pub.D || pub.G == grammar.GMonth)
		if monthFirst != dayFirst {
			order = dayOrder{dayFirst: dayFirst, settled: true}
			break
		}
	}
	if !order.settled {
		return false
	}
	for _, i := range idx {
		if e := &exprs[i]; e.Drop {
			e.Drop, e.Amb = false, true
		}
	}
	settleNumeric(text, exprs, order)
	return true
}

// clock24After reports whether a time of the 24-hour clock follows the
// date ending at end on its line ("12-05-2015 - 14:30", "03/04/2014
// 09:15", "03.04.2014, 18h30"), with no am/pm after it: a stamp written
// where days come first (the month-first countries write a 12-hour clock).
func clock24After(text string, end int) bool {
	if end > len(text) {
		return false
	}
	rest := text[end:lineEnd(text, end)]
	rest = strings.TrimLeft(rest, " \t,-–—|·•")
	for _, w := range []string{"at ", "à ", "um ", "alle ", "a las ", "às ", "om "} {
		rest = strings.TrimPrefix(rest, w)
	}
	n := 0
	for n < len(rest) && n < 3 && isDigitByte(rest[n]) {
		n++
	}
	if n == 0 || n > 2 || n+3 > len(rest) || (rest[n] != ':' && rest[n] != 'h' && rest[n] != '.') ||
		!isDigitByte(rest[n+1]) || !isDigitByte(rest[n+2]) {
		return false
	}
	h := grammar.Atoi(rest[:n])
	tail := strings.ToLower(strings.TrimSpace(rest[n+3:]))
	for _, m := range []string{"am", "pm", "a.m", "p.m", "a m", "p m"} {
		if strings.HasPrefix(tail, m) {
			return false
		}
	}
	return h <= 23 && (h >= 13 || n == 2)
}

// languageMinWords is how many function words of one language a text
// must use before its language settles the order of its numeric dates.
const languageMinWords = 5

// languageScanBytes bounds the text read for its language.
const languageScanBytes = 8192

// textLanguage returns the language the text is written in by its
// function words (data/words/function_words.txt): the language with the
// most, at least languageMinWords and more than English, else "en" when
// English has as many, else "".
func (f *Finder) textLanguage(text string) string {
	if len(text) > languageScanBytes {
		text = text[:languageScanBytes]
	}
	// Counts per language, in the order of the file's lines; words are
	// lower-cased into buf (ASCII in place, others by strings.ToLower) so
	// that the common case allocates nothing.
	var counts [maxLanguages]int
	var buf [maxFunctionWordLen]byte
	for i := 0; i < len(text); {
		size := letterAt(text, i)
		if size == 0 {
			if text[i] < utf8.RuneSelf {
				i++
			} else {
				_, n := utf8.DecodeRuneInString(text[i:])
				i += n
			}
			continue
		}
		j := i
		ascii := true
		for j < len(text) {
			n := letterAt(text, j)
			if n == 0 {
				break
			}
			ascii = ascii && n == 1
			j += n
		}
		w := text[i:j]
		i = j
		if len(w) > maxFunctionWordLen {
			continue
		}
		var lang int
		var ok bool
		if ascii {
			n := copy(buf[:], w)
			for k := 0; k < n; k++ {
				if c := buf[k]; c >= 'A' && c <= 'Z' {
					buf[k] = c + 'a' - 'A'
				}
			}
			lang, ok = f.lists.functionWords[string(buf[:n])]
		} else {
			lang, ok = f.lists.functionWords[strings.ToLower(w)]
		}
		if ok {
			counts[lang]++
		}
	}
	best, n := -1, 0
	for lang, c := range counts[:len(f.lists.languages)] {
		if c > n {
			best, n = lang, c
		}
	}
	switch {
	case n < languageMinWords:
		return ""
	case f.lists.languages[best] != "en" && n <= counts[f.lists.englishIndex]:
		return "en"
	}
	return f.lists.languages[best]
}

// letterAt returns the byte length of the letter at text[i], 0 when no
// letter starts there (ASCII without decoding).
func letterAt(text string, i int) int {
	if c := text[i]; c < utf8.RuneSelf {
		if grammar.IsLetter(c) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if unicode.IsLetter(r) {
		return n
	}
	return 0
}

// languageOrder settles day first for a text in a language whose every
// region writes the day first; English and unknown texts settle nothing.
func languageOrder(lang string, dmyLanguages map[string]bool) dayOrder {
	if lang == "" || !dmyLanguages[lang] {
		return dayOrder{}
	}
	return dayOrder{dayFirst: true, settled: true}
}

// streetReach is how many words after a number a street word may end the
// street's name ("2015 East 59th Street").
const streetReach = 3

// dropHouseNumbers drops a bare year that is a house number: the words
// after it are a capitalized street name ending in a street word within
// streetReach words ("of 2015 East 59th Street", "at 1600 Pennsylvania
// Avenue", "1999 Broadway", data/words/street_words.txt).
func (f *Finder) dropHouseNumbers(text string, exprs []grammar.Expr) {
	for i := range exprs {
		e := &exprs[i]
		if e.Drop || e.Rng || e.A.G != grammar.GYear || e.End-e.Start != 4 {
			continue
		}
		words := strings.Fields(text[e.End:lineEnd(text, e.End)])
		for k := 0; k < len(words) && k < streetReach; k++ {
			w := strings.TrimRight(words[k], ".,;:")
			if w == "" || !(w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9') {
				break
			}
			if f.lists.streetWords[strings.ToLower(w)] {
				e.Drop = true
				break
			}
		}
	}
}

// fixWeekdayYear corrects a year slip in a full date whose weekday names
// another year ("Wednesday, January 7, 2014": 7 January 2014 was a
// Tuesday, 7 January 2015 a Wednesday; an office's first releases of a
// year often keep the last one's): the date takes the year next to it
// (one before or one after) on which its day falls on that weekday, when
// another date of the document is written in that year. Without such a
// witness, or when neither neighbouring year fits, the date is left as
// written.
func fixWeekdayYear(exprs []grammar.Expr) {
	for i := range exprs {
		e := &exprs[i]
		a := e.A
		if e.Drop || e.Rng || e.Rel != grammar.RuNone || a.Wd == 0 || a.G != grammar.GDay || a.Y == 0 || !grammar.ValidDay(a.Y, a.M, a.D) {
			continue
		}
		if isoWeekday(grammar.DateOf(a.Y, a.M, a.D)) == a.Wd {
			continue
		}
		for _, y := range []int{a.Y + 1, a.Y - 1} {
			if grammar.ValidDay(y, a.M, a.D) && isoWeekday(grammar.DateOf(y, a.M, a.D)) == a.Wd && yearWritten(exprs, i, y) {
				e.A.Y = y
				break
			}
		}
	}
}

// isoWeekday returns t's ISO weekday (Monday = 1, Sunday = 7).
func isoWeekday(t time.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// yearWritten reports whether an expression other than exprs[skip]
// writes year y in full (a day, a month or a year of y).
func yearWritten(exprs []grammar.Expr, skip, y int) bool {
	for i := range exprs {
		e := &exprs[i]
		if i != skip && !e.Drop && e.Rel == grammar.RuNone && (e.A.Y == y || (e.Rng && e.B.Y == y)) {
			return true
		}
	}
	return false
}

// dropEnglishForeignBare drops the month-year lines that only the
// document's language makes dates (grammar.Expr.ForeignBare) from a text
// that is not in another language: "Mars 2020" alone on a line of an
// English page is a mission.
func dropEnglishForeignBare(exprs []grammar.Expr, lang string) {
	if lang != "" && lang != "en" {
		return
	}
	for i := range exprs {
		if exprs[i].ForeignBare {
			exprs[i].Drop = true
		}
	}
}

// yearlessDateline returns the index of a year-less dateline day below
// the title ("WASHINGTON, March 3 –"), or -1.
func (f *Finder) yearlessDateline(a *corpus.Article, exprs []grammar.Expr) int {
	_, titleEnd, _ := locateTitle(a.Text, a.Title)
	topEnd := topRegionEnd(a.Text, titleEnd)
	for i := range exprs {
		e := &exprs[i]
		if e.Start >= topEnd {
			break
		}
		if e.Start < titleEnd || e.Drop || e.Rng || e.Rel != grammar.RuNone || e.A.Y != 0 || e.A.G != grammar.GDay {
			continue
		}
		if f.isDateline(a.Text, e) || isRunInDateline(a.Text, e) {
			return i
		}
	}
	return -1
}

// datelineYear gives a year-less dateline the year that puts it nearest
// to the first day or month the text dates in full; a bare year says too
// little ("the plan began in 2019"). It returns 0 when there is none.
func datelineYear(exprs []grammar.Expr, dl int) int {
	for i := range exprs {
		if i == dl {
			continue
		}
		if ref, ok := refPoint(&exprs[i]); ok {
			return yearByTense(exprs[dl].A, ref, tenseNone)
		}
	}
	return 0
}

// opensParagraph reports whether the line of e goes on after it with
// the paragraph's words ("EASTGATE, March 5 - The Minister today ..."),
// as a dateline run into its paragraph does.
func opensParagraph(text string, e *grammar.Expr) bool {
	rest := strings.TrimLeft(text[e.End:lineEnd(text, e.End)], " \t.,:;)]-–—")
	return countWords(rest) >= 3
}

// mastheadYear gives a year-less dateline day the year that puts it
// nearest to the first day or month the article's masthead dates in
// full (a bulletin's "June 2019" above its stories, a listing's "Press
// releases, March 2012"); a bare year says too little. It returns 0
// when the masthead dates nothing.
func (f *Finder) mastheadYear(a *corpus.Article, day grammar.Point) int {
	mast := a.Masthead
	if strings.TrimSpace(mast) == "" {
		return 0
	}
	exprs := f.parse(mast)
	for i := range exprs {
		e := &exprs[i]
		if e.Drop || e.Rng || e.Amb {
			continue
		}
		if ref, ok := refPoint(e); ok {
			return yearByTense(day, ref, tenseNone)
		}
	}
	return 0
}

// fiscalConvention guesses how the document counts fiscal years from the
// countries it talks about; without cues fiscal years are calendar years.
func (f *Finder) fiscalConvention(toks []grammar.Token) grammar.FyConvention {
	var jp, us, gb, au int
	for i := range toks {
		if toks[i].Kw == 0 {
			continue
		}
		k := f.lex.Kws[toks[i].Kw]
		switch {
		case k.Has(grammar.KfCountryJP):
			jp++
		case k.Has(grammar.KfCountryUS):
			us++
		case k.Has(grammar.KfCountryGB):
			gb++
		case k.Has(grammar.KfCountryAU):
			au++
		}
	}
	best, n := "", 0
	for _, c := range []struct {
		name string
		n    int
	}{{"jp", jp}, {"us", us}, {"gb", gb}, {"au", au}} {
		if c.n > n {
			best, n = c.name, c.n
		}
	}
	switch best {
	case "jp", "gb":
		return grammar.FyConvention{StartMonth: 4}
	case "us":
		return grammar.FyConvention{StartMonth: 10, EndNamed: true}
	case "au":
		return grammar.FyConvention{StartMonth: 7, EndNamed: true}
	}
	return grammar.FyConvention{StartMonth: 1}
}

// resolver gives year-less and relative expressions their values.
type resolver struct {
	f      *Finder
	text   string
	toks   []grammar.Token
	exprs  []grammar.Expr
	pub    grammar.Point
	hasPub bool
	fy     grammar.FyConvention
	// Anchors for year-less dates: the last resolved explicit date (day
	// or month / any), and the next explicit one as written.
	lastPrecise, lastAny int
	nextPrecise, nextAny []int
	// inferred marks the dates whose year resolveYear gave.
	inferred []bool
}

// tense of a sentence.
type tense uint8

const (
	tenseNone tense = iota
	tensePast
	tenseFuture
	// tenseSequence: no tense, nearest to the reference, ties going to
	// the later year (dates told after a dated event).
	tenseSequence
)

// sequenceTieDays is how much closer an earlier year must put a date to
// win over the later one under tenseSequence.
const sequenceTieDays = 15

// nearbyTokens is how close a bare year must be to lend its year to a
// year-less date when nothing better dates it.
const nearbyTokens = 40

// Tokens before and after a year-less date that decide its tense.
const (
	tenseBefore = 15
	tenseAfter  = 8
)

// slackDays lets "past" dates fall a little after the release date and
// "future" ones a little before it (releases dated the day after).
const slackDays = 7

func (r *resolver) resolve() {
	// The nearest explicit anchors after each expression, from the dates
	// as written (a backward pass), so that resolving stays linear.
	n := len(r.exprs)
	r.nextPrecise, r.nextAny = make([]int, n+1), make([]int, n+1)
	r.nextPrecise[n], r.nextAny[n] = -1, -1
	for i := n - 1; i >= 0; i-- {
		r.nextPrecise[i], r.nextAny[i] = r.nextPrecise[i+1], r.nextAny[i+1]
		if _, ok := explicitYear(&r.exprs[i]); ok {
			r.nextAny[i] = i
			if precise(&r.exprs[i]) {
				r.nextPrecise[i] = i
			}
		}
	}
	r.lastPrecise, r.lastAny = -1, -1
	r.inferred = make([]bool, n)
	for i := range r.exprs {
		e := &r.exprs[i]
		switch {
		case e.Drop:
		case e.Rel == grammar.RuDayAfter:
			r.resolveDayAfter(e)
		case e.Rel != grammar.RuNone:
			r.resolveRelative(e)
		case e.Yearless():
			r.resolveYear(i)
		}
		// Resolved dates anchor the ones after them.
		if _, ok := explicitYear(e); ok {
			r.lastAny = i
			if precise(e) {
				r.lastPrecise = i
			}
		}
	}
}

// sentence returns the token bounds [s, t) of the sentence around token i.
func (r *resolver) sentence(t0, t1 int) (int, int) {
	const maxReach = 60
	s := t0
	for s > 0 && t0-s < maxReach {
		if r.toks[s].Nl >= 2 {
			break
		}
		prev := r.toks[s-1]
		if prev.Kind == grammar.TPunct && (prev.Ch == '.' || prev.Ch == '!' || prev.Ch == '?' || prev.Ch == ';') && r.toks[s].Start > prev.End && r.toks[s].Caps != 0 {
			break
		}
		s--
	}
	e := t1
	for e < len(r.toks) && e-t1 < maxReach {
		if r.toks[e].Nl >= 2 {
			break
		}
		t := r.toks[e]
		e++
		if t.Kind == grammar.TPunct && (t.Ch == '.' || t.Ch == '!' || t.Ch == '?' || t.Ch == ';') && (e >= len(r.toks) || r.toks[e].Start > t.End) && (e >= len(r.toks) || r.toks[e].Caps != 0 || r.toks[e].Nl > 0) {
			break
		}
	}
	return s, e
}

func (r *resolver) tenseOf(s, e int) tense {
	var fut, past int
	for i := s; i < e; i++ {
		switch r.tokTense(i) {
		case tenseFuture:
			fut++
		case tensePast:
			past++
		}
	}
	switch {
	case fut > 0:
		return tenseFuture
	case past > 0:
		return tensePast
	}
	return tenseNone
}

// clauseEnd returns where the clause that runs on from token from ends,
// at most at t: at a semicolon, or at a comma before a conjunction
// ("were concluded in August, and the protocol will enter into force":
// "will" is another clause's).
func (r *resolver) clauseEnd(from, t int) int {
	for i := from; i < t; i++ {
		tk := r.toks[i]
		if tk.Kind != grammar.TPunct {
			continue
		}
		if tk.Ch == ';' {
			return i
		}
		if tk.Ch == ',' && i+1 < len(r.toks) && r.toks[i+1].Kind == grammar.TWord {
			switch strings.ToLower(r.text[r.toks[i+1].Start:r.toks[i+1].End]) {
			case "and", "but", "while", "whereas":
				return i
			}
		}
	}
	return t
}

// tokTense is the tense token i signals: a future or past keyword, or an
// "-ed" word (a keyword of another kind too: "visited", "hosted") not
// after a present form of "be".
func (r *resolver) tokTense(i int) tense {
	t := r.toks[i]
	if t.Kind != grammar.TWord {
		return tenseNone
	}
	ed := t.Caps == 0 && t.End-t.Start > 4 && r.toksText(i, "ed") && !r.afterPresentBe(i) && !r.afterDeterminer(i)
	if t.Kw != 0 {
		k := r.f.lex.Kws[t.Kw]
		if (ed || k.Has(grammar.KfPast)) && r.afterBe(i) {
			return tenseFuture // "to be held", "will be signed"
		}
		switch {
		case k.Has(grammar.KfFuture):
			return tenseFuture
		case k.Has(grammar.KfPast), ed:
			return tensePast
		}
		return tenseNone
	}
	if ed && r.afterBe(i) {
		// "to be announced in July", "must be renewed by June": a
		// passive of what is still to come.
		return tenseFuture
	}
	if ed {
		return tensePast
	}
	return tenseNone
}

// nearTense is the tense of the nearest word before e in its sentence
// that signals one (within tenseBefore tokens), else of the words after
// it (within tenseAfter, or tenseBefore for a date fronted before a
// comma, whose verb comes after the whole subject: "In May, the
// Partnership for Central America (PCA) launched ..."):
// "visited the plant on Monday and will return on Friday" dates Monday by
// "visited" and Friday by "will".
func (r *resolver) nearTense(s, t int, e *grammar.Expr) tense {
	for i := e.T0 - 1; i >= max(s, e.T0-tenseBefore); i-- {
		if tn := r.tokTense(i); tn != tenseNone {
			return tn // the nearest signal before: its own clause's verb
		}
	}
	reach := tenseAfter
	if e.T0-s <= 1 && e.T1 < len(r.toks) && r.toks[e.T1].Kind == grammar.TPunct && r.toks[e.T1].Ch == ',' {
		reach = tenseBefore
	}
	return r.tenseOf(e.T1, r.clauseEnd(e.T1, min(t, e.T1+reach)))
}

// presentBeReach is how many words before an "-ed" word a present form
// of "be" may stand ("are delighted", "is very pleased", "are beyond
// delighted").
const presentBeReach = 2

// afterPresentBe reports whether the "-ed" word at token i follows a
// present form of "be" within presentBeReach words: an adjective or a
// passive of the present ("We are delighted to welcome her in April"),
// not a past tense.
func (r *resolver) afterPresentBe(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < presentBeReach; k-- {
		if r.toks[k].Kind != grammar.TWord {
			return false
		}
		switch strings.ToLower(r.text[r.toks[k].Start:r.toks[k].End]) {
		case "am", "is", "are":
			return true
		}
		n++
	}
	return false
}

// afterDeterminer reports whether token i follows a determiner ("the
// revised standards", "a renewed push", "its updated plan"): an "-ed"
// word there is an adjective, no past tense.
func (r *resolver) afterDeterminer(i int) bool {
	if i == 0 || r.toks[i-1].Kind != grammar.TWord {
		return false
	}
	return yearDeterminers[strings.ToLower(r.text[r.toks[i-1].Start:r.toks[i-1].End])]
}

// afterBe reports whether the "-ed" word at token i follows the bare
// infinitive "be", with at most one word between ("to be announced",
// "will be formally opened").
func (r *resolver) afterBe(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if r.toks[k].Kind != grammar.TWord {
			return false
		}
		if strings.EqualFold(r.text[r.toks[k].Start:r.toks[k].End], "be") {
			return true
		}
	}
	return false
}

// toksText reports whether token i ends with suffix.
func (r *resolver) toksText(i int, suffix string) bool {
	return hasSuffixAt(r.text, r.toks[i].Start, r.toks[i].End, suffix)
}

func hasSuffixAt(text string, s, e int, suffix string) bool {
	if e-s < len(suffix) {
		return false
	}
	return text[e-len(suffix):e] == suffix
}

// explicitYear returns the year an anchor expression pins down.
func explicitYear(e *grammar.Expr) (int, bool) {
	if e.Drop || e.Rel != grammar.RuNone || e.Yearless() || e.Amb {
		return 0, false
	}
	if e.Rng {
		return e.B.Y, true
	}
	switch e.A.G {
	case grammar.GFY, grammar.GWeek:
		return 0, false
	}
	return e.A.Y, true
}

// resolveYear gives the year-less expression i a year: from an explicit
// date in the same sentence, else from the release date and the tense of
// the sentence, else from the nearest explicit date in the article. A
// weekday written next to the date overrides when it disagrees.
func (r *resolver) resolveYear(i int) {
	e := &r.exprs[i]
	s, t := r.sentence(e.T0, e.T1)
	year := 0
	// A dated expression in the same sentence: the year that puts the
	// date nearest to it ("on January 11th, after ... on December 20th"),
	// or a bare year's own year ("In 2012, on March 5").
	fromAnchor := func(j int) bool {
		if r.exprs[j].RelResolved {
			return false // "last year ... in June" says nothing about June
		}
		if r.runInDateline(j) {
			// "CANBERRA, 14 September 2016 – The minister met ... on 12
			// February": the release's own date, which the tense
			// below reads, not a date of the story.
			return false
		}
		if r.hasPub && r.inferred[j] {
			// "first placed in May, reached 14 by the end of December" in
			// a January release: May's year is itself the release's and
			// the tense's guess; the tense places December too.
			return false
		}
		if r.namesThing(&r.exprs[j]) {
			return false // "the 2022 Housing Strategy and a pilot starting in May"
		}
		if ref, ok := refPoint(&r.exprs[j]); ok {
			// Nearest to the anchor; a tie goes forward, as a story
			// does ("enacted on 1 April 2016 and took effect on 1
			// October").
			year = yearByTense(e.A, ref, tenseSequence)
			return true
		}
		if y, ok := explicitYear(&r.exprs[j]); ok {
			year = y
			return true
		}
		return false
	}
	for j := i - 1; j >= 0 && r.exprs[j].T1 > s; j-- {
		if fromAnchor(j) {
			break
		}
	}
	// The tense of the clause around the date, not of the whole
	// sentence: reporting verbs ("stated", "welcomed") are past even when
	// the date they mention is ahead.
	tn := r.nearTense(s, t, e)
	if year == 0 && r.hasPub {
		year = yearByTense(e.A, r.pub, tn)
	}
	if year == 0 && r.lastPrecise >= 0 {
		// No release date: the latest explicit day or month before the
		// date stands in for it.
		if ref, ok := refPoint(&r.exprs[r.lastPrecise]); ok {
			year = yearByTense(e.A, ref, tn)
		}
	}
	if year == 0 {
		// A day or month later in the sentence, when nothing came
		// before: a bare year there is often something else ("on August
		// 3rd announced funds through 2024"), and even a month is often
		// another event ("the SPA (July 17) ... talks began in March
		// 2013"), so this comes after the release date.
		for j := i + 1; j < len(r.exprs) && r.exprs[j].T0 < t; j++ {
			if precise(&r.exprs[j]) && fromAnchor(j) {
				break
			}
		}
	}
	// The nearest explicit date elsewhere: a later day or month, then
	// the nearest bare year before or after.
	if year == 0 && r.nextPrecise[i+1] >= 0 {
		year, _ = explicitYear(&r.exprs[r.nextPrecise[i+1]])
	}
	// A bare year counts only nearby: years far away are as often
	// history ("the Treaty of 1909") as the article's own time.
	if j := r.lastAny; year == 0 && j >= 0 && e.T0-r.exprs[j].T1 <= nearbyTokens {
		year, _ = explicitYear(&r.exprs[j])
	}
	if j := r.nextAny[i+1]; year == 0 && j >= 0 && r.exprs[j].T0-e.T1 <= nearbyTokens {
		year, _ = explicitYear(&r.exprs[j])
	}
	if year == 0 {
		e.Drop = true
		return
	}
	if e.A.Wd != 0 || (e.Rng && e.B.Wd != 0) {
		for _, dy := range [...]int{0, -1, 1, -2, 2} {
			if r.weekdaysMatch(e, year+dy) {
				year += dy
				break
			}
		}
	}
	r.setYear(e, year)
	r.inferred[i] = true
}

// runInDatelineWords bounds the place words before a run-in dateline's
// date ("CANBERRA, 14 September 2016 –", "NEW YORK CITY (March 3) -").
const runInDatelineWords = 5

// runInDateline reports whether expression j is the date of a run-in
// dateline: it opens its paragraph, after at most runInDatelineWords
// words, and a dash or colon follows it (after a closing bracket), then
// a capitalized word that starts the story.
func (r *resolver) runInDateline(j int) bool {
	e := &r.exprs[j]
	words := 0
	for k := e.T0 - 1; ; k-- {
		if k < 0 || r.toks[k+1].Nl > 0 {
			break // the paragraph's (or line's) start
		}
		if r.toks[k].Kind == grammar.TWord {
			if words++; words > runInDatelineWords {
				return false
			}
		}
	}
	k := e.T1
	for k < len(r.toks) && r.toks[k].Kind == grammar.TPunct && r.toks[k].Ch == ')' {
		k++
	}
	if k+1 >= len(r.toks) || r.toks[k].Nl > 0 || r.toks[k].Kind != grammar.TPunct || (r.toks[k].Ch != '-' && r.toks[k].Ch != ':') {
		return false
	}
	return r.toks[k+1].Caps != 0
}

// yearDeterminers are the determiners that make the word after them a
// modifier: a year of a name ("the 2022 Housing Strategy", "its 2019
// Annual Report"), an "-ed" adjective ("the revised standards").
var yearDeterminers = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "our": true, "this": true, "a": true, "an": true}

// namesThing reports whether e is a bare year that modifies a capitalized
// name after a determiner ("the 2022 Inuit Nunangat Housing Strategy",
// "its 2019 Annual Report", "the 2020 Olympics"): the year belongs to the
// name and dates nothing else in the sentence.
func (r *resolver) namesThing(e *grammar.Expr) bool {
	if e.Rng || e.A.G != grammar.GYear || e.T0 == 0 || e.T1 >= len(r.toks) {
		return false
	}
	prev, next := r.toks[e.T0-1], r.toks[e.T1]
	if prev.Kind != grammar.TWord || next.Kind != grammar.TWord || next.Caps == 0 {
		return false
	}
	return yearDeterminers[strings.ToLower(r.text[prev.Start:prev.End])]
}

// precise reports whether e is a day or month (as opposed to a year or
// season), i.e. a strong anchor for a nearby year-less date.
func precise(e *grammar.Expr) bool { return e.A.G == grammar.GDay || e.A.G == grammar.GMonth }

func (r *resolver) setYear(e *grammar.Expr, year int) {
	if e.A.Y == 0 {
		e.A.Y = year
	}
	if e.Rng && e.B.Y == 0 {
		e.B.Y = e.A.Y
		if e.B.M < e.A.M || (e.B.M == e.A.M && e.B.D < e.A.D) {
			e.B.Y++
		}
	}
}

func (r *resolver) weekdaysMatch(e *grammar.Expr, year int) bool {
	c := *e
	c.A.Y, c.B.Y = 0, 0
	if e.A.Y != 0 {
		c.A.Y = e.A.Y
	}
	r.setYear(&c, year)
	check := func(pt grammar.Point) bool {
		if pt.Wd == 0 || pt.G != grammar.GDay {
			return true
		}
		return grammar.ValidDay(pt.Y, pt.M, pt.D) && grammar.IsoWeekday(grammar.DateOf(pt.Y, pt.M, pt.D)) == pt.Wd
	}
	return check(c.A) && (!c.Rng || check(c.B))
}

// pubTime is the release date as a day (the first of the month for a
// month-precision release date).
func (r *resolver) pubTime() time.Time { return refTime(r.pub) }

// refTime is the first day of a day or month point.
func refTime(p grammar.Point) time.Time {
	d := p.D
	if d == 0 {
		d = 1
	}
	return grammar.DateOf(p.Y, p.M, d)
}

// refPoint returns the day or month an explicit expression pins down (the
// end of a range), usable as a reference for year-less dates after it.
func refPoint(e *grammar.Expr) (grammar.Point, bool) {
	if _, ok := explicitYear(e); !ok {
		return grammar.Point{}, false
	}
	p := e.A
	if e.Rng {
		p = e.B
	}
	if p.G != grammar.GDay && p.G != grammar.GMonth {
		return grammar.Point{}, false
	}
	return p, true
}

// yearByTense picks, among the years around the reference (the release
// date), the one that puts pt in the past (past tense), the future
// (future tense) or nearest to the reference.
func yearByTense(pt, refPt grammar.Point, tn tense) int {
	ref := refTime(refPt)
	refEnd := ref
	if refPt.G == grammar.GMonth {
		refEnd = grammar.DateOf(refPt.Y, refPt.M+1, 0)
	}
	span := func(y int) (time.Time, time.Time, bool) {
		switch pt.G {
		case grammar.GDay:
			if !grammar.ValidDay(y, pt.M, pt.D) {
				return time.Time{}, time.Time{}, false
			}
			t := grammar.DateOf(y, pt.M, pt.D)
			return t, t, true
		case grammar.GMonth:
			return grammar.DateOf(y, pt.M, 1), grammar.DateOf(y, pt.M+1, 0), true
		}
		return time.Time{}, time.Time{}, false
	}
	slack := slackDays * 24 * time.Hour
	best, bestDist := 0, time.Duration(1<<62)
	for _, y := range [...]int{refPt.Y - 1, refPt.Y, refPt.Y + 1} {
		s, e, ok := span(y)
		if !ok {
			continue
		}
		switch tn {
		case tenseFuture:
			if !e.Before(ref.Add(-slack)) {
				return y
			}
		case tensePast:
			if !s.After(refEnd.Add(slack)) {
				best = y
			}
		default:
			var dist time.Duration
			switch {
			case e.Before(ref):
				dist = ref.Sub(e)
				if tn == tenseSequence {
					dist += sequenceTieDays * 24 * time.Hour
				}
			case s.After(refEnd):
				dist = s.Sub(refEnd)
			}
			if dist < bestDist {
				best, bestDist = y, dist
			}
		}
	}
	return best
}

// resolveRelative computes a relative expression's value from the release
// date, or drops it when there is none (or it is too coarse).
func (r *resolver) resolveRelative(e *grammar.Expr) {
	if !r.hasPub {
		e.Drop = true
		return
	}
	ref := r.pubTime()
	dayPrecise := r.pub.G == grammar.GDay
	switch e.Rel {
	case grammar.RuDay:
		if !dayPrecise {
			e.Drop = true
			return
		}
		t := ref.AddDate(0, 0, e.RelOff)
		e.A = grammar.Point{Y: t.Year(), M: int(t.Month()), D: t.Day(), G: grammar.GDay}
	case grammar.RuWeek:
		if !dayPrecise {
			e.Drop = true
			return
		}
		y, w := ref.AddDate(0, 0, 7*e.RelOff).ISOWeek()
		e.A = grammar.Point{Y: y, G: grammar.GWeek, Sub: w}
	case grammar.RuMonth:
		t := grammar.DateOf(r.pub.Y, r.pub.M+e.RelOff, 1)
		e.A = grammar.Point{Y: t.Year(), M: int(t.Month()), G: grammar.GMonth}
	case grammar.RuYear:
		e.A = grammar.Point{Y: r.pub.Y + e.RelOff, G: grammar.GYear}
		if e.RelGran != grammar.GNone { // the first half of next year
			e.A.G, e.A.Sub = e.RelGran, e.RelSub
		}
	case grammar.RuFY:
		e.A = grammar.Point{Y: r.fy.FiscalYear(ref) + e.RelOff, G: grammar.GFY}
	case grammar.RuSeasonYear:
		e.A = grammar.Point{Y: r.pub.Y + e.RelOff, G: grammar.GSeason, Sub: e.RelSub}
	case grammar.RuSeason:
		e.A = grammar.Point{Y: seasonYear(ref, e.RelSub, e.RelOff), G: grammar.GSeason, Sub: e.RelSub}
	case grammar.RuWeekday:
		if !dayPrecise {
			e.Drop = true
			return
		}
		dir := e.RelOff
		if dir == 0 {
			s, t := r.sentence(e.T0, e.T1)
			dir = -1 // news tells what happened
			if r.nearTense(s, t, e) == tenseFuture {
				dir = 1
			}
			if dir < 0 && grammar.IsoWeekday(ref) == e.RelSub {
				dir = 0 // "said on Tuesday" in a Tuesday release: that day
			}
		}
		t := nearestWeekday(ref, e.RelSub, dir)
		e.A = grammar.Point{Y: t.Year(), M: int(t.Month()), D: t.Day(), G: grammar.GDay}
	}
	e.Rel, e.RelOff = grammar.RuNone, 0
	e.RelResolved = true
}

// nearestWeekday returns the weekday wd (ISO, Monday = 1) nearest to ref
// in direction dir: -1 the last one strictly before, +1 the next one
// strictly after, 0 ref itself.
func nearestWeekday(ref time.Time, wd, dir int) time.Time {
	cur := grammar.IsoWeekday(ref)
	switch {
	case dir < 0:
		back := (cur - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	case dir > 0:
		fwd := (wd - cur + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return ref.AddDate(0, 0, fwd)
	}
	return ref
}

// resolveDayAfter gives "the following day" its value: a day after the
// last day the text told (else the release date).
func (r *resolver) resolveDayAfter(e *grammar.Expr) {
	var ref time.Time
	if j := r.lastPrecise; j >= 0 {
		if p, ok := refPoint(&r.exprs[j]); ok && p.G == grammar.GDay {
			ref = refTime(p)
		}
	}
	if ref.IsZero() && r.hasPub && r.pub.G == grammar.GDay {
		ref = r.pubTime()
	}
	if ref.IsZero() {
		e.Drop = true
		return
	}
	t := ref.AddDate(0, 0, e.RelOff)
	e.A = grammar.Point{Y: t.Year(), M: int(t.Month()), D: t.Day(), G: grammar.GDay}
	e.Rel, e.RelOff = grammar.RuNone, 0
	e.RelResolved = true
}

// seasonYear returns the year of "this/next/last <season>" seen from ref.
func seasonYear(ref time.Time, season, dir int) int {
	y := ref.Year()
	in := func(y int) (time.Time, time.Time) {
		return grammar.Point{Y: y, G: grammar.GSeason, Sub: season}.Bounds(grammar.FyConvention{})
	}
	switch dir {
	case 0:
		if s, _ := in(y - 1); season == 4 && !ref.Before(s) && ref.Month() <= 2 {
			return y - 1
		}
		return y
	case 1:
		for c := y - 1; c <= y+1; c++ {
			if s, _ := in(c); s.After(ref) {
				return c
			}
		}
		return y + 1
	default:
		for c := y; c >= y-2; c-- {
			if _, e := in(c); e.Before(ref) {
				return c
			}
		}
		return y - 1
	}
}

// collect turns the resolved expressions into one Date per value.
func (r *resolver) collect(text, published string) []Date {
	var out []Date
	idx := map[string]int{}
	for i := range r.exprs {
		e := &r.exprs[i]
		if e.Drop || e.Rel != grammar.RuNone {
			continue
		}
		val, start, end, ok := normalize(e, r.fy)
		if !ok {
			continue
		}
		men := extract.Mention{Text: text[e.Start:e.End], Start: e.Start, End: e.End}
		event := r.isEvent(e)
		if j, ok := idx[val]; ok {
			out[j].Mentions = append(out[j].Mentions, men)
			// Relative only when every mention is.
			out[j].Relative = out[j].Relative && e.RelResolved
			if event && out[j].Role == "" {
				out[j].Role = "event"
			}
			continue
		}
		d := Date{Text: men.Text, Value: val, Start: start, End: end, Relative: e.RelResolved, Mentions: []extract.Mention{men}}
		if event {
			d.Role = "event"
		}
		idx[val] = len(out)
		out = append(out, d)
	}
	if published != "" {
		if j, ok := idx[published]; ok {
			out[j].Role = "published"
		}
	}
	return out
}

// normalize returns the TIMEX3 value and ISO bounds of a resolved
// expression, or false when it does not denote a real date (Feb 30, a
// range that runs backwards).
func normalize(e *grammar.Expr, fy grammar.FyConvention) (val, start, end string, ok bool) {
	if e.A.Y == 0 || (e.A.G == grammar.GDay && !grammar.ValidDay(e.A.Y, e.A.M, e.A.D)) {
		return "", "", "", false
	}
	s, t := e.A.Bounds(fy)
	if s.IsZero() {
		return "", "", "", false
	}
	if !e.Rng {
		return e.A.Value(), grammar.IsoDay(s), grammar.IsoDay(t), true
	}
	if e.B.Y == 0 || (e.B.G == grammar.GDay && !grammar.ValidDay(e.B.Y, e.B.M, e.B.D)) {
		return "", "", "", false
	}
	bs, bt := e.B.Bounds(fy)
	if !bs.After(s) {
		return "", "", "", false
	}
	return e.A.Value() + "/" + e.B.Value(), grammar.IsoDay(s), grammar.IsoDay(bt), true
}

// isEvent reports whether the clause around e says something happens on
// it (held, met, convene...). The clause ends at commas, semicolons and
// "and", so "agreed to meet in May and to report next month" makes only
// May an event date.
func (r *resolver) isEvent(e *grammar.Expr) bool {
	const before, after = 12, 6
	s, t := r.sentence(e.T0, e.T1)
	check := func(i int) (event, stop bool) {
		tk := r.toks[i]
		if tk.Kind == grammar.TPunct && (tk.Ch == ',' || tk.Ch == ';' || tk.Ch == ':') {
			return false, true
		}
		if tk.Kind != grammar.TWord || tk.Kw == 0 {
			return false, false
		}
		k := r.f.lex.Kws[tk.Kw]
		if k.Has(grammar.KfAnd) {
			return false, true
		}
		return tk.Caps == 0 && k.Has(grammar.KfEvent), false
	}
	for i := e.T0 - 1; i >= max(s, e.T0-before); i-- {
		if ev, stop := check(i); ev {
			return true
		} else if stop {
			break
		}
	}
	for i := e.T1; i < min(t, e.T1+after); i++ {
		if ev, stop := check(i); ev {
			return true
		} else if stop {
			break
		}
	}
	return false
}
