package events

import "strings"

// sameDayPhrases place an occurrence on a day named before them: the
// release's own day ("earlier today") or the day last written ("signed on
// the same day").
var sameDayPhrases = []struct {
	phrase string
	today  bool // the release's day, when it is known
}{
	{"earlier in the day", false}, {"later in the day", false},
	{"earlier that day", false}, {"later that day", false},
	{"on the same day", false}, {"the same day", false}, {"that same day", false},
	{"earlier today", true}, {"later today", true},
}

// datesSameDay dates the undated mentions of sentence si that a same-day
// phrase places in time ("Earlier in the day, A and B held talks", "an
// agreement signed on the same day"): they take the last single day
// written before the phrase, or for "earlier today" the release date.
func datesSameDay(d *doc, si int, ms []*candidate) {
	sp := d.sents[si]
	var undated bool
	for _, c := range ms {
		undated = undated || c.date < 0
	}
	if !undated {
		return
	}
	low := asciiLower(d.in.Text[sp.Start:sp.End])
	for _, p := range sameDayPhrases {
		at := strings.Index(low, p.phrase)
		if at < 0 {
			continue
		}
		di := -1
		if p.today {
			di = d.publishedDate()
		}
		if di < 0 {
			di = d.lastDayBefore(sp.Start + at)
		}
		if di < 0 {
			return
		}
		for _, c := range ms {
			if c.date < 0 {
				c.date = di
			}
		}
		return
	}
}

// lastDayBefore returns the absolute single-day date written last before
// offset at, -1 when none is.
func (d *doc) lastDayBefore(at int) int {
	best, bestEnd := -1, -1
	for i, s := range d.dates.spans {
		if s.End > at || s.End <= bestEnd {
			continue
		}
		dt := d.in.Dates[d.dates.owner[i]]
		if dt.Relative || dt.Start == "" || dt.Start != dt.End {
			continue
		}
		best, bestEnd = d.dates.owner[i], s.End
	}
	return best
}
