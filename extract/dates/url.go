package dates

import (
	"path"
	"strings"

	"github.com/communique/communique/corpus"
)

// A page's address often carries its release date: news and government
// sites file releases under /2016/12/06/ or name them 20161206-slug, and
// static-site generators name posts 2020-12-08-slug.md. The date there is
// a witness of the release date when the page states none itself (step
// 6b of the published cascade).

// dtURLKeys are the metadata keys holding a page's own address: Open
// Graph's og:url and a Markdown front matter's permalink or url (the
// cleaner files those under "url").
var dtURLKeys = []string{"og:url", "url"}

// publishedFromURL returns the date in the article's address: its
// fetched URI, a metadata address, or the base name of a local file.
func publishedFromURL(a *corpus.Article) (dtPoint, bool) {
	cands := make([]string, 0, 4)
	if dtHost(a.Source.URI) != "" {
		cands = append(cands, a.Source.URI)
	}
	for _, k := range dtURLKeys {
		if v := a.Meta.Props[k]; v != "" {
			cands = append(cands, v)
		}
	}
	if a.Source.Path != "" {
		cands = append(cands, "/"+path.Base(strings.ReplaceAll(a.Source.Path, "\\", "/")))
	}
	for _, c := range cands {
		if pt, ok := dtURLDate(c); ok {
			return pt, true
		}
	}
	return dtPoint{}, false
}

// dtURLDate finds a calendar day in the path of u: /YYYY/MM/DD/ over
// three segments, or YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD at the start of a
// segment (or after a '-' or '_') and followed by a separator or the
// segment's end. Query strings and fragments are not read.
func dtURLDate(u string) (dtPoint, bool) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			return dtPoint{}, false
		}
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	segs := strings.Split(u, "/")
	for i := 0; i+2 < len(segs); i++ {
		if len(segs[i]) == 4 && dtAllDigits(segs[i]) && len(segs[i+1]) <= 2 && dtAllDigits(segs[i+1]) && segs[i+1] != "" {
			day := segs[i+2]
			n := 0
			for n < len(day) && n < 2 && day[n] >= '0' && day[n] <= '9' {
				n++
			}
			if n > 0 && (n == len(day) || !dtIsDigitByte(day[n])) && (n == len(day) || dtURLSep(day[n])) {
				if pt, ok := dtURLDay(dtAtoi(segs[i]), dtAtoi(segs[i+1]), dtAtoi(day[:n])); ok {
					return pt, true
				}
			}
		}
	}
	for _, seg := range segs {
		for start := 0; start < len(seg); start++ {
			if start > 0 && !dtURLSep(seg[start-1]) {
				continue
			}
			if pt, ok := dtURLCompact(seg[start:]); ok {
				return pt, true
			}
		}
	}
	return dtPoint{}, false
}

// dtURLCompact reads YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD at the start of s,
// followed by a separator or the end of s.
func dtURLCompact(s string) (dtPoint, bool) {
	var y, m, d, n int
	switch {
	case len(s) >= 10 && dtAllDigits(s[:4]) && (s[4] == '-' || s[4] == '_') && s[7] == s[4] && dtAllDigits(s[5:7]) && dtAllDigits(s[8:10]):
		y, m, d, n = dtAtoi(s[:4]), dtAtoi(s[5:7]), dtAtoi(s[8:10]), 10
	case len(s) >= 8 && dtAllDigits(s[:8]):
		y, m, d, n = dtAtoi(s[:4]), dtAtoi(s[4:6]), dtAtoi(s[6:8]), 8
	default:
		return dtPoint{}, false
	}
	if n < len(s) && !dtURLSep(s[n]) {
		return dtPoint{}, false
	}
	return dtURLDay(y, m, d)
}

// dtURLDay validates a day read from an address: a real day in the years
// web pages have been published.
func dtURLDay(y, m, d int) (dtPoint, bool) {
	if y < dtURLMinYear || y > dtURLMaxYear || !dtValidDay(y, m, d) {
		return dtPoint{}, false
	}
	return dtPoint{y: y, m: m, d: d, g: gDay}, true
}

// dtURLMinYear is the earliest year a date in an address is taken for
// (htmldate's lower bound is 1995);
// dtURLMaxYear is the latest: an 8-digit identifier beyond it is no date.
const (
	dtURLMinYear = 1995
	dtURLMaxYear = 2099
)

func dtURLSep(c byte) bool { return c == '-' || c == '_' || c == '.' || c == '/' }

func dtIsDigitByte(c byte) bool { return c >= '0' && c <= '9' }
