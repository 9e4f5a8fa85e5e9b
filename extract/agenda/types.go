package agenda

// AgendaItem is a numbered item that starts a line or paragraph.
type AgendaItem struct {
	// Label is as printed: "1.", "(1)", "(6", "ii", "A.".
	Label string `json:"label"`
	// Title is the heading text, or for a paragraph item its first sentence.
	Title string `json:"title"`
	// Text is the item's body up to the next item.
	Text string `json:"text"`
	// Level is the depth in the outline, 1 for top level.
	Level int `json:"level"`
	// Parent is the index of the parent item in the same slice, or nil.
	Parent *int `json:"parent"`
	// Inline marks an enumeration inside a sentence; it is not part of the outline.
	Inline bool `json:"inline,omitempty"`
	// Start and End are offsets of the whole item (label through body).
	Start int `json:"start"`
	End   int `json:"end"`
}

// Part is the agenda extractor's part of an extract.Result.
type Part struct {
	Items []AgendaItem
}
