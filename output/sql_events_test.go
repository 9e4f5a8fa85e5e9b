package output

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/extract/events"
)

// eventRecord is a record of one release that names events; its people and
// agencies are the chairs and hosts the events refer to.
func eventRecord(path, text string, people []entity.Person, agencies []entity.Agency, evs ...events.Event) Record {
	for i := range evs {
		evs[i].SeriesKey = events.SeriesKey(evs[i].Series)
		evs[i].Mentions = []events.Mention{{Text: evs[i].Name, Start: 0, End: len(evs[i].Name)}}
		for _, s := range []*[]string{&evs[i].Chairs, &evs[i].Hosts, &evs[i].Participants} {
			if *s == nil {
				*s = []string{}
			}
		}
	}
	art := corpus.Article{Source: src(path, strings.Repeat("e", 64)), Format: corpus.FormatText, Title: path, Text: text}
	return NewRecord(art, extract.NewResult("en", entity.Part{People: people, Agencies: agencies}, events.Part{Events: evs}))
}

// eventFixture is a series reported three times (by the host, by the
// partner, and recalled a year later) plus its next round and an event of
// another series.
func eventFixture() []Record {
	host := []entity.Agency{{ID: "a1", Name: "Ministry of Harbours", Country: "XA"}}
	chairs := []entity.Person{{ID: "p1", Name: "Ada Quill", Country: "XA"}, {ID: "p2", Name: "Bo Renn", Country: "XB"}}
	return []Record{
		eventRecord("host.txt", "The 10th Alpha-Beta Harbour Dialogue was held in Porto Lira.", chairs, host,
			events.Event{Name: "10th Alpha-Beta Harbour Dialogue", Series: "Alpha-Beta Harbour Dialogue", Ordinal: 10,
				Dates: "2017-10-10/2017-10-11", Start: "2017-10-10", End: "2017-10-11", Place: "Porto Lira", Country: "XA",
				Chairs: []string{"p1", "p2"}, Hosts: []string{"a1"}}),
		eventRecord("partner.txt", "Officials attended the tenth round of the Beta-Alpha Harbour Dialogue in October.", nil, nil,
			events.Event{Name: "tenth round of the Beta-Alpha Harbour Dialogue", Series: "Beta-Alpha Harbour Dialogue", Ordinal: 10,
				Dates: "2017-10", Start: "2017-10-01", End: "2017-10-31", Participants: []string{"XB"}}),
		eventRecord("recall.txt", "Since the Alpha-Beta Harbour Dialogue in October 2017 and the 11th round in May 2018, ...", nil, nil,
			events.Event{Name: "Alpha-Beta Harbour Dialogue", Series: "Alpha-Beta Harbour Dialogue",
				Dates: "2017-10", Start: "2017-10-01", End: "2017-10-31"},
			events.Event{Name: "11th round", Series: "Alpha-Beta Harbour Dialogue", Ordinal: 11,
				Dates: "2018-05-03", Start: "2018-05-03", End: "2018-05-03", Place: "Vell", Country: "XB"},
			events.Event{Name: "Gamma Port Summit", Series: "Gamma Port Summit",
				Dates: "2018-02", Start: "2018-02-01", End: "2018-02-28"}),
	}
}

// eventQueries returns the event examples of docs/databases.md.
func eventQueries(t *testing.T) map[string]string {
	t.Helper()
	doc, err := os.ReadFile("../docs/databases.md")
	if err != nil {
		t.Fatalf("read docs: %v", err)
	}
	re := regexp.MustCompile("(?s)<!-- events-example: ([a-z0-9-]+) -->\\s*```sql\\n(.*?)```")
	out := map[string]string{}
	for _, m := range re.FindAllStringSubmatch(string(doc), -1) {
		out[m[1]] = strings.TrimSuffix(strings.TrimSpace(m[2]), ";")
	}
	return out
}

