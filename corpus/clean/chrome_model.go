package clean

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/corpus"
)

// Site chrome that no single page gives away (a menu, a footer line, a
// newsletter masthead) shows as lines repeated across many documents of a
// run. A ChromeLearner counts them over a prepass; its Model is an
// immutable, serializable ChromeModel that a Cleaner is built with, so the
// same document cleaned with the same model gives the same articles
// whether it is cleaned alone, inside a folder or on another machine; the
// model's Hash goes into every record cleaned with it (Source.Chrome).

// ChromeModelVersion is the version of the serialized model format.
const ChromeModelVersion = 1

// ChromeLearnerConfig configures a ChromeLearner. The zero value selects
// the defaults.
type ChromeLearnerConfig struct {
	// MinDocs is how many documents must have been learned before lines
	// repeated across them are dropped (default 5).
	MinDocs int
	// Share is the share of the learned documents a line must occur in to
	// be dropped as chrome (default 0.4).
	Share float64
	// MaxLines caps the number of distinct lines counted, bounding memory
	// (default 200000); lines first seen after the cap are not counted.
	MaxLines int
}

func (c ChromeLearnerConfig) withDefaults() (ChromeLearnerConfig, error) {
	if c.MinDocs == 0 {
		c.MinDocs = 5
	}
	if c.Share == 0 {
		c.Share = 0.4
	}
	if c.MaxLines == 0 {
		c.MaxLines = 200000
	}
	switch {
	case c.MinDocs < 2:
		return c, fmt.Errorf("chrome min docs %d: must be at least 2", c.MinDocs)
	case c.Share <= 0 || c.Share > 1 || math.IsNaN(c.Share):
		return c, fmt.Errorf("chrome share %v: must be in (0, 1]", c.Share)
	case c.MaxLines < 0:
		return c, fmt.Errorf("chrome max lines %d: must not be negative", c.MaxLines)
	}
	return c, nil
}

// maxRepeatLine is the longest normalized line learned: chrome is short,
// and long lines would only fill the table.
const maxRepeatLine = 100

// minRepeatDocs is the fewest documents a line must occur in to be
// dropped, whatever the share: two documents may share a line by chance.
const minRepeatDocs = 3

// ChromeLearner counts the short lines of the documents it is shown, once
// per document. It is safe for concurrent use.
type ChromeLearner struct {
	cfg ChromeLearnerConfig

	mu     sync.Mutex
	docs   int
	counts map[uint64]int32  // documents each counted line occurs in
	texts  map[uint64]string // the normalized text of lines counted in minRepeatDocs or more
	copies map[uint64]int32  // documents with each exact text
}

// NewChromeLearner returns a ready learner or an error for an invalid
// config.
func NewChromeLearner(cfg ChromeLearnerConfig) (*ChromeLearner, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("chrome learner: %w", err)
	}
	return &ChromeLearner{cfg: cfg, counts: map[uint64]int32{}, texts: map[uint64]string{}, copies: map[uint64]int32{}}, nil
}

// Learn counts the short lines of doc. It implements pipeline.Learner.
func (l *ChromeLearner) Learn(doc corpus.Doc) {
	seen := make(map[uint64]string)
	for line := range strings.SplitSeq(doc.Text, "\n") {
		if n, ok := repeatKey(line); ok {
			seen[lineHash(n)] = n
		}
	}
	whole := lineHash(doc.Text)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.docs++
	if n, ok := l.copies[whole]; ok {
		l.copies[whole] = n + 1
	} else if len(l.copies) < l.cfg.MaxLines {
		l.copies[whole] = 1
	}
	for h, text := range seen {
		n, ok := l.counts[h]
		switch {
		case ok:
			l.counts[h] = n + 1
			if n+1 == minRepeatDocs {
				l.texts[h] = text
			}
		case len(l.counts) < l.cfg.MaxLines:
			l.counts[h] = 1
		}
	}
}

