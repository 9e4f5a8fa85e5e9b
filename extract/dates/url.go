package dates

import (
	"path"
	"strings"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract/dates/grammar"
)

// A page's address often carries its release date: news and government
// sites file releases under /2016/12/06/ or name them 20161206-slug, and
// static-site generators name posts 2020-12-08-slug.md. The date there is
// a witness of the release date when the page states none itself (step
// 6b of the published cascade).

// urlKeys are the metadata keys holding a page's own address: Open
// Graph's og:url and a Markdown front matter's permalink or url (the
// cleaner files those under "url").
var urlKeys = []string{"og:url", "url"}

// publishedFromURL returns the date in the article's address: its
// fetched URI, a metadata address, or the base name of a local file.
func publishedFromURL(a *corpus.Article) (grammar.Point, bool) {
	cands := make([]string, 0, 4)
	if hostOf(a.Source.URI) != "" {
		cands = append(cands, a.Source.URI)
	}
	for _, k := range urlKeys {
		if v := a.Meta.Props[k]; v != "" {
			cands = append(cands, v)
		}
	}
	if a.Source.Path != "" {
		cands = append(cands, "/"+path.Base(strings.ReplaceAll(a.Source.Path, "\\", "/")))
	}
	for _, c := range cands {
		if pt, ok := urlDate(c); ok {
			return pt, true
		}
	}
	return grammar.Point{}, false
}

// urlDate finds a calendar day in the path of u: /YYYY/MM/DD/ over
// three segments, or YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD at the start of a
// segment (or after a '-' or '_') and followed by a separator or the
// segment's end. Query strings and fragments are not read.
func urlDate(u string) (grammar.Point, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			return grammar.Point{}, false
		}
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	segs := strings.Split(u, "/")
	for i := 0; i+2 < len(segs); i++ {
		if len(segs[i]) == 4 && grammar.AllDigits(segs[i]) && len(segs[i+1]) <= 2 && grammar.AllDigits(segs[i+1]) && segs[i+1] != "" {
			day := segs[i+2]
			n := 0
			for n < len(day) && n < 2 && day[n] >= '0' && day[n] <= '9' {
				n++
			}
			if n > 0 && (n == len(day) || !isDigitByte(day[n])) && (n == len(day) || urlSep(day[n])) {
				if pt, ok := urlDay(grammar.Atoi(segs[i]), grammar.Atoi(segs[i+1]), grammar.Atoi(day[:n])); ok {
					return pt, true
				}
			}
		}
	}
	for _, seg := range segs {
		for start := 0; start < len(seg); start++ {
			if start > 0 && !urlSep(seg[start-1]) {
				continue
			}
			if pt, ok := urlCompact(seg[start:]); ok {
				return pt, true
			}
		}
	}
	return grammar.Point{}, false
}

// urlCompact reads YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD at the start of s,
// followed by a separator or the end of s.
func urlCompact(s string) (grammar.Point, bool) {
	var y, m, d, n int
	switch {
	case len(s) >= 10 && grammar.AllDigits(s[:4]) && (s[4] == '-' || s[4] == '_') && s[7] == s[4] && grammar.AllDigits(s[5:7]) && grammar.AllDigits(s[8:10]):
		y, m, d, n = grammar.Atoi(s[:4]), grammar.Atoi(s[5:7]), grammar.Atoi(s[8:10]), 10
	case len(s) >= 8 && grammar.AllDigits(s[:8]):
		y, m, d, n = grammar.Atoi(s[:4]), grammar.Atoi(s[4:6]), grammar.Atoi(s[6:8]), 8
	default:
		return grammar.Point{}, false
	}
	if n < len(s) && !urlSep(s[n]) {
		return grammar.Point{}, false
	}
	return urlDay(y, m, d)
}

// urlDay validates a day read from an address: a real day in the years
// web pages have been published.
func urlDay(y, m, d int) (grammar.Point, bool) {
	if y < urlMinYear || y > urlMaxYear || !grammar.ValidDay(y, m, d) {
		return grammar.Point{}, false
	}
	return grammar.Point{Y: y, M: m, D: d, G: grammar.GDay}, true
}

