package output

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/extract/agenda"
	"github.com/communique/communique/extract/dates"
	"github.com/communique/communique/extract/entity"
	"github.com/communique/communique/extract/events"
)

// SchemaVersion names the record schema; it changes only with an
// incompatible change to the record's fields.
const SchemaVersion = "communique.record/v1"

// Record is one article's normalized facts, or one document's failure.
//
// A failed document is a Record with Error set; it carries Schema, ID and
// Source only. All spans (Mention.Start/End, AgendaItem.Start/End) are
// character (Unicode code point) offsets into Text.
type Record struct {
	Schema    string              `json:"schema"`
	ID        string              `json:"id"`
	Source    corpus.Source       `json:"source"`
	Error     string              `json:"error,omitempty"`
	Segment   int                 `json:"segment"`
	Title     string              `json:"title"`
	Published *string             `json:"published"`
	Language  string              `json:"language"`
	Text      string              `json:"text"`
	Dates     []dates.Date        `json:"dates"`
	People    []entity.Person     `json:"people"`
	Agencies  []entity.Agency     `json:"agencies"`
	Places    []entity.Place      `json:"places"`
	Agenda    []agenda.AgendaItem `json:"agenda"`
	// Events was added to schema v1 compatibly: readers that ignore
	// unknown fields are unaffected.
	Events []events.Event `json:"events"`
}

// errorRecord is the wire form of a failed document.
type errorRecord struct {
	Schema string        `json:"schema"`
	ID     string        `json:"id"`
	Error  string        `json:"error"`
	Source corpus.Source `json:"source"`
}

// MarshalJSON writes failed documents in their short form. It does not
// escape <, > and & (json.Marshal would, and an encoder's SetEscapeHTML
// cannot undo that for a Marshaler): records are data, not HTML.
func (r Record) MarshalJSON() ([]byte, error) {
	if r.Error != "" {
		return marshalNoEscape(errorRecord{Schema: r.Schema, ID: r.ID, Error: r.Error, Source: r.Source})
	}
	type plain Record // no MarshalJSON: avoids recursion
	return marshalNoEscape(plain(r))
}

func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// RecordID is the stable id of the article at segment of the source with
// the given identity: the same document always gets the same ids, whatever
// its content, so a changed document replaces its old records.
func RecordID(identity string, segment int) string {
	sum := sha256.Sum256([]byte(identity + "#" + strconv.Itoa(segment)))
	return hex.EncodeToString(sum[:16])
}

// NewErrorRecord returns the record of a document that failed.
func NewErrorRecord(src corpus.Source, msg string) Record {
	return Record{Schema: SchemaVersion, ID: RecordID(src.Identity(), -1), Source: src, Error: msg}
}

// NewRecord builds the record of article a from its extraction result,
// turning byte offsets into character offsets. Slices are never nil so
// every list field is an array in JSON.
func NewRecord(a corpus.Article, res extract.Result) Record {
	d := extract.Get[dates.Part](&res)
	en := extract.Get[entity.Part](&res)
	r := Record{
		Schema:   SchemaVersion,
		ID:       RecordID(a.Source.Identity(), a.Segment),
		Source:   a.Source,
		Segment:  a.Segment,
		Title:    a.Title,
		Language: res.Language,
		Text:     a.Text,
		Dates:    nonNil(d.Dates),
		People:   nonNil(en.People),
		Agencies: nonNil(en.Agencies),
		Places:   nonNil(en.Places),
		Agenda:   nonNil(extract.Get[agenda.Part](&res).Items),
		Events:   nonNil(extract.Get[events.Part](&res).Events),
	}
	if d.Published != "" {
		p := d.Published
		r.Published = &p
	}
	// The entity slices are copied before their offsets change: they share
	// backing arrays with res, which the caller still owns.
	conv := newOffsetConverter(a.Text)
	r.Dates = append([]dates.Date{}, r.Dates...)
	for i := range r.Dates {
		r.Dates[i].Mentions = conv.mentions(r.Dates[i].Mentions)
	}
	r.People = append([]entity.Person{}, r.People...)
	for i := range r.People {
		r.People[i].Mentions = conv.mentions(r.People[i].Mentions)
	}
	r.Agencies = append([]entity.Agency{}, r.Agencies...)
	for i := range r.Agencies {
		r.Agencies[i].Mentions = conv.mentions(r.Agencies[i].Mentions)
	}
	r.Places = append([]entity.Place{}, r.Places...)
	for i := range r.Places {
		r.Places[i].Mentions = conv.mentions(r.Places[i].Mentions)
	}
	r.Agenda = append([]agenda.AgendaItem{}, r.Agenda...)
	for i := range r.Agenda {
		r.Agenda[i].Start = conv.rune(r.Agenda[i].Start)
		r.Agenda[i].End = conv.rune(r.Agenda[i].End)
	}
	r.Events = conv.events(r.Events)
	return r
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// offsetConverter maps byte offsets of a string to code point offsets. It
// is cheap for ASCII text, the common case.
type offsetConverter struct {
	text string
	// runes[b] is the number of code points before byte b; nil when the
	// text is ASCII (offsets are equal). A table rather than counting per
	// offset, which costs the text's length for every mention.
	runes []int32
}

func newOffsetConverter(text string) offsetConverter {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return offsetConverter{text: text}
	}
	runes := make([]int32, len(text)+1)
	var n int32
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for j := i; j < i+size; j++ {
			runes[j] = n // an offset inside a rune maps to the rune's start
		}
		i += size
		n++
	}
	runes[len(text)] = n
	return offsetConverter{text: text, runes: runes}
}

func (c offsetConverter) rune(b int) int {
	if c.runes == nil || b <= 0 {
		return b
	}
	if b > len(c.text) {
		b = len(c.text)
	}
	return int(c.runes[b])
}

// mentions returns a copy of ms with character offsets; the caller's
// slice (shared with the extract.Result) is left as it was, so a Result can
// be turned into a record more than once.
func (c offsetConverter) mentions(ms []extract.Mention) []extract.Mention {
	out := make([]extract.Mention, len(ms))
	for i, m := range ms {
		m.Start, m.End = c.rune(m.Start), c.rune(m.End)
		out[i] = m
	}
	return out
}

// events returns a copy of es with character offsets in their mentions.
func (c offsetConverter) events(es []events.Event) []events.Event {
	out := make([]events.Event, len(es))
	for i, e := range es {
		ms := make([]events.Mention, len(e.Mentions))
		for j, m := range e.Mentions {
			m.Start, m.End = c.rune(m.Start), c.rune(m.End)
			ms[j] = m
		}
		e.Mentions = ms
		out[i] = e
	}
	return out
}
