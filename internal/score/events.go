package score

import (
	"encoding/json"
	"unicode"
	"unicode/utf8"
)

// Events are scored as the reference's score_events does: a predicted
// event matches the most similar unmatched gold event of the same dates
// value whose name or series shares at least 60% of the content words
// (over the smaller set); an unmatched prediction close to an optional
// name (shared words over the larger set) is forgiven. Place, ordinal and
// chairs are judged on matched events only.

// eventThreshold is the share of content words two event names must share.
const eventThreshold = 0.6

// eventOrdinals are the ordinal words left out of event names.
var eventOrdinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
	"eleventh": true, "twelfth": true, "thirteenth": true, "fourteenth": true,
	"fifteenth": true, "sixteenth": true, "seventeenth": true, "eighteenth": true,
	"nineteenth": true, "twentieth": true, "thirtieth": true, "fortieth": true,
	"fiftieth": true,
}

// eventStop are the stop words left out of event names.
var eventStop = map[string]bool{
	"the": true, "of": true, "on": true, "and": true, "for": true, "in": true,
	"at": true, "a": true, "an": true, "to": true, "with": true, "between": true,
}

// eventWords is the reference's event_words: the set of content words of an
// event name, without stop words, ordinals, one-letter words and numbers
// (23, 1st, 10th).
func eventWords(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range words(s) {
		if utf8.RuneCountInString(w) > 1 && !eventStop[w] && !eventOrdinals[w] && !isOrdinalNumber(w) {
			set[w] = true
		}
	}
	return set
}

// isOrdinalNumber reports whether w fully matches Python's \d+(st|nd|rd|th)?
// (\d being any Unicode decimal digit).
func isOrdinalNumber(w string) bool {
	i := 0
	for i < len(w) {
		r, n := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsDigit(r) {
			break
		}
		i += n
	}
	if i == 0 {
		return false
	}
	switch w[i:] {
	case "", "st", "nd", "rd", "th":
		return true
	}
	return false
}

// eventOverlap is the share of shared content words over the smaller set
// (the larger one when strict); 0 when either name has none.
func eventOverlap(a, b string, strict bool) float64 {
	sa, sb := eventWords(a), eventWords(b)
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	shared := 0
	for w := range sa {
		if sb[w] {
			shared++
		}
	}
	d := min(len(sa), len(sb))
	if strict {
		d = max(len(sa), len(sb))
	}
	return float64(shared) / float64(d)
}

// eventDate is the reference's event_date: the "dates" value (else "date",
// else "value"); an object gives its "value", a list its first element;
// falsy values are none (nil).
func eventDate(ev any) any {
	m, _ := ev.(map[string]any)
	d, ok := m["dates"]
	if !ok {
		d, ok = m["date"]
		if !ok {
			d = m["value"]
		}
	}
	if _, isObj := d.(map[string]any); isObj {
		d = get(d, "value", nil)
	}
	if l, isList := d.([]any); isList {
		d = nil
		if len(l) > 0 {
			d = l[0]
		}
	}
	return or(d, nil)
}

// placeName is the reference's place_name: "place", or its "name" when an
// object; falsy values are none.
func placeName(ev any) any {
	p := get(ev, "place", nil)
	if _, isObj := p.(map[string]any); isObj {
		p = get(p, "name", nil)
	}
	return or(p, nil)
}

// hashable reports whether Python could use v as a dict key.
func hashable(v any) bool {
	switch v.(type) {
	case []any, map[string]any:
		return false
	}
	return true
}

// pyDict is a Python dict keyed by decoded JSON scalars, where keys equal
// by Python's == (1, 1.0 and true) are one key.
type pyDict struct{ keys, vals []any }

func (d *pyDict) set(k, v any) {
	for i, x := range d.keys {
		if pyEqual(x, k) {
			d.vals[i] = v
			return
		}
	}
	d.keys = append(d.keys, k)
	d.vals = append(d.vals, v)
}

// get is dict.get(k, def); an unhashable key (where Python raises) yields
// def.
func (d *pyDict) get(k, def any) any {
	if !hashable(k) {
		return def
	}
	for i, x := range d.keys {
		if pyEqual(x, k) {
			return d.vals[i]
		}
	}
	return def
}

// chairKeys is the reference's chair_keys: the person keys of an event's
// chairs, given as names, as objects with a name or an id, or as ids of the
// record's people.
func chairKeys(ev any, people []any) map[string]bool {
	var byID pyDict
	for _, p := range people {
		if _, ok := p.(map[string]any); !ok {
			continue
		}
		if id := get(p, "id", nil); hashable(id) {
			byID.set(id, get(p, "name", ""))
		}
	}
	keys := map[string]bool{}
	for _, c := range pyIter(or(get(ev, "chairs", nil), []any{})) {
		if _, ok := c.(map[string]any); ok {
			c = or(get(c, "name", nil), byID.get(get(c, "id", nil), ""))
		}
		c = byID.get(c, c)
		if k := personKey(pyStr(c)); k != "" {
			keys[k] = true
		}
	}
	return keys
}

