package dates

import (
	"github.com/communique/communique/extract"
)

// Join implements extract.Joiner: dates of the same value are one date
// with the mentions of both windows (a date only in the window's context
// is dropped); the release date is the first window's that found one
// (later windows are told it, corpus.PropReleaseDate).
func (p Part) Join(next extract.Part, w extract.Window) extract.Part {
	q, ok := next.(Part)
	if !ok {
		return p
	}
	out := p
	if out.Published == "" {
		out.Published = q.Published
	}
	idx := make(map[string]int, len(out.Dates))
	for i, d := range out.Dates {
		idx[d.Value] = i
	}
	for _, d := range q.Dates {
		men := w.Mentions(d.Mentions)
		if len(men) == 0 {
			continue
		}
		if j, ok := idx[d.Value]; ok {
			o := &out.Dates[j]
			o.Mentions = append(o.Mentions, men...)
			o.Relative = o.Relative && d.Relative
			if o.Role == "" && d.Role != "published" {
				o.Role = d.Role
			}
			continue
		}
		d.Mentions, d.Text = men, men[0].Text
		if d.Role == "published" && d.Value != out.Published {
			d.Role = ""
		}
		idx[d.Value] = len(out.Dates)
		out.Dates = append(out.Dates, d)
	}
	if j, ok := idx[out.Published]; ok && out.Published != "" {
		out.Dates[j].Role = "published"
	}
	return out
}