// urlMinYear is the earliest year a date in an address is taken for
// (htmldate's lower bound is 1995);
// urlMaxYear is the latest: an 8-digit identifier beyond it is no date.
const (
	urlMinYear = 1995
	urlMaxYear = 2099
)

func urlSep(c byte) bool { return c == '-' || c == '_' || c == '.' || c == '/' }

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// monthFromName returns the date a document's file name gives for its
// issue or release: an English month name or abbreviation next to a
// four-digit year ("Mar-2023-climate-action.pdf",
// "newsletter_june_2019.pdf", "2021-april-bulletin.html"), with the day
// when a one- or two-digit number stands beside them in a day-month-year,
// month-day-year or year-month-day order ("12-Mar-2021-statement.pdf",
// "press_release_march_12_2021.txt", "2021-Mar-12-talks.html"). Parts
// are the base name's words split at separators and at every change
// between letters and digits, so a compact name ("11Aug2004Talks.txt",
// "2019June30") reads too. The base name of the path is read, then the
// last segment of the address.
func (f *Finder) monthFromName(a *corpus.Article) (grammar.Point, bool) {
	for _, n := range []string{a.Source.Path, a.Source.URI} {
		if n == "" {
			continue
		}
		if i := strings.IndexAny(n, "?#"); i >= 0 {
			n = n[:i]
		}
		parts := nameParts(path.Base(strings.ReplaceAll(n, "\\", "/")))
		if pt, ok := f.nameDay(parts); ok {
			return pt, true
		}
		for i := 0; i+1 < len(parts); i++ {
			if pt, ok := f.nameMonthYear(parts[i], parts[i+1]); ok {
				return pt, true
			}
			if pt, ok := f.nameMonthYear(parts[i+1], parts[i]); ok {
				return pt, true
			}
		}
	}
	return grammar.Point{}, false
}

// nameParts splits a file's base name into its words: at '-', '_', '.'
// and spaces, and between a run of letters and a run of digits.
func nameParts(base string) []string {
	var parts []string
	start := -1
	for i := 0; i <= len(base); i++ {
		boundary := i == len(base) || base[i] == '-' || base[i] == '_' || base[i] == '.' || base[i] == ' '
		if !boundary && start >= 0 && isDigitByte(base[i]) != isDigitByte(base[i-1]) {
			parts = append(parts, base[start:i])
			start = i
			continue
		}
		if boundary {
			if start >= 0 {
				parts = append(parts, base[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return parts
}

// nameDay finds day, month name and four-digit year as three neighbouring
// parts of a file name, in the orders names use: day-month-year,
// month-day-year, year-month-day.
func (f *Finder) nameDay(parts []string) (grammar.Point, bool) {
	for i := 0; i+2 < len(parts); i++ {
		for _, o := range [][3]int{{1, 0, 2}, {0, 1, 2}, {1, 2, 0}} { // index of month, day, year within the window
			m, d, y := parts[i+o[0]], parts[i+o[1]], parts[i+o[2]]
			if len(d) > 2 || !grammar.AllDigits(d) {
				continue
			}
			if pt, ok := f.nameMonthYear(m, y); ok && grammar.ValidDay(pt.Y, pt.M, grammar.Atoi(d)) {
				pt.D, pt.G = grammar.Atoi(d), grammar.GDay
				return pt, true
			}
		}
	}
	return grammar.Point{}, false
}

// nameMonthYear reads an English month name m and a year y of a file name.
func (f *Finder) nameMonthYear(m, y string) (grammar.Point, bool) {
	if len(y) != 4 || !grammar.AllDigits(y) {
		return grammar.Point{}, false
	}
	k := f.lex.Kws[f.lex.Lookup(m)]
	if !k.Has(grammar.KfMonth) || k.Has(grammar.KfMonthForeign) {
		return grammar.Point{}, false
	}
	yr := grammar.Atoi(y)
	if yr < urlMinYear || yr > urlMaxYear {
		return grammar.Point{}, false
	}
	return grammar.Point{Y: yr, M: int(k.Month), G: grammar.GMonth}, true
}
