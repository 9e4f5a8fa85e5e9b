package extract

import (
	"regexp"
	"strings"
)

// AgendaFinder finds numbered items that start a line.
// First cut: "1." and "(1)" labels, two levels.
type AgendaFinder struct {
	item *regexp.Regexp
}

// NewAgendaFinder returns a ready AgendaFinder.
func NewAgendaFinder() (*AgendaFinder, error) {
	return &AgendaFinder{item: regexp.MustCompile(`(?m)^(\d{1,2}\.|\(\d{1,2}\))[ \t]*(\S[^\n]*)$`)}, nil
}

// Find returns the outline of text.
func (f *AgendaFinder) Find(text string) []AgendaItem {
	var out []AgendaItem
	lastTop := -1
	for _, m := range f.item.FindAllStringSubmatchIndex(text, -1) {
		label := text[m[2]:m[3]]
		it := AgendaItem{Label: label, Title: strings.TrimSpace(text[m[4]:m[5]]), Level: 1, Start: m[0], End: m[1]}
		if strings.HasPrefix(label, "(") {
			it.Level = 2
			if lastTop >= 0 {
				p := lastTop
				it.Parent = &p
			}
		} else {
			lastTop = len(out)
		}
		out = append(out, it)
	}
	return out
}
