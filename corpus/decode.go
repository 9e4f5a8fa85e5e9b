package corpus

import (
	"context"
	"errors"
	"fmt"
	"unicode/utf8"
)

// DecoderConfig configures a Decoder.
type DecoderConfig struct {
	// MaxBytes rejects inputs larger than this; 0 means no limit.
	MaxBytes int64
}

// Decoder turns raw bytes into a Doc. It is safe for concurrent use.
type Decoder struct {
	cfg DecoderConfig
}

// ErrEmpty is returned for inputs with no content.
var ErrEmpty = errors.New("empty document")

// NewDecoder returns a ready Decoder.
func NewDecoder(cfg DecoderConfig) (*Decoder, error) {
	if cfg.MaxBytes < 0 {
		return nil, fmt.Errorf("max bytes %d: must not be negative", cfg.MaxBytes)
	}
	return &Decoder{cfg: cfg}, nil
}

// Decode decodes in. First cut: UTF-8 text only.
func (d *Decoder) Decode(ctx context.Context, in Input) (Doc, error) {
	if err := ctx.Err(); err != nil {
		return Doc{}, err
	}
	if len(in.Body) == 0 {
		return Doc{}, ErrEmpty
	}
	if !utf8.Valid(in.Body) {
		return Doc{}, errors.New("invalid UTF-8")
	}
	src := in.Source
	src.ContentType = "text/plain; charset=utf-8"
	return Doc{Source: src, Format: FormatText, Text: string(in.Body)}, nil
}
