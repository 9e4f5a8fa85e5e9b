package events

import (
	"slices"
	"strconv"

	"github.com/communique/communique/extract"
)

// Join implements extract.Joiner: an event named again in a later window
// with the same dates (by series key, else by name) is one event with the
// mentions, chairs, hosts and participants of both; an event only in the
// window's context is dropped; the window's people and agency IDs are
// mapped by w (country codes pass unchanged).
func (p Part) Join(next extract.Part, w extract.Window) extract.Part {
	q, ok := next.(Part)
	if !ok {
		return p
	}
	out := p
	idx := make(map[eventKey]int, len(out.Events))
	for i, e := range out.Events {
		idx[keyOf(e)] = i
	}
	for _, e := range q.Events {
		e.Chairs = mapIDs(e.Chairs, w)
		e.Hosts = mapIDs(e.Hosts, w)
		e.Participants = mapIDs(e.Participants, w)
		var men []Mention
		for _, m := range e.Mentions {
			if m.Start+w.Offset >= w.From {
				men = append(men, Mention{Text: m.Text, Start: m.Start + w.Offset, End: m.End + w.Offset})
			}
		}
		j, ok := idx[keyOf(e)]
		if !ok && len(men) == 0 {
			continue
		}
		if ok {
			o := &out.Events[j]
			o.Mentions = append(o.Mentions, men...)
			o.Chairs = unionIDs(o.Chairs, e.Chairs)
			o.Hosts = unionIDs(o.Hosts, e.Hosts)
			o.Participants = unionIDs(o.Participants, e.Participants)
			if o.Place == "" {
				o.Place, o.Country = e.Place, e.Country
			}
			continue
		}
		e.Mentions = men
		idx[keyOf(e)] = len(out.Events)
		out.Events = append(out.Events, e)
	}
	return out
}

// eventKey is what makes two windows' events one.
type eventKey struct{ name, dates string }

func keyOf(e Event) eventKey {
	if e.SeriesKey != "" {
		return eventKey{e.SeriesKey + "#" + strconv.Itoa(e.Ordinal), e.Dates}
	}
	return eventKey{e.Name, e.Dates}
}

// mapIDs returns the window's IDs mapped to the joined part's, without
// those of dropped values; values that are not window IDs (country codes)
// stay. nil stays nil.
func mapIDs(in []string, w extract.Window) []string {
	if in == nil {
		return nil
	}
	out := make([]string, 0, len(in))
	for _, s := range in {
		if m, ok := w.MapID(s); ok {
			out = append(out, m)
		}
	}
	return out
}

// unionIDs returns a followed by the IDs of b not in a (nil when both are).
func unionIDs(a, b []string) []string {
	if a == nil && b == nil {
		return nil
	}
	out := a
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}
