package corpus

import (
	"context"
	"strings"
)

// CleanerConfig configures a Cleaner.
type CleanerConfig struct{}

// Cleaner removes boilerplate from a Doc and splits it into articles. It is
// safe for concurrent use.
type Cleaner struct{}

// NewCleaner returns a ready Cleaner.
func NewCleaner(CleanerConfig) (*Cleaner, error) { return &Cleaner{}, nil }

// Clean returns the articles of doc, at least one unless doc has no text.
// First cut: the whole document is one article titled by its first line.
func (c *Cleaner) Clean(ctx context.Context, doc Doc) ([]Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	text := strings.TrimSpace(doc.Text)
	title, _, _ := strings.Cut(text, "\n")
	return []Article{{Source: doc.Source, Format: doc.Format, Title: strings.TrimSpace(title), Text: text, Meta: doc.Meta}}, nil
}