// eventAttrs are the attribute tallies over matched events: place and
// ordinal right out of n, chairs as hits, false hits and misses.
type eventAttrs struct {
	placeOK, placeN     int
	ordinalOK, ordinalN int
	chairs              matchResult
}

func (a *eventAttrs) add(b eventAttrs) {
	a.placeOK += b.placeOK
	a.placeN += b.placeN
	a.ordinalOK += b.ordinalOK
	a.ordinalN += b.ordinalN
	a.chairs.tp += b.chairs.tp
	a.chairs.fp += b.chairs.fp
	a.chairs.fn += b.chairs.fn
}

// eventsResult is the outcome of matching one record's events.
type eventsResult struct {
	tp, fp, fn        int
	falseHits, misses []string
	attrs             eventAttrs
}

// predEvents are the object elements of a record's events list.
func predEvents(pred any) []any {
	var out []any
	for _, e := range pyIter(or(get(pred, "events", nil), []any{})) {
		if _, ok := e.(map[string]any); ok {
			out = append(out, e)
		}
	}
	return out
}

// goldDates is a gold event's dates as the reference reads it (nil when
// absent or null).
func goldDates(g GoldEvent) any {
	if g.Dates == nil {
		return nil
	}
	return *g.Dates
}

// scoreEvents matches a record's events with a gold article's.
func scoreEvents(pred any, g GoldRecord) eventsResult {
	var r eventsResult
	used := make([]bool, len(g.Events))
	people := pyIter(or(get(pred, "people", nil), []any{}))
	for _, e := range predEvents(pred) {
		names := [2]any{or(get(e, "name", nil), ""), or(get(e, "series", nil), "")}
		date := eventDate(e)
		hit, best := -1, 0.0
		for j, ge := range g.Events {
			if used[j] || !pyEqual(date, goldDates(ge)) {
				continue
			}
			sim := 0.0
			for _, n := range names {
				if !truthy(n) {
					continue
				}
				for _, gn := range [2]string{ge.Name, ge.Series} {
					if gn != "" {
						sim = max(sim, eventOverlap(text(n), gn, false))
					}
				}
			}
			if sim >= eventThreshold && sim > best {
				hit, best = j, sim
			}
		}
		if hit < 0 {
			if similarToOptional(names, g.EventsOptional) {
				continue
			}
			r.fp++
			name := names[0]
			if !truthy(name) {
				name = names[1]
			}
			r.falseHits = append(r.falseHits, pyStr(date)+" "+prefix(text(name), 60))
			continue
		}
		used[hit] = true
		r.tp++
		r.attrs.add(eventAttributes(e, g.Events[hit], people))
	}
	for j, u := range used {
		if !u {
			r.fn++
			r.misses = append(r.misses, pyStr(goldDates(g.Events[j]))+" "+prefix(g.Events[j].Name, 60))
		}
	}
	return r
}

// similarToOptional reports whether a name or series shares most of its
// words (over the larger set) with an optional event name.
func similarToOptional(names [2]any, optional []string) bool {
	for _, n := range names {
		if !truthy(n) {
			continue
		}
		for _, o := range optional {
			if eventOverlap(text(n), o, true) >= eventThreshold {
				return true
			}
		}
	}
	return false
}

// eventAttributes judges a matched event's place (one's words contain the
// other's, or neither has any), ordinal (an integer equal to the gold's)
// and chairs (by person key).
func eventAttributes(e any, g GoldEvent, people []any) eventAttrs {
	var a eventAttrs
	gw := setOf(words(g.Place))
	pw := setOf(words(text(placeName(e))))
	if (len(gw) == 0 && len(pw) == 0) || (len(gw) > 0 && len(pw) > 0 && (subset(gw, pw) || subset(pw, gw))) {
		a.placeOK++
	}
	a.placeN++
	var po any
	if n, ok := get(e, "ordinal", nil).(json.Number); ok && isPyInt(n) {
		po = n
	}
	if pyEqual(po, g.Ordinal) {
		a.ordinalOK++
	}
	a.ordinalN++
	gc := map[string]bool{}
	for _, c := range g.Chairs {
		gc[personKey(c)] = true
	}
	pc := chairKeys(e, people)
	for k := range gc {
		if pc[k] {
			a.chairs.tp++
		} else {
			a.chairs.fn++
		}
	}
	for k := range pc {
		if !gc[k] {
			a.chairs.fp++
		}
	}
	return a
}

func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
