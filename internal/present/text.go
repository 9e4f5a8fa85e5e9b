package present

import (
	"fmt"
	"io"
	"strings"
)

// Style is how WriteText marks mentions.
type Style int

const (
	// Brackets writes a mention as [text:kind], for files and pipes.
	Brackets Style = iota
	// ANSI colours a mention by its kind, for terminals.
	ANSI
)

// ansiColours are the SGR codes of each kind (a table: one colour each).
var ansiColours = map[Kind]string{
	KindPerson: "1;36", // bold cyan
	KindAgency: "1;32", // bold green
	KindPlace:  "1;35", // bold magenta
	KindDate:   "1;33", // bold yellow
	KindEvent:  "1;34", // bold blue
}

const ansiReset = "\x1b[0m"

// mark writes s as a mention of kind k in the style.
func (st Style) mark(s string, k Kind) string {
	if st == ANSI {
		return "\x1b[" + ansiColours[k] + "m" + s + ansiReset
	}
	return "[" + s + ":" + string(k) + "]"
}

// WriteText writes r for reading in a terminal or a text file: title,
// date and source, a legend, the text with its mentions marked, then the
// lists.
func WriteText(w io.Writer, r Record, st Style) error {
	var b strings.Builder
	b.WriteString(r.Title + "\n")
	if p := r.PublishedValue(); p != "" {
		b.WriteString("Published: " + p + "\n")
	}
	if s := r.SourceName(); s != "" {
		b.WriteString("Source: " + s + "\n")
	}
	legend := make([]string, len(Kinds))
	for i, k := range Kinds {
		legend[i] = string(k)
		if st == ANSI {
			legend[i] = st.mark(legend[i], k)
		}
	}
	if st == ANSI {
		b.WriteString("Mentions: " + strings.Join(legend, " ") + "\n\n")
	} else {
		b.WriteString("Mentions are marked [text:kind], kind one of " + strings.Join(legend, ", ") + "\n\n")
	}
	for _, s := range Segments(r.Text, r.Spans()) {
		if s.Kind == "" {
			b.WriteString(s.Text)
			continue
		}
		b.WriteString(st.mark(s.Text, s.Kind))
	}
	b.WriteString("\n")
	for _, sec := range r.Sections() {
		fmt.Fprintf(&b, "\n%s (%d)\n", sec.Title, len(sec.Items))
		for _, it := range sec.Items {
			b.WriteString(strings.Repeat("  ", it.Level) + it.Name)
			if len(it.Details) > 0 {
				b.WriteString(" — " + strings.Join(it.Details, "; "))
			}
			if it.Mentions > 1 {
				fmt.Fprintf(&b, " [%d mentions]", it.Mentions)
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
