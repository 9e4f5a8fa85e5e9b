package score

import (
	"fmt"
	"io"
	"strings"
)

// The report formats are the reference scorer's, byte for byte: --detail
// writes one JSON line per gold article, then the summary follows as text
// or, with --json, as one JSON object.

// summary is the --json object, keys in the reference's order.
func (r Report) summary() object {
	o := make(object, 0, len(Fields)+7)
	for _, f := range r.Fields {
		o = append(o, member{f.Field, object{
			{"precision", f.Precision}, {"recall", f.Recall}, {"f1", f.F1},
		}})
	}
	o = append(o,
		member{"title_accuracy", r.TitleAccuracy},
		member{"published_accuracy", r.PublishedAccuracy},
		member{"agenda_parent_accuracy", r.AgendaParentAccuracy},
		member{"overall_f1", r.OverallF1},
		member{"gold_records", r.GoldRecords},
		member{"extra_records", r.ExtraRecords},
		member{"unparsed_lines", r.UnparsedLines},
	)
	if r.WithEvents {
		e := r.Events
		o = append(o,
			member{"events", object{{"precision", e.Precision}, {"recall", e.Recall}, {"f1", e.F1}}},
			member{"event_place_accuracy", r.EventPlaceAccuracy},
			member{"event_ordinal_accuracy", r.EventOrdinalAccuracy},
			member{"event_chairs_f1", r.EventChairsF1},
		)
	}
	return o
}

// WriteJSON writes the summary as one JSON object on one line.
func (r Report) WriteJSON(w io.Writer) error {
	_, err := fmt.Fprintln(w, pyJSON(r.summary()))
	return err
}

// WriteText writes the summary as a table.
func (r Report) WriteText(w io.Writer) error {
	b := fmt.Appendf(nil, "%-10s %6s %6s %6s\n", "field", "P", "R", "F1")
	for _, f := range r.Fields {
		b = fmt.Appendf(b, "%-10s %6.3f %6.3f %6.3f\n", f.Field, f.Precision, f.Recall, f.F1)
	}
	b = fmt.Appendf(b, "title accuracy %.3f  published accuracy %.3f  agenda parent accuracy %.3f\n",
		r.TitleAccuracy, r.PublishedAccuracy, r.AgendaParentAccuracy)
	if r.WithEvents {
		e := r.Events
		b = fmt.Appendf(b, "%-10s %6.3f %6.3f %6.3f\n", e.Field, e.Precision, e.Recall, e.F1)
		b = fmt.Appendf(b, "event place accuracy %.3f  event ordinal accuracy %.3f  event chairs F1 %.3f\n",
			r.EventPlaceAccuracy, r.EventOrdinalAccuracy, r.EventChairsF1)
	}
	b = fmt.Appendf(b, "gold records %d  extra records %d  unparsed lines %d\n",
		r.GoldRecords, r.ExtraRecords, r.UnparsedLines)
	b = fmt.Appendf(b, "overall F1 %.3f\n", r.OverallF1)
	_, err := w.Write(b)
	return err
}

// WriteDetail writes one JSON line per gold article with the false hits
// and misses of each field.
func (r Report) WriteDetail(w io.Writer) error {
	var b []byte
	for _, a := range r.Articles {
		o := object{
			{"source", a.Source},
			{"title", a.Title},
			{"found", a.Found},
			{"dates", a.Dates.object()},
			{"people", a.People.object()},
			{"agencies", a.Agencies.object()},
			{"agenda", a.Agenda.object()},
		}
		if a.Events != nil {
			o = append(o, member{"events", a.Events.object()})
		}
		b = appendPyJSON(b, o)
		b = append(b, '\n')
	}
	_, err := w.Write(b)
	return err
}

func (m Misses) object() object {
	f, mi := m.False, m.Missed
	if f == nil {
		f = []any{}
	}
	if mi == nil {
		mi = []any{}
	}
	return object{{"false", f}, {"missed", mi}}
}

// WriteArticles writes one line per gold article that has anything wrong:
// no record, the record's title or published date when wrong, and per
// field the number of misses (-) and false hits (+). It is a quick view of
// where to look; --detail lists the items.
func (r Report) WriteArticles(w io.Writer) error {
	var b []byte
	for _, a := range r.Articles {
		var parts []string
		switch {
		case !a.Found:
			parts = append(parts, "NO RECORD")
		default:
			if !a.TitleOK {
				parts = append(parts, fmt.Sprintf("title %.40q", a.RecordTitle))
			}
			if !a.PublishedOK {
				parts = append(parts, fmt.Sprintf("published %s", pyJSON(a.RecordPublished)))
			}
		}
		fields := []struct {
			name string
			m    Misses
		}{{"dates", a.Dates}, {"people", a.People}, {"agencies", a.Agencies}, {"agenda", a.Agenda}}
		if a.Events != nil {
			fields = append(fields, struct {
				name string
				m    Misses
			}{"events", *a.Events})
		}
		for _, f := range fields {
			if len(f.m.Missed) > 0 || len(f.m.False) > 0 {
				parts = append(parts, fmt.Sprintf("%s -%d +%d", f.name, len(f.m.Missed), len(f.m.False)))
			}
		}
		if len(parts) > 0 {
			b = fmt.Appendf(b, "%-36.36s %-36.36s %s\n", a.Source, a.Title, strings.Join(parts, ", "))
		}
	}
	_, err := w.Write(b)
	return err
}