// Model returns what was learned so far as an immutable model: the lines
// that occur in enough documents to ever be dropped, and the documents
// seen more than once.
func (l *ChromeLearner) Model() *ChromeModel {
	l.mu.Lock()
	defer l.mu.Unlock()
	m := &ChromeModel{docs: l.docs, minDocs: l.cfg.MinDocs, share: l.cfg.Share,
		lines: map[uint64]int32{}, texts: map[uint64]string{}, copies: map[uint64]int32{}}
	for h, n := range l.counts {
		if n >= minRepeatDocs {
			m.lines[h], m.texts[h] = n, l.texts[h]
		}
	}
	for h, n := range l.copies {
		if n > 1 {
			m.copies[h] = n
		}
	}
	m.hash = m.computeHash()
	return m
}

// ChromeModel is a learned set of repeated lines. It is immutable and safe
// for concurrent use; a nil *ChromeModel drops nothing.
type ChromeModel struct {
	docs, minDocs int
	share         float64
	lines         map[uint64]int32 // documents each line occurs in (>= minRepeatDocs)
	texts         map[uint64]string
	copies        map[uint64]int32 // documents with each exact text (> 1)
	hash          string
}

// Hash is the hex SHA-256 of the model's serialized form: records name the
// model they were cleaned with by it. Empty for a nil model.
func (m *ChromeModel) Hash() string {
	if m == nil {
		return ""
	}
	return m.hash
}

// Documents is the number of documents the model was learned from.
func (m *ChromeModel) Documents() int {
	if m == nil {
		return 0
	}
	return m.docs
}

// Lines is the number of lines the model may drop (those repeated in at
// least three documents).
func (m *ChromeModel) Lines() int {
	if m == nil {
		return 0
	}
	return len(m.lines)
}

// repeatedLines returns, for each line of a document with text text,
// whether it occurs in a large share of the learned documents; nil when
// the model is nil or learned from too few documents. Copies of this very
// document among the learned ones count once, so that a document saved
// twice keeps its headline.
func (m *ChromeModel) repeatedLines(lines []cline, text string) []bool {
	if m == nil || m.docs < m.minDocs || len(m.lines) == 0 {
		return nil
	}
	need := max(int32(math.Ceil(m.share*float64(m.docs))), minRepeatDocs)
	extra := max(m.copies[lineHash(text)]-1, 0)
	var rep []bool
	for i, l := range lines {
		if l.kind == kindBlank {
			continue
		}
		n, ok := repeatKey(l.text)
		if ok && m.lines[lineHash(n)]-extra >= need {
			if rep == nil {
				rep = make([]bool, len(lines))
			}
			rep[i] = true
		}
	}
	return rep
}

// repeatKey is the normalized form under which a line is counted, and
// whether it is short enough to be chrome.
func repeatKey(line string) (string, bool) {
	if len(line) > maxRepeatLine && !mayNormalizeShort(line) {
		return "", false
	}
	n := normLine(line)
	return n, len(n) >= 3 && len(n) <= maxRepeatLine && utf8.ValidString(n)
}

// mayNormalizeShort reports whether normLine(line) may be at most
// maxRepeatLine bytes long, without building it: normalizing drops
// spaces, trims the marks of normTrim at the ends and lower-cases, and
// every other character stays as at least one byte, so a line with more
// than maxRepeatLine of them normalizes longer. Most lines of a text are
// paragraphs, and this spares each its normalized copy.
func mayNormalizeShort(line string) bool {
	n := 0
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			i++
			if c <= ' ' || strings.IndexByte(normTrim, c) >= 0 {
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(line[i:])
			i += size
			if unicode.IsSpace(r) || strings.ContainsRune(normTrim, r) {
				continue
			}
		}
		if n++; n > maxRepeatLine {
			return false
		}
	}
	return true
}

// lineHash is the stable 64-bit FNV-1a hash of s: the same on every
// machine, so a model learned on one cleans alike on another.
func lineHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s)) //nolint:errcheck // hash writes never fail
	return h.Sum64()
}

// chromeJSON is the serialized form of a ChromeModel.
type chromeJSON struct {
	Version   int          `json:"version"`
	Documents int          `json:"documents"`
	MinDocs   int          `json:"min_documents"`
	Share     float64      `json:"share"`
	Lines     []chromeLine `json:"lines"`
	Copies    []chromeCopy `json:"copies"`
	Hash      string       `json:"sha256,omitempty"`
}

