package output

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
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
	Schema    string        `json:"schema"`
	ID        string        `json:"id"`
	Source    corpus.Source `json:"source"`
	Error     string        `json:"error,omitempty"`
	Segment   int           `json:"segment"`
	Title     string        `json:"title"`
	Published *string       `json:"published"`
	Language  string        `json:"language"`
	Text      string        `json:"text"`
	Dates     []Date        `json:"dates"`
	People    []Person      `json:"people"`
	Agencies  []Agency      `json:"agencies"`
	Places    []Place       `json:"places"`
	Agenda    []AgendaItem  `json:"agenda"`
	// Events was added to schema v1 compatibly: readers that ignore
	// unknown fields are unaffected.
	Events []Event `json:"events"`
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