func TestDBEventsAcrossReleases(t *testing.T) {
	queries := eventQueries(t)
	want := map[string][]string{
		"series-timeline": {
			"10 | 2017-10-10/2017-10-11 | Porto Lira | Ada Quill, Bo Renn | 3",
			"11 | 2018-05-03 | Vell |  | 1",
		},
		"agency-events": {"10th Alpha-Beta Harbour Dialogue | 2017-10-10/2017-10-11 | host"},
		"person-events": {"10th Alpha-Beta Harbour Dialogue | 2017-10-10/2017-10-11 | Porto Lira"},
		"events-in-range": {
			"2017-10-10/2017-10-11 | 10th Alpha-Beta Harbour Dialogue | alpha-beta harbour dialogue",
			"2018-02 | Gamma Port Summit | gamma port summit",
		},
	}
	for name := range want {
		if _, ok := queries[name]; !ok {
			t.Errorf("docs/databases.md has no events example %q", name)
		}
	}
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			b.reset(t)
			recs := eventFixture()
			load(t, b, recs)
			if n := count(t, b.db, "record_events"); n != 5 {
				t.Errorf("record_events: %d links, want 5", n)
			}
			// one row for the 10th round, linked from all three releases
			got := queryLines(t, b.db, `SELECT e.ordinal, count(re.record_id) FROM events e
				JOIN record_events re ON re.event_id = e.id GROUP BY e.id, e.ordinal ORDER BY COALESCE(e.ordinal, 0)`)
			if !slices.Equal(got, []string{"NULL | 1", "10 | 3", "11 | 1"}) {
				t.Errorf("events and their links: %q", got)
			}
			if n := count(t, b.db, "event_series"); n != 2 {
				t.Errorf("event_series: %d rows, want 2", n)
			}
			// loading again changes nothing
			load(t, b, recs)
			if n := count(t, b.db, "events"); n != 3 {
				t.Errorf("after a rerun: %d events, want 3", n)
			}
			for name, q := range queries {
				t.Run(name, func(t *testing.T) {
					if got := queryLines(t, b.db, q); !slices.Equal(got, want[name]) {
						t.Errorf("got %q, want %q", got, want[name])
					}
				})
			}
		})
	}
}

func TestSameEvent(t *testing.T) {
	str := func(s string) *string { return &s }
	ord := func(n int64) *int64 { return &n }
	tests := []struct {
		name string
		s    storedEvent
		e    Event
		want bool
	}{
		{"same ordinal", storedEvent{ordinal: ord(4)}, Event{Ordinal: 4}, true},
		{"same ordinal, other dates", storedEvent{ordinal: ord(4), start: str("2012-10-18"), end: str("2012-10-19")}, Event{Ordinal: 4, Start: "2013-01-01", End: "2013-12-31"}, true},
		{"other ordinal, same month", storedEvent{ordinal: ord(4), start: str("2012-10-01"), end: str("2012-10-31")}, Event{Ordinal: 5, Start: "2012-10-02", End: "2012-10-02"}, false},
		{"month contains the days", storedEvent{start: str("2012-10-01"), end: str("2012-10-31")}, Event{Start: "2012-10-18", End: "2012-10-19"}, true},
		{"days inside a stated year", storedEvent{start: str("2012-10-18"), end: str("2012-10-19")}, Event{Start: "2012-01-01", End: "2012-12-31"}, true},
		{"other month", storedEvent{start: str("2012-10-01"), end: str("2012-10-31")}, Event{Start: "2012-11-02", End: "2012-11-02"}, false},
		{"overlapping but neither contains", storedEvent{start: str("2012-10-30"), end: str("2012-11-02")}, Event{Start: "2012-10-01", End: "2012-10-31"}, false},
		{"no dates, no ordinal", storedEvent{}, Event{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameEvent(tt.s, tt.e); got != tt.want {
				t.Errorf("sameEvent = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestNumberParams(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SELECT ? , ?", "SELECT $1 , $2"},
		{"VALUES (?, {date}, {date})", "VALUES ($1, $2::date, $3::date)"},
		{"no parameters", "no parameters"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := numberParams(tt.in); got != tt.want {
				t.Errorf("numberParams(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