type chromeLine struct {
	Text      string `json:"text"`
	Documents int32  `json:"documents"`
}

type chromeCopy struct {
	Hash      string `json:"fnv64a"`
	Documents int32  `json:"documents"`
}

// serial is the model's serialized form without its hash, in a canonical
// order (lines by text, copies by hash).
func (m *ChromeModel) serial() chromeJSON {
	j := chromeJSON{Version: ChromeModelVersion, Documents: m.docs, MinDocs: m.minDocs, Share: m.share,
		Lines: make([]chromeLine, 0, len(m.lines)), Copies: make([]chromeCopy, 0, len(m.copies))}
	for h, n := range m.lines {
		j.Lines = append(j.Lines, chromeLine{Text: m.texts[h], Documents: n})
	}
	slices.SortFunc(j.Lines, func(a, b chromeLine) int { return strings.Compare(a.Text, b.Text) })
	for h, n := range m.copies {
		j.Copies = append(j.Copies, chromeCopy{Hash: strconv.FormatUint(h, 16), Documents: n})
	}
	slices.SortFunc(j.Copies, func(a, b chromeCopy) int { return strings.Compare(a.Hash, b.Hash) })
	return j
}

func (m *ChromeModel) computeHash() string {
	b, err := json.Marshal(m.serial())
	if err != nil {
		return "" // plain strings and numbers: cannot fail
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// MarshalJSON writes the model with its hash, lines sorted by text.
func (m *ChromeModel) MarshalJSON() ([]byte, error) {
	j := m.serial()
	j.Hash = m.hash
	b, err := json.Marshal(j)
	if err != nil {
		return nil, fmt.Errorf("chrome model: %w", err)
	}
	return b, nil
}

// ErrChromeModel marks a serialized model that cannot be read.
var ErrChromeModel = errors.New("invalid chrome model")

// ParseChromeModel reads a model written by MarshalJSON. A stated hash
// that does not match the content is an error (the file was edited or
// damaged); a model without one gets its hash computed.
func ParseChromeModel(data []byte) (*ChromeModel, error) {
	var j chromeJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrChromeModel, err)
	}
	switch {
	case j.Version != ChromeModelVersion:
		return nil, fmt.Errorf("%w: version %d, want %d", ErrChromeModel, j.Version, ChromeModelVersion)
	case j.Documents < 0:
		return nil, fmt.Errorf("%w: negative document count", ErrChromeModel)
	}
	cfg, err := ChromeLearnerConfig{MinDocs: j.MinDocs, Share: j.Share}.withDefaults()
	if err != nil || j.MinDocs == 0 || j.Share == 0 {
		return nil, fmt.Errorf("%w: min_documents %d, share %v", ErrChromeModel, j.MinDocs, j.Share)
	}
	m := &ChromeModel{docs: j.Documents, minDocs: cfg.MinDocs, share: cfg.Share,
		lines: make(map[uint64]int32, len(j.Lines)), texts: make(map[uint64]string, len(j.Lines)),
		copies: make(map[uint64]int32, len(j.Copies))}
	for _, l := range j.Lines {
		n, ok := repeatKey(l.Text)
		if !ok || n != l.Text || l.Documents < minRepeatDocs {
			return nil, fmt.Errorf("%w: line %q (%d documents) is not a learned line", ErrChromeModel, l.Text, l.Documents)
		}
		h := lineHash(n)
		m.lines[h], m.texts[h] = l.Documents, n
	}
	for _, c := range j.Copies {
		h, err := strconv.ParseUint(c.Hash, 16, 64)
		if err != nil || c.Documents < 2 {
			return nil, fmt.Errorf("%w: copy %q", ErrChromeModel, c.Hash)
		}
		m.copies[h] = c.Documents
	}
	m.hash = m.computeHash()
	if j.Hash != "" && j.Hash != m.hash {
		return nil, fmt.Errorf("%w: content does not match its sha256 (edited or damaged)", ErrChromeModel)
	}
	return m, nil
}
