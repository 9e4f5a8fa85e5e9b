package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Predictions are the records to score, grouped by the base name of their
// source, each group in input order.
type Predictions struct {
	bySource map[string][]map[string]any
	// Records counts the records kept for scoring.
	Records int
	// Failed counts records skipped because their "error" field is set.
	Failed int
	// Unparsed counts non-blank lines that are not JSON.
	Unparsed int
}

// maxLineSize bounds one record line; a record holds its article's text,
// so lines can be long, but not this long.
const maxLineSize = 256 << 20

// ReadRecords reads JSON Lines records. Blank lines are skipped; a line that
// is not JSON is counted in Unparsed; a JSON value that is not an object,
// or an object with a truthy "error" field (a failed document), is skipped.
// Lines end at "\n", "\r\n" or a lone "\r" (Python's universal newlines).
// Only a read error (or a line over 256 MiB) fails.
func ReadRecords(r io.Reader) (*Predictions, error) {
	p := NewPredictions()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLineSize)
	sc.Split(splitLines)
	for sc.Scan() {
		p.AddLine(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read records: %w", err)
	}
	return p, nil
}

// splitLines is a bufio.SplitFunc for lines ended by "\n", "\r\n" or "\r".
func splitLines(data []byte, atEOF bool) (int, []byte, error) {
	i := bytes.IndexAny(data, "\r\n")
	switch {
	case i < 0:
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	case data[i] == '\n':
		return i + 1, data[:i], nil
	case i+1 < len(data):
		if data[i+1] == '\n' {
			return i + 2, data[:i], nil
		}
		return i + 1, data[:i], nil
	case atEOF:
		return i + 1, data[:i], nil
	}
	return 0, nil, nil // a "\r" at the end of the buffer: is "\n" next?
}

// NewPredictions returns an empty set of records; fill it with AddLine.
func NewPredictions() *Predictions {
	return &Predictions{bySource: make(map[string][]map[string]any)}
}

// AddLine adds one JSON Lines line as ReadRecords does: blank lines are
// skipped, non-JSON counted as unparsed, failed documents and non-objects
// skipped.
func (p *Predictions) AddLine(line []byte) {
	s := strings.TrimFunc(string(line), pyIsSpace)
	if s == "" {
		return
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		p.Unparsed++
		return
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		p.Unparsed++ // data after the value
		return
	}
	rec, ok := v.(map[string]any)
	if !ok {
		return
	}
	if truthy(rec["error"]) {
		p.Failed++
		return
	}
	p.add(rec)
}

// add adds one decoded record (an object decoded with json.Number numbers).
func (p *Predictions) add(rec map[string]any) {
	name := sourceName(rec)
	p.bySource[name] = append(p.bySource[name], rec)
	p.Records++
}

// sourceName is the base name of a record's source: its path, URI or name,
// without a trailing slash or query.
func sourceName(rec map[string]any) string {
	src := rec["source"]
	if m, ok := src.(map[string]any); ok {
		src = or(or(or(m["path"], m["uri"]), m["name"]), "")
	}
	s := pyStr(or(src, ""))
	s = strings.TrimRight(s, "/")
	s, _, _ = strings.Cut(s, "?")
	return s[strings.LastIndexByte(s, '/')+1:]
}
