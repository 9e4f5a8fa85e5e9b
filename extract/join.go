package extract

// Joiner is a Part that can be found window by window over a long article
// and joined. The registry cuts an article longer than its window into
// consecutive windows at paragraph, line, sentence or word boundaries,
// runs every extractor on each window, with some text before it for
// context, as on an article of its own, and joins the parts in window
// order: memory follows the window, not the article.
//
// Join returns the receiver (the part of the text before the window)
// followed by next, the part found in the window described by w. It
// shifts next's offsets by w.Offset, drops what next found only in the
// context before w.From (the receiver holds it, read in the previous
// window), and makes a value found in both (the same date, person, body or
// event) one value with the mentions of both. A part that assigns IDs
// (people, agencies) records every one of next's IDs in w.IDs, mapped to
// the joined part's ID or to "" when it was dropped; a part that refers to
// them reads it. Parts are joined in the extractors' order, so IDs are
// recorded before they are read. Join must not change next. It may reuse the receiver's memory: the caller uses only the part
// it returns (so that joining n windows costs what reading them does, not
// n copies).
type Joiner interface {
	Join(next Part, w Window) Part
}

// Window describes where a part to be joined was found.
type Window struct {
	// Offset is the byte offset in the whole text of the text the part
	// was found in; From, at or after it, is where the window proper
	// starts (before it is context already read).
	Offset, From int
	// IDs maps the window's people and agency IDs to the joined ones.
	IDs map[string]string
}

// Mentions returns ms shifted by w.Offset, without those before w.From.
func (w Window) Mentions(ms []Mention) []Mention {
	out := make([]Mention, 0, len(ms))
	for _, m := range ms {
		if m.Start+w.Offset >= w.From {
			out = append(out, Mention{Text: m.Text, Start: m.Start + w.Offset, End: m.End + w.Offset})
		}
	}
	return out
}

// MapID returns the joined ID of a window ID, and false when the window's
// value was dropped; values that are not window IDs (country codes) map to
// themselves.
func (w Window) MapID(id string) (string, bool) {
	m, ok := w.IDs[id]
	if !ok {
		return id, true
	}
	return m, m != ""
}
